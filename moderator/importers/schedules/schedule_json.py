"""pretalx and frab schedule JSON (``schedule.conference.days[].rooms{name: [events]}``).

Both tools write the same layout (the c3voc "schedule.json"); pretalx adds ``code`` to
persons and a ``rooms`` list to the conference. The c3voc schema 2 (``schedule.events[]``,
flat) is read by ``schedule_json2``. Locations in errors are JSON paths such as
``schedule.conference.days[2].rooms["Saal 1"][5]``, with the field named separately.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import Any

from moderator.importers.errors import Place, ScheduleImportError
from moderator.importers.plan import ImportPlan
from moderator.importers.schedules.conference import ConferenceBuilder, RawEvent, RawPerson
from moderator.importers.schedules.schedule_json2 import is_schema2, parse_schema2

FORMAT_NAME = "pretalx/frab schedule JSON"

Progress = Callable[[int, int], None]


def load_json_document(source: str, data: bytes) -> Any:
    """The JSON value in ``data``; errors name the line and column."""
    try:
        return json.loads(data)
    except UnicodeDecodeError as error:
        raise ScheduleImportError(
            source, f"byte {error.start}", None, "the file is not UTF-8, UTF-16 or UTF-32 text"
        ) from error
    except json.JSONDecodeError as error:
        raise ScheduleImportError(
            source,
            f"line {error.lineno}, column {error.colno}",
            None,
            f"not valid JSON ({error.msg})",
        ) from error
    except RecursionError as error:
        raise ScheduleImportError(source, "", None, "the JSON is nested too deeply") from error


def is_schedule(document: Any) -> bool:
    return isinstance(document, Mapping) and isinstance(document.get("schedule"), Mapping)


def parse_schedule(source: str, document: Any, progress: Progress | None = None) -> ImportPlan:
    builder = ConferenceBuilder(source, FORMAT_NAME)
    root = Place(source, "(top level)")
    if not is_schedule(document):
        raise root.error("schedule", "not a pretalx/frab schedule (no 'schedule' object)")
    if is_schema2(document["schedule"]):
        return parse_schema2(source, document["schedule"], progress)
    schedule_place = Place(source, "schedule")
    conference = _member(schedule_place, document["schedule"], "conference", Mapping)
    place = Place(source, "schedule.conference")
    builder.set_conference(
        place,
        conference.get("acronym"),
        conference.get("title"),
        conference.get("time_zone_name"),
    )
    days = _member(place, conference, "days", list)
    total = sum(
        len(events)
        for day in days
        if isinstance(day, Mapping) and isinstance(day.get("rooms"), Mapping)
        for events in day["rooms"].values()
        if isinstance(events, list)
    )
    done = 0
    for day_index, day in enumerate(days):
        day_place = Place(source, f"schedule.conference.days[{day_index}]")
        if not isinstance(day, Mapping):
            raise day_place.error(None, f"expected an object, found {type(day).__name__}")
        rooms = _member(day_place, day, "rooms", Mapping)
        for room_name, events in rooms.items():
            room_path = f"{day_place.location}.rooms[{json.dumps(room_name, ensure_ascii=False)}]"
            if not isinstance(events, list):
                raise Place(source, room_path).error(None, "expected a list of events")
            for event_index, event in enumerate(events):
                event_place = Place(source, f"{room_path}[{event_index}]")
                builder.add_event(
                    _raw_event(event_place, event, room_name, day), _persons(event_place, event)
                )
                done += 1
                if progress is not None:
                    progress(done, total)
    return builder.finish()


def _raw_event(place: Place, event: Any, room_name: str, day: Mapping) -> RawEvent:
    if not isinstance(event, Mapping):
        raise place.error(None, f"expected an event object, found {type(event).__name__}")
    return RawEvent(
        place=place,
        guid=event.get("guid"),
        id=event.get("id"),
        title=event.get("title"),
        date=event.get("date"),
        start=event.get("start"),
        duration=event.get("duration"),
        room=event.get("room", room_name),
        track=event.get("track"),
        type=event.get("type"),
        language=event.get("language"),
        day_date=day.get("date"),
        day_start=day.get("day_start"),
    )


def _persons(place: Place, event: Mapping) -> list[RawPerson]:
    persons = event.get("persons") or []
    if not isinstance(persons, list):
        raise place.error("persons", "expected a list of persons")
    found = []
    for index, person in enumerate(persons):
        person_place = Place(place.file, f"{place.location}.persons[{index}]")
        if not isinstance(person, Mapping):
            raise person_place.error(None, "expected a person object")
        name = person.get("public_name") or person.get("name") or person.get("full_name")
        found.append(
            RawPerson(
                place=person_place,
                name=name,
                guid=person.get("guid"),
                code=person.get("code"),
                id=person.get("id"),
            )
        )
    return found


def _member(place: Place, parent: Any, name: str, kind: type) -> Any:
    value = parent.get(name) if isinstance(parent, Mapping) else None
    if not isinstance(value, kind):
        expected = "an object" if kind is Mapping else "a list"
        found = "nothing" if value is None else type(value).__name__
        raise place.error(name, f"expected {expected}, found {found}")
    return value
