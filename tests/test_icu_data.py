"""The bundle's smaller ICU data library (``scripts/icu_data.py``) answers Qt as the whole one.

Qt reads ICU for collation, case mapping, codecs by name, IDNA and time-zone names; the bundle
drops the data trees Qt never reads (display names of languages, countries, currencies, units;
transliterators; spelled-out numbers). A Qt process is run twice, once with PySide6's own data
and once with the trimmed library loaded in its place, and must print the same answers.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import PySide6
import pytest

ROOT = Path(__file__).resolve().parent.parent
PROBE = r"""
from functools import cmp_to_key
from PySide6.QtCore import (
    QByteArray, QCollator, QLocale, QStringDecoder, QTextBoundaryFinder, QTimeZone, QUrl,
)

names = ["Zürich", "apple", "Äpfel", "Öl", "ångström", "Łódź", "école", "çay", "ıspanak",
         "Ōsaka", "Şahin", "Nguyễn", "Đặng", "日本", "Иванов", "Ελένη", "a10", "a2"]
for locale in ("de_DE", "sv_SE", "fr_FR", "en_GB", "tr_TR", "pl_PL", "vi_VN", "ru_RU", "ja_JP"):
    collator = QCollator(QLocale(locale))
    print(locale, sorted(names, key=cmp_to_key(collator.compare)))
    collator.setNumericMode(True)
    collator.setCaseSensitivity(collator.caseSensitivity().__class__(0))
    print(locale, sorted(names, key=cmp_to_key(collator.compare)), collator.compare("ab", "AB"))
for locale in ("tr_TR", "de_DE", "el_GR", "lt_LT", "nl_NL"):
    print(QLocale(locale).toUpper("istanbul ß ε ĳ"), QLocale(locale).toLower("İSTANBUL ΣΑΣ Ĳ"))
for name in ("Shift_JIS", "windows-1252", "ISO-8859-2", "GB18030", "Big5", "EUC-KR", "KOI8-R"):
    print(name, QStringDecoder(name).isValid())
print(QUrl.fromAce(QByteArray(b"xn--mnchen-3ya.de")), QUrl.toAce("bücher.example").data())
zone = QTimeZone(b"Europe/Berlin")
print(zone.displayName(QTimeZone.TimeType.StandardTime, QTimeZone.NameType.LongName,
                       QLocale("de_DE")))
finder = QTextBoundaryFinder(QTextBoundaryFinder.BoundaryType.Word, "Hello wörld 日本語テキスト")
print([finder.toNextBoundary() for _ in range(8)])
"""


def _icu_data_module():
    spec = importlib.util.spec_from_file_location("icu_data", ROOT / "scripts" / "icu_data.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _probe(preload: Path | None = None) -> str:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    if preload is not None:
        env["LD_PRELOAD"] = str(preload)
    done = subprocess.run(
        [sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    return done.stdout + done.stderr  # ICU's failures show as Qt warnings on stderr


def test_the_trimmed_icu_data_answers_qt_as_the_whole_data(tmp_path: Path):
    icu_data = _icu_data_module()
    if icu_data.missing_tools():
        pytest.fail(f"scripts/setup.sh installs them: {icu_data.missing_tools()}")
    whole = Path(PySide6.__file__).parent / "Qt" / "lib" / "libicudata.so.73"
    if not whole.exists():
        (whole,) = (Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*")
    trimmed = icu_data.trimmed_library(whole, tmp_path)
    assert trimmed.stat().st_size < whole.stat().st_size * 0.7, "the trees were not dropped"
    expected = _probe()
    assert "Mitteleuropäische" in expected and "xn--bcher-kva" in expected, expected
    assert _probe(preload=trimmed) == expected
