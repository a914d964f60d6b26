"""Test-wide fixtures: every path the app uses points into tmp_path, Qt runs offscreen."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() in {"1", "true", "yes"}


def skip_or_fail(reason: str) -> None:
    """On a developer machine a missing system part skips; in CI it is a failure."""
    if in_ci():
        pytest.fail(f"CI must provide this: {reason}")
    pytest.skip(reason)


@pytest.fixture(autouse=True)
def reviewer_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point every platformdirs path (data, cache, logs, config) at tmp_path."""
    home = tmp_path / "reviewer-home"
    home.mkdir()
    monkeypatch.setenv("REVIEWER_HOME", str(home))
    # IT's site.toml of the machine running the tests never reaches them
    monkeypatch.setenv("REVIEWER_SITE_CONFIG", str(tmp_path / "no-site.toml"))
    return home


# --- the reference service as a live subprocess (owned by server-core) ----------------------
# Imported here so every test directory can ask for `live_service` or `live_service_factory`.

from collections.abc import Callable, Sequence  # noqa: E402

from devkit import postgres  # noqa: E402
from devkit.live_service import LiveService, copy_database, seed_database_file  # noqa: E402
from devkit.xvfb import Xvfb, XvfbUnavailable  # noqa: E402

LIVE_TEMPLATE_CASES = 30
LIVE_TEMPLATE_SEED = 7
ENGINES = ("sqlite", "postgresql")


@pytest.fixture(scope="session")
def service_engine(request: pytest.FixtureRequest) -> str:
    """The engine ``live_service`` runs on: SQLite, unless a directory's conftest
    parametrizes it (tests/server runs every service test on both engines).

    PostgreSQL needs REVIEWER_TEST_POSTGRES_URL (CI starts a cluster for it): without it
    the PostgreSQL half skips on a developer machine and fails in CI."""
    engine: str = getattr(request, "param", "sqlite")
    if engine == "postgresql" and postgres.cluster_url() is None:
        skip_or_fail(f"set {postgres.URL_ENV} to run the service tests on PostgreSQL")
    return engine


@pytest.fixture(scope="session")
def postgres_templates() -> Iterator[Callable[[int, int], str]]:
    """templates(cases, seed) -> the name of a seeded PostgreSQL database, built once per
    session for each pair; tests get ``CREATE DATABASE ... TEMPLATE`` copies of it."""
    from server.seeding.cases import seed_database

    base = postgres.cluster_url()
    made: dict[tuple[int, int], str] = {}

    def get(cases: int, seed: int) -> str:
        assert base is not None, "postgres_templates without a cluster"
        if (cases, seed) not in made:
            url = postgres.create_database(base, prefix=f"tpl_{cases}_{seed}")
            seed_database(url, cases=cases, seed=seed, history=False)
            made[(cases, seed)] = url
        return postgres.database_name(made[(cases, seed)])

    yield get
    for url in made.values():
        postgres.drop_database(url)


def clone_template(
    service_engine: str,
    templates: Callable[[int, int], Path],
    pg_templates: Callable[[int, int], str] | None,
    dest: Path,
    *,
    cases: int = LIVE_TEMPLATE_CASES,
    seed: int = LIVE_TEMPLATE_SEED,
) -> Path | str:
    """A fresh copy of the seeded database on the engine: a SQLite file at ``dest``, or a
    PostgreSQL database (its URL; drop it with ``postgres.drop_database``)."""
    if service_engine == "sqlite":
        return copy_database(templates(cases, seed), dest)
    base = postgres.cluster_url()
    assert base is not None
    assert pg_templates is not None
    return postgres.create_database(base, template=pg_templates(cases, seed))


@pytest.fixture(scope="session")
def live_service_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One seeded database per test session; tests get copies of it."""
    path = tmp_path_factory.mktemp("live-template") / "template.sqlite3"
    return seed_database_file(path, cases=LIVE_TEMPLATE_CASES, seed=LIVE_TEMPLATE_SEED)


@pytest.fixture(scope="session")
def live_service_templates(
    tmp_path_factory: pytest.TempPathFactory, live_service_template: Path
) -> Callable[[int, int], Path]:
    """templates(cases, seed) -> a seeded database, built once per session for each pair."""
    cache: dict[tuple[int, int], Path] = {
        (LIVE_TEMPLATE_CASES, LIVE_TEMPLATE_SEED): live_service_template
    }

    def get(cases: int, seed: int) -> Path:
        if (cases, seed) not in cache:
            path = tmp_path_factory.mktemp(f"live-template-{cases}-{seed}") / "template.sqlite3"
            cache[(cases, seed)] = seed_database_file(path, cases=cases, seed=seed)
        return cache[(cases, seed)]

    return get


@pytest.fixture
def live_service_factory(
    tmp_path: Path,
    service_engine: str,
    live_service_templates: Callable[[int, int], Path],
    request: pytest.FixtureRequest,
) -> Iterator[Callable[..., LiveService]]:
    """Start services on fresh copies of a template:
    factory(extra_args=[...], db=None, start=True, cases=30, seed=7).

    Several services may share one database (pass ``db=other.database``) to test writers in
    several processes. A bigger data set (``cases=``) is seeded once per session. On
    PostgreSQL (``service_engine``) each copy is a database of its own, dropped after.
    Every service is stopped at teardown.
    """
    started: list[LiveService] = []
    clones: list[str] = []

    def make(
        extra_args: Sequence[str] = (),
        *,
        db: Path | str | None = None,
        start: bool = True,
        cases: int = LIVE_TEMPLATE_CASES,
        seed: int = LIVE_TEMPLATE_SEED,
    ) -> LiveService:
        n = len(started)
        if db is None:
            pg = None
            if service_engine != "sqlite":
                pg = request.getfixturevalue("postgres_templates")
            db = clone_template(
                service_engine, live_service_templates, pg, tmp_path / f"service-{n}.sqlite3",
                cases=cases, seed=seed,
            )  # fmt: skip
            if isinstance(db, str):
                clones.append(db)
        service = LiveService(db, tmp_path / f"service-{n}", extra_args)
        started.append(service)
        if start:
            service.start()
        return service

    yield make
    for service in started:
        service.stop()
    for url in clones:
        postgres.drop_database(url)


@pytest.fixture
def live_service(live_service_factory: Callable[..., LiveService]) -> LiveService:
    """A running reference service on loopback over a fresh copy of the seeded database."""
    return live_service_factory()


# --- no background task outlives its test ---------------------------------------------------

TASK_GRACE_MS = 10_000
"""How long a test's leftover pool tasks may take to finish after it (a slow network read
to a service being stopped, say) before the test counts as leaving work running."""


@pytest.fixture(autouse=True)
def no_background_task_left() -> Iterator[None]:
    """Fail a test that leaves a ``ui.common.tasks`` job running on the shared pool.

    Set up before any other fixture, so this runs after qtbot has closed the test's widgets.
    A finished task whose result is not yet delivered is not a leak (the hub drops it, or the
    next event loop delivers it); a task still running after the grace period is.
    """
    yield
    import sys

    tasks = sys.modules.get("ui.common.tasks")
    if tasks is None or tasks.pending() == 0:
        return  # tests that never touched Qt pay nothing
    if not tasks.pool().waitForDone(TASK_GRACE_MS):
        pytest.fail(
            f"a background task was still running {TASK_GRACE_MS} ms after the test",
            pytrace=False,
        )


@pytest.fixture
def xvfb() -> Iterator[Xvfb]:
    """A fresh Xvfb for a test that drives the real app in a real X window."""
    if not Xvfb.available():
        skip_or_fail("Xvfb is not installed (Debian: xvfb xauth)")
    if shutil.which("xdotool") is None:
        skip_or_fail("xdotool is not installed (Debian: xdotool)")
    server = Xvfb(1600, 1000)
    try:
        server.start()
    except XvfbUnavailable as exc:
        skip_or_fail(str(exc))
    yield server
    server.stop()
