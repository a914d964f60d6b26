"""The Windows version resource of reviewer.exe, from the one version (reviewer.__version__).

PyInstaller reads a version file (a VSVersionInfo expression) through EXE(version=...);
packaging/reviewer.spec writes it with ``render`` on Windows, and
.ci/steps/45-installer-scripts.sh checks here that PyInstaller's own loader reads it.
Run as ``python packaging/windows/version_info.py OUT`` to write one by hand, or with
``--quad`` to print the four-number version the NSIS installer's own resource needs.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path


def version_quad(version: str) -> tuple[int, int, int, int]:
    """``0.1.0`` (or ``1.2.3rc1``) as the four numbers Windows wants: (0, 1, 0, 0)."""
    numbers = [int(part) for part in re.findall(r"\d+", version.split("+")[0])[:4]]
    quad = (*numbers, 0, 0, 0, 0)[:4]
    return (quad[0], quad[1], quad[2], quad[3])


def render(version: str) -> str:
    """The version file's text for ``version``."""
    quad = version_quad(version)
    strings = {
        "CompanyName": "Live Review Desk",
        "FileDescription": "Live Review Desk",
        "FileVersion": version,
        "InternalName": "reviewer",
        "LegalCopyright": "Proprietary",
        "OriginalFilename": "reviewer.exe",
        "ProductName": "Live Review Desk",
        "ProductVersion": version,
    }
    entries = ",\n          ".join(f"StringStruct({k!r}, {v!r})" for k, v in strings.items())
    return f"""VSVersionInfo(
  ffi=FixedFileInfo(
    filevers={quad!r},
    prodvers={quad!r},
    mask=0x3f,
    flags=0x0,
    OS=0x40004,
    fileType=0x1,
    subtype=0x0,
    date=(0, 0)
  ),
  kids=[
    StringFileInfo([
      StringTable('040904B0', [
          {entries}
      ])
    ]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])
  ]
)
"""


def read_version(repo: Path) -> str:
    """reviewer.__version__ read from the source (the spec runs before any import of it)."""
    text = (repo / "reviewer" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__\s*=\s*"([^"]+)"', text, flags=re.M)
    if match is None:
        raise SystemExit("no __version__ in reviewer/__init__.py")
    return match.group(1)


if __name__ == "__main__":
    VERSION = read_version(Path(__file__).resolve().parents[2])
    if sys.argv[1:] == ["--quad"]:
        print(".".join(str(n) for n in version_quad(VERSION)))
    else:
        Path(sys.argv[1]).write_text(render(VERSION), encoding="utf-8")
