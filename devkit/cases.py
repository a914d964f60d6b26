"""Synthetic cases as the client would hold them, and the reference service's taxonomy.

The cases come from ``server.synth.generate_cases`` (the same data the demo service
serves); snapshots are written to a folder as the content cache would hold them. Used by
the UI tests, the chat-open bench and the screenshot tools as realistic cases.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reviewer import contract
from reviewer.chat import ChatColumns, ChatLog


@dataclass
class CaseBundle:
    """What the client would have on disk for one case: detail, chat and media files."""

    detail: contract.CaseDetail
    chat: ChatLog
    media: dict[str, Path]
    flagged_terms: list[str]

    def media_path(self, sha256: str) -> Path | None:
        return self.media.get(sha256)


def synth_case(
    media_dir: Path, *, index: int = 0, seed: int = 7, want: str = "", n_cases: int = 12
) -> CaseBundle:
    """Case ``index`` of a synthetic run (or the first whose snapshots match ``want``:
    "sensitive" for one with a sensitive snapshot)."""
    from server.synth import generate_cases
    from server.synth.chat import FLAGGED_TERMS

    chosen = None
    for i, case in enumerate(generate_cases(n_cases, seed)):
        if want == "sensitive":
            if any(
                float(lab["score"]) >= 0.5  # type: ignore[arg-type]
                for s in case.snapshots
                for lab in s.labels
            ):
                chosen = case
                break
        elif i == index:
            chosen = case
            break
    if chosen is None:
        raise LookupError(f"no synthetic case matches index={index} want={want!r}")
    case = chosen
    media_dir.mkdir(parents=True, exist_ok=True)
    media: dict[str, Path] = {}
    for snap in case.snapshots:
        path = media_dir / snap.sha256
        path.write_bytes(snap.jpeg)
        media[snap.sha256] = path
    detail = contract.CaseDetail(
        case_id=case.case_id,
        queue=case.queue,
        status="leased",
        created_at=case.created_at,
        stream=contract.StreamInfo.model_validate(case.stream),
        streamer=contract.StreamerInfo.model_validate(case.streamer),
        reports=[contract.ReportInfo.model_validate(r) for r in case.reports],
        prior_enforcement=[
            contract.PriorEnforcement.model_validate(p) for p in case.prior_enforcement
        ],
        snapshots=[
            contract.Snapshot(
                sha256=s.sha256,
                offset_seconds=s.offset_seconds,
                captured_at=s.captured_at,
                width=s.width,
                height=s.height,
                size_bytes=len(s.jpeg),
                labels=[contract.SensitivityLabel.model_validate(lab) for lab in s.labels],
            )
            for s in case.snapshots
        ],
        chat_count=len(case.chat),
        escalation_reason=case.escalation_reason,
        escalation_note=case.escalation_note,
    )
    chat = ChatLog(case.case_id)
    c = case.chat
    n = len(c)
    chat.append_page(
        ChatColumns(
            case_id=case.case_id,
            total=n,
            start=0,
            ids=[f"{case.case_id}-m{i}" for i in range(n)],
            offset_ms=list(c.offset_ms),
            user_ids=list(c.user_ids),
            usernames=list(c.usernames),
            texts=list(c.texts),
            flagged=list(c.flagged),
            next_cursor=None,
        )
    )
    return CaseBundle(detail, chat, media, list(FLAGGED_TERMS))


def taxonomy() -> contract.PolicyTaxonomy:
    """The reference service's taxonomy, as GET /v1/policies sends it on a fresh service
    (no flagged terms, no announcements): built by the service's own builder."""
    from server.domain import policies, taxonomy_labels

    return taxonomy_labels.with_labels(policies.taxonomy())
