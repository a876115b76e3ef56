"""Conference schedules (frab/pretalx JSON and XML) → an import plan, the mapping shared by both.

A schedule is one meeting (its conference title and time zone). Each event (talk) is one
session in its room with one agenda item of the same title and duration, whose list of
speakers is the event's persons in the file's order, each a statement with an equal share of
the duration. Each distinct person (by ``guid``, else pretalx ``code``, else ``id``, else
name) is one participant of the meeting. The parsers only find the values; this module
decides what they mean, so JSON and XML schedules import alike.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from moderator.domain.model import SpeechType
from moderator.importers.errors import Place
from moderator.importers.plan import (
    ImportPlan,
    PlannedEntry,
    PlannedItem,
    PlannedMeeting,
    PlannedParticipant,
    PlannedSession,
)
from moderator.importers.values import (
    epoch_ms,
    iso_datetime,
    normalise,
    schedule_duration_ms,
    split_evenly,
    zone,
)
from moderator.importers.wall_clock import local_instant
from moderator.importers.zone_inference import offset_text, zone_for_offsets


@dataclass(slots=True)
class RawPerson:
    """A person as an event lists them: whichever ids the format has, and the name."""

    place: Place
    name: object
    guid: object = None
    code: object = None
    id: object = None


@dataclass(slots=True)
class RawEvent:
    """An event's values as found in the file (strings, or whatever a broken file holds)."""

    place: Place
    guid: object
    id: object
    title: object
    date: object
    start: object
    duration: object
    room: object
    track: object = None
    type: object = None
    language: object = None
    day_date: object = None
    day_start: object = None


class ConferenceBuilder:
    """Collects a schedule's conference and events into one ``PlannedMeeting``."""

    def __init__(self, source: str, format_name: str) -> None:
        self.plan = ImportPlan(source=source, format=format_name)
        self._meeting: PlannedMeeting | None = None
        self._zone = ZoneInfo("UTC")
        self._participants: dict[str, PlannedParticipant] = {}
        #: The conference names its zone; else the starts that state an offset, and whether
        #: every start did (only then is the zone inferred from them).
        self._zone_named = False
        self._stated: list[datetime] = []
        self._all_stated = True

    def set_conference(
        self, place: Place, acronym: object, title: object, time_zone: object
    ) -> None:
        acronym_text = _text(place, "acronym", acronym)
        title_text = _text(place, "title", title) or acronym_text
        if not title_text:
            raise place.error("title", "the conference has neither a title nor an acronym")
        zone_name = _text(place, "time_zone_name", time_zone) or "UTC"
        self._zone_named = bool(_text(place, "time_zone_name", time_zone))
        self._zone = zone(place, zone_name, "time_zone_name")
        self._meeting = PlannedMeeting(
            key=f"schedule:{acronym_text or normalise(title_text)}",
            title=title_text,
            place=place,
            timezone=zone_name,
        )
        self.plan.meetings.append(self._meeting)

    def add_event(self, event: RawEvent, persons: list[RawPerson]) -> None:
        meeting = self._meeting
        if meeting is None:
            raise event.place.error(None, "an event comes before the conference description")
        place = event.place
        title = _text(place, "title", event.title)
        if not title:
            raise place.error("title", "the event has no title")
        guid = _text(place, "guid", event.guid)
        legacy_id = _text(place, "id", event.id)
        if not guid and not legacy_id:
            raise place.error("guid", "the event has neither a guid nor an id")
        key = f"{meeting.key}/event:{guid or 'id:' + legacy_id}"
        start = self._start(event)
        duration_ms = schedule_duration_ms(place, "duration", event.duration)
        start_ms = epoch_ms(start)
        languages = _text(place, "language", event.language)
        item = PlannedItem(
            key=f"{key}/item",
            title=title,
            place=place,
            planned_duration_ms=duration_ms,
            speaking_slot_ms=duration_ms,
        )
        session = PlannedSession(
            key=key,
            title=title,
            place=place,
            start_ms=start_ms,
            end_ms=start_ms + duration_ms,
            room=_text(place, "room", event.room),
            track=_text(place, "track", event.track),
            session_type=_text(place, "type", event.type),
            languages=languages,
            items=[item],
        )
        speakers: dict[str, RawPerson] = {}
        for person in persons:  # a person listed twice speaks once
            speakers.setdefault(self._participant(person), person)
        shares = split_evenly(duration_ms, len(speakers))
        for (participant_key, person), allotted in zip(speakers.items(), shares, strict=True):
            item.entries.append(
                PlannedEntry(
                    key=f"{key}/speaker:{participant_key.rsplit('/person:', 1)[1]}",
                    participant_key=participant_key,
                    place=person.place,
                    speech_type=SpeechType.STATEMENT,
                    allotted_ms=allotted,
                    allotted_given=False,
                )
            )
        meeting.sessions.append(session)

    def finish(self) -> ImportPlan:
        if self._meeting is None:
            raise Place(self.plan.source, "schedule").error(
                "conference", "the file describes no conference"
            )
        if not self._zone_named:
            self._infer_zone(self._meeting)
        return self.plan

    def _infer_zone(self, meeting: PlannedMeeting) -> None:
        """No ``time_zone_name``: the zone every start's offset agrees with, said in the
        preview; UTC (also said) when the starts state no offset or no zone fits them all."""
        inferred = zone_for_offsets(self._stated) if self._all_stated else None
        offsets = sorted({offset_text(m.utcoffset()) for m in self._stated})  # type: ignore[arg-type]
        if inferred is None:
            self.plan.notes.append("the file names no time zone: times are shown in UTC")
            return
        meeting.timezone = inferred
        self.plan.notes.append(
            "the file names no time zone; every start says "
            f"{' or '.join(offsets)}, so the meeting's time zone is {inferred}"
            + (f" (UTC{offsets[0]})" if inferred.startswith("Etc/") else "")
        )

    # --- helpers -------------------------------------------------------------------------------

    def _start(self, event: RawEvent) -> datetime:
        """The event's start: its ``date`` (an instant with an offset) when present, else the
        day's date and the ``start`` time in the conference's time zone."""
        place = event.place
        if event.date not in (None, ""):
            moment = iso_datetime(place, "date", event.date, self._zone)
            if moment.tzinfo is self._zone:  # the text gave no offset: a wall-clock time
                self._all_stated = False
                wall = moment.replace(tzinfo=None)
                return local_instant(place, "date", wall.date(), wall, self._zone)
            else:
                self._stated.append(moment)
            return moment
        self._all_stated = False
        start_text = _text(place, "start", event.start)
        if not start_text:
            raise place.error("date", "the event has neither a date nor a start time")
        day_text = _text(place, "day", event.day_date)
        try:
            day = date.fromisoformat(day_text)
        except ValueError as error:
            raise place.error(
                "date", f"the event's day has no usable date: {day_text!r}"
            ) from error
        try:
            clock = time.fromisoformat(start_text.rjust(5, "0"))
        except ValueError as error:
            raise place.error("start", f"not a time like 10:30: {start_text!r}") from error
        moment = local_instant(place, "start", day, clock, self._zone)
        # A schedule day runs past midnight: an event before the day's start is the next morning.
        if event.day_start not in (None, ""):
            day_start = iso_datetime(place, "day start", event.day_start, self._zone)
            if moment < day_start:
                moment += timedelta(days=1)
        return moment

    def _participant(self, person: RawPerson) -> str:
        meeting = self._meeting
        assert meeting is not None
        place = person.place
        name = _text(place, "person", person.name)
        if not name:
            raise place.error("person", "a person without a name")
        for label, value in (("guid", person.guid), ("code", person.code), ("id", person.id)):
            identifier = _text(place, f"person {label}", value)
            if identifier:
                break
        else:
            label, identifier = "name", normalise(name)
        key = f"{meeting.key}/person:{label}:{identifier}"
        if key not in self._participants:
            participant = PlannedParticipant(key=key, name=name, place=place)
            self._participants[key] = participant
            meeting.participants.append(participant)
        return key


def _text(place: Place, field: str, value: object) -> str:
    """A scalar value as stripped text; ``None`` is empty; lists or objects are an error."""
    if value is None:
        return ""
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise place.error(field, f"expected text, found {type(value).__name__}")
    return str(value).strip()
