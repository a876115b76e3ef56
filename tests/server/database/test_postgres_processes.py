"""Three server processes on one PostgreSQL database, as three hosts behind a load balancer.

What a chair, a remote participant and a wall display see when their requests land on
different processes: every change reaches every stream and long-poll whichever process took
it, a retried push is applied once whichever process it reaches, no process decides against
data another one changed, the hand-raising rate limit is one for all, and a process killed in
the middle of pushes loses nothing while its streams carry on from another.

The heartbeat is far longer than any wait here: a change that arrives came by PostgreSQL's
notification, not by a stream's periodic re-read.
"""

from __future__ import annotations

import json
import queue
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest
from helpers import API, clock_mutation, give_floor, now_ms, push, snapshot, sse_items
from postgres import create_database
from support.live_server import DemoMeeting, LiveServer, running_servers

HEARTBEAT_S = 60.0
#: How long a test waits for what a notification brings at once (far below the heartbeat).
WAIT_S = 15.0
_ENDED = object()


@pytest.fixture(scope="module")
def processes(cluster: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[list[LiveServer]]:
    url = create_database(cluster, "moderator_processes")
    folder = tmp_path_factory.mktemp("processes")
    with running_servers(url, folder, 3, heartbeat_s=HEARTBEAT_S) as servers:
        yield servers


_meetings = iter(range(1, 1000))


@pytest.fixture
def meeting(processes: list[LiveServer]) -> DemoMeeting:
    return processes[0].load_demo(f"pm{next(_meetings)}")


class Follower:
    """An event stream read in a thread, as a participant's page or a console reads it: its
    changes land in a queue; ``_ENDED`` when the connection ends."""

    def __init__(
        self,
        server: LiveServer,
        token: str,
        session_id: str,
        last_event_id: int | None = None,
    ) -> None:
        self.items: queue.Queue[Any] = queue.Queue()
        self.connected = threading.Event()
        self.seen: list[dict[str, Any]] = []
        headers = {"Last-Event-ID": str(last_event_id)} if last_event_id is not None else {}
        self._client = server.client(token, timeout=httpx.Timeout(10.0, read=None))
        self._request = (f"{API}/sessions/{session_id}/events", headers)
        threading.Thread(target=self._read, daemon=True).start()
        assert self.connected.wait(WAIT_S), "the stream did not start"

    def _read(self) -> None:
        path, headers = self._request
        try:
            with self._client.stream("GET", path, headers=headers) as response:
                assert response.status_code == 200, response.read()
                for item in sse_items(response.iter_lines()):
                    if item.comment is not None and item.comment.startswith("connected"):
                        self.connected.set()
                    elif item.is_event and item.fields.get("event") == "change":
                        self.items.put(item.fields)
        except (httpx.HTTPError, RuntimeError):
            pass  # the connection ended (a killed server, or ``close``)
        finally:
            self.items.put(_ENDED)

    def change_where(self, wanted: Any) -> dict[str, Any]:
        """The next change (``wanted(change)``), skipping others; fails after ``WAIT_S``."""
        while True:
            try:
                fields = self.items.get(timeout=WAIT_S)
            except queue.Empty:
                pytest.fail(f"no such change within {WAIT_S} s; saw {self.seen}")
            if fields is _ENDED:
                pytest.fail(f"the stream ended; saw {self.seen}")
            change = json.loads(fields["data"])
            assert fields["id"] == str(change["version"])
            self.seen.append(change)
            if wanted(change):
                return change

    def wait_ended(self) -> None:
        while True:
            item = self.items.get(timeout=WAIT_S)
            if item is _ENDED:
                return
            self.seen.append(json.loads(item["data"]))

    def close(self) -> None:
        self._client.close()


def _of_mutation(client_id: str, mutation_id: int) -> Any:
    return lambda change: (
        change.get("client_id") == client_id
        and change.get("mutation_id") == mutation_id
        and change.get("mutation_done")
    )


def test_a_stream_on_one_process_sees_pushes_through_the_others(
    processes: list[LiveServer], meeting: DemoMeeting
):
    first, second, third = processes
    display = first.create_token("display", meeting.meeting_id)
    chair = first.create_token("chair", meeting.meeting_id, sessions=[meeting.session_id])
    staff = meeting.staff_token
    follower = Follower(first, display, meeting.session_id)
    try:
        with second.client(chair) as client:
            mutation = give_floor(
                1, meeting.session_id, meeting.entry_ids[0], f"{meeting.meeting_id}-t1", now_ms()
            )
            assert push(client, f"{meeting.meeting_id}-console-a", [mutation]).status_code == 200
        follower.change_where(_of_mutation(f"{meeting.meeting_id}-console-a", 1))

        # A roster change is meeting-wide (no session in the feed): it wakes the session too.
        walk_in = {
            "id": 1,
            "name": "add_participant",
            "args": {
                "session_id": meeting.session_id,
                "participant_id": f"{meeting.meeting_id}-walk-in",
                "person_name": "Walk-in speaker",
            },
        }
        with third.client(staff) as client:
            assert push(client, f"{meeting.meeting_id}-console-b", [walk_in]).status_code == 200
        added = follower.change_where(lambda change: change["entity"] == "participant")
        assert added["id"] == f"{meeting.meeting_id}-walk-in"
    finally:
        follower.close()


def test_long_polls_wake_across_processes(processes: list[LiveServer], meeting: DemoMeeting):
    first, second, third = processes
    display = first.create_token("display", meeting.meeting_id)
    chair = first.create_token("chair", meeting.meeting_id, sessions=[meeting.session_id])
    with first.client(display) as reader:
        cursor = snapshot(reader, meeting.session_id)["version"]

    def long_poll(server: LiveServer) -> dict[str, Any]:
        with server.client(display, timeout=90.0) as client:
            response = client.get(
                f"{API}/sessions/{meeting.session_id}/changes",
                params={"since": cursor, "wait": 60},
            )
            assert response.status_code == 200, response.text
            return response.json()

    with ThreadPoolExecutor(max_workers=2) as pool:
        waiting = [pool.submit(long_poll, first), pool.submit(long_poll, third)]
        with second.client(chair) as client:
            mutation = give_floor(
                1, meeting.session_id, meeting.entry_ids[0], f"{meeting.meeting_id}-t1", now_ms()
            )
            answer = push(client, f"{meeting.meeting_id}-console-a", [mutation]).json()
            assert answer["results"] == [{"id": 1, "status": "applied"}]
        for answer in waiting:
            body = answer.result(timeout=WAIT_S)  # long before the 60 s wait runs out
            assert [c["entity"] for c in body["changes"]] == ["entry", "turn", "clock"]
            assert body["changes"][-1]["mutation_done"] is True


def test_streams_carry_on_when_the_database_drops_the_listening_connections(
    processes: list[LiveServer], meeting: DemoMeeting, cluster: str
):
    """PostgreSQL restarted or a network cut: each process listens again, and its followers
    read what was committed while nobody listened, long before their heartbeat."""
    import psycopg

    first, second, _ = processes
    display = first.create_token("display", meeting.meeting_id)
    chair = first.create_token("chair", meeting.meeting_id, sessions=[meeting.session_id])
    follower = Follower(first, display, meeting.session_id)
    plain = cluster.replace("postgresql+psycopg://", "postgresql://")
    try:
        with psycopg.connect(plain, autocommit=True) as admin:
            cut = admin.execute(
                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                "WHERE query LIKE 'LISTEN moderator_changes%'"
            ).fetchone()
        assert cut is not None and cut[0] == len(processes)
        with second.client(chair) as client:
            mutation = give_floor(
                1, meeting.session_id, meeting.entry_ids[0], f"{meeting.meeting_id}-t1", now_ms()
            )
            answer = push(client, f"{meeting.meeting_id}-console-a", [mutation]).json()
        assert answer["results"] == [{"id": 1, "status": "applied"}]
        follower.change_where(_of_mutation(f"{meeting.meeting_id}-console-a", 1))
    finally:
        follower.close()


def test_a_change_committed_late_is_not_skipped_by_a_stream(
    processes: list[LiveServer], meeting: DemoMeeting, cluster: str
):
    """A slow writer (an import, another host) holds a feed version open while a chair's push
    goes through another process: the push waits for it, and the stream gets both, in order.
    (Numbered out of order, the stream would move past the open version and never see it.)"""
    import psycopg

    first, second, _ = processes
    display = first.create_token("display", meeting.meeting_id)
    chair = first.create_token("chair", meeting.meeting_id, sessions=[meeting.session_id])
    follower = Follower(first, display, meeting.session_id)
    database = first.db_path.rsplit("/", 1)[-1]  # type: ignore[union-attr]
    plain = cluster.replace("postgresql+psycopg://", "postgresql://").rsplit("/", 1)[0]
    console = f"{meeting.meeting_id}-console-a"
    try:
        with (
            psycopg.connect(f"{plain}/{database}") as slow,
            psycopg.connect(f"{plain}/{database}", autocommit=True) as watcher,
            ThreadPoolExecutor(max_workers=1) as pool,
        ):
            late = slow.execute(
                "INSERT INTO sync_changes (meeting_id, session_id, entity, entity_id, op, "
                "data_json, server_time_ms, private) VALUES (%s, %s, 'session_details', %s, "
                "'upsert', '{}', 0, false) RETURNING version",
                (meeting.meeting_id, meeting.session_id, meeting.session_id),
            ).fetchone()[0]

            def chair_pushes() -> dict[str, Any]:
                mutation = give_floor(
                    1,
                    meeting.session_id,
                    meeting.entry_ids[0],
                    f"{meeting.meeting_id}-t1",
                    now_ms(),
                )
                with second.client(chair, timeout=60.0) as client:
                    return push(client, console, [mutation]).json()

            pushed = pool.submit(chair_pushes)
            _wait_until(
                lambda: pushed.done() or _waits_on_the_feed_lock(watcher),
                "the push neither finished nor waited for the open feed version",
            )
            slow.commit()
            assert pushed.result(timeout=WAIT_S)["results"] == [{"id": 1, "status": "applied"}]
        seen = follower.change_where(_of_mutation(console, 1))
        versions = [change["version"] for change in follower.seen]
        assert late in versions, f"the stream skipped version {late}: {versions}"
        assert versions == sorted(versions) and seen["version"] > late
    finally:
        follower.close()


def _waits_on_the_feed_lock(connection: Any) -> bool:
    row = connection.execute(
        "SELECT count(*) FROM pg_stat_activity WHERE wait_event = 'advisory'"
    ).fetchone()
    return bool(row and row[0])


def _wait_until(condition: Any, message: str, timeout_s: float = WAIT_S) -> None:
    """Poll ``condition`` (a database state no event announces) until true or the deadline."""
    deadline = time.monotonic() + timeout_s
    while not condition():
        assert time.monotonic() < deadline, message
        time.sleep(0.02)


def test_a_retried_push_is_applied_once_whichever_processes_it_reaches(
    processes: list[LiveServer], meeting: DemoMeeting
):
    chair = processes[0].create_token("chair", meeting.meeting_id, sessions=[meeting.session_id])
    console_id = f"{meeting.meeting_id}-console-retry"
    at = now_ms()
    batch = [
        give_floor(1, meeting.session_id, meeting.entry_ids[0], f"{meeting.meeting_id}-t1", at),
        clock_mutation(2, "pause_clock", meeting.session_id, at + 1000),
        clock_mutation(3, "pause_clock", meeting.session_id, at + 2000),
    ]

    def send(server: LiveServer) -> dict[str, Any]:
        with server.client(chair) as client:
            response = push(client, console_id, batch)
            assert response.status_code == 200, response.text
            return response.json()

    with ThreadPoolExecutor(max_workers=6) as pool:
        answers = list(pool.map(send, processes * 2))
    assert [[r["status"] for r in a["results"]] for a in answers] == [
        ["applied", "applied", "rejected"]
    ] * 6
    with processes[2].client(chair) as client:
        feed = client.get(f"{API}/sessions/{meeting.session_id}/changes?since=0").json()
    mine = [c for c in feed["changes"] if c.get("client_id") == console_id]
    assert [c["entity"] for c in mine] == ["entry", "turn", "clock", "clock"]


def test_no_process_decides_against_an_edit_another_one_made(
    processes: list[LiveServer], meeting: DemoMeeting
):
    """Two consoles of one session on two processes take turns editing one person (and the
    one clock): each edit is decided against the other's, none comes back ``noop``."""
    first, second, _ = processes
    staff = meeting.staff_token
    person = meeting.participant_ids[0]
    with first.client(staff) as client:
        known = next(
            p for p in snapshot(client, meeting.session_id)["participants"] if p["id"] == person
        )

    def edit(mutation_id: int, gender: str) -> dict[str, Any]:
        return {
            "id": mutation_id,
            "name": "edit_participant",
            "args": {
                "session_id": meeting.session_id,
                "participant_id": person,
                "person_name": known["name"],
                "function": known["function"],
                "organisation": known["organisation"],
                "stakeholder_group": known["stakeholder_group"],
                "attendance": known["attendance"],
                "gender": gender,
            },
        }

    one, two = f"{meeting.meeting_id}-console-1", f"{meeting.meeting_id}-console-2"
    at = now_ms()
    steps = [
        (first, one, 1, edit(1, "female")),
        (second, two, 1, edit(1, "male")),
        (first, one, 2, edit(2, "female")),
        (
            second,
            two,
            2,
            give_floor(2, meeting.session_id, meeting.entry_ids[0], f"{meeting.meeting_id}-t1", at),
        ),
        (first, one, 3, clock_mutation(3, "pause_clock", meeting.session_id, at + 500)),
        (second, two, 3, clock_mutation(3, "start_clock", meeting.session_id, at + 900)),
        (first, one, 4, clock_mutation(4, "pause_clock", meeting.session_id, at + 1400)),
        (second, two, 4, edit(4, "male")),
        (first, one, 5, edit(5, "female")),
    ]
    for server, client_id, mutation_id, mutation in steps:
        assert mutation["id"] == mutation_id
        with server.client(staff) as client:
            answer = push(client, client_id, [mutation]).json()
        assert answer["results"] == [{"id": mutation_id, "status": "applied"}], (
            f"{client_id} on {server.url}: {mutation['name']} decided against stale data"
        )

    with processes[2].client(staff) as client:
        state = snapshot(client, meeting.session_id)
    assert next(p for p in state["participants"] if p["id"] == person)["gender"] == "female"
    assert state["clock"]["status"] == "paused"
    assert state["clock"]["accumulated_ms"] == 500 + 500


def test_the_hand_rate_limit_is_one_for_all_processes(
    processes: list[LiveServer], meeting: DemoMeeting
):
    """A script toggling a hand through every process at once gets no more than through one:
    six toggles at once (the burst), then a refusal with the wait. (Counted per process, the
    three processes would have let twelve through without a refusal.)"""
    person = meeting.participant_ids[1]
    token = processes[0].create_token("participant", meeting.meeting_id, participant=person)
    path = f"{API}/sessions/{meeting.session_id}/hands"
    answers = []
    for number in range(12):
        server = processes[number % 3]
        with server.client(token) as client:
            response = client.post(path) if number % 2 == 0 else client.delete(f"{path}/mine")
        answers.append(response)
        if response.status_code == 429:
            break
    refused = answers[-1]
    assert refused.status_code == 429, [a.status_code for a in answers]
    assert int(refused.headers["Retry-After"]) >= 1


def test_a_process_killed_mid_push_loses_nothing_and_its_streams_carry_on_elsewhere(
    processes: list[LiveServer], meeting: DemoMeeting
):
    first, _, victim = processes
    chair = first.create_token("chair", meeting.meeting_id, sessions=[meeting.session_id])
    display = first.create_token("display", meeting.meeting_id)
    with first.client(display) as client:
        cursor = snapshot(client, meeting.session_id)["version"]
    watcher = Follower(first, display, meeting.session_id, last_event_id=cursor)
    doomed = Follower(victim, display, meeting.session_id, last_event_id=cursor)
    total = 40
    at = now_ms()
    mutations = [
        give_floor(1, meeting.session_id, meeting.entry_ids[0], f"{meeting.meeting_id}-t1", at)
    ] + [
        clock_mutation(
            n, "pause_clock" if n % 2 == 0 else "start_clock", meeting.session_id, at + n
        )
        for n in range(2, total + 1)
    ]
    outcome: dict[str, Any] = {}
    console_id = f"{meeting.meeting_id}-console-k"

    def console() -> None:
        """Pushes one mutation at a time, as a console's outbox does; a failed push is sent
        again, to the next process (the load balancer's next pick)."""
        pending = 0
        with victim.client(chair) as to_victim, first.client(chair) as to_first:
            client = to_victim
            while pending < total:
                try:
                    answer = push(client, console_id, [mutations[pending]]).json()
                except httpx.TransportError:
                    outcome.setdefault("failed_over_at", pending + 1)
                    client = to_first
                    continue
                pending = answer["last_mutation_id"]
        outcome["done"] = True

    thread = threading.Thread(target=console, daemon=True)
    thread.start()
    try:
        watcher.change_where(_of_mutation(console_id, 10))
        victim.kill()
        thread.join(timeout=60)
        assert outcome.get("done"), "the console never got its pushes through"
        assert "failed_over_at" in outcome, "the killed process answered every push"

        # The killed process's stream ended; the display reconnects to another process from
        # the last change it saw, and misses nothing.
        doomed.wait_ended()
        resume_at = doomed.seen[-1]["version"] if doomed.seen else cursor
        doomed.close()
        again = Follower(first, display, meeting.session_id, last_event_id=resume_at)
        again.change_where(_of_mutation(console_id, total))
        watcher.change_where(_of_mutation(console_id, total))
        seen_by_doomed = [c["version"] for c in doomed.seen + again.seen]
        seen_by_watcher = [c["version"] for c in watcher.seen]
        assert seen_by_doomed == seen_by_watcher, (  # the same changes, once each, in order
            f"resumed after {resume_at}: {[c['version'] for c in doomed.seen]} + "
            f"{[c['version'] for c in again.seen]}"
        )
        again.close()

        with first.client(chair) as client:
            feed = client.get(
                f"{API}/sessions/{meeting.session_id}/changes", params={"since": cursor}
            ).json()["changes"]
        assert [c["version"] for c in feed] == seen_by_watcher
        done = [c["mutation_id"] for c in feed if c.get("mutation_done")]
        assert done == list(range(1, total + 1))  # every mutation applied, and once
        clocks = [c for c in feed if c["entity"] == "clock"]
        assert len(clocks) == total
    finally:
        watcher.close()
        doomed.close()
        if victim.process is not None and victim.process.poll() is not None:
            victim.start()  # the module's other tests may come after this one
