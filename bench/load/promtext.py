"""Latency quantiles from the service's own Prometheus histograms, over a window.

The locustfile scrapes ``/internal/metrics`` when a window opens and when it closes; the
difference of the cumulative bucket counts is that window's histogram, and a quantile is
read from it as PromQL's ``histogram_quantile`` does (linear within the bucket).
"""

from __future__ import annotations

import math
import re

HISTOGRAM = "reviewer_http_request_duration_seconds"

_BUCKET = re.compile(
    r"^(?P<name>[A-Za-z_:][A-Za-z0-9_:]*)_bucket\{(?P<labels>.*)\}\s+(?P<value>\S+)"
)
_LABEL = re.compile(r'(\w+)="((?:[^"\\]|\\.)*)"')

#: (route, method) -> {upper bound in seconds: cumulative count}, summed over status codes
Buckets = dict[tuple[str, str], dict[float, float]]


def parse(text: str, name: str = HISTOGRAM) -> Buckets:
    out: Buckets = {}
    for line in text.splitlines():
        m = _BUCKET.match(line)
        if m is None or m["name"] != name:
            continue
        labels = dict(_LABEL.findall(m["labels"]))
        key = (labels.get("route", "?"), labels.get("method", "?"))
        le = float(labels.get("le", "+Inf"))
        per = out.setdefault(key, {})
        per[le] = per.get(le, 0.0) + float(m["value"])
    return out


def window(start: Buckets, end: Buckets) -> Buckets:
    """The counts that arrived between two scrapes."""
    return {
        key: {le: n - start.get(key, {}).get(le, 0.0) for le, n in per.items()}
        for key, per in end.items()
    }


def count(buckets: dict[float, float]) -> float:
    return buckets.get(math.inf, max(buckets.values(), default=0.0))


def quantile(buckets: dict[float, float], q: float) -> float | None:
    """The q-quantile in seconds; None without observations. Past the last finite bound it
    answers that bound (as histogram_quantile does): read it as 'at least'."""
    total = count(buckets)
    if total <= 0:
        return None
    rank = q * total
    lower, below = 0.0, 0.0
    for le in sorted(buckets):
        n = buckets[le]
        if n >= rank:
            if math.isinf(le):
                return lower
            if n == below:
                return le
            return lower + (le - lower) * (rank - below) / (n - below)
        lower, below = le, n
    return lower
