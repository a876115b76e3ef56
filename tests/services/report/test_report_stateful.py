"""The report's numbers against a plain model of wall time, under random chair actions.

A Hypothesis state machine plays a chair on the real console code: ``SessionService`` (its
undo stack, its interposition that adds a separate intervention entry) over a
``CommandRunner`` committing every command to a real SQLite file, on an injected clock that
moves only when the machine waits. Actions: give the floor to any waiting or skipped speaker,
start/pause, ± time, set the time left, restart the countdown, interpose someone and resume
the interrupted speaker, skip, end the turn, undo and redo, wait (0 ms to 2 min, odd
milliseconds included).

The reference (``turn_model``) keeps the intervals each turn's clock ran and its speaker held
the floor, and knows nothing of the code under test. After every step the report of the
session as the console holds it equals the model to the millisecond: every turn (planned,
allotted, spoken, paused, overrun, start, end, status), every agenda item, the session, and the
totals by stakeholder group, gender and room/remote, whose sums are the total speaking time.
On some steps (a rule) and at the end of every run the report is read from the file instead
(``load_report``, what the CLI and the report window read) and must say the same; its CSV and
XLSX (read back with ``csv`` and openpyxl) carry the same milliseconds, and at the end its PDF
(``pdftotext``) the same whole seconds.

Profiles (``MODERATOR_HYPOTHESIS_PROFILE``, see ``tests/conftest.py``): ci 20 runs × 30
steps (derandomized), dev 40 × 40, long 500 × 80 for a soak by hand::

    MODERATOR_HYPOTHESIS_PROFILE=long .venv/bin/python -m pytest \
        tests/services/report/test_report_stateful.py
"""

from __future__ import annotations

import csv
import functools
import os
import re
import shutil
import subprocess
import tempfile
import time
import unicodedata
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)
from turn_model import Entry, Person, World

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
from moderator.domain.order_keys import evenly_spaced_keys
from moderator.domain.report import BalanceTally, Report, session_balance, session_report
from moderator.services.chair.command_runner import CommandRunner
from moderator.services.chair.session_service import SessionService
from moderator.services.chair.time_source import TimeSource
from moderator.services.report.report_export import ReportFormat, load_report, write_report
from moderator.services.report.report_tables import report_document
from moderator.storage.database import open_database
from moderator.storage.repository import MeetingBundle, Store

PROFILE = os.environ.get("MODERATOR_HYPOTHESIS_PROFILE", "dev")
EXAMPLES, STEPS = {"ci": (20, 30), "dev": (40, 40), "long": (500, 80)}.get(PROFILE, (40, 40))
#: Generating takes well under a minute in ci; a failure is then shrunk for up to five minutes
#: (Hypothesis's own limit), and a timeout would hide the shrunk example.
TIMEOUT_S = 600 + EXAMPLES * STEPS // 2
#: How often each rule ran, printed with the test's output (``-s``): the chair's actions
#: the runs exercised.
RULES_RUN: Counter[str] = Counter()

needs_pdftotext = pytest.mark.skipif(
    shutil.which("pdftotext") is None,
    reason="needs poppler-utils (pdftotext): scripts/setup.sh installs it",
)

#: 2 June 2025 09:00 UTC: the wall clock the console starts from.
WALL_NS = 1_748_854_800_000 * 1_000_000
SESSION_ID = "s-1"
G = StakeholderGroup
ROOM, REMOTE = Attendance.IN_ROOM, Attendance.REMOTE

#: id, name, group, where, gender as recorded (case and blanks vary; one not recorded)
PEOPLE = [
    ("p-ann", "Ann", G.MEMBER_STATE, ROOM, "woman"),
    ("p-ben", "Ben", G.PARLIAMENT, REMOTE, "Man"),
    ("p-cy", "Cy", G.CIVIL_SOCIETY, ROOM, None),
    ("p-dee", "Dee", G.UN_ENTITY, REMOTE, " Woman "),
    ("p-eli", "Eli", G.OTHER, ROOM, "non-binary"),
]
#: agenda item id, title, planned ms (0: none planned)
ITEMS = [("i-a", "Item A", 600_000), ("i-b", "Item B", 0)]
#: entry id, person, item, speech type, allotted ms, origin
ENTRIES = [
    ("e1", "p-ann", "i-a", SpeechType.STATEMENT, 180_000, "scheduled"),
    ("e2", "p-ben", "i-a", SpeechType.STATEMENT, 120_500, "scheduled"),
    ("e3", "p-cy", "i-a", SpeechType.FLOOR, 60_000, "room_request"),
    ("e4", "p-dee", "i-b", SpeechType.STATEMENT, 90_001, "scheduled"),
    ("e5", "p-eli", "i-b", SpeechType.FLOOR, 45_000, "remote_hand"),
    ("e6", "p-ann", "i-b", SpeechType.FLOOR, 30_000, "room_request"),
]
ORIGINAL_ENTRIES = [entry_id for entry_id, *_ in ENTRIES]
STATUS_LABELS = {"done": "Done", "running": "Running", "interrupted": "Interrupted"}


def bundle(start_ms: int) -> MeetingBundle:
    meeting = Meeting(id="m-1", title="Balance check", venue="Room 3", timezone="UTC")
    session = Session(SESSION_ID, "m-1", "Panel", "Room 3", start_ms, start_ms + 20 * 60_000)
    people = [
        Participant(pid, "m-1", name, organisation="Org", stakeholder_group=group,
                    attendance=where, gender=gender)
        for pid, name, group, where, gender in PEOPLE
    ]  # fmt: skip
    items = [
        AgendaItem(iid, SESSION_ID, n, title, planned)
        for n, (iid, title, planned) in enumerate(ITEMS, start=1)
    ]
    keys = evenly_spaced_keys(len(ENTRIES))
    entries = [
        SpeakerEntry(eid, item, pid, speech_type, allotted, key, origin=origin)
        for (eid, pid, item, speech_type, allotted, origin), key in zip(ENTRIES, keys, strict=True)
    ]
    return MeetingBundle(meeting, people, [session], items, entries)


def world(start_ms: int) -> World:
    return World(
        people={
            pid: Person(pid, name, group.label, where.label, gender)
            for pid, name, group, where, gender in PEOPLE
        },
        entries={
            eid: Entry(eid, pid, item, allotted) for eid, pid, item, _, allotted, _ in ENTRIES
        },
        item_planned={iid: planned for iid, _, planned in ITEMS},
        scheduled_end=start_ms + 20 * 60_000,
    )


def mss(ms: int) -> str:
    """Whole seconds, as the PDF shows a duration: m:ss, h:mm:ss from an hour."""
    seconds = ms // 1000
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes}:{seconds:02d}"


def ms_of(seconds_text: str) -> int:
    """The CSV's seconds (``95.4``) back to milliseconds, exactly."""
    whole, _, fraction = seconds_text.partition(".")
    return int(whole) * 1000 + int((fraction + "000")[:3])


def seconds(ms: int) -> str:
    """Milliseconds as the CSV writes seconds: 95.4, 120.5, 0.001."""
    text = f"{ms / 1000:.3f}".rstrip("0").rstrip(".")
    return text


# --- comparing a report with the model ---------------------------------------------------------


def check_report(report: Report, model: World, now: int) -> None:
    turns = {
        t.turn_id: (
            t.planned_ms,
            t.allotted_ms,
            t.spoken_ms,
            t.paused_ms,
            t.overrun_ms,
            t.started_at_ms,
            t.ended_at_ms,
            t.status.value,
        )
        for t in report.turns
    }
    assert turns == model.turn_numbers(now)

    items = {}
    for line in report.agenda_items:
        finished = (None, None, None) if line.running else (
            line.last_end_ms, line.actual_ms, line.overrun_ms
        )  # fmt: skip
        items[line.agenda_item_id] = (
            line.turns,
            line.speaking_ms,
            line.first_start_ms,
            line.running,
            *finished,
        )
    assert items == model.item_numbers(now)

    total = model.total(now)
    assert report.total_speaking_ms == total
    (session,) = report.sessions
    assert (session.turns, session.speaking_ms) == (len(model.turns), total)
    starts = [t.started for t in model.turns.values()]
    assert session.actual_start_ms == (min(starts) if starts else None)
    if model.turns and all(t.ended is not None for t in model.turns.values()):
        last = max(t.ended for t in model.turns.values() if t.ended is not None)
        assert (session.actual_end_ms, session.overrun_ms) == (last, last - model.scheduled_end)

    for key, totals, every in (
        ("group", report.by_group, [g.label for g in StakeholderGroup]),
        ("gender", report.by_gender, None),
        ("where", report.by_attendance, [a.label for a in Attendance]),
    ):
        shown = {t.label: (t.speakers, t.turns, t.speaking_ms) for t in totals if t.turns}
        assert shown == model.balance(key, now), key
        if every is not None:  # every group and place is listed, even with nothing
            assert [t.label for t in totals] == every
        assert sum(t.speaking_ms for t in totals) == total, key
        assert sum(t.turns for t in totals) == len(model.turns), key
        for t in totals:
            assert t.share == (t.speaking_ms / total if total else 0.0)


def model_turn_rows(model: World, now: int) -> Counter:
    """(speaker, planned, allotted, spoken, paused, overrun, status) per turn, in ms."""
    return Counter(
        (
            model.people[t.person].name,
            t.planned,
            t.allotted,
            t.spoken(now),
            t.paused(now),
            t.overrun(now),
            STATUS_LABELS[model.status(t)],
        )
        for t in model.turns.values()
    )


def check_csv(path: Path, model: World, now: int) -> None:
    rows = list(csv.reader(path.read_text(encoding="utf-8-sig").splitlines()))
    tables: dict[str, list[dict[str, str]]] = {}
    index = next(i for i, row in enumerate(rows) if row[:1] == ["Table"])
    while index < len(rows):
        if rows[index][:1] == ["Table"]:
            key, titles = rows[index][1], rows[index + 1]
            tables[key] = []
            index += 2
            while index < len(rows) and rows[index]:
                tables[key].append(dict(zip(titles, rows[index], strict=True)))
                index += 1
        index += 1
    durations = ("Planned (s)", "Allotted (s)", "Spoken (s)", "Paused (s)", "Overrun (s)")
    got = Counter(
        (row["Speaker"], *(ms_of(row[d]) for d in durations), row["Status"])
        for row in tables["speakers"]
    )
    assert got == model_turn_rows(model, now)
    for key, table in (("group", "groups"), ("gender", "genders"), ("where", "attendance")):
        body = {row[next(iter(row))]: row for row in tables[table]}
        total = body.pop("Total")
        expected = model.balance(key, now)
        shown = {
            label: (int(row["Speakers"]), int(row["Turns"]), ms_of(row["Speaking time (s)"]))
            for label, row in body.items()
            if int(row["Turns"])
        }
        assert shown == expected, table
        assert total["Speaking time (s)"] == seconds(model.total(now))
    for row in tables["agenda_items"]:
        item = next(iid for iid, title, _ in ITEMS if title == row["Agenda item"])
        turns, speaking, *_ = model.item_numbers(now)[item]
        assert (int(row["Turns"]), ms_of(row["Speaking time (s)"])) == (
            turns,
            speaking,
        )


def check_xlsx(path: Path, model: World, now: int) -> None:
    from openpyxl import load_workbook

    workbook = load_workbook(path, read_only=True)
    try:
        rows = list(workbook["Speakers"].iter_rows(values_only=True))
        titles = rows[0]
        durations = ("Planned", "Allotted", "Spoken", "Paused", "Overrun")

        def ms(value) -> int:
            return round(value.total_seconds() * 1000)

        got = Counter()
        for values in rows[1:]:
            row = dict(zip(titles, values, strict=True))
            got[(row["Speaker"], *(ms(row[d]) for d in durations), row["Status"])] += 1
        assert got == model_turn_rows(model, now)
        rows = list(workbook["By gender"].iter_rows(values_only=True))
        shown = {
            label: (speakers, turns, ms(speaking))
            for label, speakers, turns, speaking, _ in rows[1:]
            if label != "Total" and turns
        }
        assert shown == model.balance("gender", now)
        assert ms(rows[-1][3]) == model.total(now)
    finally:
        workbook.close()


def check_pdf(path: Path, model: World, now: int) -> None:
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    lines = [
        re.sub(r"\s+", " ", unicodedata.normalize("NFKC", line)).strip()
        for line in text.splitlines()
    ]
    joined = "\n".join(lines)
    for (name, planned, allotted, spoken, paused, overrun, status), count in model_turn_rows(
        model, now
    ).items():
        numbers = " ".join(mss(ms) for ms in (planned, allotted, spoken, paused, overrun))
        found = sum(1 for line in lines if f"{numbers} {status}" in line and name in line)
        assert found >= count, f"{name}: {numbers} {status} not in the PDF:\n{joined}"
    total = model.total(now)
    for key in ("group", "gender", "where"):
        for label, (speakers, turns, speaking) in model.balance(key, now).items():
            share = f"{speaking / total * 100:.1f} %" if total else "0.0 %"
            row = f"{label} {speakers} {turns} {mss(speaking)} {share}"
            assert any(row in line for line in lines), f"{row!r} not in the PDF:\n{joined}"
    assert f"Speaking time {mss(total)} in {len(model.turns)} turn" in joined
    for term in ("Spoken:", "Paused:", "Allotted:", "Overrun of a speaker:"):  # the legend
        assert term in joined


# --- the machine ---------------------------------------------------------------------------------


def step(function: Callable[..., None]) -> Callable[..., None]:
    """Marks the machine failed while a step runs: a step that raised leaves it so, and the
    teardown then only cleans up (a second failure would hide the first)."""

    @functools.wraps(function)
    def wrapper(self: ReportMachine, **kwargs: Any) -> None:
        RULES_RUN[function.__name__] += 1
        self.failed = True
        function(self, **kwargs)
        self.failed = False

    return wrapper


class ReportMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.failed = True  # until a step has completed
        self.folder = Path(tempfile.mkdtemp(prefix="moderator-report-"))
        self.engine = open_database(self.folder / "moderator.sqlite3")
        self.store = Store(self.engine)
        self.monotonic_ns = 0
        time_source = TimeSource(wall_ns=lambda: WALL_NS, monotonic_ns=lambda: self.monotonic_ns)
        start = time_source.now_ms()
        self.store.add_meeting(bundle(start))
        runner = CommandRunner(self.store, self.store.load_session_state(SESSION_ID), time_source)
        self.service = SessionService(runner)
        self.tally = BalanceTally()
        self.rejections: list[str] = []
        self.service.sig_rejected.connect(self.rejections.append)
        self.model = world(start)
        self.now = start
        self.history: list[tuple[World, tuple]] = []  # (the model before, the action)
        self.undone: list[tuple] = []
        self.failed = False

    # --- helpers -------------------------------------------------------------------------------

    @property
    def state(self):
        return self.service.state

    def perform(self, action: tuple, real) -> None:
        """Do ``action`` on the console (``real()``, which must succeed) and on the model."""
        before_turns = set(self.state.turns)
        before_entries = {e.id for e in self.state.entries}
        snapshot = self.model.snapshot()
        self.rejections.clear()
        assert real(), f"{action} refused: {self.rejections}"
        new_turns = set(self.state.turns) - before_turns
        new_entries = {e.id for e in self.state.entries} - before_entries
        action = self.apply_to_model(action, new_turns, new_entries)
        self.history.append((snapshot, action))

    def apply_to_model(self, action: tuple, new_turns: set[str], new_entries: set[str]) -> tuple:
        m, now = self.model, self.now
        match action:
            case ("start",):
                m.start(now)
            case ("pause",):
                m.pause(now)
            case ("adjust", delta):
                m.adjust(delta)
            case ("set", remaining):
                m.set_time(remaining, now)
            case ("restart",):
                m.restart(now)
            case ("give", entry_id):
                (turn_id,) = new_turns
                m.give(entry_id, turn_id, now)
            case ("interpose", person, entry_id):
                (turn_id,) = new_turns
                if entry_id is None:  # the console adds the intervention's entry
                    (entry_id,) = new_entries
                m.interpose(person, entry_id, turn_id, now)
                return ("interpose", person, entry_id)
            case ("end",):
                m.end_turn(now)
            case ("skip", entry_id):
                m.skip(entry_id)
            case _:
                raise AssertionError(action)
        return action

    def pick(self, ids: list[str], index: int) -> str | None:
        return ids[index % len(ids)] if ids else None

    def did(self, action: tuple, real) -> None:
        self.perform(action, real)
        self.undone.clear()

    # --- rules ---------------------------------------------------------------------------------

    @rule(ms=st.one_of(st.integers(0, 120_000), st.integers(0, 999)))
    @step
    def wait(self, ms: int) -> None:
        self.monotonic_ns += ms * 1_000_000
        self.now += ms
        assert self.service.now_ms() == self.now

    @precondition(lambda self: self.model.current is not None)
    @rule()
    @step
    def toggle_clock(self) -> None:
        cur = self.model.cur
        assert cur is not None
        self.did(("pause",) if cur.running else ("start",), self.service.toggle_clock)

    @precondition(lambda self: self.model.current is not None)
    @rule(delta=st.sampled_from([60_000, -60_000, 1, -1, 30_000, -250_000]))
    @step
    def adjust_time(self, delta: int) -> None:
        self.did(("adjust", delta), lambda: self.service.adjust_time(delta))

    @precondition(lambda self: self.model.current is not None)
    @rule(remaining=st.one_of(st.integers(0, 300_000), st.just(0)))
    @step
    def set_time(self, remaining: int) -> None:
        if not self.model.set_time_changes(remaining, self.now):
            assert not self.service.set_time(remaining)  # nothing to change: no undo step
            self.undone.clear()  # but, as any action tried, the end of what could be redone
            return
        self.did(("set", remaining), lambda: self.service.set_time(remaining))

    @precondition(lambda self: self.model.current is not None)
    @rule()
    @step
    def restart(self) -> None:
        self.did(("restart",), self.service.reset_clock)

    @rule(index=st.integers(0, 100))
    @step
    def give_floor(self, index: int) -> None:
        entry_id = self.pick([e for e in ORIGINAL_ENTRIES if self.model.can_give(e)], index)
        if entry_id is not None:
            self.did(("give", entry_id), lambda: self.service.give_floor_to(entry_id))

    @precondition(lambda self: self.model.current is not None and self.model.paused_for is None)
    @rule(index=st.integers(0, 100))
    @step
    def interpose(self, index: int) -> None:
        entry_id = self.pick([e for e in ORIGINAL_ENTRIES if self.model.can_interpose(e)], index)
        if entry_id is not None:
            person = self.model.entries[entry_id].person
            self.did(("interpose", person, None), lambda: self.service.interpose(entry_id))

    @precondition(lambda self: self.model.paused_for is not None)
    @rule()
    @step
    def resume(self) -> None:
        self.did(("end",), self.service.next_speaker)

    @precondition(lambda self: self.model.current is not None and self.model.paused_for is None)
    @rule()
    @step
    def end_turn(self) -> None:
        cur = self.model.cur
        assert cur is not None
        self.did(("end",), lambda: self.service.mark_done(cur.entry))

    @rule(index=st.integers(0, 100))
    @step
    def skip(self, index: int) -> None:
        waiting = [e for e in ORIGINAL_ENTRIES if self.model.entries[e].state == "waiting"]
        entry_id = self.pick(waiting, index)
        if entry_id is not None:
            self.did(("skip", entry_id), lambda: self.service.skip_entry(entry_id))

    @precondition(lambda self: bool(self.history))
    @rule()
    @step
    def undo(self) -> None:
        before, action = self.history.pop()
        self.rejections.clear()
        assert self.service.undo() is not None, f"undo of {action} refused: {self.rejections}"
        self.model = before
        self.undone.append(action)

    @precondition(lambda self: bool(self.undone))
    @rule()
    @step
    def redo(self) -> None:
        action = self.undone.pop()
        self.perform(action, lambda: self.service.redo() is not None)

    @precondition(lambda self: len(self.history) % 4 == 3)  # now and then: it writes files
    @rule()
    @step
    def read_from_the_file(self) -> None:
        """What the report window and the CLI read: the file, not the console's memory."""
        self.check_stored(with_pdf=False)

    # --- checks --------------------------------------------------------------------------------

    @invariant()
    @step
    def the_report_equals_the_model(self) -> None:
        report = session_report(self.state, self.now)
        check_report(report, self.model, self.now)
        # The console's live balance panel shows these sums while turns run: the same model.
        balance = session_balance(self.state, self.now)
        assert balance.speaking_ms == self.model.total(self.now)
        assert balance.turns == len(self.model.turns)
        assert (balance.by_group, balance.by_gender, balance.by_attendance) == (
            report.by_group,
            report.by_gender,
            report.by_attendance,
        )
        # And as the panel keeps it from one step to the next.
        assert self.tally.balance(self.state, self.now) == balance

    def check_stored(self, with_pdf: bool) -> None:
        report = load_report(self.store, self.now, session_id=SESSION_ID)
        check_report(report, self.model, self.now)
        assert report == session_report(self.state, self.now)
        document = report_document(report)
        formats = [ReportFormat.CSV, ReportFormat.XLSX] + ([ReportFormat.PDF] if with_pdf else [])
        checks = {
            ReportFormat.CSV: check_csv,
            ReportFormat.XLSX: check_xlsx,
            ReportFormat.PDF: check_pdf,
        }
        for fmt in formats:
            path = self.folder / f"report.{fmt.value}"
            write_report(document, path, fmt)
            checks[fmt](path, self.model, self.now)

    def teardown(self) -> None:
        try:
            if not self.failed:
                self.failed = True  # a failure below must not run it twice
                self.check_stored(with_pdf=True)
        finally:
            self.engine.dispose()
            shutil.rmtree(self.folder, ignore_errors=True)


@needs_pdftotext
@pytest.mark.timeout(TIMEOUT_S)
def test_the_report_equals_a_model_of_wall_time(qapp) -> None:
    started = time.monotonic()
    run_state_machine_as_test(
        ReportMachine,
        settings=settings(
            max_examples=EXAMPLES,
            stateful_step_count=STEPS,
            deadline=None,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
        ),
    )
    print(f"{EXAMPLES} runs × up to {STEPS} steps in {time.monotonic() - started:.1f} s")
    print(", ".join(f"{name} {count}" for name, count in sorted(RULES_RUN.items())))
