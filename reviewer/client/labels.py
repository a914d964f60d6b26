"""Account labels (``/v1/labels``) and the moderator's escalations (``/v1/escalations/mine``)
on top of :class:`reviewer.client.transport.ApiClient`'s plumbing, like
:mod:`reviewer.client.admin`: a refusal arrives as the usual typed error."""

from __future__ import annotations

from reviewer import contract
from reviewer.client.transport import ApiClient, encode_body, path_segment


class LabelsApi:
    """Ask for, list and decide account labels; list the caller's escalations."""

    def __init__(self, api: ApiClient) -> None:
        self.api = api

    def request(self, body: contract.AccountLabelRequest) -> contract.AccountLabel:
        return self.api.request_json(
            "POST", "/v1/labels", contract.AccountLabel, content=encode_body(body)
        )

    def labels(self, status: str = "") -> contract.AccountLabelList:
        """Requests the caller may see, newest first (a lead: their team's); ``status``:
        pending, approved or declined ("" for all)."""
        params = {"status": status} if status else {}
        return self.api.request_json("GET", "/v1/labels", contract.AccountLabelList, params=params)

    def decide(
        self, label_id: str, decision: contract.AccountLabelDecision
    ) -> contract.AccountLabel:
        path = f"/v1/labels/{path_segment(label_id)}/decision"
        return self.api.request_json(
            "POST", path, contract.AccountLabel, content=encode_body(decision)
        )

    def my_escalations(self, limit: int = 50) -> contract.MyEscalationList:
        """What the caller escalated, newest first, with the lead's outcomes."""
        return self.api.request_json(
            "GET",
            "/v1/escalations/mine",
            contract.MyEscalationList,
            params={"limit": str(limit)},
        )
