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
