"""Measure the suite's child processes under coverage with the suite's settings.

`make test` sets COVERAGE_PROCESS_START and runs the controller under ``coverage run``; two
kinds of children need starting by hand, each writing a parallel data file that
``coverage combine`` joins:

- the service devkit.live_service starts, as ``python -m devkit.covered server serve …``.
  Not ``coverage run``: that saves its data only when the module returns, and uvicorn ends
  by re-raising the SIGTERM that stopped it, so the data would be lost. Here the data is
  saved at exit and on SIGTERM (``sigterm = true`` in pyproject.toml);
- pytest-xdist's workers (`make test` runs the tests in several), as the pytest plugin
  ``-p devkit.covered``: a worker starts measuring before its conftest.py files import
  anything measured, and saves when its session ends (an execnet worker is not sure to
  reach its atexit handlers). The controller, measured by ``coverage run``, runs no test.
"""

from __future__ import annotations

import os
import runpy
import sys
from typing import TYPE_CHECKING

import coverage

if TYPE_CHECKING:
    import pytest

#: this worker's measurement, from its first hook to ``pytest_unconfigure``
_worker: coverage.Coverage | None = None


def _start(rc: str) -> coverage.Coverage:
    """A started measurement with the settings file ``rc``, into its own data file."""
    cov = coverage.Coverage(config_file=rc, data_suffix=True, auto_data=True)
    cov.start()
    return cov


def main() -> None:
    """Start coverage, then run the module named by the first argument as __main__."""
    module = sys.argv.pop(1)
    _start(os.environ["COVERAGE_PROCESS_START"])
    runpy.run_module(module, run_name="__main__", alter_sys=True)


def pytest_load_initial_conftests(early_config: pytest.Config) -> None:
    """In an xdist worker of a measured run: start measuring before conftest.py is read.

    Untagged (no pytest import here: ``python -m devkit.covered`` runs the service), so it
    runs before pytest's own (trylast) implementation that imports the conftest files."""
    global _worker
    rc = os.environ.get("COVERAGE_PROCESS_START", "")
    if rc and os.environ.get("PYTEST_XDIST_WORKER") and _worker is None:
        _worker = _start(rc)


def pytest_unconfigure(config: pytest.Config) -> None:
    """Save the worker's data file (stop first: nothing after this counts)."""
    global _worker
    if _worker is not None:
        _worker.stop()
        _worker.save()
        _worker = None


if __name__ == "__main__":
    main()
