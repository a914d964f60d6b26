"""The v1 wire contract shared by the client and the reference service.

Request models forbid unknown fields so that a typo is an error, not a silent
no-op; response models ignore unknown fields so that an older client keeps
working when the service grows. Errors are RFC 9457 problem+json documents
whose ``type`` is one of :data:`PROBLEM_TYPES`.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Annotated, Any, Final, Literal

from pydantic import (
    AfterValidator,
    AwareDatetime,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    model_validator,
)

API_PREFIX = "/v1"
CLIENT_VERSION_HEADER = "X-Reviewer-Client"
PROBLEM_CONTENT_TYPE = "application/problem+json"

MAX_REQUEST_BYTES = 4 * 1024 * 1024
MAX_BATCH_DECISIONS = 500
MAX_LEASE_SIZE = 20
DEFAULT_LEASE_SIZE = 5
MAX_CHAT_PAGE = 5000
MAX_HISTORY_PAGE = 500
MAX_NOTE_CHARS = 4000
#: the largest sequence number the service takes: the largest integer every JSON parser reads
#: exactly (a double's 53 bits), well inside the BIGINT columns that store them
MAX_SEQ = 2**53 - 1
#: case ids one release may name (a batch holds at most MAX_LEASE_SIZE)
MAX_RELEASE_IDS = 100
#: the instants a request may carry: any a clock could mean, none whose conversion to UTC
#: falls off the calendar (year 1 at +14:00, year 9999 at -14:00)
EARLIEST_INSTANT = datetime(1970, 1, 1, tzinfo=UTC)
LATEST_INSTANT = datetime(9000, 1, 1, tzinfo=UTC)
#: the same bound as a pattern on the text, so that the OpenAPI document says it too
INSTANT_PATTERN = r"^(19[7-9][0-9]|[2-8][0-9]{3})-"

Role = Literal["moderator", "qa", "lead", "admin"]
DecisionStatus = Literal["accepted", "duplicate", "id_reused", "case_conflict", "rejected"]
CaseStatus = Literal["open", "leased", "decided", "escalated"]
QueueKind = Literal["live", "escalation"]
Severity = Literal["urgent", "info"]

# Stable problem type URIs: the client maps each to a typed exception.
_PROBLEM = "urn:live-review:problem:"
PROBLEM_TYPES: dict[str, str] = {
    "bad_request": _PROBLEM + "bad-request",
    "validation": _PROBLEM + "validation-failed",
    "unauthenticated": _PROBLEM + "unauthenticated",
    "invalid_credentials": _PROBLEM + "invalid-credentials",
    "token_expired": _PROBLEM + "token-expired",
    "forbidden": _PROBLEM + "forbidden",
    "not_found": _PROBLEM + "not-found",
    "conflict": _PROBLEM + "conflict",
    "lease_lost": _PROBLEM + "lease-lost",
    # a decision item on a case its author released or skipped and has not leased again
    "case_released": _PROBLEM + "case-released",
    # an end-stream decided after the stream had already ended on its own
    "stream_ended": _PROBLEM + "stream-ended",
    "body_too_large": _PROBLEM + "body-too-large",
    "rate_limited": _PROBLEM + "rate-limited",
    "client_too_old": _PROBLEM + "client-too-old",
    "server_error": _PROBLEM + "server-error",
    # the account was disabled by an admin: the desk says so plainly and keeps its work
    "account_disabled": _PROBLEM + "account-disabled",
    # an admin reset the password: sign in again through POST /v1/auth/password
    "password_change_required": _PROBLEM + "password-change-required",
    # a decision with an action an admin hid in the case's queue
    "action_hidden": _PROBLEM + "action-hidden",
}


def instant_text(value: object) -> object:
    """A datetime, or ISO 8601 text in the bounded years; never a number (which pydantic
    would otherwise read as seconds since 1970)."""
    if isinstance(value, datetime):
        return value
    if not isinstance(value, str) or re.match(INSTANT_PATTERN, value) is None:
        raise ValueError("an instant is ISO 8601 text with a year from 1970 to 8999")
    return value


def bounded_instant(value: datetime) -> datetime:
    """``value`` unchanged (its bytes are hashed) when it lies between EARLIEST_INSTANT and
    LATEST_INSTANT; a naive one counts as UTC."""
    try:
        utc = value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
    except OverflowError:
        raise ValueError("the instant is outside the calendar") from None
    if not EARLIEST_INSTANT <= utc < LATEST_INSTANT:
        raise ValueError("the instant must lie between 1970 and 9000 (UTC)")
    return value


#: an instant with its UTC offset, as a request sends it
Instant = Annotated[
    AwareDatetime,
    BeforeValidator(instant_text),
    AfterValidator(bounded_instant),
    Field(json_schema_extra={"pattern": INSTANT_PATTERN}),
]


#: an instant in a query string, where a naive one counts as UTC
QueryInstant = Annotated[
    datetime,
    BeforeValidator(instant_text),
    AfterValidator(bounded_instant),
    Field(json_schema_extra={"pattern": INSTANT_PATTERN}),
]


def _json_number(value: object) -> object:
    """A JSON number, never text or true/false (which pydantic would otherwise read as
    one); an integer field still refuses a fraction."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError("a JSON number")
    return value


#: put after a number's Field(...) of a request body (so that its bounds stay in the schema)
JSON_NUMBER = BeforeValidator(_json_number)


class RequestModel(BaseModel):
    """Sent by a client: unknown fields are refused."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=False)


class ResponseModel(BaseModel):
    """Sent by the service: unknown fields are ignored for forward compatibility."""

    model_config = ConfigDict(extra="ignore")


ShortText = Annotated[str, Field(max_length=200)]
Identifier = Annotated[str, Field(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_.:\-]+$")]
Sha256Hex = Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")]
UuidText = Annotated[
    str,
    Field(pattern=r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"),
]


class Problem(ResponseModel):
    """RFC 9457 problem details; extension members ride along as extra fields."""

    model_config = ConfigDict(extra="allow")

    type: str = "about:blank"
    title: str = ""
    status: int = 500
    detail: str = ""
    instance: str | None = None
    retry_after: float | None = None
    min_client_version: str | None = None
    errors: list[dict[str, Any]] = Field(default_factory=list)


# --- auth --------------------------------------------------------------------------------------


class LoginRequest(RequestModel):
    username: Annotated[str, Field(min_length=1, max_length=100)]
    password: Annotated[str, Field(min_length=1, max_length=1000)]
    device_id: Annotated[str, Field(max_length=100)] = ""


class RefreshRequest(RequestModel):
    refresh_token: Annotated[str, Field(min_length=1, max_length=200)]


class LogoutRequest(RequestModel):
    refresh_token: Annotated[str, Field(max_length=200)] = ""


class Me(ResponseModel):
    user_id: str
    username: str
    display_name: str
    role: Role
    team: str
    vendor: str


class TokenPair(ResponseModel):
    access_token: str
    refresh_token: str
    token_type: str = "bearer"  # noqa: S105 - the OAuth token type, not a secret
    access_expires_at: datetime
    refresh_expires_at: datetime
    user: Me


# --- policies ----------------------------------------------------------------------------------


class ActionDef(ResponseModel):
    code: str
    label: str
    #: the label in the desk's other languages by language code (es, ar, zh_CN); a language
    #: missing here shows ``label`` (English)
    labels: dict[str, str] = Field(default_factory=dict)
    shortcut: str
    description: str = ""
    requires_policy: bool = False
    requires_note: bool = False
    severity: int = 0


#: an action this severe or more (end stream, suspend, ban) is "severe": on an account
#: labelled high profile the desk asks for a confirmation first
SEVERE_SEVERITY: Final = 2


def is_severe(action: ActionDef) -> bool:
    return action.severity >= SEVERE_SEVERITY


class PolicyArea(ResponseModel):
    code: str
    label: str
    #: the label in the desk's other languages by language code (es, ar, zh_CN); a language
    #: missing here shows ``label`` (English)
    labels: dict[str, str] = Field(default_factory=dict)
    description: str = ""
    shortcut: str = ""
    #: the team's default staged reveal for sensitive media of this area: blurred,
    #: hold_to_reveal, grayscale or colour ("" = the client's built-in default; an
    #: unknown value is ignored by the client)
    media_reveal: str = ""


class ReasonDef(ResponseModel):
    code: str
    label: str
    #: the label in the desk's other languages by language code (es, ar, zh_CN); a language
    #: missing here shows ``label`` (English)
    labels: dict[str, str] = Field(default_factory=dict)


class Announcement(ResponseModel):
    id: str
    title: str
    body: str
    severity: Severity = "urgent"
    published_at: datetime
    policy_version: str
    requires_ack: bool = True
    acknowledged: bool = False


class PolicyTaxonomy(ResponseModel):
    version: str
    published_at: datetime
    actions: list[ActionDef]
    areas: list[PolicyArea]
    skip_reasons: list[ReasonDef] = Field(default_factory=list)
    escalation_reasons: list[ReasonDef] = Field(default_factory=list)
    flagged_terms: list[str] = Field(default_factory=list)
    announcements: list[Announcement] = Field(default_factory=list)


class AckResponse(ResponseModel):
    announcement_id: str
    acknowledged_at: datetime


# --- queues and leases -------------------------------------------------------------------------


class QueueInfo(ResponseModel):
    id: str
    name: str
    kind: QueueKind = "live"
    depth: int
    oldest_age_seconds: float | None = None
    sla_minutes: int = 60
    #: the earliest SLA deadline of the queue's free cases (absent before deadlines)
    earliest_deadline: datetime | None = None
    #: action codes an admin hid in this queue: the desk leaves them off the policy panel
    #: for the queue's cases, and the service refuses them there (``action-hidden``)
    hidden_actions: list[str] = Field(default_factory=list)


class QueueList(ResponseModel):
    queues: list[QueueInfo]


class LeaseRequest(RequestModel):
    size: Annotated[int, Field(ge=1, le=MAX_LEASE_SIZE), JSON_NUMBER] = DEFAULT_LEASE_SIZE


#: the longest a follow request holds before it answers "nothing new" (seconds)
FOLLOW_HOLD_SECONDS = 25.0


class PriorityWhy(ResponseModel):
    """Why a case came up when it did: its score's terms as counts and durations (the desk
    words them; the service never sends a sentence)."""

    score: int
    live: bool
    viewers: int
    reports_5min: int
    severity: int
    #: within the queue's near-deadline window: outranks every case that is not
    deadline_near: bool
    seconds_to_deadline: float | None = None


class LeasedCase(ResponseModel):
    case_id: str
    lease_expires_at: datetime
    #: the case's SLA deadline (absent from services before deadlines)
    deadline: datetime | None = None
    priority: PriorityWhy | None = None
    #: the "no violation" decision this case reopens (new reports on a cleared stream)
    reopened_from: str | None = None


class Batch(ResponseModel):
    batch_id: str
    queue: str
    cases: list[LeasedCase]
    lease_expires_at: datetime
    server_time: datetime


class ReleaseRequest(RequestModel):
    case_ids: Annotated[list[Identifier], Field(max_length=MAX_RELEASE_IDS)] | None = None
    reason: Annotated[str, Field(max_length=64)] = ""


class ReleaseResponse(ResponseModel):
    batch_id: str
    released: list[str]


class RenewResponse(ResponseModel):
    batch_id: str
    lease_expires_at: datetime
    case_ids: list[str]


# --- cases ------------------------------------------------------------------------------------


class StreamInfo(ResponseModel):
    stream_id: str
    title: str
    category: str
    language: str
    region: str
    viewer_count: int
    is_live: bool
    started_at: datetime
    ended_at: datetime | None = None


class StreamerInfo(ResponseModel):
    account_id: str
    handle: str
    display_name: str
    account_created_at: datetime
    followers: int
    verified: bool = False


class ReportInfo(ResponseModel):
    report_id: str
    reason: str
    count: int
    first_reported_at: datetime
    last_reported_at: datetime
    offset_seconds: float | None = None
    description: str = ""


class PriorEnforcement(ResponseModel):
    action: str
    policy_code: str
    decided_at: datetime
    note: str = ""


class SensitivityLabel(ResponseModel):
    label: str
    score: float
    policy_code: str = ""


class Snapshot(ResponseModel):
    sha256: str
    offset_seconds: float
    captured_at: datetime
    width: int
    height: int
    content_type: str = "image/jpeg"
    size_bytes: int
    labels: list[SensitivityLabel] = Field(default_factory=list)


class CaseLabel(ResponseModel):
    """An approved, unexpired label on the streamer's account, as a case shows it."""

    kind: str
    expires_at: datetime


class CaseDetail(ResponseModel):
    case_id: str
    queue: str
    status: CaseStatus
    created_at: datetime
    stream: StreamInfo
    streamer: StreamerInfo
    reports: list[ReportInfo]
    prior_enforcement: list[PriorEnforcement] = Field(default_factory=list)
    snapshots: list[Snapshot]
    chat_count: int
    escalation_reason: str = ""
    escalation_note: str = ""
    #: the case's SLA deadline (absent from services before deadlines)
    deadline: datetime | None = None
    #: the "no violation" decision this case reopens
    reopened_from: str | None = None
    #: the live state's version this detail shows: follow with ``after=`` it
    live_version: int = 0
    #: the streamer account's approved, unexpired labels (absent from older services)
    account_labels: list[CaseLabel] = Field(default_factory=list)


class FollowUpdate(ResponseModel):
    """What changed on a case's stream after a version (``GET /v1/cases/{id}/follow``).

    Everything here is also in the case detail and the chat pages as of now; ``changed`` is
    false when the hold ended with nothing new (ask again with the same version)."""

    case_id: str
    version: int
    changed: bool
    live: bool
    ended_at: datetime | None = None
    viewer_count: int
    #: snapshots added after the version asked about, in order
    new_snapshots: list[Snapshot] = Field(default_factory=list)
    #: the chat's length now, and how many messages arrived after the version asked about
    chat_count: int
    new_chat_count: int = 0
    #: the chat page (``GET /v1/cases/{id}/chat?cursor=``) starting at the first new message
    chat_cursor: str | None = None
    server_time: datetime


class ChatPage(ResponseModel):
    """One page of a chat log, columnar: one array per field, all the same length.

    ``offset_ms`` is the time since the stream started. Columnar JSON parses
    about four times faster than a list of objects (FIELD-NOTES).
    """

    # The docstring is this schema's description in docs/openapi.json, so it stays as published;
    # "FIELD-NOTES" there is docs/field-notes.md ("JSON").
    case_id: str
    total: int
    start: int
    ids: list[str]
    offset_ms: list[int]
    user_ids: list[str]
    usernames: list[str]
    texts: list[str]
    flagged: list[bool]
    next_cursor: str | None = None
    #: when each message's author created their account, in milliseconds since 1970 (UTC);
    #: optional: an older service leaves it out and an older desk ignores it
    account_created_ms: list[int] | None = None

    @model_validator(mode="after")
    def _columns_line_up(self) -> ChatPage:
        n = len(self.ids)
        for name in ("offset_ms", "user_ids", "usernames", "texts", "flagged"):
            if len(getattr(self, name)) != n:
                raise ValueError(f"chat column {name} has {len(getattr(self, name))} rows, not {n}")
        if self.account_created_ms is not None and len(self.account_created_ms) != n:
            raise ValueError(f"chat column account_created_ms has not {n} rows")
        return self


# --- decisions --------------------------------------------------------------------------------
# Chat actions are a second kind of decision (``kind="chat_action"``): they act on one chat
# message or one chatter of the case's stream, never close the case and never become its
# current decision. A case decision leaves the three chat fields out of its bytes, so an older
# service (which forbids unknown fields) still takes it and an older chain still verifies.

DecisionKind = Literal["case", "chat_action"]
ChatTargetKind = Literal["message", "chatter"]
#: the chat actions, each with the kind of target it takes
CHAT_ACTION_TARGETS: Final[dict[str, str]] = {
    "remove_message": "message",
    "timeout_chatter": "chatter",
    "ban_chatter": "chatter",
}
#: the only timeouts a desk may ask for (10 minutes, 1 hour, 24 hours), in seconds
TimeoutSeconds = Literal[600, 3600, 86400]
TIMEOUT_SECONDS: Final[tuple[int, ...]] = (600, 3600, 86400)
#: the fields only a chat action carries (absent from a case decision's bytes)
CHAT_ACTION_FIELDS: Final = frozenset({"kind", "target", "duration_s"})
#: present only on a severe action the moderator confirmed on a high-profile account: a
#: decision without it keeps the bytes (and the chain body) it had before the field existed
HIGH_PROFILE_FIELD: Final = "confirmed_high_profile"


class ChatTarget(RequestModel):
    """What a chat action acts on: a message (by message id) or a chatter (by user id)."""

    kind: ChatTargetKind
    id: Identifier


class DecisionIn(RequestModel):
    """One decision as minted by the client; its bytes are resent verbatim on retry.

    ``kind`` is "case" (the default, what older clients send) or "chat_action"; a chat
    action names its ``target`` and, for a timeout, its ``duration_s``.
    """

    decision_id: UuidText
    case_id: Identifier
    action: Identifier
    policy_codes: Annotated[list[Identifier], Field(max_length=10)] = Field(default_factory=list)
    note: Annotated[str, Field(max_length=MAX_NOTE_CHARS)] = ""
    escalation_reason: Annotated[str, Field(max_length=64)] = ""
    supersedes: UuidText | None = None
    policy_version: Annotated[str, Field(min_length=1, max_length=64)]
    handle_time_ms: Annotated[int, Field(ge=0, le=86_400_000), JSON_NUMBER]
    decided_at: Instant
    audit_seq: Annotated[int, Field(ge=0, le=MAX_SEQ), JSON_NUMBER]
    audit_hash: Sha256Hex
    kind: DecisionKind = "case"
    target: ChatTarget | None = None
    duration_s: Annotated[TimeoutSeconds, JSON_NUMBER] | None = None
    #: the moderator confirmed a severe action on an account labelled high profile
    confirmed_high_profile: Annotated[bool, Field(strict=True)] = False

    def _left_out(self) -> set[str]:
        """Fields absent from the bytes: the chat fields of a case decision, and the
        confirmation when there is none (so older bodies and services are unchanged)."""
        out = set(CHAT_ACTION_FIELDS) if self.kind == "case" else set()
        if not self.confirmed_high_profile:
            out.add(HIGH_PROFILE_FIELD)
        return out

    def body_fields(self) -> dict[str, Any]:
        """The decision without its audit fields, as hashed into the audit chain; a case
        decision without the chat fields, so its body is what it was before they existed."""
        fields = self.model_dump(mode="json", exclude={"audit_seq", "audit_hash"})
        for name in self._left_out():
            fields.pop(name, None)
        return fields

    def wire_json(self) -> str:
        """The request bytes: a case decision leaves the chat fields out (an older service
        refuses unknown fields), and a decision without a confirmation leaves that out."""
        return self.model_dump_json(exclude=self._left_out() or None)


def chat_action_problem(item: DecisionIn) -> str:
    """Why a decision's kind, action, target and duration do not fit together, or ''.

    A retract of a chat action is itself a chat action (``action="retract"``) that names
    what it undoes in ``supersedes``; it may repeat the target.
    """
    if item.kind == "case":
        if item.target is not None or item.duration_s is not None:
            return "a case decision takes no chat target or duration"
        if item.action in CHAT_ACTION_TARGETS:
            return f"action {item.action} is a chat action (kind chat_action)"
        return ""
    if item.action == "retract":
        if item.supersedes is None:
            return "a retract must name the decision it supersedes"
        return "" if item.duration_s is None else "a retract takes no duration"
    wanted = CHAT_ACTION_TARGETS.get(item.action)
    if wanted is None:
        return f"unknown chat action {item.action!r}"
    if item.target is None or item.target.kind != wanted:
        return f"chat action {item.action} targets a {wanted}"
    if (item.action == "timeout_chatter") != (item.duration_s is not None):
        return (
            "a timeout needs a duration"
            if item.action == "timeout_chatter"
            else f"chat action {item.action} takes no duration"
        )
    if not item.policy_codes:
        return f"chat action {item.action} requires a policy area"
    if item.supersedes is not None:
        return "a chat action supersedes nothing; undo it with a retract"
    return ""


class DecisionBatchRequest(RequestModel):
    device_id: Annotated[str, Field(max_length=100)] = ""
    sent_at: Instant
    chain_seq: Annotated[int, Field(ge=0, le=MAX_SEQ), JSON_NUMBER]
    chain_head: Sha256Hex
    decisions: Annotated[list[DecisionIn], Field(min_length=1, max_length=MAX_BATCH_DECISIONS)]


class DecisionResult(ResponseModel):
    decision_id: str
    status: DecisionStatus
    reason: str = ""
    server_seq: int | None = None
    conflicting_decision_id: str | None = None
    #: a problem type from PROBLEM_TYPES when one names the refusal (e.g. case_released)
    type: str | None = None
    #: facts about an accepted item the desk may show, e.g. ``stream_ended_since``: an
    #: end-stream decided while the stream was live, which has ended since
    notes: list[str] = Field(default_factory=list)


class DecisionBatchResponse(ResponseModel):
    results: list[DecisionResult]
    server_time: datetime


class DecisionImportRequest(RequestModel):
    """A disabled moderator's undelivered decisions, uploaded by a lead of their team or an
    admin from the desk's export (``reviewer export-pending``): the decisions exactly as the
    desk would send them, the author, and the desk's audit chain head."""

    author: Annotated[str, Field(min_length=1, max_length=100)]
    device_id: Annotated[str, Field(max_length=100)] = ""
    chain_seq: Annotated[int, Field(ge=0, le=MAX_SEQ), JSON_NUMBER]
    chain_head: Sha256Hex
    decisions: Annotated[list[DecisionIn], Field(min_length=1, max_length=MAX_BATCH_DECISIONS)]


class DecisionImportResponse(ResponseModel):
    """Each imported decision's answer, as the batch upload gives it; one decided at or after
    the disable is ``rejected`` with that reason."""

    author: str
    disabled_at: datetime
    accepted: int
    refused: int
    results: list[DecisionResult]


class ChatTargetOut(ResponseModel):
    """A chat action's target as the service reports it."""

    kind: str
    id: str


class DecisionRecord(ResponseModel):
    decision_id: str
    server_seq: int
    case_id: str
    queue: str
    moderator: str
    team: str
    vendor: str
    action: str
    policy_codes: list[str]
    note: str = ""
    escalation_reason: str = ""
    supersedes: str | None = None
    superseded_by: str | None = None
    policy_version: str
    handle_time_ms: int
    decided_at: datetime
    received_at: datetime
    late: bool = False
    kind: DecisionKind = "case"
    target: ChatTargetOut | None = None
    duration_s: int | None = None


class DecisionPage(ResponseModel):
    items: list[DecisionRecord]
    next_cursor: str | None = None


class ServiceInfo(ResponseModel):
    name: str
    version: str
    min_client_version: str
    server_time: datetime
    #: the newest desk the site has made available (a desk older than this says "ask IT")
    newest_client_version: ShortText | None = None
    #: where IT fetches that desk; shown to the reviewer as plain text, never opened
    client_download_url: ShortText | None = None


# --- calibration and QA ---------------------------------------------------------------------
# QA calibration sessions (golden items and sampled live decisions re-reviewed blind) and the
# QA pool of sampled decisions with their verdicts and disputes. A calibration item is served
# as a CaseDetail whose case_id is the opaque item id: nothing in it tells a golden item from a
# live one, and no reference decision is sent before the reviewer has submitted the session.

MAX_CALIBRATION_ITEMS = 200
MAX_CALIBRATION_REVIEWERS = 20
MAX_CALIBRATION_ANSWERS = 500
#: the secondary label of a decision without a policy area (the first policy code otherwise)
NO_POLICY_AREA = "none"

CalibrationSource = Literal["golden", "live"]
AnswerStatus = Literal["accepted", "duplicate", "id_reused", "rejected"]
QaVerdict = Literal["upheld", "overturned"]
DisputeStatus = Literal["none", "open", "accepted", "rejected"]
DisputeOutcome = Literal["accepted", "rejected"]


class CalibrationSessionCreate(RequestModel):
    """A lead or admin builds a session from golden cases and from the QA pool."""

    title: Annotated[str, Field(min_length=1, max_length=200)]
    reviewers: Annotated[list[Identifier], Field(min_length=1, max_length=20)]
    golden_count: Annotated[int, Field(ge=0, le=MAX_CALIBRATION_ITEMS), JSON_NUMBER] = 10
    live_count: Annotated[int, Field(ge=0, le=MAX_CALIBRATION_ITEMS), JSON_NUMBER] = 0
    #: pick these golden cases instead of a random draw of golden_count
    golden_case_ids: Annotated[list[Identifier], Field(max_length=MAX_CALIBRATION_ITEMS)] | None = (
        None
    )
    #: pick these pooled decisions instead of the oldest live_count of the pool
    live_decision_ids: Annotated[list[UuidText], Field(max_length=MAX_CALIBRATION_ITEMS)] | None = (
        None
    )


class CalibrationSessionSummary(ResponseModel):
    session_id: str
    title: str
    created_at: datetime
    created_by: str
    item_count: int
    reviewers: list[str]
    #: the caller's own progress (0 and False for a lead or admin who is not a reviewer)
    answered: int = 0
    submitted: bool = False
    submitted_at: datetime | None = None


class CalibrationSessionList(ResponseModel):
    sessions: list[CalibrationSessionSummary]


class CalibrationItem(ResponseModel):
    """One blind item: ``case.case_id`` is ``item_id``; chat and media come from the
    calibration endpoints of that item."""

    item_id: str
    position: int
    case: CaseDetail


class CalibrationItemList(ResponseModel):
    session_id: str
    items: list[CalibrationItem]


class CalibrationAnswerIn(RequestModel):
    """One answer as minted by the client; its bytes are resent verbatim on retry."""

    answer_id: UuidText
    item_id: Identifier
    action: Identifier
    policy_codes: Annotated[list[Identifier], Field(max_length=10)] = Field(default_factory=list)
    note: Annotated[str, Field(max_length=MAX_NOTE_CHARS)] = ""
    handle_time_ms: Annotated[int, Field(ge=0, le=86_400_000), JSON_NUMBER]
    answered_at: Instant


class CalibrationAnswerBatch(RequestModel):
    answers: Annotated[
        list[CalibrationAnswerIn], Field(min_length=1, max_length=MAX_CALIBRATION_ANSWERS)
    ]


class CalibrationAnswerResult(ResponseModel):
    answer_id: str
    status: AnswerStatus
    reason: str = ""


class CalibrationAnswerBatchResponse(ResponseModel):
    results: list[CalibrationAnswerResult]
    server_time: datetime


class AgreementStats(ResponseModel):
    """One label (action or policy area) of one reviewer against the reference."""

    n: int
    agreed: int
    accuracy: float | None = None
    kappa: float | None = None
    ac1: float | None = None
    #: confusion matrix: rows are the reference's labels, columns the reviewer's
    labels: list[str] = Field(default_factory=list)
    matrix: list[list[int]] = Field(default_factory=list)


class CalibrationDisagreement(ResponseModel):
    item_id: str
    position: int
    case_id: str
    source: CalibrationSource
    reference_action: str
    reference_policy_codes: list[str]
    reference_note: str = ""
    answer_action: str
    answer_policy_codes: list[str]
    answer_note: str = ""
    action_differs: bool
    area_differs: bool


class ReviewerReport(ResponseModel):
    reviewer: str
    display_name: str
    submitted_at: datetime | None = None
    answered: int
    action: AgreementStats
    area: AgreementStats
    disagreements: list[CalibrationDisagreement]


class CalibrationReport(ResponseModel):
    session_id: str
    title: str
    item_count: int
    golden_count: int
    live_count: int
    reviewers: list[ReviewerReport]
    #: Krippendorff's alpha (nominal) across every reviewer who submitted: None below two
    alpha_action: float | None = None
    alpha_area: float | None = None
    alpha_raters: int = 0


class QaSamplingRate(ResponseModel):
    queue: str
    rate: float


class QaSamplingList(ResponseModel):
    rates: list[QaSamplingRate]
    #: escalated decisions always enter the pool, whatever the rate
    escalations_always: bool = True


class QaSamplingUpdate(RequestModel):
    rate: Annotated[float, Field(ge=0.0, le=1.0), JSON_NUMBER]


class QaPoolEntry(ResponseModel):
    decision_id: str
    case_id: str
    queue: str
    moderator: str
    action: str
    policy_codes: list[str]
    decided_at: datetime
    reason: Literal["sampled", "escalation"]
    session_id: str | None = None


class QaPoolPage(ResponseModel):
    items: list[QaPoolEntry]


class QaResult(ResponseModel):
    """A QA verdict on one moderator decision, with its dispute state."""

    result_id: str
    decision_id: str
    case_id: str
    queue: str
    moderator: str
    qa_reviewer: str
    session_id: str
    verdict: QaVerdict
    #: the verdict after a lead resolved a dispute (an accepted dispute upholds)
    final_verdict: QaVerdict
    decision_action: str
    decision_policy_codes: list[str]
    decision_note: str = ""
    qa_action: str
    qa_policy_codes: list[str]
    qa_note: str = ""
    decided_at: datetime
    reviewed_at: datetime
    dispute_status: DisputeStatus = "none"
    dispute_note: str = ""
    disputed_at: datetime | None = None
    resolution_note: str = ""
    resolved_by: str | None = None
    resolved_at: datetime | None = None


class QaResultPage(ResponseModel):
    items: list[QaResult]


class DisputeRequest(RequestModel):
    note: Annotated[str, Field(min_length=1, max_length=MAX_NOTE_CHARS)]


class DisputeResolution(RequestModel):
    outcome: DisputeOutcome
    note: Annotated[str, Field(max_length=MAX_NOTE_CHARS)] = ""


# --- team lead (reviewer.client.lead.LeadApi) ---
# History with the lead's filters, a case's whole decision chain, audit-chain verification
# against what the service stored, targeted urgent guidelines with their acknowledgement
# table, and the dashboard metrics. Every endpoint is role-scoped by the service: a moderator
# sees their own, a lead their team, an admin everything; QA reviewers get 403 on metrics.

MAX_ANNOUNCEMENT_BODY = 8000
AnnouncementTarget = Literal["all", "vendor", "queue"]
MetricsGroupBy = Literal["moderator", "queue", "vendor", "day"]
MetricsScope = Literal["self", "team", "all"]
ChainIssueKind = Literal[
    "gap", "edit", "missing_tail", "regressed", "claim_mismatch", "held", "recovery"
]
ChainEventKind = Literal[
    "decision",
    "supersession",
    "retract",
    "escalation",
    "escalation_outcome",
    "qa_verdict",
    "dispute",
    "dispute_resolution",
]


class AuditFilter(RequestModel):
    """The filters of ``GET /v1/audit/decisions`` (sent as query parameters).

    ``since``/``until`` bound ``decided_at`` (until exclusive); ``streamer`` is a streamer
    handle; ``overturned``/``disputed``/``escalated`` keep only decisions with (True) or
    without (False) that property; ``policy_code`` is a policy area.
    """

    moderator: Annotated[str, Field(max_length=100)] | None = None
    vendor: Annotated[str, Field(max_length=64)] | None = None
    team: Annotated[str, Field(max_length=64)] | None = None
    queue: Annotated[str, Field(max_length=64)] | None = None
    action: Annotated[str, Field(max_length=64)] | None = None
    policy_code: Annotated[str, Field(max_length=64)] | None = None
    case_id: Annotated[str, Field(max_length=64)] | None = None
    streamer: Annotated[str, Field(max_length=200)] | None = None
    since: Instant | None = None
    until: Instant | None = None
    overturned: bool | None = None
    disputed: bool | None = None
    escalated: bool | None = None
    #: "case" or "chat_action" (None: both)
    kind: DecisionKind | None = None
    cursor: Annotated[str, Field(max_length=200)] | None = None
    limit: Annotated[int, Field(ge=1, le=MAX_HISTORY_PAGE)] = 100


class EscalationOutcome(ResponseModel):
    """What a lead decided on a case someone escalated."""

    decision_id: str
    decided_by: str
    action: str
    policy_codes: list[str] = Field(default_factory=list)
    note: str = ""
    decided_at: datetime


class AuditDecision(DecisionRecord):
    """A history row for audit: the DecisionRecord plus what happened to it afterwards."""

    streamer_handle: str = ""
    #: the final QA verdict ("" when QA never reviewed it; an accepted dispute upholds)
    qa_verdict: Literal["", "upheld", "overturned"] = ""
    overturned: bool = False
    dispute_status: DisputeStatus = "none"
    #: for an ``escalate`` decision: the decision taken on the escalated case, once there is one
    escalation_outcome: EscalationOutcome | None = None


class AuditDecisionPage(ResponseModel):
    items: list[AuditDecision]
    next_cursor: str | None = None


class ChainEvent(ResponseModel):
    """One step of a case's history, in time order."""

    kind: ChainEventKind
    at: datetime
    actor: str
    decision_id: str | None = None
    action: str = ""
    policy_codes: list[str] = Field(default_factory=list)
    summary: str = ""


class DecisionChain(ResponseModel):
    """Everything that happened to one case: decisions (original, supersessions, retracts,
    escalation outcome) oldest first, QA verdicts with their disputes, and a merged timeline."""

    case_id: str
    queue: str
    status: str
    streamer_handle: str = ""
    stream_title: str = ""
    escalation_reason: str = ""
    escalation_note: str = ""
    current_decision: str | None = None
    decisions: list[AuditDecision]
    qa_results: list[QaResult] = Field(default_factory=list)
    events: list[ChainEvent] = Field(default_factory=list)


class ChainUpload(ResponseModel):
    """One decisions:batch call: the client's chain position when it sent the batch."""

    upload_id: int
    device_id: str
    sent_at: datetime
    received_at: datetime
    chain_seq: int
    chain_head: str
    item_count: int


class ChainIssue(ResponseModel):
    """A finding: ``gap`` (seqs with no stored decision), ``edit`` (a seq with another hash
    than the one stored or recomputed), ``missing_tail`` (the client claimed a head beyond
    the last stored decision), ``regressed`` (a later upload claimed a lower head), or
    ``claim_mismatch`` (the seq/head given to the check does not match). Two kinds explain
    a missing seq instead of flagging it, from the desk's own report (``POST /v1/desk/held``):
    ``held`` (a decision the desk keeps back because the service kept refusing it) and
    ``recovery`` (the link a store rebuilt by ``reviewer recover-store`` opens with)."""

    kind: ChainIssueKind
    device_id: str = ""
    seq_from: int
    seq_to: int
    detail: str = ""
    decision_ids: list[str] = Field(default_factory=list)


class DeviceChain(ResponseModel):
    """The chain of one client installation (each device keeps its own chain)."""

    device_id: str
    decisions: int
    first_seq: int | None = None
    last_seq: int | None = None
    #: the highest chain_seq any upload from this device claimed, with its head
    claimed_seq: int = 0
    claimed_head: str = ""
    #: decisions whose hash was recomputed from the stored content and the previous link
    links_checked: int = 0
    uploads: list[ChainUpload] = Field(default_factory=list)


class AuditChainReport(ResponseModel):
    """Chain heads the client sent against what the service stored, for one moderator.

    Seqs between decisions may belong to the client's acknowledgement events, which are
    not uploaded with a seq: ``acks_on_record`` of them are explained, the rest are not.
    """

    username: str
    #: the head stored on the user (the highest chain_seq received)
    stored_seq: int
    stored_head: str
    devices: list[DeviceChain]
    issues: list[ChainIssue]
    missing_seqs: int = 0
    acks_on_record: int = 0
    unexplained_missing: int = 0
    ok: bool
    checked_at: datetime


#: at most this many held decisions or recovery links in one desk report
MAX_HELD_REPORT: Final = 1000
ChainSeq = Annotated[int, Field(ge=1, le=MAX_SEQ), JSON_NUMBER]


class HeldSeq(RequestModel):
    """A decision the desk holds back (isolated after repeated refusals): its chain place."""

    decision_id: UuidText
    audit_seq: ChainSeq
    audit_hash: Sha256Hex


class RecoveryLink(RequestModel):
    """The event opening a store rebuilt by ``reviewer recover-store``: its seq and hash,
    and the old head it links to."""

    audit_seq: ChainSeq
    audit_hash: Sha256Hex
    old_head_hash: Sha256Hex


class DeskHeldReport(RequestModel):
    """What one desk keeps out of its uploaded chain; replaces the device's last report
    (an empty report clears it)."""

    device_id: Annotated[str, Field(max_length=100)] = ""
    held: Annotated[list[HeldSeq], Field(max_length=MAX_HELD_REPORT)] = Field(default_factory=list)
    recoveries: Annotated[list[RecoveryLink], Field(max_length=MAX_HELD_REPORT)] = Field(
        default_factory=list
    )


class DeskHeldResponse(ResponseModel):
    held: int
    recoveries: int
    server_time: datetime


class AnnouncementCreate(RequestModel):
    """A lead or admin publishes an urgent guideline to everyone, a vendor or a queue."""

    # The rule of _target_needs_value, said in the JSON schema too.
    model_config = ConfigDict(
        json_schema_extra={
            "if": {"properties": {"target": {"const": "all"}}},
            "then": {"properties": {"target_value": {"maxLength": 0}}},
            "else": {
                "required": ["target", "target_value"],
                "properties": {"target_value": {"pattern": "\\S"}},
            },
        }
    )

    title: Annotated[str, Field(min_length=1, max_length=200)]
    body: Annotated[str, Field(min_length=1, max_length=MAX_ANNOUNCEMENT_BODY)]
    severity: Severity = "urgent"
    requires_ack: Annotated[bool, Field(strict=True)] = True
    target: AnnouncementTarget = "all"
    #: the vendor name or queue id; empty for ``all``
    target_value: Annotated[str, Field(max_length=64)] = ""

    @model_validator(mode="after")
    def _target_needs_value(self) -> AnnouncementCreate:
        if self.target == "all" and self.target_value:
            raise ValueError("target 'all' takes no target_value")
        if self.target != "all" and not self.target_value.strip():
            raise ValueError(f"target {self.target!r} needs a target_value")
        return self


class PublishedAnnouncement(ResponseModel):
    """An announcement as its publisher sees it: with its target and ack counts."""

    announcement: Announcement
    target: AnnouncementTarget = "all"
    target_value: str = ""
    published_by: str = ""
    targeted: int = 0
    acknowledged: int = 0


class PublishedAnnouncementList(ResponseModel):
    items: list[PublishedAnnouncement]


class AckRow(ResponseModel):
    username: str
    display_name: str
    role: Role
    team: str
    vendor: str
    acknowledged: bool
    acknowledged_at: datetime | None = None


class AckTable(ResponseModel):
    """Who among the targeted users (within the caller's scope) acknowledged, who did not."""

    announcement_id: str
    title: str
    target: AnnouncementTarget
    target_value: str = ""
    published_at: datetime
    targeted: int
    acknowledged: int
    rows: list[AckRow]


class MetricsQuery(RequestModel):
    """``GET /v1/metrics`` parameters: ``from``/``to`` bound decided_at (to exclusive)."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    from_: Annotated[Instant | None, Field(alias="from")] = None
    to: Instant | None = None
    group_by: MetricsGroupBy = "moderator"


class MetricsRow(ResponseModel):
    """The figures of one group (or the totals, key ``"*"``).

    Counted decisions are final ones: not a retract and not superseded later.
    ``cases_per_hour`` is counted decisions per staffed hour, a staffed hour being one
    distinct (moderator, UTC clock hour) with at least one counted decision. ``p90`` is
    the nearest-rank 90th percentile. ``skip_rate`` is skips / (skips + counted decisions).
    QA figures cover verdicts on this group's decisions decided in the window; the
    final verdict counts (a dispute that was accepted upholds).
    """

    key: str
    label: str = ""
    decisions: int = 0
    staffed_hours: int = 0
    cases_per_hour: float | None = None
    handle_time_mean_ms: float | None = None
    handle_time_p90_ms: float | None = None
    action_mix: dict[str, int] = Field(default_factory=dict)
    escalations: int = 0
    skips: int = 0
    skip_rate: float | None = None
    skip_reasons: dict[str, int] = Field(default_factory=dict)
    qa_reviewed: int = 0
    qa_overturned: int = 0
    overturn_rate: float | None = None
    #: final chat actions (not retracted) by action; they count nowhere else in this row
    chat_actions: dict[str, int] = Field(default_factory=dict)


class QaWeek(ResponseModel):
    """QA agreement in one ISO week of ``reviewed_at`` (e.g. ``2026-W47``)."""

    week: str
    reviewed: int
    upheld: int
    agreement: float | None = None


class QueueDepth(ResponseModel):
    queue: str
    name: str
    kind: QueueKind = "live"
    depth: int
    oldest_age_seconds: float | None = None
    sla_minutes: int = 60


class SlaAttainment(ResponseModel):
    """Counted decisions on cases with a deadline, and how many came within it, for one
    queue, vendor and ISO week (of ``decided_at``)."""

    queue: str
    vendor: str
    week: str
    decided: int
    within_sla: int
    attainment: float | None = None


class Metrics(ResponseModel):
    since: datetime | None = None
    until: datetime | None = None
    group_by: MetricsGroupBy
    scope: MetricsScope
    generated_at: datetime
    totals: MetricsRow
    rows: list[MetricsRow]
    qa_by_week: list[QaWeek] = Field(default_factory=list)
    queues: list[QueueDepth] = Field(default_factory=list)
    #: SLA attainment per queue, vendor and week (absent from services before deadlines)
    sla: list[SlaAttainment] = Field(default_factory=list)


# --- the weekly business report ----------------------------------------------------------------

#: an ISO week such as ``2026-W48``
ISO_WEEK_PATTERN = r"^[0-9]{4}-W(0[1-9]|[1-4][0-9]|5[0-3])$"


class WeeklyFigures(ResponseModel):
    """One week's figures of a report, on the counting rules of ``MetricsRow``: counted case
    decisions only (chat actions apart, in ``chat_actions``); a staffed hour is one distinct
    (moderator, UTC clock hour) with a counted decision; SLA over counted decisions on cases
    with a deadline; QA over the verdicts on decisions decided in the week (final verdict:
    an accepted dispute upholds)."""

    cases: int
    staffed_hours: int
    cases_per_hour: float | None = None
    handle_time_mean_ms: float | None = None
    handle_time_p90_ms: float | None = None
    sla_decided: int
    within_sla: int
    sla_attainment: float | None = None
    action_mix: dict[str, int]
    chat_actions: dict[str, int]
    qa_verdicts: int
    qa_upheld: int
    qa_agreement: float | None = None
    qa_reviewed: int
    qa_overturned: int
    overturn_rate: float | None = None
    escalations_by_reason: dict[str, int]
    #: urgent guidelines published in the week that ask for an acknowledgement, and the
    #: acknowledgements their audience in scope owes: on time (within ACK_DUE_HOURS of
    #: publication), late, or missing (absent from older services)
    guidelines: int = 0
    acks_expected: int = 0
    acks_on_time: int = 0
    acks_late: int = 0
    ack_rate: float | None = None
    on_time_rate: float | None = None


#: an acknowledgement later than this after publication counts as late in the weekly report
ACK_DUE_HOURS = 24


class LateAck(ResponseModel):
    """One person's acknowledgement that came late, or never (``acknowledged_at`` None)."""

    username: str
    acknowledged_at: datetime | None = None


class GuidelineAcks(ResponseModel):
    """One urgent guideline of the week: how its audience in scope acknowledged it."""

    announcement_id: str
    title: str
    published_at: datetime
    expected: int
    on_time: int
    late: int
    missing: int
    #: the late and missing acknowledgements, at most 20
    not_on_time: list[LateAck] = Field(default_factory=list)


class OverturnExample(ResponseModel):
    """An overturned decision, as a root-cause example: never chat text or snapshots."""

    case_id: str
    decision_id: str
    policy_areas: list[str]
    note: str
    qa_reason: str


class OverturnCause(ResponseModel):
    """Overturned decisions that named one policy area (``none``: no area), with examples."""

    policy_area: str
    overturned: int
    examples: list[OverturnExample]


class WeeklyReport(ResponseModel):
    """``GET /v1/reports/weekly``: one ISO week in the vendor's time zone, ``[since, until)``;
    the week before it for the changes; scoped like ``/v1/metrics``."""

    week: str
    vendor: str | None = None
    team: str | None = None
    scope: MetricsScope
    time_zone: str
    since: datetime
    until: datetime
    generated_at: datetime
    current: WeeklyFigures
    previous: WeeklyFigures
    overturn_causes: list[OverturnCause]
    #: the week's urgent guidelines, oldest first (absent from older services)
    guideline_acks: list[GuidelineAcks] = Field(default_factory=list)


class ReportTokenIn(RequestModel):
    """An admin issues a report token for a scheduled job: it reads ``/v1/reports/weekly``
    with the issuer's scope and nothing else, until it expires or is revoked."""

    expires_in_days: Annotated[int, Field(ge=1, le=366), JSON_NUMBER] = 30


class ReportTokenInfo(ResponseModel):
    token_id: str
    issued_at: datetime
    expires_at: datetime
    revoked_at: datetime | None = None


class ReportTokenIssued(ReportTokenInfo):
    """The token itself is shown once, here: the service keeps only its hash."""

    token: str


class ReportTokenList(ResponseModel):
    items: list[ReportTokenInfo]


class VendorSettingsIn(RequestModel):
    """An admin sets the IANA time zone a vendor's weekly report counts its weeks in."""

    time_zone: Annotated[str, Field(min_length=1, max_length=64)]


class VendorSettings(ResponseModel):
    vendor: str
    time_zone: str


# --- live: reports as they arrive, SLA breaches ----------------------------------------------


class ReportsIn(RequestModel):
    """Viewer reports arriving on a case's stream (the intake upstream sends them)."""

    reason: Identifier
    count: Annotated[int, Field(ge=1, le=1000), JSON_NUMBER] = 1


class ReportsAccepted(ResponseModel):
    """Where the reports went: the case itself, or a case reopened for them (the stream was
    decided "no violation"; ``reopened_from`` names that decision)."""

    case_id: str
    reopened_from: str | None = None
    reports_5min: int


class Breach(ResponseModel):
    """A case past its SLA deadline: still undecided (``decided_at`` absent), or decided
    after it."""

    case_id: str
    queue: str
    deadline: datetime
    decided_at: datetime | None = None
    overdue_seconds: float


class BreachList(ResponseModel):
    count: int
    items: list[Breach]
    server_time: datetime


# --- admin console -------------------------------------------------------------------------------

#: a review language: an ISO 639-1 code, lower case
LanguageCode = Annotated[str, Field(pattern=r"^[a-z]{2}$")]
#: a team or vendor name as admins type it
GroupName = Annotated[str, Field(min_length=1, max_length=64, pattern=r"^[a-z0-9][a-z0-9_-]*$")]
#: the shortest new or temporary password the service accepts
NEW_PASSWORD_MIN = 10
#: a new or temporary password
NewPassword = Annotated[str, Field(min_length=NEW_PASSWORD_MIN, max_length=1000)]


class PasswordChange(RequestModel):
    """Choose a new password with the old (or temporary) one: the answer to
    ``password-change-required``, sent without a token."""

    username: Annotated[str, Field(min_length=1, max_length=100)]
    old_password: Annotated[str, Field(min_length=1, max_length=1000)]
    new_password: NewPassword
    device_id: Annotated[str, Field(max_length=100)] = ""


class AdminUser(ResponseModel):
    """An account as an admin sees and edits it."""

    user_id: str
    username: str
    display_name: str
    role: Role
    team: str
    vendor: str
    languages: list[str]
    active: bool
    must_change_password: bool


class AdminUserList(ResponseModel):
    items: list[AdminUser]


class AdminUserCreate(RequestModel):
    """A new account; it must choose its own password at its first sign-in."""

    username: Annotated[str, Field(min_length=1, max_length=100, pattern=r"^[a-z0-9][a-z0-9._-]*$")]
    display_name: Annotated[str, Field(min_length=1, max_length=200)]
    role: Role
    team: GroupName
    vendor: GroupName
    languages: Annotated[list[LanguageCode], Field(max_length=20)] = Field(default_factory=list)
    temporary_password: NewPassword


class AdminUserChange(RequestModel):
    """The fields to change; those left out stay as they are."""

    display_name: Annotated[str, Field(min_length=1, max_length=200)] | None = None
    role: Role | None = None
    team: GroupName | None = None
    vendor: GroupName | None = None
    languages: Annotated[list[LanguageCode], Field(max_length=20)] | None = None
    active: bool | None = None


class PasswordReset(RequestModel):
    """A temporary password: the account must replace it at its next sign-in."""

    temporary_password: NewPassword


class AdminLogEntry(ResponseModel):
    """One admin action: who, what, when, and the target before and after."""

    seq: int
    at: datetime
    admin: str
    action: str
    target: str
    before: dict[str, Any]
    after: dict[str, Any]


class AdminLogPage(ResponseModel):
    items: list[AdminLogEntry]


# --- the admin's policy taxonomy (issue 19) -------------------------------------------------


class TaxonomyEdit(RequestModel):
    """A draft's whole new content: what an admin may change. Action codes stay the fixed
    set the service carries out (relabel, re-key, describe; never a new one)."""

    actions: Annotated[list[ActionDef], Field(max_length=50)]
    areas: Annotated[list[PolicyArea], Field(max_length=200)]
    skip_reasons: Annotated[list[ReasonDef], Field(max_length=100)]
    escalation_reasons: Annotated[list[ReasonDef], Field(max_length=100)]
    flagged_terms: Annotated[list[ShortText], Field(max_length=2000)]


TaxonomyStatus = Literal["draft", "published"]


class TaxonomyVersion(ResponseModel):
    """One stored version of the taxonomy with its content."""

    version: str
    status: TaxonomyStatus
    created_at: datetime
    created_by: str
    published_at: datetime | None = None
    taxonomy: PolicyTaxonomy


class TaxonomyVersionList(ResponseModel):
    current: str
    versions: list[TaxonomyVersion]


class TaxonomyChange(ResponseModel):
    """One difference between two versions: a section's item added, removed or changed."""

    section: str
    code: str
    change: Literal["added", "removed", "changed"]
    field: str = ""
    before: str = ""
    after: str = ""


class TaxonomyDiff(ResponseModel):
    base: str
    version: str
    changes: list[TaxonomyChange]


# --- the admin's queues and golden items (issue 19) ------------------------------------------

#: a queue's id as admins type it
QueueCode = Annotated[str, Field(min_length=1, max_length=64, pattern=r"^[a-z0-9][a-z0-9_-]*$")]
#: an action code of the taxonomy (the fixed set the service carries out)
ActionCode = Annotated[str, Field(min_length=1, max_length=64, pattern=r"^[a-z][a-z0-9_]*$")]
#: one priority weight (server.domain.priority): a small non-negative integer
Weight = Annotated[int, Field(ge=0, le=100_000), JSON_NUMBER]


class QueueWeightsSet(RequestModel):
    """How a queue ranks its cases: the score's weights and the deadline-near window."""

    live: Weight
    viewer_tier: Weight
    report_5min: Weight
    severity: Weight
    deadline_near_seconds: Annotated[int, Field(ge=0, le=86_400), JSON_NUMBER]


class QueueWeightsView(ResponseModel):
    live: int
    viewer_tier: int
    report_5min: int
    severity: int
    deadline_near_seconds: int


class AdminQueue(ResponseModel):
    """A queue as an admin sees and edits it. Empty ``teams``/``vendors``: open to all."""

    queue_id: str
    name: str
    kind: QueueKind
    sla_minutes: int
    weights: QueueWeightsView
    teams: list[str]
    vendors: list[str]
    hidden_actions: list[str]


class AdminQueueList(ResponseModel):
    items: list[AdminQueue]


SlaMinutes = Annotated[int, Field(ge=1, le=10_080), JSON_NUMBER]


class AdminQueueCreate(RequestModel):
    """A new Live queue (the escalation queue exists once and is never created)."""

    queue_id: QueueCode
    name: Annotated[str, Field(min_length=1, max_length=200)]
    sla_minutes: SlaMinutes
    weights: QueueWeightsSet | None = None
    teams: Annotated[list[GroupName], Field(max_length=100)] = Field(default_factory=list)
    vendors: Annotated[list[GroupName], Field(max_length=100)] = Field(default_factory=list)
    hidden_actions: Annotated[list[ActionCode], Field(max_length=50)] = Field(default_factory=list)


class AdminQueueChange(RequestModel):
    """The fields to change; those left out stay as they are."""

    name: Annotated[str, Field(min_length=1, max_length=200)] | None = None
    sla_minutes: SlaMinutes | None = None
    weights: QueueWeightsSet | None = None
    teams: Annotated[list[GroupName], Field(max_length=100)] | None = None
    vendors: Annotated[list[GroupName], Field(max_length=100)] | None = None
    hidden_actions: Annotated[list[ActionCode], Field(max_length=50)] | None = None


class GoldenItem(ResponseModel):
    """A golden case and its reference answer (calibration sessions score against it)."""

    case_id: str
    queue: str
    action: str
    policy_codes: list[str]
    note: str = ""


class GoldenItemList(ResponseModel):
    items: list[GoldenItem]


class GoldenPromote(RequestModel):
    """Promote a decided case: its current decision becomes the reference answer."""

    case_id: Annotated[str, Field(min_length=1, max_length=64)]


# --- account labels (the account-labeling escalation path) -----------------------------------

#: the label kinds a streamer's account may carry: an allow list, stored by code
LABEL_KINDS: Final[dict[str, str]] = {
    "creator_partner": "Creator partner",
    "repeat_offender": "Repeat offender",
    "high_profile": "High profile",
    "under_investigation": "Under investigation",
}
LabelKind = Literal["creator_partner", "repeat_offender", "high_profile", "under_investigation"]
LabelStatus = Literal["pending", "approved", "declined"]
#: how long an approved label lasts unless the lead says otherwise
DEFAULT_LABEL_DAYS = 90
MAX_LABEL_DAYS = 365


class AccountLabelRequest(RequestModel):
    """A moderator or lead asks for a label on a streamer's account, with a reason."""

    account_id: Identifier
    kind: LabelKind
    reason: Annotated[str, Field(min_length=1, max_length=1000)]
    #: the case the request was made from, if any (lets the service check it is visible)
    case_id: Identifier | None = None


class AccountLabelDecision(RequestModel):
    """A lead approves (with an expiry) or declines a requested label."""

    approve: Annotated[bool, Field(strict=True)]
    expires_in_days: Annotated[int, Field(ge=1, le=MAX_LABEL_DAYS), JSON_NUMBER] = (
        DEFAULT_LABEL_DAYS
    )
    note: Annotated[str, Field(max_length=1000)] = ""


class AccountLabel(ResponseModel):
    label_id: str
    account_id: str
    account_handle: str = ""
    kind: str
    reason: str
    status: LabelStatus
    requested_by: str
    requested_at: datetime
    case_id: str | None = None
    decided_by: str = ""
    decided_at: datetime | None = None
    decision_note: str = ""
    expires_at: datetime | None = None


class AccountLabelList(ResponseModel):
    items: list[AccountLabel]


# --- the moderator's escalations --------------------------------------------------------------


class MyEscalation(ResponseModel):
    """A case the caller escalated, with the lead's outcome once there is one."""

    decision_id: str
    case_id: str
    streamer_handle: str = ""
    escalation_reason: str = ""
    note: str = ""
    decided_at: datetime
    outcome: EscalationOutcome | None = None


class MyEscalationList(ResponseModel):
    items: list[MyEscalation]
