"""The demo meeting: the reference side event from ``shared/seed``, with fictional speakers.

Based on the 2022 UNOCT Málaga Conference side event 3, "Engaging Parliamentarians with Civil
Society Organizations in Enhancing Legislation and Oversight Functions on CT and PVE": opening
remarks, the three thematic segments of the event description, an interactive discussion with
floor and remote interventions, and closing remarks. Every person, and every parliament and
organisation not in the seed text, is invented; the meeting and each participant are flagged
``is_demo`` and the UI says so. The session is scheduled to start at the loading time (rounded
down to five minutes) so that "late by"/"ahead by" read sensibly whenever the demo is opened.
"""

from __future__ import annotations

import uuid

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
from moderator.storage.repository import MeetingBundle, Store

MINUTE_MS = 60_000
DEMO_TITLE = "DEMO · 2022 UNOCT Málaga Conference — Side Event 3"
SESSION_TITLE = (
    "Engaging Parliamentarians with Civil Society Organizations in Enhancing Legislation "
    "and Oversight Functions on CT and PVE"
)

G = StakeholderGroup
ROOM, REMOTE = Attendance.IN_ROOM, Attendance.REMOTE

# key: (name, function, organisation, group, attendance, gender)
_PEOPLE = {
    "haddad": (
        "Amira Haddad",
        "Head, Parliamentary Engagement Office",
        "UNOCT",
        G.UN_ENTITY,
        ROOM,
        "woman",
    ),
    "ferreira": (
        "Hon. Tomás Ferreira",
        "Speaker of Parliament",
        "Parliament of Veloria",
        G.PARLIAMENT,
        ROOM,
        "man",
    ),
    "mwangi": (
        "Hon. Grace Mwangi-Olsen",
        "Member of Parliament",
        "National Assembly of Arcadia",
        G.PARLIAMENT,
        REMOTE,
        "woman",
    ),
    "benali": (
        "Karim Benali",
        "Director",
        "Youth Resilience Network",
        G.CIVIL_SOCIETY,
        ROOM,
        "man",
    ),
    "lindqvist": (
        "Sofia Lindqvist",
        "Programme Officer, Prevention of Violent Extremism",
        "UN Development Programme",
        G.UN_ENTITY,
        REMOTE,
        "woman",
    ),
    "okafor": (
        "Hon. Daniel Okafor",
        "Chair, Justice and Security Committee",
        "Parliament of Veloria",
        G.PARLIAMENT,
        ROOM,
        "man",
    ),
    "ruiz": (
        "Marta Ruiz",
        "President",
        "Costa Serena Association of Victims of Terrorism",
        G.CIVIL_SOCIETY,
        ROOM,
        "woman",
    ),
    "park": (
        "Ji-woo Park",
        "Legal Officer, Terrorism Prevention Branch",
        "UNODC",
        G.UN_ENTITY,
        REMOTE,
        None,
    ),
    "nasser": (
        "Hon. Leila Nasser",
        "Member of Parliament",
        "House of Representatives of Meridia",
        G.PARLIAMENT,
        REMOTE,
        "woman",
    ),
    "vandijk": (
        "Pieter van Dijk",
        "Executive Director",
        "Second Chance Foundation",
        G.CIVIL_SOCIETY,
        ROOM,
        "man",
    ),
    "diallo": (
        "Aïssatou Diallo",
        "Founder",
        "Women for Peaceful Communities",
        G.CIVIL_SOCIETY,
        REMOTE,
        "woman",
    ),
    "costa": (
        "Amb. Rafael Costa",
        "Permanent Representative",
        "Permanent Mission of Veloria",
        G.MEMBER_STATE,
        ROOM,
        "man",
    ),
    "petrova": (
        "Nadia Petrova",
        "Researcher",
        "Institute for Security and Rights",
        G.CIVIL_SOCIETY,
        REMOTE,
        "woman",
    ),
    "adeyemi": (
        "Hon. Samuel Adeyemi",
        "Member of Parliament",
        "National Assembly of Arcadia",
        G.PARLIAMENT,
        ROOM,
        "man",
    ),
    "dubois": (
        "Claire Dubois",
        "First Secretary",
        "Permanent Mission of Meridia",
        G.MEMBER_STATE,
        REMOTE,
        "woman",
    ),
}

# (agenda item title, planned minutes, [(person, speech type, allotted minutes)])
_AGENDA = [
    (
        "Opening remarks",
        10,
        [
            ("haddad", SpeechType.STATEMENT, 5),
            ("ferreira", SpeechType.STATEMENT, 5),
        ],
    ),
    (
        "Segment 1 — Addressing the conditions conducive to terrorism",
        20,
        [
            ("mwangi", SpeechType.STATEMENT, 6),
            ("benali", SpeechType.STATEMENT, 6),
            ("lindqvist", SpeechType.STATEMENT, 5),
        ],
    ),
    (
        "Segment 2 — Bringing terrorists to justice and supporting the victims of terrorism",
        20,
        [
            ("okafor", SpeechType.STATEMENT, 6),
            ("ruiz", SpeechType.STATEMENT, 6),
            ("park", SpeechType.STATEMENT, 5),
        ],
    ),
    (
        "Segment 3 — Reintegration and rehabilitation efforts from civil society",
        20,
        [
            ("nasser", SpeechType.STATEMENT, 6),
            ("vandijk", SpeechType.STATEMENT, 6),
            ("diallo", SpeechType.STATEMENT, 5),
        ],
    ),
    (
        "Interactive discussion",
        15,
        [
            ("costa", SpeechType.FLOOR, 3),
            ("petrova", SpeechType.FLOOR, 3),
            ("adeyemi", SpeechType.FLOOR, 3),
            ("dubois", SpeechType.FLOOR, 3),
        ],
    ),
    (
        "Closing remarks",
        5,
        [
            ("haddad", SpeechType.STATEMENT, 5),
        ],
    ),
]


def _new_id() -> str:
    return uuid.uuid4().hex


def build_demo_meeting(now_ms: int) -> MeetingBundle:
    """The demo meeting as domain objects, scheduled to start at ``now_ms`` (rounded down)."""
    meeting = Meeting(
        id=_new_id(),
        title=DEMO_TITLE,
        venue="Málaga, Spain, and online (demo data: all speakers are fictional)",
        timezone="Europe/Madrid",
        is_demo=True,
    )
    start_ms = now_ms - now_ms % (5 * MINUTE_MS)
    total_minutes = sum(minutes for _, minutes, _ in _AGENDA)
    session = Session(
        id=_new_id(),
        meeting_id=meeting.id,
        title=SESSION_TITLE,
        room="Side-event room 3 and online (hybrid)",
        scheduled_start_ms=start_ms,
        scheduled_end_ms=start_ms + total_minutes * MINUTE_MS,
    )
    participants = {
        key: Participant(
            id=_new_id(),
            meeting_id=meeting.id,
            name=name,
            function=function,
            organisation=organisation,
            stakeholder_group=group,
            attendance=attendance,
            gender=gender,
            is_demo=True,
        )
        for key, (name, function, organisation, group, attendance, gender) in _PEOPLE.items()
    }
    items: list[AgendaItem] = []
    entries: list[SpeakerEntry] = []
    for position, (title, planned_minutes, speakers) in enumerate(_AGENDA, start=1):
        item = AgendaItem(
            id=_new_id(),
            session_id=session.id,
            position=position,
            title=title,
            planned_duration_ms=planned_minutes * MINUTE_MS,
        )
        items.append(item)
        keys = evenly_spaced_keys(len(speakers))
        for key, (person, speech_type, minutes) in zip(keys, speakers, strict=True):
            entries.append(
                SpeakerEntry(
                    id=_new_id(),
                    agenda_item_id=item.id,
                    participant_id=participants[person].id,
                    speech_type=speech_type,
                    allotted_ms=minutes * MINUTE_MS,
                    order_key=key,
                )
            )
    return MeetingBundle(
        meeting=meeting,
        participants=list(participants.values()),
        sessions=[session],
        agenda_items=items,
        entries=entries,
    )


def load_demo(store: Store, now_ms: int) -> MeetingBundle:
    """Replace any earlier demo meeting with a fresh one; real meetings are never touched."""
    store.delete_demo_meetings()
    bundle = build_demo_meeting(now_ms)
    store.add_meeting(bundle)
    return bundle
