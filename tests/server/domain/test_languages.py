"""A case's language: the stream's metadata first, else the chat's dominant script."""

from __future__ import annotations

from server.domain.languages import case_language, dominant_script_language


def test_the_streams_metadata_names_the_language() -> None:
    assert case_language({"language": "PT"}, ["привет всем"]) == "pt"


def test_without_metadata_the_chats_dominant_script_decides() -> None:
    chat = ["привет", "как дела", "lol", "😀😀😀"]
    assert case_language({}, chat) == "ru"
    assert case_language({"language": None}, ["안녕하세요", "hi"]) == "ko"
    assert case_language({"language": "portuguese"}, ["مرحبا بكم", "ok"]) == "ar"


def test_latin_or_nothing_says_nothing() -> None:
    assert dominant_script_language(["hello there", "привет"]) == ""
    assert dominant_script_language(["123", "!!", ""]) == ""
    assert case_language({}, []) == ""
