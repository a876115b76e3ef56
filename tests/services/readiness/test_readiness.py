"""The readiness check: the judgement on given facts (pure), the local facts read from a real
SQLite file, and the backend probed for real on loopback: up, down, hanging, a bad token (401),
no token."""

from __future__ import annotations

import asyncio
import dataclasses
import datetime as dt
import os
import socket
import threading
import time
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from support.live_server import LiveServer
from support.readiness import item_of, keys_of

from moderator.services.agenda.demo import build_demo_meeting
from moderator.services.agenda.offline import download_sessions
from moderator.services.readiness.check import (
    BackendFacts,
    DatabaseFacts,
    DisplayFacts,
    LocalFacts,
    ReadinessInputs,
    SessionFacts,
    Status,
    SyncFacts,
    build_report,
    display_item,
    gather_local,
    probe_backend,
    sessions_item,
    token_item,
)
from moderator.services.sync.backend_client import BackendClient
from moderator.storage.database import open_database
from moderator.storage.repository import Store

MADRID = ZoneInfo("Europe/Madrid")
# 23:00 UTC on 10 June is already 01:00 on 11 June in Madrid.
NOW = int(dt.datetime(2024, 6, 10, 23, 0, tzinfo=dt.UTC).timestamp() * 1000)


def at(day: int, hour: int, minute: int = 0) -> int:
    return int(dt.datetime(2024, 6, day, hour, minute, tzinfo=MADRID).timestamp() * 1000)


def session(title: str = "Opening", start: int | None = None, **changes) -> SessionFacts:
    start = at(11, 10) if start is None else start
    values = dict(
        id=title.lower(),
        title=title,
        meeting_title="Side event",
        timezone="Europe/Madrid",
        scheduled_start_ms=start,
        scheduled_end_ms=start + 90 * 60_000,
        agenda_items=5,
        speakers=14,
        participants=20,
        linked=True,
    )
    return SessionFacts(**{**values, **changes})


def local(*today: SessionFacts, **changes) -> LocalFacts:
    values = dict(
        database=DatabaseFacts("/data/moderator.sqlite3", free_bytes=40 * 1024**3),
        sessions_today=tuple(today),
        sessions_total=len(today),
        pending=0,
    )
    return LocalFacts(**{**values, **changes})


def backend(**changes) -> BackendFacts:
    values = dict(
        url="https://moderator.example.org",
        reachable=True,
        round_trip_ms=12,
        health_status=200,
        token_present=True,
        token_source="the keyring",
        token_accepted=True,
        role="chair",
        meeting_title="Side event",
        timezone="Europe/Madrid",
        scope_session_ids=("opening",),
        remote_sessions=(),
    )
    return BackendFacts(**{**values, **changes})


TWO_SCREENS = DisplayFacts(wanted="HDMI-1", screens=("eDP-1", "HDMI-1"))


def report_of(local_facts, backend_facts=None, keyring=True, display=TWO_SCREENS):
    return build_report(ReadinessInputs(local_facts, backend_facts, keyring, display), NOW)


# --- the judgement ------------------------------------------------------------------------------


def test_everything_in_place_is_ready():
    report = report_of(local(session()), backend())

    assert report.ready and report.status is Status.OK
    assert keys_of(report) == [
        "database",
        "sessions",
        "pending",
        "backend_url",
        "backend_reachable",
        "token",
        "offline",
        "keyring",
        "display",
    ]
    assert report.summary() == "Ready: all 9 checks passed."
    sessions = item_of(report, "sessions").text
    assert "1 session today (Europe/Madrid)" in sessions
    assert "10:00–11:30 “Opening” (5 agenda items, 14 speakers)" in sessions
    assert (
        item_of(report, "token").text
        == "Valid (from the keyring): chair of “Side event”, for 1 session."
    )
    for item in report.items:
        print(item.line())


def test_today_is_the_meetings_day_not_the_utc_day():
    """At 23:00 UTC on 10 June it is already 11 June in Madrid: a session at 10:00 on 11 June
    is today's, one at 20:00 on 10 June (Madrid) is not."""
    path_facts = gather_today([at(11, 10), at(10, 20)])
    assert [s.scheduled_start_ms for s in path_facts.sessions_today] == [at(11, 10)]
    assert path_facts.sessions_total == 2


def gather_today(starts: list[int]) -> LocalFacts:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "m.sqlite3"
        engine = open_database(path)
        try:
            store = Store(engine)
            bundle = build_demo_meeting(starts[0])
            sessions = [
                dataclasses.replace(
                    bundle.sessions[0],
                    id=f"s{n}",
                    scheduled_start_ms=start,
                    scheduled_end_ms=start + 3_600_000,
                )
                for n, start in enumerate(starts)
            ]
            items = [dataclasses.replace(i, session_id="s0") for i in bundle.agenda_items]
            store.add_meeting(
                dataclasses.replace(
                    bundle,
                    meeting=dataclasses.replace(bundle.meeting, is_demo=False),
                    sessions=sessions,
                    agenda_items=items,
                )
            )
            return gather_local(path, NOW)
        finally:
            engine.dispose()


def test_no_session_today_names_the_next_one():
    tomorrow = session("Closing", start=at(12, 16))
    item = sessions_item(local(sessions_total=3, next_session=tomorrow), NOW)

    assert item.status is Status.WARNING
    assert item.text == (
        "None of the 3 sessions on this laptop is scheduled for today. The next one is "
        "“Closing” on Wednesday 12 June at 16:00 (Europe/Madrid)."
    )


def test_no_sessions_at_all_is_a_problem_and_only_the_demo_is_a_warning():
    assert sessions_item(local(), NOW).status is Status.PROBLEM
    demo = sessions_item(local(session(is_demo=True, linked=False)), NOW)
    assert demo.status is Status.WARNING and demo.text.startswith("Only the demo meeting")
    assert "local copy, not synced, demo" in demo.text


def test_a_session_without_agenda_or_speakers_is_a_warning():
    empty = sessions_item(local(session(agenda_items=0, speakers=0)), NOW)
    nobody = sessions_item(local(session(speakers=0)), NOW)
    assert empty.status is Status.WARNING and "“Opening” has no agenda items" in empty.text
    assert nobody.status is Status.WARNING and "nobody on the list of speakers" in nobody.text


def test_changes_waiting_to_be_sent_are_counted():
    report = report_of(local(session(), pending=12), backend())
    item = item_of(report, "pending")
    assert item.status is Status.WARNING
    assert item.text.startswith("12 changes made on this laptop are waiting to be sent")
    assert report.summary() == "Not ready: 1 warning needs attention."


def test_database_problems_and_disk_space():
    missing = item_of(
        report_of(LocalFacts(DatabaseFacts("/x.sqlite3", exists=False), sessions_today=None)),
        "database",
    )
    assert missing.status is Status.PROBLEM and "no database at /x.sqlite3" in missing.text
    low = item_of(
        report_of(local(session(), database=DatabaseFacts("/d.sqlite3", free_bytes=20 * 1024**2))),
        "database",
    )
    assert low.status is Status.PROBLEM and "only 20.0 MB is free" in low.text
    tight = item_of(
        report_of(local(session(), database=DatabaseFacts("/d.sqlite3", free_bytes=300 * 1024**2))),
        "database",
    )
    assert tight.status is Status.WARNING


def test_no_backend_configured_and_the_offline_check():
    report = report_of(local(session()), None, keyring=False)
    assert item_of(report, "backend_url").status is Status.WARNING
    assert "backend_reachable" not in keys_of(report) and "token" not in keys_of(report)
    assert item_of(report, "keyring").status is Status.OK  # no token needed

    offline = report_of(local(session()), backend(contacted=False))
    assert item_of(offline, "backend_url").text.endswith("not contacted (offline check).")
    assert "backend_reachable" not in keys_of(offline)


def test_token_items():
    refused = token_item(
        backend(token_accepted=False, token_refusal="401 unauthenticated, unknown token"),
        local(),
    )
    assert refused.status is Status.PROBLEM and "401 unauthenticated" in refused.text
    display = token_item(backend(role="display"), local())
    assert display.status is Status.PROBLEM and "cannot send the chair's actions" in display.text
    out_of_scope = token_item(backend(scope_session_ids=("other",)), local(session()))
    assert out_of_scope.status is Status.WARNING and "not for “Opening”" in out_of_scope.text
    missing = token_item(backend(token_present=False, token_accepted=None), local())
    assert missing.status is Status.WARNING and missing.text.startswith("No token stored")
    staff = token_item(backend(role="staff"), local(session()))
    assert (
        staff.status is Status.OK
        and staff.text == "Valid (from the keyring): staff of “Side event”."
    )


def test_the_backend_sessions_of_today_missing_on_this_laptop():
    from moderator.services.readiness.check import RemoteSessionFacts

    remote = (
        RemoteSessionFacts("opening", "Opening", at(11, 10)),
        RemoteSessionFacts("panel", "Panel", at(11, 14)),
        RemoteSessionFacts("tomorrow", "Tomorrow", at(12, 10)),
        RemoteSessionFacts("theirs", "Not ours", at(11, 9), allowed=False),
    )
    item = item_of(report_of(local(session()), backend(remote_sessions=remote)), "offline")
    assert item.status is Status.WARNING
    assert item.text == (
        "1 of today's 2 sessions on the backend is not on this laptop: “Panel”. "
        "Make them available offline."
    )


@pytest.mark.parametrize(
    ("facts", "status", "words"),
    [
        (DisplayFacts("HDMI-1", ("eDP-1", "HDMI-1")), Status.OK, "“HDMI-1” is connected"),
        (DisplayFacts("HDMI-1", ("eDP-1",)), Status.WARNING, "“HDMI-1” is not connected"),
        (DisplayFacts("", ("eDP-1",)), Status.WARNING, "Only one screen"),
        (DisplayFacts("eDP-1", ("eDP-1",)), Status.WARNING, "the only screen"),
        (DisplayFacts("", ("eDP-1", "DP-2")), Status.OK, "opens on “DP-2”"),
        (DisplayFacts("HDMI-1", None), Status.WARNING, "no graphical session"),
    ],
)
def test_speaker_display_screen(facts, status, words):
    item = display_item(facts)
    assert item.status is status and words in item.text


def test_a_followed_session_syncs_only_with_a_token_and_the_check_says_which():
    """Issue 13, finding 4: with no token, a followed session does not sync after a restart;
    the check says so, and where a token would come from when there is one."""
    url = "https://moderator.example.org"
    followed = local(session(), followed_sessions=1, followed_backend=url)

    def sync_of(facts: LocalFacts, sync: SyncFacts):
        inputs = ReadinessInputs(facts, backend(url=url), True, TWO_SCREENS, sync)
        return item_of(build_report(inputs, NOW), "sync")

    none = sync_of(followed, SyncFacts(backend_url=url))
    assert none.status is Status.WARNING
    assert none.text.startswith(
        f"1 session followed on {url}, no token available: not syncing — press Ctrl+K"
    )
    for source in ("keyring", "environment"):
        found = sync_of(followed, SyncFacts(backend_url=url, token_source=source))
        assert found.status is Status.OK
        assert f"1 session followed on {url}, token available ({source})" in found.text
    syncing = sync_of(followed, SyncFacts(backend_url=url, syncing=True))
    assert syncing.status is Status.OK and syncing.text.endswith("this console is syncing.")
    unknown = sync_of(local(session(), followed_sessions=2), SyncFacts())
    assert unknown.status is Status.WARNING
    assert "2 sessions followed on a backend whose address this laptop does not know" in (
        unknown.text
    )
    assert "press Ctrl+K" in unknown.text
    # Nothing followed: nothing to say (the check keeps its nine lines).
    assert "sync" not in keys_of(report_of(local(session()), backend()))


def test_a_check_beside_an_open_console_does_not_claim_it_is_not_syncing():
    """Walking the staff's day: `moderator check` said "not syncing — press Ctrl+K" about a
    console online with a token pasted in Ctrl+K (kept for that run only). The check cannot
    see that token: it names the console and its badge, and what a restart would do."""
    url = "https://moderator.example.org"
    database = DatabaseFacts(
        "/data/moderator.sqlite3",
        free_bytes=40 * 1024**3,
        in_use_by="a Moderator console (pid 4242)",
    )
    facts = local(session(), database=database, followed_sessions=1, followed_backend=url)
    inputs = ReadinessInputs(facts, backend(url=url), True, TWO_SCREENS, SyncFacts(url))
    item = item_of(build_report(inputs, NOW), "sync")
    assert item.status is Status.WARNING
    assert "not syncing" not in item.text
    assert "open in a Moderator console (pid 4242), whose sync badge says" in item.text
    assert "after a restart it would not sync until Ctrl+K" in item.text


# --- local facts from a real file -------------------------------------------------------------


def test_the_followed_sessions_and_their_backend_are_read_from_the_file(
    tmp_path: Path, monkeypatch
):
    path = tmp_path / "m.sqlite3"
    engine = open_database(path)
    store = Store(engine)
    bundle = build_demo_meeting(NOW)
    store.add_meeting(bundle)
    state = store.load_session_state(bundle.sessions[0].id)
    # As a download records it: the address without its trailing slash.
    store.save_snapshot(state, cursor=3, now_ms=NOW, backend_url=" https://m.example.org/ ")
    engine.dispose()

    facts = gather_local(path, NOW)
    assert (facts.followed_sessions, facts.followed_backend) == (1, "https://m.example.org")
    # A file the check cannot write is read with the plain sqlite3 module: the same facts.
    monkeypatch.setattr(
        "moderator.services.readiness.check._write_problem", lambda p: "read-only (test)"
    )
    quick = gather_local(path, NOW)
    assert (quick.followed_sessions, quick.followed_backend) == (1, "https://m.example.org")
    assert quick.sessions_today is not None


def test_gather_local_reads_a_real_database(tmp_path: Path):
    path = tmp_path / "m.sqlite3"
    engine = open_database(path)
    bundle = build_demo_meeting(int(time.time() * 1000))
    Store(engine).add_meeting(bundle)
    engine.dispose()

    facts = gather_local(path, int(time.time() * 1000))

    (today,) = facts.sessions_today
    assert today.agenda_items == len(bundle.agenda_items) and today.speakers == len(bundle.entries)
    assert today.is_demo and not today.linked
    assert facts.pending == 0 and facts.database.write_problem is None
    assert facts.database.free_bytes and facts.database.free_bytes > 0


def test_gather_local_without_a_file_and_with_a_foreign_file(tmp_path: Path):
    from moderator.storage.file_check import DatabaseError

    missing = gather_local(tmp_path / "none.sqlite3", NOW)
    assert not missing.database.exists and missing.sessions_today is None
    foreign = tmp_path / "notes.txt"
    foreign.write_text("not a database", encoding="utf-8")
    with pytest.raises(DatabaseError, match="not a Moderator database"):
        gather_local(foreign, NOW)
    with pytest.raises(DatabaseError, match="is a folder"):
        gather_local(tmp_path, NOW)


def test_a_read_only_database_is_a_problem(tmp_path: Path, monkeypatch):
    path = tmp_path / "m.sqlite3"
    engine = open_database(path)
    Store(engine).add_meeting(build_demo_meeting(NOW))
    engine.dispose()
    path.chmod(0o444)
    if os.access(path, os.W_OK):  # root writes anyway: pretend to be the chair's account
        real_access = os.access
        monkeypatch.setattr(
            "moderator.services.readiness.check.os.access",
            lambda p, mode: False if Path(p) == path and mode == os.W_OK else real_access(p, mode),
        )
    try:
        facts = gather_local(path, NOW)
    finally:
        path.chmod(0o644)

    assert "read-only" in (facts.database.write_problem or "")
    assert item_of(report_of(facts), "database").status is Status.PROBLEM
    # The sessions and the changes waiting are still read (every check reads read-only).
    assert facts.sessions_total == 1 and facts.pending == 0


# --- the backend, for real --------------------------------------------------------------------


def probe(url: str, token: str | None, **kwargs) -> tuple[BackendFacts, float]:
    started = time.perf_counter()
    facts = asyncio.run(probe_backend(url, token, "MODERATOR_TOKEN", **kwargs))
    return facts, (time.perf_counter() - started) * 1000


def test_server_up_with_a_valid_token(live_server: LiveServer, tmp_path: Path):
    demo = live_server.load_demo("demo")

    facts, elapsed = probe(live_server.url, demo.staff_token)

    print(f"\nprobe of a live server: {elapsed:.0f} ms")
    assert facts.reachable and facts.health_status == 200 and facts.token_accepted
    assert facts.role == "staff" and facts.timezone == "Europe/Madrid"
    assert [s.id for s in facts.remote_sessions] == [demo.session_id]
    # Nothing downloaded yet: today's session on the backend is missing here.
    empty = tmp_path / "console.sqlite3"
    open_database(empty).dispose()
    now = int(time.time() * 1000)
    report = build_report(ReadinessInputs(gather_local(empty, now), facts, True, TWO_SCREENS), now)
    assert item_of(report, "offline").status is Status.WARNING
    assert item_of(report, "token").status is Status.OK
    assert item_of(report, "token").text.startswith("Valid (from MODERATOR_TOKEN): staff of “")
    # After making it available offline, the same check passes.
    engine = open_database(empty)
    try:

        async def fetch():
            client = BackendClient(live_server.url, demo.staff_token)
            try:
                await download_sessions(client, Store(engine), [demo.session_id], now)
            finally:
                await client.close()

        asyncio.run(fetch())
    finally:
        engine.dispose()
    report = build_report(ReadinessInputs(gather_local(empty, now), facts, True, TWO_SCREENS), now)
    assert item_of(report, "offline").status is Status.OK
    assert item_of(report, "sessions").status is Status.WARNING  # the demo meeting only
    for item in report.items:
        assert demo.staff_token not in item.text


def test_server_down(live_server: LiveServer):
    demo = live_server.load_demo("demo")
    live_server.kill()

    facts, elapsed = probe(live_server.url, demo.staff_token)

    print(f"\nprobe of a stopped server: {elapsed:.0f} ms")
    assert facts.reachable is False and facts.token_accepted is None
    report = report_of(local(session()), facts)
    assert item_of(report, "backend_reachable").status is Status.WARNING
    assert "Cannot reach" in item_of(report, "backend_reachable").text
    assert "could not be checked" in item_of(report, "token").text
    assert elapsed < 2500


def test_a_bad_token_is_refused_with_401(live_server: LiveServer):
    live_server.load_demo("demo")

    facts, _elapsed = probe(live_server.url, "not-a-real-token-" + "x" * 20)

    assert facts.reachable and facts.token_accepted is False
    item = item_of(report_of(local(session()), facts), "token")
    assert item.status is Status.PROBLEM and "401 unauthenticated" in item.text
    assert "not-a-real-token" not in item.text


def test_no_token(live_server: LiveServer):
    facts, _elapsed = probe(live_server.url, None)

    assert facts.reachable and not facts.token_present and facts.token_accepted is None
    item = item_of(report_of(local(session()), facts), "token")
    assert item.status is Status.WARNING and item.text.startswith("No token stored")


def test_a_backend_that_never_answers_does_not_hang_the_check():
    """A socket that accepts and then says nothing (a captive portal, a dead proxy)."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    accepted: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        listener.settimeout(0.1)
        while not stop.is_set():
            try:
                accepted.append(listener.accept()[0])
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{listener.getsockname()[1]}"
    try:
        facts, elapsed = probe(url, "token", timeout_s=0.5, deadline_s=1.5)
    finally:
        stop.set()
        thread.join()
        for connection in accepted:
            connection.close()
        listener.close()

    print(f"\nprobe of a silent backend: {elapsed:.0f} ms")
    assert facts.reachable is False and "no answer within 0.5 s" in facts.unreachable_reason
    assert elapsed < 1500


def test_a_refused_token_is_never_reported_as_syncing():
    """Walking the staff's day: the readiness window showed "✗ Token: refused" and "✓ Sync:
    this console is syncing" side by side (the console had a connection, with a bad token)."""
    url = "https://moderator.example.org"
    facts = local(session(), followed_sessions=1, followed_backend=url)
    refused = backend(url=url, token_present=True, token_accepted=False, token_refusal="401")
    inputs = ReadinessInputs(facts, refused, True, TWO_SCREENS, SyncFacts(url, syncing=True))
    item = item_of(build_report(inputs, NOW), "sync")
    assert item.status is Status.PROBLEM
    assert "refuses the token (401), so nothing syncs" in item.text
    assert "this console is syncing" not in item.text


def test_a_token_that_expires_before_todays_session_ends_is_a_warning():
    opening = session()  # 10:00–11:30 in Madrid
    short = token_item(backend(token_expires_at_ms=at(11, 11)), local(opening))
    assert short.status is Status.WARNING
    assert "expires at 2024-06-11 11:00 (Europe/Madrid), before “Opening” ends" in short.text
    assert "lasts the day" in short.text
    long = token_item(backend(token_expires_at_ms=at(11, 12, 30)), local(opening))
    assert long.status is Status.OK
    assert long.text.endswith("expires 2024-06-11 12:30 (Europe/Madrid).")


def test_the_check_reads_a_tokens_expiry_from_the_backend(live_server: LiveServer):
    demo = live_server.load_demo("demo")
    expires = int(time.time() * 1000) + 3 * 3_600_000
    token = live_server.create_token("staff", expires_at_ms=expires)
    facts, _ = probe(live_server.url, token)
    assert facts.token_accepted and facts.token_expires_at_ms == expires
    assert probe(live_server.url, demo.staff_token)[0].token_expires_at_ms is None
