"""Benchmark rows: a followed live stream's news joining the case on screen (Qt offscreen,
the app's light theme style sheet applied).

*Chat*: a batch of 50 new messages joins a 100,000-message log on screen while the reader
sits in the middle of it. The clock runs from the parsed page reaching the GUI thread
(``ui.case.follow.apply_batch``, as the follow thread's signal calls it) until the join is
drawn: the event loop has run the window's repaint (an ``UpdateRequest``, the one pass in
which Qt paints every widget the join made dirty and flushes the window). After the clock
stops, one more pass checks that nothing was left to paint (a repaint there is counted and
printed as "late"), and the reader's place (scroll value and first visible row) is checked
after every run. Naive
baseline in the same run: the same append followed by a model reset
(``ChatView.set_chat_log``), which also loses the reader's place.

Until 7 December 2026 "drawn" was "the chat table's scroll bar has painted": a stock scroll
bar repainted all of itself whenever its range grew. The table's bar now repaints only a
slider that moved by a pixel (``ui.case.chat_table.SliderScrollBar``; at 100,000 rows a
batch of 50 moves it a fifth of a pixel), so most joins no longer paint it and that end
would never come. The row below the chat row runs the same joins with a stock scroll bar
put back, clocked the old way (until that bar has painted), side by side.

*Snapshot*: a new snapshot joins the strip. The decoder is held (its requests are recorded,
not decoded), so the clock runs from the decoded thumbnail reaching the GUI thread (the
decoder's ``decoded`` signal, emitted here with an image decoded beforehand by the real
decode function and effect) until the strip has painted. Naive baseline: the whole case set
again (``CaseView.set_case`` with the grown detail) until the strip has painted.

Each row is followed by the GUI thread's CPU per join split by phase (``ui.case.phases``:
the follow steps of ``ui.case.follow.apply_batch`` and the instrumented paints; "the rest"
is Qt's own work, layouts and the widgets it paints itself), timed in the same runs.

    .venv/bin/python -m bench.follow      # these rows alone
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Hashable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bench.chat_open import SIZE, _app, _drawn, _Paints, _until
from bench.table import Row, median, ms, pct, verdict

N = 100_000
BATCH = 50
RUNS = 60
SNAPSHOT_RUNS = 40
STOCK_RUNS = 30  # the side-by-side row with a stock scroll bar
BUDGET_S = 0.008


class _Repaints:
    """Counts the window's repaint passes (``UpdateRequest`` events reaching it)."""

    def __init__(self, window: Any) -> None:
        from PySide6.QtCore import QEvent, QObject

        outer = self

        class Filter(QObject):
            def eventFilter(self, _obj: Any, event: Any) -> bool:
                if event.type() == QEvent.Type.UpdateRequest:
                    outer.count += 1
                return False

        self.count = 0
        self._filter = Filter()
        window.installEventFilter(self._filter)


def _repainted(app: Any, repaints: _Repaints, before: int) -> None:
    """Run the event loop until the window's repaint pass has run since ``before``: the one
    pass in which Qt paints every widget made dirty and flushes the window."""
    while repaints.count == before:
        app.processEvents()


@dataclass
class Joins:
    """One row's samples: the joins (wall seconds), the naive baseline, and per join the
    GUI thread's CPU seconds and their split by phase (``ui.case.phases``)."""

    join: list[float] = field(default_factory=list)
    naive: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)
    split: list[dict[str, float]] = field(default_factory=list)
    late: int = 0  # joins whose window repainted again after the clock stopped
    bar_wall: float = 0.0  # a stock scroll bar's paints, in all (stock_bar runs only)
    bar_cpu: float = 0.0


def _phase_text(got: Joins) -> str:
    """The mean CPU per join by phase, largest first (Qt's own work is "the rest")."""
    n = len(got.split)
    if not n:
        return "no samples"
    names = {name for one in got.split for name in one}
    means = {name: sum(one.get(name, 0.0) for one in got.split) / n for name in names}
    total = sum(got.cpu) / n
    parts = ", ".join(f"{k} {ms(v)}" for k, v in sorted(means.items(), key=lambda kv: -kv[1]))
    return f"{parts}, the rest {ms(total - sum(means.values()))}; total {ms(total)}"


def _stats(values: list[float]) -> str:
    return (
        f"n={len(values)} median {ms(median(values))}, p95 {ms(pct(values, 95))}, "
        f"p99 {ms(pct(values, 99))}, max {ms(max(values))}"
    )


def _update(detail: Any, *, shots: list[Any], chat: int) -> Any:
    from reviewer.contract import FollowUpdate

    return FollowUpdate(
        case_id=detail.case_id,
        version=detail.live_version + 1,
        changed=True,
        live=True,
        viewer_count=detail.stream.viewer_count + 1,
        new_snapshots=shots,
        chat_count=detail.chat_count + chat,
        new_chat_count=chat,
        server_time=datetime.now(UTC),
    )


def _batch_page(case_id: str, start: int, last_ms: int) -> Any:
    from reviewer.chat import ChatColumns

    return ChatColumns(
        case_id=case_id,
        total=start + BATCH,
        start=start,
        ids=[f"live{start + i}" for i in range(BATCH)],
        offset_ms=[last_ms + 100 * (i + 1) for i in range(BATCH)],
        user_ids=[f"u{i % 7}" for i in range(BATCH)],
        usernames=[f"viewer_{i % 7}" for i in range(BATCH)],
        texts=[f"live message {start + i} from the stream" for i in range(BATCH)],
        flagged=[i % 17 == 0 for i in range(BATCH)],
        next_cursor=None,
        account_created_ms=[0] * BATCH,
    )


def measure_chat(workdir: Path, runs: int = RUNS, *, stock_bar: bool = False) -> Joins:
    """The chat joins; ``stock_bar`` puts a stock ``QScrollBar`` back on the table and
    clocks each join until that bar has painted (how this row was measured before the
    table's bar repainted only a moved slider), without the naive baseline."""
    app = _app()
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QScrollBar

    from bench.core import chat_pages
    from devkit.cases import synth_case
    from reviewer.chat import ChatLog
    from reviewer.follow import FollowBatch
    from ui.case import phases
    from ui.case.follow import apply_batch
    from ui.case.screen import CaseView

    bundle = synth_case(workdir / "synth")
    pages, _dicts = chat_pages(N)
    live_stream = bundle.detail.stream.model_copy(update={"is_live": True, "ended_at": None})
    detail = bundle.detail.model_copy(update={"chat_count": N, "stream": live_stream})
    log = ChatLog.from_pages(pages, detail.case_id)
    view = CaseView()
    view.resize(*SIZE)
    view.show()
    # "drawn": the window's repaint pass has run (module docstring). The rows on screen do
    # not change when rows join below them, so the table repaints none of them.
    repaints = _Repaints(view)
    shown: list[str] = []
    view.caseShown.connect(shown.append)
    out = Joins()
    try:
        view.set_case(detail, log, bundle.media_path)
        _until(app, lambda: shown and shown[-1] == detail.case_id)
        chat = view.chat
        if stock_bar:

            class StockBar(QScrollBar):
                """A stock scroll bar whose paints are timed (wall and GUI-thread CPU)."""

                def paintEvent(self, event: Any) -> None:
                    c0, t0 = time.thread_time(), time.perf_counter()
                    super().paintEvent(event)
                    out.bar_wall += time.perf_counter() - t0
                    out.bar_cpu += time.thread_time() - c0

            chat.table.setVerticalScrollBar(StockBar(Qt.Orientation.Vertical))
        bar = chat.table.verticalScrollBar()
        bar_paints = _Paints(bar)  # the old end of the clock (stock_bar)
        rows = _Paints(chat.table.viewport())  # the naive reset repaints every row
        chat.scroll_to_log_index(N // 2, select=False)
        app.processEvents()
        out.bar_wall = out.bar_cpu = 0.0  # the joins' own bar paints, not the case's
        phases.enable(True)  # in both runs: the same work on the clock
        for _ in range(runs):
            place, first = bar.value(), chat.table.rowAt(0)
            page = _batch_page(detail.case_id, len(log), int(log.offset_ms[-1]))
            batch = FollowBatch(detail.case_id, _update(detail, shots=[], chat=BATCH), page)
            app.processEvents()
            before, painted = repaints.count, bar_paints.count
            phases.take()
            c0 = time.thread_time()
            t0 = time.perf_counter()
            detail = apply_batch(view, detail, batch)
            if stock_bar:
                _drawn(app, bar_paints, painted)
            else:
                _repainted(app, repaints, before)
            out.join.append(time.perf_counter() - t0)
            out.cpu.append(time.thread_time() - c0)
            out.split.append(phases.take())
            drawn = repaints.count
            app.processEvents()
            if repaints.count != drawn:
                out.late += 1
            if bar.value() != place or chat.table.rowAt(0) != first:
                raise RuntimeError("the reader's place moved")
        phases.enable(False)
        for _ in range(0 if stock_bar else max(5, runs // 6)):
            page = _batch_page(detail.case_id, len(log), int(log.offset_ms[-1]))
            app.processEvents()
            before = rows.count
            t0 = time.perf_counter()
            log.append_page(page)
            chat.set_chat_log(log)  # naive: a model reset
            _drawn(app, rows, before)
            out.naive.append(time.perf_counter() - t0)
    finally:
        view.close()
        view.deleteLater()
        app.processEvents()
    return out


def measure_snapshot(workdir: Path, runs: int = SNAPSHOT_RUNS) -> Joins:
    app = _app()
    from devkit.cases import synth_case
    from reviewer.follow import FollowBatch
    from ui.case import phases
    from ui.case.decode import DecodeKey
    from ui.case.decoder import ImageDecoder, blurred, decode_image, grayscale
    from ui.case.follow import apply_batch
    from ui.case.screen import CaseView

    class HeldDecoder(ImageDecoder):
        """Records requests instead of decoding: the bench hands the images over itself."""

        def __init__(self) -> None:
            super().__init__()
            self.asked: list[tuple[Hashable, Path, int, str]] = []

        def request(
            self,
            key: Hashable,
            path: Path,
            target_width: int,
            *,
            blur: bool = False,
            effect: str = "",
        ) -> None:
            self.asked.append((key, path, target_width, "blur" if blur else effect))

    bundle = synth_case(workdir / "synth", want="sensitive")
    source = bundle.detail.snapshots[0]
    source_path = bundle.media_path(source.sha256)
    assert source_path is not None
    shots = [
        source.model_copy(
            update={
                "sha256": hashlib.sha256(f"live{i}".encode()).hexdigest(),
                "offset_seconds": source.offset_seconds + 15 * (i + 1),
            }
        )
        for i in range(runs)
    ]

    def media_path(sha: str) -> Path | None:
        return bundle.media_path(sha) or source_path

    decoder = HeldDecoder()
    view = CaseView(decoder=decoder)
    view.resize(*SIZE)
    view.show()
    paints = _Paints(view.strip)
    shown: list[str] = []
    view.caseShown.connect(shown.append)
    live_stream = bundle.detail.stream.model_copy(update={"is_live": True, "ended_at": None})
    detail = bundle.detail.model_copy(update={"stream": live_stream})
    out = Joins()
    images: dict[tuple[int, str], Any] = {}

    def image_for(width: int, effect: str) -> Any:
        if (width, effect) not in images:
            image = decode_image(source_path, width)
            if effect == "blur":
                image = blurred(image)
            elif effect == "gray":
                image = grayscale(image)
            images[(width, effect)] = image
        return images[(width, effect)]

    def hand_over_all() -> None:
        asked, decoder.asked = decoder.asked, []
        for key, _path, width, effect in asked:
            decoder.decoded.emit(key, image_for(width, effect))

    try:
        view.set_case(detail, bundle.chat, media_path)
        hand_over_all()
        _until(app, lambda: shown and shown[-1] == detail.case_id)
        for shot in shots:
            detail = apply_batch(
                view, detail, FollowBatch(detail.case_id, _update(detail, shots=[shot], chat=0))
            )
            app.processEvents()
            thumb = next(
                a for a in decoder.asked if isinstance(a[0], DecodeKey) and a[0].kind == "thumb"
            )
            image = image_for(thumb[2], thumb[3])
            decoder.asked = [a for a in decoder.asked if a is not thumb]
            before = paints.count
            phases.enable(True)
            c0 = time.thread_time()
            t0 = time.perf_counter()
            decoder.decoded.emit(thumb[0], image)  # the decoded thumbnail reaches the GUI
            _drawn(app, paints, before)
            out.join.append(time.perf_counter() - t0)
            out.cpu.append(time.thread_time() - c0)
            out.split.append(phases.take())
            phases.enable(False)
            hand_over_all()  # the viewer images, off the clock
            app.processEvents()
        for _ in range(max(5, runs // 4)):
            before = paints.count
            t0 = time.perf_counter()
            view.set_case(detail, bundle.chat, media_path)  # naive: everything again
            hand_over_all()
            _drawn(app, paints, before)
            out.naive.append(time.perf_counter() - t0)
    finally:
        view.close()
        view.deleteLater()
        app.processEvents()
    return out


def follow_rows(workdir: Path) -> list[Row]:
    chat = measure_chat(workdir / "follow-chat")
    stock = measure_chat(workdir / "follow-chat-stock", STOCK_RUNS, stock_bar=True)
    shot = measure_snapshot(workdir / "follow-snapshot")
    return [
        Row(
            f"{BATCH} new chat messages join a {N:,}-message log on screen, drawn, "
            "reader's place unchanged",
            _stats(chat.join) + f"; late repaints {chat.late}",
            "< 8 ms",
            f"median {ms(median(chat.naive))} (model reset, place lost)",
            verdict(pct(chat.join, 95) < BUDGET_S),
        ),
        Row(
            "the same joins with a stock scroll bar (all of it repainted), clocked as before "
            "7 Dec 2026: until that bar has painted",
            _stats(stock.join)
            + f"; GUI-thread CPU mean {ms(sum(stock.cpu) / len(stock.cpu))}; of a join, the "
            f"bar's own paint {ms(stock.bar_wall / len(stock.join))} "
            f"(CPU {ms(stock.bar_cpu / len(stock.join))})",
            "–",
            "–",
            "",
        ),
        Row(
            f"GUI-thread CPU per chat join by phase, mean (n={len(chat.split)})",
            _phase_text(chat),
            "–",
            "–",
            "",
        ),
        Row(
            "a new decoded snapshot joins the strip, drawn",
            _stats(shot.join),
            "< 8 ms",
            f"median {ms(median(shot.naive))} (whole case set again)",
            verdict(pct(shot.join, 95) < BUDGET_S),
        ),
        Row(
            f"GUI-thread CPU per snapshot join by phase, mean (n={len(shot.split)})",
            _phase_text(shot),
            "–",
            "–",
            "",
        ),
    ]


if __name__ == "__main__":  # python -m bench.follow: only these rows
    import shutil

    from bench.harness import scratch
    from bench.table import render

    scratch_dir = scratch()
    try:
        print(render(follow_rows(scratch_dir)))
    finally:
        shutil.rmtree(scratch_dir, ignore_errors=True)
