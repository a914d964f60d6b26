"""Where the client keeps its files.

platformdirs gives each kind of file its proper home (user data for the store,
user cache for case content, user log, user config). One environment variable,
``REVIEWER_HOME``, moves all four under a single folder, for tests and for
portable installs on shared workstations.
"""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "live-review-desk"
HOME_ENV = "REVIEWER_HOME"
STORE_FILE = "store.sqlite3"
SETTINGS_FILE = "settings.json"


@dataclass(frozen=True)
class AppPaths:
    """The four folders the client writes to; nothing else is touched."""

    data_dir: Path
    cache_dir: Path
    log_dir: Path
    config_dir: Path

    @classmethod
    def default(cls) -> AppPaths:
        """Platform paths, or all under ``$REVIEWER_HOME`` when it is set."""
        home = os.environ.get(HOME_ENV, "").strip()
        if home:
            return cls.under(Path(home))
        return cls(
            data_dir=Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
            cache_dir=Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)),
            log_dir=Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)),
            config_dir=Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
        )

    @classmethod
    def under(cls, home: Path) -> AppPaths:
        """All four folders beneath one root (portable install, tests)."""
        root = home.expanduser().absolute()
        return cls(
            data_dir=root / "data",
            cache_dir=root / "cache",
            log_dir=root / "log",
            config_dir=root / "config",
        )

    @property
    def store_path(self) -> Path:
        return self.data_dir / STORE_FILE

    def store_path_for(self, server_url: str, username: str) -> Path:
        """One store per (server, user): on a shared workstation each moderator's decisions,
        outbox and audit chain stay apart, so nobody's pending work is sent with another
        person's token and every chain belongs to one moderator."""
        server = server_url.strip().rstrip("/").lower()
        user = username.strip()
        if not server or not user:
            raise ValueError("a store belongs to a server URL and a user name")
        digest = hashlib.sha256(f"{server}\n{user}".encode()).hexdigest()[:16]
        readable = re.sub(r"[^A-Za-z0-9_.-]", "_", user)[:40]
        return self.data_dir / f"store-{readable}-{digest}.sqlite3"

    def local_stores(self) -> list[Path]:
        """Every store on this machine: one per (server, user), plus a store from before
        stores were per user, if one is left."""
        found = sorted(self.data_dir.glob("store-*.sqlite3"))
        if self.store_path.exists():
            found.append(self.store_path)
        return found

    @property
    def settings_path(self) -> Path:
        return self.config_dir / SETTINGS_FILE

    @property
    def content_dir(self) -> Path:
        """Cached case content (media, chat pages): disposable, purged often."""
        return self.cache_dir / "content"

    def ensure(self) -> AppPaths:
        """Create the folders, readable by the owner only (case content is sensitive)."""
        for folder in (self.data_dir, self.cache_dir, self.log_dir, self.config_dir):
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        return self
