"""Calibration and QA endpoints on top of :class:`reviewer.client.transport.ApiClient`'s plumbing.

Kept beside the ApiClient rather than in it: the calls reuse its deadline, byte
caps, token refresh and problem mapping (``request_json``/``request_bytes``), and answer
uploads splice the stored answer bytes in verbatim, like decision uploads, so
a retry sends exactly what the first attempt sent.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence

from reviewer import contract
from reviewer.chat import ChatColumns, ChatFormatError, parse_chat_page
from reviewer.client.errors import BadResponse
from reviewer.client.transport import (
    UPLOAD_RESULT_MAX_BYTES,
    ApiClient,
    encode_body,
    page_params,
    path_segment,
)

_SHA256 = re.compile(r"^[0-9a-f]{64}$")


class CalibrationApi:
    """The ``/v1/calibration`` and ``/v1/qa`` endpoints through one ApiClient (same thread)."""

    def __init__(self, api: ApiClient) -> None:
        self.api = api

    # --- sessions and blind items ----------------------------------------------------------

    def sessions(self) -> contract.CalibrationSessionList:
        return self.api.request_json(
            "GET", "/v1/calibration/sessions", contract.CalibrationSessionList
        )

    def create_session(
        self, body: contract.CalibrationSessionCreate
    ) -> contract.CalibrationSessionSummary:
        return self.api.request_json(
            "POST",
            "/v1/calibration/sessions",
            contract.CalibrationSessionSummary,
            content=encode_body(body),
        )

    def items(self, session_id: str) -> contract.CalibrationItemList:
        path = f"/v1/calibration/sessions/{path_segment(session_id)}/items"
        return self.api.request_json("GET", path, contract.CalibrationItemList)

    def item_chat_raw(
        self, item_id: str, cursor: str | None = None, limit: int | None = None
    ) -> tuple[bytes, ChatColumns]:
        params = page_params(cursor, limit)
        body = self.api.request_bytes(
            "GET",
            f"/v1/calibration/items/{path_segment(item_id)}/chat",
            params=params,
            max_bytes=self.api.chat_max_bytes,
        )
        try:
            page = parse_chat_page(body)
        except ChatFormatError as exc:
            raise BadResponse(f"The case service sent a broken chat page ({exc}).") from None
        if page.case_id != item_id:
            raise BadResponse("The case service sent a chat page of another item.")
        return body, page

    def media(self, sha256: str) -> bytes:
        """Snapshot bytes of a calibration item; the content hash is checked."""
        if not _SHA256.match(sha256):
            raise ValueError("media is addressed by a lowercase sha256 hex digest")
        body = self.api.request_bytes(
            "GET", f"/v1/calibration/media/{sha256}", max_bytes=self.api.media_max_bytes
        )
        if hashlib.sha256(body).hexdigest() != sha256:
            raise BadResponse("The case service sent a snapshot whose content hash does not match.")
        return body

    # --- answers, submit, report -----------------------------------------------------------

    def upload_answers(
        self, session_id: str, items: Sequence[bytes]
    ) -> contract.CalibrationAnswerBatchResponse:
        """``answers:batch`` with each stored CalibrationAnswerIn's bytes spliced in verbatim."""
        if not items:
            raise ValueError("an upload needs at least one answer")
        if len(items) > contract.MAX_CALIBRATION_ANSWERS:
            raise ValueError(f"at most {contract.MAX_CALIBRATION_ANSWERS} answers per upload")
        body = b'{"answers":[' + b",".join(items) + b"]}"
        return self.api.request_json(
            "POST",
            f"/v1/calibration/sessions/{path_segment(session_id)}/answers:batch",
            contract.CalibrationAnswerBatchResponse,
            content=body,
            max_bytes=UPLOAD_RESULT_MAX_BYTES,
            deadline_s=self.api.upload_deadline_s,
        )

    def submit(self, session_id: str) -> contract.CalibrationReport:
        path = f"/v1/calibration/sessions/{path_segment(session_id)}/submit"
        return self.api.request_json("POST", path, contract.CalibrationReport, content=b"{}")

    def report(self, session_id: str) -> contract.CalibrationReport:
        path = f"/v1/calibration/sessions/{path_segment(session_id)}/report"
        return self.api.request_json("GET", path, contract.CalibrationReport)

    # --- QA pool, results, disputes --------------------------------------------------------

    def qa_results(self, **filters: str) -> contract.QaResultPage:
        params = {k: v for k, v in filters.items() if v}
        return self.api.request_json("GET", "/v1/qa/results", contract.QaResultPage, params=params)

    def dispute(self, result_id: str, note: str) -> contract.QaResult:
        body = encode_body(contract.DisputeRequest(note=note))
        path = f"/v1/qa/results/{path_segment(result_id)}/dispute"
        return self.api.request_json("POST", path, contract.QaResult, content=body)

    def resolve(self, result_id: str, outcome: str, note: str = "") -> contract.QaResult:
        body = encode_body(
            contract.DisputeResolution.model_validate({"outcome": outcome, "note": note})
        )
        path = f"/v1/qa/results/{path_segment(result_id)}/resolve"
        return self.api.request_json("POST", path, contract.QaResult, content=body)

    def pool(self, *, available: bool = False) -> contract.QaPoolPage:
        params = {"available": "true"} if available else {}
        return self.api.request_json("GET", "/v1/qa/pool", contract.QaPoolPage, params=params)

    def sampling(self) -> contract.QaSamplingList:
        return self.api.request_json("GET", "/v1/qa/sampling", contract.QaSamplingList)

    def set_sampling(self, queue: str, rate: float) -> contract.QaSamplingRate:
        body = encode_body(contract.QaSamplingUpdate(rate=rate))
        path = f"/v1/qa/sampling/{path_segment(queue)}"
        return self.api.request_json("PUT", path, contract.QaSamplingRate, content=body)
