"""Support commands that run without a window: ``reviewer doctor``, ``reviewer status``,
``reviewer recover-store``, ``reviewer export-held``, ``reviewer export-pending`` and
``reviewer purge-local-data``.

Support staff at a vendor site run these over a remote shell. Each check prints
one line, ``OK`` or ``PROBLEM`` with a sentence a person can act on; the exit
code is 0 when everything is fine and 1 otherwise. Nothing here imports Qt.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TextIO

from reviewer import __version__, contract

#: a clock further off than this makes decision times misleading
CLOCK_SKEW_LIMIT_S = 60.0


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str

    def line(self) -> str:
        return f"{self.name:<13}{'OK' if self.ok else 'PROBLEM':<9}{_one_line(self.detail, 500)}"


def _one_line(text: str, limit: int = 300) -> str:
    """Untrusted text (server answers, file names) printed on one bounded line."""
    flat = " ".join(str(text).split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def _version_tuple(text: str) -> tuple[int, ...]:
    parts: list[int] = []
    for piece in text.split("."):
        digits = "".join(ch for ch in piece if ch.isdigit())
        parts.append(int(digits) if digits else 0)
    return tuple(parts)


# --- doctor --------------------------------------------------------------------------------------


def check_keyring() -> Check:
    from reviewer.client.credentials import KeyringVault

    described = KeyringVault().describe()
    ok = described.startswith("OK")
    detail = described.split(":", 1)[1].strip() if ":" in described else described
    return Check("keyring", ok, detail)


def check_store(store_path: Path) -> list[Check]:
    """Integrity (PRAGMA quick_check) and the audit chain; never creates a store."""
    if not store_path.exists():
        message = f"no store yet at {store_path} (nothing recorded on this machine)"
        return [Check("store", True, message), Check("audit chain", True, "nothing to verify")]
    from reviewer.store.decisions import Store, StoreError

    recover = f"; close the desk and run `reviewer recover-store --store {store_path}`"
    try:
        store = Store.open(store_path)
    except (StoreError, OSError) as exc:
        return [
            Check("store", False, f"cannot open {store_path}: {exc}{recover}"),
            Check("audit chain", False, "not checked (the store did not open)"),
        ]
    except Exception as exc:  # sqlite3.DatabaseError: "file is not a database"
        return [
            Check(
                "store",
                False,
                f"cannot open {store_path}: {exc.__class__.__name__}: {exc}{recover}",
            ),
            Check("audit chain", False, "not checked (the store did not open)"),
        ]
    try:
        quick = store.quick_check()
        store_check = (
            Check("store", True, f"integrity ok ({store_path})")
            if quick == "ok"
            else Check("store", False, f"integrity check failed: {quick}{recover}")
        )
        report = store.verify_chain()
        chain_check = (
            Check("audit chain", True, f"{report.checked} events verified")
            if report.ok
            else Check(
                "audit chain",
                False,
                f"broken at event {report.first_bad_seq}: {report.message}",
            )
        )
    finally:
        store.close()
    return [store_check, chain_check]


def check_service(server_url: str, *, deadline_s: float = 10.0) -> tuple[Check, Check]:
    """Reachability via ``GET /v1/info``, and the clock compared with the service's."""
    if not server_url:
        return (
            Check("service", False, "no service address configured (sign in once, or --server)"),
            Check("clock", False, "not checked (no service to compare with)"),
        )
    from reviewer.client.errors import ApiError
    from reviewer.client.transport import ApiClient
    from reviewer.session import site_network

    try:
        api = ApiClient(
            server_url,
            deadline_s=deadline_s,
            connect_timeout=min(5.0, deadline_s),
            network=site_network(),
        )
    except ApiError as exc:
        return (
            Check("service", False, exc.message),
            Check("clock", False, "not checked (no service to compare with)"),
        )
    try:
        sent = datetime.now(UTC)
        started = time.monotonic()
        info = api.info()
        elapsed = time.monotonic() - started
    except ApiError as exc:
        issuer = getattr(exc, "issuer", "")  # a TlsError names who issued what it was shown
        seen = f" (the certificate shown was issued by {issuer})" if issuer else ""
        return (
            Check("service", False, f"{server_url}: {exc.message}{seen}"),
            Check("clock", False, "not checked (the service did not answer)"),
        )
    finally:
        api.close()
    service = Check(
        "service",
        True,
        f"{info.name} {info.version} at {server_url} ({elapsed * 1000:.0f} ms)",
    )
    if _version_tuple(__version__) < _version_tuple(info.min_client_version):
        service = Check(
            "service",
            False,
            f"this client ({__version__}) is older than the service accepts "
            f"({info.min_client_version}); update the client",
        )
    midpoint = sent + timedelta(seconds=elapsed / 2)
    server_time = info.server_time
    if server_time.tzinfo is None:
        server_time = server_time.replace(tzinfo=UTC)
    skew = (server_time - midpoint).total_seconds()
    if abs(skew) > CLOCK_SKEW_LIMIT_S:
        clock = Check(
            "clock",
            False,
            f"this computer's clock is {abs(skew):.0f} s "
            f"{'behind' if skew > 0 else 'ahead of'} the service; "
            "fix the system time (decision times would be wrong)",
        )
    else:
        clock = Check("clock", True, f"within {abs(skew):.1f} s of the service")
    return service, clock


def doctor(server_url: str | None, store_path: Path | None, out: TextIO) -> int:
    from reviewer.paths import AppPaths
    from reviewer.settings import load_settings

    paths = AppPaths.default()
    loaded = load_settings(paths.settings_path)
    checks: list[Check] = [
        Check("settings", loaded.warning is None, loaded.warning or str(paths.settings_path))
    ]
    checks.append(check_keyring())
    stores = [store_path] if store_path else paths.local_stores()
    for path in stores or [paths.store_path]:  # none: says "no store yet"
        checks.extend(check_store(path))
    checks.extend(check_service(server_url or loaded.settings.server_url))
    sync, trace = check_sync_crashes(paths.log_dir)
    if sync is not None:
        checks.append(sync)
    for check in checks:
        print(check.line(), file=out)
    for line in trace:
        print(f"    {line}", file=out)
    return 0 if all(c.ok for c in checks) else 1


def check_sync_crashes(log_dir: Path) -> tuple[Check | None, list[str]]:
    """The sync thread's newest logged failure and its trace (files, lines, the exception's
    type; never its message); no check at all when it never failed."""
    from reviewer.supervision import CRASH_LOG_NAME, last_crashes

    records = last_crashes(log_dir, limit=1)
    if not records:
        return None, []
    last = records[0]
    when = last.at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
    where = log_dir / CRASH_LOG_NAME
    if last.gave_up:
        check = Check(
            "sync",
            False,
            f"the sync thread stopped for good at {when} after repeated errors; restart the "
            f"desk and send {where} to support",
        )
    else:
        check = Check("sync", True, f"restarted after an error at {when} (log: {where})")
    return check, last.trace.splitlines()[-40:]


# --- status --------------------------------------------------------------------------------------


def _ago(moment: datetime, now: datetime) -> str:
    seconds = max(0, int((now - moment).total_seconds()))
    if seconds < 120:
        return f"{seconds} s ago"
    if seconds < 7200:
        return f"{seconds // 60} min ago"
    return f"{seconds // 3600} h ago"


def status(store_path: Path | None, out: TextIO) -> int:
    """Every store on this machine (one per server and user), or the one asked for."""
    from reviewer.paths import AppPaths

    paths = AppPaths.default()
    stores = [store_path] if store_path else paths.local_stores()
    if not stores:
        print(f"store        {paths.data_dir}: none yet (nothing recorded here)", file=out)
        return 0
    worst = 0
    for n, path in enumerate(stores):
        if n:
            print(file=out)
        worst = max(worst, _status_of(path, out))
    return worst


def _status_of(path: Path, out: TextIO) -> int:
    if not path.exists():
        print(f"store        {path}: none yet (nothing recorded on this machine)", file=out)
        return 0
    from reviewer.store.decisions import Store

    try:
        store = Store.open(path)
    except Exception as exc:
        print(f"store        PROBLEM  cannot open {path}: {_one_line(str(exc))}", file=out)
        return 1
    now = datetime.now(UTC)
    try:
        counts = store.outbox_counts()
        problems = store.problems()
        last = store.get_state("last_sync_at")
        skew = store.get_state("clock_skew_s")
        open_cases = store.open_cases(include_expired=True)
    finally:
        store.close()
    print(f"store        {path}", file=out)
    print(
        "outbox       "
        + ", ".join(
            f"{state} {counts.get(state, 0)}" for state in ("pending", "synced", "problem")
        ),
        file=out,
    )
    if last:
        when = datetime.fromisoformat(last)
        print(f"last sync    {when.isoformat(timespec='seconds')} ({_ago(when, now)})", file=out)
    else:
        print("last sync    never", file=out)
    if skew is not None:
        print(f"clock skew   {skew} s (last measured)", file=out)
    print(f"open cases   {len(open_cases)}", file=out)
    print(f"problems     {len(problems)}", file=out)
    for p in problems:
        print(
            "  "
            + _one_line(
                f"{p.at.isoformat(timespec='seconds')} {p.status} case {p.case_id} "
                f"decision {p.decision_id} ({p.action}): {p.reason}"
            ),
            file=out,
        )
    return 0


# --- recover-store -------------------------------------------------------------------------------


def recover_store(store_path: Path, out: TextIO) -> int:
    """Move a damaged store aside and queue what it held in a fresh one (desk closed)."""
    from reviewer.store.recovery import recover_store as recover

    if not store_path.exists():
        print(f"recover      PROBLEM  no store at {store_path}", file=out)
        return 1
    report = recover(store_path)
    salvage = report.salvage
    print(f"moved aside  {report.moved_to} (unchanged; keep it for support)", file=out)
    print(
        f"salvaged     {len(salvage.decisions)} decisions, {len(salvage.pending)} queued to "
        f"send again (same ids and bytes: the service keeps each once)",
        file=out,
    )
    print(f"chain        fresh chain linked to old head {salvage.head_seq}", file=out)
    print(f"support copy {report.support_copy}", file=out)
    for problem in salvage.problems:
        print(f"  {_one_line(problem)}", file=out)
    return 0


# --- export-held ---------------------------------------------------------------------------------


def export_held(store_path: Path, target: Path, out: TextIO) -> int:
    """Write the decisions held on this desk (request bytes and the service's answer) to a
    JSON file for support; 0 also when none is held (the file then lists none)."""
    from reviewer.store.decisions import Store
    from reviewer.store.held_export import held_document, write_held_export

    if not store_path.exists():
        print(f"export-held  PROBLEM  no store at {store_path}", file=out)
        return 1
    try:
        store = Store.open(store_path)
    except Exception as exc:
        print(f"export-held  PROBLEM  cannot open {store_path}: {_one_line(str(exc))}", file=out)
        return 1
    try:
        held = store.held_decisions()
        owner = store.owner()
    finally:
        store.close()
    try:
        write_held_export(target, held_document(held, owner=owner))
    except OSError as exc:
        print(f"export-held  PROBLEM  cannot write {target}: {_one_line(str(exc))}", file=out)
        return 1
    print(f"export-held  {len(held)} held decision(s) written to {target}", file=out)
    for h in held:
        answer = f"HTTP {h.answer_status}" if h.answer_status is not None else "no HTTP answer"
        print(
            "  "
            + _one_line(
                f"decision {h.decision_id} case {h.case_id} seq {h.audit_seq}: {answer}"
                f" {h.problem_type or '-'} request id {h.request_id or '-'}"
            ),
            file=out,
        )
    return 0


# --- export-pending ------------------------------------------------------------------------------


def export_pending(
    store_path: Path, target: Path, out: TextIO, device_id: str | None = None
) -> int:
    """Write every decision this desk has not delivered (pending or held) to a JSON file a
    lead imports when the account is disabled (``POST /v1/decisions:import``).

    The file carries this installation's device id (from its settings, unless given): the
    service keeps an audit chain per device, and the imported decisions continue this one."""
    from reviewer.settings import default_path, load_settings
    from reviewer.store.decisions import Store
    from reviewer.store.held_export import write_held_export
    from reviewer.store.pending_export import pending_document

    if not store_path.exists():
        print(f"export-pending  PROBLEM  no store at {store_path}", file=out)
        return 1
    try:
        store = Store.open(store_path)
    except Exception as exc:
        print(f"export-pending  PROBLEM  cannot open {store_path}: {_one_line(str(exc))}", file=out)
        return 1
    try:
        items = store.undelivered()
        owner = store.owner()
        chain = store.chain_head()
    finally:
        store.close()
    try:
        if device_id is None:
            known = default_path().exists()
            device_id = load_settings().settings.device_id if known else ""
        document = pending_document(items, owner=owner, chain=chain, device_id=device_id)
        write_held_export(target, document)
    except OSError as exc:
        print(f"export-pending  PROBLEM  cannot write {target}: {_one_line(str(exc))}", file=out)
        return 1
    who = owner[1] if owner else "(no owner)"
    print(
        f"export-pending  {len(items)} undelivered decision(s) of {who} written to {target}",
        file=out,
    )
    return 0


# --- purge-local-data ----------------------------------------------------------------------------


def _folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def _purge_folders() -> list[Path]:
    """The user's own folders of this app (data, cache, log, config), each once: on some
    platforms two of them are the same folder, or one is inside another."""
    from reviewer.paths import AppPaths

    paths = AppPaths.default()
    folders: list[Path] = []
    for folder in (paths.data_dir, paths.cache_dir, paths.log_dir, paths.config_dir):
        folder = folder.absolute()
        if any(folder == f or folder.is_relative_to(f) for f in folders):
            continue
        folders = [f for f in folders if not f.is_relative_to(folder)] + [folder]
    return [f for f in folders if f.exists()]


def _unsynced(out: TextIO) -> int | None:
    """Decisions the service has not accepted (pending or refused), over every store; None
    when a store cannot be read (it may hold any number)."""
    from reviewer.paths import AppPaths
    from reviewer.store.decisions import Store

    total = 0
    for path in AppPaths.default().local_stores():
        try:
            with Store.open(path) as store:
                counts = store.outbox_counts()
        except Exception as exc:
            print(f"store        PROBLEM  cannot read {path}: {_one_line(str(exc))}", file=out)
            return None
        total += counts.get("pending", 0) + counts.get("problem", 0)
    return total


def purge_local_data(*, yes: bool, force: bool, out: TextIO, answers: TextIO) -> int:
    """Delete this user's local data folders (store, cached case content, logs, settings).

    Refused while a desk is open on this profile, and while decisions the service has not
    accepted exist unless ``force``; asks first unless ``yes`` (``answers`` is where the
    answer is read: the terminal). IT's site file and the installed program are untouched.
    """
    import shutil

    from reviewer.instance import DeskAlreadyOpen, ProfileLock
    from reviewer.paths import AppPaths

    folders = _purge_folders()
    if not folders:
        print("purge        nothing to delete: no local data for this user", file=out)
        return 0
    lock = ProfileLock(AppPaths.default().data_dir)
    if lock.path.parent.exists():
        try:
            lock.acquire()
        except DeskAlreadyOpen:
            print(
                "purge        REFUSED  Live Review Desk is open on this profile: close it first. "
                "Nothing was deleted.",
                file=out,
            )
            return 1
        lock.release()  # held only to know no desk is open; Windows cannot delete a held file
    unsynced = _unsynced(out)
    if unsynced is None and not force:
        print(
            "purge        REFUSED  a store cannot be read, so unsynced decisions may be in it: "
            "run `reviewer recover-store --store FILE` first, or add --force to delete them. "
            "Nothing was deleted.",
            file=out,
        )
        return 1
    if unsynced and not force:
        print(
            f"purge        REFUSED  {unsynced} decision(s) have not been accepted by the case "
            "service yet: sign in and let them sync (see `reviewer status`), or add --force to "
            "delete them. Nothing was deleted.",
            file=out,
        )
        return 1
    print("purge        these folders and everything in them will be deleted:", file=out)
    for folder in folders:
        print(f"  {folder} ({_folder_size(folder) / 1024 / 1024:.1f} MB)", file=out)
    if unsynced:
        print(f"  including {unsynced} decision(s) the service has not accepted", file=out)
    if not yes:
        print("Type yes to delete them: ", end="", file=out, flush=True)
        if answers.readline().strip().lower() != "yes":
            print("purge        cancelled: nothing was deleted", file=out)
            return 1
    failed = 0
    for folder in folders:
        try:
            if folder.is_symlink():
                folder.unlink()  # a link somewhere else: the link goes, never its target
            else:
                shutil.rmtree(folder)
        except OSError as exc:
            failed += 1
            print(f"purge        PROBLEM  {folder}: {_one_line(str(exc))}", file=out)
            continue
        print(f"deleted      {folder}", file=out)
    return 1 if failed else 0


# --- entry point ---------------------------------------------------------------------------------


class ReportJobError(Exception):
    """A report job that cannot go on: a token file that may not be used, or a service that
    did not give the report (the message says why and what to do)."""


def read_token_file(path: Path) -> str:
    """The report token in ``path``; refused when anyone but its owner may read it, since a
    scheduled job's token outlives any sign-in."""
    import os
    import stat

    try:
        mode = stat.S_IMODE(os.stat(path).st_mode)
        text = path.read_text(encoding="utf-8").strip()
    except OSError as exc:
        raise ReportJobError(f"cannot read the token file {path}: {exc.strerror}") from exc
    if mode & 0o077:
        raise ReportJobError(
            f"the token file {path} is readable by others (mode {mode:o}); "
            f"make it private first: chmod 600 {path}"
        )
    if not text:
        raise ReportJobError(f"the token file {path} is empty")
    return text


def fetch_weekly_report(
    server_url: str, token: str, *, week: str, vendor: str | None, team: str | None
) -> contract.WeeklyReport:
    """``GET /v1/reports/weekly`` with a report token (no sign-in, no refresh: a job),
    through the ApiClient: the site's proxy and CA bundle apply, HTTPS is required except
    to loopback, and the answer has the client's deadline and byte cap."""
    from reviewer.client.errors import ApiError
    from reviewer.client.lead import LeadApi
    from reviewer.client.report_token import ReportToken
    from reviewer.client.transport import ApiClient
    from reviewer.session import site_network

    try:
        network = site_network()
        with ApiClient(
            server_url, tokens=ReportToken(server_url, token), network=network, deadline_s=60.0
        ) as api:
            return LeadApi(api).weekly_report(week, vendor=vendor, team=team)
    except ApiError as exc:
        raise ReportJobError(f"the service at {server_url} gave no report: {exc}") from exc


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="reviewer", description="Live Review Desk support commands (no window)."
    )
    sub = parser.add_subparsers(dest="command", required=True)
    doc = sub.add_parser("doctor", help="check keyring, store, audit chain, service and clock")
    doc.add_argument("--server", default=None, help="service URL (default: from settings)")
    doc.add_argument(
        "--store", type=Path, default=None, help="store file (default: every store on this machine)"
    )
    st = sub.add_parser("status", help="outbox counts, problems and last sync")
    st.add_argument(
        "--store", type=Path, default=None, help="store file (default: every store on this machine)"
    )
    rec = sub.add_parser(
        "recover-store",
        help="move a damaged store aside and queue its unsynced decisions in a fresh one",
    )
    rec.add_argument("--store", type=Path, required=True, help="the damaged store file")
    held = sub.add_parser(
        "export-held",
        help="write the decisions held on this desk and the service's answers to a JSON file",
    )
    held.add_argument("--store", type=Path, required=True, help="the store file")
    held.add_argument("--out", type=Path, required=True, help="the JSON file to write")
    pend = sub.add_parser(
        "export-pending",
        help="write this desk's undelivered decisions to a JSON file a lead can import",
    )
    pend.add_argument("--store", type=Path, required=True, help="the store file")
    pend.add_argument("--out", type=Path, required=True, help="the JSON file to write")
    pend.add_argument(
        "--device-id",
        default=None,
        help="this installation's device id (default: from this machine's settings)",
    )
    purge = sub.add_parser(
        "purge-local-data",
        help="delete this user's local data (store, cached cases, logs, settings)",
    )
    purge.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    purge.add_argument(
        "--force", action="store_true", help="delete even decisions the service has not accepted"
    )
    return parser


COMMANDS: dict[str, Callable[[argparse.Namespace, TextIO], int]] = {
    "doctor": lambda a, out: doctor(a.server, a.store, out),
    "status": lambda a, out: status(a.store, out),
    "recover-store": lambda a, out: recover_store(a.store, out),
    "export-held": lambda a, out: export_held(a.store, a.out, out),
    "export-pending": lambda a, out: export_pending(a.store, a.out, out, a.device_id),
    "purge-local-data": lambda a, out: purge_local_data(
        yes=a.yes, force=a.force, out=out, answers=sys.stdin
    ),
}


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    args = build_parser().parse_args(list(sys.argv[1:] if argv is None else argv))
    return COMMANDS[args.command](args, out or sys.stdout)
