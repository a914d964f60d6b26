"""`make load` (``python -m bench.load``): seed, serve, drive with Locust, check, report.

Needs a PostgreSQL cluster: the one ``$REVIEWER_TEST_POSTGRES_URL`` names, which
``devkit/with-postgres.sh`` (what `make load` runs it under) and CI's 30-postgres step start.
Each run gets its own copy of one seeded template database (``CREATE DATABASE ... TEMPLATE``),
so every run starts from the same cases. Everything listens on 127.0.0.1 only.

The defaults are the issue's full run (1,000 moderators, a 2-minute ramp, a 5-minute steady
phase, with 1 worker and with 4, then a step run at 100/250/500/1,000); every size is a flag,
so CI's smoke (.ci/steps/85-load-smoke.sh) and a medium run reuse it. Exit status: 1 when a
database check fails (or, with ``--strict``, when any request failed), else 0; latencies over
their budgets are reported, never failed on.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

from sqlalchemy.exc import SQLAlchemyError

from bench.load import report
from bench.load.checks import check_database
from bench.load.config import ENV, LoadConfig
from bench.load.procs import Sampler
from bench.load.report import RunResult
from bench.load.seed import seed_load_database
from devkit.db import open_service_db
from devkit.live_service import REPO_ROOT, LiveService
from devkit.postgres import URL_ENV, cluster_url, create_database, database_name, drop_database
from server.state import STATS_DIR_ENV

LOCUSTFILE = Path(__file__).with_name("locustfile.py")
#: what a run costs beyond its Locust time: a database copy, the service's start and stop,
#: Locust's start, the checks
RUN_OVERHEAD_S = 40.0
SEED_ESTIMATE_S = 60.0


def _args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m bench.load", description=__doc__)
    p.add_argument("--moderators", type=int, default=1000)
    p.add_argument("--leads", type=int, default=5)
    p.add_argument("--ramp", type=float, default=120.0, help="seconds over which all sign in")
    p.add_argument("--steady", type=float, default=300.0, help="seconds measured after the ramp")
    p.add_argument("--workers", default="1,4", help="one steady run per worker count")
    p.add_argument("--steps", default="100,250,500,1000", help="step run sizes ('' for none)")
    p.add_argument("--step-workers", type=int, default=4)
    p.add_argument("--step-seconds", type=float, default=40.0)
    p.add_argument("--step-settle", type=float, default=15.0)
    p.add_argument("--think", default="20,40", help="think time per case, min,max seconds")
    p.add_argument("--offline-share", type=float, default=0.1)
    p.add_argument("--cases-per-minute", type=float, default=2.0, help="per moderator")
    p.add_argument("--distinct-cases", type=int, default=200, help="seeded; the rest are copies")
    p.add_argument("--time-limit", type=float, default=1200.0, help="refuse a longer plan")
    p.add_argument("--out", type=Path, help="where the report and Locust's files go")
    p.add_argument("--strict", action="store_true", help="fail on any failed request too")
    p.add_argument(
        "--no-followers",
        action="store_true",
        help="moderators think without following their shown case (the run before #18)",
    )
    return p.parse_args(argv)


def _pair(text: str) -> tuple[float, float]:
    low, high = (float(x) for x in text.split(","))
    return low, high


def _configs(args: argparse.Namespace, out: Path) -> list[tuple[str, int, LoadConfig]]:
    think = _pair(args.think)
    base = LoadConfig(
        out=str(out),
        moderators=args.moderators,
        leads=args.leads,
        ramp_seconds=args.ramp,
        steady_seconds=args.steady,
        think_min=think[0],
        think_max=think[1],
        offline_share=args.offline_share,
        step_seconds=args.step_seconds,
        step_settle_seconds=args.step_settle,
        follow=not args.no_followers,
    )
    runs = [
        (f"{w} worker{'s' if w > 1 else ''}", w, replace(base, out=str(out / f"w{w}")))
        for w in (int(x) for x in args.workers.split(",") if x)
    ]
    steps = tuple(int(x) for x in args.steps.split(",") if x)
    if steps:
        runs.append(
            (
                f"steps, {args.step_workers} workers",
                args.step_workers,
                replace(base, out=str(out / "steps"), mode="steps", steps=steps),
            )
        )
    return runs


def _cases_needed(args: argparse.Namespace, runs: list[tuple[str, int, LoadConfig]]) -> int:
    """About 2 per moderator per minute of the longest run, and a batch each in hand."""
    worst = max(cfg.peak_users * cfg.total_seconds / 60 for _l, _w, cfg in runs)
    return int(worst * args.cases_per_minute * 1.2) + 5 * max(c.peak_users for _l, _w, c in runs)


def _run_locust(cfg: LoadConfig, host: str, sampler_groups: dict[str, Any]) -> int:
    env = dict(os.environ)
    env[ENV] = cfg.to_env()
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO_ROOT), env.get("PYTHONPATH", "")) if p)
    cmd = [
        sys.executable, "-m", "locust", "-f", str(LOCUSTFILE), "--headless", "--host", host,
        "--loglevel", "WARNING", "--only-summary", "--stop-timeout", "5",
        "--html", str(cfg.out_dir / "locust.html"),
    ]  # fmt: skip
    with open(cfg.out_dir / "locust.log", "wb") as log:
        proc = subprocess.Popen(  # noqa: S603 - our interpreter, fixed arguments
            cmd, stdout=log, stderr=subprocess.STDOUT, env=env, cwd=str(REPO_ROOT)
        )
        sampler_groups["locust"] = proc.pid
        try:
            return proc.wait(timeout=cfg.total_seconds + 90)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
            print("Locust did not stop by itself: killed", file=sys.stderr)
            return -9


def _postmaster(url: str) -> int | None:
    """The PostgreSQL server's pid, from its data directory (the role is the superuser)."""
    try:
        with open_service_db(url) as db:
            data_dir = str(db.rows("SHOW data_directory")[0][0])
        return int(Path(data_dir, "postmaster.pid").read_text().split()[0])
    except (OSError, ValueError, IndexError, SQLAlchemyError):  # CPU figures are optional
        return None


class _PostgresProbe:
    """How many of the service's PostgreSQL backends are busy, and how many wait on a lock
    (row locks: moderators racing for the same cases), at one moment."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.name = database_name(url)

    def __call__(self) -> dict[str, float]:
        try:
            with open_service_db(self.url) as db:
                found = db.rows(
                    "SELECT count(*) FILTER (WHERE state = 'active'),"
                    " count(*) FILTER (WHERE wait_event_type = 'Lock')"
                    " FROM pg_stat_activity WHERE datname = ? AND pid <> pg_backend_pid()",
                    self.name,
                )
                waits = db.rows(
                    "SELECT left(regexp_replace(query, '\\s+', ' ', 'g'), 60), count(*)"
                    " FROM pg_stat_activity WHERE datname = ? AND wait_event_type = 'Lock'"
                    " GROUP BY 1",
                    self.name,
                )
        except SQLAlchemyError:  # a missed sample is no reason to stop a run
            return {}
        active, waiting = found[0]
        figures = {"postgres active": float(active), "postgres lock waits": float(waiting)}
        for query, n in waits:
            figures[f"waiting on a lock in: {query}"] = float(n)
        return figures


def _one_run(label: str, workers: int, cfg: LoadConfig, template: str, base_url: str) -> RunResult:
    out = cfg.out_dir
    out.mkdir(parents=True, exist_ok=True)
    stats_dir = out / "workers"
    stats_dir.mkdir(exist_ok=True)
    url = create_database(base_url, template=template, prefix="load")
    os.environ[STATS_DIR_ENV] = str(stats_dir)
    service = LiveService(
        url,
        out / "service",
        [
            *("--workers", str(workers), "--access-ttl-seconds", "3600"),
            *("--lease-seconds", "600"),
            *("--signin-exempt", "127.0.0.1/32"),  # part 6: loopback is `make load`'s one site
        ],
    )
    pids: dict[str, Any] = {"locust": None}
    postmaster = _postmaster(url)
    try:
        service.start(timeout=60)
        assert service.proc is not None
        service_pid = service.proc.pid
        sampler = Sampler(
            {
                "service": lambda: service_pid,
                "postgres": lambda: postmaster,
                "locust": lambda: pids["locust"],
            },
            probe=_PostgresProbe(url),
        ).start()
        load_before = os.getloadavg()[0]
        print(f"load: {label}: {cfg.peak_users} users for {cfg.total_seconds:.0f} s", flush=True)
        code = _run_locust(cfg, service.base_url, pids)
        sampler.stop()
        load_after = os.getloadavg()[0]
        if code not in (0, 1):  # 1: some requests failed, which the report shows
            print(f"Locust exited with {code}; its log: {out / 'locust.log'}", file=sys.stderr)
        windows_file = out / "windows.json"
        windows: list[dict[str, Any]] = (
            json.loads(windows_file.read_text()) if windows_file.exists() else []
        )
        cpu = [sampler.cpu_share(w["start"], w["end"]) for w in windows]
        for w in windows:
            w["probed"] = sampler.probed_mean(w["start"], w["end"])
        memory = sampler.memory_at(windows[-1]["end"]) if windows else {}
    finally:
        service.stop(timeout=20)
        os.environ.pop(STATS_DIR_ENV, None)
    acked = [
        line.strip()
        for f in sorted(out.glob("acked-*.txt"))
        for line in f.read_text().splitlines()
        if line.strip()
    ]
    with open_service_db(url) as db:
        checks = check_database(db, acked)
    drop_database(url)
    caches = [json.loads(f.read_text()) for f in sorted(stats_dir.glob("*.json"))]
    failures = sum(r["failures"] for w in windows for r in w["rows"])
    failures += sum(int(w.get("crashes", 0)) for w in windows)  # a task that raised
    return RunResult(
        label, workers, cfg, windows, checks, cpu, memory, caches, service_pid,
        (load_before, load_after), failures,
    )  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    args = _args(argv)
    base_url = cluster_url()
    if base_url is None:
        print(
            f"no PostgreSQL: run under devkit/with-postgres.sh (`make load`), or set ${URL_ENV}",
            file=sys.stderr,
        )
        return 2
    out = args.out or Path(tempfile.mkdtemp(prefix="reviewer-load-"))
    if out.exists() and args.out is not None:
        shutil.rmtree(out)
    out.mkdir(parents=True, exist_ok=True)
    runs = _configs(args, out)
    planned = SEED_ESTIMATE_S + sum(c.total_seconds + RUN_OVERHEAD_S for _l, _w, c in runs)
    if planned > args.time_limit:
        print(
            f"the plan takes about {planned:.0f} s, over --time-limit {args.time_limit:.0f} s: "
            "shorten --steady, --ramp or --step-seconds",
            file=sys.stderr,
        )
        return 2
    started = time.monotonic()
    cases = _cases_needed(args, runs)
    template_url = create_database(base_url, prefix="loadtpl")
    try:
        seed_started = time.monotonic()
        total = seed_load_database(
            template_url,
            cases=cases,
            distinct=args.distinct_cases,
            moderators=max(c.peak_users - c.leads for _l, _w, c in runs),
            leads=args.leads,
        )
        print(f"load: seeded {total} cases in {time.monotonic() - seed_started:.0f} s", flush=True)
        results = []
        for label, workers, cfg in runs:
            left = args.time_limit - (time.monotonic() - started)
            if cfg.total_seconds + RUN_OVERHEAD_S > left:
                print(f"load: {label} left out: {left:.0f} s left of --time-limit", flush=True)
                continue
            results.append(_one_run(label, workers, cfg, database_name(template_url), base_url))
    finally:
        drop_database(template_url)
    text = report.render(results, elapsed=time.monotonic() - started, cores=os.cpu_count() or 1)
    (out / "report.md").write_text(text)
    print(text, flush=True)
    print(f"load: files in {out}", flush=True)
    failed_checks = [r.label for r in results if not r.checks.ok]
    idle = [r.label for r in results if r.checks.acknowledged == 0]
    if idle:
        print(f"load: no decision was acknowledged in: {', '.join(idle)}", file=sys.stderr)
        return 1
    if failed_checks:
        print(
            f"load: the database checks failed after: {', '.join(failed_checks)}", file=sys.stderr
        )
        return 1
    if args.strict and any(r.failures for r in results):
        print("load: some requests failed (--strict)", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
