"""A meeting: read it with its sessions, replace it whole (the upload), import an agenda into
it (staff's spreadsheet through the console's importers), read its roster."""

import json
from typing import Any

from fastapi import APIRouter, Request

from moderator.server.documents import meeting_document, participant_document, session_document
from moderator.server.logs import audit
from moderator.server.meetings import bundle_from_upload, replace_meeting
from moderator.server.routes.deps import (
    Anyone,
    Database,
    Manager,
    MeetingId,
    RoleRoute,
    Sync,
    Writer,
    own_meeting,
)
from moderator.server.routes.errors import ERRORS
from moderator.server.schemas import (
    AgendaDocument,
    AgendaUploadAnswer,
    MeetingAnswer,
    MeetingUpload,
    MeetingUploadAnswer,
    ParticipantsAnswer,
)
from moderator.server.sync import ProtocolError
from moderator.server.tokens.auth import Role

router = APIRouter(prefix="/api/v1", route_class=RoleRoute, tags=["meetings"], responses=ERRORS)


@router.get("/meetings/{meeting_id}", response_model=MeetingAnswer)
def get_meeting(meeting_id: MeetingId, principal: Anyone, db: Database) -> dict[str, Any]:
    own_meeting(principal, meeting_id)
    from moderator.storage.repository import Store

    store = Store(db.engine)
    meeting = next((m for m in store.meetings() if m.id == meeting_id), None)
    if meeting is None:
        raise ProtocolError(404, "not_found", f"no meeting {meeting_id!r}")
    sessions = [
        s
        for s in store.sessions(meeting_id)
        if principal.role is not Role.DISPLAY
        or not principal.session_ids
        or s.id in principal.session_ids
    ]
    return {
        "meeting": meeting_document(meeting),
        "sessions": [session_document(s) for s in sessions],
    }


@router.put("/meetings/{meeting_id}", response_model=MeetingUploadAnswer)
def put_meeting(
    meeting_id: MeetingId, upload: MeetingUpload, principal: Manager, sync: Sync
) -> dict[str, Any]:
    own_meeting(principal, meeting_id)
    return replace_meeting(sync, bundle_from_upload(meeting_id, upload))


@router.post("/meetings/{meeting_id}/agenda", response_model=AgendaUploadAnswer)
def post_agenda(
    meeting_id: MeetingId,
    document: AgendaDocument,
    principal: Manager,
    sync: Sync,
    request: Request,
    dry_run: bool = False,
) -> dict[str, Any]:
    """Import Moderator's agenda JSON into the meeting as ``moderator-server import`` does:
    the preview of what changes (``dry_run``: nothing written), or the import applied."""
    own_meeting(principal, meeting_id)
    from moderator.importers import ScheduleImportError, parse
    from moderator.importers.agenda_json import FORMAT_TAG
    from moderator.server.agenda_upload import preview_document, upload_plan
    from moderator.server.input_rules import text_problem_at

    source = f"agenda for meeting {meeting_id}"
    if document.format != FORMAT_TAG:
        raise ProtocolError(
            422,
            "validation_failed",
            f"format: expected {FORMAT_TAG!r} (moderator export-agenda --format json), "
            f"found {document.format!r}",
            field="format",
        )
    unstorable = text_problem_at(document.meetings, "meetings")
    if unstorable is not None:
        where, why = unstorable
        raise ProtocolError(422, "validation_failed", f"{where}: {why}", field=where)
    data = json.dumps(document.model_dump(exclude_none=True)).encode()
    try:
        plan = parse(source, data, "json")
    except ScheduleImportError as error:
        raise ProtocolError(422, "validation_failed", str(error), field=error.field) from error
    result = upload_plan(sync, meeting_id, plan, dry_run=dry_run)
    if not result.applied or not result.preview.writes():  # a dry run, or nothing to change
        audit.note_outcome(request.state, audit.NOOP)
    return preview_document(result)


@router.get("/meetings/{meeting_id}/participants", response_model=ParticipantsAnswer)
def get_participants(meeting_id: MeetingId, principal: Writer, db: Database) -> dict[str, Any]:
    own_meeting(principal, meeting_id)
    from moderator.storage.repository import Store

    participants = Store(db.engine).participants(meeting_id)
    return {"participants": [participant_document(p, full=True) for p in participants]}
