"""The ui modules that mypy does not check (``ignore_errors`` overrides in pyproject.toml).

``make lint`` prints the count; ``tests/test_typing_exemptions.py`` fails when the list grows
past ``ALLOWED`` or an exemption has no reason. Lower ``ALLOWED`` whenever one goes away.
"""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ALLOWED = 0
"""Today's count (the issue allows five at the most): every ui module is type-checked."""


def exempt_modules(pyproject: Path = ROOT / "pyproject.toml") -> list[str]:
    """Module patterns under ``ui`` whose mypy errors are ignored."""
    config = tomllib.loads(pyproject.read_text(encoding="utf-8"))
    out: list[str] = []
    for override in config.get("tool", {}).get("mypy", {}).get("overrides", []):
        if not override.get("ignore_errors", False):
            continue
        modules = override.get("module", [])
        for module in [modules] if isinstance(modules, str) else modules:
            if module == "ui" or module.startswith("ui."):
                out.append(module)
    return out


def main() -> int:
    modules = exempt_modules()
    print(f"mypy: {len(modules)} ui module(s) exempt from type checking (allowed: {ALLOWED})")
    for module in modules:
        print(f"  {module}")
    return 0 if len(modules) <= ALLOWED else 1


if __name__ == "__main__":
    sys.exit(main())
