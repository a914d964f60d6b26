"""The packaging metadata agrees with the one version (reviewer.__version__, which pyproject reads)
and says what each platform needs; runs without a built bundle."""

from __future__ import annotations

import plistlib
import runpy
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


def test_the_windows_version_resource_carries_the_one_version() -> None:
    helper = runpy.run_path(str(PACKAGING / "windows" / "version_info.py"))
    assert helper["version_quad"]("1.2.3rc4+local") == (1, 2, 3, 4)
    assert helper["version_quad"]("2.0") == (2, 0, 0, 0)
    assert helper["read_version"](PACKAGING.parent) == __version__
    text = helper["render"](__version__)
    assert f"StringStruct('ProductVersion', '{__version__}')" in text
    assert "filevers=(" in text


def test_the_nsis_installer_is_per_machine_with_an_uninstall_entry_and_a_shortcut() -> None:
    script = (PACKAGING / "windows" / "installer.nsi").read_text(encoding="utf-8")
    assert "RequestExecutionLevel admin" in script
    assert "SetShellVarContext all" in script
    assert "CurrentVersion\\Uninstall\\" in script
    assert "QuietUninstallString" in script
    assert 'CreateShortCut "$SMPROGRAMS\\' in script
    # never a recursive delete of the folder the user chose
    assert 'RMDir /r "$INSTDIR"' not in script
