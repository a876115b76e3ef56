"""frab schedule XML (``schedule.xml.xsd``: schedule → conference, day → room → event).

Read as a stream with defusedxml's parser: a document type declaration, entity declarations
and external references are refused (no "billion laughs", no reading local files), and only
one event's elements are held in memory at a time, so a congress-sized file parses in
bounded memory while reporting progress by bytes read. Errors name the element path with
its identifying attribute and the line, e.g. ``schedule/day[2]/room["Saal 1"]/event[guid=…]
(line 812)``.
"""

from __future__ import annotations

from collections.abc import Callable
from xml.etree.ElementTree import ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import DefusedXMLParser

from moderator.importers.errors import Place, ScheduleImportError
from moderator.importers.plan import ImportPlan
from moderator.importers.schedules.conference import ConferenceBuilder, RawEvent, RawPerson

FORMAT_NAME = "frab schedule XML"
CHUNK_BYTES = 64 * 1024
#: A frab schedule nests six elements deep (schedule/day/room/event/persons/person); a file
#: nested deeper than this is not one. Refused at once: a hostile file 50,000 elements deep
#: cost tens of seconds of the importer's time and built a chain of nodes as deep.
MAX_DEPTH = 32

Progress = Callable[[int, int], None]


class _Node:
    """An element without the weight of ``xml.etree`` (and with its line number)."""

    __slots__ = ("attrib", "children", "line", "tag", "text")

    def __init__(self, tag: str, attrib: dict[str, str], line: int) -> None:
        self.tag = tag
        self.attrib = attrib
        self.line = line
        self.text: list[str] = []
        self.children: list[_Node] = []

    def child(self, tag: str) -> _Node | None:
        for node in self.children:
            if node.tag == tag:
                return node
        return None

    def child_text(self, tag: str) -> str | None:
        node = self.child(tag)
        return None if node is None else "".join(node.text)


class _ScheduleTarget:
    """Receives the parser's callbacks; hands each finished event to the builder and drops it."""

    def __init__(self, source: str, builder: ConferenceBuilder, line: Callable[[], int]) -> None:
        self.source = source
        self.builder = builder
        self.line = line
        self.stack: list[_Node] = []
        self.saw_root = False
        self.day_count = 0
        self.room_count = 0

    def start(self, tag: str, attrib: dict[str, str]) -> None:
        tag = tag.rpartition("}")[2]
        node = _Node(tag, dict(attrib), self.line())
        if not self.stack:
            if tag != "schedule":
                raise Place(self.source, f"<{tag}> (line {node.line})").error(
                    None, "not a frab schedule: the root element must be <schedule>"
                )
            self.saw_root = True
        elif len(self.stack) >= MAX_DEPTH:
            path = "/".join(n.tag for n in self.stack[:4])
            raise Place(self.source, f"{path}/… (line {node.line})").error(
                None,
                f"elements nested more than {MAX_DEPTH} deep: not a frab schedule "
                "(it nests six deep)",
            )
        elif len(self.stack) == 1 and tag == "day":
            self.day_count += 1
            self.room_count = 0
        elif len(self.stack) == 2 and tag == "room" and self.stack[1].tag == "day":
            self.room_count += 1
        self.stack.append(node)

    def data(self, text: str) -> None:
        if self.stack:
            self.stack[-1].text.append(text)

    def end(self, tag: str) -> None:
        node = self.stack.pop()
        parents = [n.tag for n in self.stack]
        if parents == ["schedule"] and node.tag == "conference":
            self._conference(node)
        elif parents == ["schedule", "day", "room"] and node.tag == "event":
            self._event(node)
            return  # processed: not kept
        if self.stack:
            self.stack[-1].children.append(node)

    def close(self) -> None:
        return None

    # --- mapping -------------------------------------------------------------------------------

    def _conference(self, node: _Node) -> None:
        place = Place(self.source, f"schedule/conference (line {node.line})")
        self.builder.set_conference(
            place,
            node.child_text("acronym"),
            node.child_text("title"),
            node.child_text("time_zone_name"),
        )

    def _event(self, node: _Node) -> None:
        day, room = self.stack[1], self.stack[2]
        identity = (
            f"guid={node.attrib['guid']}"
            if node.attrib.get("guid")
            else f"id={node.attrib.get('id', '?')}"
        )
        location = (
            f"schedule/day[{day.attrib.get('index', self.day_count)}]"
            f'/room["{room.attrib.get("name", self.room_count)}"]'
            f"/event[{identity}] (line {node.line})"
        )
        place = Place(self.source, location)
        event = RawEvent(
            place=place,
            guid=node.attrib.get("guid"),
            id=node.attrib.get("id"),
            title=node.child_text("title"),
            date=node.child_text("date"),
            start=node.child_text("start"),
            duration=node.child_text("duration"),
            room=node.child_text("room") or room.attrib.get("name"),
            track=node.child_text("track"),
            type=node.child_text("type"),
            language=node.child_text("language"),
            day_date=day.attrib.get("date"),
            day_start=day.attrib.get("start"),
        )
        persons = []
        persons_node = node.child("persons")
        for index, person in enumerate(persons_node.children if persons_node else []):
            if person.tag != "person":
                continue
            persons.append(
                RawPerson(
                    place=Place(
                        self.source,
                        f"{location[: location.rindex(' (')]}"
                        f"/persons/person[{index + 1}] (line {person.line})",
                    ),
                    name="".join(person.text),
                    guid=person.attrib.get("guid"),
                    code=person.attrib.get("code"),
                    id=person.attrib.get("id"),
                )
            )
        self.builder.add_event(event, persons)


def parse_schedule_xml(source: str, data: bytes, progress: Progress | None = None) -> ImportPlan:
    builder = ConferenceBuilder(source, FORMAT_NAME)
    target = _ScheduleTarget(source, builder, lambda: 0)
    parser = DefusedXMLParser(
        target=target, forbid_dtd=True, forbid_entities=True, forbid_external=True
    )
    expat = parser.parser  # the line number while a callback runs
    target.line = lambda: expat.CurrentLineNumber
    total = len(data)
    try:
        for offset in range(0, total, CHUNK_BYTES):
            parser.feed(data[offset : offset + CHUNK_BYTES])
            if progress is not None:
                progress(min(offset + CHUNK_BYTES, total), total)
        parser.close()
    except ParseError as error:
        line, column = getattr(error, "position", (0, 0))
        raise ScheduleImportError(
            source, f"line {line}, column {column + 1}", None, f"not well-formed XML ({error})"
        ) from error
    except DefusedXmlException as error:
        raise ScheduleImportError(
            source,
            f"line {expat.CurrentLineNumber}",
            None,
            f"the file declares a DTD or entities, which a schedule never needs; refused for "
            f"safety ({type(error).__name__})",
        ) from error
    except RecursionError as error:
        raise ScheduleImportError(source, "", None, "the XML is nested too deeply") from error
    except LookupError as error:  # expat: the XML declaration names an unknown encoding
        if not str(error).startswith("unknown encoding"):
            raise  # a KeyError or IndexError of ours: a bug, not the file's fault
        raise ScheduleImportError(
            source, "line 1", None, f"the XML declaration names an unknown encoding ({error})"
        ) from error
    if not target.saw_root:
        raise ScheduleImportError(source, "", None, "the file holds no XML elements")
    return builder.finish()
