"""GET /v1/policies carries the taxonomy's labels in the desk's other languages, against the
real service: every seeded action, area and reason in es, ar and zh_CN; an item an admin
relabels falls back to English (no stale translation)."""

from __future__ import annotations

import copy
from typing import Any

from devkit.live_service import LiveService
from server.domain.taxonomy_labels import LABELS

LANGUAGES = {"es", "ar", "zh_CN"}
SECTIONS = ("actions", "areas", "skip_reasons", "escalation_reasons")


def _items(doc: dict[str, Any]) -> list[dict[str, Any]]:
    return [item for section in SECTIONS for item in doc[section]]


def test_every_seeded_label_is_served_in_every_language(shared_service: LiveService) -> None:
    with shared_service.client("moderator1") as desk:
        doc = desk.get("/v1/policies").json()
    items = _items(doc)
    assert len(items) >= 25
    for item in items:
        assert set(item["labels"]) == LANGUAGES, item
        assert all(text and text != item["label"] for text in item["labels"].values()), item
    spanish = {item["code"]: item["labels"]["es"] for item in doc["actions"]}
    assert spanish["no_violation"] == "Sin infracción"


def test_a_relabelled_item_falls_back_to_english(live_service: LiveService) -> None:
    admin_path = "/v1/admin/taxonomy"
    with live_service.client("admin1") as admin, live_service.client("moderator1") as desk:
        draft = admin.post(f"{admin_path}/drafts").json()
        taxonomy = copy.deepcopy(draft["taxonomy"])
        edit = {k: taxonomy[k] for k in (*SECTIONS, "flagged_terms")}
        for action in edit["actions"]:
            if action["code"] == "warn_streamer":
                action["label"] = "Warn the streamer"
        version = draft["version"]
        assert admin.put(f"{admin_path}/versions/{version}", json=edit).status_code == 200
        assert admin.post(f"{admin_path}/versions/{version}/publish").status_code == 200
        served = {a["code"]: a for a in desk.get("/v1/policies").json()["actions"]}
    assert served["warn_streamer"]["labels"] == {}
    assert served["mute_chat"]["labels"] == LABELS["Mute chat"]
