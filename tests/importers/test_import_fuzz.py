"""Malformed files of every format: never a crash, never a partial import, always an error
that names the file and where in it.

Each test mutates a small valid document (fields dropped or garbled, wrong types, bad dates,
truncated bytes, another encoding, huge values) and runs the whole import: parse, validate,
apply into a real SQLite file. The only acceptable failure is ``ScheduleImportError``, after
which the database must be byte-for-byte the same rows as before. The number of examples
comes from the suite's Hypothesis profile (``tests/conftest.py``); the file runs in well
under a minute with the ``ci`` profile.
"""

from __future__ import annotations

import io
import json
import sqlite3
from contextlib import closing
from datetime import date, datetime, time
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from moderator.importers import ScheduleImportError, load_plan
from moderator.services.agenda.agenda_import import ImportCancelled, apply_import
from moderator.storage import agenda_store

SETTINGS = settings(
    deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)

VALID_CSV = (
    "Meeting,Timezone,Session,Date,Start,End,Room,Format,Agenda item,Planned minutes,Speaker,"
    "Organisation,Stakeholder group,Attendance,Speech type,Allotted minutes,Order\n"
    "Board,Europe/Madrid,Morning,2022-05-10,09:00,10:30,Sala 1,Hybrid,Opening,10,Ada Lovelace,"
    "Analytical Society,Civil society,In room,Statement,5,1\n"
    "Board,Europe/Madrid,Morning,2022-05-10,09:00,10:30,Sala 1,Hybrid,Opening,10,Bo Example,"
    "Parliament of Veloria,Parliament,Remote,Statement,5,2\n"
    "Board,Europe/Madrid,Afternoon,10.05.2022,14:00,15:00,Sala 2,in person,Debate,30,Ada Lovelace,"
    "Analytical Society,Civil society,In room,Question / comment,2:30,1\n"
)

VALID_SCHEDULE = {
    "schedule": {
        "version": "1",
        "conference": {
            "acronym": "fuzzcon",
            "title": "FuzzCon",
            "time_zone_name": "Europe/Berlin",
            "days": [
                {
                    "index": 1,
                    "date": "2024-12-27",
                    "day_start": "2024-12-27T09:00:00+01:00",
                    "rooms": {
                        "Saal 1": [
                            {
                                "guid": "270fa44c-821a-577f-8ca3-33e8d4a8c2a7",
                                "id": 2,
                                "date": "2024-12-27T10:30:00+01:00",
                                "start": "10:30",
                                "duration": "00:30",
                                "room": "Saal 1",
                                "title": "Opening",
                                "track": "CCC",
                                "type": "Talk",
                                "language": "en",
                                "persons": [
                                    {"id": 1, "public_name": "Ada"},
                                    {"guid": "0c16ffaa-709d-599f-959f-9a38b911361a", "name": "Bo"},
                                ],
                            }
                        ]
                    },
                }
            ],
        },
    }
}

VALID_XML = b"""<?xml version="1.0" encoding="UTF-8"?>
<schedule>
  <version>1</version>
  <conference>
    <acronym>fuzzcon</acronym><title>FuzzCon</title><time_zone_name>Europe/Berlin</time_zone_name>
  </conference>
  <day date="2024-12-27" end="2024-12-28T06:00:00+01:00" index="1"
       start="2024-12-27T09:00:00+01:00">
    <room name="Saal 1">
      <event guid="270fa44c-821a-577f-8ca3-33e8d4a8c2a7" id="2">
        <date>2024-12-27T10:30:00+01:00</date><start>10:30</start><duration>00:30</duration>
        <room>Saal 1</room><title>Opening</title><type>Talk</type><track>CCC</track>
        <language>en</language><abstract/>
        <persons><person guid="0c16ffaa-709d-599f-959f-9a38b911361a">Ada</person></persons>
      </event>
    </room>
  </day>
</schedule>
"""

VALID_ICS = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//fuzz//EN\r\nX-WR-CALNAME:Side events\r\n"
    "X-WR-TIMEZONE:Europe/Madrid\r\nBEGIN:VEVENT\r\nUID:one@fuzz\r\nSUMMARY:Panel\r\n"
    "DTSTART;TZID=Europe/Madrid:20220510T093000\r\nDTEND;TZID=Europe/Madrid:20220510T103000\r\n"
    "LOCATION:Sala 1\r\nCATEGORIES:Track A\r\nORGANIZER;CN=Ann:mailto:ann@example.org\r\n"
    "ATTENDEE;CN=Bob;ROLE=REQ-PARTICIPANT:mailto:bob@example.org\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:two@fuzz\r\nSUMMARY:Floor\r\nDTSTART:20220510T120000Z\r\n"
    "DURATION:PT45M\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
)

# --- the database side --------------------------------------------------------------------------


def dump(path: Path) -> dict[str, list]:
    with closing(sqlite3.connect(path)) as connection:
        tables = [
            r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
        ]
        return {
            t: sorted(connection.execute(f"SELECT * FROM {t}").fetchall(), key=repr) for t in tables
        }


@pytest.fixture
def database(db_path, open_db):
    """A database that already holds an agenda (the valid CSV), so damage would show."""
    engine = open_db(db_path)
    seed = db_path.parent / "seed.csv"
    seed.write_text(VALID_CSV, encoding="utf-8")
    apply_import(engine, load_plan(seed), now_ms=1)
    return engine, db_path


def import_or_explain(database, name: str, data: bytes) -> None:
    """Import ``data`` as file ``name``; a refusal must name file and place and change nothing."""
    engine, db_path = database
    path = db_path.parent / name
    path.write_bytes(data)
    before = dump(db_path)
    try:
        plan = load_plan(path)
        apply_import(engine, plan, now_ms=2)
    except ScheduleImportError as error:
        message = str(error)
        assert str(path) in message
        assert error.location and (error.location in message)
        assert dump(db_path) == before


# --- mutations ----------------------------------------------------------------------------------

garbage = st.one_of(
    st.text(max_size=30),
    st.text(alphabet="0123456789:-.TZ+ ", max_size=25),
    st.sampled_from(
        [
            "",
            " ",
            "25:99",
            "2022-02-30",
            "-5",
            "1e309",
            "NaN",
            "\x00",
            "Europe/Nowhere",
            "x" * 5000,
            "9999-12-31T23:59:59+14:00",
            "0000-01-01",
        ]
    ),
)


@st.composite
def damaged_bytes(draw, valid: bytes, text: bool = True) -> bytes:
    ways = ["truncate", "flip", "insert"] + (["latin1", "utf16", "utf32"] if text else [])
    how = draw(st.sampled_from(ways))
    if how == "truncate":
        return valid[: draw(st.integers(0, len(valid)))]
    if how == "flip":
        at = draw(st.integers(0, len(valid) - 1))
        return valid[:at] + bytes([draw(st.integers(0, 255))]) + valid[at + 1 :]
    if how == "insert":
        at = draw(st.integers(0, len(valid)))
        return valid[:at] + draw(st.binary(min_size=1, max_size=40)) + valid[at:]
    text = valid.decode("utf-8")
    if how == "latin1":
        return (text + "é").encode("latin-1", errors="replace").replace(b"Ada", b"\xc4da")
    return text.encode("utf-16-le" if how == "utf16" else "utf-32-be")  # no BOM


@SETTINGS
@given(data=st.data())
def test_damaged_csv_bytes(database, data):
    valid = VALID_CSV.encode("utf-8")
    import_or_explain(database, "agenda.csv", data.draw(damaged_bytes(valid)))


@SETTINGS
@given(row=st.integers(1, 3), column=st.integers(0, 16), value=garbage, drop=st.booleans())
def test_garbled_csv_cells(database, row, column, value, drop):
    lines = [line.split(",") for line in VALID_CSV.splitlines()]
    if drop:
        for cells in lines:
            del cells[column]
    else:
        lines[row][column] = '"' + value.replace('"', '""') + '"'
    text = "\n".join(",".join(cells) for cells in lines) + "\n"
    import_or_explain(database, "agenda.csv", text.encode("utf-8"))


def _workbook(rows: list[list]) -> bytes:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


xlsx_cells = st.one_of(
    garbage,
    st.none(),
    st.booleans(),
    st.integers(-(10**12), 10**12),
    st.floats(allow_nan=False, allow_infinity=False),
    st.dates(min_value=date(1900, 3, 1)),
    st.times(),
    st.datetimes(min_value=datetime(1900, 3, 1)),
)


@SETTINGS
@given(row=st.integers(1, 3), column=st.integers(0, 16), value=xlsx_cells)
def test_xlsx_cells_of_any_type(database, row, column, value):
    rows = [line.split(",") for line in VALID_CSV.splitlines()]
    if isinstance(value, str):  # a workbook cannot hold control characters at all
        value = ILLEGAL_CHARACTERS_RE.sub("", value)
    rows[row][column] = value
    import_or_explain(database, "agenda.xlsx", _workbook(rows))


_VALID_XLSX = _workbook(
    [
        [
            date(2022, 5, 10) if c == "2022-05-10" else time(9) if c == "09:00" else c
            for c in line.split(",")
        ]
        for line in VALID_CSV.splitlines()
    ]
)


@SETTINGS
@given(data=st.data())
def test_damaged_xlsx_bytes(database, data):
    import_or_explain(database, "agenda.xlsx", data.draw(damaged_bytes(_VALID_XLSX, text=False)))


def _paths(value, prefix=()):
    """Every (path, value) inside a JSON document."""
    yield prefix, value
    if isinstance(value, dict):
        for key, child in value.items():
            yield from _paths(child, (*prefix, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield from _paths(child, (*prefix, index))


JSON_PATHS = [path for path, _ in _paths(VALID_SCHEDULE) if path]
json_values = st.one_of(
    garbage,
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=False),
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=5), st.integers(), max_size=3),
)


@SETTINGS
@given(path=st.sampled_from(JSON_PATHS), value=json_values, drop=st.booleans())
def test_schedule_json_with_a_field_dropped_or_of_another_type(database, path, value, drop):
    document = json.loads(json.dumps(VALID_SCHEDULE))
    parent = document
    for step in path[:-1]:
        parent = parent[step]
    if drop:
        del parent[path[-1]]
    else:
        parent[path[-1]] = value
    import_or_explain(database, "schedule.json", json.dumps(document).encode("utf-8"))


@SETTINGS
@given(data=st.data())
def test_damaged_schedule_json_bytes(database, data):
    valid = json.dumps(VALID_SCHEDULE, indent=1).encode("utf-8")
    import_or_explain(database, "schedule.json", data.draw(damaged_bytes(valid)))


XML_TEXTS = [
    b"10:30",
    b"00:30",
    b"2024-12-27T10:30:00+01:00",
    b"Opening",
    b"Europe/Berlin",
    b"Saal 1",
    b"Ada",
    b"fuzzcon",
]


@SETTINGS
@given(target=st.sampled_from(XML_TEXTS), value=garbage)
def test_schedule_xml_with_garbled_text(database, target, value):
    escaped = value.replace("&", "&amp;").replace("<", "&lt;").encode("utf-8", "surrogatepass")
    import_or_explain(database, "schedule.xml", VALID_XML.replace(target, escaped, 1))


@SETTINGS
@given(data=st.data())
def test_damaged_schedule_xml_bytes(database, data):
    import_or_explain(database, "schedule.xml", data.draw(damaged_bytes(VALID_XML)))


@SETTINGS
@given(data=st.data())
def test_damaged_ics(database, data):
    lines = VALID_ICS.split("\r\n")
    how = data.draw(st.sampled_from(["drop", "garble", "bytes"]))
    if how == "bytes":
        payload = data.draw(damaged_bytes(VALID_ICS.encode("utf-8")))
    else:
        index = data.draw(st.integers(0, len(lines) - 1))
        if how == "drop":
            del lines[index]
        else:
            name = lines[index].split(":", 1)[0]
            lines[index] = f"{name}:{data.draw(garbage)}"
        payload = "\r\n".join(lines).encode("utf-8", "surrogatepass")
    import_or_explain(database, "calendar.ics", payload)


@pytest.mark.parametrize(
    ("name", "data"),
    [
        (
            "bomb.xml",
            b'<?xml version="1.0"?><!DOCTYPE s [<!ENTITY a "aaaaaaaaaa">'
            b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><schedule>&b;</schedule>',
        ),
        (
            "external.xml",
            b'<?xml version="1.0"?><!DOCTYPE s [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
            b"<schedule>&x;</schedule>",
        ),
        ("deep.json", b"[" * 100_000 + b"]" * 100_000),
        ("deep.xml", b"<schedule>" + b"<a>" * 50_000 + b"</a>" * 50_000 + b"</schedule>"),
        ("empty.csv", b""),
        ("empty.xlsx", b""),
        ("nul.csv", b"Session,Date\x00,Start\n"),
        ("huge-cell.csv", b"Session,Date,Start\n" + b"x" * 200_000 + b",2022-05-10,09:00\n"),
        ("wrong.ics", b"BEGIN:VCALENDAR\r\nEND:VCARD\r\n"),
        ("nothing.json", b"{}"),
        ("a-list.json", b"[1, 2, 3]"),
    ],
)
def test_hostile_and_empty_files(database, name, data):
    import_or_explain(database, name, data)


def test_a_failure_while_writing_leaves_nothing_behind(database, monkeypatch):
    engine, db_path = database
    before = dump(db_path)
    plan = load_plan(Path(__file__).resolve().parents[2] / "resources" / "agenda-example.xlsx")
    calls = []
    real = agenda_store.insert_rows

    def failing(connection, table, rows):
        calls.append(table)
        if len(calls) == 3:
            raise sqlite3.OperationalError("disk I/O error")
        real(connection, table, rows)

    monkeypatch.setattr(agenda_store, "insert_rows", failing)
    with pytest.raises(Exception, match="disk I/O error"):
        apply_import(engine, plan, now_ms=5)
    assert dump(db_path) == before


def test_cancelling_before_the_commit_leaves_nothing_behind(database):
    engine, db_path = database
    before = dump(db_path)
    plan = load_plan(Path(__file__).resolve().parents[2] / "resources" / "agenda-example.xlsx")
    seen = []
    with pytest.raises(ImportCancelled):
        apply_import(
            engine,
            plan,
            now_ms=5,
            progress=lambda d, t: seen.append(d),
            cancelled=lambda: len(seen) > 2,
        )
    assert dump(db_path) == before


def test_an_xml_nested_far_deeper_than_a_schedule_is_refused_for_its_nesting(tmp_path: Path):
    """A frab schedule nests six deep; a file 50,000 deep kept the importer busy for about
    20 s here before saying it held no conference (and crashed a test worker once)."""
    path = tmp_path / "deep.xml"
    path.write_bytes(b"<schedule>" + b"<a>" * 50_000 + b"</a>" * 50_000 + b"</schedule>")
    with pytest.raises(ScheduleImportError) as refused:
        load_plan(path)
    assert "nested more than 32 deep: not a frab schedule" in str(refused.value)
    assert refused.value.location.startswith("schedule/a/a/a/")
