"""``moderator export-agenda``: the agenda (meetings, participants, sessions, agenda items,
speakers) as JSON or CSV, in forms the importers read back without loss.

Unlike ``moderator export`` (the whole state, turns and clocks included, for support), this is
the plan before the meeting: what staff preload, hand over or edit in a spreadsheet. Ids are
Moderator's, so importing an export into its own database changes nothing and into an empty
one recreates the same rows. Times are written in each meeting's time zone.
"""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Engine

from moderator import __version__
from moderator.importers.agenda_json import FORMAT_TAG, FORMAT_VERSION
from moderator.importers.tables.columns import COLUMNS
from moderator.storage import agenda_store
from moderator.storage.database import read_only

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def export_agenda_json(engine: Engine, meeting_id: str | None = None) -> dict[str, Any]:
    """Every meeting, or the one ``meeting_id`` names (an upload to a backend is one meeting);
    ``KeyError`` when the database has no such meeting."""
    rows = _read(engine)
    chosen = sorted(rows.meetings.values(), key=lambda m: (m.title, m.id))
    if meeting_id is not None:
        chosen = [m for m in chosen if m.id == meeting_id]
        if not chosen:
            raise KeyError(meeting_id)
    meetings = []
    for meeting in chosen:
        tz = ZoneInfo(meeting.timezone)
        participants = sorted(
            (p for p in rows.participants.values() if p.meeting_id == meeting.id),
            key=lambda p: (p.name, p.id),
        )
        sessions = _sessions_of(rows, meeting.id)
        meetings.append(
            {
                "id": meeting.id,
                "title": meeting.title,
                "venue": meeting.venue,
                "timezone": meeting.timezone,
                "warning_ms": meeting.warning_ms,
                "final_ms": meeting.final_ms,
                "participants": [
                    {
                        "id": p.id,
                        "name": p.name,
                        "function": p.function,
                        "organisation": p.organisation,
                        "stakeholder_group": p.stakeholder_group.value,
                        "attendance": p.attendance.value,
                        "gender": p.gender,
                        "language": _participant_language(rows, p.id),
                    }
                    for p in participants
                ],
                "sessions": [_session_document(rows, s, tz) for s in sessions],
            }
        )
    return {
        "format": FORMAT_TAG,
        "format_version": FORMAT_VERSION,
        "app_version": __version__,
        "meetings": meetings,
    }


def _session_document(rows: agenda_store.AgendaRows, session: Any, tz: ZoneInfo) -> dict:
    details = rows.session_details.get(session.id)
    return {
        "id": session.id,
        "title": session.title,
        "room": session.room,
        "start": _iso(session.scheduled_start_ms, tz),
        "end": _iso(session.scheduled_end_ms, tz),
        "track": details.track if details else "",
        "type": details.session_type if details else "",
        "languages": details.languages if details else "",
        "format": details.format.value if details and details.format else None,
        "agenda_items": [
            {
                "id": item.id,
                "title": item.title,
                "planned_duration_ms": item.planned_duration_ms,
                "speakers": [
                    {
                        "id": entry.id,
                        "participant_id": entry.participant_id,
                        "speech_type": entry.speech_type.value,
                        "allotted_ms": entry.allotted_ms,
                    }
                    for entry in _entries_of(rows, item.id)
                ],
            }
            for item in _items_of(rows, session.id)
        ],
    }


def export_agenda_csv(engine: Engine, meeting_id: str | None = None) -> str:
    """One row per speaker; sessions without items, items without speakers and participants
    on no list get a row of their own, so every record comes back. ``meeting_id``: that
    meeting only (``KeyError`` when there is none)."""
    rows = _read(engine)
    if meeting_id is not None:
        if meeting_id not in rows.meetings:
            raise KeyError(meeting_id)
        rows.meetings = {meeting_id: rows.meetings[meeting_id]}
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([header for header, _aliases in COLUMNS.values()])
    names = list(COLUMNS)
    for meeting in sorted(rows.meetings.values(), key=lambda m: (m.title, m.id)):
        tz = ZoneInfo(meeting.timezone)
        base = {
            "meeting_id": meeting.id,
            "meeting": meeting.title,
            "venue": meeting.venue,
            "timezone": meeting.timezone,
            "warning_seconds": meeting.warning_ms // 1000,
            "final_seconds": meeting.final_ms // 1000,
        }
        listed: set[str] = set()
        wrote_any = False
        for session in _sessions_of(rows, meeting.id):
            session_cells = {**base, **_session_cells(rows, session, tz)}
            items = _items_of(rows, session.id)
            if not items:
                writer.writerow(_line(names, session_cells))
                wrote_any = True
            for item in items:
                item_cells = {
                    **session_cells,
                    "item_id": item.id,
                    "item": item.title,
                    "planned_minutes": format_minutes(item.planned_duration_ms),
                }
                entries = _entries_of(rows, item.id)
                if not entries:
                    writer.writerow(_line(names, item_cells))
                    wrote_any = True
                for order, entry in enumerate(entries, start=1):
                    participant = rows.participants[entry.participant_id]
                    listed.add(participant.id)
                    cells = {
                        **item_cells,
                        **_participant_cells(rows, participant),
                        "entry_id": entry.id,
                        "speech_type": entry.speech_type.label,
                        "allotted_minutes": format_minutes(entry.allotted_ms),
                        "order": order,
                    }
                    writer.writerow(_line(names, cells))
                    wrote_any = True
        for participant in sorted(
            (p for p in rows.participants.values() if p.meeting_id == meeting.id),
            key=lambda p: (p.name, p.id),
        ):
            if participant.id not in listed:
                writer.writerow(_line(names, {**base, **_participant_cells(rows, participant)}))
                wrote_any = True
        if not wrote_any:
            writer.writerow(_line(names, base))
    return out.getvalue()


def _session_cells(rows: agenda_store.AgendaRows, session: Any, tz: ZoneInfo) -> dict:
    details = rows.session_details.get(session.id)
    start = _local(session.scheduled_start_ms, tz)
    end = _local(session.scheduled_end_ms, tz)
    return {
        "session_id": session.id,
        "session": session.title,
        "date": start.date().isoformat(),
        "start": _clock_text(session.scheduled_start_ms, start, tz, full=False),
        "end": _clock_text(session.scheduled_end_ms, end, tz, full=end.date() != start.date()),
        "room": session.room,
        "format": details.format.label if details and details.format else "",
        "track": details.track if details else "",
        "type": details.session_type if details else "",
        "languages": details.languages if details else "",
    }


def _participant_cells(rows: agenda_store.AgendaRows, participant: Any) -> dict:
    return {
        "participant_id": participant.id,
        "speaker": participant.name,
        "function": participant.function,
        "organisation": participant.organisation,
        "stakeholder_group": participant.stakeholder_group.label,
        "gender": participant.gender or "",
        "attendance": participant.attendance.label,
        "language": _participant_language(rows, participant.id),
    }


def format_minutes(ms: int) -> str:
    """Minutes as the importers read them: "12", "3:30", or "3:30.250" when not whole."""
    if ms % 60_000 == 0:
        return str(ms // 60_000)
    minutes, rest = divmod(ms, 60_000)
    seconds, millis = divmod(rest, 1000)
    return f"{minutes}:{seconds:02d}" + (f".{millis:03d}" if millis else "")


def _clock_text(ms: int, local: datetime, tz: ZoneInfo, full: bool) -> str:
    """The local time ("09:30"), or the date-time with its offset when the time alone would be
    read back as another instant (another day, or the repeated hour when clocks go back)."""
    text = local.strftime("%H:%M")
    if local.second or local.microsecond:
        text += f":{local.second:02d}"
    if local.microsecond:
        text += f".{local.microsecond // 1000:03d}"
    naive = local.replace(tzinfo=None, fold=0)
    if full or _ms(naive.replace(tzinfo=tz)) != ms:
        return _iso(ms, tz)
    return text


def _iso(ms: int, tz: ZoneInfo) -> str:
    local = _local(ms, tz)
    spec = "milliseconds" if ms % 1000 else "seconds"
    return local.isoformat(timespec=spec)


def _local(ms: int, tz: ZoneInfo) -> datetime:
    return (_EPOCH + timedelta(milliseconds=ms)).astimezone(tz)


def _ms(moment: datetime) -> int:
    return (moment - _EPOCH) // timedelta(milliseconds=1)


def _line(names: list[str], cells: dict) -> list:
    return [cells.get(name, "") for name in names]


def _read(engine: Engine) -> agenda_store.AgendaRows:
    with read_only(engine).connect() as connection, connection.begin():
        return agenda_store.read_all(connection)


def _sessions_of(rows: agenda_store.AgendaRows, meeting_id: str) -> list:
    return sorted(
        (s for s in rows.sessions.values() if s.meeting_id == meeting_id),
        key=lambda s: (s.scheduled_start_ms, s.title, s.id),
    )


def _items_of(rows: agenda_store.AgendaRows, session_id: str) -> list:
    return sorted(
        (i for i in rows.items.values() if i.session_id == session_id),
        key=lambda i: (i.position, i.id),
    )


def _entries_of(rows: agenda_store.AgendaRows, item_id: str) -> list:
    return sorted(
        (e for e in rows.entries.values() if e.agenda_item_id == item_id),
        key=lambda e: (e.order_key, e.id),
    )


def _participant_language(rows: agenda_store.AgendaRows, participant_id: str) -> str:
    details = rows.participant_details.get(participant_id)
    return details.language if details else ""
