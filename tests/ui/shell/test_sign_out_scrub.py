"""A shared workstation after sign-out: no file the desk (or Qt for it) wrote holds the case.

The whole desk runs against the live service with a case on screen (its title, the
streamer's handle, chat lines and snapshots rendered). After sign-out every file under
the desk's folders and under Qt's own cache and data locations (pointed at this test's
folder) is read byte for byte for the case's stream title, the streamer's handle, a chat
line and a piece of each snapshot. The same scan before sign-out must find them.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths
from pytestqt.qtbot import QtBot

from devkit.live_service import LiveService
from reviewer import contract
from reviewer.paths import AppPaths
from tests.ui.desk.test_review_flow import WAIT_MS
from tests.ui.shell.test_sign_out import ready_desk


def _forms(text: str) -> list[bytes]:
    return list({text.encode("utf-8"), json.dumps(text)[1:-1].encode("utf-8")})


def _roots() -> list[Path]:
    paths = AppPaths.default()
    qt = [
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation),
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericCacheLocation),
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation),
    ]
    return [paths.data_dir, paths.cache_dir, paths.log_dir, paths.config_dir] + [
        Path(p) for p in qt if p
    ]


def _scan(needles: dict[str, list[bytes]]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for root in _roots():
        for path in sorted(root.rglob("*")) if root.is_dir() else ():
            if path.is_file():
                data = path.read_bytes()
                for name, forms in needles.items():
                    if any(form in data for form in forms):
                        found.setdefault(name, []).append(str(path))
    return found


def test_after_sign_out_the_desk_and_qt_left_no_case_content(
    qtbot: QtBot, live_service: LiveService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("XDG_CACHE_HOME", "XDG_DATA_HOME"):  # Qt's own locations, inside this test
        monkeypatch.setenv(name, str(tmp_path / name.lower()))
    desk, first = ready_desk(qtbot, live_service)
    window = desk.window
    try:
        detail = window.store.case_detail(first)
        assert detail is not None
        content = AppPaths.default().content_dir
        texts = [
            t
            for page in sorted(content.rglob("*.json"))
            for t in contract.ChatPage.model_validate_json(page.read_bytes()).texts
        ]
        assert texts
        needles = {
            "title": _forms(detail.stream.title),
            "handle": _forms(detail.streamer.handle),
            "chat line": _forms(max(texts, key=len)),
        }
        for snap in detail.snapshots:
            found = list(content.rglob(snap.sha256))
            assert found, f"snapshot {snap.sha256} not cached"
            jpeg = found[0].read_bytes()
            needles[f"snapshot {snap.sha256[:8]}"] = [jpeg[len(jpeg) // 2 : len(jpeg) // 2 + 64]]
        assert set(_scan(needles)) == set(needles), "the scan must see the case before sign-out"

        desk.decide()
        with qtbot.waitSignal(window.signedOut, timeout=WAIT_MS):
            window.sign_out_action.trigger()
        left = _scan(needles)
        assert left == {}, f"case content left behind after sign-out: {left}"
    finally:
        desk.close()
    assert _scan(needles) == {}
