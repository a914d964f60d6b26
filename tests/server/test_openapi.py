"""The committed OpenAPI document is exactly what the code generates."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from server import cli
from server.app import create_app
from server.config import Settings

DOC = Path(__file__).resolve().parents[2] / "docs" / "openapi.json"


def test_committed_openapi_matches_the_code() -> None:
    generated = create_app(Settings(database_url="sqlite://")).openapi()
    committed = json.loads(DOC.read_text(encoding="utf-8"))
    assert committed == json.loads(json.dumps(generated)), (
        "docs/openapi.json is out of date: run `python -m server openapi > docs/openapi.json`"
    )


def test_openapi_command_prints_the_same_document(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["openapi"]) == 0
    assert json.loads(capsys.readouterr().out) == json.loads(DOC.read_text(encoding="utf-8"))


def test_document_covers_the_contract() -> None:
    doc = json.loads(DOC.read_text(encoding="utf-8"))
    for path in (
        "/v1/info",
        "/v1/auth/login",
        "/v1/auth/refresh",
        "/v1/auth/logout",
        "/v1/me",
        "/v1/policies",
        "/v1/announcements/{announcement_id}/ack",
        "/v1/queues",
        "/v1/queues/{queue_id}/batches",
        "/v1/batches/{batch_id}/renew",
        "/v1/batches/{batch_id}/release",
        "/v1/cases/{case_id}",
        "/v1/cases/{case_id}/chat",
        "/v1/media/{sha256}",
        "/v1/decisions:batch",
        "/v1/decisions",
        "/v1/decisions/{decision_id}",
    ):
        assert path in doc["paths"], path
    assert "security" not in doc["paths"]["/v1/auth/login"]["post"]
    assert doc["paths"]["/v1/decisions"]["get"]["security"] == [{"bearer": []}]
