"""The LiveService helper itself: start, answer, stop, restart on the same port."""

from __future__ import annotations

from collections.abc import Callable

import httpx

from devkit.live_service import LiveService


def test_service_answers_info_and_restarts_on_the_same_port(live_service: LiveService) -> None:
    info = httpx.get(live_service.url("/v1/info"), timeout=5).json()
    assert info["min_client_version"]
    port = live_service.port
    live_service.kill()
    try:
        httpx.get(live_service.url("/v1/info"), timeout=2)
        raise AssertionError("a killed service still answered")
    except httpx.TransportError:
        pass
    live_service.start()
    assert live_service.port == port
    assert httpx.get(live_service.url("/v1/info"), timeout=5).status_code == 200
    tokens = live_service.login("moderator1")
    assert tokens["user"]["username"] == "moderator1"


def test_factory_seeds_a_bigger_data_set_on_request(
    live_service_factory: Callable[..., LiveService],
) -> None:
    service = live_service_factory(cases=12, seed=3)
    with service.client("admin1") as admin:
        depth = sum(q["depth"] for q in admin.get("/v1/queues").json()["queues"])
    assert depth == 12
