"""One version source: the installed distribution's version is reviewer.__version__."""

from __future__ import annotations

from importlib.metadata import version

import reviewer


def test_the_distribution_takes_its_version_from_the_core() -> None:
    assert version("live-review-desk") == reviewer.__version__
