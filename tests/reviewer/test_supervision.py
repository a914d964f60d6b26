"""The sync thread's restart policy, its crash log, and `reviewer doctor` showing the trace."""

from __future__ import annotations

import io

from reviewer.cli import main
from reviewer.paths import AppPaths
from reviewer.supervision import RestartPolicy, last_crashes, record_crash, safe_trace


def test_restarts_back_off_and_give_up_after_five_in_ten_minutes() -> None:
    policy = RestartPolicy()
    delays = [policy.failed(t) for t in (0.0, 10.0, 20.0, 30.0, 40.0)]
    assert delays == [2.0, 4.0, 8.0, 16.0, 32.0]
    assert policy.failed(50.0) is None  # the sixth failure within 10 minutes: stays stopped
    fresh = RestartPolicy()
    for t in (0.0, 10.0, 20.0, 30.0, 40.0):
        fresh.failed(t)
    assert fresh.failed(700.0) is not None  # the first restarts left the window


def _boom() -> None:
    try:
        raise KeyError("stream title: Secret Stream of @handle")
    except KeyError as exc:
        raise RuntimeError("chat line: hello there") from exc


def test_the_crash_log_keeps_where_and_what_never_the_message(tmp_path: object) -> None:
    try:
        _boom()
    except RuntimeError as exc:
        trace = safe_trace(exc)
    assert "_boom" in trace
    assert "builtins.RuntimeError" in trace
    assert "builtins.KeyError" in trace
    assert "Secret Stream" not in trace
    assert "hello there" not in trace


def test_doctor_shows_the_logged_trace() -> None:
    paths = AppPaths.default().ensure()
    for gave_up in (False, True):
        try:
            _boom()
        except RuntimeError as exc:
            record_crash(paths.log_dir, exc, gave_up=gave_up)
    assert [c.gave_up for c in last_crashes(paths.log_dir)] == [False, True]
    out = io.StringIO()
    code = main(["doctor", "--server", "http://127.0.0.1:9"], out=out)
    assert code == 1
    text = out.getvalue()
    [sync] = [ln for ln in text.splitlines() if ln.startswith("sync ")]
    assert "PROBLEM" in sync
    assert "stopped for good" in sync
    assert "    builtins.RuntimeError" in text.splitlines()
    assert "in _boom" in text
    assert "hello there" not in text
