"""ApiClient against a real (hostile) HTTP server on loopback: typed errors, caps, deadline."""

from __future__ import annotations

import json
import logging
import ssl
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

import pytest

from reviewer import contract
from reviewer.client.errors import (
    AuthExpired,
    BadResponse,
    ClientTooOld,
    Conflict,
    Forbidden,
    InsecureTransport,
    InvalidCredentials,
    NotFound,
    Offline,
    RateLimited,
    ServerError,
    TlsError,
    ValidationRejected,
)
from reviewer.client.tokens import TokenManager
from reviewer.client.transport import ApiClient, check_base_url
from tests.reviewer.hostile_server import GOOD_INFO, MEDIA, MEDIA_SHA, Hostile, run_hostile

ACCESS = "acc-SECRET-0123456789"
REFRESH = "ref-SECRET-9876543210"
NEW_ACCESS = "acc-NEW-SECRET-abcdef"
NEW_REFRESH = "ref-NEW-SECRET-fedcba"


class DictVault:
    """The TokenVault protocol over a dict (credentials.MemoryVault does the same)."""

    def __init__(self) -> None:
        self.data: dict[tuple[str, str], str] = {}

    def save(self, server_url: str, username: str, refresh_token: str) -> None:
        self.data[(server_url, username)] = refresh_token

    def load(self, server_url: str, username: str) -> str | None:
        return self.data.get((server_url, username))

    def delete(self, server_url: str, username: str) -> None:
        self.data.pop((server_url, username), None)


def problem(kind: str, status: int, **extra: object) -> bytes:
    doc = {"type": contract.PROBLEM_TYPES[kind], "title": kind, "status": status, **extra}
    return json.dumps(doc).encode()


def token_pair(access: str, refresh: str) -> bytes:
    now = datetime.now(UTC)
    return json.dumps(
        {
            "access_token": access,
            "refresh_token": refresh,
            "access_expires_at": (now + timedelta(minutes=15)).isoformat(),
            "refresh_expires_at": (now + timedelta(days=1)).isoformat(),
            "user": ME,
        }
    ).encode()


ME = {
    "user_id": "u1",
    "username": "moderator1",
    "display_name": "Moderator One",
    "role": "moderator",
    "team": "t1",
    "vendor": "v1",
}
PROBLEM_JSON = {"Content-Type": contract.PROBLEM_CONTENT_TYPE}


@pytest.fixture
def hostile() -> Iterator[Hostile]:
    with run_hostile() as state:
        yield state


def signed_in(base_url: str, vault: DictVault | None = None) -> TokenManager:
    tokens = TokenManager(base_url, vault or DictVault())
    tokens.adopt(contract.TokenPair.model_validate_json(token_pair(ACCESS, REFRESH)))
    return tokens


# --- transport rules ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    ["http://example.com", "http://10.0.0.5:8080", "ftp://127.0.0.1", "https://u:p@h.example"],
)
def test_plain_http_to_anything_but_loopback_is_refused(url: str) -> None:
    with pytest.raises(InsecureTransport):
        ApiClient(url)


@pytest.mark.parametrize(
    "url", ["http://127.0.0.1:8000", "http://localhost:1", "http://[::1]:9", "https://example.com"]
)
def test_loopback_and_https_are_allowed(url: str) -> None:
    assert check_base_url(url + "/") == url


def test_sends_client_version_and_parses_info(hostile: Hostile) -> None:
    hostile.body = GOOD_INFO
    with ApiClient(hostile.base_url, client_version="9.9.9") as api:
        info = api.info()
    assert info.name == "hostile"
    assert hostile.seen[0].path == "/v1/info"
    assert hostile.seen[0].headers[contract.CLIENT_VERSION_HEADER] == "9.9.9"


def test_connection_refused_is_offline(hostile: Hostile) -> None:
    with ApiClient("http://127.0.0.1:9", deadline_s=2) as api, pytest.raises(Offline):
        api.info()


def test_https_to_a_plain_http_server_is_a_tls_error(hostile: Hostile) -> None:
    url = hostile.base_url.replace("http://", "https://")
    with ApiClient(url, deadline_s=3) as api, pytest.raises(TlsError):
        api.info()


def test_dropped_connection_is_offline(hostile: Hostile) -> None:
    hostile.mode = "drop"
    with ApiClient(hostile.base_url, deadline_s=3) as api, pytest.raises(Offline):
        api.info()


# --- hostile answers ---------------------------------------------------------------------------


@pytest.mark.parametrize("mode", ["malformed", "wrong_types"])
def test_broken_json_is_a_bad_response(hostile: Hostile, mode: str) -> None:
    hostile.mode = mode
    with ApiClient(hostile.base_url, deadline_s=3) as api, pytest.raises(BadResponse) as err:
        api.info()
    assert "ServiceInfo" in err.value.message


@pytest.mark.parametrize("mode", ["huge", "huge_chunked"])
def test_a_50_mb_body_is_refused_by_the_byte_cap(hostile: Hostile, mode: str) -> None:
    hostile.mode = mode
    with ApiClient(hostile.base_url, deadline_s=10) as api, pytest.raises(BadResponse) as err:
        api.info()
    assert "larger than allowed" in err.value.message


def test_a_trickle_hits_the_overall_deadline(hostile: Hostile) -> None:
    # GOOD_INFO is ~120 bytes at one byte a second: without the deadline this takes two minutes
    hostile.mode = "trickle"
    with ApiClient(hostile.base_url, deadline_s=1.5) as api, pytest.raises(BadResponse) as err:
        api.info()
    assert "too slowly" in err.value.message


def test_a_silent_server_hits_the_deadline(hostile: Hostile) -> None:
    hostile.mode = "silent"
    with ApiClient(hostile.base_url, deadline_s=1.0) as api, pytest.raises(BadResponse) as err:
        api.info()
    assert "too slowly" in err.value.message


def test_media_hash_is_checked(hostile: Hostile) -> None:
    tokens = signed_in(hostile.base_url)
    with ApiClient(hostile.base_url, tokens=tokens, deadline_s=3) as api:
        hostile.mode = "media"
        assert api.media(MEDIA_SHA) == MEDIA
        hostile.mode = "wrong_hash"
        with pytest.raises(BadResponse) as err:
            api.media(MEDIA_SHA)
    assert "hash" in err.value.message
    with pytest.raises(ValueError):
        api.media("../../etc/passwd")


def test_chat_page_misaligned_columns_are_a_bad_response(hostile: Hostile) -> None:
    page = {
        "case_id": "c1",
        "total": 2,
        "start": 0,
        "ids": ["a", "b"],
        "offset_ms": [1, 2],
        "user_ids": ["u"],
        "usernames": ["n", "m"],
        "texts": ["x", "y"],
        "flagged": [False, True],
    }
    hostile.body = json.dumps(page).encode()
    with ApiClient(hostile.base_url, tokens=signed_in(hostile.base_url)) as api:
        with pytest.raises(BadResponse):
            api.chat_page("c1")
        page["user_ids"] = ["u", "v"]
        hostile.body = json.dumps(page).encode()
        assert api.chat_page("c1").user_ids == ["u", "v"]
        with pytest.raises(BadResponse):
            api.chat_page("other-case")


# --- problem answers ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "body", "headers", "kind"),
    [
        (403, problem("forbidden", 403), PROBLEM_JSON, Forbidden),
        (404, problem("not_found", 404), PROBLEM_JSON, NotFound),
        (409, problem("lease_lost", 409), PROBLEM_JSON, Conflict),
        (
            422,
            problem("validation", 422, errors=[{"loc": ["x"]}]),
            PROBLEM_JSON,
            ValidationRejected,
        ),
        (413, problem("body_too_large", 413), PROBLEM_JSON, ValidationRejected),
        (500, b"<html>oops</html>", {"Content-Type": "text/html"}, ServerError),
        (502, b"", {}, ServerError),
        (401, problem("invalid_credentials", 401), PROBLEM_JSON, InvalidCredentials),
    ],
)
def test_problem_answers_map_to_typed_errors(
    hostile: Hostile, status: int, body: bytes, headers: dict[str, str], kind: type[Exception]
) -> None:
    hostile.status, hostile.body, hostile.headers = status, body, headers
    with ApiClient(hostile.base_url) as api, pytest.raises(kind) as err:
        api.login("moderator1", "wrong")
    assert err.value.message  # type: ignore[attr-defined]


def test_rate_limited_and_unavailable_carry_retry_after(hostile: Hostile) -> None:
    hostile.status, hostile.headers = 429, {"Retry-After": "7", **PROBLEM_JSON}
    hostile.body = problem("rate_limited", 429)
    with ApiClient(hostile.base_url) as api:
        with pytest.raises(RateLimited) as limited:
            api.info()
        assert limited.value.retry_after == 7.0
        later = datetime.now(UTC) + timedelta(seconds=120)
        hostile.status, hostile.headers = 503, {"Retry-After": format_datetime(later, usegmt=True)}
        hostile.body = b""
        with pytest.raises(ServerError) as unavailable:
            api.info()
    assert unavailable.value.retry_after is not None
    assert 100 < unavailable.value.retry_after <= 120


def test_client_too_old_names_the_minimum_version(hostile: Hostile) -> None:
    hostile.status, hostile.headers = 426, PROBLEM_JSON
    hostile.body = problem("client_too_old", 426, min_client_version="2.0.0")
    with (
        ApiClient(hostile.base_url, client_version="0.0.1") as api,
        pytest.raises(ClientTooOld) as err,
    ):
        api.info()
    assert err.value.min_version == "2.0.0"


def test_server_text_in_errors_is_clipped_to_one_line(hostile: Hostile) -> None:
    hostile.status, hostile.headers = 403, PROBLEM_JSON
    hostile.body = problem("forbidden", 403, detail="<b>no</b>\n" * 200)
    with ApiClient(hostile.base_url) as api, pytest.raises(Forbidden) as err:
        api.info()
    assert "\n" not in err.value.message
    assert len(err.value.message) <= 300


# --- tokens ------------------------------------------------------------------------------------


def test_401_refreshes_once_and_retries(hostile: Hostile) -> None:
    vault = DictVault()
    tokens = signed_in(hostile.base_url, vault)
    hostile.script = [
        (401, PROBLEM_JSON, problem("token_expired", 401)),
        (200, {}, token_pair(NEW_ACCESS, NEW_REFRESH)),
        (200, {}, json.dumps(ME).encode()),
    ]
    with ApiClient(hostile.base_url, tokens=tokens) as api:
        me = api.me()
    assert me.username == "moderator1"
    paths = [s.path for s in hostile.seen]
    assert paths == ["/v1/me", "/v1/auth/refresh", "/v1/me"]
    assert hostile.seen[0].headers["Authorization"] == f"Bearer {ACCESS}"
    assert json.loads(hostile.seen[1].body) == {"refresh_token": REFRESH}
    assert hostile.seen[2].headers["Authorization"] == f"Bearer {NEW_ACCESS}"
    assert tokens.access_token() == NEW_ACCESS
    assert vault.load(hostile.base_url, "moderator1") == NEW_REFRESH


def test_a_refused_refresh_means_sign_in_again(hostile: Hostile) -> None:
    vault = DictVault()
    vault.save(hostile.base_url, "moderator1", REFRESH)
    tokens = signed_in(hostile.base_url, vault)
    hostile.script = [
        (401, PROBLEM_JSON, problem("token_expired", 401)),
        (401, PROBLEM_JSON, problem("unauthenticated", 401)),
    ]
    with ApiClient(hostile.base_url, tokens=tokens) as api, pytest.raises(AuthExpired):
        api.me()
    assert not tokens.signed_in
    assert vault.load(hostile.base_url, "moderator1") is None
    assert len(hostile.seen) == 2  # no retry loop


def test_tokens_never_reach_logs_or_error_messages(
    hostile: Hostile, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    tokens = signed_in(hostile.base_url)
    errors: list[Exception] = []
    hostile.script = [
        (401, PROBLEM_JSON, problem("token_expired", 401)),
        (200, {}, token_pair(NEW_ACCESS, NEW_REFRESH)),
        (500, {}, b"boom"),
        (401, PROBLEM_JSON, problem("token_expired", 401)),
        (401, PROBLEM_JSON, problem("token_expired", 401)),
    ]
    with ApiClient(hostile.base_url, tokens=tokens, deadline_s=2) as api:
        for _ in range(2):
            try:
                api.me()
            except Exception as exc:
                errors.append(exc)
        hostile.mode = "drop"
        tokens.adopt(contract.TokenPair.model_validate_json(token_pair(ACCESS, REFRESH)))
        try:
            api.me()
        except Exception as exc:
            errors.append(exc)
    assert [type(e) for e in errors] == [ServerError, AuthExpired, Offline]
    secrets = [ACCESS, REFRESH, NEW_ACCESS, NEW_REFRESH]
    texts = [caplog.text, repr(tokens), str(tokens)]
    for err in errors:
        texts += [str(err), repr(err), repr(err.__cause__), repr(err.__context__)]
    for secret in secrets:
        assert all(secret not in text for text in texts), secret
    assert caplog.records  # httpx did log the requests


# --- uploads and the clock ---------------------------------------------------------------------


def test_upload_splices_the_stored_bytes_verbatim(hostile: Hostile) -> None:
    item = (
        b'{"decision_id":"0190f0f0-0000-7000-8000-000000000001","case_id":"c1",'
        b'"action":"no_violation","policy_codes":[],"note":"caf\\u00e9  spaced",'
        b'"escalation_reason":"","supersedes":null,"policy_version":"2026.1",'
        b'"handle_time_ms":1200,"decided_at":"2026-01-01T00:00:00+00:00",'
        b'"audit_seq":1,"audit_hash":"' + b"a" * 64 + b'"}'
    )
    hostile.body = json.dumps(
        {
            "results": [
                {"decision_id": "0190f0f0-0000-7000-8000-000000000001", "status": "accepted"}
            ],
            "server_time": "2026-01-01T00:00:00Z",
        }
    ).encode()
    with ApiClient(hostile.base_url, tokens=signed_in(hostile.base_url)) as api:
        answer = api.upload_decisions([item, item], chain_seq=1, chain_head="b" * 64, device_id="d")
    assert answer.results[0].status == "accepted"
    sent = hostile.seen[0].body
    assert sent.count(item) == 2  # byte for byte, including the escaped é and the spacing
    request = contract.DecisionBatchRequest.model_validate_json(sent)
    assert request.chain_seq == 1
    assert request.device_id == "d"


def test_clock_skew_comes_from_the_date_header(hostile: Hostile) -> None:
    hostile.body = GOOD_INFO
    hostile.date_offset_s = -3600
    with ApiClient(hostile.base_url) as api:
        assert api.clock_skew_s() is None
        api.info()
        skew = api.clock_skew_s()
    assert skew is not None
    assert -3605 < skew < -3595


# --- real TLS on loopback ----------------------------------------------------------------------


def _self_signed(tmp_path: Path) -> tuple[Path, Path]:
    """A certificate for 127.0.0.1 signed by itself (cert file, key file)."""
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.now(UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = tmp_path / "cert.pem", tmp_path / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_path, key_path


def test_an_untrusted_certificate_is_a_tls_error_and_a_trusted_one_works(
    tmp_path: Path,
) -> None:
    cert, key = _self_signed(tmp_path)
    server_ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    server_ctx.load_cert_chain(cert, key)
    with run_hostile(tls=server_ctx) as hostile:
        hostile.body = GOOD_INFO
        url = hostile.base_url.replace("http://", "https://")
        with ApiClient(url, deadline_s=3) as api, pytest.raises(TlsError):
            api.info()  # the shared context trusts the system's CAs, not this one
        trusting = ssl.create_default_context(cafile=str(cert))
        with ApiClient(url, ssl_context=trusting, deadline_s=3) as api:
            assert api.info().name == "hostile"


def test_the_shared_context_is_the_operating_systems_trust_store() -> None:
    import truststore

    from reviewer.client.transport import shared_ssl_context

    ctx = shared_ssl_context()
    assert isinstance(ctx, truststore.SSLContext)
    assert ctx is shared_ssl_context()  # built once
    assert ctx.verify_mode == ssl.CERT_REQUIRED
    assert ctx.check_hostname


def test_a_site_ca_added_to_the_trust_store_context_is_trusted(tmp_path: Path) -> None:
    import truststore

    cert, key = _self_signed(tmp_path)
    server_ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    server_ctx.load_cert_chain(cert, key)
    with run_hostile(tls=server_ctx) as hostile:
        hostile.body = GOOD_INFO
        url = hostile.base_url.replace("http://", "https://")
        site = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        site.load_verify_locations(cafile=str(cert))
        with ApiClient(url, ssl_context=site, deadline_s=3) as api:
            assert api.info().name == "hostile"
