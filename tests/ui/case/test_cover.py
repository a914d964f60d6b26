"""The first frame of a swap from a picture of the case built ahead (issue #17): the
picture is what the live widgets paint (veils included), a stale one is never shown, and
the cover stays out of the way: no focus, not in the accessibility tree, input reaches the
live widgets (the cover drops first)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt
from PySide6.QtGui import QAccessible, QImage
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from devkit.cases import CaseBundle, synth_case
from reviewer.contract import PriorityWhy
from tests.ui.case.test_screen import open_view, show
from ui.case.cover import Cover
from ui.case.screen import CaseView
from ui.case.snapshots import is_sensitive

WAIT_MS = 20_000


def built_ahead(
    qtbot: QtBot, tmp_path: Path, *, index: int = 1, why: PriorityWhy | None = None
) -> tuple[CaseView, CaseBundle]:
    """A view with one case on screen and the next built ahead, its picture made."""
    first = synth_case(tmp_path / "a", index=0)
    second = synth_case(tmp_path / "b", index=index)
    view = open_view(qtbot)
    show(qtbot, view, first)
    view.prefetch(second.detail, second.media_path)
    qtbot.waitUntil(lambda: view.decoder.pending() == 0, timeout=WAIT_MS)
    assert view.prepare(
        second.detail, second.chat, second.media_path, second.flagged_terms, why=why
    )
    qtbot.waitUntil(view.picture_ready, timeout=WAIT_MS)
    return view, second


def swap(view: CaseView, bundle: CaseBundle, why: PriorityWhy | None = None) -> None:
    view.set_case(bundle.detail, bundle.chat, bundle.media_path, bundle.flagged_terms, why=why)
    assert view.case_id() == bundle.detail.case_id


def region(image: QImage, rect: QRect) -> QImage:
    dpr = image.devicePixelRatio()
    return image.copy(
        QRect(
            round(rect.x() * dpr),
            round(rect.y() * dpr),
            round(rect.width() * dpr),
            round(rect.height() * dpr),
        )
    )


def test_the_first_frame_is_the_picture_and_the_live_widgets_draw_the_same(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """The key's frame shows the picture; the live widgets that replace it at the next
    turn of the event loop draw exactly the same pixels (nothing jumps)."""
    view, second = built_ahead(qtbot, tmp_path)
    swap(view, second)
    assert view.cover.covering()
    assert view.cover.isVisible()
    framed = view.grab().toImage()  # the cover on top: the picture
    qtbot.waitUntil(lambda: not view.cover.covering(), timeout=WAIT_MS)  # by itself
    assert not view.cover.isVisible()
    live = view.grab().toImage()
    assert framed == live


@pytest.mark.parametrize("name", ["light", "high_contrast"])
def test_a_themed_frame_with_the_chat_focused_is_the_live_one(
    qtbot: QtBot, tmp_path: Path, name: str
) -> None:
    """The app's own style sheet (high contrast rings a focused table), the chat focused
    across the key as a moderator's is: the picture and the live widgets agree."""
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QApplication

    from ui.common import theme

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = (app.styleSheet(), QPalette(app.palette()), app.property("reviewerTheme"))
    theme.apply_theme(app, name)
    try:
        view, second = built_ahead(qtbot, tmp_path)
        view.activateWindow()
        view.chat.table.setFocus()
        qtbot.waitUntil(view.chat.table.hasFocus)
        qtbot.waitUntil(view.picture_ready, timeout=WAIT_MS)
        swap(view, second)
        assert view.cover.covering()
        assert view.chat.table.hasFocus()  # the new case's chat, as before the picture
        framed = view.grab().toImage()
        assert view.uncover()
        assert framed == view.grab().toImage()
    finally:  # the look before, so that no later test runs themed by accident
        app.setStyleSheet(before[0])
        app.setPalette(before[1])
        app.setProperty("reviewerTheme", before[2])


def test_a_header_line_that_changed_since_the_picture_is_drawn_into_it(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """The report velocity moved between the picture and the key: the frame shows the new
    line (drawn into the picture from the live header), and the live widgets agree."""
    why = PriorityWhy(
        score=1, live=True, viewers=10, reports_5min=1, severity=1, deadline_near=False
    )
    view, second = built_ahead(qtbot, tmp_path, why=why)
    swap(view, second, why.model_copy(update={"reports_5min": 7}))
    assert "7 reports in 5 min" in view.header.why.text()
    assert view.cover.covering()
    framed = view.grab().toImage()
    assert view.uncover()
    assert framed == view.grab().toImage()


def test_a_blurred_snapshot_is_pictured_veiled(qtbot: QtBot, tmp_path: Path) -> None:
    """The picture comes from the body's own paint code: a blurred snapshot is in it as
    the viewer paints it veiled, never its clear pixels; no exposure is counted for it."""
    index = next(
        i
        for i in range(1, 12)
        if is_sensitive(synth_case(tmp_path / f"probe{i}", index=i).detail.snapshots[0])
    )
    view, sensitive = built_ahead(qtbot, tmp_path, index=index)
    exposures: list[tuple[str, ...]] = []
    view.exposureChanged.connect(exposures.append)
    swap(view, sensitive)
    assert view.cover.covering()
    viewer_at = QRect(view.viewer.mapTo(view, QPoint(0, 0)), view.viewer.size())
    framed = region(view.grab().toImage(), viewer_at)
    assert view.uncover()
    veiled = view.viewer.grab().toImage()
    assert framed == veiled
    assert exposures == []  # blurred and not held: nothing seen
    view.set_revealed(True)
    clear = view.viewer.grab().toImage()
    assert view.viewer.showing_clear()
    assert framed != clear
    view.set_revealed(False)


def test_a_stale_picture_is_not_shown_and_is_made_again(qtbot: QtBot, tmp_path: Path) -> None:
    """Anything the picture shows that changes before the key (here the reveal hint in the
    viewer, then the view's size) drops it: the key paints the live widgets, and a new
    picture follows."""
    view, second = built_ahead(qtbot, tmp_path)
    view.set_reveal_key_text("B")
    assert not view.picture_ready()  # dropped at once
    qtbot.waitUntil(view.picture_ready, timeout=WAIT_MS)  # and made again
    view.resize(view.width() - 40, view.height())
    assert not view.picture_ready()
    swap(view, second)  # before the new one: the live widgets, as before the picture
    assert not view.cover.covering()
    assert not view.cover.isVisible()
    assert view.viewer.reveal_hint().startswith("Hold B")


def test_the_cover_takes_no_focus_is_not_in_the_accessibility_tree_and_drops_on_input(
    qtbot: QtBot, tmp_path: Path
) -> None:
    view, second = built_ahead(qtbot, tmp_path)
    view.chat.table.setFocus()
    swap(view, second)
    cover = view.cover
    assert cover.covering()
    assert cover.focusPolicy() == Qt.FocusPolicy.NoFocus
    assert not cover.hasFocus()
    assert cover.testAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
    face = QAccessible.queryAccessibleInterface(view)
    assert face is not None
    children = [face.child(i) for i in range(face.childCount())]
    assert all(c is None or c.object() is not cover for c in children)
    handle = view.window().windowHandle()
    assert handle is not None
    seen = Seen(cover)
    view.chat.table.installEventFilter(seen)
    # as a key comes from the window system: to the window, then its focus widget
    QTest.keyClick(handle, Qt.Key.Key_F13)  # a key nothing takes
    assert seen.covered_at_key == [False]  # the key found the live widgets
    assert not cover.isVisible()


class Seen(QObject):
    """Notes whether the cover was up when a key press reached the widget watched."""

    def __init__(self, cover: Cover) -> None:
        super().__init__()
        self.cover = cover
        self.covered_at_key: list[bool] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            self.covered_at_key.append(self.cover.covering())
        return False


def test_a_click_through_the_cover_reaches_the_live_strip(qtbot: QtBot, tmp_path: Path) -> None:
    view, second = built_ahead(qtbot, tmp_path)
    swap(view, second)
    assert view.cover.covering()
    cells = view.strip.cells()
    assert len(cells) > 1
    at = view.strip.mapTo(view.window(), cells[1].center())
    handle = view.window().windowHandle()
    assert handle is not None
    QTest.mouseClick(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at)
    assert not view.cover.covering()
    assert view.current_snapshot() == 1
