"""``reviewer-server`` (``python -m server``): seed a database, migrate it, serve it, print
OpenAPI."""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import shutil
import socket
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from reviewer import contract
from server.config import Settings, sqlite_url

if TYPE_CHECKING:
    from fastapi import FastAPI

DATABASE_URL_ENV = "REVIEWER_SERVER_DATABASE_URL"
#: how `serve --workers N` hands its settings to the worker processes it spawns
SETTINGS_ENV = "REVIEWER_SERVER_WORKER_SETTINGS"
#: prometheus-client's multiprocess folder (server.observability), managed by `serve`
METRICS_DIR_ENV = "PROMETHEUS_MULTIPROC_DIR"


def is_url(db: str) -> bool:
    """A SQLAlchemy URL (``postgresql+psycopg://...``, ``sqlite:///...``), not a file path."""
    return "://" in db


def _db_file(args: argparse.Namespace) -> Path | None:
    """The SQLite file --db names, or None when --db is absent or a URL."""
    if args.db is None or args.database_url or is_url(args.db):
        return None
    return Path(args.db)


def _shown(db: str) -> str:
    """--db as a message may quote it: a URL's password is hidden."""
    if not is_url(db):
        return db
    from sqlalchemy.engine import make_url

    return make_url(db).render_as_string(hide_password=True)


def _database_url(args: argparse.Namespace) -> str:
    """--database-url, else --db (a SQLite path or any SQLAlchemy URL), else
    $REVIEWER_SERVER_DATABASE_URL."""
    if args.database_url:
        return str(args.database_url)
    if args.db is None and os.environ.get(DATABASE_URL_ENV):
        return os.environ[DATABASE_URL_ENV]
    if args.db is None:
        raise SystemExit(
            f"give --db PATH or URL (a SQLite file or a SQLAlchemy URL), or ${DATABASE_URL_ENV}"
        )
    return str(args.db) if is_url(args.db) else sqlite_url(Path(args.db))


def _cmd_seed(args: argparse.Namespace) -> int:
    from server.seeding.cases import DatabaseHoldsData, seed_database

    url = _database_url(args)
    db_file = _db_file(args)
    if db_file is not None:
        db_file.parent.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    try:
        report = seed_database(
            url,
            cases=args.cases,
            seed=args.seed,
            huge_chats=args.huge_chats,
            huge_size=args.huge_size,
            history=not args.no_history,
            replace=args.replace,
        )
    except DatabaseHoldsData as exc:
        shown = _shown(args.db) if args.db else "..."
        print(
            f"{exc}: nothing was changed. Seeding drops every table; to throw this data away "
            f"run `reviewer-server seed --db {shown} --replace`",
            file=sys.stderr,
        )
        return 2
    elapsed = time.perf_counter() - started
    print(
        f"seeded {report.cases} cases, {report.snapshots} snapshots ({report.media} images), "
        f"{report.chat_messages} chat messages, {report.users} users in {elapsed:.2f} s",
        flush=True,
    )
    return 0


def _bind(host: str, port: int) -> socket.socket:
    """Bind the listening socket ourselves: port 0 picks a free port without any race."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    # Accepted connections inherit TCP_NODELAY from the listener. Without it a kept-alive
    # connection waits ~40 ms per answer (Nagle's algorithm against the client's delayed ACK):
    # measured 44 ms per request on loopback before, 3 ms after.
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    sock.bind((host, port))
    sock.listen(128)
    sock.set_inheritable(True)
    return sock


def _ready_to_serve(url: str, db: str | None, connections: int) -> bool:
    """False, with the fix on stderr, for a database whose schema is not this version's (one
    seeded or migrated by an older version, or a newer one, or with a table missing), or a
    PostgreSQL that would not keep acknowledged commits or has too few connections."""
    from server import migrations
    from server.db import make_engine, serving_problem

    engine = make_engine(url)
    try:
        problem = migrations.schema_problem(
            engine, f"--db {_shown(db)}" if db is not None else "--database-url ..."
        ) or serving_problem(engine, connections)
    finally:
        engine.dispose()
    if problem:
        print(problem, file=sys.stderr)
    return problem is None


def _cmd_migrate(args: argparse.Namespace) -> int:
    from server import migrations

    url = _database_url(args)
    db_file = _db_file(args)
    if db_file is not None and not db_file.exists():
        print(f"no database at {args.db}: `reviewer-server seed --db {args.db}` makes one",
              file=sys.stderr)  # fmt: skip
        return 2
    before, after = migrations.upgrade(url)
    if before == after:
        print(f"the schema is already at {after}", flush=True)
    else:
        print(f"migrated the schema from {before or 'nothing'} to {after}", flush=True)
    return 0


def _cmd_serve(args: argparse.Namespace) -> int:
    metrics_dir = _metrics_dir()
    try:
        return _serve(args)
    finally:
        if metrics_dir is not None:
            shutil.rmtree(metrics_dir, ignore_errors=True)


def _metrics_dir() -> Path | None:
    """Point prometheus-client's multiprocess mode at a folder every worker shares (before
    anything imports it), emptied of an earlier run's files; a folder made here is removed
    when `serve` ends (returned), one the operator named is kept."""
    named = os.environ.get(METRICS_DIR_ENV)
    if named:
        for stale in Path(named).glob("*.db"):
            stale.unlink(missing_ok=True)
        return None
    made = Path(tempfile.mkdtemp(prefix="reviewer-metrics-"))
    os.environ[METRICS_DIR_ENV] = str(made)
    return made


def _hashing(args: argparse.Namespace) -> tuple[int, int] | None:
    """(hash slots, hash concurrency): the hashes running at once across every process that
    serves this database on this host (--hash-slots, default the cores), and the sign-ins
    one worker lets hold or wait for one of them (--hash-concurrency, default the slots
    shared out among the workers, at least 1); None, with the reason on stderr, for a
    value below 1."""
    slots = args.hash_slots if args.hash_slots is not None else (os.cpu_count() or 1)
    if slots < 1:
        print("--hash-slots must be 1 or more", file=sys.stderr)
        return None
    if args.hash_concurrency is None:
        return slots, max(1, -(-slots // int(args.workers)))
    if args.hash_concurrency < 1:
        print("--hash-concurrency must be 1 or more", file=sys.stderr)
        return None
    return slots, int(args.hash_concurrency)


def _operator_token_sha256(path: Path | None) -> str | None:
    """The sha256 of the operator token in --operator-token-file ('' without one)."""
    if path is None:
        return ""
    try:
        token = path.read_text().strip()
    except OSError as exc:
        print(f"cannot read --operator-token-file: {exc.strerror or exc}", file=sys.stderr)
        return None
    if len(token) < 32:
        print("the operator token must be at least 32 characters", file=sys.stderr)
        return None
    from server.security import token_hash

    return token_hash(token)


def _serve(args: argparse.Namespace) -> int:
    import uvicorn

    from server.addresses import networks
    from server.app import create_app
    from server.config import pool_size

    db_file = _db_file(args)
    if db_file is not None and not db_file.exists():
        print(
            f"no database at {args.db}: run `reviewer-server seed --db {args.db}` first",
            file=sys.stderr,
        )
        return 2
    url = _database_url(args)
    if args.workers < 1:
        print("--workers must be 1 or more", file=sys.stderr)
        return 2
    if args.workers > 1 and url.startswith("sqlite"):
        print(
            f"--workers {args.workers} needs a database server such as PostgreSQL: SQLite "
            "takes one writer at a time; serve it with one worker (several separate `serve` "
            "processes may still share one file)",
            file=sys.stderr,
        )
        return 2
    hashing = _hashing(args)
    operator = _operator_token_sha256(args.operator_token_file)
    if hashing is None or operator is None:
        return 2
    if not args.hash_wait > 0:
        print("--hash-wait must be more than 0 seconds", file=sys.stderr)
        return 2
    try:
        networks(tuple(args.trusted_proxy))
        networks(tuple(args.signin_exempt))
    except ValueError as exc:
        print(f"--trusted-proxy or --signin-exempt: {exc}", file=sys.stderr)
        return 2
    if args.threads < 1:
        print("--threads must be 1 or more", file=sys.stderr)
        return 2
    if not (args.live_speed > 0 and args.follow_interval > 0):
        print("--live-speed and --follow-interval must be more than 0", file=sys.stderr)
        return 2
    if not 0 <= args.follow_max_hold <= contract.FOLLOW_HOLD_SECONDS:
        print(f"--follow-max-hold must be 0 to {contract.FOLLOW_HOLD_SECONDS:g}", file=sys.stderr)
        return 2
    settings = Settings(
        database_url=url,
        lease_seconds=args.lease_seconds,
        access_ttl_seconds=args.access_ttl_seconds,
        refresh_grace_seconds=args.refresh_grace_seconds,
        min_client_version=args.min_client_version,
        newest_client_version=args.newest_client_version,
        client_download_url=args.client_download_url,
        worker_threads=args.threads,
        hash_slots=hashing[0],
        hash_concurrency=hashing[1],
        hash_wait_seconds=args.hash_wait,
        address_failure_limit=args.address_failure_limit,
        signin_exempt=tuple(args.signin_exempt),
        trusted_proxies=tuple(args.trusted_proxy),
        operator_token_sha256=operator,
        workers=args.workers,
        access_log=args.access_log,
        statement_timeout_seconds=args.statement_timeout,
        live_speed=args.live_speed,
        follow_interval_seconds=args.follow_interval,
        follow_max_hold_seconds=args.follow_max_hold,
        policy_grace_seconds=args.policy_grace,
    )
    if not _ready_to_serve(url, args.db, args.workers * pool_size(settings)):
        return 2
    app = create_app(settings) if args.workers == 1 else None
    try:
        sock = _bind(args.host, args.port)
    except OSError as exc:
        print(f"cannot listen on {args.host}:{args.port}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    port = sock.getsockname()[1]
    if args.port_file:
        tmp = Path(str(args.port_file) + ".tmp")
        tmp.write_text(str(port))
        os.replace(tmp, args.port_file)
    shown = f"[{args.host}]" if ":" in args.host else args.host
    print(f"listening on http://{shown}:{port}", flush=True)
    if app is None:
        # Worker processes are spawned: each builds its own app from the settings in its
        # environment (an app object does not cross a process boundary).
        os.environ[SETTINGS_ENV] = json.dumps(dataclasses.asdict(settings))
    config = uvicorn.Config(
        app if app is not None else f"{__name__}:worker_app",
        factory=app is None,
        workers=args.workers,
        log_level=args.log_level,
        access_log=False,  # the app writes its own, as JSON with the request id
        # uvicorn would take X-Forwarded-For from any loopback peer as the client address;
        # the app reads it itself, from --trusted-proxy peers only (server.addresses)
        proxy_headers=False,
        date_header=False,  # the app stamps its own Date header on every answer
        server_header=False,
        timeout_graceful_shutdown=5,
        # uvicorn kills a worker whose health ping goes unanswered for this long, cutting
        # every connection it holds; its 5 s default did so to busy but healthy workers on a
        # loaded 2-core machine (seen as connection resets during a database restart)
        timeout_worker_healthcheck=30,
        # Clients keep one connection per thread; uvicorn's 5 s default closes it between
        # sync rounds, and a request racing that close fails. Idle connections live 30 s.
        timeout_keep_alive=30,
    )
    if app is not None:
        uvicorn.Server(config).run(sockets=[sock])
    else:
        from uvicorn.supervisors import Multiprocess

        Multiprocess(config, sockets=[sock]).run()
    return 0


def worker_app() -> FastAPI:
    """The app of one worker process of `serve --workers N`, from the serving settings."""
    from server.app import create_app

    fields = json.loads(os.environ[SETTINGS_ENV])
    for name, value in fields.items():
        if isinstance(value, list):
            fields[name] = tuple(value)  # JSON has no tuples
    return create_app(Settings(**fields))


def _cmd_openapi(_args: argparse.Namespace) -> int:
    from server.app import create_app

    app = create_app(Settings(database_url="sqlite://"))
    sys.stdout.write(json.dumps(app.openapi(), indent=2, sort_keys=True, ensure_ascii=False))
    sys.stdout.write("\n")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="reviewer-server", description="The reference Live case service."
    )
    sub = parser.add_subparsers(dest="command", required=True)

    seed = sub.add_parser("seed", help="build a database with deterministic synthetic cases")
    seed.add_argument("--db", help="SQLite file or SQLAlchemy URL to (re)create")
    seed.add_argument("--database-url", help="SQLAlchemy URL instead of --db")
    seed.add_argument("--cases", type=int, default=200, help="how many Live cases")
    seed.add_argument("--seed", type=int, default=1, help="same seed, same data")
    seed.add_argument("--huge-chats", type=int, default=0, help="cases with a huge chat log")
    seed.add_argument("--huge-size", type=int, default=200_000, help="messages in a huge chat")
    seed.add_argument(
        "--replace",
        action="store_true",
        help="drop and rebuild a database that already holds data (never done without it)",
    )
    seed.add_argument(
        "--no-history",
        action="store_true",
        help="leave out the decided demo week that the team-lead audit views show",
    )
    seed.set_defaults(func=_cmd_seed)

    serve = sub.add_parser("serve", help="serve the v1 API")
    serve.add_argument("--db", help="a SQLite file or SQLAlchemy URL made by `seed`")
    serve.add_argument("--database-url", help="SQLAlchemy URL instead of --db")
    serve.add_argument("--host", default="127.0.0.1", help="bind address (loopback by default)")
    serve.add_argument("--port", type=int, default=8765, help="0 picks a free port")
    serve.add_argument("--port-file", type=Path, help="write the bound port here")
    serve.add_argument("--lease-seconds", type=int, default=600, help="lease length")
    serve.add_argument("--access-ttl-seconds", type=int, default=900, help="access token life")
    serve.add_argument(
        "--refresh-grace-seconds",
        type=int,
        default=30,
        help="a rotated refresh token still works once within this window",
    )
    serve.add_argument(
        "--min-client-version",
        default=Settings.min_client_version,
        help=f"older {contract.CLIENT_VERSION_HEADER} values get 426 client-too-old",
    )
    serve.add_argument(
        "--newest-client-version",
        default="",
        help="advertised in /v1/info: older desks say a newer version is available",
    )
    serve.add_argument(
        "--client-download-url",
        default="",
        help="advertised in /v1/info: where IT gets the newest desk",
    )
    serve.add_argument(
        "--workers",
        type=int,
        default=1,
        help="worker processes on one port (more than 1 needs PostgreSQL, not SQLite)",
    )
    serve.add_argument(
        "--threads",
        type=int,
        default=Settings.worker_threads,
        help="request threads per worker; its database pool is a few more connections",
    )
    serve.add_argument(
        "--hash-slots",
        type=int,
        help="password hashes at once across every process serving this database on this "
        "host (default: the cores)",
    )
    serve.add_argument(
        "--hash-concurrency",
        type=int,
        help="sign-ins per worker that may hold or wait for a hashing slot at once "
        "(default: the slots shared out among the workers)",
    )
    serve.add_argument(
        "--hash-wait",
        type=float,
        default=Settings.hash_wait_seconds,
        metavar="SECONDS",
        help="how long a sign-in may wait for a hashing slot before it answers 503",
    )
    serve.add_argument(
        "--address-failure-limit",
        type=int,
        default=Settings.address_failure_limit,
        help="failed sign-ins from one address within 5 minutes before it gets 429",
    )
    serve.add_argument(
        "--signin-exempt",
        action="append",
        default=[],
        metavar="NETWORK",
        help="an address or network the per-address sign-in limit skips (repeatable)",
    )
    serve.add_argument(
        "--trusted-proxy",
        action="append",
        default=[],
        metavar="NETWORK",
        help="a proxy whose X-Forwarded-For names the client (repeatable)",
    )
    serve.add_argument(
        "--operator-token-file",
        type=Path,
        help="a file holding the token that may read /internal/metrics from off loopback",
    )
    serve.add_argument(
        "--statement-timeout",
        type=float,
        default=Settings.statement_timeout_seconds,
        help="seconds any SQL statement may run; past it the request answers 503 (0: none)",
    )
    serve.add_argument(
        "--live-speed",
        type=float,
        default=Settings.live_speed,
        help="run the live simulation this many times faster than real time (tests)",
    )
    serve.add_argument(
        "--follow-interval",
        type=float,
        default=Settings.follow_interval_seconds,
        help="seconds between one worker's looks for changes on the cases it follows",
    )
    serve.add_argument(
        "--follow-max-hold",
        type=float,
        default=Settings.follow_max_hold_seconds,
        help="the longest a follow request is held, in seconds (at most 25)",
    )
    serve.add_argument(
        "--policy-grace",
        type=float,
        default=Settings.policy_grace_seconds,
        help="seconds after a publication that decisions under the previous version still pass",
    )
    serve.add_argument("--log-level", default="warning")
    serve.add_argument(
        "--access-log", action="store_true", help="log every request as a JSON line on stderr"
    )
    serve.set_defaults(func=_cmd_serve)

    migrate = sub.add_parser(
        "migrate", help="upgrade a database's schema in place (serve never does)"
    )
    migrate.add_argument("--db", help="a SQLite file or SQLAlchemy URL")
    migrate.add_argument("--database-url", help="SQLAlchemy URL instead of --db")
    migrate.set_defaults(func=_cmd_migrate)

    openapi = sub.add_parser("openapi", help="print the OpenAPI document")
    openapi.set_defaults(func=_cmd_openapi)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    result: int = args.func(args)
    return result


if __name__ == "__main__":
    raise SystemExit(main())
