"""Settings: validated, versioned JSON with migrations, atomic writes, bad files kept aside."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path
from typing import Any, get_args

import pytest

from reviewer import settings as settings_module
from reviewer.i18n import PSEUDO_LANGUAGE, SHIPPED_LANGUAGES
from reviewer.paths import AppPaths
from reviewer.settings import (
    SETTINGS_VERSION,
    Language,
    Settings,
    load_settings,
    migrate,
    save_settings,
    update_settings,
)


@pytest.fixture
def path() -> Path:
    return AppPaths.default().settings_path


def test_defaults_when_there_is_no_file(path: Path) -> None:
    loaded = load_settings()
    assert loaded.warning is None
    s = loaded.settings
    assert (s.prefetch_depth, s.retention_hours, s.batch_size) == (3, 24, 5)
    assert s.retention_seconds == 24 * 3600
    assert s.theme == "system"
    assert s.version == SETTINGS_VERSION
    assert s.device_id
    assert not path.exists()  # loading never writes


def test_round_trip_is_json_and_owner_only(path: Path) -> None:
    s = Settings(server_url="https://cases.example.com/", username="ana", prefetch_depth=5)
    assert s.server_url == "https://cases.example.com"
    save_settings(s)
    raw = json.loads(path.read_text(encoding="utf-8"))
    assert raw["version"] == SETTINGS_VERSION
    assert raw["username"] == "ana"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    loaded = load_settings(path)
    assert loaded.warning is None
    assert loaded.settings == s
    assert [p.name for p in path.parent.iterdir()] == [path.name]  # no temp files left


def test_update_validates_and_keeps_the_device_id(path: Path) -> None:
    first = update_settings(theme="dark")
    second = update_settings(prefetch_depth=1)
    assert second.theme == "dark"
    assert second.device_id == first.device_id
    with pytest.raises(ValueError, match="prefetch_depth"):
        update_settings(prefetch_depth=99)
    assert load_settings().settings == second


def test_migrates_an_unversioned_file(path: Path) -> None:
    path.parent.mkdir(parents=True)
    path.write_text(
        json.dumps({"server": "https://old.example.com", "user": "bo", "dark_mode": True}),
        encoding="utf-8",
    )
    loaded = load_settings(path)
    assert loaded.warning is None
    assert loaded.settings.server_url == "https://old.example.com"
    assert loaded.settings.username == "bo"
    assert loaded.settings.theme == "dark"
    assert loaded.settings.version == SETTINGS_VERSION


def test_migrations_chain_in_order(monkeypatch: pytest.MonkeyPatch) -> None:
    def to_2(data: dict[str, Any]) -> dict[str, Any]:
        return {**data, "prefetch_depth": data["prefetch_depth"] + 1}

    monkeypatch.setitem(settings_module.MIGRATIONS, 1, to_2)
    monkeypatch.setattr(settings_module, "SETTINGS_VERSION", 2)
    out = migrate({"prefetch": 2})
    assert out == {"prefetch_depth": 3, "version": 2}


@pytest.mark.parametrize(
    ("content", "why"),
    [
        (b"{not json", "not valid JSON"),
        (b"[1, 2]", "JSON object"),
        (b"\xff\xfe\x00garbage", "could not be read"),
        (b'{"version": "two"}', "could not be upgraded"),
        (b'{"version": -1}', "could not be upgraded"),
    ],
)
def test_a_corrupt_file_gives_defaults_a_warning_and_is_kept_aside(
    path: Path, content: bytes, why: str
) -> None:
    path.parent.mkdir(parents=True)
    path.write_bytes(content)
    loaded = load_settings(path)
    assert loaded.settings.prefetch_depth == 3
    assert loaded.warning is not None
    assert why in loaded.warning
    assert loaded.kept_aside is not None
    assert loaded.kept_aside.read_bytes() == content
    assert str(loaded.kept_aside) in loaded.warning
    assert not path.exists()


def test_invalid_values_fall_back_one_by_one(path: Path) -> None:
    path.parent.mkdir(parents=True)
    good = {"version": 1, "username": "ana", "theme": "dark"}
    path.write_text(
        json.dumps({**good, "prefetch_depth": 999, "server_url": "ftp://x", "batch_size": 2}),
        encoding="utf-8",
    )
    loaded = load_settings(path)
    s = loaded.settings
    assert (s.username, s.theme, s.batch_size) == ("ana", "dark", 2)
    assert s.prefetch_depth == 3
    assert s.server_url == ""
    assert loaded.warning is not None
    assert "prefetch_depth" in loaded.warning
    assert "server_url" in loaded.warning
    assert loaded.kept_aside is not None


def test_a_newer_file_loads_with_a_warning(path: Path) -> None:
    path.parent.mkdir(parents=True)
    path.write_text(
        json.dumps({"version": SETTINGS_VERSION + 1, "username": "ana", "hologram": True}),
        encoding="utf-8",
    )
    loaded = load_settings(path)
    assert loaded.settings.username == "ana"
    assert loaded.warning is not None
    assert "newer version" in loaded.warning
    assert path.exists()


def test_an_oversized_file_is_refused(path: Path) -> None:
    path.parent.mkdir(parents=True)
    path.write_text('{"username": "' + "a" * (2 * 1024 * 1024) + '"}', encoding="utf-8")
    loaded = load_settings(path)
    assert loaded.warning is not None
    assert "larger than" in loaded.warning
    assert loaded.settings.username == ""


def test_a_failed_save_leaves_the_old_file(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    save_settings(Settings(username="old"))
    before = path.read_bytes()

    def broken_replace(src: object, dst: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError, match="disk full"):
        save_settings(Settings(username="new"))
    monkeypatch.undo()
    assert path.read_bytes() == before
    assert [p.name for p in path.parent.iterdir()] == [path.name]


def test_the_language_follows_the_system_unless_one_is_chosen(path: Path) -> None:
    assert get_args(Language) == ("system", *SHIPPED_LANGUAGES, PSEUDO_LANGUAGE)
    assert load_settings(path).settings.language == "system"
    assert update_settings(path, language="es").language == "es"
    assert load_settings(path).settings.language == "es"
    # a version-1 file written before the field existed needs no migration: the default
    path.write_text(json.dumps({"version": 1, "theme": "dark"}), encoding="utf-8")
    loaded = load_settings(path)
    assert loaded.warning is None
    assert loaded.settings.language == "system"
    with pytest.raises(ValueError, match="language"):
        update_settings(path, language="klingon")
