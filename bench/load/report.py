"""The load report: per run, Locust's and the service's latencies per endpoint, the budgets,
each worker's cache hit rate and memory, who used the CPU, and the database checks; then the
step run's knee."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench.load import promtext
from bench.load.checks import CheckReport
from bench.load.config import LoadConfig

#: service-side p99 budgets at 1,000 moderators, ms: (label, method, route predicate)
BUDGETS: list[tuple[str, str, float]] = [
    ("upload", "POST", 100.0),
    ("lease", "POST", 100.0),
    ("case detail", "GET", 50.0),
]
LOCUST_CPU_FLAG = 0.70
SCRAPE_ROUTE = "/internal/metrics"


@dataclass
class RunResult:
    label: str
    workers: int
    config: LoadConfig
    windows: list[dict[str, Any]]
    checks: CheckReport
    #: per window: group -> cores busy (1.0 = one core)
    cpu: list[dict[str, float]]
    #: service pid -> (resident, peak) KiB at the end of the last window
    memory: dict[int, tuple[int, int]]
    #: what each worker wrote when it stopped (server.state.write_stats)
    caches: list[dict[str, Any]]
    service_pid: int
    load_average: tuple[float, float]
    failures: int


def budget_route(label: str, route: str, method: str) -> bool:
    """Whether a service route label is the endpoint a budget is about."""
    if label == "upload":
        return method == "POST" and route.endswith("decisions:batch")
    if label == "lease":
        return method == "POST" and route.endswith("/batches") and "queues" in route
    return (
        method == "GET"
        and "/cases/" in route
        and route.rstrip("}").count("/") == 3
        and not route.endswith("chat")
    )


_LOCUST_FOR = {
    "upload": "POST /v1/decisions:batch",
    "lease": "POST /v1/queues/[queue]/batches",
    "case detail": "GET /v1/cases/[id]",
}


def _row_name(row: dict[str, Any]) -> str:
    """Locust's row names already start with the method; custom rows show their type."""
    name = str(row["name"])
    return name if name.startswith(str(row["type"])) else f"{row['type']} {name}"


def _ms(seconds: float | None) -> str:
    return "n/a" if seconds is None else f"{seconds * 1000:.0f}"


def service_rows(window: dict[str, Any], folder: Path) -> dict[tuple[str, str], dict[float, float]]:
    start = folder / f"metrics-{window['label']}-start.txt"
    end = folder / f"metrics-{window['label']}-end.txt"
    if not (start.exists() and end.exists()):
        return {}
    return promtext.window(promtext.parse(start.read_text()), promtext.parse(end.read_text()))


def budget_figures(window: dict[str, Any], folder: Path) -> dict[str, tuple[float | None, str]]:
    """Each budget's p99 in ms and where it came from (the service's histograms, else Locust)."""
    service = service_rows(window, folder)
    out: dict[str, tuple[float | None, str]] = {}
    for label, _method, _limit in BUDGETS:
        merged: dict[float, float] = {}
        for (route, method), buckets in service.items():
            if budget_route(label, route, method):
                for le, n in buckets.items():
                    merged[le] = merged.get(le, 0.0) + n
        q = promtext.quantile(merged, 0.99) if merged else None
        if q is not None:
            out[label] = (q * 1000, "service")
            continue
        row = next((r for r in window["rows"] if r["name"] == _LOCUST_FOR[label]), None)
        out[label] = (float(row["p99"]) if row else None, "locust")
    return out


def _run_section(r: RunResult) -> list[str]:
    lines = [f"## {r.label}: {r.config.moderators if r.config.mode == 'steady' else 'steps'}"]
    folder = r.config.out_dir
    lines.append(
        f"load average (1 min) {r.load_average[0]:.1f} before, {r.load_average[1]:.1f} after "
        "(the machine is shared)"
    )
    for w, cpu in zip(r.windows, r.cpu, strict=False):
        lines.append("")
        lines.append(
            f"### window {w['label']}: {w['users']} moderators, {w['seconds']:.0f} s measured"
        )
        lines.append("")
        lines.append("Locust (client side), ms | rps | p50 | p95 | p99 | failures")
        lines.append("--- | ---: | ---: | ---: | ---: | ---:")
        for row in sorted(w["rows"], key=lambda x: x["name"]):
            lines.append(
                f"{_row_name(row)} | {row['rps']:.1f} | {row['p50']:.0f} | "
                f"{row['p95']:.0f} | {row['p99']:.0f} | {row['failures']}"
            )
        service = service_rows(w, folder)
        lines.append("")
        if service:
            lines.append("service histograms, ms | rps | p50 | p95 | p99")
            lines.append("--- | ---: | ---: | ---: | ---:")
            for (route, method), buckets in sorted(service.items()):
                n = promtext.count(buckets)
                if n <= 0 or route == SCRAPE_ROUTE:  # the window's own scrapes
                    continue
                lines.append(
                    f"{method} {route} | {n / w['seconds']:.1f} | "
                    f"{_ms(promtext.quantile(buckets, 0.5))} | "
                    f"{_ms(promtext.quantile(buckets, 0.95))} | "
                    f"{_ms(promtext.quantile(buckets, 0.99))}"
                )
        else:
            lines.append("service histograms: none (no /internal/metrics on this service)")
        lines.append("")
        for label, (p99, source) in budget_figures(w, folder).items():
            limit = next(b[2] for b in BUDGETS if b[0] == label)
            verdict = "n/a" if p99 is None else ("within" if p99 < limit else "OVER")
            shown = "n/a" if p99 is None else f"{p99:.0f} ms"
            lines.append(f"budget {label} p99 < {limit:.0f} ms: {shown} ({source}) {verdict}")
        if service:
            lines.append(
                "(the service's upload histogram also holds the offline bursts, which it cannot "
                "tell apart; Locust's upload row does not)"
            )
        share = w["locust_cpu_share"]
        flag = (
            "  ** Locust above 70% of a core: its figures are suspect **"
            if share > LOCUST_CPU_FLAG
            else ""
        )
        lines.append(
            "CPU, cores busy: "
            + ", ".join(f"{k} {v:.2f}" for k, v in sorted(cpu.items()))
            + f"; Locust's own share of a core {share:.0%}{flag}"
        )
        if w.get("probed"):
            lines.append(
                "PostgreSQL, mean backends: "
                + ", ".join(
                    f"{k.removeprefix('postgres ')} {v:.1f}" for k, v in w["probed"].items()
                )
            )
        if w["errors"]:
            lines.append(
                "errors: "
                + "; ".join(
                    f"{e['count']}x {e['name']}: {e['error'][:120]}" for e in w["errors"][:8]
                )
            )
    lines.append("")
    lines.append("worker | media cache hits | case cache hits | RSS MiB now | peak MiB")
    lines.append("--- | ---: | ---: | ---: | ---:")
    for c in r.caches:
        pid = int(c["pid"])
        now, peak = r.memory.get(pid, (0, int(c.get("maxrss_kb", 0))))

        def rate(name: str, c: dict[str, Any] = c) -> str:
            hits, misses = c[name]["hits"], c[name]["misses"]
            return f"{hits / (hits + misses):.1%} of {hits + misses}" if hits + misses else "n/a"

        lines.append(
            f"{pid} | {rate('media')} | {rate('cases')} | {now / 1024:.0f} | "
            f"{max(peak, int(c.get('maxrss_kb', 0))) / 1024:.0f}"
        )
    lines.append("")
    lines.append("database: " + ", ".join(r.checks.lines()))
    return lines


def knee(r: RunResult, cores: int) -> list[str]:
    """The first step whose p99 crosses a budget, and which resource was busiest there."""
    lines = [
        "",
        "## the knee (step run)",
        "",
        "moderators | upload p99 | lease p99 | detail p99 | source | service cores"
        " | postgres cores | locust cores | pg lock waits | machine cores busy",
    ]
    lines.append("---: | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---:")
    first: str | None = None
    for w, cpu in zip(r.windows, r.cpu, strict=False):
        figures = budget_figures(w, r.config.out_dir)
        cells = []
        over = []
        for label, _m, limit in BUDGETS:
            p99 = figures[label][0]
            cells.append("n/a" if p99 is None else f"{p99:.0f}")
            if p99 is not None and p99 >= limit:
                over.append(label)
        source = "/".join(sorted({s for _p, s in figures.values()}))
        busy = " | ".join(f"{cpu.get(g, 0.0):.2f}" for g in ("service", "postgres", "locust"))
        waits = w.get("probed", {}).get("postgres lock waits", 0.0)
        lines.append(f"{w['users']} | " + " | ".join(cells) + f" | {source} | {busy} | {waits:.1f}")
        if over and first is None:
            ours = {k: v for k, v in cpu.items() if k != "machine"}
            busiest = max(ours.items(), key=lambda kv: kv[1])[0] if ours else "?"
            if cpu.get("machine", 0.0) >= 0.9 * cores:
                busiest += f" (the machine's {cores} cores were {cpu['machine']:.2f} busy in all)"
            if waits >= 1.0:
                busiest += f", and {waits:.1f} PostgreSQL backends waiting on row locks"
            first = (
                f"the knee: {w['users']} moderators ({', '.join(over)} over budget); "
                f"busiest there: {busiest}"
            )
    lines.append("")
    lines.append(first or "no step crossed a budget")
    return lines


def render(results: list[RunResult], *, elapsed: float, cores: int) -> str:
    lines = [f"# load test: {elapsed / 60:.1f} min in all, {cores} cores", ""]
    for r in results:
        lines += _run_section(r)
        if r.config.mode == "steps":
            lines += knee(r, cores)
        lines.append("")
    return "\n".join(lines) + "\n"
