"""The case view: one screen with header, reports, prior enforcement, snapshots and chat."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from devkit.cases import CaseBundle, synth_case
from reviewer.chat import ChatColumns, ChatLog
from ui.case.body import CaseBody
from ui.case.header import account_age
from ui.case.screen import CaseView
from ui.common import words
from ui.common.text import isolate

HOSTILE = '<img src="file:///etc/hostname"><b>x</b>'


def open_view(qtbot: QtBot) -> CaseView:
    view = CaseView()
    qtbot.addWidget(view)
    view.resize(1400, 900)
    view.show()
    qtbot.waitExposed(view)
    return view


def show(qtbot: QtBot, view: CaseView, bundle: CaseBundle) -> None:
    with qtbot.waitSignal(view.caseShown, timeout=20_000) as blocker:
        view.set_case(bundle.detail, bundle.chat, bundle.media_path, bundle.flagged_terms)
    assert blocker.args == [bundle.detail.case_id]


def hostile_bundle(tmp_path: Path) -> CaseBundle:
    bundle = synth_case(tmp_path, index=3)
    d = bundle.detail
    detail = d.model_copy(
        update={
            "stream": d.stream.model_copy(update={"title": HOSTILE}),
            "streamer": d.streamer.model_copy(update={"display_name": HOSTILE, "handle": HOSTILE}),
            "reports": [
                r.model_copy(update={"reason": HOSTILE, "description": HOSTILE}) for r in d.reports
            ],
        }
    )
    chat = ChatLog(d.case_id)
    chat.append_page(
        ChatColumns(
            case_id=d.case_id,
            total=2,
            start=0,
            ids=["m1", "m2"],
            offset_ms=[1000, 2000],
            user_ids=["u1", "u2"],
            usernames=[HOSTILE, "calm"],
            texts=["hello", HOSTILE],
            flagged=[False, True],
            next_cursor=None,
        )
    )
    return CaseBundle(detail, chat, bundle.media, bundle.flagged_terms)


def test_header_reports_and_prior_are_on_screen(qtbot: QtBot, tmp_path: Path) -> None:
    bundle = synth_case(tmp_path, index=4)
    view = open_view(qtbot)
    show(qtbot, view, bundle)
    d = bundle.detail
    assert view.header.title.text() == d.stream.title
    assert f"@{isolate(d.streamer.handle)}" in view.header.streamer.text()
    assert d.streamer.display_name in view.header.streamer.text()
    assert "followers" in view.header.streamer.text()
    assert "account" in view.header.streamer.text()
    assert d.stream.region in view.header.meta.text()
    assert d.stream.language in view.header.meta.text()
    assert f"{d.stream.viewer_count:,} viewers" == view.header.viewers.text()
    assert view.header.live.text() in ("● LIVE",) or view.header.live.text().startswith("Ended")
    total = sum(r.count for r in d.reports)
    assert view.reports.title.text() == f"Reports ({total:,})"
    top = max(d.reports, key=lambda r: r.count)
    reason = isolate(words.reason_name(top.reason))
    assert view.reports.labels[0].text().startswith(f"{reason} ×{top.count}")
    assert len(view.prior.labels) >= 1
    assert view.chat.model.rowCount() == len(bundle.chat)
    for w in (
        view.header.title,
        view.header.streamer,
        view.header.meta,
        view.viewer,
        view.strip,
        view.chat.table,
    ):
        assert w.isVisible()


def test_untrusted_text_is_plain_everywhere(qtbot: QtBot, tmp_path: Path) -> None:
    bundle = hostile_bundle(tmp_path)
    view = open_view(qtbot)
    show(qtbot, view, bundle)
    assert view.header.title.text() == HOSTILE
    assert view.header.title.textFormat() == Qt.TextFormat.PlainText
    assert HOSTILE in view.header.streamer.text()
    assert HOSTILE in view.reports.labels[0].text()
    for label in view.findChildren(QLabel):
        assert label.textFormat() == Qt.TextFormat.PlainText, label.objectName()
        assert not label.openExternalLinks()
    model = view.chat.model
    assert model.data(model.index(1, 2)) == HOSTILE
    assert model.data(model.index(0, 1)) == HOSTILE
    assert "<img" not in model.data(model.index(1, 2), Qt.ItemDataRole.ToolTipRole)


def test_every_control_has_an_accessible_name(qtbot: QtBot, tmp_path: Path) -> None:
    view = open_view(qtbot)
    show(qtbot, view, synth_case(tmp_path, index=0))
    for w in view.findChildren(QWidget):
        if w.isVisibleTo(view) and w.focusPolicy() != Qt.FocusPolicy.NoFocus:
            assert w.accessibleName(), (type(w).__name__, w.objectName())


def test_case_swap_and_clear(qtbot: QtBot, tmp_path: Path) -> None:
    view = open_view(qtbot)
    first = synth_case(tmp_path / "a", index=0)
    second = synth_case(tmp_path / "b", index=1)
    show(qtbot, view, first)
    view.step_snapshot(2)
    show(qtbot, view, second)
    assert view.case_id() == second.detail.case_id
    assert view.current_snapshot() == 0
    assert len(view.snapshot_slots()) == len(second.detail.snapshots)
    assert view.chat.model.rowCount() == len(second.chat)
    view.clear("Paused")
    assert view.case_id() is None
    assert view.empty.text() == "Paused"
    assert not view.splitter.isVisible()
    assert view.header.title.text() == ""
    assert view.chat.model.rowCount() == 0


def test_prefetched_case_is_drawn_at_once(qtbot: QtBot, tmp_path: Path) -> None:
    view = open_view(qtbot)
    bundle = synth_case(tmp_path, index=2)
    view.prefetch(bundle.detail, bundle.media_path)
    qtbot.waitUntil(lambda: view.decoder.pending() == 0, timeout=20_000)
    shown: list[str] = []
    view.caseShown.connect(shown.append)
    view.set_case(bundle.detail, bundle.chat, bundle.media_path)
    assert shown == [bundle.detail.case_id]  # synchronously: everything was in memory
    assert all(s.view is not None for s in view.snapshot_slots())


def test_chat_may_arrive_later(qtbot: QtBot, tmp_path: Path) -> None:
    view = open_view(qtbot)
    bundle = synth_case(tmp_path, index=4)
    with qtbot.waitSignal(view.caseShown, timeout=20_000):
        view.set_case(bundle.detail, None, bundle.media_path)
    assert view.chat_note.isVisible()
    assert "loading" in view.chat_note.text().lower()
    view.set_chat(bundle.chat)
    assert not view.chat_note.isVisible()
    assert view.chat.model.rowCount() == len(bundle.chat)


def test_missing_media_still_shows_the_case(qtbot: QtBot, tmp_path: Path) -> None:
    view = open_view(qtbot)
    bundle = synth_case(tmp_path, index=0)
    show(qtbot, view, CaseBundle(bundle.detail, bundle.chat, {}, []))
    assert all(s.error for s in view.snapshot_slots())
    assert "not shown" in view.caption.text()


def test_helpers() -> None:
    from datetime import UTC, datetime, timedelta

    now = datetime(2026, 11, 20, tzinfo=UTC)
    assert account_age(now - timedelta(hours=3), now) == "under a day"
    assert account_age(now - timedelta(days=1), now) == "1 day"
    assert account_age(now - timedelta(days=12), now) == "12 days"
    assert account_age(now - timedelta(days=400), now) == "13 months"
    assert account_age(now - timedelta(days=800), now) == "2 years 2 months"
    assert account_age(now - timedelta(days=740), now) == "2 years"
    assert account_age(now - timedelta(days=400 + 365), now) == "2 years 1 month"


def test_purge_images_forgets_every_pixel(qtbot: QtBot, tmp_path: Path) -> None:
    view = open_view(qtbot)
    bundle = synth_case(tmp_path, index=2)
    show(qtbot, view, bundle)
    thumb = view.decodes.plan(view.snapshot_slots()[0])[0]
    assert view.decoder.cached(thumb) is None  # held once, as the slot's pixmap
    assert view.snapshot_slots()[0].thumb is not None
    assert view.pixmap_cache_bytes() > 0
    view.purge_images()
    assert view.pixmap_cache_bytes() == 0
    assert view.decoder.cached(thumb) is None
    assert all(s.view is None and s.thumb is None for s in view.snapshot_slots())
    # showing the case again decodes afresh
    show(qtbot, view, bundle)
    assert all(s.view is not None for s in view.snapshot_slots())


def test_strip_thumbnails_are_scaled_ahead_not_in_the_swap(qtbot: QtBot, tmp_path: Path) -> None:
    """A prefetched case's thumbnails are scaled to their cells as they land, so the swap's
    paint scales none; purging the images drops the scaled copies too."""
    view = open_view(qtbot)
    show(qtbot, view, synth_case(tmp_path / "a", index=1))
    view.grab()  # the first case's strip painted: its thumbnails scaled
    shown = view.strip.scaled_count()
    coming = synth_case(tmp_path / "b", index=2)
    view.prefetch(coming.detail, coming.media_path)
    n = len(coming.detail.snapshots)
    qtbot.waitUntil(lambda: view.strip.scaled_count() == shown + n, timeout=20_000)
    view.set_case(coming.detail, coming.chat, coming.media_path)
    view.grab()
    assert view.strip.scaled_count() == shown + n  # the swap's paint scaled nothing more
    view.purge_images()
    assert view.strip.scaled_count() == 0


def test_a_new_case_takes_focus_out_of_the_search_box(qtbot: QtBot, tmp_path: Path) -> None:
    view = open_view(qtbot)
    view.activateWindow()
    show(qtbot, view, synth_case(tmp_path / "a", index=0))
    view.chat.search.setFocus()
    qtbot.waitUntil(view.chat.search.hasFocus)
    show(qtbot, view, synth_case(tmp_path / "b", index=1))
    assert not view.chat.search.hasFocus()
    assert view.chat.table.hasFocus()
    view.set_reveal_key_text("Ctrl+V")
    assert "Ctrl+V" in view.viewer.reveal_hint()


def test_bidi_override_in_a_name_is_isolated(qtbot: QtBot, tmp_path: Path) -> None:
    bundle = synth_case(tmp_path, index=0)
    d = bundle.detail
    evil = "\u202eevil"
    detail = d.model_copy(update={"streamer": d.streamer.model_copy(update={"display_name": evil})})
    view = open_view(qtbot)
    show(qtbot, view, CaseBundle(detail, bundle.chat, bundle.media, []))
    text = view.header.streamer.text()
    assert isolate(evil) in text
    end = text.index(evil) + len(evil)
    assert text[end] == "\u2069"  # the override ends with the name


def test_an_empty_case_and_huge_texts(qtbot: QtBot, tmp_path: Path) -> None:
    bundle = synth_case(tmp_path, index=0)
    d = bundle.detail
    long_text = "spam " * 1000
    detail = d.model_copy(
        update={
            "snapshots": [],
            "reports": [d.reports[0].model_copy(update={"description": long_text})],
            "prior_enforcement": [],
            "chat_count": 0,
            "stream": d.stream.model_copy(update={"title": "T" * 500}),
        }
    )
    view = open_view(qtbot)
    show(qtbot, view, CaseBundle(detail, None, {}, []))  # type: ignore[arg-type]
    assert view.current_snapshot() == -1
    assert view.chat_note.text() == "No chat"
    assert view.prior.labels[0].text() == "None on record"
    assert len(view.reports.labels[0].text()) < 300
    assert view.header.title.toolTip()
    view.step_snapshot(1)  # nothing to step through: no error
    assert view.timeline.duration_ms() > 0


def test_decoded_snapshots_stay_bounded(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import ui.case.decode as decode

    monkeypatch.setattr(decode, "PIXMAP_CACHE_BYTES", 6 * 1024 * 1024)
    view = open_view(qtbot)
    for i in range(5):
        show(qtbot, view, synth_case(tmp_path / str(i), index=i))
        assert view.pixmap_cache_bytes() <= 6 * 1024 * 1024 + 4 * 1920 * 1080
    # the case on screen still has every image it needs
    assert all(s.view is not None for s in view.snapshot_slots())


def test_a_late_chat_opens_at_the_snapshot_moment(qtbot: QtBot, tmp_path: Path) -> None:
    bundle = synth_case(tmp_path, index=4)  # 2,003 messages
    view = open_view(qtbot)
    with qtbot.waitSignal(view.caseShown, timeout=20_000):
        view.set_case(bundle.detail, None, bundle.media_path)
    view.show_snapshot(len(bundle.detail.snapshots) - 1)
    view.set_chat(bundle.chat)
    shot = bundle.detail.snapshots[-1]
    near = bundle.chat.nearest_index(int(shot.offset_seconds * 1000))
    table = view.chat.table
    assert table.viewport().rect().intersects(table.visualRect(view.chat.model.index(near, 2)))
    assert not table.viewport().rect().intersects(table.visualRect(view.chat.model.index(0, 2)))
    assert view.chat.model.moment() == near  # and marks the message of that moment


def test_the_message_at_the_snapshot_moment_is_marked(qtbot: QtBot, tmp_path: Path) -> None:
    from ui.common import theme

    moment = theme.drawn("moment row")
    bundle = synth_case(tmp_path, index=4)
    view = open_view(qtbot)
    show(qtbot, view, bundle)
    model = view.chat.model
    shots = bundle.detail.snapshots
    first = bundle.chat.nearest_index(int(shots[0].offset_seconds * 1000))
    assert model.moment() == first
    bg = Qt.ItemDataRole.BackgroundRole
    assert model.data(model.index(first, 1), bg).color() == moment
    with qtbot.waitSignal(model.dataChanged):
        view.show_snapshot(2)
    second = bundle.chat.nearest_index(int(shots[2].offset_seconds * 1000))
    assert model.moment() == second
    band = model.data(model.index(first, 1), bg)
    assert band is None or band.color() != moment
    view.chat.set_filter(flagged_only=True)  # the mark survives a filter (it is by log index)
    assert model.moment() == second


def test_clicking_a_report_goes_to_its_moment(qtbot: QtBot, tmp_path: Path) -> None:
    bundle = synth_case(tmp_path, index=4)
    view = open_view(qtbot)
    show(qtbot, view, bundle)
    report = next(r for r in bundle.detail.reports if r.offset_seconds is not None)
    line = next(
        label
        for label in view.reports.labels
        if label.text().startswith(isolate(words.reason_name(report.reason)))
    )
    qtbot.mouseClick(line, Qt.MouseButton.LeftButton)
    row = view.chat.table.currentIndex().row()
    assert row == bundle.chat.nearest_index(int(report.offset_seconds * 1000))  # type: ignore[operator]


def test_live_stays_red_when_the_theme_switches_on_screen(qtbot: QtBot, tmp_path: Path) -> None:
    """Seen in the Xvfb dark shot: a theme switched at run time turned LIVE grey."""
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QApplication

    from ui.common import theme

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = (app.styleSheet(), QPalette(app.palette()), app.property("reviewerTheme"))
    theme.apply_theme(app, "light")
    view = open_view(qtbot)
    bundle = synth_case(tmp_path, index=0)
    d = bundle.detail
    live = d.model_copy(update={"stream": d.stream.model_copy(update={"is_live": True})})
    show(qtbot, view, CaseBundle(live, bundle.chat, bundle.media, bundle.flagged_terms))
    role = QPalette.ColorRole.WindowText
    assert view.header.live.palette().color(role) == theme.DRAWN["light"]["live"].qcolor()
    try:
        theme.apply_theme(app, "dark")
        qtbot.waitUntil(lambda: view.header.title.palette().color(role).name() == "#d1d7e0")
        # the dark theme's own red: the light one's reads at 3:1 on the dark window
        assert view.header.live.palette().color(role) == theme.DRAWN["dark"]["live"].qcolor()
        ended = d.model_copy(update={"stream": d.stream.model_copy(update={"is_live": False})})
        show(qtbot, view, CaseBundle(ended, bundle.chat, bundle.media, bundle.flagged_terms))
        assert view.header.live.palette().color(role) == view.header.title.palette().color(role)
    finally:  # the look before, so that no later test runs themed by accident
        app.setStyleSheet(before[0])
        app.setPalette(before[1])
        app.setProperty("reviewerTheme", before[2])


def test_case_texts_offer_copy_on_right_click(qtbot: QtBot, tmp_path: Path) -> None:
    from PySide6.QtGui import QGuiApplication

    view = open_view(qtbot)
    bundle = synth_case(tmp_path)
    show(qtbot, view, bundle)
    for label in (view.header.title, view.header.streamer):
        assert label.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
        (copy,) = [a for a in label.actions() if a.objectName() == "copyText"]
        copy.trigger()
        assert QGuiApplication.clipboard().text() == label.text() != ""


def test_thumbnails_decode_at_full_cell_width_before_layout(qtbot: QtBot, tmp_path: Path) -> None:
    """A plan made before the strip is laid out (a prefetch) must not decode tiny, blurred
    thumbnails from the strip's momentary width."""
    from ui.case.snapshots import SnapshotSlot

    view = CaseView()
    qtbot.addWidget(view)  # never shown: the strip has no laid-out width yet
    view.strip.resize(40, view.strip.height())
    bundle = synth_case(tmp_path)
    slot = SnapshotSlot.of(bundle.detail.snapshots[0], "color")
    thumb_key, *_ = view.decodes.plan(slot)
    assert thumb_key.kind == "thumb"
    assert thumb_key.width == int(view.strip.thumb_width() * view.devicePixelRatioF())
    assert thumb_key.width > 40


def test_a_timeline_drawn_ahead_is_the_one_drawn_at_the_swap(qtbot: QtBot, tmp_path: Path) -> None:
    """The next case's still layer is drawn while the case before is read; the swap shows
    exactly what drawing it then would have shown."""
    first = synth_case(tmp_path / "a", index=0)
    second = synth_case(tmp_path / "b", index=1)
    images = []
    for ahead in (True, False):
        view = open_view(qtbot)
        show(qtbot, view, first)
        if ahead:
            view.prepare_chat(second.detail, second.chat)
        show(qtbot, view, second)
        assert view.timeline.drawn_ahead() is ahead
        images.append(view.timeline.grab().toImage())
    assert images[0] == images[1]


# -- double buffering: the next case built ahead in the hidden body (issue #17) -------------


def _bodies(view: CaseView) -> tuple[CaseBody, CaseBody]:
    """(on screen, hidden)."""
    shown = [b for b in view.findChildren(CaseBody) if b.isVisible()]
    hidden = [b for b in view.findChildren(CaseBody) if not b.isVisible()]
    assert len(shown) == 1
    assert len(hidden) == 1
    return shown[0], hidden[0]


def test_a_case_built_ahead_is_swapped_in_and_drawn_as_if_set(qtbot: QtBot, tmp_path: Path) -> None:
    """The next case is built in the hidden body (texts, veils, layout, pixmaps drawn
    ahead); its set_case only swaps the bodies, and what is drawn is exactly what setting
    it on screen draws."""
    first = synth_case(tmp_path / "a", index=0)
    second = synth_case(tmp_path / "b", index=1)
    drawn: list[list[QImage]] = []
    for ahead in (True, False):
        view = open_view(qtbot)
        show(qtbot, view, first)
        on_screen, hidden = _bodies(view)
        if ahead:
            view.prefetch(second.detail, second.media_path)
            decoder = view.decoder
            qtbot.waitUntil(lambda: decoder.pending() == 0, timeout=20_000)  # noqa: B023
            assert view.prepare(second.detail, second.chat, second.media_path, second.flagged_terms)
            assert view.prepared_case() == second.detail.case_id
            assert view.case_id() == first.detail.case_id  # still the case on screen
            assert view.header is on_screen.header
            assert hidden.detail is second.detail
            assert all(s.view is not None for s in hidden.slots)
            assert hidden.timeline.drawn_ahead()
            assert not view.prepare(first.detail, first.chat, first.media_path)  # on screen
        shown: list[str] = []
        view.caseShown.connect(shown.append)
        view.set_case(second.detail, second.chat, second.media_path, second.flagged_terms)
        if ahead:
            assert shown == [second.detail.case_id]  # at once: nothing was left to decode
            assert _bodies(view) == (hidden, on_screen)
            assert view.header is hidden.header
            assert view.timeline.drawn_ahead()
        else:
            qtbot.waitUntil(lambda: shown == [second.detail.case_id], timeout=20_000)  # noqa: B023
            assert _bodies(view) == (on_screen, hidden)
        assert view.prepared_case() is None
        assert view.case_id() == second.detail.case_id
        assert view.current_snapshot() == 0
        assert view.header.title.text() == second.detail.stream.title
        assert view.chat.model.rowCount() == len(second.chat)
        parts = (view.viewer, view.strip, view.timeline, view.chat.table.viewport())
        drawn.append([w.grab().toImage() for w in parts])
    assert drawn[0] == drawn[1]


def test_a_case_built_ahead_is_not_used_when_it_no_longer_fits(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """Another case, other flagged terms, or a clear in between: the case is set on
    screen as before (never an old veil or stale content)."""
    first = synth_case(tmp_path / "a", index=0)
    second = synth_case(tmp_path / "b", index=1)
    third = synth_case(tmp_path / "c", index=2)
    view = open_view(qtbot)
    show(qtbot, view, first)
    on_screen, _hidden = _bodies(view)
    assert view.prepare(second.detail, second.chat, second.media_path, second.flagged_terms)
    show(qtbot, view, third)  # not the case built ahead
    assert view.header is on_screen.header
    assert view.prepared_case() == second.detail.case_id  # still there for its turn
    with qtbot.waitSignal(view.caseShown, timeout=20_000):
        view.set_case(second.detail, second.chat, second.media_path, ["other", "terms"])
    assert view.header is on_screen.header
    assert view.prepared_case() is None  # the screen's case now: the hidden body let go
    assert view.prepare(third.detail, third.chat, third.media_path)
    view.clear("Paused")
    assert view.prepared_case() is None
    assert all(not b.isVisible() for b in view.findChildren(CaseBody))
    assert all(b.detail is None and not b.slots for b in view.findChildren(CaseBody))


def test_the_hidden_body_counts_no_exposure_and_reveals_nothing(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """Whatever happens in the hidden body reaches neither the exposure count nor the
    reveal signal, and it is swapped in veiled; a hold on the case before ends with it."""
    from ui.case.snapshots import is_sensitive

    sensitive = synth_case(tmp_path / "s", want="sensitive")
    first = synth_case(tmp_path / "a", index=0)
    if first.detail.case_id == sensitive.detail.case_id:
        first = synth_case(tmp_path / "a", index=1)
    view = open_view(qtbot)
    view.set_reveal_policy(lambda s: "gray" if is_sensitive(s) else "color")  # seen = exposed
    show(qtbot, view, first)
    exposures: list[tuple[str, ...]] = []
    reveals: list[bool] = []
    view.exposureChanged.connect(exposures.append)
    view.revealChanged.connect(reveals.append)
    view.prefetch(sensitive.detail, sensitive.media_path)
    qtbot.waitUntil(lambda: view.decoder.pending() == 0, timeout=20_000)
    assert view.prepare(sensitive.detail, sensitive.chat, sensitive.media_path)
    _on_screen, hidden = _bodies(view)
    i = next(n for n, s in enumerate(hidden.slots) if s.sensitive)
    hidden.select(i)
    hidden.viewer.set_revealed(True)  # nothing on screen: nothing counts
    assert exposures == []
    assert reveals == []
    view.set_revealed(True)  # a hold on the case on screen, across the key
    reveals.clear()
    view.set_case(sensitive.detail, sensitive.chat, sensitive.media_path)
    assert view.viewer is hidden.viewer
    assert not view.viewer.is_revealed()
    assert not view.viewer.showing_clear()
    assert reveals == [False]  # the hold on the case before ended
    assert view.exposed_labels()  # a grey sensitive snapshot on screen now counts
    assert exposures == [view.exposed_labels()]


def test_a_new_reveal_policy_builds_the_case_ahead_again(qtbot: QtBot, tmp_path: Path) -> None:
    from ui.case.snapshots import is_sensitive

    sensitive = synth_case(tmp_path / "s", want="sensitive")
    first = synth_case(tmp_path / "a", index=0)
    if first.detail.case_id == sensitive.detail.case_id:
        first = synth_case(tmp_path / "a", index=1)
    view = open_view(qtbot)
    show(qtbot, view, first)
    assert view.prepare(sensitive.detail, sensitive.chat, sensitive.media_path)
    _on_screen, hidden = _bodies(view)
    assert {s.mode for s in hidden.slots if s.sensitive} == {"blur"}
    view.set_reveal_policy(lambda s: "gray" if is_sensitive(s) else "color")
    assert view.prepared_case() == sensitive.detail.case_id
    assert {s.mode for s in hidden.slots if s.sensitive} == {"gray"}
    with qtbot.waitSignal(view.caseShown, timeout=20_000):
        view.set_case(sensitive.detail, sensitive.chat, sensitive.media_path)
    assert view.viewer is hidden.viewer  # swapped in, with the new veils
    assert {s.mode for s in view.snapshot_slots() if s.sensitive} == {"gray"}


def test_the_hidden_body_is_out_of_reach(qtbot: QtBot, tmp_path: Path) -> None:
    """Not in the accessibility tree, no control reachable, no focus; purging images
    forgets what it holds."""
    from devkit.accessibility import controls, violations

    first = synth_case(tmp_path / "a", index=0)
    second = synth_case(tmp_path / "b", index=1)
    view = open_view(qtbot)
    show(qtbot, view, first)
    assert view.prepare(second.detail, second.chat, second.media_path)
    _on_screen, hidden = _bodies(view)
    reachable = controls(view)
    assert reachable
    assert not any(hidden.isAncestorOf(w) for w in reachable)
    assert violations(view) == []
    assert not any(w.hasFocus() for w in hidden.findChildren(QWidget))
    view.purge_images()
    assert view.prepared_case() is None
    assert hidden.slots == []
    assert view.pixmap_cache_bytes() == 0
