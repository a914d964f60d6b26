"""Quantiles from Prometheus histogram text over a window, as histogram_quantile reads them."""

from __future__ import annotations

import math

import pytest

from bench.load import promtext

_NAME = "reviewer_http_request_duration_seconds"
_CASE = 'method="GET",route="/v1/cases/{case_id}"'


def _scrape(a: int, b: int, c: int, d: int) -> str:
    """A scrape: 200s with these cumulative counts, one old 404, and another metric."""
    lines = [f"# TYPE {_NAME} histogram"]
    for status, counts in (("200", (a, b, c, d)), ("404", (1, 1, 1, 1))):
        for le, n in zip(("0.01", "0.05", "0.1", "+Inf"), counts, strict=True):
            lines.append(f'{_NAME}_bucket{{le="{le}",{_CASE},status="{status}"}} {n}.0')
    lines.append(f'{_NAME}_count{{{_CASE},status="200"}} {d}')
    lines.append('other_histogram_bucket{le="0.01",route="/x",method="GET"} 99.0')
    return "\n".join(lines) + "\n"


KEY = ("/v1/cases/{case_id}", "GET")


def test_statuses_are_summed_and_other_metrics_ignored() -> None:
    parsed = promtext.parse(_scrape(10, 20, 30, 40))
    assert list(parsed) == [KEY]
    assert parsed[KEY] == {0.01: 11.0, 0.05: 21.0, 0.1: 31.0, math.inf: 41.0}


def test_a_window_counts_only_what_arrived_between_scrapes() -> None:
    start = promtext.parse(_scrape(10, 20, 30, 40))
    # 100 more requests: 90 under 10 ms, 10 between 50 and 100 ms
    end = promtext.parse(_scrape(100, 110, 130, 140))
    buckets = promtext.window(start, end)[KEY]
    assert promtext.count(buckets) == 100
    assert promtext.quantile(buckets, 0.5) == pytest.approx(0.01 * 50 / 90)
    # the 99th request is the 9th of the 10 in (0.05, 0.1]
    assert promtext.quantile(buckets, 0.99) == pytest.approx(0.05 + 0.05 * 9 / 10)


def test_past_the_last_bound_the_quantile_is_that_bound() -> None:
    buckets = {0.01: 0.0, 0.1: 0.0, math.inf: 5.0}
    assert promtext.quantile(buckets, 0.99) == 0.1


def test_no_observations_no_quantile() -> None:
    assert promtext.quantile({0.1: 0.0, math.inf: 0.0}, 0.99) is None
