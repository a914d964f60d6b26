"""The admin's policy taxonomy endpoints (``/v1/admin/taxonomy``) on top of
:class:`reviewer.client.transport.ApiClient`'s plumbing: the same deadline, byte caps, token
refresh and problem mapping as every other call (a 409 for a published version arrives as the
usual typed error)."""

from __future__ import annotations

from reviewer import contract
from reviewer.client.transport import ApiClient, encode_body, path_segment

PREFIX = "/v1/admin/taxonomy"


class TaxonomyApi:
    """Draft, edit, compare and publish taxonomy versions via one ApiClient."""

    def __init__(self, api: ApiClient) -> None:
        self.api = api

    def versions(self) -> contract.TaxonomyVersionList:
        return self.api.request_json("GET", f"{PREFIX}/versions", contract.TaxonomyVersionList)

    def draft(self) -> contract.TaxonomyVersion:
        """A draft copied from the current version (the open draft if there is one)."""
        return self.api.request_json(
            "POST", f"{PREFIX}/drafts", contract.TaxonomyVersion, content=b"{}"
        )

    def save(self, version: str, edit: contract.TaxonomyEdit) -> contract.TaxonomyVersion:
        return self.api.request_json(
            "PUT",
            f"{PREFIX}/versions/{path_segment(version)}",
            contract.TaxonomyVersion,
            content=encode_body(edit),
        )

    def diff(self, version: str) -> contract.TaxonomyDiff:
        return self.api.request_json(
            "GET", f"{PREFIX}/versions/{path_segment(version)}/diff", contract.TaxonomyDiff
        )

    def publish(self, version: str) -> contract.TaxonomyVersion:
        return self.api.request_json(
            "POST",
            f"{PREFIX}/versions/{path_segment(version)}/publish",
            contract.TaxonomyVersion,
            content=b"{}",
        )


def in_language(taxonomy: contract.PolicyTaxonomy, language: str) -> contract.PolicyTaxonomy:
    """``taxonomy`` with each action, area and reason's ``label`` in ``language`` (a shipped
    language code: "es", "zh_CN"), from the ``labels`` the service sent; English where the
    service has none. Codes, keys and rules stay as they are: only what a person reads."""

    def pick(labels: dict[str, str], english: str) -> str:
        return labels.get(language) or labels.get(language.split("_")[0]) or english

    return taxonomy.model_copy(
        update={
            "actions": [
                a.model_copy(update={"label": pick(a.labels, a.label)}) for a in taxonomy.actions
            ],
            "areas": [
                a.model_copy(update={"label": pick(a.labels, a.label)}) for a in taxonomy.areas
            ],
            "skip_reasons": [
                r.model_copy(update={"label": pick(r.labels, r.label)})
                for r in taxonomy.skip_reasons
            ],
            "escalation_reasons": [
                r.model_copy(update={"label": pick(r.labels, r.label)})
                for r in taxonomy.escalation_reasons
            ],
        }
    )
