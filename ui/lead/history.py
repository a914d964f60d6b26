"""Decision history for team leads: filters, pages loaded while scrolling, lookup, CSV export.

The table is a ``QTableView`` over :class:`HistoryModel` with a fixed row height, so that
thousands of rows cost nothing to lay out (docs/field-notes.md). The model pulls one page of
``GET /v1/audit/decisions`` at a time through Qt's ``canFetchMore``/``fetchMore``: the
view asks for more as the user scrolls near the end, the request runs on the shared pool,
and the display strings are built there too, so the GUI thread only inserts rows.
A filter change starts a new generation; a page of an older generation is dropped.

Double-clicking a row opens the case's whole decision chain (:mod:`ui.lead.case_history`).
Export writes every row of the current filter to CSV with :mod:`reviewer.export` on a pool
thread (its own ApiClient, so the table stays responsive meanwhile).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QWidget,
)

from reviewer import contract
from reviewer.client.lead import LeadApi
from reviewer.contract import CHAT_ACTION_TARGETS
from reviewer.formatting import one_line
from ui.case.chat_actions import action_label
from ui.common import a11y, formats, pages, theme
from ui.common.errors import describe_error
from ui.common.i18n import arg, mark_untranslated, translate
from ui.common.tables import combo, combo_value, list_view
from ui.common.tasks import Runner
from ui.common.text import plain_label, plain_tooltip, set_plain
from ui.lead.case_history import verdict_text

#: rows per request: one screenful several times over, small enough to arrive quickly
PAGE_SIZE = 100

COLUMNS: list[str] = [
    "decided",
    "moderator",
    "vendor",
    "queue",
    "case",
    "streamer",
    "action",
    "policy",
    "handle",
    "qa",
    "state",
    "note",
]
COL = {key: n for n, key in enumerate(COLUMNS)}


def column_titles() -> list[str]:
    """The header of each column in :data:`COLUMNS`, in the chosen language."""
    return [
        translate("HistoryModel", "Decided"),
        translate("HistoryModel", "Moderator"),
        translate("HistoryModel", "Vendor"),
        translate("HistoryModel", "Queue"),
        translate("HistoryModel", "Case"),
        translate("HistoryModel", "Streamer"),
        translate("HistoryModel", "Action"),
        translate("HistoryModel", "Policy area"),
        translate("HistoryModel", "Handle time"),
        translate("HistoryModel", "QA verdict"),
        translate("HistoryModel", "State"),
        translate("HistoryModel", "Note"),
    ]


#: columns whose cells may be cut: the tool tip shows them whole (as plain text)
_TIPPED = frozenset({COL["streamer"], COL["policy"], COL["qa"], COL["state"], COL["note"]})
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter

#: a note is cut in the cell; the whole note is in the tool tip and the chain view
NOTE_CHARS = 120


def _tristate() -> list[tuple[str, str]]:
    return [
        (translate("HistoryView", "Any", "a yes/no filter"), ""),
        (translate("HistoryView", "Yes", "a yes/no filter"), "yes"),
        (translate("HistoryView", "No", "a yes/no filter"), "no"),
    ]


def _dispute_word(status: str) -> str:
    words = {
        "open": translate("HistoryModel", "dispute open"),
        "accepted": translate("HistoryModel", "dispute accepted"),
        "rejected": translate("HistoryModel", "dispute rejected"),
    }
    return words.get(status, status)


def display_row(
    d: contract.AuditDecision, actions: dict[str, str], areas: dict[str, str]
) -> tuple[str, ...]:
    """The cells of one decision, built once (on the pool thread: translate and QLocale
    are thread-safe) and kept."""
    sep = translate("HistoryModel", ", ", "between list items")
    codes = sep.join(areas.get(c, c) for c in d.policy_codes) or formats.NONE
    state = []
    if d.superseded_by:
        state.append(translate("HistoryModel", "superseded"))
    if d.supersedes:
        state.append(
            translate("HistoryModel", "correction")
            if d.action != "retract"
            else translate("HistoryModel", "undo")
        )
    if d.late:
        state.append(translate("HistoryModel", "late"))
    if d.kind == "chat_action" and d.target is not None:
        template = translate(
            "HistoryModel", "chat action on %1", "a chat action's target: a message or chatter id"
        )
        state.append(arg(template, one_line(d.target.id)))
    if d.escalation_outcome is not None:
        out = d.escalation_outcome
        template = translate(
            "HistoryModel",
            "escalation → %1 by %2",
            "the decision on the escalated case, who took it",
        )
        state.append(arg(template, actions.get(out.action, out.action), out.decided_by))
    note = one_line(d.note)
    if len(note) > NOTE_CHARS:
        note = note[:NOTE_CHARS] + "…"
    qa = verdict_text(d.qa_verdict)
    if d.dispute_status != "none":
        qa = arg(
            translate("HistoryModel", "%1 · %2", "a QA verdict, then the dispute's state"),
            qa,
            _dispute_word(d.dispute_status),
        )
    return (
        formats.date_time(d.decided_at),
        one_line(d.moderator),
        one_line(d.vendor),
        one_line(d.queue),
        d.case_id,
        one_line(d.streamer_handle) or formats.NONE,
        action_label(d.action)
        if d.kind == "chat_action" and d.action in CHAT_ACTION_TARGETS
        else actions.get(d.action, d.action),
        codes,
        formats.seconds(d.handle_time_ms),
        qa,
        sep.join(state) or formats.NONE,
        note,
    )


class HistoryModel(QAbstractTableModel):
    """Rows of audit history, loaded page by page; see the module docstring.

    ``pageLoaded(int)`` fires with the number of rows a page added (0 for an empty
    result); ``loadFailed(str)`` with a readable message.
    """

    pageLoaded = Signal(int)
    loadFailed = Signal(str)

    def __init__(
        self,
        runner: Runner[LeadApi],
        taxonomy: contract.PolicyTaxonomy,
        *,
        page_size: int = PAGE_SIZE,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.page_size = page_size
        self._actions = {a.code: a.label for a in taxonomy.actions}
        self._areas = {a.code: a.label for a in taxonomy.areas}
        self._filter = contract.AuditFilter(limit=page_size)
        self._titles = column_titles()
        self._rows: list[contract.AuditDecision] = []
        self._cells: list[tuple[str, ...]] = []
        self._cursor: str | None = None
        self._more = False
        self._loading = False
        self._generation = 0
        self.pages_loaded = 0
        #: an overturned verdict stands out in the QA column (the theme's red, readable on it)
        self._alert = QBrush(theme.drawn("alert text"))

    # -- loading ------------------------------------------------------------------------------

    @property
    def loading(self) -> bool:
        return self._loading

    @property
    def has_more(self) -> bool:
        return self._more

    @property
    def filter(self) -> contract.AuditFilter:
        return self._filter

    def set_filter(self, flt: contract.AuditFilter) -> None:
        """Drop the rows and load the first page of another filter."""
        self._generation += 1
        self.beginResetModel()
        self._filter = flt.model_copy(update={"cursor": None, "limit": self.page_size})
        self._rows, self._cells = [], []
        self._cursor = None
        self._more = True
        self._loading = False
        self.pages_loaded = 0
        self.endResetModel()
        self._load()

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more and not self._loading

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._load()

    def _load(self) -> None:
        self._loading = True
        generation = self._generation
        flt = self._filter.model_copy(update={"cursor": self._cursor})
        actions, areas = self._actions, self._areas

        def job(api: Any) -> tuple[contract.AuditDecisionPage, list[tuple[str, ...]]]:
            page = api.decisions(flt)
            return page, [display_row(d, actions, areas) for d in page.items]

        self.runner.call(
            job,
            lambda result: self._arrived(generation, result),
            lambda message: self._failed(generation, message),
        )

    def _arrived(
        self,
        generation: int,
        result: tuple[contract.AuditDecisionPage, list[tuple[str, ...]]],
    ) -> None:
        if generation != self._generation:
            return  # a page of a filter the lead already left
        page, cells = result
        self._loading = False
        self._cursor = page.next_cursor
        self._more = page.next_cursor is not None
        self.pages_loaded += 1
        if page.items:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page.items) - 1)
            self._rows.extend(page.items)
            self._cells.extend(cells)
            self.endInsertRows()
        self.pageLoaded.emit(len(page.items))

    def _failed(self, generation: int, message: str) -> None:
        if generation != self._generation:
            return
        self._loading = False
        self._more = False  # no retry loop on scroll; the Apply button tries again
        self.loadFailed.emit(message)

    # -- the model ----------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        row = index.row()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cells[row][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if index.column() == COL["handle"] else _LEFT
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in _TIPPED:
            if index.column() == COL["note"]:
                note = self._rows[row].note
                return plain_tooltip(note) if note else None
            text = self._cells[row][index.column()]
            return plain_tooltip(text) if text != formats.NONE else None
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == COL["qa"]:
            return self._alert if self._rows[row].overturned else None
        if role == Qt.ItemDataRole.UserRole:
            return self._rows[row]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._titles[section]
        return None

    def record(self, row: int) -> contract.AuditDecision:
        return self._rows[row]

    def cells(self, row: int) -> tuple[str, ...]:
        return self._cells[row]


def _day_start(day: QDate) -> datetime:
    """Local midnight of a date, as an aware UTC datetime."""
    local = datetime(day.year(), day.month(), day.day()).astimezone()
    return local.astimezone(UTC)


class HistoryView(QWidget):
    """Filters, lookup and export above the history table.

    ``chainRequested(str)`` carries a case id (double-click); ``exported(str)`` the path
    of a finished CSV; ``exportFailed(str)`` a readable message.
    """

    chainRequested = Signal(str)
    exported = Signal(str)
    exportFailed = Signal(str)

    def __init__(
        self,
        runner: Runner[LeadApi],
        taxonomy: contract.PolicyTaxonomy,
        queues: Sequence[contract.QueueInfo],
        *,
        page_size: int = PAGE_SIZE,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("historyView")
        self.runner = runner
        self.taxonomy = taxonomy
        self.model = HistoryModel(runner, taxonomy, page_size=page_size, parent=self)
        self.model.pageLoaded.connect(self._page_loaded)
        self.model.loadFailed.connect(self._load_failed)
        self._exporting = False

        title = pages.title(self.tr("Decision history"), self)

        # -- filters
        self.moderator = combo(
            self, "historyModerator", self.tr("Moderator"), [(self.tr("Every moderator"), "")]
        )
        self.moderator.setEditable(True)
        self.vendor = combo(
            self, "historyVendor", self.tr("Vendor"), [(self.tr("Every vendor"), "")]
        )
        self.vendor.setEditable(True)
        self.queue = combo(
            self,
            "historyQueue",
            self.tr("Queue"),
            [(self.tr("Every queue"), "")] + [(q.name, q.id) for q in queues],
        )
        self.action = combo(
            self,
            "historyAction",
            self.tr("Action"),
            [(self.tr("Every action"), "")] + [(a.label, a.code) for a in taxonomy.actions],
        )
        self.area = combo(
            self,
            "historyPolicyArea",
            self.tr("Policy area"),
            [(self.tr("Every policy area"), "")] + [(a.label, a.code) for a in taxonomy.areas],
        )
        for picker in (self.queue, self.action, self.area):
            mark_untranslated(picker)  # the service's names (and our "Every …")
        self.use_dates = QCheckBox(self.tr("Decided between"), self)
        self.use_dates.setObjectName("historyUseDates")
        a11y.describe(
            self.use_dates,
            translate("Accessibility", "Limits the history to the days chosen beside it"),
        )
        self.use_dates.setAccessibleName(self.tr("Filter by decision date"))
        today = QDate.currentDate()
        self.date_from = QDateEdit(today.addDays(-6), self)
        self.date_to = QDateEdit(today, self)
        for edit, name in (
            (self.date_from, self.tr("History first day")),
            (self.date_to, self.tr("History last day")),
        ):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setAccessibleName(name)
            a11y.describe(
                edit,
                translate("Accessibility", "A day as year-month-day; Alt+Down opens a calendar"),
            )
            edit.setEnabled(False)
        self.date_from.setObjectName("historyFrom")
        self.date_to.setObjectName("historyTo")
        date_width = self.fontMetrics().horizontalAdvance("2026-12-31") + 44
        self.date_from.setMinimumWidth(date_width)
        self.date_to.setMinimumWidth(date_width)
        self.use_dates.toggled.connect(self.date_from.setEnabled)
        self.use_dates.toggled.connect(self.date_to.setEnabled)
        self.overturned = combo(self, "historyOverturned", self.tr("Overturned by QA"), _tristate())
        self.disputed = combo(self, "historyDisputed", self.tr("Disputed"), _tristate())
        self.escalated = combo(self, "historyEscalated", self.tr("Escalated"), _tristate())
        # case decisions, chat actions (on a message or a chatter of the stream), or both
        self.kind = combo(
            self,
            "historyKind",
            self.tr("Kind"),
            [
                (self.tr("Every kind"), ""),
                (self.tr("Case decisions"), "case"),
                (self.tr("Chat actions"), "chat_action"),
            ],
        )
        self.apply_button = QPushButton(self.tr("Apply filters"), self)
        self.apply_button.setObjectName("historyApply")
        a11y.describe(
            self.apply_button,
            translate("Accessibility", "Shows the decisions that match the filters"),
        )
        self.apply_button.setProperty("primary", True)
        self.apply_button.clicked.connect(self.apply_filters)
        self.clear_button = QPushButton(self.tr("Clear"), self)
        self.clear_button.setObjectName("historyClear")
        a11y.describe(self.clear_button, translate("Accessibility", "Removes every filter"))
        self.clear_button.clicked.connect(self.clear_filters)

        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(6)
        pairs: list[tuple[str, QWidget]] = [
            (self.tr("Moderator"), self.moderator),
            (self.tr("Vendor"), self.vendor),
            (self.tr("Queue"), self.queue),
            (self.tr("Action"), self.action),
            (self.tr("Policy area"), self.area),
            (self.tr("Overturned"), self.overturned),
            (self.tr("Disputed"), self.disputed),
            (self.tr("Escalated"), self.escalated),
            (self.tr("Kind"), self.kind),
        ]
        for n, (label, widget) in enumerate(pairs):
            lab = plain_label(label, self)
            lab.setProperty("role", "muted")
            lab.setBuddy(widget)
            grid.addWidget(lab, 0, n)
            grid.addWidget(widget, 1, n)
        dates = QHBoxLayout()
        dates.addWidget(self.use_dates)
        dates.addWidget(self.date_from)
        dates.addWidget(plain_label(self.tr("to", "decided between one date and another"), self))
        dates.addWidget(self.date_to)
        dates.addStretch(1)
        dates.addWidget(self.clear_button)
        dates.addWidget(self.apply_button)
        grid.addLayout(dates, 2, 0, 1, len(pairs))

        # -- lookup and export
        self.lookup = QLineEdit(self)
        self.lookup.setObjectName("historyLookup")
        self.lookup.setAccessibleName(self.tr("Look up a case id or a streamer handle"))
        self.lookup.setPlaceholderText(self.tr("Case id, or @handle of a streamer"))
        self.lookup.setClearButtonEnabled(True)
        self.lookup.returnPressed.connect(self.look_up)
        self.lookup_button = QPushButton(self.tr("Look up"), self)
        self.lookup_button.setObjectName("historyLookupButton")
        a11y.describe(
            self.lookup_button,
            translate("Accessibility", "Finds the case id or streamer handle typed beside it"),
        )
        self.lookup_button.clicked.connect(self.look_up)
        self.export_button = QPushButton(self.tr("Export CSV…"), self)
        self.export_button.setObjectName("historyExport")
        self.export_button.setToolTip(
            self.tr("Every decision of the current filter, as a CSV file")
        )
        self.export_button.clicked.connect(self.choose_export_path)
        tools = QHBoxLayout()
        tools.addWidget(self.lookup, 1)
        tools.addWidget(self.lookup_button)
        tools.addSpacing(24)
        tools.addWidget(self.export_button)

        # -- table
        self.table = QTableView(self)
        self.table.setObjectName("historyTable")
        a11y.describe(
            self.table,
            translate(
                "Accessibility", "Decisions, newest first; Enter opens the case's decision chain"
            ),
        )
        self.table.setAccessibleName(self.tr("Decision history"))
        self.table.setModel(self.model)
        list_view(self.table)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self._size_columns()
        self.table.activated.connect(self._open_row)  # double-click, or Enter on a row

        self.status = pages.muted(self, "historyStatus")
        pages.card_page(self, [title, grid, tools, (self.table, 1), self.status])

    def _size_columns(self) -> None:
        """Widths from the font: no measuring of rows (ResizeToContents would read them all)."""
        fm = self.table.fontMetrics()
        samples = {
            "decided": formats.date_time(datetime(2026, 12, 28, 18, 58)),
            "moderator": "moderator12",
            "vendor": "southdesk",
            "queue": "live-priority",
            "case": "case-000000",
            "streamer": "a_streamer_hnd",
            "action": "Age-restrict stream",
            "policy": "Harassment and bully",
            "handle": formats.seconds(123_400),
            "qa": arg(
                translate("HistoryModel", "%1 · %2", "a QA verdict, then the dispute's state"),
                verdict_text("overturned"),
                _dispute_word("open"),
            ),
            "state": translate("HistoryModel", ", ", "between list items").join(
                [translate("HistoryModel", "superseded"), translate("HistoryModel", "late")]
            ),
        }
        titles = column_titles()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for key, sample in samples.items():
            head = titles[COL[key]]
            width = max(fm.horizontalAdvance(sample), fm.horizontalAdvance(head))
            self.table.setColumnWidth(COL[key], width + 24)

    # -- filters ------------------------------------------------------------------------------

    def set_people(self, moderators: Sequence[tuple[str, str]], vendors: Sequence[str]) -> None:
        """Fill the moderator (username, display name) and vendor pickers; typing still works."""
        current_m, current_v = self.moderator.currentText(), self.vendor.currentText()
        self.moderator.clear()
        self.moderator.addItem(self.tr("Every moderator"), "")
        for username, name in moderators:
            text = arg(self.tr("%1 · %2", "a user name, then a display name"), username, name)
            self.moderator.addItem(text if name else username, username)
        self.vendor.clear()
        self.vendor.addItem(self.tr("Every vendor"), "")
        for vendor in vendors:
            self.vendor.addItem(vendor, vendor)
        self.moderator.setCurrentIndex(max(0, self.moderator.findText(current_m)))
        self.vendor.setCurrentIndex(max(0, self.vendor.findText(current_v)))

    @staticmethod
    def _editable_value(box: QComboBox) -> str:
        """The picked item's value, or the typed text when it matches no item."""
        text = box.currentText().strip()
        index = box.findText(text)
        if index >= 0:
            return str(box.itemData(index) or "")
        return text

    def current_filter(self) -> contract.AuditFilter:
        """The AuditFilter the widgets describe (without cursor)."""
        values: dict[str, Any] = {
            "moderator": self._editable_value(self.moderator) or None,
            "vendor": self._editable_value(self.vendor) or None,
            "queue": combo_value(self.queue) or None,
            "action": combo_value(self.action) or None,
            "policy_code": combo_value(self.area) or None,
            "kind": combo_value(self.kind) or None,
        }
        for key, box in (
            ("overturned", self.overturned),
            ("disputed", self.disputed),
            ("escalated", self.escalated),
        ):
            value = combo_value(box)
            values[key] = None if not value else value == "yes"
        if self.use_dates.isChecked():
            first, last = self.date_from.date(), self.date_to.date()
            if last < first:
                first, last = last, first
            values["since"] = _day_start(first)
            values["until"] = _day_start(last.addDays(1))
        return contract.AuditFilter(**values)

    def set_dates(self, first: QDate, last: QDate) -> None:
        self.use_dates.setChecked(True)
        self.date_from.setDate(first)
        self.date_to.setDate(last)

    def apply_filters(self) -> None:
        try:
            flt = self.current_filter()
        except ValueError as exc:
            set_plain(self.status, arg(self.tr("That filter is not valid: %1"), exc))
            return
        self.load(flt)

    def clear_filters(self) -> None:
        for box in (
            self.moderator,
            self.vendor,
            self.queue,
            self.action,
            self.area,
            self.overturned,
            self.disputed,
            self.escalated,
            self.kind,
        ):
            box.setCurrentIndex(0)
        self.use_dates.setChecked(False)
        self.lookup.clear()
        self.load(contract.AuditFilter())

    def look_up(self) -> None:
        """``@handle`` is a streamer; other text is a case id when one matches, else a handle."""
        text = self.lookup.text().strip()
        if not text:
            self.apply_filters()
            return
        if text.startswith("@"):
            self.load(contract.AuditFilter(streamer=text[1:]))
            return
        set_plain(self.status, self.tr("Looking up…"))

        def probe(api: Any) -> contract.AuditFilter:
            by_case = contract.AuditFilter(case_id=text)
            found = api.decisions(by_case.model_copy(update={"limit": 1})).items
            return by_case if found else contract.AuditFilter(streamer=text)

        self.runner.call(probe, self.load, self._load_failed)

    def load(self, flt: contract.AuditFilter) -> None:
        set_plain(self.status, self.tr("Loading…"))
        self.model.set_filter(flt)

    # -- feedback -----------------------------------------------------------------------------

    def _page_loaded(self, _added: int) -> None:
        n = self.model.rowCount()
        if n == 0:
            text = self.tr("No decision matches this filter.")
        elif self.model.has_more:
            text = self.tr(
                "%Ln decision(s) shown, latest received first; scroll down for more.", "", n
            )
        else:
            text = self.tr("%Ln decision(s), latest received first: all of this filter.", "", n)
        set_plain(self.status, text)

    def _load_failed(self, message: str) -> None:
        set_plain(self.status, arg(self.tr("The history could not be loaded: %1"), message))

    def _open_row(self, index: QModelIndex) -> None:
        if index.isValid():
            self.chainRequested.emit(self.model.record(index.row()).case_id)

    # -- export -------------------------------------------------------------------------------

    def choose_export_path(self) -> None:
        stamp = datetime.now().strftime("%Y%m%d-%H%M")
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export history as CSV"),
            f"history-{stamp}.csv",
            self.tr("CSV files (*.csv)"),
        )
        if path:
            self.export_csv(Path(path))

    def export_csv(self, path: Path) -> None:
        """Write every decision of the current filter to ``path`` off the GUI thread."""
        if self._exporting:
            return
        self._exporting = True
        self.export_button.setEnabled(False)
        set_plain(self.status, self.tr("Exporting…"))
        # the largest pages the service allows: fewer round trips than the table's pages
        flt = self.model.filter.model_copy(
            update={"cursor": None, "limit": contract.MAX_HISTORY_PAGE}
        )
        session = self.runner.session

        def job() -> int:
            from reviewer.client.lead import LeadApi
            from reviewer.lead.tables import export_history

            api = session.new_api()  # its own connection: the table keeps paging meanwhile
            try:
                return export_history(LeadApi(api), flt, path)
            finally:
                api.close()

        def done(count: int) -> None:  # not called once the window closed
            self._exporting = False
            self.export_button.setEnabled(True)
            set_plain(self.status, arg(self.tr("Exported %Ln decision(s) to %1.", "", count), path))
            self.exported.emit(str(path))

        def failed(exc: BaseException) -> None:
            self._exporting = False
            self.export_button.setEnabled(True)
            text = describe_error(exc, session.server_url)
            set_plain(self.status, arg(self.tr("The export failed: %1"), text))
            self.exportFailed.emit(text)

        self.runner.run(job, done, failed)


def last_week() -> tuple[QDate, QDate]:
    """The last seven days including today."""
    today = QDate.currentDate()
    return today.addDays(-6), today


__all__ = ["COLUMNS", "HistoryModel", "HistoryView", "last_week"]
