"""A scripted meeting with known timings, for the report tests (unit, CLI and UI).

The morning session is driven through the real chair commands (give the floor, pause, start,
add and remove time, an interposed intervention, end the turn) with chosen ``at_ms`` values,
committed to a real SQLite file by the ``CommandRunner``, exactly as the console does. Every
number the report must show is worked out by hand below (``MORNING``), so the tests compare
against arithmetic, not against the code under test.

Times (Europe/Madrid, 3 May 2024, UTC+2):

morning, scheduled 09:00–09:10, items Opening (10 min), Discussion (15 min), Closing (5 min)
  09:02:00  Alice gets the floor (statement, 5:00)
  09:03:00  pause            09:03:30  start again        Alice +1:00 (allotted 6:00)
  09:08:50  Bob (remote, statement 3:00)       → Alice spoke 6:20, paused 0:30, overrun 0:20
  09:12:10  Carla (floor request, 2:00)        → Bob spoke 3:20, overrun 0:20
  (Bob added from the floor as an intervention, 1:00)
  09:12:40  Bob interposes                     → Carla interrupted after 0:30
  09:13:40  end of the intervention            → Bob spoke 1:00; Carla speaks again
  09:15:10  Dan (point of order, 1:00)         → Carla spoke 2:00, paused 0:00 (her
            1:00 waiting for Bob is Bob's spoken time, set aside, not a pause)
  Dan −0:30 (allotted 0:30)
  09:15:55  Eve (remote hand, 2:00)            → Dan spoke 0:45, overrun 0:15
  09:17:35  "now": Eve still speaking, 1:40 so far     (``finish_morning`` ends her turn then)
afternoon, scheduled 14:00–14:30, item Panel (20 min)
  14:00:00 Alice (4:00)   14:05:00 Dan (4:00) → Alice spoke 5:00, overrun 1:00
  14:09:00 end of turn → Dan spoke 4:00
next day, scheduled 4 May 09:00–10:00: no turns.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from moderator.domain.commands import (
    AddSpeaker,
    AdjustTime,
    Command,
    EndTurn,
    GiveFloor,
    Interpose,
    PauseClock,
    StartClock,
)
from moderator.domain.model import (
    AgendaItem,
    Attendance,
    Meeting,
    Participant,
    Session,
    SpeakerEntry,
    SpeechType,
    StakeholderGroup,
)
from moderator.domain.order_keys import evenly_spaced_keys, key_between
from moderator.domain.session_state import SessionState
from moderator.services.chair.command_runner import CommandRunner
from moderator.services.chair.time_source import TimeSource
from moderator.storage.database import open_database
from moderator.storage.repository import MeetingBundle, Store

ZONE = ZoneInfo("Europe/Madrid")
S = 1000
MIN = 60 * S

MEETING_ID = "meeting-report"
MORNING = "s-morning"
AFTERNOON = "s-afternoon"
NEXT_DAY = "s-next-day"


def at(day: int, hour: int, minute: int, second: int = 0) -> int:
    """Epoch milliseconds of a local time in May 2024 in Madrid."""
    return int(datetime(2024, 5, day, hour, minute, second, tzinfo=ZONE).timestamp() * 1000)


T0 = at(3, 9, 2)
#: The moment of the morning report (Eve still speaking).
MORNING_NOW = T0 + 935 * S
#: After everything, for the meeting report.
EVENING = at(4, 18, 0)


@dataclass(frozen=True)
class Expected:
    """One turn as the report must show it."""

    speaker: str
    start: str
    end: str  # "" while open
    item: str
    group: str
    where: str
    gender: str
    speech_type: str
    how: str
    planned_s: int
    allotted_s: int
    spoken_s: int
    paused_s: int
    overrun_s: int
    status: str


MORNING_TURNS = [
    Expected("Alice Martin", "09:02:00", "09:08:50", "Opening", "Member State", "In the room",
             "Woman", "Statement", "Scheduled", 300, 360, 380, 30, 20, "Done"),
    Expected("Bob Okafor", "09:08:50", "09:12:10", "Opening", "Parliament", "Remote",
             "Man", "Statement", "Scheduled", 180, 180, 200, 0, 20, "Done"),
    Expected("Carla Ruiz", "09:12:10", "09:15:10", "Discussion", "Civil society", "In the room",
             "Not recorded", "Question / comment", "Floor request", 120, 120, 120, 0, 0, "Done"),
    Expected("Bob Okafor", "09:12:40", "09:13:40", "Discussion", "Parliament", "Remote",
             "Man", "Intervention", "Interposed", 60, 60, 60, 0, 0, "Done"),
    Expected("Dan Kim", "09:15:10", "09:15:55", "Discussion", "UN entity", "Remote",
             "Man", "Point of order", "Point of order", 60, 30, 45, 0, 15, "Done"),
    Expected("Eve Novak", "09:15:55", "", "Discussion", "Other", "Remote",
             "Woman", "Question / comment", "Remote hand", 120, 120, 100, 0, 0, "Running"),
]  # fmt: skip

#: (label, speakers, turns, speaking seconds, share %) of the morning, as of MORNING_NOW.
MORNING_GROUPS = [
    ("Member State", 1, 1, 380, "42.0"),
    ("Parliament", 1, 2, 260, "28.7"),
    ("Civil society", 1, 1, 120, "13.3"),
    ("UN entity", 1, 1, 45, "5.0"),
    ("Other", 1, 1, 100, "11.0"),
]
MORNING_GENDERS = [
    ("Man", 2, 3, 305, "33.7"),
    ("Woman", 2, 2, 480, "53.0"),
    ("Not recorded", 1, 1, 120, "13.3"),
]
MORNING_ATTENDANCE = [
    ("In the room", 2, 2, 500, "55.2"),
    ("Remote", 3, 4, 405, "44.8"),
]
#: (item, planned s, actual s or None, overrun s or None, turns, speaking s, status)
MORNING_ITEMS = [
    ("Opening", 600, 610, 10, 2, 580, "Done"),
    ("Discussion", 900, 325, 0, 4, 325, "Running"),
    ("Closing", 300, None, None, 0, 0, "Not started"),
]
MORNING_SPEAKING_S = 905
#: Actual end 09:17:35 against the scheduled 09:10:00.
MORNING_OVERRUN_S = 455


G = StakeholderGroup
ROOM, REMOTE = Attendance.IN_ROOM, Attendance.REMOTE
FLOOR, STATEMENT, POINT_OF_ORDER = (
    SpeechType.FLOOR,
    SpeechType.STATEMENT,
    SpeechType.POINT_OF_ORDER,
)


def participants() -> list[Participant]:
    people = [
        ("alice", "Alice Martin", "Ministry of Justice of Arcadia", G.MEMBER_STATE, ROOM, "woman"),
        ("bob", "Bob Okafor", "National Assembly of Veloria", G.PARLIAMENT, REMOTE, "Man"),
        ("carla", "Carla Ruiz", "Youth Resilience Network", G.CIVIL_SOCIETY, ROOM, None),
        ("dan", "Dan Kim", "UN Development Programme", G.UN_ENTITY, REMOTE, " man "),
        ("eve", "Eve Novak", "Independent researcher", G.OTHER, REMOTE, "woman"),
    ]
    return [
        Participant(
            id=pid,
            meeting_id=MEETING_ID,
            name=name,
            organisation=organisation,
            stakeholder_group=group,
            attendance=where,
            gender=gender,
        )
        for pid, name, organisation, group, where, gender in people
    ]


def bundle() -> MeetingBundle:
    meeting = Meeting(
        id=MEETING_ID,
        title="Report test conference — Málaga",
        venue="Palacio de Congresos, Málaga",
        timezone="Europe/Madrid",
    )
    sessions = [
        Session(MORNING, MEETING_ID, "Morning: parliaments and civil society", "Room 3",
                at(3, 9, 0), at(3, 9, 10)),
        Session(AFTERNOON, MEETING_ID, "Afternoon panel", "Room 1", at(3, 14, 0), at(3, 14, 30)),
        Session(NEXT_DAY, MEETING_ID, "Next day", "Room 3", at(4, 9, 0), at(4, 10, 0)),
    ]  # fmt: skip
    items = [
        AgendaItem("i-open", MORNING, 1, "Opening", 10 * MIN),
        AgendaItem("i-disc", MORNING, 2, "Discussion", 15 * MIN),
        AgendaItem("i-close", MORNING, 3, "Closing", 5 * MIN),
        AgendaItem("i-panel", AFTERNOON, 1, "Panel", 20 * MIN),
        AgendaItem("i-next", NEXT_DAY, 1, "Welcome", 0),
    ]
    keys = evenly_spaced_keys(4)
    entries = [
        SpeakerEntry("e1", "i-open", "alice", STATEMENT, 5 * MIN, keys[0]),
        SpeakerEntry("e2", "i-open", "bob", STATEMENT, 3 * MIN, keys[1]),
        SpeakerEntry("e3", "i-disc", "carla", FLOOR, 2 * MIN, keys[0], origin="room_request"),
        SpeakerEntry("e4", "i-disc", "dan", POINT_OF_ORDER, MIN, keys[1], origin="room_request"),
        SpeakerEntry("e5", "i-disc", "eve", FLOOR, 2 * MIN, keys[2], origin="remote_hand"),
        SpeakerEntry("a1", "i-panel", "alice", STATEMENT, 4 * MIN, keys[0]),
        SpeakerEntry("a2", "i-panel", "dan", STATEMENT, 4 * MIN, keys[1]),
    ]
    return MeetingBundle(meeting, participants(), sessions, items, entries)


def _run(store: Store, session_id: str, commands: list[Command]) -> None:
    runner = CommandRunner(store, store.load_session_state(session_id), TimeSource())
    for command in commands:
        runner.execute(command)


def _turn() -> str:
    return uuid.uuid4().hex


def morning_commands() -> list[Command]:
    """The chair's actions of the morning, up to Eve taking the floor at 09:15:55."""
    m = MORNING
    return [
        GiveFloor(m, "e1", _turn(), T0),
        PauseClock(m, T0 + 60 * S),
        StartClock(m, T0 + 90 * S),
        AdjustTime(m, 60 * S),
        GiveFloor(m, "e2", _turn(), T0 + 410 * S),
        GiveFloor(m, "e3", _turn(), T0 + 610 * S),
        AddSpeaker(
            m,
            "e6",
            "i-disc",
            "bob",
            SpeechType.INTERVENTION.value,
            1 * MIN,
            key_between(None, evenly_spaced_keys(4)[0]),
            origin="room_request",
        ),
        Interpose(m, "e6", _turn(), T0 + 640 * S),
        EndTurn(m, T0 + 700 * S),
        GiveFloor(m, "e4", _turn(), T0 + 790 * S),
        AdjustTime(m, -30 * S),
        GiveFloor(m, "e5", _turn(), T0 + 835 * S),
    ]


def script_morning(store: Store) -> None:
    """The morning up to 09:17:35, Eve still speaking."""
    _run(store, MORNING, morning_commands())


def state_in_memory(session_id: str, commands: list[Command]) -> SessionState:
    """A session of the scenario with ``commands`` decided and applied in memory (no file):
    for pure tests of moments the file scenario passes by."""
    meeting_bundle = bundle()
    session = next(s for s in meeting_bundle.sessions if s.id == session_id)
    items = [i for i in meeting_bundle.agenda_items if i.session_id == session_id]
    item_ids = {i.id for i in items}
    state = SessionState(
        meeting=meeting_bundle.meeting,
        session=session,
        agenda_items=items,
        entries=[e for e in meeting_bundle.entries if e.agenda_item_id in item_ids],
        participants={p.id: p for p in meeting_bundle.participants},
    )
    for command in commands:
        state.apply(command.decide(state))
    return state


def finish_morning(store: Store) -> None:
    """Eve's turn ends at 09:17:35 (so her numbers stay those of ``MORNING_NOW``)."""
    _run(store, MORNING, [EndTurn(MORNING, MORNING_NOW)])


def script_afternoon(store: Store) -> None:
    a = AFTERNOON
    _run(
        store,
        a,
        [
            GiveFloor(a, "a1", _turn(), at(3, 14, 0)),
            GiveFloor(a, "a2", _turn(), at(3, 14, 5)),
            EndTurn(a, at(3, 14, 9)),
        ],
    )


def build_database(path: Path, finished: bool = False) -> Path:
    """The scenario in a SQLite file at ``path``: the morning with Eve still speaking, or
    (``finished``) the whole meeting, every turn closed."""
    engine = open_database(path)
    try:
        store = Store(engine)
        store.add_meeting(bundle())
        script_morning(store)
        if finished:
            finish_morning(store)
            script_afternoon(store)
    finally:
        engine.dispose()
    return path


# --- reading the exports back ---------------------------------------------------------------------


@dataclass
class CsvReport:
    """A report CSV read back: the header fields and each table as a list of dicts."""

    header: dict[str, str]
    notes: list[str]
    tables: dict[str, list[dict[str, str]]]
    titles: dict[str, str]


def read_report_csv(path: Path) -> CsvReport:
    """Parse the documented layout: ``label,value`` rows, then blank-line separated tables
    each opened by ``Table,<key>,<title>`` and a row of column titles."""
    import csv

    text = path.read_bytes()
    assert text.startswith(b"\xef\xbb\xbf"), "the CSV starts with a UTF-8 byte-order mark"
    rows = list(csv.reader(text.decode("utf-8-sig").splitlines()))
    header: dict[str, str] = {}
    notes: list[str] = []
    tables: dict[str, list[dict[str, str]]] = {}
    titles: dict[str, str] = {}
    index = 0
    while index < len(rows) and rows[index]:
        label, value = rows[index]
        if label == "Note":
            notes.append(value)
        else:
            header[label] = value
        index += 1
    while index < len(rows):
        assert rows[index] == [], f"row {index + 1}: a table starts after an empty row"
        marker = rows[index + 1]
        assert marker[0] == "Table" and len(marker) == 3, marker
        key = marker[1]
        titles[key] = marker[2]
        columns = rows[index + 2]
        index += 3
        body = []
        while index < len(rows) and rows[index]:
            assert len(rows[index]) == len(columns), rows[index]
            body.append(dict(zip(columns, rows[index], strict=True)))
            index += 1
        tables[key] = body
    return CsvReport(header, notes, tables, titles)
