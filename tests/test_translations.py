"""The translations as shipped: every marked string is in every language's source, each
language is complete (no unfinished message), placeholders survive translation, and the
compiled ``.qm`` files are those of the sources (``scripts/translations.sh`` was run)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "translations"
COMPILED = ROOT / "moderator" / "resources" / "translations"
BIN = Path(sys.executable).parent
LANGUAGES = ("ar", "es", "fr", "ru", "zh")
#: A language being translated is listed here until its file is complete: its completeness
#: test is expected to fail (strictly: once complete, the test says to take it off the list).
IN_PROGRESS: frozenset[str] = frozenset()
_PLACEHOLDER = re.compile(r"\{[a-z_]+(?:![rs])?(?::[^{}]*)?\}")


def messages(path: Path) -> dict[tuple[str, str], ElementTree.Element]:
    tree = ElementTree.parse(path)
    found = {}
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


def translations_of(message: ElementTree.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    forms = translation.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [translation.text or ""]


def python_sources() -> list[str]:
    found = sorted(
        str(path.relative_to(ROOT))
        for path in (ROOT / "moderator").rglob("*.py")
        if "migrations" not in path.parts and "server" not in path.parts
    )
    return [*found, "translations/action_words.py"]


def test_the_actions_words_are_generated_from_the_actions_table() -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        from action_words import TARGET, source
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    assert TARGET.read_text(encoding="utf-8") == source(), "run scripts/translations.sh"


def test_every_marked_string_of_the_code_is_in_each_language_source(tmp_path: Path) -> None:
    for code in LANGUAGES:
        shutil.copy(SOURCES / f"moderator_{code}.ts", tmp_path / f"{code}.ts")
    subprocess.run(
        [
            str(BIN / "pyside6-lupdate"),
            "-silent",
            "-no-obsolete",
            "-locations",
            "none",
            *python_sources(),
            "-ts",
            *(str(tmp_path / f"{code}.ts") for code in LANGUAGES),
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    for code in LANGUAGES:
        shipped = set(messages(SOURCES / f"moderator_{code}.ts"))
        extracted = set(messages(tmp_path / f"{code}.ts"))
        assert extracted - shipped == set(), f"{code}: run scripts/translations.sh"
        assert shipped - extracted == set(), f"{code}: run scripts/translations.sh"


@pytest.mark.parametrize(
    "code",
    [
        pytest.param(code, marks=pytest.mark.xfail(strict=True, reason="being translated"))
        if code in IN_PROGRESS
        else code
        for code in LANGUAGES
    ],
)
def test_each_language_is_translated_completely(code: str) -> None:
    unfinished = [
        f"{context}: {source!r}"
        for (context, source), message in messages(SOURCES / f"moderator_{code}.ts").items()
        if message.find("translation").get("type") in ("unfinished", "vanished", "obsolete")  # type: ignore[union-attr]
        or not all(text.strip() for text in translations_of(message))
    ]
    assert unfinished == []


@pytest.mark.parametrize("code", LANGUAGES)
def test_translations_keep_every_placeholder_of_the_english(code: str) -> None:
    wrong = []
    for (context, source), message in messages(SOURCES / f"moderator_{code}.ts").items():
        wanted = sorted(_PLACEHOLDER.findall(source))
        for text in translations_of(message):
            if text and sorted(_PLACEHOLDER.findall(text)) != wanted:
                wrong.append(f"{context}: {source!r} → {text!r}")
            if text and message.get("numerus") == "yes" and "%n" not in text:
                wrong.append(f"{context}: {source!r} → {text!r} has no %n")
    assert wrong == []


def test_the_shipped_qm_files_are_compiled_from_the_sources(tmp_path: Path) -> None:
    for code in LANGUAGES:
        built = tmp_path / f"{code}.qm"
        subprocess.run(
            [
                str(BIN / "pyside6-lrelease"),
                "-silent",
                str(SOURCES / f"moderator_{code}.ts"),
                "-qm",
                str(built),
            ],
            check=True,
            capture_output=True,
        )
        shipped = COMPILED / f"moderator_{code}.qm"
        assert shipped.read_bytes() == built.read_bytes(), f"{code}: run scripts/translations.sh"
