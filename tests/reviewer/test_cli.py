"""`reviewer doctor` and `reviewer status`: one line per check, exit codes, and no Qt."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

from devkit.live_service import REPO_ROOT, LiveService
from reviewer import contract
from reviewer.cli import main
from reviewer.paths import AppPaths
from reviewer.store.decisions import Store
from tests.reviewer.hostile_server import GOOD_INFO, run_hostile
from tests.reviewer.store.storekit import draft, lease, tamper


def run(*argv: str) -> tuple[int, dict[str, str]]:
    """Run the CLI in-process; returns the exit code and {check name: its line}."""
    out = io.StringIO()
    code = main(list(argv), out=out)
    lines = {}
    for line in out.getvalue().splitlines():
        name = line[:13].strip()
        lines[name] = line
    return code, lines


def make_store(decisions: int = 3) -> Path:
    path = AppPaths.default().ensure().store_path
    with Store.open(path) as store:
        cases = [f"c{i}" for i in range(decisions)]
        lease(store, cases)
        for case_id in cases:
            store.record_decision(draft(case_id))
    return path


def run_child(code: str, **env: str) -> subprocess.CompletedProcess[str]:
    child_env = dict(os.environ)
    child_env["PYTHONPATH"] = str(REPO_ROOT)
    child_env.update(env)
    return subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=child_env,
        cwd=REPO_ROOT,
        stdin=subprocess.DEVNULL,  # a console prompt would fail, never wait
        timeout=120,
        check=False,
    )


NO_QT = (
    "import sys\n"
    "from reviewer.cli import main\n"
    "code = main(sys.argv[1:])\n"
    "qt = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'ui'))\n"
    "print('QT-MODULES', qt)\n"
    "sys.exit(code)\n"
)


def test_doctor_runs_every_check_without_loading_qt(live_service: LiveService) -> None:
    """Everything OK but the keyring: a working backend that is not an OS keyring (the
    tests' memory keyring) is refused by name (the allow list)."""
    make_store()
    code = NO_QT.replace("sys.argv[1:]", f"['doctor', '--server', {live_service.base_url!r}]")
    done = run_child(code, PYTHON_KEYRING_BACKEND="tests.reviewer.memory_keyring.MemoryKeyring")
    assert done.returncode == 1, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert "QT-MODULES []" in lines
    checks = [ln for ln in lines if not ln.startswith("QT-MODULES")]
    assert [ln.split()[0] for ln in checks] == [
        "settings",
        "keyring",
        "store",
        "audit",
        "service",
        "clock",
    ]
    assert all(" OK " in ln for ln in checks if not ln.startswith("keyring")), checks
    [keyring_line] = [ln for ln in checks if ln.startswith("keyring")]
    assert "PROBLEM" in keyring_line
    assert "tests.reviewer.memory_keyring.MemoryKeyring" in keyring_line


def test_doctor_refuses_keyrings_alt_without_asking_for_a_password() -> None:
    """keyrings.alt's encrypted file backend would prompt on the console: never reached."""
    code = NO_QT.replace("sys.argv[1:]", "['doctor', '--server', 'http://127.0.0.1:9']")
    done = run_child(code, PYTHON_KEYRING_BACKEND="keyrings.alt.file.EncryptedKeyring")
    [keyring_line] = [ln for ln in done.stdout.splitlines() if ln.startswith("keyring")]
    assert "PROBLEM" in keyring_line
    assert "keyrings.alt.file.EncryptedKeyring" in keyring_line
    assert "password" not in done.stderr.lower()


def test_status_in_a_child_without_qt() -> None:
    make_store()
    done = run_child(NO_QT.replace("sys.argv[1:]", "['status']"))
    assert done.returncode == 0, done.stderr
    assert "QT-MODULES []" in done.stdout
    assert "outbox       pending 3, synced 0, problem 0" in done.stdout


def test_doctor_names_each_problem() -> None:
    path = make_store()
    tamper(path, "UPDATE audit_events SET body = replace(body, 'c1', 'c9') WHERE seq = 2")
    code, lines = run("doctor", "--server", "http://127.0.0.1:9")
    assert code == 1
    assert "PROBLEM" in lines["keyring"]  # the tests' null keyring backend is refused
    assert " OK " in lines["store"]
    assert "PROBLEM" in lines["audit chain"]
    assert "broken at event" in lines["audit chain"]
    assert "PROBLEM" in lines["service"]
    assert "cannot be reached" in lines["service"]
    assert "PROBLEM" in lines["clock"]


def test_doctor_refuses_plain_http_to_a_remote_host() -> None:
    code, lines = run("doctor", "--server", "http://cases.example.com")
    assert code == 1
    assert "https" in lines["service"]


def test_doctor_flags_a_clock_far_from_the_service() -> None:
    with run_hostile() as hostile:
        hostile.body = GOOD_INFO  # its server_time is 2026-01-01: months away
        code, lines = run("doctor", "--server", hostile.base_url)
    assert code == 1
    assert " OK " in lines["service"]
    assert "PROBLEM" in lines["clock"]
    assert "fix the system time" in lines["clock"]


def test_doctor_reports_a_damaged_store_file() -> None:
    path = AppPaths.default().ensure().store_path
    path.write_bytes(b"this is not a database" * 100)
    code, lines = run("doctor", "--server", "http://127.0.0.1:9")
    assert code == 1
    assert "PROBLEM" in lines["store"]


def test_status_lists_counts_problems_and_last_sync() -> None:
    path = make_store(decisions=3)
    with Store.open(path) as store:
        ids = [i.decision_id for i in store.pending_outbox()]
        store.apply_results(
            [
                contract.DecisionResult(decision_id=ids[0], status="accepted"),
                contract.DecisionResult(
                    decision_id=ids[1], status="case_conflict", reason="someone else decided"
                ),
            ]
        )
    out = io.StringIO()
    assert main(["status"], out=out) == 0
    text = out.getvalue()
    assert "outbox       pending 1, synced 1, problem 1" in text
    assert "last sync    never" in text
    assert "problems     1" in text
    assert f"case_conflict case c1 decision {ids[1]}" in text
    assert "someone else decided" in text
    with Store.open(path) as store:
        store.set_state("last_sync_at", "2026-01-01T00:00:00+00:00")
    out = io.StringIO()
    main(["status"], out=out)
    assert "last sync    2026-01-01T00:00:00+00:00" in out.getvalue()


def test_status_without_a_store_creates_nothing() -> None:
    out = io.StringIO()
    assert main(["status"], out=out) == 0
    assert "none yet" in out.getvalue()
    assert not AppPaths.default().store_path.exists()


def test_status_and_doctor_cover_every_moderators_store() -> None:
    """Stores are per (server, user): support staff see each one, not an empty default."""
    paths = AppPaths.default().ensure()
    made = {}
    for user, n in (("moderator1", 2), ("moderator2", 1)):
        path = paths.store_path_for("https://review.example.com", user)
        with Store.open(path) as store:
            cases = [f"{user}-c{i}" for i in range(n)]
            lease(store, cases)
            for case_id in cases:
                store.record_decision(draft(case_id))
        made[user] = path
    out = io.StringIO()
    assert main(["status"], out=out) == 0
    text = out.getvalue()
    for path in made.values():
        assert f"store        {path}" in text
    assert "outbox       pending 2, synced 0, problem 0" in text
    assert "outbox       pending 1, synced 0, problem 0" in text
    out = io.StringIO()
    main(["doctor", "--server", "http://127.0.0.1:9"], out=out)
    assert sum("integrity ok" in line for line in out.getvalue().splitlines()) == 2
