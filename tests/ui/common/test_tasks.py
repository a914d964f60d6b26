"""A window's Runner: results on the GUI thread, failures as readable text, nothing after close."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, TypeVar

from pytestqt.qtbot import QtBot

from ui.common import tasks
from ui.common.errors import describe_error
from ui.common.tasks import Runner

T = TypeVar("T")
URL = "http://127.0.0.1:9"


class FakeSession:
    """What a Runner uses of a Session: the address and ``call`` on the pool client."""

    server_url = URL

    def __init__(self) -> None:
        self.calls = 0

    def call(self, fn: Callable[[str], T]) -> T:
        self.calls += 1
        return fn("client")


class Wrapped:
    def __init__(self, api: str) -> None:
        self.api = api


def make_runner(session: FakeSession) -> Runner[Wrapped]:
    return Runner(session, Wrapped)  # type: ignore[arg-type]


def test_call_wraps_the_client_and_delivers_on_the_gui_thread(qtbot: QtBot) -> None:
    session = FakeSession()
    runner = make_runner(session)
    got: list[tuple[str, bool]] = []
    worker: list[bool] = []

    def job(api: Wrapped) -> str:
        worker.append(threading.current_thread() is threading.main_thread())
        return api.api

    runner.call(
        job, lambda r: got.append((r, threading.current_thread() is threading.main_thread()))
    )
    qtbot.waitUntil(lambda: bool(got))
    assert got == [("client", True)]
    assert worker == [False]  # the job itself ran on a pool thread


def test_a_failure_is_one_readable_message_emitted_then_passed_on(qtbot: QtBot) -> None:
    runner = make_runner(FakeSession())
    failed: list[str] = []
    done: list[Any] = []
    exc = ValueError("boom")

    def job(_api: Wrapped) -> None:
        raise exc

    with qtbot.waitSignal(runner.problem, timeout=5000) as signal:
        runner.call(job, done.append, failed.append)
    qtbot.waitUntil(lambda: bool(failed))
    assert signal.args == [describe_error(exc, URL)]
    assert failed == [describe_error(exc, URL)]
    assert "boom" not in failed[0]
    assert "Traceback" not in failed[0]
    assert done == []


def test_run_hands_the_exception_over_as_it_is(qtbot: QtBot) -> None:
    runner = make_runner(FakeSession())
    problems: list[str] = []
    runner.problem.connect(problems.append)
    failed: list[BaseException] = []
    exc = OSError("disk full")

    def work() -> None:
        raise exc

    runner.run(work, lambda _r: None, failed.append)
    qtbot.waitUntil(lambda: bool(failed))
    assert failed == [exc]
    assert problems == []  # plain work: the page words its own message


def test_nothing_reaches_a_closed_window(qtbot: QtBot) -> None:
    session = FakeSession()
    runner = make_runner(session)
    release = threading.Event()
    started = threading.Event()
    got: list[Any] = []
    problems: list[str] = []
    runner.problem.connect(problems.append)

    def slow(_api: Wrapped) -> str:
        started.set()
        release.wait(5)
        return "late"

    def failing(_api: Wrapped) -> str:
        started.wait(5)
        release.wait(5)
        raise ValueError("late failure")

    runner.call(slow, got.append, got.append)
    runner.call(failing, got.append, got.append)
    qtbot.waitUntil(started.is_set)
    runner.close()  # the window closes while both requests are under way
    release.set()
    qtbot.waitUntil(lambda: tasks.pending() == 0)
    assert got == []
    assert problems == []
    assert runner.closed


def test_a_closed_window_sends_no_request(qtbot: QtBot) -> None:
    session = FakeSession()
    runner = make_runner(session)
    runner.close()
    got: list[Any] = []
    runner.call(lambda api: api.api, got.append, got.append)
    qtbot.waitUntil(lambda: tasks.pending() == 0)
    assert session.calls == 0
    assert got == []
