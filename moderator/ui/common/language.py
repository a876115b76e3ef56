"""Which language the console speaks, and installing it.

Six languages, the UN's official ones. The console follows the system's languages unless the
chair chose one (the settings, or ``moderator --lang``); the speaker display has its own
choice, since the podium may need another language than the chair. Translations are the
``.qm`` files compiled from ``translations/*.ts`` by ``scripts/translations.sh``, with Qt's own
(standard buttons, dialogs) beside them. Arabic lays the windows out right to left.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QSettings,
    Qt,
    QTranslator,
)

#: The console's languages, each named in itself (as a chair looks for their own).
LANGUAGES: dict[str, str] = {
    "en": "English",
    "ar": "العربية",
    "zh": "中文（简体）",
    "es": "Español",
    "fr": "Français",
    "ru": "Русский",
}
#: The locale each language formats with; Chinese is the Simplified script.
_LOCALES = {"en": "en_GB", "ar": "ar", "zh": "zh_CN", "es": "es", "fr": "fr", "ru": "ru"}
RIGHT_TO_LEFT = frozenset({"ar"})
TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
CONSOLE_KEY = "ui/language"
DISPLAY_KEY = "display/language"

#: The translators installed in the application (kept alive here: Qt holds no reference).
_installed: list[QTranslator] = []
_display: dict[str, QTranslator | None] = {"translator": None}


def system_language() -> str:
    """The first of the system's preferred languages the console speaks; English otherwise."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


def saved_language(key: str = CONSOLE_KEY, settings: QSettings | None = None) -> str:
    """The language chosen in the settings under ``key``; "" when it follows the system."""
    value = str((settings or QSettings()).value(key, "") or "")
    return value if value in LANGUAGES else ""


def save_language(code: str, key: str = CONSOLE_KEY, settings: QSettings | None = None) -> None:
    """Remember ``code`` ("" follows the system); refuses a language the console lacks."""
    if code and code not in LANGUAGES:
        raise ValueError(f"unknown language {code!r}: one of {', '.join(LANGUAGES)}")
    store = settings or QSettings()
    store.setValue(key, code)
    store.sync()


def chosen_language(override: str | None = None, settings: QSettings | None = None) -> str:
    """The command line's choice, else the settings', else the system's."""
    return override or saved_language(CONSOLE_KEY, settings) or system_language()


def translators_for(code: str) -> list[QTranslator]:
    """The console's and Qt's translators for ``code`` (none for English, the source)."""
    if code == "en":
        return []
    found = []
    ours = QTranslator()
    if ours.load(str(TRANSLATIONS / f"moderator_{code}.qm")):
        found.append(ours)
    qt_own = QTranslator()
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_own.load(QLocale(_LOCALES[code]), "qtbase", "_", folder):
        found.append(qt_own)
    return found


def install(code: str) -> None:
    """Speak ``code`` from now on: translators, number and date formats, and the direction
    of the layouts (right to left for Arabic). Replaces any language installed before."""
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    for translator in translators_for(code):
        app.installTranslator(translator)
        _installed.append(translator)
    QLocale.setDefault(QLocale(_LOCALES[code]))
    if hasattr(app, "setLayoutDirection"):
        direction = (
            Qt.LayoutDirection.RightToLeft
            if code in RIGHT_TO_LEFT
            else Qt.LayoutDirection.LeftToRight
        )
        app.setLayoutDirection(direction)


def install_display_language(code: str) -> None:
    """The speaker display's own language ("" speaks the console's)."""
    translators = translators_for(code) if code else []
    _display["translator"] = translators[0] if translators else None
    _display["code"] = code  # type: ignore[assignment]


def display_language() -> str:
    """The speaker display's own language; "" when it speaks the console's."""
    return str(_display.get("code") or "")


def display_text(context: str, text: str) -> str:
    """``text`` in the speaker display's language (the console's when it has none)."""
    translator = _display["translator"]
    if translator is not None:
        found = translator.translate(context, text)
        if found:
            return found
    if display_language() == "en":
        return text
    return QCoreApplication.translate(context, text)
