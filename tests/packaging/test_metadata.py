"""The packaging metadata agrees with the one version (reviewer.__version__, which pyproject reads)
and says what each platform needs; runs without a built bundle."""

from __future__ import annotations

import plistlib
import tomllib
from pathlib import Path

from reviewer import __version__

PACKAGING = Path(__file__).resolve().parents[2] / "packaging"


def test_one_version() -> None:
    pyproject = tomllib.loads((PACKAGING.parent / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" not in pyproject["project"]  # one source: reviewer.__version__
    assert "version" in pyproject["project"]["dynamic"]
    assert pyproject["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "reviewer.__version__"}


def test_the_macos_info_plist_reads_and_names_the_app() -> None:
    info = plistlib.loads((PACKAGING / "macos" / "Info.plist").read_bytes())
    assert info["CFBundleIdentifier"] == "com.livereviewdesk.Desk"
    assert info["CFBundleShortVersionString"] == __version__
    assert info["CFBundleVersion"] == __version__
    assert info["CFBundleExecutable"] == "reviewer"
    assert info["NSHighResolutionCapable"] is True
    assert tuple(int(x) for x in info["LSMinimumSystemVersion"].split(".")) >= (12, 0)


def test_the_deb_keeps_the_site_file_as_a_conffile_and_depends_on_glibc_2_36() -> None:
    control = (PACKAGING / "linux" / "control").read_text(encoding="utf-8")
    assert "libc6 (>= 2.36)" in control
    build = (PACKAGING / "build.sh").read_text(encoding="utf-8")
    assert '/etc/xdg/$NAME/site.toml" >"$ROOT/DEBIAN/conffiles"' in build
