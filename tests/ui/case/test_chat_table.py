"""The chat table's own paint: rows drawn from the log's columns, shaped once, plain text."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from tests.ui.case.test_chat_model import HOSTILE, make_log
from ui.case.chat_model import COL_TEXT, COL_USER
from ui.case.chat_pane import ChatView


def shown_view(qtbot: QtBot) -> ChatView:
    view = ChatView()
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.show()
    qtbot.waitExposed(view)
    return view


def row_colour(image: QImage, view: ChatView, row: int) -> QColor:
    """The background at the right end of ``row`` (past any text)."""
    rect = view.table.visualRect(view.model.index(row, COL_TEXT))
    return image.pixelColor(rect.right() - 3, rect.center().y())


def test_rows_show_selection_flagged_tint_and_text(qtbot: QtBot) -> None:
    log = make_log(3000)
    view = shown_view(qtbot)
    view.set_chat_log(log)
    flagged = next(i for i in range(40) if log.flagged[i])
    plain = next(i for i in range(40) if not log.flagged[i] and i % 2 == 0 and i != flagged)
    view.table.selectionModel().setCurrentIndex(
        view.model.index(plain + 2, COL_TEXT),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    image = view.table.viewport().grab().toImage()
    base = view.table.palette().color(view.table.palette().ColorRole.Base)
    assert row_colour(image, view, plain) == base
    assert row_colour(image, view, flagged) != base  # the amber tint of a flagged message
    assert row_colour(image, view, plain + 2) not in (base, row_colour(image, view, flagged))
    # some text was drawn in the message column of the first row
    rect = view.table.visualRect(view.model.index(0, COL_TEXT))
    x0 = view.table.columnViewportPosition(COL_TEXT)
    colours = {
        image.pixelColor(x, y).rgb()
        for x in range(x0, x0 + 120)
        for y in range(rect.top(), rect.bottom())
    }
    assert len(colours) > 3


def test_a_prepared_log_opens_on_rows_already_shaped(qtbot: QtBot) -> None:
    first, second = make_log(3000, seed=1), make_log(5000, seed=2)
    view = shown_view(qtbot)
    view.set_chat_log(first)
    view.table.viewport().grab()
    moment = int(second.offset_ms[2500])
    assert view.table.prepare(second, moment) > 20
    shaped = dict(view.table.shaped(second))
    view.set_chat_log(second)
    view.scroll_to_offset(moment, mark=True)
    view.table.settle()
    view.table.viewport().grab()
    after = view.table.shaped(second)
    assert after.keys() == shaped.keys()  # nothing was shaped during the paint
    assert all(after[k] is shaped[k] for k in shaped)


def test_untrusted_text_is_shaped_as_plain_text(qtbot: QtBot) -> None:
    log = make_log(130_000)
    view = shown_view(qtbot)
    view.set_chat_log(log)
    view.scroll_to_log_index(123_456, select=True)
    view.table.settle()
    view.table.viewport().grab()
    cache = view.table.shaped(log)
    _width, line, static = cache[(COL_TEXT, 123_456)]
    assert line.startswith(HOSTILE[:20])
    assert static.textFormat() == Qt.TextFormat.PlainText
    assert all(s.textFormat() == Qt.TextFormat.PlainText for _w, _l, s in cache.values())
    assert (COL_USER, 123_456) in cache


def test_rows_joining_below_repaint_the_scroll_bar_only_where_its_slider_moved(
    qtbot: QtBot,
) -> None:
    from PySide6.QtCore import QEvent, QObject, QRect
    from PySide6.QtGui import QPaintEvent
    from PySide6.QtWidgets import QApplication

    from reviewer.chat import ChatColumns
    from ui.case.chat_table import SliderScrollBar

    log = make_log(20_000)
    view = shown_view(qtbot)
    view.set_chat_log(log)
    view.scroll_to_log_index(10_000, select=False)
    bar = view.table.verticalScrollBar()
    assert isinstance(bar, SliderScrollBar)
    painted: list[QRect] = []

    class Paints(QObject):
        def eventFilter(self, _obj: QObject, event: QEvent) -> bool:
            if isinstance(event, QPaintEvent):
                painted.append(event.rect())
            return False

    counter = Paints()
    bar.installEventFilter(counter)

    def join_one() -> None:
        n = len(log)
        page = ChatColumns(
            case_id="case-1",
            total=n + 1,
            start=n,
            ids=[f"live{n}"],
            offset_ms=[int(log.offset_ms[-1]) + 10],
            user_ids=["u1"],
            usernames=["viewer1"],
            texts=["one more"],
            flagged=[False],
            next_cursor=None,
        )
        assert view.append_live(page) == 1
        for _ in range(2):
            QApplication.processEvents()

    join_one()  # the first join brings up the chip: the table, and its bar, get shorter
    bar.repaint()
    QApplication.processEvents()
    painted.clear()
    place, shown = bar.value(), bar.look()
    joined = 0
    # a message moves the slider by a small part of a pixel: many join before it moves one
    while bar.look() == shown:
        assert painted == [], f"the bar repainted after {joined} joins moved no pixel of it"
        join_one()
        joined += 1
        assert joined < 2000
    assert joined > 1  # the first ones changed nothing on screen
    moved = bar.look()
    QApplication.processEvents()
    assert painted, "the slider moved a pixel: it must be drawn again"
    slider_area = shown[0].united(moved[0])
    assert all(slider_area.contains(rect) for rect in painted)  # not the whole bar
    assert slider_area.height() < bar.height() // 4
    assert bar.value() == place
