"""`reviewer purge-local-data`: asks first (or --yes), refuses while decisions are unsynced
(unless --force) or while a desk holds the profile, deletes only the app's own folders and
says what it deleted. Real files under REVIEWER_HOME, a real process holding the lock."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

from devkit.live_service import REPO_ROOT
from reviewer.cli import main, purge_local_data
from reviewer.paths import AppPaths
from tests.reviewer.test_cli import make_store


def _fill() -> AppPaths:
    paths = AppPaths.default().ensure()
    (paths.cache_dir / "media").mkdir()
    (paths.cache_dir / "media" / "snap.jpg").write_bytes(b"\xff\xd8" + b"x" * 4096)
    (paths.log_dir / "desk.log").write_text("log\n", encoding="utf-8")
    (paths.config_dir / "settings.json").write_text("{}", encoding="utf-8")
    return paths


def _all_gone(paths: AppPaths) -> bool:
    return not any(
        p.exists() for p in (paths.data_dir, paths.cache_dir, paths.log_dir, paths.config_dir)
    )


def _purge(*, yes: bool = False, force: bool = False, answer: str = "") -> tuple[int, str]:
    out = io.StringIO()
    code = purge_local_data(yes=yes, force=force, out=out, answers=io.StringIO(answer))
    return code, out.getvalue()


def test_nothing_to_delete() -> None:
    code, text = _purge(yes=True)
    assert code == 0
    assert "nothing to delete" in text


def test_it_asks_first_and_deletes_only_on_yes(reviewer_home: Path) -> None:
    paths = _fill()
    beside = reviewer_home / "not-ours.txt"
    beside.write_text("keep", encoding="utf-8")

    code, text = _purge(answer="no\n")
    assert code == 1
    assert "cancelled: nothing was deleted" in text
    assert (paths.cache_dir / "media" / "snap.jpg").exists()

    code, text = _purge(answer="")  # no terminal: end of input is no
    assert code == 1
    assert (paths.log_dir / "desk.log").exists()

    code, text = _purge(answer="yes\n")
    assert code == 0, text
    assert str(paths.cache_dir) in text
    for folder in (paths.data_dir, paths.cache_dir, paths.log_dir, paths.config_dir):
        assert f"deleted      {folder}" in text
    assert _all_gone(paths)
    assert beside.read_text(encoding="utf-8") == "keep"  # only the app's own folders


def test_unsynced_decisions_refuse_unless_forced() -> None:
    paths = _fill()
    store = make_store(decisions=3)

    code, text = _purge(yes=True)
    assert code == 1
    assert "3 decision(s) have not been accepted" in text
    assert "Nothing was deleted" in text
    assert store.exists()

    code, text = _purge(yes=True, force=True)
    assert code == 0, text
    assert "including 3 decision(s)" in text
    assert _all_gone(paths)


def test_a_damaged_store_refuses_unless_forced() -> None:
    paths = _fill()
    paths.store_path.write_bytes(b"this is not a database" * 100)
    code, text = _purge(yes=True)
    assert code == 1
    assert "recover-store" in text
    assert paths.store_path.exists()


def test_an_open_desk_refuses(reviewer_home: Path) -> None:
    paths = _fill()
    with subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, pathlib\n"
            "from reviewer.instance import ProfileLock\n"
            "ProfileLock(pathlib.Path(sys.argv[1])).acquire()\n"
            "print('locked', flush=True)\n"
            "sys.stdin.read()\n",
            str(paths.data_dir),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=REPO_ROOT,
    ) as holder:
        assert holder.stdout is not None
        assert holder.stdin is not None
        assert holder.stdout.readline().strip() == "locked"
        code, text = _purge(yes=True, force=True)
        holder.stdin.close()  # the desk closes
        holder.wait(10)
    assert code == 1
    assert "is open on this profile" in text
    assert (paths.cache_dir / "media" / "snap.jpg").exists()
    code, _text = _purge(yes=True)  # the desk closed: the lock is free again
    assert code == 0
    assert _all_gone(paths)


def test_the_command_line(reviewer_home: Path) -> None:
    paths = _fill()
    out = io.StringIO()
    assert main(["purge-local-data", "--yes"], out=out) == 0
    assert _all_gone(paths)

    paths = _fill()
    env = {**os.environ, "REVIEWER_HOME": str(reviewer_home)}
    done = subprocess.run(
        [sys.executable, "-m", "ui.launcher", "purge-local-data"],
        input="yes\n",
        capture_output=True,
        text=True,
        cwd=REPO_ROOT,
        env=env,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Type yes to delete them" in done.stdout
    assert f"deleted      {paths.cache_dir}" in done.stdout
    assert _all_gone(paths)
