"""Who is asking: the authenticated caller of one request, as the domain sees it."""

from __future__ import annotations

from dataclasses import dataclass

from server.models.core import User


@dataclass(frozen=True)
class Principal:
    """The authenticated caller of one request."""

    user: User
    session_id: str
    token_hash: str

    @property
    def role(self) -> str:
        return self.user.role
