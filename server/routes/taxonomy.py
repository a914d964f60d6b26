"""The admin's policy taxonomy: draft a new version from the current one, edit it, see its
differences from the current one, publish it. Admin only (403 for every other role); each
change is a row of ``taxonomy_log``."""

from __future__ import annotations

from fastapi import APIRouter, Path

from reviewer import contract
from server.domain import taxonomy
from server.domain.clock import now_utc
from server.security import CurrentUser, DbSession, require_role
from server.state import SessionRoute

router = APIRouter(
    prefix=contract.API_PREFIX + "/admin/taxonomy", tags=["admin"], route_class=SessionRoute
)

_ERRORS: dict[int | str, dict[str, object]] = {
    403: {"model": contract.Problem},
    404: {"model": contract.Problem},
    409: {"model": contract.Problem},
    422: {"model": contract.Problem},
}
VersionPath = Path(min_length=1, max_length=64)


@router.get("/versions", response_model=contract.TaxonomyVersionList, responses=_ERRORS)
def list_versions(principal: CurrentUser, session: DbSession) -> contract.TaxonomyVersionList:
    """Every version, oldest first, and which one is current."""
    require_role(principal, "admin")
    return taxonomy.versions(session)


@router.post("/drafts", response_model=contract.TaxonomyVersion, responses=_ERRORS)
def create_draft(principal: CurrentUser, session: DbSession) -> contract.TaxonomyVersion:
    """A draft copied from the current version; the open draft if there already is one."""
    require_role(principal, "admin")
    row = taxonomy.new_draft(session, principal.user.username, now_utc())
    session.commit()
    return taxonomy.view(row)


@router.put("/versions/{version}", response_model=contract.TaxonomyVersion, responses=_ERRORS)
def edit_draft(
    principal: CurrentUser,
    session: DbSession,
    body: contract.TaxonomyEdit,
    version: str = VersionPath,
) -> contract.TaxonomyVersion:
    """Replace a draft's content (409 for a published version: it never changes)."""
    require_role(principal, "admin")
    row = taxonomy.save_draft(session, version, body, principal.user.username, now_utc())
    session.commit()
    return taxonomy.view(row)


@router.get("/versions/{version}/diff", response_model=contract.TaxonomyDiff, responses=_ERRORS)
def diff_version(
    principal: CurrentUser, session: DbSession, version: str = VersionPath
) -> contract.TaxonomyDiff:
    """What ``version`` changes against the current version."""
    require_role(principal, "admin")
    base = taxonomy.current(session)
    new = taxonomy.view(taxonomy.load_row(session, version)).taxonomy
    return contract.TaxonomyDiff(
        base=base.version, version=version, changes=taxonomy.diff(base, new)
    )


@router.post(
    "/versions/{version}/publish", response_model=contract.TaxonomyVersion, responses=_ERRORS
)
def publish_version(
    principal: CurrentUser, session: DbSession, version: str = VersionPath
) -> contract.TaxonomyVersion:
    """Publish a draft: desks pick it up at their next policy refresh."""
    require_role(principal, "admin")
    row = taxonomy.publish(session, version, principal.user.username, now_utc())
    session.commit()
    return taxonomy.view(row)
