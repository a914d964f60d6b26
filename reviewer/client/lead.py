"""The team lead's endpoints (history, audit chains, guidelines, metrics) on top of
:class:`reviewer.client.transport.ApiClient`'s plumbing.

Like :mod:`reviewer.client.calibration`, the calls reuse the client's deadline, byte caps,
token refresh and problem mapping (``request_json``), so a 403 for a role that may not see
something arrives as the same typed :class:`reviewer.client.errors.ApiError` as everywhere else.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import UTC, datetime

from reviewer import contract
from reviewer.client.labels import LabelsApi
from reviewer.client.transport import (
    UPLOAD_RESULT_MAX_BYTES,
    ApiClient,
    encode_body,
    path_segment,
)

#: history pages hold many rows with notes: a larger cap than a small JSON answer
HISTORY_MAX_BYTES = 16 * 1024 * 1024


def _params(model: contract.RequestModel) -> dict[str, str]:
    """Query parameters from a request model: None left out, booleans as true/false."""
    out: dict[str, str] = {}
    for key, value in model.model_dump(mode="json", by_alias=True, exclude_none=True).items():
        if isinstance(value, bool):
            out[key] = "true" if value else "false"
        else:
            out[key] = str(value)
    return out


class LeadApi:
    """``/v1/audit``, ``/v1/announcements`` (publishing) and ``/v1/metrics`` via one ApiClient."""

    def __init__(self, api: ApiClient) -> None:
        self.api = api
        #: account labels: a lead lists their team's requests and decides them
        self.labels = LabelsApi(api)

    # --- history ---------------------------------------------------------------------------

    def decisions(self, flt: contract.AuditFilter | None = None) -> contract.AuditDecisionPage:
        """One page of role-scoped history with the lead's filters, newest first."""
        params = _params(flt or contract.AuditFilter())
        return self.api.request_json(
            "GET",
            "/v1/audit/decisions",
            contract.AuditDecisionPage,
            params=params,
            max_bytes=HISTORY_MAX_BYTES,
        )

    def iter_decisions(
        self, flt: contract.AuditFilter | None = None, *, max_pages: int = 1000
    ) -> Iterator[contract.AuditDecision]:
        """Every decision matching the filter, page after page (for exports)."""
        current = flt or contract.AuditFilter()
        for _ in range(max_pages):
            page = self.decisions(current)
            yield from page.items
            if not page.next_cursor:
                return
            current = current.model_copy(update={"cursor": page.next_cursor})

    def case_chain(self, case_id: str) -> contract.DecisionChain:
        """The whole decision chain of one case (decisions, QA verdicts, disputes, timeline)."""
        path = f"/v1/audit/cases/{path_segment(case_id)}/chain"
        return self.api.request_json("GET", path, contract.DecisionChain)

    # --- audit chains ----------------------------------------------------------------------

    def chain_report(
        self, username: str, *, seq: int | None = None, head: str | None = None
    ) -> contract.AuditChainReport:
        """Compare a moderator's uploaded chain heads with the stored decisions; ``seq`` and
        ``head`` (both or neither) are an extra claim to check, e.g. read off their client."""
        params: dict[str, str] = {}
        if seq is not None:
            params["seq"] = str(seq)
        if head is not None:
            params["head"] = head
        path = f"/v1/audit/chains/{path_segment(username)}"
        return self.api.request_json("GET", path, contract.AuditChainReport, params=params)

    # --- urgent guidelines -----------------------------------------------------------------

    def publish(self, body: contract.AnnouncementCreate) -> contract.PublishedAnnouncement:
        return self.api.request_json(
            "POST",
            "/v1/announcements",
            contract.PublishedAnnouncement,
            content=encode_body(body),
        )

    def announcements(self) -> contract.PublishedAnnouncementList:
        """Every announcement with its target and ack counts (lead: counts over the team)."""
        return self.api.request_json("GET", "/v1/announcements", contract.PublishedAnnouncementList)

    def acks(self, announcement_id: str) -> contract.AckTable:
        path = f"/v1/announcements/{path_segment(announcement_id)}/acks"
        return self.api.request_json("GET", path, contract.AckTable)

    # --- metrics ---------------------------------------------------------------------------

    def metrics(
        self,
        *,
        since: datetime | None = None,
        until: datetime | None = None,
        group_by: contract.MetricsGroupBy = "moderator",
    ) -> contract.Metrics:
        """Dashboard figures over [since, until) grouped by moderator, queue, vendor or day."""
        query = contract.MetricsQuery.model_validate(
            {"from": since, "to": until, "group_by": group_by}
        )
        return self.api.request_json("GET", "/v1/metrics", contract.Metrics, params=_params(query))

    def weekly_report(
        self, week: str, *, vendor: str | None = None, team: str | None = None
    ) -> contract.WeeklyReport:
        """``GET /v1/reports/weekly``: one ISO week of a vendor and/or team, and the week before."""
        params = {"week": week}
        if vendor:
            params["vendor"] = vendor
        if team:
            params["team"] = team
        return self.api.request_json(
            "GET", "/v1/reports/weekly", contract.WeeklyReport, params=params
        )

    def breaches(self, since: datetime | None = None) -> contract.BreachList:
        """``GET /v1/breaches``: cases past their SLA deadline since ``since`` (the service's
        default: the last 24 hours), the latest first, with their count."""
        params = {} if since is None else {"from": since.astimezone(UTC).isoformat()}
        return self.api.request_json("GET", "/v1/breaches", contract.BreachList, params=params)

    # --- a disabled moderator's decisions --------------------------------------------------

    def import_decisions(
        self, body: contract.DecisionImportRequest
    ) -> contract.DecisionImportResponse:
        """``POST /v1/decisions:import``: one chunk of a disabled moderator's export."""
        return self.api.request_json(
            "POST",
            "/v1/decisions:import",
            contract.DecisionImportResponse,
            content=encode_body(body),
            max_bytes=UPLOAD_RESULT_MAX_BYTES,
        )

    def import_all(
        self, bodies: Sequence[contract.DecisionImportRequest]
    ) -> contract.DecisionImportResponse:
        """Import a whole export (``reviewer export-pending``, read into chunks by
        :func:`reviewer.store.pending_export.read_pending_export`) chunk by chunk; the
        answers joined into one, in the export's order."""
        if not bodies:
            raise ValueError("an import needs at least one chunk")
        answers = [self.import_decisions(body) for body in bodies]
        return contract.DecisionImportResponse(
            author=answers[0].author,
            disabled_at=answers[0].disabled_at,
            accepted=sum(a.accepted for a in answers),
            refused=sum(a.refused for a in answers),
            results=[r for a in answers for r in a.results],
        )
