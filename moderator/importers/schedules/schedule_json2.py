"""c3voc schedule JSON, schema 2: ``schedule.events[]`` flat, beside ``schedule.conference``.

The layout the CCC hub writes (``validator/json/schema2.json`` in the c3voc schedule
repository): events carry their own ``start`` and ``end`` with offsets, a ``room`` reference
(``{guid, name?}``, the name else found in ``conference.rooms``), a ``track`` reference by
``slug`` (the name found in ``conference.tracks``) and ``participants`` with a role. It maps
as schema 1 does (``conference.py``): one session per event with one agenda item; the
participants are its list of speakers, except those whose role is ``CONTRIBUTOR`` (credited,
not speaking). Break and meta entries without a ``guid`` are keyed by start and title.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any

from moderator.importers.errors import Place
from moderator.importers.plan import ImportPlan
from moderator.importers.schedules.conference import ConferenceBuilder, RawEvent, RawPerson
from moderator.importers.values import normalise

FORMAT_NAME = "c3voc schedule JSON (schema 2)"
#: Roles that credit a person without giving them the floor.
SILENT_ROLES = {"CONTRIBUTOR"}

Progress = Callable[[int, int], None]


def is_schema2(schedule: Any) -> bool:
    return isinstance(schedule, Mapping) and isinstance(schedule.get("events"), list)


def parse_schema2(source: str, schedule: Mapping, progress: Progress | None = None) -> ImportPlan:
    builder = ConferenceBuilder(source, FORMAT_NAME)
    place = Place(source, "schedule.conference")
    conference = schedule.get("conference")
    if not isinstance(conference, Mapping):
        raise Place(source, "schedule").error("conference", "expected an object")
    builder.set_conference(
        place, conference.get("acronym"), conference.get("title"), conference.get("time_zone_name")
    )
    rooms = _names_by(conference.get("rooms"), "guid")
    tracks = _names_by(conference.get("tracks"), "slug")
    events = schedule["events"]
    silent = 0
    for index, event in enumerate(events):
        event_place = Place(source, f"schedule.events[{index}]")
        if not isinstance(event, Mapping):
            raise event_place.error(None, f"expected an event object, found {type(event).__name__}")
        raw = _raw_event(event_place, event, rooms, tracks)
        persons, left_out = _participants(event_place, event)
        silent += left_out
        builder.add_event(raw, persons)
        if progress is not None:
            progress(index + 1, len(events))
    plan = builder.finish()
    if silent:
        plan.notes.append(
            f"{silent} participant(s) with the role CONTRIBUTOR are not on the lists of speakers"
        )
    return plan


def _names_by(entries: Any, key: str) -> dict[str, str]:
    if not isinstance(entries, list):
        return {}
    return {
        str(entry[key]): str(entry["name"])
        for entry in entries
        if isinstance(entry, Mapping) and entry.get(key) and entry.get("name")
    }


def _raw_event(
    place: Place, event: Mapping, rooms: dict[str, str], tracks: dict[str, str]
) -> RawEvent:
    start, end = event.get("start"), event.get("end")
    duration = event.get("duration")
    if end not in (None, "") and isinstance(start, str) and isinstance(end, str):
        duration = _duration_text(place, start, end)
    room = event.get("room")
    if isinstance(room, Mapping):
        room = room.get("name") or rooms.get(str(room.get("guid")), "")
    track = event.get("track")
    if isinstance(track, Mapping):
        slug = str(track.get("slug") or "")
        track = tracks.get(slug, slug)
    guid = event.get("guid")
    legacy = event.get("code") or event.get("id")
    if not guid and not legacy and isinstance(event.get("title"), str):
        legacy = f"{start}/{normalise(event['title'])}"  # a break or meta entry
    return RawEvent(
        place=place,
        guid=guid,
        id=legacy,
        title=event.get("title"),
        date=start,
        start=None,
        duration=duration,
        room=room,
        track=track,
        type=event.get("type"),
        language=event.get("language"),
    )


def _duration_text(place: Place, start: str, end: str) -> str:
    try:
        seconds = (datetime.fromisoformat(end) - datetime.fromisoformat(start)).total_seconds()
    except (ValueError, TypeError) as error:
        raise place.error(
            "end", f"not a date and time like 2024-12-27T11:00:00+01:00: {end!r}"
        ) from error
    if seconds < 0:
        raise place.error("end", f"the event ends ({end}) before it starts ({start})")
    minutes, second = divmod(int(seconds), 60)
    return f"{minutes // 60}:{minutes % 60:02d}:{second:02d}"


def _participants(place: Place, event: Mapping) -> tuple[list[RawPerson], int]:
    participants = event.get("participants") or []
    if not isinstance(participants, list):
        raise place.error("participants", "expected a list")
    found, silent = [], 0
    for index, person in enumerate(participants):
        person_place = Place(place.file, f"{place.location}.participants[{index}]")
        if not isinstance(person, Mapping):
            raise person_place.error(None, "expected a participant object")
        if str(person.get("role") or "SPEAKER").upper() in SILENT_ROLES:
            silent += 1
            continue
        found.append(
            RawPerson(place=person_place, name=person.get("name"), guid=person.get("guid"))
        )
    return found, silent
