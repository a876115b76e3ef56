"""Which meeting a calendar is, when the file does not say it reliably.

An iCalendar file names its events by UIDs that are unique in the world, but itself by
nothing dependable (no name, or a name staff changed; the file name is "x (1).ics" the second
time it is downloaded). A planned meeting flagged ``identify_by_sessions`` whose key was
never imported is therefore the meeting that already holds most of its sessions, and takes
the key that meeting was imported under, with its participants' keys: re-importing the same
calendar updates it instead of making a second meeting with every session again.
"""

from __future__ import annotations

from collections import Counter

from sqlalchemy.engine import Connection

from moderator.importers.plan import ImportPlan, PlannedMeeting
from moderator.storage import agenda_store as store


def adopt_earlier_keys(connection: Connection, plan: ImportPlan) -> None:
    """Rewrite the keys of each such meeting of ``plan`` to those of the meeting it is."""
    for meeting in plan.meetings:
        if not meeting.identify_by_sessions or not meeting.sessions:
            continue
        if store.read_links(connection, "meeting", [meeting.key]):
            continue
        holder = _holding_meeting(connection, meeting)
        if holder is None:
            continue
        earlier = store.keys_of(connection, "meeting", holder)
        if earlier:
            _rekey(meeting, earlier[0])
        else:
            meeting.local_id = holder


def _holding_meeting(connection: Connection, meeting: PlannedMeeting) -> str | None:
    links = store.read_links(connection, "session", (s.key for s in meeting.sessions))
    if not links:
        return None
    rows = store.AgendaRows()
    store.read_rows(connection, "session", links.values(), rows)
    holders = Counter(session.meeting_id for session in rows.sessions.values())
    if not holders:
        return None
    return holders.most_common(1)[0][0]


def _rekey(meeting: PlannedMeeting, key: str) -> None:
    old = meeting.key
    meeting.key = key
    prefix = f"{old}/"
    for participant in meeting.participants:
        if participant.key.startswith(prefix):
            participant.key = f"{key}/{participant.key[len(prefix) :]}"
    for session in meeting.sessions:
        for item in session.items:
            for entry in item.entries:
                if entry.participant_key.startswith(prefix):
                    entry.participant_key = f"{key}/{entry.participant_key[len(prefix) :]}"
