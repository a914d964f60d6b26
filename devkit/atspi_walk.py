"""Print one application's AT-SPI accessibility tree as JSON: what a screen reader reads.

Runs under Debian's ``/usr/bin/python3`` with python3-pyatspi (pyatspi is not installable
into the venv), as its own process inside the test's D-Bus session, so it imports nothing
of the project::

    /usr/bin/python3 devkit/atspi_walk.py APP_NAME [--timeout S] [--depth N]

It waits until an application called APP_NAME has a window on the accessibility bus, then
prints ``{"name", "role", "description", "states", "children"}`` nodes, depth first.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
import time
from typing import Any


def node(accessible: Any, depth: int) -> dict[str, Any]:
    """One accessible and (down to ``depth``) its children."""
    states = accessible.getState()
    out: dict[str, Any] = {
        "name": accessible.name or "",
        "role": accessible.getRoleName(),
        "description": accessible.description or "",
        "showing": bool(states.contains(_pyatspi().STATE_SHOWING)),
        "focusable": bool(states.contains(_pyatspi().STATE_FOCUSABLE)),
        "children": [],
    }
    if depth > 0:
        for index in range(accessible.childCount):
            child = accessible.getChildAtIndex(index)
            if child is not None:
                out["children"].append(node(child, depth - 1))
    return out


def _pyatspi() -> Any:
    return importlib.import_module("pyatspi")


def find_app(name: str, timeout: float) -> Any:
    desktop = _pyatspi().Registry.getDesktop(0)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for index in range(desktop.childCount):
            app = desktop.getChildAtIndex(index)
            if app is not None and app.name == name and app.childCount > 0:
                return app
        time.sleep(0.2)
    seen = [desktop.getChildAtIndex(i).name for i in range(desktop.childCount)]
    raise SystemExit(f"no application {name!r} on the accessibility bus; seen: {seen}")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("app")
    parser.add_argument("--timeout", type=float, default=30.0)
    parser.add_argument("--depth", type=int, default=40)
    args = parser.parse_args(argv)
    app = find_app(args.app, args.timeout)
    json.dump(node(app, args.depth), sys.stdout, ensure_ascii=False)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
