"""Benchmark rows: open a case with a 100,000-message chat, and filter or search over it,
measured in the real case screen (Qt offscreen, the app's light theme style sheet applied).

*Open* starts where the real client stands after prefetch: the chat pages are files in the
local content cache (``ContentCache.put_chat_page``, the service's bytes) and the case's
snapshots are decoded ahead (``CaseView.prefetch``). The clock runs from reading and parsing
those page files (``ChatLog.from_pages``, as the controller does) through the real
``CaseView.set_case`` to ``caseShown`` and the chat table's viewport painted (a paint event
on it is required, and the event loop runs once for whatever else the swap left dirty).
Another case is on screen before each run, as in a review session.

*Filter or search* runs through ChatView's public API (``set_filter`` for the search text
and the user, a click-equivalent ``setChecked`` on the flagged-only box) to the table drawn.

The naive baselines, in the same run: the list-of-dicts JSON shown through a Python list
model in a ``QListView`` with uniform item sizes, and a ``QSortFilterProxyModel`` search
over that model.

    .venv/bin/python -m bench.chat_open      # these rows alone
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path
from typing import Any

from bench.table import Row, median, ms, verdict

N = 100_000
RUNS = 5
OPEN_BUDGET_S = 0.150
FILTER_BUDGET_S = 0.050
SIZE = (1600, 1000)
SEARCH = "scam"


def _app() -> Any:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from ui.common import theme

    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    theme.apply_theme(app, "light")  # what the real app does before its first window
    return app


class _Paints:
    """Counts paint events of one widget (the chat table's viewport)."""

    def __init__(self, widget: Any) -> None:
        from PySide6.QtCore import QEvent, QObject

        outer = self

        class Filter(QObject):
            def eventFilter(self, _obj: Any, event: Any) -> bool:
                if event.type() == QEvent.Type.Paint:
                    outer.count += 1
                return False

        self.count = 0
        self._filter = Filter()
        widget.installEventFilter(self._filter)


def _until(app: Any, check: Any, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise RuntimeError("the case screen did not get there in time")
        app.processEvents()


def _drawn(app: Any, paints: _Paints, before: int) -> None:
    """Run the event loop once (posted layouts, dirty regions), then until the table has
    painted since ``before`` (a delayed layout can put its paint one round later)."""
    app.processEvents()
    _until(app, lambda: paints.count > before)


def _naive_open(app: Any, dicts: bytes) -> float:
    """List of dicts -> Python list model -> QListView (uniform item sizes) -> drawn."""
    from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
    from PySide6.QtWidgets import QListView

    class Model(QAbstractListModel):
        def __init__(self, rows: list[dict[str, Any]]) -> None:
            super().__init__()
            self.rows = rows

        def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
            return 0 if parent.isValid() else len(self.rows)

        def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> str | None:
            if role == Qt.ItemDataRole.DisplayRole:
                r = self.rows[index.row()]
                return f"{r['username']}: {r['text']}"
            return None

    view = QListView()
    view.setUniformItemSizes(True)
    view.resize(SIZE[0] * 3 // 7, SIZE[1])
    view.show()
    app.processEvents()
    try:
        t0 = time.perf_counter()
        model = Model(json.loads(dicts))
        view.setModel(model)
        view.repaint()
        app.processEvents()
        return time.perf_counter() - t0
    finally:
        view.close()
        view.deleteLater()
        app.processEvents()


def _naive_search(app: Any, dicts: bytes) -> float:
    """A QSortFilterProxyModel over the Python list model: data() per row from C++."""
    from PySide6.QtCore import (
        QAbstractListModel,
        QModelIndex,
        QPersistentModelIndex,
        QSortFilterProxyModel,
        Qt,
    )
    from PySide6.QtWidgets import QListView

    rows = json.loads(dicts)

    class Model(QAbstractListModel):
        def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
            return 0 if parent.isValid() else len(rows)

        def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> str | None:
            if role == Qt.ItemDataRole.DisplayRole:
                return str(rows[index.row()]["text"])
            return None

    model = Model()
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    view = QListView()
    view.setUniformItemSizes(True)
    view.setModel(proxy)
    view.resize(SIZE[0] * 3 // 7, SIZE[1])
    view.show()
    app.processEvents()
    try:
        t0 = time.perf_counter()
        proxy.setFilterFixedString(SEARCH)
        view.repaint()
        app.processEvents()
        return time.perf_counter() - t0
    finally:
        view.close()
        view.deleteLater()
        app.processEvents()


def measure(workdir: Path, runs: int = RUNS) -> dict[str, Any]:
    """Seconds per run for each step (see the module docstring)."""
    app = _app()
    from bench.core import chat_pages
    from devkit.cases import synth_case
    from reviewer.chat import ChatLog
    from reviewer.store.cache import ContentCache
    from ui.case.screen import CaseView

    bundle = synth_case(workdir / "synth", want="sensitive")
    other = synth_case(workdir / "synth", index=1)
    cache = ContentCache(workdir / "content")
    for b in (bundle, other):
        for sha, path in b.media.items():
            cache.put_media(sha, path.read_bytes())
    detail = bundle.detail.model_copy(update={"chat_count": N})
    pages, dicts = chat_pages(N)
    for k, raw in enumerate(pages):
        cache.put_chat_page(detail.case_id, k, raw)
    files = cache.chat_pages(detail.case_id)
    terms = bundle.flagged_terms

    view = CaseView()
    view.resize(*SIZE)
    view.show()
    paints = _Paints(view.chat.table.viewport())
    shown: list[str] = []
    view.caseShown.connect(shown.append)
    out: dict[str, Any] = {"open": [], "parse": [], "show": [], "search": [], "user": []}
    out["flagged"] = []
    out["clear"] = []
    try:
        for _ in range(runs):
            # another case on screen, this one's snapshots decoded ahead (as after prefetch)
            view.set_case(other.detail, other.chat, cache.media_path, terms)
            _until(app, lambda: shown and shown[-1] == other.detail.case_id)
            view.prefetch(detail, cache.media_path)
            _until(app, lambda: view.decoder.pending() == 0)
            app.processEvents()
            before = paints.count
            t0 = time.perf_counter()
            log = ChatLog.from_pages(files, detail.case_id)
            t1 = time.perf_counter()
            view.set_case(detail, log, cache.media_path, terms)
            _until(app, lambda: shown[-1] == detail.case_id)
            _drawn(app, paints, before)
            t2 = time.perf_counter()
            assert view.chat.model.rowCount() == N, "the table does not hold the whole log"
            out["open"].append(t2 - t0)
            out["parse"].append(t1 - t0)
            out["show"].append(t2 - t1)

        chat = view.chat
        shown_log = chat.chat_log()
        assert shown_log is not None
        user = shown_log.usernames[len(shown_log) // 2]

        def timed(key: str, act: Any, expect_rows: bool = True) -> None:
            app.processEvents()
            before = paints.count
            t0 = time.perf_counter()
            act()
            _drawn(app, paints, before)
            out[key].append(time.perf_counter() - t0)
            rows = chat.model.rowCount()
            assert (0 < rows < N) if expect_rows else rows == N, (key, rows)

        for _ in range(runs):
            timed("search", lambda: chat.set_filter(text=SEARCH))
            timed("clear", lambda: chat.set_filter(text=""), expect_rows=False)
            timed("user", lambda: chat.set_filter(user=user))
            timed("clear", lambda: chat.set_filter(user=""), expect_rows=False)
            timed("flagged", lambda: chat.flagged_only.setChecked(True))
            timed("clear", lambda: chat.flagged_only.setChecked(False), expect_rows=False)
    finally:
        view.close()
        view.deleteLater()
        app.processEvents()
        cache.close()
    out["naive_open"] = min(_naive_open(app, dicts) for _ in range(2))
    out["naive_search"] = _naive_search(app, dicts)
    return out


def chat_open_rows(workdir: Path) -> list[Row]:
    m = measure(workdir / "chat-open")
    open_s = median(m["open"])
    worst_filter = max(median(m[k]) for k in ("search", "user", "flagged", "clear"))
    return [
        Row(
            f"open a case with {N:,} chat messages, drawn (n={len(m['open'])})",
            f"median {ms(open_s)} (parse {ms(median(m['parse']))} + show "
            f"{ms(median(m['show']))}), worst {ms(max(m['open']))}",
            "< 150 ms",
            f"{ms(m['naive_open'])} (dicts, QListView uniform)",
            verdict(open_s < OPEN_BUDGET_S),
        ),
        Row(
            f"chat search / user / flagged / clear on {N:,}, drawn (n={len(m['search'])})",
            " / ".join(ms(median(m[k])) for k in ("search", "user", "flagged", "clear")),
            "< 50 ms",
            f"{ms(m['naive_search'])} (QSortFilterProxyModel search)",
            verdict(worst_filter < FILTER_BUDGET_S),
        ),
    ]


if __name__ == "__main__":  # python -m bench.chat_open: only these rows
    import shutil

    from bench.harness import scratch
    from bench.table import render

    scratch_dir = scratch()
    try:
        print(render(chat_open_rows(scratch_dir)))
    finally:
        shutil.rmtree(scratch_dir, ignore_errors=True)
