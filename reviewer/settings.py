"""User settings: a small, versioned, validated JSON file in the user config folder.

JSON, never pickle: a settings file may be copied between machines or edited by
an administrator, and unpickling it would run code. Every load validates the
file (pydantic) after upgrading it through :data:`MIGRATIONS`; every save writes
a temporary file beside it, fsyncs it and renames it over the old one, so a
crash leaves the old file or the new one, never half of each.

A file that cannot be read is not fatal: the client starts with defaults (or
keeps the fields that were valid), says so in one clear warning, and keeps the
bad file beside the new one (``settings.json.bad-<time>``) for support.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated, Any, Final, Literal
from urllib.parse import urlsplit

import pydantic
from pydantic import BaseModel, ConfigDict, Field, field_validator

from reviewer import contract
from reviewer.ids import new_id
from reviewer.paths import AppPaths

log = logging.getLogger(__name__)

SETTINGS_VERSION: Final = 1
MAX_SETTINGS_BYTES: Final = 1024 * 1024

Theme = Literal["system", "light", "dark", "high_contrast"]
#: "system" follows the operating system's languages; the others are the shipped languages
#: (reviewer.i18n.SHIPPED_LANGUAGES) and the development pseudo-locale
Language = Literal["system", "en", "es", "ar", "zh_CN", "en_XA"]
MediaReveal = Literal["blurred", "hold_to_reveal", "grayscale", "colour"]


class Settings(BaseModel):
    """Everything the user (or an administrator) may set; defaults are the shipped behaviour."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    version: int = SETTINGS_VERSION
    server_url: Annotated[str, Field(max_length=500)] = ""
    username: Annotated[str, Field(max_length=100)] = ""
    device_id: Annotated[str, Field(min_length=1, max_length=100)] = Field(default_factory=new_id)
    queue: Annotated[str, Field(max_length=64)] = ""
    prefetch_depth: Annotated[int, Field(ge=0, le=10)] = 3
    retention_hours: Annotated[float, Field(gt=0, le=24 * 7)] = 24
    batch_size: Annotated[int, Field(ge=1, le=contract.MAX_LEASE_SIZE)] = (
        contract.DEFAULT_LEASE_SIZE
    )
    undo_window_seconds: Annotated[int, Field(ge=0, le=600)] = 10
    idle_after_seconds: Annotated[int, Field(ge=30, le=3600)] = 300
    theme: Theme = "system"
    #: the desk's text size in percent of the desktop's font (the app font scales)
    text_size: Annotated[int, Field(ge=100, le=200)] = 100
    language: Language = "system"
    media_reveal: MediaReveal = "blurred"
    #: the moderator's own reveal level per policy area (reviewer.wellbeing); an area
    #: not listed follows the team default
    media_reveal_areas: dict[Annotated[str, Field(min_length=1, max_length=64)], MediaReveal] = (
        Field(default_factory=dict, max_length=100)
    )
    #: minutes of exposure to sensitive media before a break reminder (0: never)
    break_after_minutes: Annotated[int, Field(ge=0, le=480)] = 30
    shortcuts: dict[
        Annotated[str, Field(min_length=1, max_length=64)],
        Annotated[str, Field(min_length=1, max_length=32)],
    ] = Field(default_factory=dict, max_length=100)

    @field_validator("server_url")
    @classmethod
    def _url_shape(cls, value: str) -> str:
        value = value.strip()
        if not value:
            return value
        parts = urlsplit(value)
        if parts.scheme not in {"http", "https"} or not parts.hostname:
            raise ValueError("must be an http(s) URL with a host, e.g. https://cases.example.com")
        return value.rstrip("/")

    @property
    def retention_seconds(self) -> float:
        return self.retention_hours * 3600


# --- migrations -----------------------------------------------------------------------------------


def _from_unversioned(data: dict[str, Any]) -> dict[str, Any]:
    """Version 0: early builds and hand-written files used short names and no version."""
    out = dict(data)
    renames = (("server", "server_url"), ("user", "username"), ("prefetch", "prefetch_depth"))
    for old, new in renames:
        if old in out and new not in out:
            out[new] = out.pop(old)
    if "dark_mode" in out and "theme" not in out:
        out["theme"] = "dark" if out.pop("dark_mode") else "light"
    return out


# MIGRATIONS[n] turns a version-n document into version n+1. Append, never edit.
MIGRATIONS: Final[dict[int, Callable[[dict[str, Any]], dict[str, Any]]]] = {
    0: _from_unversioned,
}


def migrate(data: dict[str, Any]) -> dict[str, Any]:
    """Upgrade a settings document to :data:`SETTINGS_VERSION`."""
    raw_version = data.get("version", 0)
    if not isinstance(raw_version, int) or isinstance(raw_version, bool) or raw_version < 0:
        raise ValueError(f"version {raw_version!r} is not a settings version")
    version = raw_version
    while version < SETTINGS_VERSION:
        data = MIGRATIONS[version](data)
        version += 1
        data["version"] = version
    return data


# --- load and save --------------------------------------------------------------------------------


@dataclass(frozen=True)
class LoadedSettings:
    """The settings to use, and a warning for the user when the file was not usable as is."""

    settings: Settings
    warning: str | None = None
    kept_aside: Path | None = None


def default_path() -> Path:
    return AppPaths.default().settings_path


def load_settings(path: Path | None = None) -> LoadedSettings:
    """Read, migrate and validate; never raises for a bad file (defaults plus a warning)."""
    path = path or default_path()
    try:
        if path.stat().st_size > MAX_SETTINGS_BYTES:
            return _fallback(path, {}, f"the file is larger than {MAX_SETTINGS_BYTES} bytes")
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return LoadedSettings(Settings())
    except (OSError, UnicodeDecodeError) as exc:
        return _fallback(path, {}, f"it could not be read ({exc})")
    try:
        data = json.loads(text)
    except ValueError as exc:
        return _fallback(path, {}, f"it is not valid JSON ({exc})")
    if not isinstance(data, dict):
        return _fallback(path, {}, "it does not hold a JSON object")
    newer = isinstance(data.get("version"), int) and data["version"] > SETTINGS_VERSION
    try:
        data = migrate(data)
    except (ValueError, KeyError, TypeError) as exc:
        return _fallback(path, {}, f"it could not be upgraded ({exc})")
    try:
        settings = Settings.model_validate(data)
    except pydantic.ValidationError as exc:
        return _partial(path, data, exc)
    if newer:
        warning = (
            f"Settings in {path} were written by a newer version of the client; "
            "options this version does not know are ignored."
        )
        log.warning(warning)
        return LoadedSettings(settings, warning)
    return LoadedSettings(settings)


def _partial(path: Path, data: dict[str, Any], exc: pydantic.ValidationError) -> LoadedSettings:
    """Keep the valid fields, reset the invalid ones to their defaults."""
    bad = sorted({str(err["loc"][0]) for err in exc.errors() if err["loc"]})
    kept = {k: v for k, v in data.items() if k not in bad}
    details = "; ".join(
        f"{'.'.join(str(p) for p in err['loc'])}: {err['msg']}"
        for err in exc.errors(include_url=False)
    )
    return _fallback(path, kept, f"some values are invalid ({details}); those use defaults")


def _fallback(path: Path, keep: dict[str, Any], why: str) -> LoadedSettings:
    try:
        settings = Settings.model_validate(keep)
    except pydantic.ValidationError:
        settings = Settings()
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    aside: Path | None = path.with_name(f"{path.name}.bad-{stamp}")
    try:
        os.replace(path, path.with_name(f"{path.name}.bad-{stamp}"))
    except OSError:
        aside = None
    where = f" The old file was kept as {aside}." if aside else ""
    warning = f"Settings in {path} could not be used: {why}.{where}"
    log.warning(warning)
    return LoadedSettings(settings, warning, aside)


def save_settings(settings: Settings, path: Path | None = None) -> Path:
    """Write atomically (temp file, fsync, rename), owner-readable only."""
    path = path or default_path()
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    data = settings.model_dump(mode="json")
    data["version"] = SETTINGS_VERSION
    text = json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise
    _fsync_dir(path.parent)
    return path


def update_settings(path: Path | None = None, **changes: Any) -> Settings:
    """Load, change some fields (validated), save; returns the saved settings."""
    current = load_settings(path).settings
    updated = Settings.model_validate({**current.model_dump(), **changes})
    save_settings(updated, path)
    return updated


def _fsync_dir(folder: Path) -> None:
    """Make the rename itself durable (POSIX); a no-op where directories cannot be opened."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
