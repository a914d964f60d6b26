"""The site's network (site.toml's [network]) applied to the client: a real CONNECT proxy
process with basic auth, a real TLS front signed by a throwaway CA in front of the reference
service, and the issuer of a certificate the desk refused named on the TlsError."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from devkit.certs import TestCA
from devkit.live_service import DEMO_PASSWORDS, LiveService
from devkit.proxy import Middleman
from reviewer.client.credentials import MemoryVault
from reviewer.client.errors import ApiError, Offline, TlsError
from reviewer.client.network import NetworkOptions, issuer_of, peer_certificate
from reviewer.client.transport import ApiClient
from reviewer.session import SignInRequest, sign_in

ISSUER = "CN=Live Review Desk Test CA, O=Test Vendor Site"
SITE_NAME = "review.test"  # only the proxy knows where it is


class Site:
    """The reference service behind a TLS front (a certificate for 127.0.0.1 and for
    review.test from a CA the system does not trust) and a proxy that needs a password."""

    def __init__(self, tmp: Path, service: LiveService) -> None:
        self.ca = TestCA(tmp / "ca")
        issued = self.ca.issue(SITE_NAME, "127.0.0.1")
        backend = f"127.0.0.1:{service.port}"
        self.front = Middleman(
            tmp / "front", "tls", "--cert", str(issued.cert), "--key", str(issued.key),
            "--backend", backend,
        )  # fmt: skip
        self.proxy = Middleman(
            tmp / "proxy", "connect", "--auth", "desk:s3 cret",
            "--map", f"{SITE_NAME}:443=127.0.0.1:{self.front.port}",
        )  # fmt: skip
        self.direct_url = f"https://127.0.0.1:{self.front.port}"
        self.proxy_url = f"http://desk:s3%20cret@127.0.0.1:{self.proxy.port}"

    def stop(self) -> None:
        self.proxy.stop()
        self.front.stop()


@pytest.fixture
def site(tmp_path: Path, live_service: LiveService) -> Iterator[Site]:
    s = Site(tmp_path / "site", live_service)
    yield s
    s.stop()


def test_the_issuer_is_read_from_a_real_certificate(site: Site) -> None:
    der = peer_certificate("127.0.0.1", site.front.port)
    assert issuer_of(der) == ISSUER
    assert issuer_of(b"\x30\x03\x02\x01") == ""  # truncated: nothing, never an exception
    assert issuer_of(b"") == ""


def test_the_site_ca_bundle_is_trusted_and_without_it_the_issuer_is_named(site: Site) -> None:
    with (
        ApiClient(site.direct_url, deadline_s=10) as plain,
        pytest.raises(TlsError) as refused,
    ):
        plain.info()
    assert refused.value.issuer == ISSUER
    assert ISSUER in refused.value.describe()

    network = NetworkOptions(ca_bundle=str(site.ca.pem))
    with ApiClient(site.direct_url, deadline_s=10, network=network) as api:
        assert api.info().version


def test_requests_go_through_the_sites_proxy_with_basic_auth(site: Site) -> None:
    network = NetworkOptions(proxy=site.proxy_url, ca_bundle=str(site.ca.pem))
    with ApiClient(f"https://{SITE_NAME}", deadline_s=10, network=network) as api:
        assert api.info().version
    assert site.proxy.logged(f"CONNECT {SITE_NAME}:443 desk")

    wrong = NetworkOptions(
        proxy=f"http://desk:wrong@127.0.0.1:{site.proxy.port}", ca_bundle=str(site.ca.pem)
    )
    with (
        ApiClient(f"https://{SITE_NAME}", deadline_s=10, network=wrong) as api,
        pytest.raises(Offline, match="proxy refused"),
    ):
        api.info()
    assert site.proxy.logged(f"CONNECT {SITE_NAME}:443 407")


def test_through_the_proxy_a_refused_certificate_names_its_issuer(site: Site) -> None:
    network = NetworkOptions(proxy=site.proxy_url)  # IT forgot the CA bundle
    with (
        ApiClient(f"https://{SITE_NAME}", deadline_s=10, network=network) as api,
        pytest.raises(TlsError) as refused,
    ):
        api.info()
    assert refused.value.issuer == ISSUER


def test_sign_in_uses_site_toml(
    site: Site, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    site_file = tmp_path / "site.toml"
    site_file.write_text(
        f'[network]\nproxy = "{site.proxy_url}"\nca_bundle = "{site.ca.pem}"\n', encoding="utf-8"
    )
    monkeypatch.setenv("REVIEWER_SITE_CONFIG", str(site_file))
    request = SignInRequest(f"https://{SITE_NAME}", "moderator1", DEMO_PASSWORDS["moderator1"])
    session = sign_in(request, vault=(MemoryVault(), True))
    try:
        assert session.me.username == "moderator1"
        assert session.network.proxy == site.proxy_url
        with session.new_api() as api:  # another thread's client: the same way out
            assert api.queues().queues is not None
    finally:
        session.close()
    assert site.proxy.logged(f"CONNECT {SITE_NAME}:443 desk", times=2)


def test_a_ca_bundle_that_is_not_pem_is_a_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "site-ca.pem"
    bad.write_text("not a certificate\n", encoding="utf-8")
    with pytest.raises(ApiError, match=r"site-ca\.pem named in the site configuration"):
        ApiClient("https://review.example", network=NetworkOptions(ca_bundle=str(bad)))
