"""schemathesis against the live service: the OpenAPI document is the contract, and every
answer must keep to it (all phases, every check, a fixed seed so that a red run replays).

One engine per call: a freshly seeded SQLite file, or a fresh database on the PostgreSQL
cluster that ``REVIEWER_TEST_POSTGRES_URL`` names (CI starts one: .ci/steps/30-postgres.sh).
The service runs as a real process with access tokens that outlast the run; schemathesis
runs three times: signed in as a moderator, as a lead (both without ``POST /v1/auth/logout``,
which would end their session mid-run), and ``POST /v1/auth/logout`` apart, with a session
of its own. Each run's stateful scenarios are counted and printed.

    python -m devkit.contract_fuzz --engine sqlite
    devkit/with-postgres.sh .venv/bin/python -m devkit.contract_fuzz --engine postgresql
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from devkit import postgres
from devkit.live_service import LiveService, seed_database_file

CONFIG = Path(__file__).resolve().parent / "schemathesis.toml"
LOGOUT = "/v1/auth/logout"
#: the seeded data: enough cases that both runs keep finding free ones to lease
CASES = 200
SEED = 7
_SCENARIOS = re.compile(r"Scenarios:\s+(\d+)")


@dataclass(frozen=True)
class Outcome:
    """One schemathesis run: who, how long, how many stateful scenarios, passed or not."""

    name: str
    seconds: float
    scenarios: int
    passed: bool


def _st(
    workdir: Path,
    base_url: str,
    token: str,
    name: str,
    args: argparse.Namespace,
    *selection: str,
    phases: str = "examples,coverage,fuzzing,stateful",
) -> Outcome:
    command = [
        str(Path(sys.executable).with_name("st")),
        "--config-file",
        str(CONFIG),
        "--no-color",
        "run",
        base_url + "/v1/openapi.json",
        "--checks",
        "all",
        "--phases",
        phases,
        "--generation-deterministic",
        "--seed",
        str(args.seed),
        "--max-examples",
        str(args.max_examples),
        "--workers",
        "1",
        "--header",
        f"Authorization: Bearer {token}",
        *selection,
    ]
    started = time.monotonic()
    # run in the work folder: schemathesis and Hypothesis leave their caches where they run
    done = subprocess.run(  # noqa: S603 - our own st, fixed arguments
        command, capture_output=True, text=True, check=False, cwd=workdir
    )
    seconds = time.monotonic() - started
    sys.stdout.write(done.stdout)
    sys.stderr.write(done.stderr)
    found = _SCENARIOS.search(done.stdout)
    return Outcome(name, seconds, int(found.group(1)) if found else 0, done.returncode == 0)


def run(args: argparse.Namespace, workdir: Path) -> list[Outcome]:
    db: Path | str
    if args.engine == "sqlite":
        db = seed_database_file(workdir / "service.sqlite3", cases=CASES, seed=SEED)
    else:
        from server.seeding.cases import seed_database

        base = postgres.cluster_url()
        if base is None:
            raise SystemExit(f"set {postgres.URL_ENV} (devkit/with-postgres.sh does)")
        db = postgres.create_database(base, prefix="fuzz")
        seed_database(db, cases=CASES, seed=SEED, history=False)
    # A follow holds at most 0.2 s here: schemathesis gives up on an answer after 10 s, and
    # every example of the follow route would otherwise wait out its whole hold.
    service = LiveService(
        db, workdir, ["--access-ttl-seconds", str(24 * 3600), "--follow-max-hold", "0.2"]
    )
    try:
        service.start()
        base_url = service.base_url
        outcomes = [
            _st(
                workdir,
                base_url,
                service.login(user)["access_token"],
                f"{args.engine} as {user}",
                args,
                "--exclude-path",
                LOGOUT,
            )
            for user in ("moderator1", "lead1")
        ]
        token = service.login("moderator3")["access_token"]
        # One operation alone has no links to walk: every phase but the stateful one.
        outcomes.append(
            _st(
                workdir,
                base_url,
                token,
                f"{args.engine} logout",
                args,
                "--include-path",
                LOGOUT,
                phases="examples,coverage,fuzzing",
            )
        )
    finally:
        service.stop()
        if isinstance(db, str):
            postgres.drop_database(db)
    return outcomes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--engine", choices=("sqlite", "postgresql"), default="sqlite")
    parser.add_argument("--max-examples", type=int, default=12, help="per operation and phase")
    parser.add_argument("--seed", type=int, default=15, help="schemathesis's (a red run replays)")
    parser.add_argument("--workdir", type=Path, help="keep the service's files here")
    args = parser.parse_args(argv)
    if args.workdir is not None:
        args.workdir.mkdir(parents=True, exist_ok=True)
        outcomes = run(args, args.workdir)
    else:
        with tempfile.TemporaryDirectory(prefix="contract-fuzz-") as tmp:
            outcomes = run(args, Path(tmp))
    print("\ncontract run                      seconds  stateful scenarios  result")
    for o in outcomes:
        result = "passed" if o.passed else "FAILED"
        print(f"{o.name:<32} {o.seconds:8.1f}  {o.scenarios:18d}  {result}")
    total = sum(o.seconds for o in outcomes)
    print(f"{args.engine}: {total:.1f} s in all, {sum(o.scenarios for o in outcomes)} scenarios")
    return 0 if all(o.passed for o in outcomes) else 1


if __name__ == "__main__":
    raise SystemExit(main())
