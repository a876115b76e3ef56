"""A plain reference model of a chaired session in wall time, for the report's state machine.

Written from the definitions the report states (README, *Reports*), not from the code under
test: each turn keeps the intervals its clock ran and the intervals its speaker held the
floor, as ``[start, end]`` pairs (``end`` ``None`` while open). Then

- spoken = the total length of the running intervals;
- paused = the total length of the floor intervals, less spoken;
- allotted = planned, moved by ± (never below zero) and set time (spoken + the time set), and
  by a restart (spoken so far + the planned time again);
- overrun = max(0, spoken − allotted).

An undo puts the whole model back as it was before the action (a deep copy): an interval
that was open then is open now, so the time since counts as the action never happened. A redo
is the same action performed again, now.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field

#: An interposed intervention's time (the meeting's default for interventions).
INTERVENTION_MS = 60_000


def length(intervals: list[list[int | None]], now: int) -> int:
    return sum((end if end is not None else now) - start for start, end in intervals)


def close(intervals: list[list[int | None]], now: int) -> None:
    if intervals and intervals[-1][1] is None:
        intervals[-1][1] = now


@dataclass
class Person:
    id: str
    name: str
    group: str  # the label the report shows
    where: str
    gender: str | None  # as recorded (any case, blanks)

    @property
    def gender_label(self) -> str:
        if self.gender is None or not self.gender.strip():
            return "Not recorded"
        text = self.gender.strip().lower()
        return text[0].upper() + text[1:]


@dataclass
class Entry:
    id: str
    person: str
    item: str
    planned: int
    state: str = "waiting"  # waiting, skipped, speaking, interrupted, done


@dataclass
class ModelTurn:
    id: str
    entry: str
    person: str
    item: str
    planned: int
    allotted: int
    started: int
    ended: int | None = None
    runs: list[list[int | None]] = field(default_factory=list)
    floor: list[list[int | None]] = field(default_factory=list)
    idle: bool = False  # restarted while stopped: "ready"
    interrupted: bool = False

    @property
    def running(self) -> bool:
        return bool(self.runs) and self.runs[-1][1] is None

    def spoken(self, now: int) -> int:
        return length(self.runs, now)

    def paused(self, now: int) -> int:
        return length(self.floor, now) - self.spoken(now)

    def overrun(self, now: int) -> int:
        return max(0, self.spoken(now) - self.allotted)

    def end(self, now: int) -> None:
        close(self.runs, now)
        close(self.floor, now)
        self.ended = now


@dataclass
class World:
    """The session as the chair would tell it with a stopwatch and a notebook."""

    people: dict[str, Person]
    entries: dict[str, Entry]
    item_planned: dict[str, int]
    scheduled_end: int
    turns: dict[str, ModelTurn] = field(default_factory=dict)
    current: str | None = None  # turn id with the floor
    paused_for: str | None = None  # turn id interrupted by an intervention

    def snapshot(self) -> World:
        return copy.deepcopy(self)

    @property
    def cur(self) -> ModelTurn | None:
        return self.turns[self.current] if self.current else None

    # --- what the chair may do ------------------------------------------------------------------

    def can_give(self, entry_id: str) -> bool:
        return self.entries[entry_id].state in ("waiting", "skipped")

    def can_interpose(self, entry_id: str) -> bool:
        cur = self.cur
        return (
            cur is not None
            and self.paused_for is None
            and self.entries[entry_id].state not in ("speaking", "interrupted")
            and self.entries[entry_id].person != cur.person
        )

    def set_time_changes(self, remaining: int, now: int) -> bool:
        cur = self.cur
        return cur is not None and cur.spoken(now) + remaining != cur.allotted

    # --- the actions ----------------------------------------------------------------------------

    def start(self, now: int) -> None:
        cur = self.cur
        assert cur is not None and not cur.running
        cur.runs.append([now, None])
        cur.idle = False

    def pause(self, now: int) -> None:
        cur = self.cur
        assert cur is not None and cur.running
        close(cur.runs, now)

    def adjust(self, delta: int) -> None:
        cur = self.cur
        assert cur is not None
        cur.allotted = max(0, cur.allotted + delta)

    def set_time(self, remaining: int, now: int) -> None:
        cur = self.cur
        assert cur is not None
        cur.allotted = cur.spoken(now) + remaining

    def restart(self, now: int) -> None:
        cur = self.cur
        assert cur is not None
        cur.allotted = cur.spoken(now) + self.entries[cur.entry].planned
        cur.idle = not cur.running

    def _close_floor(self, now: int) -> None:
        """The speaker with the floor is done; so is one they had interrupted."""
        cur = self.cur
        if cur is not None:
            cur.end(now)
            self.entries[cur.entry].state = "done"
        if self.paused_for is not None:
            waiting = self.turns[self.paused_for]
            waiting.end(now)
            waiting.interrupted = False
            self.entries[waiting.entry].state = "done"
        self.current = self.paused_for = None

    def _open(self, turn_id: str, entry_id: str, now: int) -> None:
        entry = self.entries[entry_id]
        entry.state = "speaking"
        self.turns[turn_id] = ModelTurn(
            id=turn_id,
            entry=entry_id,
            person=entry.person,
            item=entry.item,
            planned=entry.planned,
            allotted=entry.planned,
            started=now,
            runs=[[now, None]],
            floor=[[now, None]],
        )
        self.current = turn_id

    def give(self, entry_id: str, turn_id: str, now: int) -> None:
        self._close_floor(now)
        self._open(turn_id, entry_id, now)

    def interpose(self, person: str, entry_id: str, turn_id: str, now: int) -> None:
        """``person`` interrupts: a new intervention entry ``entry_id`` of theirs, under the
        current speaker's agenda item, speaks in turn ``turn_id``."""
        cur = self.cur
        assert cur is not None and self.paused_for is None
        close(cur.runs, now)
        close(cur.floor, now)
        cur.interrupted = True
        self.entries[cur.entry].state = "interrupted"
        self.paused_for = cur.id
        self.entries[entry_id] = Entry(entry_id, person, cur.item, INTERVENTION_MS)
        self._open(turn_id, entry_id, now)

    def end_turn(self, now: int) -> None:
        """The speaker with the floor is done; an interrupted one resumes, clock running."""
        cur = self.cur
        assert cur is not None
        cur.end(now)
        self.entries[cur.entry].state = "done"
        self.current = None
        if self.paused_for is not None:
            back = self.turns[self.paused_for]
            back.interrupted = False
            back.runs.append([now, None])
            back.floor.append([now, None])
            back.idle = False
            self.entries[back.entry].state = "speaking"
            self.current, self.paused_for = back.id, None

    def skip(self, entry_id: str) -> None:
        assert self.entries[entry_id].state == "waiting"
        self.entries[entry_id].state = "skipped"

    # --- what the report must say ---------------------------------------------------------------

    def status(self, turn: ModelTurn) -> str:
        if turn.ended is not None:
            return "done"
        return "interrupted" if turn.interrupted else "running"

    def turn_numbers(self, now: int) -> dict[str, tuple]:
        """Per turn: planned, allotted, spoken, paused, overrun, start, end, status."""
        return {
            t.id: (
                t.planned,
                t.allotted,
                t.spoken(now),
                t.paused(now),
                t.overrun(now),
                t.started,
                t.ended,
                self.status(t),
            )
            for t in self.turns.values()
        }

    def total(self, now: int) -> int:
        return sum(t.spoken(now) for t in self.turns.values())

    def item_numbers(self, now: int) -> dict[str, tuple]:
        """Per agenda item: turns, speaking, first start, whether someone of it still has a
        turn open, and once nobody has: last end, actual (first start to last end) and overrun
        (``None`` for an item without a planned duration)."""
        numbers = {}
        for item, planned in self.item_planned.items():
            mine = [t for t in self.turns.values() if t.item == item]
            first = min((t.started for t in mine), default=None)
            running = any(t.ended is None for t in mine)
            last = actual = overrun = None
            if mine and not running:
                last = max(t.ended for t in mine if t.ended is not None)
                actual = last - first
                overrun = max(0, actual - planned) if planned else None
            speaking = sum(t.spoken(now) for t in mine)
            numbers[item] = (len(mine), speaking, first, running, last, actual, overrun)
        return numbers

    def balance(self, key: str, now: int) -> dict[str, tuple[int, int, int]]:
        """(speakers, turns, speaking) by group label, gender label or where."""
        speakers: dict[str, set[str]] = {}
        turns: dict[str, int] = {}
        speaking: dict[str, int] = {}
        for turn in self.turns.values():
            person = self.people[turn.person]
            label = {"group": person.group, "gender": person.gender_label, "where": person.where}
            bucket = label[key]
            speakers.setdefault(bucket, set()).add(person.id)
            turns[bucket] = turns.get(bucket, 0) + 1
            speaking[bucket] = speaking.get(bucket, 0) + turn.spoken(now)
        return {b: (len(speakers[b]), turns[b], speaking[b]) for b in speakers}
