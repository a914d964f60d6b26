"""A followed stream on the case screen: new snapshots join veiled (no clear pixels at any
step of their loading), new messages join without moving the reader's place and the chip
counts them and jumps to the end, messages that arrive while the log still loads join it
in order and once, the density strip counts only the new messages, the header shows the
end at once."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QImage, QImageReader
from pytestqt.qtbot import QtBot

from devkit.accessibility import violations
from devkit.cases import synth_case
from reviewer.chat import ChatColumns, ChatLog
from reviewer.contract import CaseDetail, FollowUpdate, Snapshot
from reviewer.follow import FollowBatch
from ui.case.follow import apply_batch
from ui.case.screen import CaseView


def _sharpness(image: QImage) -> float:
    """Mean absolute difference of neighbouring grey pixels: a blur lowers it."""
    img = image.convertToFormat(QImage.Format.Format_Grayscale8)
    w, h = img.width(), img.height()
    total, n = 0, 0
    for y in range(0, h, 2):
        for x in range(0, w - 1, 2):
            total += abs(img.pixelColor(x, y).value() - img.pixelColor(x + 1, y).value())
            n += 1
    return total / max(1, n)


def _clear_thumb(path: Path, width: int) -> QImage:
    reader = QImageReader(str(path))
    size = reader.size()
    reader.setScaledSize(QSize(width, max(1, size.height() * width // size.width())))
    return reader.read()


def _batch(
    detail: CaseDetail, *, shots: list[Snapshot], chat: ChatColumns | None = None, live: bool = True
) -> FollowBatch:
    update = FollowUpdate(
        case_id=detail.case_id,
        version=detail.live_version + 1,
        changed=True,
        live=live,
        ended_at=None if live else datetime.now(UTC),
        viewer_count=detail.stream.viewer_count + 7,
        new_snapshots=shots,
        chat_count=detail.chat_count + (len(chat) if chat else 0),
        new_chat_count=len(chat) if chat else 0,
        server_time=datetime.now(UTC),
    )
    return FollowBatch(detail.case_id, update, chat)


def _messages(case_id: str, start: int, n: int) -> ChatColumns:
    return ChatColumns(
        case_id=case_id,
        total=start + n,
        start=start,
        ids=[f"m{start + i}" for i in range(n)],
        offset_ms=[1000 * (start + i) for i in range(n)],
        user_ids=[f"u{i % 5}" for i in range(n)],
        usernames=[f"viewer{i % 5}" for i in range(n)],
        texts=[f"hello {start + i}" for i in range(n)],
        flagged=[False] * n,
        next_cursor=None,
    )


def _live(detail: CaseDetail) -> CaseDetail:
    return detail.model_copy(
        update={"stream": detail.stream.model_copy(update={"is_live": True, "ended_at": None})}
    )


def test_a_new_sensitive_snapshot_joins_veiled_at_every_step(qtbot: QtBot, tmp_path: Path) -> None:
    bundle = synth_case(tmp_path, want="sensitive")
    full = _live(bundle.detail)
    sensitive = [s for s in full.snapshots if any(lab.score >= 0.5 for lab in s.labels)]
    calm = [s for s in full.snapshots if s not in sensitive]
    shown = full.model_copy(update={"snapshots": calm})
    view = CaseView()
    qtbot.addWidget(view)
    view.resize(1400, 900)
    view.show()
    with qtbot.waitSignal(view.caseShown, timeout=20_000):
        view.set_case(shown, bundle.chat, bundle.media_path)
    before = len(view.snapshot_slots())
    thumbs: list[QImage] = []

    def landed(*_: object) -> None:
        for slot in view.snapshot_slots()[before:]:
            if slot.thumb is not None:
                thumbs.append(slot.thumb.toImage())
            assert slot.view is None or slot.veiled
        assert not view.viewer.showing_clear()

    view.decoder.decoded.connect(landed)
    merged = apply_batch(view, shown, _batch(shown, shots=sensitive))
    assert len(view.snapshot_slots()) == before + len(sensitive)
    # at once: the new cells exist with no pixels yet (a placeholder, never clear pixels)
    new = view.snapshot_slots()[before:]
    assert all(slot.veiled and slot.mode == "blur" for slot in new)
    assert all(slot.thumb is None and slot.clear is None for slot in new)
    view.strip.grab()
    # the thumb, the veiled view and the clear image are three decodes that land in any order
    qtbot.waitUntil(
        lambda: all(None not in (s.thumb, s.view, s.clear) for s in new), timeout=20_000
    )
    assert thumbs
    width = view.strip.thumb_width()
    for slot in new:
        path = bundle.media_path(slot.snapshot.sha256)
        assert path is not None
        clear = _sharpness(_clear_thumb(path, width))
        assert slot.thumb is not None
        assert _sharpness(slot.thumb.toImage()) < 0.6 * clear
        assert slot.view is not None
        assert slot.clear is not None
        assert slot.view.toImage() != slot.clear.toImage()
    for image in thumbs:
        assert _sharpness(image) < 0.6 * clear
    assert merged.stream.viewer_count == shown.stream.viewer_count + 7
    assert "Snapshot" in view.caption.text()
    assert len(view.timeline.grab().toImage().bits()) > 0  # the timeline draws the new marks


def test_new_messages_keep_the_reading_place_and_the_chip_jumps_to_the_end(
    qtbot: QtBot, tmp_path: Path
) -> None:
    bundle = synth_case(tmp_path)
    detail = _live(bundle.detail)
    long = ChatLog(detail.case_id)
    long.append_page(_messages(detail.case_id, 0, 2000))
    view = CaseView()
    qtbot.addWidget(view)
    view.resize(1400, 900)
    view.show()
    with qtbot.waitSignal(view.caseShown, timeout=20_000):
        view.set_case(detail, long, bundle.media_path)
    log = view.chat.chat_log()
    assert log is long
    held = len(log)
    view.chat.scroll_to_log_index(held // 2, select=False)
    table = view.chat.table
    bar = table.verticalScrollBar()
    place, first_row = bar.value(), table.rowAt(0)
    n = 50
    # the page overlaps what the log holds: those five do not join twice
    page = _messages(detail.case_id, held - 5, n + 5)
    before = view.header.meta.text()
    merged = apply_batch(view, detail, _batch(detail, shots=[], chat=page))
    # the details line counts the stream's chat as the service does; the rest of it stays
    assert f"· {merged.chat_count} chat messages ·" in view.header.meta.text()
    assert view.header.meta.text() == before.replace(
        f"· {detail.chat_count} chat messages ·", f"· {merged.chat_count} chat messages ·"
    )
    assert len(log) == held + n
    assert view.chat.model.rowCount() == held + n
    assert bar.value() == place
    assert table.rowAt(0) == first_row
    assert view.chat.new_chip.isVisibleTo(view.chat)
    assert view.chat.unseen() == n
    assert "50" in view.chat.new_chip.text()
    assert [str(v) for v in violations(view.chat)] == []  # the chip is named and described
    view.chat.new_chip.click()
    assert not view.chat.new_chip.isVisibleTo(view.chat)
    assert bar.value() == bar.maximum()
    assert table.rowAt(table.viewport().height() - 2) == held + n - 1


def test_the_end_shows_at_once_and_the_not_following_mark(qtbot: QtBot, tmp_path: Path) -> None:
    bundle = synth_case(tmp_path)
    detail = _live(bundle.detail)
    view = CaseView()
    qtbot.addWidget(view)
    view.show()
    with qtbot.waitSignal(view.caseShown, timeout=20_000):
        view.set_case(detail, bundle.chat, bundle.media_path)
    assert view.header.live.property("state") == "live"
    apply_batch(view, detail, _batch(detail, shots=[], live=False))
    assert view.header.live.property("state") == "ended"
    assert "ended" in view.header.why.text()
    assert view.header.is_following()
    view.header.set_following(False)
    assert not view.header.is_following()
    assert view.header.not_following.text() == "not following"
    view.header.set_following(True)
    assert view.header.is_following()


def test_the_header_line_takes_the_lease_priority(qtbot: QtBot, tmp_path: Path) -> None:
    from reviewer.contract import PriorityWhy

    bundle = synth_case(tmp_path)
    detail = _live(bundle.detail)
    view = CaseView()
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.caseShown, timeout=20_000):
        view.set_case(detail, bundle.chat, bundle.media_path)
    assert "in 5 min" not in view.header.why.text()
    view.header.set_priority(
        PriorityWhy(score=1, live=True, viewers=9, reports_5min=12, severity=1, deadline_near=False)
    )
    assert "12 reports in 5 min" in view.header.why.text()
    # following keeps it
    apply_batch(view, detail, _batch(detail, shots=[]))
    assert "12 reports in 5 min" in view.header.why.text()


def test_messages_that_arrive_while_the_log_loads_join_it_in_order_and_once(
    qtbot: QtBot, tmp_path: Path
) -> None:
    bundle = synth_case(tmp_path)
    detail = _live(bundle.detail)
    view = CaseView()
    qtbot.addWidget(view)
    view.resize(1400, 900)
    view.show()
    # the case opens while its 3,000-message cached log still loads (off the GUI thread)
    view.set_case(detail, None, bundle.media_path)
    assert view.chat.chat_log() is None
    # three followed batches arrive meanwhile: the first overlaps what the cache holds, the
    # third reaches the GUI before the second
    batches = [
        _messages(detail.case_id, 2990, 30),
        _messages(detail.case_id, 3050, 20),
        _messages(detail.case_id, 3020, 30),
    ]
    for page in batches:
        detail = apply_batch(view, detail, _batch(detail, shots=[], chat=page))
    assert view.chat.chat_log() is None
    loaded = ChatLog(detail.case_id)
    loaded.append_page(_messages(detail.case_id, 0, 3000))
    view.set_chat(loaded)
    log = view.chat.chat_log()
    assert log is loaded
    # none lost, none twice, in order; the chip counts what arrived; the strip counts it
    assert list(log.ids) == [f"m{i}" for i in range(3070)]
    assert view.chat.model.rowCount() == 3070
    assert view.chat.unseen() == 70
    assert sum(view.timeline.density()) == 3070
    # what arrives next joins after them
    apply_batch(view, detail, _batch(detail, shots=[], chat=_messages(detail.case_id, 3070, 5)))
    assert list(log.ids[-6:]) == [f"m{i}" for i in range(3069, 3075)]


def test_the_density_strip_counts_only_the_new_messages(qtbot: QtBot, tmp_path: Path) -> None:
    bundle = synth_case(tmp_path)
    live = _live(bundle.detail)
    # a stream ten hours long so far: its first 2,000 messages fill only its first hour
    stream = live.stream.model_copy(update={"started_at": live.created_at - timedelta(hours=10)})
    detail = live.model_copy(update={"stream": stream})
    log = ChatLog(detail.case_id)
    page = _messages(detail.case_id, 0, 2000)
    page.flagged[10] = True
    log.append_page(page)
    view = CaseView()
    qtbot.addWidget(view)
    view.resize(1400, 900)
    view.show()
    with qtbot.waitSignal(view.caseShown, timeout=20_000):
        view.set_case(detail, log, bundle.media_path)
    timeline = view.timeline
    axis = timeline.duration_ms()
    assert axis >= 10 * 3600 * 1000
    before = timeline.density()
    # inside the axis: only the new messages are counted into the columns drawn
    fresh = _messages(detail.case_id, 2000, 40)
    fresh.flagged[-1] = True
    detail = apply_batch(view, detail, _batch(detail, shots=[], chat=fresh))
    grown, flags = timeline.density(), timeline.flagged_columns()
    assert sum(grown) - sum(before) == 40
    assert timeline.duration_ms() == axis
    # the same as counting every message again (a fresh timeline on the grown log)
    again = CaseView()
    qtbot.addWidget(again)
    again.resize(1400, 900)
    again.show()
    with qtbot.waitSignal(again.caseShown, timeout=20_000):
        again.set_case(detail, log, bundle.media_path)
    assert again.timeline.duration_ms() == axis
    assert again.timeline.density() == grown
    assert again.timeline.flagged_columns() == flags
    # past the end of the axis: it grows with room to spare, and every message counts
    late = replace(
        _messages(detail.case_id, len(log), 10),
        offset_ms=[axis + 5_000 + 100 * i for i in range(10)],
    )
    apply_batch(view, detail, _batch(detail, shots=[], chat=late))
    assert timeline.duration_ms() > axis + 5_900
    assert sum(timeline.density()) == len(log) == 2050
    assert "2 flagged" in timeline.accessibleDescription()


def test_rows_joining_below_the_screen_repaint_no_row_but_rows_on_screen_do(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    bundle = synth_case(tmp_path)
    detail = _live(bundle.detail)
    short = ChatLog(detail.case_id)
    short.append_page(_messages(detail.case_id, 0, 3))
    view = CaseView()
    qtbot.addWidget(view)
    view.resize(1400, 900)
    view.show()
    with qtbot.waitSignal(view.caseShown, timeout=20_000):
        view.set_case(detail, short, bundle.media_path)
    paints: list[int] = []

    class Count(QObject):
        def eventFilter(self, _obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                paints.append(1)
            return False

    counter = Count()
    table = view.chat.table
    table.viewport().installEventFilter(counter)
    for _ in range(3):
        QApplication.processEvents()
    # a few rows fill a fraction of the table: new ones show at once (the first batch also
    # brings up the chip; the second is what counts)
    apply_batch(view, detail, _batch(detail, shots=[], chat=_messages(detail.case_id, 3, 2)))
    for _ in range(3):
        QApplication.processEvents()
    paints.clear()
    apply_batch(view, detail, _batch(detail, shots=[], chat=_messages(detail.case_id, 5, 2)))
    qtbot.waitUntil(lambda: bool(paints), timeout=5_000)
    assert table.rowAt(6 * table.rowHeight(0) + 1) == 6
    # a long log read in its middle: rows joining below repaint no row, the bar grows
    long = ChatLog(detail.case_id)
    long.append_page(_messages(detail.case_id, 0, 2000))
    view.set_chat(long)
    view.chat.scroll_to_log_index(1000, select=False)
    for _ in range(3):
        QApplication.processEvents()
    # the first batch brings up the chip (the table gives it room: a repaint), the next
    apply_batch(view, detail, _batch(detail, shots=[], chat=_messages(detail.case_id, 2000, 50)))
    for _ in range(3):
        QApplication.processEvents()
    bar = table.verticalScrollBar()
    top, place = bar.maximum(), bar.value()
    paints.clear()
    apply_batch(view, detail, _batch(detail, shots=[], chat=_messages(detail.case_id, 2050, 50)))
    qtbot.waitUntil(lambda: bar.maximum() > top, timeout=5_000)
    for _ in range(3):
        QApplication.processEvents()
    assert paints == []
    assert bar.value() == place
