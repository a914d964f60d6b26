"""Run the benchmark and print one table: measured, budget, naive baseline."""

from __future__ import annotations

import shutil
import sys
import time

from bench.core import core_rows
from bench.harness import load_average, scratch, start_service
from bench.table import Row, load_row, render


def main() -> int:
    workdir = scratch()
    t0 = time.perf_counter()
    rows: list[Row] = [load_row(load_average())]  # before anything of the run
    svc = start_service(workdir, cases=90)
    try:
        rows += core_rows(svc, workdir)
        try:
            from bench.desk import desk_rows
        except ImportError:
            pass  # no Qt here: the core rows only
        else:
            rows += desk_rows(svc, workdir)
        from bench.chat_open import chat_open_rows

        rows += chat_open_rows(workdir)
        from bench.follow import follow_rows

        rows += follow_rows(workdir)
        from bench.memory import memory_rows

        rows += memory_rows(workdir)
        from bench.bundle import bundle_rows

        rows += bundle_rows()
    finally:
        svc.service.stop()
    print(render(rows))
    print(
        f"\n(bench ran in {time.perf_counter() - t0:.1f} s on {workdir}; "
        "figures from one run on this machine; budgets from docs/design.md)"
    )
    shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
