"""The chosen language, applied at once: the client's and Qt's translators, the locale and
the face its script needs (``ui.common.fonts``).

``apply_language`` swaps the installed translators (Qt then sends every widget a
``QEvent.LanguageChange``) and sets ``QLocale.setDefault`` so ui.common.formats follows.
A window that retranslates on that event changes in place; the others pick the language
up when they are rebuilt at the next sign-in. Never a restart.

The layout direction follows the language at once too (Arabic mirrors): the application's
direction is set here, and Qt sends every widget that did not choose its own a
``LayoutDirectionChange``, so open windows mirror in place, layouts and custom painting alike.

The shipped languages are those with a compiled ``reviewer_<lang>.qm`` in
resources/translations (``make translations``), or in the folder ``REVIEWER_TRANSLATIONS_DIR``
names. The pseudo-locale (en_XA) is offered only when ``REVIEWER_PSEUDO_LOCALE=1`` is set: it
is a development check, not a language.
"""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QGuiApplication

from reviewer.i18n import PSEUDO_LANGUAGE, SHIPPED_LANGUAGES, SOURCE_LANGUAGE
from ui.common.fonts import apply_script_font

SYSTEM = "system"
"""The setting that follows the operating system's languages."""

PSEUDO_ENV = "REVIEWER_PSEUDO_LOCALE"
#: development and tests: compiled translations from another folder
FOLDER_ENV = "REVIEWER_TRANSLATIONS_DIR"

# Python owns the translators Qt is given: kept here so they outlive the call
_installed: list[QTranslator] = []
_current = SOURCE_LANGUAGE


def translations_folder() -> Path:
    """Where the compiled reviewer_<lang>.qm files are: inside the installed package, or
    the folder REVIEWER_TRANSLATIONS_DIR names."""
    override = os.environ.get(FOLDER_ENV, "")
    if override:
        return Path(override)
    return Path(str(resources.files("resources.translations")))


def pseudo_enabled() -> bool:
    return os.environ.get(PSEUDO_ENV, "") == "1"


def available_languages(folder: Path | None = None) -> list[str]:
    """The languages a person may pick, in the order of SHIPPED_LANGUAGES."""
    folder = folder or translations_folder()
    found = [lang for lang in SHIPPED_LANGUAGES if (folder / f"reviewer_{lang}.qm").exists()]
    if SOURCE_LANGUAGE not in found:
        found.insert(0, SOURCE_LANGUAGE)  # the source strings need no file
    if pseudo_enabled() and (folder / f"reviewer_{PSEUDO_LANGUAGE}.qm").exists():
        found.append(PSEUDO_LANGUAGE)
    return found


def _normalise(tag: str) -> str:
    """'zh-Hans-CN' -> 'zh_CN', 'es-419' -> 'es', 'en-GB' -> 'en' (for matching only)."""
    locale = QLocale(tag.replace("-", "_"))
    name = locale.name()  # language_TERRITORY
    if name.startswith("zh_"):
        return "zh_CN" if locale.script() != QLocale.Script.TraditionalChineseScript else "zh_TW"
    return name.split("_")[0]


def system_languages() -> list[str]:
    """The operating system's languages, most wanted first ("es-MX", "en-US")."""
    return list(QLocale.system().uiLanguages())


def resolve(setting: str, folder: Path | None = None) -> str:
    """The language to use for a setting: itself when available, else the system's best."""
    available = available_languages(folder)
    if setting != SYSTEM:
        return setting if setting in available else SOURCE_LANGUAGE
    for tag in system_languages():
        candidate = _normalise(tag)
        if candidate in available:
            return candidate
    return SOURCE_LANGUAGE


#: languages by their own names, for the ones Qt names with a country ("español de España")
_OWN_NAMES = {"en": "English", "es": "Español"}


def display_name(language: str) -> str:
    """A language by its own name ("Español", "العربية", "简体中文"): findable by someone who
    cannot read the current one. Names are data, never translated."""
    if language == PSEUDO_LANGUAGE:
        return "Pseudo (en-XA)"
    return _OWN_NAMES.get(language) or QLocale(language).nativeLanguageName() or language


def locale_for(language: str) -> QLocale:
    """The system locale when it speaks this language (keeps its region's dates), else
    the language's own; the pseudo-locale formats like US English.

    One set of digits per language: the translations write their few figures ("٢٤ ساعة")
    in the language's own digits (Arabic: Arabic-Indic, as QLocale("ar"), which is ar_EG,
    writes them), so a system locale of that language with other digits (ar_MA, ar_AE use
    0-9) gives way to the language's, and no sentence mixes ٢٤ with 24."""
    if language == PSEUDO_LANGUAGE:
        return QLocale("en_US")
    system = QLocale.system()
    own = QLocale(language)
    if _normalise(system.name()) == language and system.zeroDigit() == own.zeroDigit():
        return system
    return own


def qt_translations_folders() -> list[Path]:
    """Where Qt's own qtbase_<lang>.qm may be: Qt's translations path, and the PySide6
    package's Qt/translations folder (where a PyInstaller bundle keeps them)."""
    import PySide6

    return [
        Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        Path(PySide6.__file__).parent / "Qt" / "translations",
    ]


def current_language() -> str:
    return _current


def apply_language(setting: str, folder: Path | None = None) -> str:
    """Install the translators and locale for ``setting`` now; returns the language used."""
    global _current
    folder = folder or translations_folder()
    language = resolve(setting, folder)
    for old in _installed:
        QCoreApplication.removeTranslator(old)
    _installed.clear()
    candidates = [(folder, f"reviewer_{language}")]
    if language != PSEUDO_LANGUAGE:
        candidates += [(where, f"qtbase_{language}") for where in qt_translations_folders()]
    loaded: set[str] = set()
    for where, name in candidates:
        if name in loaded:
            continue
        translator = QTranslator()
        if translator.load(name, str(where)):
            QCoreApplication.installTranslator(translator)
            _installed.append(translator)
            loaded.add(name)
    QLocale.setDefault(locale_for(language))
    _set_direction(direction_of(language))
    apply_script_font(language)
    _current = language
    return language


def direction_of(language: str) -> Qt.LayoutDirection:
    """Right to left for a language written so (Arabic), else left to right."""
    if language in (SOURCE_LANGUAGE, PSEUDO_LANGUAGE):
        return Qt.LayoutDirection.LeftToRight
    return QLocale(language).textDirection()


def _set_direction(direction: Qt.LayoutDirection) -> None:
    """Set explicitly, not left to Qt's guess from qtbase_<lang>.qm (not every install has it)."""
    if isinstance(QCoreApplication.instance(), QGuiApplication):
        QGuiApplication.setLayoutDirection(direction)


def clear_language() -> None:
    """Back to the source strings and the system locale (tests, and a failed switch)."""
    global _current
    for old in _installed:
        QCoreApplication.removeTranslator(old)
    _installed.clear()
    QLocale.setDefault(QLocale.system())
    _set_direction(Qt.LayoutDirection.LeftToRight)
    apply_script_font(SOURCE_LANGUAGE)
    _current = SOURCE_LANGUAGE
