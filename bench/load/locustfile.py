"""What Locust runs: simulated moderators and leads against the case service.

Run by the runner (``python -m bench.load``) as ``locust -f bench/load/locustfile.py``, never
imported by anything else: Locust patches the process with gevent first. The sizes come from
``bench.load.config`` through the environment.

A moderator signs in, then works shifts: pull a batch, read each case (detail, chat pages,
snapshots, revalidated with If-None-Match once seen), think 20-40 s, decide and upload the
decision, renew the batch when due; after a few batches it signs out and in again. Some
batches are worked offline (everything read up front, decisions kept) and uploaded in one
burst when back: that upload has its own row, and its time per decision its own ``BURST``
row, so neither is in Locust's upload p99 (the service's histogram cannot tell them apart).
A few leads read their team's history and metrics. While it thinks, a moderator follows its
shown case as the desk does (``GET /v1/cases/{id}/follow``, long-polls of up to 25 s one after
another): one follower per moderator, its row ``FOLLOW`` (its time is the hold, not a budget).

Every decision the service answered ``accepted`` (or ``duplicate``) is appended to
``acked-<pid>.txt`` in the output folder as soon as the answer arrives (a Locust that dies
leaves what it was told): the runner checks each one is stored.
"""

from __future__ import annotations

import contextlib
import hashlib
import itertools
import json
import os
import random
import time
import urllib.error
import urllib.request
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, cast

from locust import FastHttpUser, LoadTestShape, constant, events, task
from locust.env import Environment

import reviewer
from bench.load.config import PASSWORD, LoadConfig, lead_name, moderator_name
from reviewer import contract
from server.domain import policies

CONFIG = LoadConfig.from_env()
# line-buffered: each acknowledged id is on disk once its line is written
_ACKED = open(  # noqa: SIM115 - open for the life of the process
    CONFIG.out_dir / f"acked-{os.getpid()}.txt", "a", buffering=1, encoding="utf-8"
)
_MODERATORS = itertools.count()
_LEADS = itertools.count()
_CLIENT_HEADER = {contract.CLIENT_VERSION_HEADER: reviewer.__version__}
_POLICY_ACTIONS = sorted(
    a.code for a in policies.ACTIONS if a.requires_policy and not a.requires_note
)
_AREAS = sorted(policies.AREA_CODES)
_P = contract.API_PREFIX

BATCHES = "POST /v1/queues/[queue]/batches"
UPLOAD = "POST /v1/decisions:batch"
BURST_UPLOAD = "POST /v1/decisions:batch (offline burst)"
FOLLOW = "GET /v1/cases/[id]/follow (long-poll)"


def _now() -> str:
    return datetime.now(UTC).isoformat()


def _call(
    user: FastHttpUser,
    method: str,
    path: str,
    name: str,
    *,
    ok: tuple[int, ...] = (200,),
    **kwargs: Any,
) -> tuple[int, Any]:
    """One request (its status and JSON body, None when it has none) as the desk makes it:
    a connection the service dropped while idle (status 0, the keep-alive race) is tried
    once more on a new one, and counted in a ``RETRY`` row of its own, not as a failure.
    A request that timed out is a failure and is not tried again (it would add load)."""
    for attempt in (1, 2):
        with user.client.request(method, path, name=name, catch_response=True, **kwargs) as resp:
            status = int(resp.status_code or 0)
            error = getattr(resp, "error", None)  # set only when the request raised
            timed_out = isinstance(error, TimeoutError) or "timed out" in str(error)
            if status == 0 and attempt == 1 and not timed_out:
                resp.success()
                cast(Any, events.request).fire(  # Locust's event hooks are unannotated
                    request_type="RETRY",
                    name=f"{name} (dropped connection)",
                    response_time=0,
                    response_length=0,
                    exception=None,
                    context={},
                )
                continue
            if status not in ok:
                resp.failure(f"{name}: {status} {error or ''}".strip())
                return status, None
            json_body = "json" in (resp.headers.get("content-type") or "")
            return status, resp.json() if status == 200 and json_body else None
    return 0, None


class Moderator(FastHttpUser):
    """One moderator at the desk; all its pacing is inside the task (think time)."""

    wait_time = constant(0)
    weight = 1

    def on_start(self) -> None:
        self.index = next(_MODERATORS)
        self.username = moderator_name(self.index)
        self.rng = random.Random(self.index)
        self.seen_media: set[str] = set()
        self.chain_seq = 0
        self.chain_head = "0" * 64
        self.queue = ""
        self.auth: dict[str, str] = dict(_CLIENT_HEADER)
        # A first sign-in refused (503 while a shift's sign-ins queue for hashing) is tried
        # again by the shift task: raised here, it would end this user, and Locust would
        # start another under the next name, one that was never seeded (401 from then on).
        with contextlib.suppress(RuntimeError):
            self.sign_in()

    def sign_in(self) -> None:
        credentials = {"username": self.username, "password": PASSWORD}
        status, body = _call(
            self, "POST", _P + "/auth/login", "POST /v1/auth/login", json=credentials,
            headers=_CLIENT_HEADER,
        )  # fmt: skip
        if body is None:
            time.sleep(5)
            raise RuntimeError(f"sign-in failed: {status}")  # Locust logs it, runs the task again
        self.auth = {**_CLIENT_HEADER, "Authorization": "Bearer " + body["access_token"]}

    def sign_out(self) -> None:
        _call(
            self, "POST", _P + "/auth/logout", "POST /v1/auth/logout", ok=(204,), headers=self.auth
        )

    @task
    def shift(self) -> None:
        if "Authorization" not in self.auth:
            self.sign_in()
        for _ in range(self.rng.randint(*CONFIG.shift_batches)):
            self.work_batch()
        self.sign_out()
        self.auth = dict(_CLIENT_HEADER)
        self.sign_in()

    # --- a batch --------------------------------------------------------------------------

    def pick_queue(self) -> None:
        _status, body = _call(self, "GET", _P + "/queues", "GET /v1/queues", headers=self.auth)
        if body is None:
            return
        live = [q for q in body["queues"] if q["kind"] == "live" and q["depth"] > 0]
        if live:
            self.queue = self.rng.choice(sorted(live, key=lambda q: -q["depth"])[:3])["id"]

    def work_batch(self) -> None:
        if not self.queue:
            self.pick_queue()
            if not self.queue:
                time.sleep(5)
                return
        _status, batch = _call(
            self, "POST", f"{_P}/queues/{self.queue}/batches", BATCHES,
            json={"size": CONFIG.batch_size}, headers=self.auth,
        )  # fmt: skip
        if batch is None:
            time.sleep(2)
            return
        case_ids = [c["case_id"] for c in batch["cases"]]
        if not case_ids:
            self.queue = ""  # dry: look for another queue next time
            return
        if self.rng.random() < CONFIG.offline_share:
            self.work_offline(case_ids)
        else:
            self.work_online(batch["batch_id"], case_ids)

    def work_online(self, batch_id: str, case_ids: list[str]) -> None:
        renewed = time.monotonic()
        for cid in case_ids:
            version = self.read_case(cid)
            think = self.think(None if version is None else (cid, version))
            decision = self.decide(cid, think)
            if self.upload([decision], UPLOAD) and self.rng.random() < CONFIG.correction_share:
                self.upload([self.correct(decision)], UPLOAD)
            if time.monotonic() - renewed >= CONFIG.renew_seconds:
                path = f"{_P}/batches/{batch_id}/renew"
                _call(self, "POST", path, "POST /v1/batches/[batch]/renew", headers=self.auth)
                renewed = time.monotonic()

    def work_offline(self, case_ids: list[str]) -> None:
        for cid in case_ids:  # the desk prefetches the whole batch before the link drops
            self.read_case(cid)
        pending = [self.decide(cid, self.think()) for cid in case_ids]
        started = time.perf_counter()
        if self.upload(pending, BURST_UPLOAD):
            per_decision = (time.perf_counter() - started) * 1000 / len(pending)
            cast(Any, events.request).fire(  # Locust's event hooks are unannotated
                request_type="BURST",
                name="ms per decision",
                response_time=per_decision,
                response_length=0,
                exception=None,
                context={},
            )

    def think(self, shown: tuple[str, int] | None = None) -> float:
        """Think about the case; follow it meanwhile when it is on screen (``shown``: its id
        and live version)."""
        seconds = self.rng.uniform(CONFIG.think_min, CONFIG.think_max)
        end = time.monotonic() + seconds
        if shown is not None and CONFIG.follow:
            cid, version = shown
            while (left := end - time.monotonic()) > 0.5:
                hold = min(left, contract.FOLLOW_HOLD_SECONDS)
                url = f"{_P}/cases/{cid}/follow?after={version}&hold={hold:.1f}"
                _status, update = _call(self, "GET", url, FOLLOW, headers=self.auth)
                if update is None:
                    break
                version = int(update["version"])
        time.sleep(max(0.0, end - time.monotonic()))
        return seconds

    # --- reading a case ----------------------------------------------------------------------

    def read_case(self, cid: str) -> int | None:
        """Read the case as the desk shows it; its live version (None: not read)."""
        _status, detail = _call(
            self, "GET", f"{_P}/cases/{cid}", "GET /v1/cases/[id]", headers=self.auth
        )
        if detail is None:
            return None
        cursor: str | None = None
        for _page in range(2):
            url = f"{_P}/cases/{cid}/chat?limit=1000" + (f"&cursor={cursor}" if cursor else "")
            _status, page = _call(self, "GET", url, "GET /v1/cases/[id]/chat", headers=self.auth)
            cursor = page.get("next_cursor") if page else None
            if not cursor:
                break
        for snap in detail["snapshots"]:
            sha = snap["sha256"]
            headers = dict(self.auth)
            if sha in self.seen_media:
                headers["If-None-Match"] = f'"{sha}"'
            status, _body = _call(
                self, "GET", f"{_P}/media/{sha}", "GET /v1/media/[sha256]", ok=(200, 304),
                headers=headers,
            )  # fmt: skip
            if status in (200, 304):
                self.seen_media.add(sha)
        return int(detail.get("live_version", 0))

    # --- deciding ----------------------------------------------------------------------------

    def _chained(self, item: dict[str, Any]) -> dict[str, Any]:
        self.chain_seq += 1
        self.chain_head = hashlib.sha256(
            (self.chain_head + item["decision_id"]).encode()
        ).hexdigest()
        return {**item, "audit_seq": self.chain_seq, "audit_hash": self.chain_head}

    def decide(self, cid: str, think: float) -> dict[str, Any]:
        if self.rng.random() < 0.7:
            action, codes = "no_violation", []
        else:
            action, codes = self.rng.choice(_POLICY_ACTIONS), [self.rng.choice(_AREAS)]
        return self._chained(
            {
                "decision_id": str(uuid.uuid4()),
                "case_id": cid,
                "action": action,
                "policy_codes": codes,
                "policy_version": policies.POLICY_VERSION,
                "handle_time_ms": int(think * 1000),
                "decided_at": _now(),
            }
        )

    def correct(self, earlier: dict[str, Any]) -> dict[str, Any]:
        """A second look: the same case, another action, superseding the first decision."""
        action = "warn_streamer" if earlier["action"] == "no_violation" else "no_violation"
        codes = [self.rng.choice(_AREAS)] if action != "no_violation" else []
        return self._chained(
            {
                **earlier,
                "decision_id": str(uuid.uuid4()),
                "action": action,
                "policy_codes": codes,
                "supersedes": earlier["decision_id"],
                "decided_at": _now(),
            }
        )

    def upload(self, items: list[dict[str, Any]], name: str) -> bool:
        """Send decisions; True when every one was acknowledged (and recorded as such)."""
        body = {
            "device_id": f"load-{self.username}",
            "sent_at": _now(),
            "chain_seq": self.chain_seq,
            "chain_head": self.chain_head,
            "decisions": items,
        }
        _status, answer = _call(
            self, "POST", _P + "/decisions:batch", name, json=body, headers=self.auth
        )
        if answer is None:
            return False
        results = answer["results"]
        good = ("accepted", "duplicate")
        _ACKED.writelines(f"{r['decision_id']}\n" for r in results if r["status"] in good)
        refused = [r for r in results if r["status"] not in good]
        if refused:
            cast(Any, events.request).fire(  # Locust's event hooks are unannotated
                request_type="REFUSED",
                name=f"{refused[0]['status']}: {refused[0]['reason']}"[:100],
                response_time=0,
                response_length=0,
                exception=RuntimeError(refused[0]["status"]),
                context={},
            )
            return False
        return True


class Lead(FastHttpUser):
    """A team lead with the dashboard open: history and metrics, every 10-20 s."""

    wait_time = constant(0)
    fixed_count = CONFIG.leads

    def on_start(self) -> None:
        self.username = lead_name(next(_LEADS))
        self.rng = random.Random(self.username)
        credentials = {"username": self.username, "password": PASSWORD}
        _status, body = _call(
            self, "POST", _P + "/auth/login", "POST /v1/auth/login (lead)", json=credentials,
            headers=_CLIENT_HEADER,
        )  # fmt: skip
        token = body["access_token"] if body else ""
        self.auth = {**_CLIENT_HEADER, "Authorization": "Bearer " + token}

    @task
    def dashboard(self) -> None:
        history = _P + "/decisions?limit=100"
        _call(self, "GET", history, "GET /v1/decisions", headers=self.auth)
        _call(self, "GET", _P + "/metrics", "GET /v1/metrics", headers=self.auth)
        time.sleep(self.rng.uniform(*CONFIG.lead_pause))


# --- the shape and the measured windows --------------------------------------------------------


def _scrape(host: str) -> str:
    """The service's own metrics text ('' when it has none)."""
    try:
        with urllib.request.urlopen(host + CONFIG.metrics_path, timeout=10) as resp:  # noqa: S310 - loopback URL the runner gave
            body: bytes = resp.read()
            return body.decode()
    except (urllib.error.URLError, OSError):
        return ""


class _Window:
    """Statistics from a reset to a close: Locust's own and the service's, plus Locust's CPU."""

    def __init__(self, env: Environment, label: str, users: int) -> None:
        assert env.runner is not None
        env.runner.stats.reset_all()
        self.env = env
        self.label = label
        self.users = users
        self.wall = time.time()
        self.cpu = time.process_time()
        host = env.host or ""
        (CONFIG.out_dir / f"metrics-{label}-start.txt").write_text(_scrape(host))

    def close(self) -> dict[str, Any]:
        assert self.env.runner is not None
        seconds = time.time() - self.wall
        cpu = time.process_time() - self.cpu
        (CONFIG.out_dir / f"metrics-{self.label}-end.txt").write_text(_scrape(self.env.host or ""))
        rows = []
        for entry in self.env.runner.stats.entries.values():
            if not entry.num_requests:
                continue
            rows.append(
                {
                    "type": entry.method,
                    "name": entry.name,
                    "requests": entry.num_requests,
                    "failures": entry.num_failures,
                    "rps": entry.num_requests / seconds if seconds else 0.0,
                    "p50": entry.get_response_time_percentile(0.5),
                    "p95": entry.get_response_time_percentile(0.95),
                    "p99": entry.get_response_time_percentile(0.99),
                }
            )
        errors = [
            {"name": e.name, "error": str(e.error), "count": e.occurrences}
            for e in self.env.runner.stats.errors.values()
        ]
        crashes = [
            {
                "name": "exception in a task",
                "error": str(e.get("msg", "")),
                "count": e.get("count", 1),
            }
            for e in self.env.runner.exceptions.values()
        ]
        return {
            "label": self.label,
            "users": self.users,
            "start": self.wall,
            "end": self.wall + seconds,
            "seconds": seconds,
            "locust_cpu_share": cpu / seconds if seconds else 0.0,
            "rows": rows,
            "errors": errors + crashes,
            "crashes": sum(int(e.get("count", 1)) for e in self.env.runner.exceptions.values()),
        }


@dataclass
class _Progress:
    """Where the shape is: its start, the open window, the closed ones, the current step."""

    started: float | None = None
    window: _Window | None = None
    windows: list[dict[str, Any]] = field(default_factory=list)
    step: int = -1


_PROGRESS = _Progress()


class Shape(LoadTestShape):
    """``steady``: all users over the ramp, reset, hold; ``steps``: each size, settle, hold."""

    use_common_options = False

    def _open(self, label: str, users: int) -> None:
        assert self.runner is not None
        _PROGRESS.window = _Window(self.runner.environment, label, users)

    def _close(self) -> None:
        if _PROGRESS.window is not None:
            _PROGRESS.windows.append(_PROGRESS.window.close())
            _PROGRESS.window = None
            (CONFIG.out_dir / "windows.json").write_text(json.dumps(_PROGRESS.windows, indent=1))

    def tick(self) -> tuple[int, float] | None:
        if _PROGRESS.started is None:
            _PROGRESS.started = time.monotonic()
        t = time.monotonic() - _PROGRESS.started
        if CONFIG.mode == "steps":
            return self._steps(t)
        users = CONFIG.moderators + CONFIG.leads
        if t >= CONFIG.ramp_seconds + CONFIG.steady_seconds:
            self._close()
            return None
        if t >= CONFIG.ramp_seconds and _PROGRESS.window is None and not _PROGRESS.windows:
            self._open("steady", CONFIG.moderators)
        return users, max(1.0, users / max(CONFIG.ramp_seconds, 1.0))

    def _steps(self, t: float) -> tuple[int, float] | None:
        step = int(t // CONFIG.step_seconds)
        if step >= len(CONFIG.steps):
            self._close()
            return None
        if step != _PROGRESS.step:
            self._close()
            _PROGRESS.step = step
        size = CONFIG.steps[step]
        before = CONFIG.steps[step - 1] if step else 0
        into = t - step * CONFIG.step_seconds
        if into >= CONFIG.step_settle_seconds and _PROGRESS.window is None:
            self._open(f"step-{size}", size)
        rate = max(1.0, (size - before) / max(CONFIG.step_settle_seconds * 0.8, 1.0))
        return size + CONFIG.leads, rate


def _close_acked(environment: Environment, **_kwargs: Any) -> None:
    _ACKED.close()


cast(Any, events.quitting).add_listener(_close_acked)
