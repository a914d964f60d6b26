"""The chat model and view over a real ChatLog of 200,000 messages (correctness, offscreen)."""

from __future__ import annotations

import random

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHeaderView, QTableView
from pytestqt.qtbot import QtBot

from reviewer.chat import ChatColumns, ChatLog
from reviewer.formatting import format_offset
from ui.case.chat_model import (
    COL_TEXT,
    COL_TIME,
    COL_USER,
    ChatTableModel,
)
from ui.case.chat_pane import ChatView
from ui.common import theme

HOSTILE = '<img src="file:///etc/hostname"><b>x</b>'
N = 200_000
PAGE = 5000


def make_log(n: int = N, seed: int = 3) -> ChatLog:
    """A real ChatLog filled page by page, as the sync engine fills it."""
    rng = random.Random(seed)
    users = [(f"u{i}", f"viewer{i}") for i in range(500)] + [("u-x", "Xenon")]
    words = ["hello", "gg", "lol", "nice play", "scam link here", "what game", "pog"]
    log = ChatLog("case-1")
    offset = 0
    for start in range(0, n, PAGE):
        size = min(PAGE, n - start)
        offs, uids, names, texts, flags = [], [], [], [], []
        for i in range(start, start + size):
            offset += rng.randint(0, 40)
            uid, name = users[i % len(users)]
            text = HOSTILE if i == 123_456 else f"{rng.choice(words)} #{i}"
            offs.append(offset)
            uids.append(uid)
            names.append(name)
            texts.append(text)
            flags.append("scam" in text)
        log.append_page(
            ChatColumns(
                case_id="case-1",
                total=n,
                start=start,
                ids=[f"m{i}" for i in range(start, start + size)],
                offset_ms=offs,
                user_ids=uids,
                usernames=names,
                texts=texts,
                flagged=flags,
                next_cursor=None,
            )
        )
    return log


@pytest.fixture(scope="module")
def big_log() -> ChatLog:
    return make_log()


def test_format_offset() -> None:
    assert format_offset(0) == "0:00:00"
    assert format_offset(61_999) == "0:01:01"
    assert format_offset(3_600_000 * 5 + 7_000) == "5:00:07"
    assert format_offset(-5) == "0:00:00"


def test_model_serves_200k_rows(big_log: ChatLog) -> None:
    model = ChatTableModel()
    model.set_chat_log(big_log)
    assert model.rowCount() == N
    assert model.columnCount() == 4
    assert model.rowCount(model.index(0, 0)) == 0
    last = model.index(N - 1, COL_TEXT)
    assert model.data(last) == big_log.texts[N - 1]
    assert model.data(model.index(N - 1, COL_USER)) == big_log.usernames[N - 1]
    assert model.data(model.index(N - 1, COL_TIME)) == format_offset(big_log.offset_ms[N - 1])
    # the time string is built once and then reused
    assert model.data(model.index(N - 1, COL_TIME)) is model.data(model.index(N - 1, COL_TIME))
    assert model.headerData(2, Qt.Orientation.Horizontal) == "Message"


def test_hostile_message_is_returned_raw_and_tooltip_escaped(big_log: ChatLog) -> None:
    model = ChatTableModel()
    model.set_chat_log(big_log)
    idx = model.index(123_456, COL_TEXT)
    assert model.data(idx, Qt.ItemDataRole.DisplayRole) == HOSTILE
    tip = model.data(idx, Qt.ItemDataRole.ToolTipRole)
    assert "<img" not in tip
    assert "&lt;img" in tip


def test_flagged_rows_are_marked(big_log: ChatLog) -> None:
    model = ChatTableModel()
    model.set_chat_log(big_log)
    flagged = big_log.flagged_rows()
    plain = next(i for i in range(N) if not big_log.flagged[i])
    assert len(flagged) > 0
    bg = Qt.ItemDataRole.BackgroundRole
    assert model.data(model.index(flagged[0], COL_USER), bg).color() == theme.drawn("flagged row")
    assert model.data(model.index(plain, COL_USER), bg) is None
    bold = model.data(model.index(flagged[0], COL_TEXT), Qt.ItemDataRole.FontRole)
    assert bold.weight() > QFont().weight()
    assert model.data(model.index(plain, COL_TEXT), Qt.ItemDataRole.FontRole) is None
    assert model.data(model.index(flagged[0], COL_USER), Qt.ItemDataRole.FontRole) is None
    assert model.data(model.index(0, 0), Qt.ItemDataRole.DecorationRole) is None


def test_row_indices_follow_the_log_filter(big_log: ChatLog) -> None:
    model = ChatTableModel()
    model.set_chat_log(big_log)
    rows = big_log.filter(text="scam")
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    model.set_row_indices(rows)
    assert resets == [1]
    assert model.rowCount() == len(rows) > 0
    for r in (0, len(rows) // 2, len(rows) - 1):
        assert model.data(model.index(r, COL_TEXT)) == big_log.texts[rows[r]]
        assert "scam" in model.data(model.index(r, COL_TEXT))
    assert model.row_for_log_index(rows[5]) == 5
    assert model.row_for_log_index(rows[5] + 1) == 6
    model.set_row_indices(None)
    assert model.rowCount() == N


def test_view_uses_fixed_rows_and_shows_200k(qtbot: QtBot, big_log: ChatLog) -> None:
    view = ChatView()
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.show()
    view.set_chat_log(big_log)
    table = view.table
    assert isinstance(table, QTableView)
    assert table.verticalHeader().sectionResizeMode(0) == QHeaderView.ResizeMode.Fixed
    assert table.model().rowCount() == N
    assert "200,000" in view.count_label.text()
    table.scrollToBottom()
    qtbot.waitUntil(lambda: table.rowAt(table.viewport().height() - 2) >= N - 50)


def test_view_filters_by_text_user_and_flag(qtbot: QtBot, big_log: ChatLog) -> None:
    view = ChatView()
    qtbot.addWidget(view)
    view.set_chat_log(big_log)
    with qtbot.waitSignal(view.filterApplied) as blocker:
        view.search.setText("SCAM")  # debounced, case-insensitive
    expected = big_log.filter(text="scam")
    assert blocker.args == [len(expected)]
    assert list(view.model.row_indices() or []) == list(expected)

    view.set_filter(text="", user="xenon", flagged_only=False)
    assert list(view.model.row_indices() or []) == list(big_log.filter(user="u-x"))
    assert "of 200,000" in view.count_label.text()

    view.set_filter(user="", flagged_only=True)
    assert list(view.model.row_indices() or []) == list(big_log.flagged_rows())

    view.set_filter(flagged_only=False)
    assert view.model.row_indices() is None
    assert view.model.rowCount() == N


def test_partial_user_name_merges_users_in_log_order(qtbot: QtBot) -> None:
    log = make_log(3000)
    view = ChatView()
    qtbot.addWidget(view)
    view.set_chat_log(log)
    view.set_filter(user="IEWER49")  # partial: viewer49 and viewer490..viewer499
    rows = list(view.model.row_indices() or [])
    assert rows == sorted(rows)
    names = {log.usernames[i] for i in rows}
    assert names == {"viewer49", *(f"viewer49{d}" for d in range(10))}


def test_user_history_from_the_current_message(qtbot: QtBot) -> None:
    log = make_log(3000)
    view = ChatView()
    qtbot.addWidget(view)
    view.set_chat_log(log)
    view.table.setCurrentIndex(view.model.index(10, COL_USER))
    view.show_user_history()
    rows = list(view.model.row_indices() or [])
    assert rows == list(log.filter(user=log.user_ids[10]))
    assert view.user_filter.text() == log.usernames[10]


def test_selecting_a_message_reports_its_offset(qtbot: QtBot) -> None:
    log = make_log(3000)
    view = ChatView()
    qtbot.addWidget(view)
    view.set_chat_log(log)
    with qtbot.waitSignal(view.messageSelected) as blocker:
        view.table.setCurrentIndex(view.model.index(42, COL_TEXT))
    assert blocker.args == [log.offset_ms[42]]


def test_new_log_clears_filters(qtbot: QtBot) -> None:
    log = make_log(3000)
    view = ChatView()
    qtbot.addWidget(view)
    view.set_chat_log(log)
    view.set_filter(text="gg", flagged_only=True)
    view.set_chat_log(make_log(1000, seed=9))
    assert view.search.text() == ""
    assert not view.flagged_only.isChecked()
    assert view.model.rowCount() == 1000
    view.set_chat_log(None)
    assert view.model.rowCount() == 0
    assert view.model.data(QModelIndex()) is None


def test_exact_user_name_wins_over_partial_matches(qtbot: QtBot) -> None:
    log = make_log(3000)
    view = ChatView()
    qtbot.addWidget(view)
    view.set_chat_log(log)
    view.set_filter(user="Viewer49")
    assert {log.usernames[i] for i in view.model.row_indices() or []} == {"viewer49"}
    view.set_filter(user="nobody-like-this")
    assert view.model.rowCount() == 0


def test_flagged_terms_and_search_are_marked(qtbot: QtBot) -> None:
    log = make_log(3000)
    view = ChatView()
    qtbot.addWidget(view)
    view.resize(900, 500)
    view.show()
    qtbot.waitExposed(view)
    view.set_chat_log(log)
    view.set_flagged_terms(["SCAM"])
    spans = view.highlighter.spans("a scam and a Scam")
    assert spans == [(2, 6, False), (13, 17, False)]
    view.set_filter(text="nice")
    assert view.highlighter.spans("nice scam") == [(0, 4, True), (5, 9, False)]
    view.set_filter(text="scam link")  # every row shown now has a marked search match
    assert view.model.rowCount() > 0
    image = view.table.viewport().grab().toImage()
    yellow = 0
    for x in range(0, image.width(), 2):
        for y in range(0, min(image.height(), 60)):
            c = image.pixelColor(x, y)
            if c.red() > 200 and 190 < c.green() < 245 and c.blue() < 150:
                yellow += 1
    assert yellow > 20  # the search background was painted
    view.set_chat_log(log)
    assert view.highlighter.spans("nice") == []  # the search belongs to the old case


def test_return_shows_user_history_and_escape_clears(qtbot: QtBot) -> None:
    log = make_log(3000)
    view = ChatView()
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    view.set_chat_log(log)
    view.table.setFocus()
    qtbot.waitUntil(view.table.hasFocus)
    view.table.setCurrentIndex(view.model.index(7, COL_TEXT))
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert list(view.model.row_indices() or []) == list(log.filter(user=log.user_ids[7]))
    qtbot.keyClick(view.table, Qt.Key.Key_Escape)
    assert view.model.row_indices() is None
    assert view.user_filter.text() == ""


def test_pages_appended_after_showing_appear(qtbot: QtBot) -> None:
    full = make_log(12_000)
    log = ChatLog("case-1")
    first = ChatColumns(
        case_id="case-1",
        total=12_000,
        start=0,
        ids=full.ids[:5000],
        offset_ms=list(full.offset_ms[:5000]),
        user_ids=full.user_ids[:5000],
        usernames=full.usernames[:5000],
        texts=full.texts[:5000],
        flagged=[bool(f) for f in full.flagged[:5000]],
        next_cursor="c",
    )
    rest = ChatColumns(
        case_id="case-1",
        total=12_000,
        start=5000,
        ids=full.ids[5000:],
        offset_ms=list(full.offset_ms[5000:]),
        user_ids=full.user_ids[5000:],
        usernames=full.usernames[5000:],
        texts=full.texts[5000:],
        flagged=[bool(f) for f in full.flagged[5000:]],
        next_cursor=None,
    )
    log.append_page(first)
    view = ChatView()
    qtbot.addWidget(view)
    view.set_chat_log(log)
    assert view.model.rowCount() == 5000
    log.append_page(rest)
    with qtbot.waitSignal(view.model.rowsInserted):
        view.log_grew()
    assert view.model.rowCount() == 12_000
    assert view.model.data(view.model.index(11_999, COL_TIME)) == format_offset(
        full.offset_ms[11_999]
    )
    view.set_filter(flagged_only=True)
    assert list(view.model.row_indices() or []) == list(full.flagged_rows())
