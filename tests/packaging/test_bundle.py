"""The built bundle (`make package`) is the real client: run only when REVIEWER_BUNDLE names
the bundle's folder (CI's 70-bundle-smoke.sh step does, after `make package`).

The smoke test starts the bundle's own `reviewer` under Xvfb against the reference service on
loopback, signs in and decides a case with real key presses, and asks the service whether
the decision arrived. The library check reads every ELF file in the bundle: each library it
needs is inside the bundle or comes from a package the .deb depends on.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import time
from pathlib import Path

import pytest

from devkit.live_service import LiveService
from devkit.xapp import GUARD_PAUSE_S, MAIN_WINDOW, App, focus_window, key, stop
from devkit.xvfb import Xvfb, grab_screen
from tests.conftest import skip_or_fail

REPO = Path(__file__).resolve().parents[2]
BUNDLE_ENV = "REVIEWER_BUNDLE"
CONTROL = REPO / "packaging" / "linux" / "control"

pytestmark = pytest.mark.bundle


@pytest.fixture(scope="module")
def bundle() -> Path:
    folder = os.environ.get(BUNDLE_ENV, "")
    if not folder:
        pytest.skip(f"{BUNDLE_ENV} is not set: build with `make package` and point it there")
    exe = Path(folder) / "reviewer"
    assert exe.is_file(), f"{BUNDLE_ENV}={folder} holds no `reviewer`"
    return exe


def _no_python_env(home: Path) -> dict[str, str]:
    """An environment with no Python on PATH and no venv: the bundle brings its own."""
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("PYTHON", "VIRTUAL_ENV")) and k != "PATH"
    }
    empty = home / "empty-path"  # nothing to run on PATH: no python3, no tools
    empty.mkdir(exist_ok=True)
    env["PATH"] = str(empty)
    env["REVIEWER_HOME"] = str(home)
    return env


def test_version_prints_and_exits_0(bundle: Path, reviewer_home: Path) -> None:
    from reviewer import __version__

    done = subprocess.run(
        [str(bundle), "--version"],
        env=_no_python_env(reviewer_home),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"Live Review Desk {__version__}"


def test_demo_from_the_bundle_says_how_to_get_a_demo(bundle: Path, reviewer_home: Path) -> None:
    done = subprocess.run(
        [str(bundle), "--demo"],
        env=_no_python_env(reviewer_home),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 3
    assert "demo service is not part of this installation" in done.stderr
    assert "Traceback" not in done.stderr + done.stdout


def test_doctor_and_status_run_from_the_bundle(
    bundle: Path, reviewer_home: Path, live_service: LiveService
) -> None:
    for command in (["doctor", "--server", live_service.base_url], ["status"]):
        done = subprocess.run(
            [str(bundle), *command],
            env=_no_python_env(reviewer_home),
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        out = done.stdout + done.stderr
        assert "Traceback" not in out, out
        assert done.returncode in (0, 1), out  # 1: a problem found (no keyring here, say)
        assert out.strip(), command


def _depends_packages() -> set[str]:
    text = CONTROL.read_text(encoding="utf-8")
    match = re.search(r"^Depends:(.*)$", text, re.MULTILINE)
    assert match, CONTROL
    return {re.split(r"[\s(]", dep.strip())[0] for dep in match.group(1).split(",")}


def test_every_shared_library_is_in_the_bundle_or_a_depends_package(bundle: Path) -> None:
    if shutil.which("objdump") is None or shutil.which("dpkg") is None:
        skip_or_fail("objdump (binutils) and dpkg are needed to read the bundle's libraries")
    folder = bundle.parent
    inside = {p.name for p in folder.rglob("*") if p.is_file() or p.is_symlink()}
    needed: set[str] = set()
    for path in [bundle, *folder.rglob("*.so*")]:
        if not path.is_file() or path.is_symlink():
            continue
        dump = subprocess.run(
            ["objdump", "-p", str(path)], capture_output=True, text=True, check=False
        ).stdout
        needed.update(re.findall(r"^\s*NEEDED\s+(\S+)$", dump, re.MULTILINE))
    outside = sorted(needed - inside)
    assert outside, "the bundle needs at least libc from the system"
    depends = _depends_packages()
    unprovided: dict[str, str] = {}
    for lib in outside:
        owner = subprocess.run(
            ["dpkg", "-S", f"*/{lib}"], capture_output=True, text=True, check=False
        ).stdout
        packages = {line.split(":")[0] for line in owner.splitlines() if ":" in line}
        if not packages & depends:
            unprovided[lib] = ", ".join(sorted(packages)) or "no installed package"
    assert not unprovided, f"libraries neither bundled nor in Depends {depends}: {unprovided}"


def test_the_bundle_signs_in_and_decides_a_case_from_the_keyboard(
    bundle: Path, xvfb: Xvfb, reviewer_home: Path, live_service: LiveService, tmp_path: Path
) -> None:
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        skip_or_fail("needs a Secret Service (run inside dbus-run-session with gnome-keyring)")
    display = xvfb.display
    # the real keyring (the tests' PYTHON_KEYRING_BACKEND switches it off): left out
    env = xvfb.env(_no_python_env(reviewer_home))
    env["REVIEWER_TRACE"] = "1"
    proc = subprocess.Popen(
        [str(bundle), "--server", live_service.base_url, "--user", "moderator1"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        cwd=tmp_path,
    )
    app = App(proc)
    try:
        focus_window(display, "Sign in", timeout=60)
        # the address and user are filled in: the password field has focus
        key(display, "ctrl+a")
        subprocess.run(
            ["xdotool", "type", "--delay", "20", "demo-moderator1"],
            env=dict(os.environ, DISPLAY=display),
            check=True,
            timeout=30,
        )
        key(display, "Return")
        try:
            app.expect("trace main-window", timeout=60)
        except BaseException:
            grab_screen(display, tmp_path / "signin-failed.png")
            print(f"screen: {tmp_path / 'signin-failed.png'}")
            raise
        focus_window(display, MAIN_WINDOW)
        key(display, "Return")  # start reviewing the selected queue
        shown = app.expect_case()
        for _ in range(2):  # any seeded urgent update: Space on the focused button
            key(display, "space")
        time.sleep(GUARD_PAUSE_S)  # the key guard refuses keys right after a case appears
        key(display, "n")  # No violation
        decided = app.expect("trace decided")
        assert decided == shown
        with live_service.client("moderator1") as client:
            deadline = time.monotonic() + 60
            while True:
                items = client.get("/v1/decisions", params={"case_id": decided}).json()["items"]
                if items or time.monotonic() > deadline:
                    break
                time.sleep(0.2)  # the bundle's sync thread uploads in the background
        assert [(i["action"], i["moderator"]) for i in items] == [("no_violation", "moderator1")]
    finally:
        stop(proc)
        app.close()
    assert "Traceback" not in "\n".join(app.seen), app.seen[-20:]
