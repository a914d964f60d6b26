"""reviewer.site: IT's site.toml presets and locks; a broken file names its file and line."""

from __future__ import annotations

from pathlib import Path

import pytest

from reviewer.site import SITE_ENV, SiteConfig, SiteConfigError, load_site_config, site_config_path

REPO = Path(__file__).resolve().parents[2]


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "site.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_no_file_presets_nothing(tmp_path: Path) -> None:
    assert load_site_config(tmp_path / "absent.toml") == SiteConfig()
    assert SiteConfig().address_for_sign_in("https://mine.example") == "https://mine.example"


def test_the_shipped_example_is_all_comments_and_loads(tmp_path: Path) -> None:
    example = REPO / "packaging" / "linux" / "site.toml"
    config = load_site_config(example)
    assert config.service_address == ""
    assert not config.lock_address


def test_a_full_file_presets_and_locks(tmp_path: Path) -> None:
    ca = tmp_path / "site-ca.pem"
    ca.write_text("-----BEGIN CERTIFICATE-----\n", encoding="utf-8")
    path = _write(
        tmp_path,
        f"""# IT
[service]
address = "review.example.com/"
lock = true

[support]
contact = "IT desk, ext. 4242"

[network]
proxy = "http://proxy.example.com:3128"
ca_bundle = "{ca}"
""",
    )
    config = load_site_config(path)
    assert config.service_address == "https://review.example.com"
    assert config.lock_address
    assert config.it_contact == "IT desk, ext. 4242"
    assert config.proxy == "http://proxy.example.com:3128"
    assert config.ca_bundle == str(ca)
    # the locked address wins over the user's own
    assert config.address_for_sign_in("https://mine.example") == "https://review.example.com"


def test_an_unlocked_address_is_only_a_preset(tmp_path: Path) -> None:
    config = load_site_config(_write(tmp_path, '[service]\naddress = "https://it.example"\n'))
    assert config.address_for_sign_in("") == "https://it.example"
    assert config.address_for_sign_in("https://mine.example") == "https://mine.example"


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ('[service]\naddress = "https://a.example"\ncolour = "red"\n', 3, "unknown key “colour”"),
        ('[service]\naddress = "https://a.example"\n\n[extras]\nx = 1\n', 4, "unknown table"),
        ('[service]\naddress = "https://a.example\n', 2, "not valid TOML"),
        ("[service]\naddress = 42\n", 2, "must be a string"),
        ('[service]\naddress = "http://remote.example"\n', 2, "plain http://"),
        ("[service]\nlock = true\n", 2, "needs an address"),
        ('[service]\naddress = "https://a.example"\nlock = "yes"\n', 3, "true or false"),
        ('[network]\nproxy = "pac+http://wpad/proxy.pac"\n', 2, "PAC files"),
        ('[network]\nca_bundle = "/nonexistent/ca.pem"\n', 2, "is missing"),
    ],
)
def test_a_broken_file_names_the_file_and_the_line(
    tmp_path: Path, text: str, line: int, words: str
) -> None:
    path = _write(tmp_path, text)
    with pytest.raises(SiteConfigError) as caught:
        load_site_config(path)
    assert caught.value.line == line
    message = str(caught.value)
    assert f"{path}, line {line}" in message
    assert words in message
    assert "Sign-in stays off" in message


def test_an_unreadable_file_stops_sign_in(tmp_path: Path) -> None:
    folder = tmp_path / "site.toml"
    folder.mkdir()  # a folder where the file should be: reading it fails for root too
    with pytest.raises(SiteConfigError) as caught:
        load_site_config(folder)
    assert str(folder) in str(caught.value)
    assert "cannot be read" in str(caught.value)


def test_not_utf8_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "site.toml"
    path.write_bytes(b'[support]\ncontact = "caf\xe9"\n')
    with pytest.raises(SiteConfigError) as caught:
        load_site_config(path)
    assert caught.value.line == 2


def test_the_environment_names_another_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(SITE_ENV, str(tmp_path / "x.toml"))
    assert site_config_path() == tmp_path / "x.toml"
    monkeypatch.delenv(SITE_ENV)
    assert site_config_path().name == "site.toml"
    assert "live-review-desk" in str(site_config_path())
