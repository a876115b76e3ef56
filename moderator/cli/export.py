"""``moderator export --format json``: the whole local state as one JSON document.

For scripting, support and checks (the crash test reads it). The layout is stable: fields are
only ever added. ``format_version`` changes if a field must change meaning. Times are integers in
milliseconds since the Unix epoch (UTC), durations integers in milliseconds; each running clock
also reports ``remaining_ms`` and ``phase`` as of ``exported_at_ms``.
"""

from __future__ import annotations

from typing import Any

from moderator import __version__
from moderator.domain.session_state import SessionState
from moderator.domain.timing.clock import format_countdown
from moderator.domain.timing.schedule import project
from moderator.storage.repository import Store

FORMAT_VERSION = 1


def export_state(store: Store, now_ms: int) -> dict[str, Any]:
    meetings = []
    for meeting in store.meetings():
        sessions = [
            _session_document(store.load_session_state(session.id), now_ms)
            for session in store.sessions(meeting.id)
        ]
        meetings.append(
            {
                "id": meeting.id,
                "title": meeting.title,
                "venue": meeting.venue,
                "timezone": meeting.timezone,
                "is_demo": meeting.is_demo,
                "thresholds": {"warning_ms": meeting.warning_ms, "final_ms": meeting.final_ms},
                "participants": [
                    {
                        "id": p.id,
                        "name": p.name,
                        "function": p.function,
                        "organisation": p.organisation,
                        "stakeholder_group": p.stakeholder_group.value,
                        "attendance": p.attendance.value,
                        "gender": p.gender,
                        "is_demo": p.is_demo,
                    }
                    for p in store.participants(meeting.id)
                ],
                "sessions": sessions,
            }
        )
    return {
        "format": "moderator-export",
        "format_version": FORMAT_VERSION,
        "app_version": __version__,
        "exported_at_ms": now_ms,
        "meetings": meetings,
        "commands": [
            {
                "seq": c.seq,
                "id": c.command_id,
                "session_id": c.session_id,
                "name": c.name,
                "args": c.args,
                "recorded_at_ms": c.recorded_at_ms,
            }
            for c in store.command_log()
        ],
    }


def _session_document(state: SessionState, now_ms: int) -> dict[str, Any]:
    session = state.session
    clock = state.clock
    remaining = clock.remaining_ms(now_ms)
    projection = project(state, now_ms)
    return {
        "id": session.id,
        "title": session.title,
        "room": session.room,
        "scheduled_start_ms": session.scheduled_start_ms,
        "scheduled_end_ms": session.scheduled_end_ms,
        "projected_end_ms": projection.projected_end_ms,
        "agenda_items": [
            {
                "id": item.id,
                "position": item.position,
                "title": item.title,
                "planned_duration_ms": item.planned_duration_ms,
                "speakers": [
                    {
                        "id": e.id,
                        "participant_id": e.participant_id,
                        "name": state.participant_of(e).name,
                        "speech_type": e.speech_type.value,
                        "allotted_ms": e.allotted_ms,
                        "order_key": e.order_key,
                        "state": e.state.value,
                        "started_at_ms": e.started_at_ms,
                        "ended_at_ms": e.ended_at_ms,
                    }
                    for e in state.entries
                    if e.agenda_item_id == item.id
                ],
            }
            for item in state.agenda_items
        ],
        "clock": {
            "entry_id": state.current_entry_id,
            "turn_id": state.current_turn_id,
            "status": clock.status.value,
            "allotted_ms": clock.allotted_ms,
            "accumulated_ms": clock.accumulated_ms,
            "running_since_ms": clock.running_since_ms,
            "remaining_ms": remaining,
            "display": format_countdown(remaining),
            "phase": clock.phase(now_ms, state.thresholds).value,
        },
        "turns": [
            {
                "id": t.id,
                "entry_id": t.entry_id,
                "participant_id": t.participant_id,
                "name": state.participants[t.participant_id].name
                if t.participant_id in state.participants
                else None,
                "agenda_item_id": t.agenda_item_id,
                "speech_type": t.speech_type.value,
                "allotted_ms": t.allotted_ms,
                "started_at_ms": t.started_at_ms,
                "ended_at_ms": t.ended_at_ms,
                "spoken_ms": t.spoken_ms,
                "paused_ms": t.paused_ms,
                "overrun_ms": t.overrun_ms,
                "interposed_in": t.interposed_in,
            }
            for t in sorted(state.turns.values(), key=lambda t: t.started_at_ms)
        ],
    }
