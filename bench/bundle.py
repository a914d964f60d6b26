"""Benchmark rows of the built bundle (`make package`): its size on disk with the five
largest parts, the download size of the .deb and .tar.gz, and its cold start to the sign-in
window beside the venv's. Without a bundle (build/package or REVIEWER_BUNDLE) the rows say
how to get one instead of a figure.
"""

from __future__ import annotations

import os
from pathlib import Path

from bench.desk import cold_start
from bench.table import Row, median, ms, verdict

REPO = Path(__file__).resolve().parents[1]
SIZE_BUDGET = 150 * 1024 * 1024


def bundle_folder() -> Path | None:
    named = os.environ.get("REVIEWER_BUNDLE", "")
    folder = Path(named) if named else REPO / "build/package/root/opt/live-review-desk"
    return folder if (folder / "reviewer").is_file() else None


def _size(path: Path) -> int:
    if path.is_symlink():
        return 0
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def _mb(size: int) -> str:
    return f"{size / 1024 / 1024:.1f} MB"


def _parts(folder: Path) -> list[tuple[str, int]]:
    """Sizes of the bundle's parts: each package folder, Qt's libraries apart."""
    inner = folder / "_internal"
    parts: dict[str, int] = {}
    for child in inner.iterdir():
        if child.name == "PySide6":
            qt_lib = child / "Qt" / "lib"
            parts["PySide6/Qt/lib (Qt and ICU)"] = _size(qt_lib)
            parts["PySide6 (the rest)"] = _size(child) - parts["PySide6/Qt/lib (Qt and ICU)"]
        else:
            parts[child.name] = _size(child)
    return sorted(parts.items(), key=lambda item: -item[1])


def bundle_rows() -> list[Row]:
    folder = bundle_folder()
    if folder is None:
        return [Row("bundle size and cold start", "no bundle: run `make package`", "–", "–", "n/a")]
    total = _size(folder)
    largest = ", ".join(f"{name} {_mb(size)}" for name, size in _parts(folder)[:5])
    rows = [
        Row(
            "bundle on disk (unpacked)",
            f"{_mb(total)}; largest: {largest}",
            "< 150 MB",
            "–",
            verdict(total < SIZE_BUDGET),
        )
    ]
    dist = REPO / "dist"
    downloads = [f"{p.name} {_mb(p.stat().st_size)}" for p in sorted(dist.glob("*.deb"))]
    downloads += [f"{p.name} {_mb(p.stat().st_size)}" for p in sorted(dist.glob("*.tar.gz"))]
    if downloads:
        rows.append(Row("bundle download", ", ".join(downloads), "–", "–", "info"))
    bundled = cold_start(command=[str(folder / "reviewer")])
    venv = cold_start()
    rows.append(
        Row(
            f"bundle cold start to the sign-in window (n={len(bundled)}, warm page cache)",
            f"median {ms(median(bundled))}, worst {ms(max(bundled))}",
            "< 1.0 s",
            f"venv: median {ms(median(venv))}",
            verdict(max(bundled) < 1.0),
        )
    )
    return rows


if __name__ == "__main__":  # python -m bench.bundle: only these rows
    from bench.table import render

    print(render(bundle_rows()))
