"""Run a module as a child process under coverage with the suite's settings.

`make test` sets COVERAGE_PROCESS_START; devkit.live_service then starts the service as
``python -m devkit.covered server serve …``. Not ``coverage run``: that saves its data only
when the module returns, and uvicorn ends by re-raising the SIGTERM that stopped it, so the
data would be lost. Here the data is saved at exit and on SIGTERM (``sigterm = true`` in
pyproject.toml), into a parallel file that ``coverage combine`` joins.
"""

from __future__ import annotations

import os
import runpy
import sys

import coverage


def main() -> None:
    """Start coverage, then run the module named by the first argument as __main__."""
    module = sys.argv.pop(1)
    cov = coverage.Coverage(
        config_file=os.environ["COVERAGE_PROCESS_START"], data_suffix=True, auto_data=True
    )
    cov.start()
    runpy.run_module(module, run_name="__main__", alter_sys=True)


if __name__ == "__main__":
    main()
