"""Snapshots: sensitive ones start blurred and show clear only while held; arrows step."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QImage, QMouseEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from devkit.cases import CaseBundle, synth_case, taxonomy
from ui.case.decision_keys import DecisionKeyFilter
from ui.case.screen import CaseView
from ui.case.snapshots import SnapshotSlot, SnapshotViewer, is_sensitive

#: a case set directly, or built ahead in the hidden body and swapped in (issue #17)
HOW = pytest.mark.parametrize("prepared", [False, True], ids=["set", "built-ahead"])


def show_case(qtbot: QtBot, bundle: CaseBundle) -> CaseView:
    view = CaseView()
    qtbot.addWidget(view)
    view.resize(1400, 900)
    view.show()
    qtbot.waitExposed(view)
    with qtbot.waitSignal(view.caseShown, timeout=20_000):
        view.set_case(bundle.detail, bundle.chat, bundle.media_path, bundle.flagged_terms)
    return view


def other_case(tmp_path: Path, bundle: CaseBundle) -> CaseBundle:
    """A synthetic case that is not ``bundle``'s."""
    for i in range(12):
        other = synth_case(tmp_path / f"other-{i}", index=i)
        if other.detail.case_id != bundle.detail.case_id:
            return other
    raise LookupError("every synthetic case is this one")


def set_case(
    qtbot: QtBot, view: CaseView, bundle: CaseBundle, tmp_path: Path, *, prepared: bool
) -> None:
    """Show ``bundle``: set on screen, or (``prepared``) built ahead in the hidden body while
    another case is on screen, then swapped in by the same ``set_case``."""
    if prepared:
        first = other_case(tmp_path, bundle)
        with qtbot.waitSignal(view.caseShown, timeout=20_000):
            view.set_case(first.detail, first.chat, first.media_path)
        assert view.prepare(bundle.detail, bundle.chat, bundle.media_path)
        assert view.prepared_case() == bundle.detail.case_id
    before = view.header
    with qtbot.waitSignal(view.caseShown, timeout=20_000):
        view.set_case(bundle.detail, bundle.chat, bundle.media_path)
    assert (view.header is not before) is prepared  # the other body, or the same one
    assert view.prepared_case() is None


def sensitive_index(view: CaseView) -> int:
    return next(i for i, s in enumerate(view.snapshot_slots()) if s.sensitive)


@HOW
def test_sensitive_snapshot_never_shows_clear_pixels_first(
    qtbot: QtBot, tmp_path: Path, prepared: bool
) -> None:
    bundle = synth_case(tmp_path, want="sensitive")
    view = CaseView()
    qtbot.addWidget(view)
    view.resize(1400, 900)
    view.show()
    seen_clear: list[bool] = []
    viewers = view.findChildren(SnapshotViewer)
    assert len(viewers) == 2  # the body on screen and the hidden one

    def record(*_: object) -> None:
        """What either viewer would paint at every step of loading (and of building ahead)."""
        seen_clear.append(any(v.showing_clear() for v in viewers))

    view.decoder.decoded.connect(record)
    view.revealChanged.connect(record)
    view.snapshotChanged.connect(record)
    set_case(qtbot, view, bundle, tmp_path, prepared=prepared)
    i = sensitive_index(view)
    view.show_snapshot(i)
    slot = view.snapshot_slots()[i]
    assert slot.view is not None
    assert slot.clear is not None
    assert slot.thumb is not None
    assert not any(seen_clear)
    assert not view.viewer.showing_clear()
    # the pixmap the viewer paints differs from the clear one (it is blurred)
    assert slot.view.toImage() != slot.clear.toImage()
    assert "sensitive" in view.caption.text()


def test_mouse_hold_reveals_until_release(qtbot: QtBot, tmp_path: Path) -> None:
    view = show_case(qtbot, synth_case(tmp_path, want="sensitive"))
    view.show_snapshot(sensitive_index(view))
    reveals: list[bool] = []
    view.revealChanged.connect(reveals.append)
    center = QPointF(view.viewer.rect().center())
    press = QMouseEvent(
        QEvent.Type.MouseButtonPress,
        center,
        center,
        Qt.MouseButton.LeftButton,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(view.viewer, press)
    assert view.viewer.showing_clear()
    release = QMouseEvent(
        QEvent.Type.MouseButtonRelease,
        center,
        center,
        Qt.MouseButton.LeftButton,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(view.viewer, release)
    assert not view.viewer.showing_clear()
    assert reveals == [True, False]


def test_reveal_key_through_the_filter(qtbot: QtBot, tmp_path: Path) -> None:
    view = show_case(qtbot, synth_case(tmp_path, want="sensitive"))
    view.show_snapshot(sensitive_index(view))
    keys = DecisionKeyFilter(scope=view)
    keys.set_taxonomy(taxonomy())
    keys.revealChanged.connect(view.set_revealed)
    view.installEventFilter(keys)
    qtbot.keyPress(view, Qt.Key.Key_V)
    assert view.viewer.showing_clear()
    qtbot.keyRelease(view, Qt.Key.Key_V)
    assert not view.viewer.showing_clear()
    # stepping away hides again even while the key is down
    qtbot.keyPress(view, Qt.Key.Key_V)
    view.step_snapshot(1)
    assert not view.viewer.is_revealed()


def test_reveal_key_without_a_filter(qtbot: QtBot, tmp_path: Path) -> None:
    view = show_case(qtbot, synth_case(tmp_path, want="sensitive"))
    view.show_snapshot(sensitive_index(view))
    qtbot.keyPress(view, Qt.Key.Key_V)
    assert view.viewer.showing_clear()
    qtbot.keyRelease(view, Qt.Key.Key_V)
    assert not view.viewer.showing_clear()


def test_arrow_keys_step_through_snapshots(qtbot: QtBot, tmp_path: Path) -> None:
    view = show_case(qtbot, synth_case(tmp_path, index=0))
    n = len(view.snapshot_slots())
    assert n >= 3
    view.activateWindow()
    view.chat.table.setFocus()
    qtbot.waitUntil(view.chat.table.hasFocus)
    changes: list[int] = []
    view.snapshotChanged.connect(changes.append)
    qtbot.keyClick(view.chat.table, Qt.Key.Key_Right)
    qtbot.keyClick(view.chat.table, Qt.Key.Key_Right)
    qtbot.keyClick(view.chat.table, Qt.Key.Key_Left)
    assert changes == [1, 2, 1]
    assert view.current_snapshot() == 1
    assert view.strip.current() == 1
    for _ in range(n + 2):
        qtbot.keyClick(view.chat.table, Qt.Key.Key_Right)
    assert view.current_snapshot() == n - 1
    # the search box keeps its arrows for the cursor
    view.chat.search.setFocus()
    qtbot.waitUntil(view.chat.search.hasFocus)
    qtbot.keyClicks(view.chat.search, "ab")
    qtbot.keyClick(view.chat.search, Qt.Key.Key_Left)
    assert view.current_snapshot() == n - 1
    assert view.chat.search.cursorPosition() == 1


def test_strip_click_selects(qtbot: QtBot, tmp_path: Path) -> None:
    view = show_case(qtbot, synth_case(tmp_path, index=0))
    cells = view.strip.cells()
    with qtbot.waitSignal(view.snapshotChanged) as blocker:
        qtbot.mouseClick(view.strip, Qt.MouseButton.LeftButton, pos=cells[2].center())
    assert blocker.args == [2]
    assert view.viewer.slot() is view.snapshot_slots()[2]


def test_chat_and_snapshots_follow_each_other(qtbot: QtBot, tmp_path: Path) -> None:
    bundle = synth_case(tmp_path, index=4)  # 2,003 messages: far more than a screen
    view = show_case(qtbot, bundle)
    shots = bundle.detail.snapshots
    last = len(shots) - 1
    # selecting a message shows the nearest snapshot
    target_ms = int(shots[last].offset_seconds * 1000)
    row = bundle.chat.nearest_index(target_ms)
    view.chat.table.setCurrentIndex(view.chat.model.index(row, 2))
    assert view.current_snapshot() == last
    # selecting a snapshot scrolls the chat to that moment
    view.show_snapshot(0)
    near = bundle.chat.nearest_index(int(shots[0].offset_seconds * 1000))
    table = view.chat.table
    near_rect = table.visualRect(view.chat.model.index(near, 2))
    assert table.viewport().rect().intersects(near_rect)
    assert not table.viewport().rect().intersects(table.visualRect(view.chat.model.index(row, 2)))


def test_sensitivity_threshold(tmp_path: Path) -> None:
    bundle = synth_case(tmp_path, want="sensitive")
    shot = next(s for s in bundle.detail.snapshots if is_sensitive(s))
    slot = SnapshotSlot.of(shot)
    assert slot.sensitive
    assert slot.labels[0][1] >= 0.5
    low = shot.model_copy(
        update={"labels": [lab.model_copy(update={"score": 0.49}) for lab in shot.labels]}
    )
    assert not is_sensitive(low)


def test_broken_snapshot_shows_a_placeholder(qtbot: QtBot, tmp_path: Path) -> None:
    bundle = synth_case(tmp_path, index=0)
    first = bundle.detail.snapshots[0].sha256
    bundle.media[first].write_bytes(b"\xff\xd8\xff definitely not a jpeg")
    view = show_case(qtbot, bundle)
    slot = view.snapshot_slots()[0]
    assert slot.error
    assert "not shown" in view.caption.text()
    img = QImage(view.viewer.size(), QImage.Format.Format_ARGB32)
    view.viewer.render(img)  # paints the placeholder without raising
    assert view.snapshot_slots()[1].view is not None


@HOW
def test_staged_reveal_gray_and_color_modes(qtbot: QtBot, tmp_path: Path, prepared: bool) -> None:
    bundle = synth_case(tmp_path, want="sensitive")
    view = CaseView()
    qtbot.addWidget(view)
    view.resize(1400, 900)
    view.show()
    view.set_reveal_policy(lambda s: "gray" if is_sensitive(s) else "color")
    set_case(qtbot, view, bundle, tmp_path, prepared=prepared)
    i = sensitive_index(view)
    view.show_snapshot(i)
    slot = view.snapshot_slots()[i]
    assert slot.mode == "gray"
    assert slot.veiled
    assert slot.view is not None
    assert slot.view.toImage().isGrayscale()
    assert slot.clear is not None
    assert not slot.clear.toImage().isGrayscale()
    assert not view.viewer.showing_clear()
    view.set_revealed(True)
    assert view.viewer.showing_clear()
    view.set_revealed(False)

    view.set_reveal_policy(lambda s: "color")
    set_case(qtbot, view, bundle, tmp_path / "again", prepared=prepared)
    view.show_snapshot(i)
    slot = view.snapshot_slots()[i]
    assert not slot.veiled
    assert slot.clear is None  # nothing is held back, so nothing else is decoded
    assert not slot.view.toImage().isGrayscale()  # type: ignore[union-attr]


@HOW
def test_exposure_is_reported_only_for_clear_sensitive_pixels(
    qtbot: QtBot, tmp_path: Path, prepared: bool
) -> None:
    view = CaseView()
    qtbot.addWidget(view)
    view.resize(1400, 900)
    view.show()
    exposures: list[tuple[str, ...]] = []
    view.exposureChanged.connect(exposures.append)
    set_case(qtbot, view, synth_case(tmp_path, want="sensitive"), tmp_path, prepared=prepared)
    i = sensitive_index(view)
    other = next(j for j, s in enumerate(view.snapshot_slots()) if not s.sensitive)
    view.show_snapshot(i)
    assert exposures == []  # blurred: no exposure
    view.set_revealed(True)
    codes = view.exposed_labels()
    assert codes
    assert exposures == [codes]
    view.set_revealed(False)
    view.show_snapshot(other)
    view.clear()
    assert exposures == [codes, ()]


def test_oversized_snapshot_shows_a_placeholder(qtbot: QtBot, tmp_path: Path) -> None:
    from tests.ui.case.test_decoder import write_png_header

    bundle = synth_case(tmp_path, index=0)
    second = bundle.detail.snapshots[1].sha256
    write_png_header(bundle.media[second], 20000, 20000)
    view = show_case(qtbot, bundle)
    view.show_snapshot(1)
    slot = view.snapshot_slots()[1]
    assert "too large" in slot.error
    assert "20000×20000" in view.caption.text()
    img = QImage(view.viewer.size(), QImage.Format.Format_ARGB32)
    view.viewer.render(img)


def test_timeline_links_both_ways(qtbot: QtBot, tmp_path: Path) -> None:
    bundle = synth_case(tmp_path, index=4)  # 2,003 messages, several snapshots
    view = show_case(qtbot, bundle)
    tl = view.timeline
    shots = bundle.detail.snapshots
    # a snapshot mark selects that snapshot
    x = tl.x_for(int(shots[2].offset_seconds * 1000))
    with qtbot.waitSignal(view.snapshotChanged) as blocker:
        qtbot.mouseClick(tl, Qt.MouseButton.LeftButton, pos=QPointF(x, tl.height() / 2).toPoint())
    assert blocker.args == [2]
    # a click away from any mark moves the chat to that moment and selects the message
    marks = [tl.x_for(int(s.offset_seconds * 1000)) for s in shots]
    free_x = next(
        px for px in range(tl.width() - 10, 10, -1) if all(abs(px - m) > tl.height() for m in marks)
    )
    moment = tl.offset_at(free_x)
    qtbot.mouseClick(tl, Qt.MouseButton.LeftButton, pos=QPointF(free_x, 5).toPoint())
    row = view.chat.table.currentIndex().row()
    assert row == bundle.chat.nearest_index(moment)
    # selecting that message put the cursor on the timeline and chose the nearest snapshot
    assert tl.cursor_ms() == bundle.chat.offset_ms[row]
    nearest = min(
        range(len(shots)),
        key=lambda i: abs(shots[i].offset_seconds * 1000 - bundle.chat.offset_ms[row]),
    )
    assert view.current_snapshot() == nearest
    # the density covers every message and the flagged marks every flagged one
    bins = tl.density()
    assert sum(bins) == len(bundle.chat)
    # a column is marked exactly when a flagged message falls into it
    n = len(bins)
    flagged_cols = {
        min(n - 1, bundle.chat.offset_ms[i] * n // tl.duration_ms())
        for i in bundle.chat.flagged_rows()
    }
    marked = {b for b, f in enumerate(tl.flagged_columns()) if f}
    assert marked
    assert len(marked ^ flagged_cols) <= 2  # integer edges may shift a message by a column
    assert "snapshots" in tl.accessibleDescription()


def _wheel(widget: QWidget, steps: int, at: QPointF) -> None:
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QWheelEvent

    event = QWheelEvent(
        at,
        widget.mapToGlobal(at),
        QPoint(0, 0),
        QPoint(0, 120 * steps),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def test_wheel_zooms_at_full_resolution_and_keeps_the_veil(qtbot: QtBot, tmp_path: Path) -> None:
    from tests.ui.case.test_decoder import write_jpeg

    bundle = synth_case(tmp_path, want="sensitive")
    # make the sensitive snapshot a large one, as a real 1080p capture would be
    k = next(j for j, s in enumerate(bundle.detail.snapshots) if is_sensitive(s))
    big = bundle.detail.snapshots[k].model_copy(update={"width": 1920, "height": 1080})
    write_jpeg(bundle.media[big.sha256], (1920, 1080))
    shots = list(bundle.detail.snapshots)
    shots[k] = big
    bundle = CaseBundle(
        bundle.detail.model_copy(update={"snapshots": shots}),
        bundle.chat,
        bundle.media,
        [],
    )
    view = show_case(qtbot, bundle)
    i = sensitive_index(view)
    assert i == k
    view.show_snapshot(i)
    viewer = view.viewer
    slot = view.snapshot_slots()[i]
    centre = QPointF(viewer.rect().center())
    _wheel(viewer, 2, centre)
    assert viewer.zoom() > 1.5
    qtbot.waitUntil(lambda: slot.view_hi is not None and slot.clear_hi is not None, timeout=20_000)
    assert slot.view_hi is not None
    assert slot.view_hi.width() > slot.view.width()  # type: ignore[union-attr]
    assert not viewer.showing_clear()  # zoomed in, still veiled
    assert viewer.shown_pixmap() is slot.view_hi
    viewer.set_revealed(True)
    assert viewer.shown_pixmap() is slot.clear_hi
    viewer.set_revealed(False)
    _wheel(viewer, 20, centre)
    assert viewer.zoom() == 4.0  # capped
    QApplication.sendEvent(
        viewer,
        QMouseEvent(
            QEvent.Type.MouseButtonDblClick,
            centre,
            viewer.mapToGlobal(centre),
            Qt.MouseButton.LeftButton,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        ),
    )
    assert viewer.zoom() == 1.0
    # another snapshot starts unzoomed
    _wheel(viewer, 1, centre)
    view.step_snapshot(1 if i == 0 else -1)
    assert viewer.zoom() == 1.0
    img = QImage(viewer.size(), QImage.Format.Format_ARGB32)
    viewer.render(img)


def test_the_strip_redraws_only_the_cells_that_changed_and_shows_what_landed(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from PySide6.QtGui import QColor, QPixmap

    from ui.case.snapshots import SnapshotStrip

    bundle = synth_case(tmp_path)
    strip = SnapshotStrip()
    qtbot.addWidget(strip)
    strip.resize(600, strip.sizeHint().height())
    slots = [SnapshotSlot.of(s) for s in bundle.detail.snapshots[:3]]
    strip.set_slots(slots, 0)
    strip.show()
    before = strip.grab().toImage()
    cells = strip.cells()
    # a thumbnail lands in the second cell: its pixels change, the others stay
    thumb = QPixmap(160, 90)
    thumb.fill(QColor(10, 200, 30))
    slots[1].thumb = thumb
    strip.update()
    after = strip.grab().toImage()
    centre = cells[1].center()
    assert after.pixelColor(centre).red() < 100 < before.pixelColor(centre).red()
    for i in (0, 2):
        c = cells[i].center()
        assert after.pixelColor(c) == before.pixelColor(c)
    # the thumbnail goes (a re-plan drops it): the cell shows its placeholder again
    slots[1].thumb = None
    strip.update()
    assert strip.grab().toImage().pixelColor(centre) == before.pixelColor(centre)


def test_the_viewer_repaints_only_when_what_it_shows_changed(qtbot: QtBot, tmp_path: Path) -> None:
    from PySide6.QtGui import QColor, QPixmap

    from ui.case.snapshots import SnapshotViewer

    bundle = synth_case(tmp_path)
    viewer = SnapshotViewer()
    qtbot.addWidget(viewer)
    viewer.resize(640, 400)
    viewer.show()
    slot = SnapshotSlot.of(bundle.detail.snapshots[0], "color")
    viewer.set_slot(slot)
    first = QPixmap(320, 180)
    first.fill(QColor(200, 10, 10))
    slot.view = first
    viewer.set_slot(slot)  # the image landed: shown
    centre = viewer.rect().center()
    assert viewer.grab().toImage().pixelColor(centre).red() > 150
    paints: list[int] = []

    class Count(QWidget):
        def eventFilter(self, _obj: object, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                paints.append(1)
            return False

    counter = Count()
    viewer.installEventFilter(counter)
    QApplication.processEvents()
    paints.clear()
    viewer.set_slot(slot)  # another snapshot's decode landed: nothing here changed
    QApplication.processEvents()
    assert paints == []
    second = QPixmap(320, 180)
    second.fill(QColor(10, 10, 200))
    slot.view = second
    viewer.set_slot(slot)
    assert viewer.grab().toImage().pixelColor(centre).blue() > 150
