"""The numbers of the session report: who spoke, for how long, against what was planned.

Organisers ask after a meeting how far each speaker, agenda item and session ran over, and how
the floor was shared between stakeholder groups, genders and the room and remote participants.
This module answers from the turn log alone (``SessionState.turns`` and the list entries they
came from), for one session or for every session of a meeting, as of a given "now": a turn
still running counts with its time so far and is marked so; ``session_balance`` gives the
balance totals alone, for the console's live panel.

The accounting of a turn, which the report states in its notes (``DEFINITIONS``):

- spoken: the time the speaker's clock ran, whatever the chair did to the countdown (a restart,
  a set time, ± time change what is left, never what was spoken);
- paused: the time the clock stood still while the speaker held the floor (not the time they
  waited for an interposed intervention: that is the intervention's spoken time);
- allotted: the planned time, plus or minus the chair's adjustments (± and set time), plus the
  time a restart gave back (what had been spoken before it);
- overrun: spoken beyond the final allotment, never negative.

So start to end = spoken + paused + the interventions interposed in the turn
(``moderator.domain.timing.floor_time``). It is pure: no Qt, no storage, no
clock reading, no time zones (the exports format the instants; see
``moderator.services.report.report_tables``). All times are integer milliseconds.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from moderator.domain.model import (
    AgendaItem,
    Attendance,
    EntryOrigin,
    HandSource,
    Meeting,
    Participant,
    Session,
    SpeakerEntry,
    SpeechType,
    StakeholderGroup,
    Turn,
)
from moderator.domain.session_state import SessionState
from moderator.domain.timing.floor_time import Nesting, nestings, paused_ms
from moderator.domain.translatable import QT_TRANSLATE_NOOP

#: The gender bucket of speakers whose gender was not recorded (``None`` or blank).
GENDER_NOT_RECORDED = "not recorded"

#: The definitions behind the numbers, stated with every report (screen, PDF, CSV, XLSX).
DEFINITIONS = (
    QT_TRANSLATE_NOOP(
        "Report",
        "Spoken: the time the speaker's clock ran, whatever was done to the countdown (a restart, "
        "a set time, ± time change what is left, never what was spoken).",
    ),
    QT_TRANSLATE_NOOP(
        "Report",
        "Paused: the time the clock stood still while the speaker held the floor (time waiting "
        "for an interposed intervention is the intervention's, not a pause).",
    ),
    QT_TRANSLATE_NOOP(
        "Report",
        "Allotted: the planned time, plus or minus the time added or removed (± and set time), "
        "plus the time a restart gave back (what had been spoken before it).",
    ),
    QT_TRANSLATE_NOOP(
        "Report",
        "Overrun of a speaker: spoken beyond the final allotment; of an agenda item: actual "
        "(first start to last end) beyond planned; of a session: actual end against scheduled "
        "end (− finished early), and while it runs, how far it is already past its scheduled end.",
    ),
)

#: How the report names a turn that interrupted another one.
INTERPOSED_LABEL = QT_TRANSLATE_NOOP("Label", "Interposed")


class TurnStatus(StrEnum):
    """Where a turn stands when the report is made."""

    DONE = "done"
    RUNNING = "running"  # has the floor now: counted with its time so far
    INTERRUPTED = "interrupted"  # paused for an interposed intervention, resumes after it

    @property
    def label(self) -> str:
        return {
            TurnStatus.DONE: QT_TRANSLATE_NOOP("Label", "Done"),
            TurnStatus.RUNNING: QT_TRANSLATE_NOOP("Label", "Running"),
            TurnStatus.INTERRUPTED: QT_TRANSLATE_NOOP("Label", "Interrupted"),
        }[self]


class ReportScope(StrEnum):
    SESSION = "session"
    MEETING = "meeting"


@dataclass(frozen=True, slots=True)
class TurnLine:
    """One turn: planned against actual for one speaker holding the floor once.

    ``planned_ms`` is the list entry's allotment (the plan); ``allotted_ms`` the final one,
    after the chair added or removed time and any time a restart gave back; ``spoken_ms`` the
    time the clock ran; ``paused_ms`` the time it stood still while the speaker held the floor;
    ``overrun_ms`` is ``max(0, spoken − allotted)``, as the speaker's countdown showed it.
    """

    turn_id: str
    session_id: str
    session_title: str
    agenda_item_id: str
    agenda_item_title: str
    participant_id: str
    speaker: str
    organisation: str
    stakeholder_group: StakeholderGroup
    attendance: Attendance
    gender: str | None
    speech_type: SpeechType
    origin: EntryOrigin
    planned_ms: int
    allotted_ms: int
    spoken_ms: int
    paused_ms: int
    overrun_ms: int
    started_at_ms: int
    ended_at_ms: int | None  # None while the turn is open
    status: TurnStatus
    #: The turn interrupted another one (an interposed intervention).
    interposed: bool = False
    #: Where the hand that put them on the list was raised (``None``: no hand, or not known).
    hand_source: HandSource | None = None

    @property
    def how_label(self) -> str:
        """How they got the floor: a point of order is named as such, so is an interposed
        intervention; else where the request came from (scheduled, a floor request in the
        room, a remote hand, and where that hand was raised: "Remote hand (Zoom)")."""
        if self.speech_type is SpeechType.POINT_OF_ORDER:
            return SpeechType.POINT_OF_ORDER.label
        if self.interposed:
            return INTERPOSED_LABEL
        if self.origin is EntryOrigin.REMOTE_HAND and self.hand_source not in (
            None,
            HandSource.ROOM,
        ):
            return f"{self.origin.label} ({self.hand_source.description})"
        return self.origin.label


@dataclass(frozen=True, slots=True)
class AgendaItemLine:
    """Planned duration of an agenda item against its actual one (first start to last end).

    ``actual_ms`` and ``overrun_ms`` are ``None`` when nobody has spoken under the item yet;
    ``overrun_ms`` is also ``None`` when the item has no planned duration (nothing to overrun).
    """

    session_id: str
    session_title: str
    agenda_item_id: str
    position: int
    title: str
    planned_ms: int
    turns: int
    speaking_ms: int
    first_start_ms: int | None
    last_end_ms: int | None
    actual_ms: int | None
    overrun_ms: int | None
    running: bool


@dataclass(frozen=True, slots=True)
class SessionLine:
    """A session's schedule against what happened.

    ``overrun_ms`` is the actual end minus the scheduled end: positive when the session ran
    late, negative when it finished early; ``None`` without turns or a scheduled end. While a
    turn runs (``running``) the session has no actual end yet (``actual_end_ms`` is ``None``)
    and ``overrun_ms`` is how far it has already run past its scheduled end: never negative,
    since a session still running cannot have finished early (0 before its scheduled end).
    """

    session_id: str
    title: str
    room: str
    scheduled_start_ms: int
    scheduled_end_ms: int
    actual_start_ms: int | None
    actual_end_ms: int | None
    turns: int
    speaking_ms: int
    overrun_ms: int | None
    running: bool


@dataclass(frozen=True, slots=True)
class GroupTotal:
    """Speaking time and number of turns of one group of speakers (a stakeholder group, a
    gender, the room or remote). ``share`` is its part of all speaking time, 0..1."""

    key: str
    label: str
    speakers: int
    turns: int
    speaking_ms: int
    share: float


@dataclass(frozen=True, slots=True)
class Balance:
    """How the floor has been shared: the report's speaking time by stakeholder group, gender
    and room/remote, and their sum, without the rest of the report (the console shows it live,
    at every second of a running turn). ``running`` is true while a turn counts its time so far.
    """

    by_group: tuple[GroupTotal, ...]
    by_gender: tuple[GroupTotal, ...]
    by_attendance: tuple[GroupTotal, ...]
    speaking_ms: int
    turns: int
    running: bool
    as_of_ms: int


@dataclass(frozen=True, slots=True)
class Report:
    """Everything the report shows, for one session (``scope`` SESSION) or a meeting."""

    scope: ReportScope
    meeting: Meeting
    sessions: tuple[SessionLine, ...]
    turns: tuple[TurnLine, ...]
    agenda_items: tuple[AgendaItemLine, ...]
    by_group: tuple[GroupTotal, ...]
    by_gender: tuple[GroupTotal, ...]
    by_attendance: tuple[GroupTotal, ...]
    generated_at_ms: int

    @property
    def total_turns(self) -> int:
        return len(self.turns)

    @property
    def total_speaking_ms(self) -> int:
        return sum(turn.spoken_ms for turn in self.turns)

    @property
    def is_empty(self) -> bool:
        return not self.turns

    @property
    def has_running_turn(self) -> bool:
        return any(turn.status is TurnStatus.RUNNING for turn in self.turns)


def session_report(state: SessionState, now_ms: int) -> Report:
    """The report of one session as of ``now_ms``."""
    return _report(ReportScope.SESSION, state.meeting, [state], now_ms)


def session_balance(state: SessionState, now_ms: int) -> Balance:
    """The balance of one session as of ``now_ms``: the very totals ``session_report`` gives
    at that instant (the same turns, the same sums)."""
    return _balance(_session_turns(state, now_ms), now_ms)


class BalanceTally:
    """``session_balance`` for a window that shows it at every second of a running turn.

    Only the running turn's time moves from one second to the next; summing every finished
    turn again each second cost a long day's console 15–35 ms a second. The tally keeps the
    sums of the turns that do not move with time (finished, or paused for an intervention)
    and makes them again only when what they were made from changed (a turn, or the group,
    gender or place of a speaker): a second of a running turn adds that turn's time alone.
    The result is ``session_balance``'s, to the millisecond."""

    def __init__(self) -> None:
        self._made_from: list[tuple[object, ...]] | None = None
        self._still = _StillSums()

    def balance(self, state: SessionState, now_ms: int) -> Balance:
        running: Turn | None = None
        made_from: list[tuple[object, ...]] = []
        for turn in state.turns.values():
            if turn.ended_at_ms is None and turn.id == state.current_turn_id:
                running = turn
                continue
            person = state.participants.get(turn.participant_id)
            made_from.append(
                (
                    turn.id,
                    turn.spoken_ms,
                    turn.participant_id,
                    None
                    if person is None
                    else (person.stakeholder_group, person.attendance, person.gender),
                )
            )
        if made_from != self._made_from:
            self._still = _StillSums.of(state, running, now_ms)
            self._made_from = made_from
        moving = [] if running is None else [_turn_line(state, running, Nesting(), now_ms)]
        return self._still.balance_with(moving, now_ms)


@dataclass(frozen=True, slots=True)
class _Sums:
    """One bucket's sums: turns, speaking time, and the speakers (by id)."""

    turns: int = 0
    speaking_ms: int = 0
    speakers: frozenset[str] = frozenset()

    def plus(self, line: TurnLine) -> _Sums:
        return _Sums(
            self.turns + 1, self.speaking_ms + line.spoken_ms, self.speakers | {line.participant_id}
        )


#: The three breakdowns of a balance: how a line is sorted into each.
_KEYS: dict[str, Callable[[TurnLine], str]] = {
    "by_group": lambda line: line.stakeholder_group.value,
    "by_gender": lambda line: _gender_key(line),
    "by_attendance": lambda line: line.attendance.value,
}


@dataclass(frozen=True, slots=True)
class _StillSums:
    """The sums of the turns whose time does not move (all but the running one)."""

    turns: int = 0
    sums: tuple[tuple[str, dict[str, _Sums]], ...] = tuple((name, {}) for name in _KEYS)
    #: The genders as the lines record them (``None``: not recorded).
    genders: frozenset[str | None] = frozenset()

    @classmethod
    def of(cls, state: SessionState, running: Turn | None, now_ms: int) -> _StillSums:
        nested = nestings(state.turns.values(), now_ms)
        lines = tuple(
            _turn_line(state, turn, nested.get(turn.id, Nesting()), now_ms)
            for turn in state.turns.values()
            if turn is not running
        )
        sums = []
        for name, key_of in _KEYS.items():
            turns: dict[str, int] = {}
            speaking: dict[str, int] = {}
            speakers: dict[str, set[str]] = {}
            for line in lines:
                key = key_of(line)
                turns[key] = turns.get(key, 0) + 1
                speaking[key] = speaking.get(key, 0) + line.spoken_ms
                speakers.setdefault(key, set()).add(line.participant_id)
            sums.append(
                (
                    name,
                    {
                        key: _Sums(turns[key], speaking[key], frozenset(speakers[key]))
                        for key in turns
                    },
                )
            )
        return cls(len(lines), tuple(sums), frozenset(line.gender for line in lines))

    def balance_with(self, moving: list[TurnLine], now_ms: int) -> Balance:
        """The balance of these sums and the ``moving`` lines (the running turn's)."""
        total_ms = sum(name_sums.speaking_ms for name_sums in self.sums[0][1].values())
        total_ms += sum(line.spoken_ms for line in moving)
        buckets_of = {
            "by_group": [(group.value, group.label) for group in StakeholderGroup],
            "by_gender": _gender_buckets(
                [_GenderOnly(gender) for gender in self.genders | {m.gender for m in moving}]  # type: ignore[arg-type]
            ),
            "by_attendance": [(place.value, place.label) for place in Attendance],
        }
        totals = {}
        for name, sums in self.sums:
            key_of = _KEYS[name]
            mine = dict(sums)
            for line in moving:
                key = key_of(line)
                mine[key] = mine.get(key, _Sums()).plus(line)
            totals[name] = tuple(
                GroupTotal(
                    key=key,
                    label=label,
                    speakers=len(mine.get(key, _Sums()).speakers),
                    turns=mine.get(key, _Sums()).turns,
                    speaking_ms=mine.get(key, _Sums()).speaking_ms,
                    share=mine.get(key, _Sums()).speaking_ms / total_ms if total_ms else 0.0,
                )
                for key, label in buckets_of[name]
            )
        return Balance(
            by_group=totals["by_group"],
            by_gender=totals["by_gender"],
            by_attendance=totals["by_attendance"],
            speaking_ms=total_ms,
            turns=self.turns + len(moving),
            running=any(line.status is TurnStatus.RUNNING for line in moving),
            as_of_ms=now_ms,
        )


@dataclass(frozen=True, slots=True)
class _GenderOnly:
    """What ``_gender_buckets`` reads of a line."""

    gender: str | None


def meeting_report(meeting: Meeting, states: Sequence[SessionState], now_ms: int) -> Report:
    """The report of a meeting: its sessions (in the order given) and the totals over all."""
    foreign = [s.session.id for s in states if s.meeting.id != meeting.id]
    if foreign:
        raise ValueError(f"sessions {foreign} are not part of meeting {meeting.id}")
    return _report(ReportScope.MEETING, meeting, list(states), now_ms)


# --- building -----------------------------------------------------------------------------------


def _report(
    scope: ReportScope, meeting: Meeting, states: list[SessionState], now_ms: int
) -> Report:
    sessions: list[SessionLine] = []
    turns: list[TurnLine] = []
    items: list[AgendaItemLine] = []
    for state in states:
        session_turns = _session_turns(state, now_ms)
        turns += session_turns
        items += [
            _item_line(state.session, item, session_turns, now_ms) for item in state.agenda_items
        ]
        sessions.append(_session_line(state.session, session_turns, now_ms))
    balance = _balance(turns, now_ms)
    return Report(
        scope=scope,
        meeting=meeting,
        sessions=tuple(sessions),
        turns=tuple(turns),
        agenda_items=tuple(items),
        by_group=balance.by_group,
        by_gender=balance.by_gender,
        by_attendance=balance.by_attendance,
        generated_at_ms=now_ms,
    )


def _session_turns(state: SessionState, now_ms: int) -> list[TurnLine]:
    """A session's turns as of ``now_ms``, in the order they started."""
    nested = nestings(state.turns.values(), now_ms)
    return sorted(
        (
            _turn_line(state, turn, nested.get(turn.id, Nesting()), now_ms)
            for turn in state.turns.values()
        ),
        key=lambda line: (line.started_at_ms, line.turn_id),
    )


def _turn_line(state: SessionState, turn: Turn, nesting: Nesting, now_ms: int) -> TurnLine:
    entry = state.entry(turn.entry_id) if state.has_entry(turn.entry_id) else None
    participant = state.participants.get(turn.participant_id) or Participant(
        id=turn.participant_id, meeting_id=state.meeting.id, name="(unknown participant)"
    )
    item = _item_or_none(state, turn.agenda_item_id)
    allotted, spoken = turn.allotted_ms, turn.spoken_ms
    if turn.ended_at_ms is not None:
        status = TurnStatus.DONE
    elif turn.id == state.current_turn_id:
        # The record is only closed at the end; the clock holds the time so far.
        status = TurnStatus.RUNNING
        allotted = state.clock.allotted_ms
        spoken = state.clock.elapsed_ms(now_ms)
    else:
        # Paused for an interposed intervention: the record keeps its time until then.
        status = TurnStatus.INTERRUPTED
    # Paused and overrun follow from the rest, for a closed record too (one written before
    # these rules counted a wait for an intervention as a pause).
    paused = paused_ms(turn, spoken, nesting.set_aside_ms, now_ms)
    overrun = max(0, spoken - allotted)
    return TurnLine(
        turn_id=turn.id,
        session_id=state.session.id,
        session_title=state.session.title,
        agenda_item_id=turn.agenda_item_id,
        agenda_item_title=item.title if item else "",
        participant_id=participant.id,
        speaker=participant.name,
        organisation=participant.organisation,
        stakeholder_group=participant.stakeholder_group,
        attendance=participant.attendance,
        gender=_recorded_gender(participant.gender),
        speech_type=turn.speech_type,
        origin=_origin(entry),
        planned_ms=entry.allotted_ms if entry is not None else turn.allotted_ms,
        allotted_ms=allotted,
        spoken_ms=spoken,
        paused_ms=paused,
        overrun_ms=overrun,
        started_at_ms=turn.started_at_ms,
        ended_at_ms=turn.ended_at_ms,
        status=status,
        interposed=nesting.interposed,
        hand_source=HandSource.of(entry.hand_source) if entry is not None else None,
    )


def _item_or_none(state: SessionState, item_id: str) -> AgendaItem | None:
    try:
        return state.agenda_item(item_id)
    except KeyError:
        return None


def _origin(entry: SpeakerEntry | None) -> EntryOrigin:
    try:
        return EntryOrigin(entry.origin) if entry is not None else EntryOrigin.SCHEDULED
    except ValueError:  # a newer console's origin: count it as on the agenda
        return EntryOrigin.SCHEDULED


def _end_or_now(line: TurnLine, now_ms: int) -> int:
    """When a turn ended; for an open turn, the moment of the report (its end so far)."""
    if line.ended_at_ms is not None:
        return line.ended_at_ms
    return max(now_ms, line.started_at_ms)


def _item_line(
    session: Session, item: AgendaItem, turns: list[TurnLine], now_ms: int
) -> AgendaItemLine:
    mine = [line for line in turns if line.agenda_item_id == item.id]
    first = min((line.started_at_ms for line in mine), default=None)
    last = max((_end_or_now(line, now_ms) for line in mine), default=None)
    actual = last - first if first is not None and last is not None else None
    overrun = max(0, actual - item.planned_duration_ms) if actual is not None else None
    return AgendaItemLine(
        session_id=session.id,
        session_title=session.title,
        agenda_item_id=item.id,
        position=item.position,
        title=item.title,
        planned_ms=item.planned_duration_ms,
        turns=len(mine),
        speaking_ms=sum(line.spoken_ms for line in mine),
        first_start_ms=first,
        last_end_ms=last,
        actual_ms=actual,
        overrun_ms=overrun if item.planned_duration_ms > 0 else None,
        running=any(line.ended_at_ms is None for line in mine),
    )


def _session_line(session: Session, turns: list[TurnLine], now_ms: int) -> SessionLine:
    first = min((line.started_at_ms for line in turns), default=None)
    running = any(line.ended_at_ms is None for line in turns)
    last = max((_end_or_now(line, now_ms) for line in turns), default=None)
    overrun = (
        last - session.scheduled_end_ms if last is not None and session.scheduled_end_ms else None
    )
    if running:
        # Not ended: "now" is no end to set against the schedule (before the scheduled end
        # that read as finished early); only the lateness already certain is.
        last = None
        overrun = None if overrun is None else max(0, overrun)
    return SessionLine(
        session_id=session.id,
        title=session.title,
        room=session.room,
        scheduled_start_ms=session.scheduled_start_ms,
        scheduled_end_ms=session.scheduled_end_ms,
        actual_start_ms=first,
        actual_end_ms=last,
        turns=len(turns),
        speaking_ms=sum(line.spoken_ms for line in turns),
        overrun_ms=overrun,
        running=running,
    )


# --- totals -------------------------------------------------------------------------------------


def _balance(turns: list[TurnLine], now_ms: int) -> Balance:
    total_ms = sum(turn.spoken_ms for turn in turns)
    return Balance(
        by_group=_totals(
            turns,
            [(group.value, group.label) for group in StakeholderGroup],
            lambda line: line.stakeholder_group.value,
            total_ms,
        ),
        by_gender=_totals(turns, _gender_buckets(turns), _gender_key, total_ms),
        by_attendance=_totals(
            turns,
            [(place.value, place.label) for place in Attendance],
            lambda line: line.attendance.value,
            total_ms,
        ),
        speaking_ms=total_ms,
        turns=len(turns),
        running=any(turn.status is TurnStatus.RUNNING for turn in turns),
        as_of_ms=now_ms,
    )


def _recorded_gender(gender: str | None) -> str | None:
    """Gender as recorded, compared without case or surrounding blanks ("Woman " = "woman")."""
    if gender is None or not gender.strip():
        return None
    return gender.strip().casefold()


def _gender_key(line: TurnLine) -> str:
    return line.gender if line.gender is not None else GENDER_NOT_RECORDED


def _gender_buckets(turns: Iterable[TurnLine]) -> list[tuple[str, str]]:
    """The genders recorded among the speakers, alphabetically, then "not recorded" if any."""
    recorded = sorted({line.gender for line in turns if line.gender is not None})
    buckets = [(gender, gender[:1].upper() + gender[1:]) for gender in recorded]
    if any(line.gender is None for line in turns):
        buckets.append((GENDER_NOT_RECORDED, QT_TRANSLATE_NOOP("Label", "Not recorded")))
    return buckets


def _totals(
    turns: list[TurnLine],
    buckets: list[tuple[str, str]],
    key_of: Callable[[TurnLine], str],
    total_ms: int,
) -> tuple[GroupTotal, ...]:
    """One total per bucket, in the buckets' order; every bucket is listed, even when empty,
    so a group that never got the floor shows as zero rather than disappearing."""
    totals = []
    for key, label in buckets:
        mine = [line for line in turns if key_of(line) == key]
        speaking = sum(line.spoken_ms for line in mine)
        totals.append(
            GroupTotal(
                key=key,
                label=label,
                speakers=len({line.participant_id for line in mine}),
                turns=len(mine),
                speaking_ms=speaking,
                share=speaking / total_ms if total_ms else 0.0,
            )
        )
    return tuple(totals)
