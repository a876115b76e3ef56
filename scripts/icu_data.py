"""A smaller ICU data library for the bundle: Qt's ``libicudata`` without what Qt never reads.

PySide6 ships ICU's whole data library (31 MB, a fifth of the bundle). Qt uses ICU for collation
(``QCollator``), case mapping, text codecs by name, IDNA and time-zone names; it formats dates,
numbers and language names from its own CLDR tables. So the trees of display names and
formatting rules are dropped: ``lang/``, ``region/``, ``curr/``, ``unit/`` (names of languages,
countries, currencies, units), ``translit/`` (transliterators) and ``rbnf/`` (numbers spelled
out), and ``unames.icu`` (Unicode character names) — 11 MB. Collation, break rules, codecs,
normalisation and ``zone/`` (``QTimeZone.displayName``) stay; ``tests/test_icu_data.py`` checks
that Qt answers the same with the smaller library.

The data is the library's one exported symbol (``icudt<version>_dat``): it is read out of the
ELF file, trimmed with ICU's ``icupkg``, and turned back into a library with ``genccode`` and
the C compiler, under the same soname. Needs ``icupkg`` and ``genccode`` (Debian:
icu-devtools), ``readelf`` (binutils) and ``cc``.

    python scripts/icu_data.py LIBICUDATA OUT_DIR     # prints the new library's path
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

#: Items (paths inside the data package) Qt never reads.
DROPPED = re.compile(r"^(lang|region|curr|unit|translit|rbnf)/|^unames\.icu$")
TOOLS = ("icupkg", "genccode", "readelf", "cc")


class IcuToolsMissing(RuntimeError):
    """The tools that rebuild the library are not installed."""


def missing_tools() -> list[str]:
    return [tool for tool in TOOLS if shutil.which(tool) is None]


def _run(*command: str, cwd: Path | None = None) -> str:
    done = subprocess.run(command, cwd=cwd, capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed: {done.stderr.strip()[-2000:]}")
    return done.stdout


def data_symbol(library: Path) -> tuple[str, int, int]:
    """The data symbol's name, file offset and size in ``library``."""
    symbols = _run("readelf", "-Ws", "--dyn-syms", str(library))
    found = re.search(
        r"\s([0-9a-f]+)\s+(\d+|0x[0-9a-f]+)\s+OBJECT\s+GLOBAL\s+\S+\s+(\d+)\s+(icudt\d+_dat)\b",
        symbols,
    )
    if found is None:
        raise RuntimeError(f"{library}: no icudt*_dat symbol")
    address, size, section, name = found.groups()
    size_bytes = int(size, 0)
    sections = _run("readelf", "-SW", str(library))
    for line in sections.splitlines():
        match = re.match(r"\s*\[\s*(\d+)\]\s+\S+\s+\S+\s+([0-9a-f]+)\s+([0-9a-f]+)", line)
        if match and match.group(1) == section:
            section_address, section_offset = int(match.group(2), 16), int(match.group(3), 16)
            return name, int(address, 16) - section_address + section_offset, size_bytes
    raise RuntimeError(f"{library}: section {section} of {name} not found")


def trimmed_library(library: Path, out_dir: Path) -> Path:
    """``library`` rebuilt in ``out_dir`` without the ``DROPPED`` items (same file name)."""
    missing = missing_tools()
    if missing:
        raise IcuToolsMissing(f"missing: {', '.join(missing)}")
    out_dir.mkdir(parents=True, exist_ok=True)
    symbol, offset, size = data_symbol(library)
    package = symbol.removesuffix("_dat") + "l.dat"  # icudt73l.dat: little-endian
    full = out_dir / "full" / package
    full.parent.mkdir(exist_ok=True)
    with library.open("rb") as source:
        source.seek(offset)
        full.write_bytes(source.read(size))
    items = _run("icupkg", "-l", str(full)).split()
    dropped = [item for item in items if DROPPED.search(item)]
    if not dropped:
        raise RuntimeError(f"{library}: none of the expected trees found in its data")
    listing = out_dir / "dropped.txt"
    listing.write_text("\n".join(dropped) + "\n", encoding="utf-8")
    trimmed = out_dir / package
    trimmed.unlink(missing_ok=True)
    _run("icupkg", "-r", str(listing), str(full), str(trimmed))
    _run(
        "genccode", "-a", "gcc", "-e", symbol.removesuffix("_dat"), "-d", str(out_dir), str(trimmed)
    )
    assembly = out_dir / (package.replace(".", "_") + ".S")
    result = out_dir / library.name
    soname = re.search(
        r"SONAME\)\s+Library soname: \[([^\]]+)\]", _run("readelf", "-d", str(library))
    )
    _run(
        "cc",
        "-shared",
        "-nostdlib",
        f"-Wl,-soname,{soname.group(1) if soname else library.name}",
        "-o",
        str(result),
        str(assembly),
    )
    assembly.unlink()
    return result


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    print(trimmed_library(Path(sys.argv[1]), Path(sys.argv[2])))
