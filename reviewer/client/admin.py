"""The admin console's endpoints (``/v1/admin/...``: users, queues, golden items and the
admin log) on top of
:class:`reviewer.client.transport.ApiClient`'s plumbing, like :mod:`reviewer.client.lead`:
a 403 for anyone but an admin arrives as the usual typed error."""

from __future__ import annotations

from reviewer import contract
from reviewer.client.transport import ApiClient, encode_body, path_segment


class AdminApi:
    """``/v1/admin/...`` (and the QA sampling rates the admin's page sets) via one
    ApiClient."""

    def __init__(self, api: ApiClient) -> None:
        self.api = api

    def users(self) -> contract.AdminUserList:
        return self.api.request_json("GET", "/v1/admin/users", contract.AdminUserList)

    def create_user(self, body: contract.AdminUserCreate) -> contract.AdminUser:
        return self.api.request_json(
            "POST", "/v1/admin/users", contract.AdminUser, content=encode_body(body)
        )

    def change_user(self, user_id: str, change: contract.AdminUserChange) -> contract.AdminUser:
        """Only the fields set in ``change`` are sent (the rest stay as they are)."""
        body = change.model_dump_json(exclude_none=True).encode()
        path = f"/v1/admin/users/{path_segment(user_id)}"
        return self.api.request_json("PATCH", path, contract.AdminUser, content=body)

    def reset_password(self, user_id: str, temporary_password: str) -> contract.AdminUser:
        body = encode_body(contract.PasswordReset(temporary_password=temporary_password))
        path = f"/v1/admin/users/{path_segment(user_id)}/password-reset"
        return self.api.request_json("POST", path, contract.AdminUser, content=body)

    def log(self, before_seq: int | None = None, limit: int = 100) -> contract.AdminLogPage:
        """The admin log, newest first."""
        params = {"limit": str(limit)}
        if before_seq is not None:
            params["before_seq"] = str(before_seq)
        return self.api.request_json("GET", "/v1/admin/log", contract.AdminLogPage, params=params)

    def queues(self) -> contract.AdminQueueList:
        return self.api.request_json("GET", "/v1/admin/queues", contract.AdminQueueList)

    def create_queue(self, body: contract.AdminQueueCreate) -> contract.AdminQueue:
        return self.api.request_json(
            "POST", "/v1/admin/queues", contract.AdminQueue, content=encode_body(body)
        )

    def change_queue(self, queue_id: str, change: contract.AdminQueueChange) -> contract.AdminQueue:
        """Only the fields set in ``change`` are sent (the rest stay as they are)."""
        body = change.model_dump_json(exclude_none=True).encode()
        path = f"/v1/admin/queues/{path_segment(queue_id)}"
        return self.api.request_json("PATCH", path, contract.AdminQueue, content=body)

    def golden(self) -> contract.GoldenItemList:
        return self.api.request_json("GET", "/v1/admin/golden", contract.GoldenItemList)

    def promote_golden(self, case_id: str) -> contract.GoldenItem:
        body = encode_body(contract.GoldenPromote(case_id=case_id))
        return self.api.request_json("POST", "/v1/admin/golden", contract.GoldenItem, content=body)

    def retire_golden(self, case_id: str) -> contract.GoldenItem:
        path = f"/v1/admin/golden/{path_segment(case_id)}"
        return self.api.request_json("DELETE", path, contract.GoldenItem)

    def sampling(self) -> contract.QaSamplingList:
        """The QA sampling rate of each queue (``/v1/qa/sampling``)."""
        return self.api.request_json("GET", "/v1/qa/sampling", contract.QaSamplingList)

    def set_sampling(self, queue: str, rate: float) -> contract.QaSamplingRate:
        body = encode_body(contract.QaSamplingUpdate(rate=rate))
        path = f"/v1/qa/sampling/{path_segment(queue)}"
        return self.api.request_json("PUT", path, contract.QaSamplingRate, content=body)
