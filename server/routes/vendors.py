"""``PUT /v1/admin/vendors/{vendor}``: an admin sets a vendor's settings (the time zone its
weekly report counts in). The zone must be one this service's tz database knows."""

from __future__ import annotations

from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from fastapi import APIRouter, Path
from sqlalchemy import select

from reviewer import contract
from server.domain.clock import now_utc
from server.errors import ApiError
from server.models.core import User, VendorSetting
from server.security import CurrentUser, DbSession, require_role
from server.state import SessionRoute

router = APIRouter(prefix=contract.API_PREFIX, tags=["admin"], route_class=SessionRoute)

_PROBLEMS: dict[int | str, dict[str, Any]] = {
    403: {"model": contract.Problem},
    404: {"model": contract.Problem},
    422: {"model": contract.Problem},
}


@router.put("/admin/vendors/{vendor}", response_model=contract.VendorSettings, responses=_PROBLEMS)
def put_vendor(
    principal: CurrentUser,
    session: DbSession,
    body: contract.VendorSettingsIn,
    vendor: str = Path(max_length=64),
) -> contract.VendorSettings:
    """Set a known vendor's time zone. Admins only."""
    require_role(principal, "admin")
    if session.scalar(select(User.user_id).where(User.vendor == vendor).limit(1)) is None:
        raise ApiError(404, "not_found", f"No vendor {vendor!r}.")
    try:
        ZoneInfo(body.time_zone)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ApiError(422, "validation", f"No time zone {body.time_zone!r}.") from exc
    row = session.get(VendorSetting, vendor)
    if row is None:
        row = VendorSetting(vendor=vendor, time_zone=body.time_zone)
        session.add(row)
    row.time_zone = body.time_zone
    row.updated_at = now_utc()
    row.updated_by = principal.user.user_id
    session.commit()
    return contract.VendorSettings(vendor=vendor, time_zone=row.time_zone)
