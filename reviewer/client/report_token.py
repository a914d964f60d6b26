"""A scheduled report job's credentials: one fixed bearer token (issued by an admin, read
only, limited to reports), held like a session so that the job speaks through
:class:`reviewer.client.transport.ApiClient` and the site's proxy and CA bundle apply."""

from __future__ import annotations

from reviewer.client.credentials import MemoryVault
from reviewer.client.errors import AuthExpired
from reviewer.client.tokens import AuthCalls, TokenManager


class ReportToken(TokenManager):
    """Always the same access token; never refreshed (a refused one is an AuthExpired that
    says the token expired or was revoked), never written anywhere."""

    def __init__(self, server_url: str, token: str) -> None:
        super().__init__(server_url, MemoryVault())
        self._token = token

    def __repr__(self) -> str:  # never show a token
        return f"ReportToken(server_url={self.server_url!r})"

    def access_token(self) -> str | None:
        return self._token

    def refresh(self, seen_token: str | None, *, via: AuthCalls) -> str:
        raise AuthExpired("The service refused the report token: it expired or was revoked.")
