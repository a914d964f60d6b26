"""Crash-test recorder: records decisions into a real store and prints each id once it is durable.

Started once per campaign as a *zygote*: it imports the store (pydantic and the
contract take most of a second to import on a busy CI machine) and then forks a
fresh recorder process for every ``go`` line on stdin, so the parent can kill
hundreds of real processes with SIGKILL in a few seconds. Protocol, one line each:

    parent -> zygote   go | quit
    zygote -> parent   pid <n>            (before the recorder writes anything)
    recorder -> parent id <decision id>   (only after record_decision returned)
    recorder -> parent error <message>    (a bug: the recorder stops)
    zygote -> parent   exit <n> <status>  (after the recorder is reaped)

Every line is one os.write of less than PIPE_BUF bytes, so a killed recorder never
leaves half a line. ``--broken`` makes the recorder acknowledge too early: the id
is printed when it is minted, before the transaction commits, which the harness
must catch as lost decisions. ``--torn-spin-ms N`` is the other negative control: the
decision and its outbox row go into two transactions with an N ms busy wait between
them, so kills land between the two; the harness must catch decisions with no outbox
row (a decision that would never sync).

The recorder alternates on a small set of already leased cases: decide a leased
case, later retract that decision (which reopens the case), and so on, so any
number of decisions fits in a few cases (real ones when the service leased them).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

from reviewer import ids
from reviewer.store import decisions as store_module
from reviewer.store.decisions import Store
from reviewer.store.rows import DecisionDraft

MAX_DECISIONS_PER_RECORDER = 5000  # a recorder nobody kills must still stop


def _say(line: str) -> None:
    os.write(1, (line + "\n").encode("utf-8"))


def _draft(
    case_id: str, action: str, supersedes: str | None, policy_codes: tuple[str, ...]
) -> DecisionDraft:
    return DecisionDraft(
        case_id=case_id,
        action=action,
        policy_codes=policy_codes,
        note="crash test",
        escalation_reason="",
        supersedes=supersedes,
        policy_version="crash-test",
        handle_time_ms=1000,
    )


def _spin(seconds: float) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        pass


def record_torn_forever(path: Path, case_ids: list[str], spin_s: float) -> None:
    """The deliberately wrong recorder: decision and outbox row in two transactions.

    Writes through the store's diagnostic connection because the real store cannot be
    made to tear its own transaction; only the two tables the harness checks are written.
    """
    store = Store.open(path)
    conn = store.connection
    (seq,) = conn.execute("SELECT COALESCE(MAX(audit_seq), 0) FROM decisions").fetchone()
    for turn in range(MAX_DECISIONS_PER_RECORDER):
        decision_id = ids.new_id()
        stamp = datetime.now(UTC).isoformat()
        seq += 1
        conn.execute("BEGIN IMMEDIATE")
        conn.execute(
            "INSERT INTO decisions (decision_id, case_id, action, policy_codes, note,"
            " escalation_reason, supersedes, policy_version, handle_time_ms, decided_at,"
            " audit_seq, audit_hash, payload) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                decision_id,
                case_ids[turn % len(case_ids)],
                "no_violation",
                "[]",
                "torn",
                "",
                None,
                "crash-test",
                1000,
                stamp,
                seq,
                "0" * 64,
                b"{}",
            ),
        )
        conn.execute("COMMIT")
        _spin(spin_s)  # a kill here leaves a decision that nothing will ever send
        conn.execute("BEGIN IMMEDIATE")
        conn.execute(
            "INSERT INTO outbox (decision_id, queued_seq, status, updated_at)"
            " VALUES (?, ?, 'pending', ?)",
            (decision_id, seq, stamp),
        )
        conn.execute("COMMIT")
        _say(f"id {decision_id}")
    store.close()


def record_forever(
    path: Path, case_ids: list[str], broken: bool, action: str, policy_codes: tuple[str, ...]
) -> None:
    """One recorder: runs until killed (or MAX_DECISIONS_PER_RECORDER)."""
    if broken:

        def early_id() -> str:
            minted = ids.new_id()
            _say(f"id {minted}")  # acknowledged before the commit: the bug under test
            return minted

        store_module.new_id = early_id  # type: ignore[attr-defined]  # the name the store calls
    store = Store.open(path)
    # Where each case stands: the decision to retract next, or None when it is open.
    active: dict[str, str | None] = {}
    for case_id in case_ids:
        rows = store.case_decisions(case_id)
        state = store.case_state(case_id)
        if state is None:
            raise RuntimeError(f"case {case_id} is not leased in {path}")
        active[case_id] = rows[-1].decision_id if state == "decided" and rows else None
    turn = 0
    while turn < MAX_DECISIONS_PER_RECORDER:
        case_id = case_ids[turn % len(case_ids)]
        turn += 1
        earlier = active[case_id]
        if earlier is None:
            rec = store.record_decision(_draft(case_id, action, None, policy_codes))
            active[case_id] = rec.decision_id
        else:
            rec = store.record_decision(_draft(case_id, "retract", earlier, ()))
            active[case_id] = None
        if not broken:
            _say(f"id {rec.decision_id}")  # durable: record_decision has returned
    store.close()


def zygote(
    path: Path,
    case_ids: list[str],
    broken: bool,
    action: str,
    policy_codes: tuple[str, ...],
    torn_spin_s: float | None = None,
) -> None:
    for raw in sys.stdin.buffer:
        command = raw.strip()
        if command == b"quit":
            return
        if command != b"go":
            _say(f"error unknown command {command!r}")
            continue
        ready_r, ready_w = os.pipe()
        pid = os.fork()
        if pid == 0:  # the recorder
            os.close(ready_w)
            os.read(ready_r, 1)  # wait until the parent knows our pid
            os.close(ready_r)
            status = 0
            try:
                if torn_spin_s is not None:
                    record_torn_forever(path, case_ids, torn_spin_s)
                else:
                    record_forever(path, case_ids, broken, action, policy_codes)
            except BaseException as exc:
                _say(f"error {type(exc).__name__}: {exc}".replace("\n", " "))
                status = 3
            os._exit(status)
        os.close(ready_r)
        _say(f"pid {pid}")
        with contextlib.suppress(BrokenPipeError):  # already killed before it started
            os.write(ready_w, b"!")
        os.close(ready_w)
        _, status = os.waitpid(pid, 0)
        _say(f"exit {pid} {status}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("store", type=Path)
    parser.add_argument("--cases", required=True, help="comma-separated leased case ids")
    parser.add_argument("--broken", action="store_true", help="print ids before committing")
    parser.add_argument(
        "--torn-spin-ms", type=float, default=None, help="decision and outbox row apart"
    )
    parser.add_argument("--action", default="no_violation")
    parser.add_argument("--policy-codes", default="", help="comma-separated")
    args = parser.parse_args()
    codes = tuple(c for c in args.policy_codes.split(",") if c)
    torn = None if args.torn_spin_ms is None else args.torn_spin_ms / 1000
    cases = [c for c in args.cases.split(",") if c]
    zygote(args.store, cases, args.broken, args.action, codes, torn)


if __name__ == "__main__":
    main()
