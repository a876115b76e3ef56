"""Staff upload a whole meeting (``PUT /meetings/{id}``): checked, then replaced in one go.

Every reference is checked before anything is written, and the error names the field
(``entries.3.participant_id``), so an upload is all or nothing. Replacing a meeting resets its
sessions' live state; the feed tells followers with one ``reset`` change per session.

A session's details (format, languages, track, type) and a participant's language are
optional fields of the upload: an older client's upload leaves them empty.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import delete, insert, select

from moderator.domain.model import (
    AgendaItem,
    Attendance,
    Meeting,
    Participant,
    ParticipantDetails,
    Session,
    SessionDetails,
    SessionFormat,
    SpeakerEntry,
    SpeechType,
    StakeholderGroup,
)
from moderator.server.documents import session_document
from moderator.server.models import ChangeRow
from moderator.server.schemas import MeetingUpload, SessionIn
from moderator.server.sync import ProtocolError, SyncService
from moderator.storage.models import (
    AgendaItemRow,
    MeetingRow,
    ParticipantRow,
    SessionRow,
    SpeakerEntryRow,
)
from moderator.storage.repository import MeetingBundle, insert_meeting_bundle


def bundle_from_upload(meeting_id: str, upload: MeetingUpload) -> MeetingBundle:
    _check_references(upload)
    m = upload.meeting
    return MeetingBundle(
        meeting=Meeting(
            id=meeting_id,
            title=m.title,
            venue=m.venue,
            timezone=m.timezone,
            is_demo=m.is_demo,
            warning_ms=m.warning_ms,
            final_ms=m.final_ms,
        ),
        participants=[
            Participant(
                id=p.id,
                meeting_id=meeting_id,
                name=p.name,
                function=p.function,
                organisation=p.organisation,
                stakeholder_group=StakeholderGroup(p.stakeholder_group),
                attendance=Attendance(p.attendance),
                gender=p.gender,
            )
            for p in upload.participants
        ],
        sessions=[
            Session(
                id=s.id,
                meeting_id=meeting_id,
                title=s.title,
                room=s.room,
                scheduled_start_ms=s.scheduled_start_ms,
                scheduled_end_ms=s.scheduled_end_ms,
            )
            for s in upload.sessions
        ],
        agenda_items=[
            AgendaItem(
                id=i.id,
                session_id=i.session_id,
                position=i.position,
                title=i.title,
                planned_duration_ms=i.planned_duration_ms,
            )
            for i in upload.agenda_items
        ],
        entries=[
            SpeakerEntry(
                id=e.id,
                agenda_item_id=e.agenda_item_id,
                participant_id=e.participant_id,
                speech_type=SpeechType(e.speech_type),
                allotted_ms=e.allotted_ms,
                order_key=e.order_key,
                origin=e.origin,
            )
            for e in upload.entries
        ],
        session_details=[
            details
            for details in (_session_details(s) for s in upload.sessions)
            if details != SessionDetails(details.session_id)
        ],
        participant_details=[
            ParticipantDetails(p.id, p.language.strip())
            for p in upload.participants
            if p.language.strip()
        ],
    )


def _session_details(session: SessionIn) -> SessionDetails:
    return SessionDetails(
        session_id=session.id,
        track=session.track.strip(),
        session_type=session.session_type.strip(),
        languages=session.languages.strip(),
        format=SessionFormat(session.format) if session.format else None,
    )


def upload_document(bundle: MeetingBundle, id_prefix: str = "") -> dict[str, Any]:
    """A meeting as the body of ``PUT /meetings/{id}`` (the inverse of ``bundle_from_upload``).

    ``id_prefix`` is put before every id, so one bundle can be uploaded under several meetings.
    Details and languages are written only where the bundle has them, so a bundle without any
    gives the body an older server accepts.
    """
    m = bundle.meeting
    details = {d.session_id: d for d in bundle.session_details}
    languages = {d.participant_id: d.language for d in bundle.participant_details}
    return {
        "meeting": {
            "title": m.title,
            "venue": m.venue,
            "timezone": m.timezone,
            "is_demo": m.is_demo,
            "warning_ms": m.warning_ms,
            "final_ms": m.final_ms,
        },
        "sessions": [
            {
                "id": id_prefix + s.id,
                "title": s.title,
                "room": s.room,
                "scheduled_start_ms": s.scheduled_start_ms,
                "scheduled_end_ms": s.scheduled_end_ms,
                **_details_fields(details.get(s.id)),
            }
            for s in bundle.sessions
        ],
        "agenda_items": [
            {
                "id": id_prefix + i.id,
                "session_id": id_prefix + i.session_id,
                "position": i.position,
                "title": i.title,
                "planned_duration_ms": i.planned_duration_ms,
            }
            for i in bundle.agenda_items
        ],
        "participants": [
            {
                "id": id_prefix + p.id,
                "name": p.name,
                "function": p.function,
                "organisation": p.organisation,
                "stakeholder_group": p.stakeholder_group.value,
                "attendance": p.attendance.value,
                "gender": p.gender,
                **({"language": languages[p.id]} if languages.get(p.id) else {}),
            }
            for p in bundle.participants
        ],
        "entries": [
            {
                "id": id_prefix + e.id,
                "agenda_item_id": id_prefix + e.agenda_item_id,
                "participant_id": id_prefix + e.participant_id,
                "speech_type": e.speech_type.value,
                "allotted_ms": e.allotted_ms,
                "order_key": e.order_key,
                "origin": e.origin,
            }
            for e in bundle.entries
        ],
    }


def _details_fields(details: SessionDetails | None) -> dict[str, Any]:
    """The optional session fields of an upload; none for a session without details."""
    if details is None or details == SessionDetails(details.session_id):
        return {}
    return {
        "track": details.track,
        "session_type": details.session_type,
        "languages": details.languages,
        "format": details.format.value if details.format is not None else "",
    }


def _check_references(upload: MeetingUpload) -> None:
    def fail(field: str, message: str) -> None:
        raise ProtocolError(422, "validation_failed", f"{field}: {message}", field=field)

    def unique(kind: str, ids: list[str]) -> set[str]:
        seen: set[str] = set()
        for index, value in enumerate(ids):
            if value in seen:
                fail(f"{kind}.{index}.id", f"duplicate id {value!r}")
            seen.add(value)
        return seen

    sessions = unique("sessions", [s.id for s in upload.sessions])
    items = unique("agenda_items", [i.id for i in upload.agenda_items])
    participants = unique("participants", [p.id for p in upload.participants])
    unique("entries", [e.id for e in upload.entries])
    for index, session in enumerate(upload.sessions):
        if session.scheduled_end_ms < session.scheduled_start_ms:
            fail(f"sessions.{index}.scheduled_end_ms", "ends before it starts")
    for index, item in enumerate(upload.agenda_items):
        if item.session_id not in sessions:
            fail(f"agenda_items.{index}.session_id", f"no session {item.session_id!r}")
    for index, entry in enumerate(upload.entries):
        if entry.agenda_item_id not in items:
            fail(f"entries.{index}.agenda_item_id", f"no agenda item {entry.agenda_item_id!r}")
        if entry.participant_id not in participants:
            fail(f"entries.{index}.participant_id", f"no participant {entry.participant_id!r}")


def replace_meeting(sync: SyncService, bundle: MeetingBundle) -> dict[str, Any]:
    """Replace (or create) the meeting; returns counts and the feed version after it."""
    meeting_id = bundle.meeting.id
    with sync.db.write() as connection:
        _check_ids_free(connection, bundle)
        old_sessions = (
            connection.execute(select(SessionRow.id).where(SessionRow.meeting_id == meeting_id))
            .scalars()
            .all()
        )
        connection.execute(delete(MeetingRow).where(MeetingRow.id == meeting_id))
        insert_meeting_bundle(connection, bundle)
        version = 0
        now = sync.now_ms()
        for session in bundle.sessions:
            version = append_reset(connection, meeting_id, session, now)
    touched = set(old_sessions) | {s.id for s in bundle.sessions}
    sync.invalidate(touched)
    sync.on_commit(touched)
    return {
        "meeting_id": meeting_id,
        "sessions": len(bundle.sessions),
        "agenda_items": len(bundle.agenda_items),
        "participants": len(bundle.participants),
        "entries": len(bundle.entries),
        "version": version or sync.current_version(),
    }


def _check_ids_free(connection: Any, bundle: MeetingBundle) -> None:
    """Ids are global; one already used by *another* meeting would be silently taken over."""
    meeting_id = bundle.meeting.id
    checks = [
        ("sessions", SessionRow, SessionRow.meeting_id, [s.id for s in bundle.sessions]),
        (
            "participants",
            ParticipantRow,
            ParticipantRow.meeting_id,
            [p.id for p in bundle.participants],
        ),
    ]
    for kind, table, owner, ids in checks:
        taken = (
            connection.execute(select(table.id).where(table.id.in_(ids), owner != meeting_id))
            .scalars()
            .first()
        )
        if taken is not None:
            raise ProtocolError(
                409, "id_in_use", f"{kind}: id {taken!r} belongs to another meeting"
            )
    item_ids = [i.id for i in bundle.agenda_items]
    taken_item = (
        connection.execute(
            select(AgendaItemRow.id)
            .join(SessionRow, SessionRow.id == AgendaItemRow.session_id)
            .where(AgendaItemRow.id.in_(item_ids), SessionRow.meeting_id != meeting_id)
        )
        .scalars()
        .first()
    )
    if taken_item is not None:
        raise ProtocolError(
            409, "id_in_use", f"agenda_items: id {taken_item!r} belongs to another meeting"
        )
    entry_ids = [e.id for e in bundle.entries]
    taken_entry = (
        connection.execute(
            select(SpeakerEntryRow.id)
            .join(AgendaItemRow, AgendaItemRow.id == SpeakerEntryRow.agenda_item_id)
            .join(SessionRow, SessionRow.id == AgendaItemRow.session_id)
            .where(SpeakerEntryRow.id.in_(entry_ids), SessionRow.meeting_id != meeting_id)
        )
        .scalars()
        .first()
    )
    if taken_entry is not None:
        raise ProtocolError(
            409, "id_in_use", f"entries: id {taken_entry!r} belongs to another meeting"
        )


def append_reset(connection, meeting_id: str, session: Session, now_ms: int) -> int:  # type: ignore[no-untyped-def]
    """A ``reset`` change in ``session``'s feed (its followers download it again, as after an
    upload or an import); returns its feed version."""
    result = connection.execute(
        insert(ChangeRow).values(
            meeting_id=meeting_id,
            session_id=session.id,
            entity="session",
            entity_id=session.id,
            op="reset",
            data_json=json.dumps(session_document(session), sort_keys=True),
            server_time_ms=now_ms,
        )
    )
    return int(result.inserted_primary_key[0])
