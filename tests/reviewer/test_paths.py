"""Paths: platformdirs by default, everything under REVIEWER_HOME when set."""

from __future__ import annotations

import stat
from pathlib import Path

import platformdirs
import pytest

from reviewer.paths import APP_NAME, AppPaths


def test_reviewer_home_moves_all_four(reviewer_home: Path) -> None:
    paths = AppPaths.default()
    assert paths.data_dir == reviewer_home / "data"
    assert paths.cache_dir == reviewer_home / "cache"
    assert paths.log_dir == reviewer_home / "log"
    assert paths.config_dir == reviewer_home / "config"
    assert paths.store_path == reviewer_home / "data" / "store.sqlite3"
    assert paths.settings_path.parent == paths.config_dir
    assert paths.content_dir.is_relative_to(paths.cache_dir)


def test_platform_dirs_without_reviewer_home(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("REVIEWER_HOME")
    paths = AppPaths.default()
    assert paths.data_dir == Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    assert paths.cache_dir == Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))
    assert paths.log_dir == Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))
    assert paths.config_dir == Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))
    assert len({paths.data_dir, paths.cache_dir, paths.log_dir, paths.config_dir}) == 4
    assert APP_NAME in str(paths.data_dir)


def test_blank_reviewer_home_is_ignored(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REVIEWER_HOME", "  ")
    assert AppPaths.default().data_dir == Path(
        platformdirs.user_data_dir(APP_NAME, appauthor=False)
    )


def test_ensure_creates_owner_only_folders(reviewer_home: Path) -> None:
    paths = AppPaths.default().ensure()
    for folder in (paths.data_dir, paths.cache_dir, paths.log_dir, paths.config_dir):
        assert folder.is_dir()
        assert stat.S_IMODE(folder.stat().st_mode) & 0o077 == 0


def test_one_store_per_server_and_user(reviewer_home: Path) -> None:
    paths = AppPaths.default()
    ana = paths.store_path_for("https://cases.example.com/", "ana")
    assert ana == paths.store_path_for("https://CASES.example.com", "ana")
    assert ana.parent == paths.data_dir
    assert ana.name.startswith("store-ana-")
    assert ana.suffix == ".sqlite3"
    others = {
        paths.store_path_for("https://cases.example.com", "bo"),
        paths.store_path_for("https://other.example.com", "ana"),
        paths.store_path_for("https://cases.example.com", "../../ana"),
    }
    assert ana not in others
    assert len(others) == 3
    for p in others:
        assert p.parent == paths.data_dir  # user names cannot steer the path
    with pytest.raises(ValueError, match="server URL and a user"):
        paths.store_path_for("", "ana")
