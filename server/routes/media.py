"""Serving snapshot bytes once the caller's scope is checked: ETag, 304 and the memory cache.

Shared by the case routes and the calibration routes; each checks who may see the bytes
before it calls :func:`media_response`, which never decides that itself.
"""

from __future__ import annotations

from fastapi import Request, Response
from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from server.db import read
from server.domain.scope import one_or_404
from server.models.core import Media
from server.state import get_state

# private: the bytes are served only to users allowed to see the case, so a shared proxy must
# not keep them for anyone else; immutable: the name is the sha256 of the bytes.
IMMUTABLE = "private, max-age=31536000, immutable"

_MEDIA = select(Media.content_type, Media.data).where(Media.sha256 == bindparam("sha256"))


def media_response(request: Request, session: Session, sha256: str) -> Response:
    """The bytes named by ``sha256`` (or a 304 when the client has them): call only after
    the caller's scope is checked."""
    etag = f'"{sha256}"'
    headers = {"Cache-Control": IMMUTABLE, "ETag": etag}
    if etag in request.headers.get("if-none-match", ""):
        return Response(status_code=304, headers=headers)
    cache = get_state(request).media
    kept = cache.get(sha256)
    if kept is None:
        row = one_or_404(read(session, _MEDIA, {"sha256": sha256}).first(), "No such media.")
        kept = (row.content_type, row.data)
        cache.put(sha256, kept, len(row.data))
    content_type, data = kept
    return Response(content=data, media_type=content_type, headers=headers)
