"""Make available offline, against the real server on loopback and a real SQLite file.

The demo meeting has one session; ``day_upload`` adds two more (one later today, one tomorrow in
the meeting's time zone, Europe/Madrid), each with its own agenda and list of speakers, so a
download of "several chosen sessions" has something to choose from.
"""

from __future__ import annotations

import asyncio
import copy
import datetime as dt
import time
import uuid
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from support.live_server import LiveServer, demo_upload

from moderator.domain.commands import GiveFloor
from moderator.domain.model import EntryState
from moderator.server.meetings import upload_document
from moderator.services.agenda.demo import build_demo_meeting
from moderator.services.agenda.offline import (
    DownloadProgress,
    Outcome,
    download_sessions,
    list_backend_sessions,
)
from moderator.services.chair.command_runner import CommandRunner
from moderator.services.chair.time_source import TimeSource
from moderator.services.readiness.check import WRITER_ROLES
from moderator.services.sync.backend_client import BackendClient
from moderator.storage import quick_read
from moderator.storage.database import open_database
from moderator.storage.repository import Store
from moderator.storage.sync_store import SyncStore

MADRID = ZoneInfo("Europe/Madrid")
MEETING = "day"


def day_upload(meeting_id: str, now_ms: int) -> dict:
    """The demo meeting with three sessions: ``-s1`` now, ``-s2`` later or earlier today,
    ``-s3`` tomorrow (all in Europe/Madrid), each with its own agenda items and entries."""
    upload = demo_upload(meeting_id, now_ms)
    (first,) = upload["sessions"]
    now = dt.datetime.fromtimestamp(now_ms / 1000, tz=MADRID)
    midnight = now.replace(hour=0, minute=0, second=0, microsecond=0)
    next_midnight = midnight + dt.timedelta(days=1)
    # Another moment of today, away from the day's edges whatever time the test runs.
    other_today = (
        midnight + (now - midnight) / 2 if now.hour >= 12 else now + (next_midnight - now) / 2
    )
    tomorrow = next_midnight + dt.timedelta(hours=10)
    items, entries = list(upload["agenda_items"]), list(upload["entries"])
    sessions = [dict(first, id=f"{meeting_id}-s1")]
    for item in items:
        item["session_id"] = f"{meeting_id}-s1"
    for n, start in ((2, other_today), (3, tomorrow)):
        session_id = f"{meeting_id}-s{n}"
        length = first["scheduled_end_ms"] - first["scheduled_start_ms"]
        start_ms = int(start.timestamp() * 1000)
        sessions.append(
            dict(
                first,
                id=session_id,
                title=f"Day session {n}",
                scheduled_start_ms=start_ms,
                scheduled_end_ms=start_ms + length,
            )
        )
        renamed = {}
        for item in upload["agenda_items"][: 2 + n]:  # 4 and 5 items: tell them apart
            copy_item = dict(item, id=f"{item['id']}-s{n}", session_id=session_id)
            renamed[item["id"]] = copy_item["id"]
            items.append(copy_item)
        for entry in upload["entries"]:
            if entry["agenda_item_id"] in renamed:
                entries.append(
                    dict(
                        entry,
                        id=f"{entry['id']}-s{n}",
                        agenda_item_id=renamed[entry["agenda_item_id"]],
                    )
                )
    return {**upload, "sessions": sessions, "agenda_items": items, "entries": entries}


def upload_day(server: LiveServer, now_ms: int) -> tuple[str, dict]:
    staff = server.create_token("staff", MEETING)
    upload = day_upload(MEETING, now_ms)
    with server.client(staff) as client:
        client.put(f"/api/v1/meetings/{MEETING}", json=upload).raise_for_status()
    return staff, upload


def counts(upload: dict, session_id: str) -> tuple[int, int]:
    items = {i["id"] for i in upload["agenda_items"] if i["session_id"] == session_id}
    entries = [e for e in upload["entries"] if e["agenda_item_id"] in items]
    return len(items), len(entries)


@pytest.fixture
def console_db(tmp_path: Path):
    path = tmp_path / "console.sqlite3"
    engine = open_database(path)
    yield path, Store(engine)
    engine.dispose()


def download(server, token, store, session_ids, **kwargs):
    async def run():
        client = BackendClient(server.url, token, timeout_s=10)
        try:
            return await download_sessions(
                client, store, session_ids, int(time.time() * 1000), **kwargs
            )
        finally:
            await client.close()

    return asyncio.run(run())


def test_two_chosen_sessions_download_and_open_with_the_backend_gone(live_server, console_db):
    path, store = console_db
    now_ms = int(time.time() * 1000)
    staff, upload = upload_day(live_server, now_ms)
    progress: list[DownloadProgress] = []

    started = time.perf_counter()
    report = download(
        live_server, staff, store, [f"{MEETING}-s1", f"{MEETING}-s2"], on_progress=progress.append
    )
    elapsed_ms = (time.perf_counter() - started) * 1000
    print(f"\ntwo sessions downloaded in {elapsed_ms:.0f} ms")

    assert [r.outcome for r in report.results] == [Outcome.DOWNLOADED, Outcome.DOWNLOADED]
    assert [p.done for p in progress] == [1, 2] and {p.total for p in progress} == {2}
    assert {p.latest.session_id for p in progress} == {f"{MEETING}-s1", f"{MEETING}-s2"}
    assert report.summary() == "2 of 2 sessions available offline."
    assert "agenda item" in report.results[0].message

    live_server.kill()  # the venue network is gone: everything below reads the file only
    store.engine.dispose()
    engine = open_database(path)
    try:
        reopened = Store(engine)
        assert {s.id for s in reopened.sessions()} == {f"{MEETING}-s1", f"{MEETING}-s2"}
        for session_id, result in zip(
            (f"{MEETING}-s1", f"{MEETING}-s2"), report.results, strict=True
        ):
            state = reopened.load_session_state(session_id)
            items, entries = counts(upload, session_id)
            assert len(state.agenda_items) == items == result.agenda_items
            assert len(state.entries) == entries == result.speakers
            assert all(state.participant_of(e).name for e in state.entries)
            assert state.meeting.timezone == "Europe/Madrid"
            # The console's fast start-up path reads the same thing.
            assert quick_read.load_session_state(path, session_id).entries == state.entries
        participants = reopened.participants(MEETING)
        assert len(participants) == len(upload["participants"])
        # A staff token's snapshot carries the personal fields the reports need (gender).
        by_id = {p["id"]: p for p in upload["participants"]}
        assert all(p.gender == by_id[p.id]["gender"] for p in participants)
        # Linked: the chair's actions offline queue for the backend.
        assert set(SyncStore(engine).linked_sessions()) == {f"{MEETING}-s1", f"{MEETING}-s2"}
    finally:
        engine.dispose()


def test_a_failing_session_is_named_and_the_others_still_arrive(live_server, console_db):
    _path, store = console_db
    staff, _upload = upload_day(live_server, int(time.time() * 1000))

    report = download(
        live_server,
        staff,
        store,
        [f"{MEETING}-s1", "no-such-session", f"{MEETING}-s3"],
        titles={"no-such-session": "The lost session"},
    )

    outcomes = {r.session_id: r.outcome for r in report.results}
    assert outcomes == {
        f"{MEETING}-s1": Outcome.DOWNLOADED,
        "no-such-session": Outcome.FAILED,
        f"{MEETING}-s3": Outcome.DOWNLOADED,
    }
    (failed,) = report.failed
    assert "The lost session" in failed.message and "404" in failed.message
    assert report.summary() == "2 of 3 sessions available offline; 1 failed."
    assert {s.id for s in store.sessions()} == {f"{MEETING}-s1", f"{MEETING}-s3"}


def test_the_backend_unreachable_fails_each_session_with_the_reason(live_server, console_db):
    _path, store = console_db
    staff, _upload = upload_day(live_server, int(time.time() * 1000))
    live_server.kill()

    report = download(live_server, staff, store, [f"{MEETING}-s1", f"{MEETING}-s2"])

    assert [r.outcome for r in report.results] == [Outcome.FAILED, Outcome.FAILED]
    assert all("cannot reach the backend" in r.message for r in report.results)
    assert store.sessions() == []


def test_pending_local_changes_are_never_overwritten(live_server, console_db):
    """Choice: such a session is *refused* (named, with the reason), not silently skipped."""
    _path, store = console_db
    staff, _upload = upload_day(live_server, int(time.time() * 1000))
    download(live_server, staff, store, [f"{MEETING}-s1"])
    state = store.load_session_state(f"{MEETING}-s1")
    runner = CommandRunner(store, state, TimeSource())
    first = state.entries[0].id
    runner.execute(
        GiveFloor(state.session.id, first, uuid.uuid4().hex, runner.time_source.now_ms())
    )
    assert SyncStore(store.engine).pending_count() == 1  # offline: queued for the backend

    report = download(live_server, staff, store, [f"{MEETING}-s1", f"{MEETING}-s2"])

    refused, downloaded = report.results
    assert refused.outcome is Outcome.REFUSED and downloaded.outcome is Outcome.DOWNLOADED
    assert "1 change made on this laptop is still waiting to be sent" in refused.message
    assert refused.title in refused.message
    after = store.load_session_state(f"{MEETING}-s1")
    assert after.entry(first).state is EntryState.SPEAKING  # the chair's action is intact
    assert SyncStore(store.engine).pending_count() == 1


def test_a_local_copy_with_recorded_actions_is_refused(live_server, console_db):
    """A session imported (or the demo) and run on this laptop, never followed: the backend
    does not know its turns, so a download must not replace them."""
    _path, store = console_db
    bundle = build_demo_meeting(int(time.time() * 1000))
    store.add_meeting(bundle)
    session_id = bundle.sessions[0].id
    staff = live_server.create_token("staff", bundle.meeting.id)
    with live_server.client(staff) as client:
        client.put(
            f"/api/v1/meetings/{bundle.meeting.id}", json=upload_document(bundle)
        ).raise_for_status()
    runner = CommandRunner(store, store.load_session_state(session_id), TimeSource())
    runner.execute(
        GiveFloor(session_id, bundle.entries[0].id, uuid.uuid4().hex, TimeSource().now_ms())
    )

    (result,) = download(live_server, staff, store, [session_id]).results

    assert result.outcome is Outcome.REFUSED
    assert "1 recorded chair action" in result.message
    assert store.load_session_state(session_id).entry(bundle.entries[0].id).state is (
        EntryState.SPEAKING
    )


def test_the_session_open_in_the_console_is_not_replaced(live_server, console_db):
    _path, store = console_db
    staff, _upload = upload_day(live_server, int(time.time() * 1000))

    report = download(
        live_server,
        staff,
        store,
        [f"{MEETING}-s1", f"{MEETING}-s2"],
        open_session_ids=[f"{MEETING}-s1"],
    )

    assert [r.outcome for r in report.results] == [Outcome.REFUSED, Outcome.DOWNLOADED]
    assert "open in the console" in report.results[0].message


def test_downloading_again_replaces_the_copy_with_the_backends_agenda(live_server, console_db):
    _path, store = console_db
    now_ms = int(time.time() * 1000)
    staff, upload = upload_day(live_server, now_ms)
    download(live_server, staff, store, [f"{MEETING}-s2"])
    items, entries = counts(upload, f"{MEETING}-s2")
    assert len(store.load_session_state(f"{MEETING}-s2").entries) == entries

    # Staff take a speaker off the list on the backend (the agenda is uploaded again).
    changed = copy.deepcopy(upload)
    gone = next(e for e in changed["entries"] if e["id"].endswith("-s2"))
    changed["entries"].remove(gone)
    with live_server.client(staff) as client:
        client.put(f"/api/v1/meetings/{MEETING}", json=changed).raise_for_status()

    (result,) = download(live_server, staff, store, [f"{MEETING}-s2"]).results

    assert result.outcome is Outcome.UPDATED and result.speakers == entries - 1
    state = store.load_session_state(f"{MEETING}-s2")
    assert len(state.entries) == entries - 1 and not state.has_entry(gone["id"])
    assert len(state.agenda_items) == items


def test_downloads_run_concurrently_but_bounded(live_server, console_db):
    _path, store = console_db
    staff, _upload = upload_day(live_server, int(time.time() * 1000))
    in_flight = peak = 0

    async def run():
        nonlocal in_flight, peak
        client = BackendClient(live_server.url, staff)
        real = client.snapshot

        async def counted(session_id, client_id=None):
            nonlocal in_flight, peak
            in_flight += 1
            peak = max(peak, in_flight)
            try:
                await asyncio.sleep(0.05)  # long enough for the others to start if allowed
                return await real(session_id, client_id)
            finally:
                in_flight -= 1

        client.snapshot = counted  # type: ignore[method-assign]
        try:
            return await download_sessions(
                client,
                store,
                [f"{MEETING}-s1", f"{MEETING}-s2", f"{MEETING}-s3"],
                int(time.time() * 1000),
                concurrency=2,
            )
        finally:
            await client.close()

    report = asyncio.run(run())

    assert len(report.succeeded) == 3
    assert peak == 2


def test_a_chair_token_lists_its_sessions_and_cannot_download_the_others(live_server, console_db):
    _path, store = console_db
    upload_day(live_server, int(time.time() * 1000))
    chair = live_server.create_token("chair", MEETING, sessions=[f"{MEETING}-s1"])

    async def listing():
        client = BackendClient(live_server.url, chair)
        try:
            return await list_backend_sessions(client)
        finally:
            await client.close()

    offered = asyncio.run(listing())
    assert offered.role == "chair" and offered.role in WRITER_ROLES
    assert offered.timezone == "Europe/Madrid"
    assert {s.id: s.allowed for s in offered.sessions} == {
        f"{MEETING}-s1": True,
        f"{MEETING}-s2": False,
        f"{MEETING}-s3": False,
    }

    report = download(live_server, chair, store, [f"{MEETING}-s1", f"{MEETING}-s2"])

    assert [r.outcome for r in report.results] == [Outcome.DOWNLOADED, Outcome.FAILED]
    assert "not_found" in report.results[1].message  # not visible to this token
