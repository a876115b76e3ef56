"""``POST /push`` has its effects exactly once: retries, concurrent copies and a restart between
them never apply a mutation twice; ids are checked (conflict, gap); rejections and no-ops are
acknowledgements that move the client's high-water mark on.

The effects are counted where a client sees them: in the change feed (``/changes?since=0``)
and in the snapshot's turn log.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
from helpers import (
    API,
    adjust_time,
    all_changes,
    assert_error,
    clock_mutation,
    fresh_meeting,
    give_floor,
    lower_hand,
    now_ms,
    push,
    snapshot,
)
from support.live_server import DemoMeeting, LiveServer, running_server

COPIES = 8


def tid(demo: DemoMeeting, name: str) -> str:
    """A turn id of this test's own (turn ids are chosen by the client, and global)."""
    return f"{demo.meeting_id}-{name}"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    with running_server(tmp_path_factory.mktemp("push")) as live:
        yield live


@pytest.fixture
def demo(server: LiveServer) -> DemoMeeting:
    """Each test has its own meeting on the module's server."""
    return fresh_meeting(server)


@pytest.fixture
def chair(server: LiveServer, demo: DemoMeeting) -> str:
    return server.create_token("chair", demo.meeting_id, sessions=[demo.session_id])


def six_mutations(demo: DemoMeeting, at: int) -> list[dict[str, Any]]:
    """Give the floor, pause, restart, add time, give the floor to the next, end the turn."""
    session, (first, second) = demo.session_id, demo.entry_ids[:2]
    return [
        give_floor(1, session, first, tid(demo, "turn-1"), at),
        clock_mutation(2, "pause_clock", session, at + 1_000),
        clock_mutation(3, "start_clock", session, at + 2_000),
        adjust_time(4, session, 30_000),
        give_floor(5, session, second, tid(demo, "turn-2"), at + 5_000),
        clock_mutation(6, "end_turn", session, at + 9_000),
    ]


def expected_feed(demo: DemoMeeting) -> list[tuple[str, str]]:
    """(entity, id) of the changes the six mutations make, in order, each exactly once."""
    session, (first, second) = demo.session_id, demo.entry_ids[:2]
    return [
        # 1 give_floor: the entry speaks, a turn opens, the clock is set for it
        ("entry", first), ("turn", tid(demo, "turn-1")), ("clock", session),
        ("clock", session),  # 2 pause_clock
        ("clock", session),  # 3 start_clock
        ("clock", session),  # 4 adjust_time
        # 5 give_floor: the first is done and their turn closes, then as in 1 for the second
        ("entry", first), ("turn", tid(demo, "turn-1")),
        ("entry", second), ("turn", tid(demo, "turn-2")), ("clock", session),
        # 6 end_turn: the second is done, their turn closes, the clock is cleared
        ("entry", second), ("turn", tid(demo, "turn-2")), ("clock", session),
    ]  # fmt: skip


ALL_APPLIED = [{"id": n, "status": "applied"} for n in range(1, 7)]


def feed_of(server: LiveServer, token: str, demo: DemoMeeting) -> list[dict[str, Any]]:
    """The session's changes after the upload (the upload's own ``reset`` left out)."""
    with server.client(token) as client:
        return [c for c in all_changes(client, demo.session_id, 0) if c["op"] != "reset"]


def test_the_same_batch_sent_concurrently_and_after_a_restart_has_its_effects_once(
    server: LiveServer, demo: DemoMeeting, chair: str
):
    batch = six_mutations(demo, now_ms())
    start = threading.Barrier(COPIES)

    def send(_: int) -> tuple[int, dict[str, Any]]:
        with server.client(chair) as client:
            start.wait(timeout=10)
            response = push(client, "console-twice", batch)
            return response.status_code, response.json()

    with ThreadPoolExecutor(COPIES) as pool:
        answers = list(pool.map(send, range(COPIES)))

    assert [status for status, _ in answers] == [200] * COPIES, answers
    for _, body in answers:
        assert body["results"] == ALL_APPLIED
        assert body["last_mutation_id"] == 6

    feed = feed_of(server, chair, demo)
    assert [(c["entity"], c["id"]) for c in feed] == expected_feed(demo)
    versions = [c["version"] for c in feed]
    assert versions == sorted(set(versions)), "versions must grow and never repeat"

    with server.client(chair) as client:
        again = push(client, "console-twice", batch)
    assert again.status_code == 200
    assert again.json()["results"] == ALL_APPLIED

    server.restart()  # SIGKILL, then start on the same database

    with server.client(chair) as client:
        after_restart = push(client, "console-twice", batch)
        state = snapshot(client, demo.session_id)
    assert after_restart.status_code == 200, after_restart.text
    assert after_restart.json()["results"] == ALL_APPLIED
    assert after_restart.json()["last_mutation_id"] == 6
    assert feed_of(server, chair, demo) == feed, "a retry after the restart changed the feed"
    assert sorted(turn["id"] for turn in state["turns"]) == [
        tid(demo, "turn-1"),
        tid(demo, "turn-2"),
    ]
    assert all(turn["ended_at_ms"] is not None for turn in state["turns"])
    assert state["clock"]["status"] == "idle"


def test_an_id_reused_with_another_payload_is_a_conflict_and_stops_the_batch(
    server: LiveServer, demo: DemoMeeting, chair: str
):
    at = now_ms()
    with server.client(chair) as client:
        assert push(client, "console-c", six_mutations(demo, at)).status_code == 200
        changed = clock_mutation(3, "pause_clock", demo.session_id, at + 2_000)  # was start_clock
        conflict = push(
            client,
            "console-c",
            [changed, clock_mutation(7, "pause_clock", demo.session_id, at + 10_000)],
        )
        error = assert_error(conflict, 422, "mutation_conflict")
        # Nothing after the conflicting mutation was processed: 7 is still the next id.
        gap = push(client, "console-c", [adjust_time(8, demo.session_id, 1_000)])
        assert assert_error(gap, 409, "mutation_gap")["details"]["expected_id"] == 7
    assert "3" in error["message"]
    assert len(feed_of(server, chair, demo)) == len(expected_feed(demo))


def test_a_gap_is_refused_but_the_mutations_before_it_are_applied(
    server: LiveServer, demo: DemoMeeting, chair: str
):
    at, session = now_ms(), demo.session_id
    before_gap = [
        give_floor(1, session, demo.entry_ids[0], tid(demo, "turn-g"), at),
        clock_mutation(2, "pause_clock", session, at + 1_000),
    ]
    with server.client(chair) as client:
        answer = push(
            client,
            "console-g",
            [*before_gap, clock_mutation(4, "start_clock", session, at + 2_000)],
        )
        error = assert_error(answer, 409, "mutation_gap")
        assert error["details"]["expected_id"] == 3
        retry = push(client, "console-g", before_gap)
        state = snapshot(client, session)
    assert retry.status_code == 200
    assert retry.json()["results"] == [
        {"id": 1, "status": "applied"},
        {"id": 2, "status": "applied"},
    ]
    assert retry.json()["last_mutation_id"] == 2
    assert [t["id"] for t in state["turns"]] == [tid(demo, "turn-g")]
    assert state["clock"]["status"] == "paused"
    feed = Counter((c["entity"], c["id"]) for c in feed_of(server, chair, demo))
    assert feed == {
        ("entry", demo.entry_ids[0]): 1,
        ("turn", tid(demo, "turn-g")): 1,
        ("clock", session): 2,
    }


def test_a_rejection_is_an_acknowledgement_and_the_queue_moves_on(
    server: LiveServer, demo: DemoMeeting, chair: str
):
    at, session, first = now_ms(), demo.session_id, demo.entry_ids[0]
    with server.client(chair) as client:
        assert push(client, "console-r", six_mutations(demo, at)).status_code == 200
        again = push(
            client,
            "console-r",
            [give_floor(7, session, first, tid(demo, "turn-again"), at + 20_000)],
        )
        assert again.status_code == 200, again.text
        (result,) = again.json()["results"]
        assert result["id"] == 7 and result["status"] == "rejected"
        assert isinstance(result.get("reason"), str) and result["reason"]
        assert again.json()["last_mutation_id"] == 7
        following = push(
            client, "console-r", [give_floor(8, session, demo.entry_ids[2], tid(demo, "t8"), at)]
        )
        assert following.json()["results"] == [{"id": 8, "status": "applied"}]
        turns = [t["id"] for t in snapshot(client, session)["turns"]]
    assert tid(demo, "turn-again") not in turns


def test_an_unknown_mutation_is_rejected_not_an_error(
    server: LiveServer, demo: DemoMeeting, chair: str
):
    future = {"id": 1, "name": "split_session", "args": {"session_id": demo.session_id, "to": "x"}}
    with server.client(chair) as client:
        answer = push(client, "console-u", [future, adjust_time(2, demo.session_id, 5_000)])
    assert answer.status_code == 200, answer.text
    unknown, after = answer.json()["results"]
    assert unknown["status"] == "rejected"
    assert unknown["reason"].startswith("unknown mutation")
    assert after == {"id": 2, "status": "rejected", "reason": after["reason"]}  # nobody speaks
    assert answer.json()["last_mutation_id"] == 2


def test_lowering_a_stale_raise_is_a_noop_that_never_cancels_a_newer_raise(
    server: LiveServer, demo: DemoMeeting, chair: str
):
    participant = server.create_token(
        "participant", demo.meeting_id, participant=demo.participant_ids[3]
    )
    hands_url = f"{API}/sessions/{demo.session_id}/hands"
    with server.client(participant) as client:
        old = client.post(hands_url).json()["hand"]
        assert client.delete(f"{hands_url}/mine").status_code == 200
        new = client.post(hands_url).json()["hand"]
    assert old["id"] != new["id"] and new["seq"] > old["seq"]
    at, session = now_ms(), demo.session_id
    with server.client(chair) as client:
        stale = push(client, "console-h", [lower_hand(1, session, old["id"], at)])
        assert stale.json()["results"] == [{"id": 1, "status": "noop"}]
        assert [h["id"] for h in client.get(hands_url).json()["hands"]] == [new["id"]]
        lowered = push(client, "console-h", [lower_hand(2, session, new["id"], at + 1)])
        assert lowered.json()["results"] == [{"id": 2, "status": "applied"}]
        twice = push(client, "console-h", [lower_hand(3, session, new["id"], at + 2)])
        assert twice.json()["results"] == [{"id": 3, "status": "noop"}]
        assert twice.json()["last_mutation_id"] == 3
        assert client.get(hands_url).json()["hands"] == []
    hand_changes = [c for c in feed_of(server, chair, demo) if c["entity"] == "hand"]
    lowered_by_chair = [c for c in hand_changes if c["data"]["lowered_by"] == "chair"]
    assert [c["id"] for c in lowered_by_chair] == [new["id"]]


@pytest.mark.parametrize(
    ("args", "field"),
    [
        ({"at_ms": "1795856830000"}, "mutations.0.args.at_ms"),
        ({"at_ms": 2**70}, "mutations.0.args.at_ms"),
        ({"start_clock": "yes"}, "mutations.0.args.start_clock"),
    ],
    ids=["at_ms-string", "at_ms-too-large", "start_clock-string"],
)
def test_bad_arguments_are_refused_with_422_naming_the_field(
    server: LiveServer, demo: DemoMeeting, chair: str, args: dict[str, Any], field: str
):
    mutation = give_floor(1, demo.session_id, demo.entry_ids[0], tid(demo, "turn-bad"), now_ms())
    mutation["args"].update(args)
    with server.client(chair) as client:
        answer = push(client, f"console-bad-{demo.meeting_id}", [mutation])
        assert_error(answer, 422, "validation_failed", field=field)
        assert snapshot(client, demo.session_id)["turns"] == []


def test_a_batch_of_1000_mutations_is_applied_in_order(
    server: LiveServer, demo: DemoMeeting, chair: str
):
    at, session = now_ms(), demo.session_id
    batch = [give_floor(1, session, demo.entry_ids[0], tid(demo, "turn-long"), at)]
    for n in range(2, 1001):
        name = "pause_clock" if n % 2 == 0 else "start_clock"
        batch.append(clock_mutation(n, name, session, at + n * 100))
    with server.client(chair) as client:
        body = {"client_id": "console-1000", "mutations": batch}
        answer = client.post(f"{API}/push", json=body, timeout=60)
    assert answer.status_code == 200, answer.text
    assert answer.json()["results"] == [{"id": n, "status": "applied"} for n in range(1, 1001)]
    assert answer.json()["last_mutation_id"] == 1000
    feed = Counter(c["entity"] for c in feed_of(server, chair, demo))
    assert feed == {"entry": 1, "turn": 1, "clock": 1000}


def test_a_turn_id_used_in_another_meeting_is_never_a_server_error(server: LiveServer):
    """Turn ids are chosen by each console; two consoles of different meetings may pick the same
    one. The second push must still be answered (applied, or rejected with a reason), and the
    first meeting's turn must stay as it was."""
    first, second = fresh_meeting(server), fresh_meeting(server)
    chairs = {
        m.meeting_id: server.create_token("chair", m.meeting_id, sessions=[m.session_id])
        for m in (first, second)
    }
    answers = {}
    for meeting in (first, second):
        mutation = give_floor(1, meeting.session_id, meeting.entry_ids[0], "turn-1", now_ms())
        with server.client(chairs[meeting.meeting_id]) as client:
            answers[meeting.meeting_id] = push(client, f"console-{meeting.meeting_id}", [mutation])
    assert answers[first.meeting_id].json()["results"] == [{"id": 1, "status": "applied"}]
    second_answer = answers[second.meeting_id]
    assert second_answer.status_code == 200, second_answer.text
    (result,) = second_answer.json()["results"]
    assert result["status"] == "applied" or (result["status"] == "rejected" and result["reason"])
    with server.client(chairs[first.meeting_id]) as client:
        (turn,) = snapshot(client, first.session_id)["turns"]
    assert turn["entry_id"] == first.entry_ids[0] and turn["session_id"] == first.session_id


def test_a_clash_inside_a_long_batch_rejects_that_mutation_alone(server: LiveServer):
    """The server writes a batch without a savepoint per mutation and runs it again with them
    when the database refuses one mutation's data: the console must see the same answer as if
    each had been guarded: the ones around the refused one applied, in order, exactly once, and
    the refused one rejected with its reason, nothing of it stored."""
    first, second = fresh_meeting(server), fresh_meeting(server)
    chair = server.create_token("chair", second.meeting_id, sessions=[second.session_id])
    with server.client(chair) as client:
        taken = snapshot(client, second.session_id)  # only to know the item count
    taken_id = first.upload["agenda_items"][0]["id"]  # an id the other meeting already uses
    session, at = second.session_id, now_ms()
    batch = [give_floor(1, session, second.entry_ids[0], tid(second, "turn-clash"), at)]
    batch += [adjust_time(n, session, 1000) for n in range(2, 201)]
    batch.append(
        {
            "id": 201,
            "name": "add_agenda_item",
            "args": {"session_id": session, "agenda_item_id": taken_id, "title": "Clash"},
        }
    )
    batch += [adjust_time(n, session, -500) for n in range(202, 301)]
    with server.client(chair) as client:
        answer = push(client, "console-clash", batch)
        assert answer.status_code == 200, answer.text
        results = answer.json()["results"]
        assert [r["status"] for r in results] == ["applied"] * 200 + ["rejected"] + ["applied"] * 99
        assert results[200]["reason"] == "an id in it is already used elsewhere"
        assert answer.json()["last_mutation_id"] == 300
        after = snapshot(client, session)
        # Sent again, the whole batch is answered from the stored results, applied nowhere.
        again = push(client, "console-clash", batch).json()
        assert again["results"] == results and again["last_mutation_id"] == 300
    feed = Counter(c["entity"] for c in feed_of(server, chair, second))
    assert feed == {"entry": 1, "turn": 1, "clock": 299}
    assert len(after["agenda_items"]) == len(taken["agenda_items"])
    entry = next(e for e in second.upload["entries"] if e["id"] == second.entry_ids[0])
    assert after["clock"]["allotted_ms"] == entry["allotted_ms"] + 199 * 1000 - 99 * 500
    with server.client(chair) as client:
        now = snapshot(client, session)
    assert {**now, "server_time_ms": 0} == {**after, "server_time_ms": 0}, "a repeat changed it"


def test_a_backlog_of_clock_changes_reaches_the_file_as_the_last_one_left_it(server: LiveServer):
    """An outage's backlog is mostly clock changes: the server writes the clock's row once per
    run of them, not once per mutation. What a restarted server reads from its file (no cache)
    must be what each mutation's answer and the feed said: the clock as the last change left
    it, with an agenda item added in the middle of the runs written too."""
    demo = fresh_meeting(server)
    chair = server.create_token("chair", demo.meeting_id, sessions=[demo.session_id])
    session, at = demo.session_id, now_ms()
    batch = [give_floor(1, session, demo.entry_ids[0], tid(demo, "turn-backlog"), at)]
    batch += [adjust_time(n, session, 1000) for n in range(2, 102)]
    item = f"{demo.meeting_id}-item-backlog"
    batch.append(
        {
            "id": 102,
            "name": "add_agenda_item",
            "args": {"session_id": session, "agenda_item_id": item, "title": "Backlog"},
        }
    )
    batch += [adjust_time(n, session, -3000) for n in range(103, 153)]
    batch.append(clock_mutation(153, "pause_clock", session, at + 60_000))
    with server.client(chair) as client:
        answer = push(client, "console-backlog", batch)
        assert answer.status_code == 200, answer.text
        assert {r["status"] for r in answer.json()["results"]} == {"applied"}
        cached = snapshot(client, session)
    server.restart()  # the next answers come from the file alone
    with server.client(chair) as client:
        stored = snapshot(client, session)
    entry = next(e for e in demo.upload["entries"] if e["id"] == demo.entry_ids[0])
    assert stored["clock"] == cached["clock"]
    assert stored["clock"]["allotted_ms"] == entry["allotted_ms"] + 100 * 1000 - 50 * 3000
    assert stored["clock"]["status"] == "paused"
    assert item in {i["id"] for i in stored["agenda_items"]}
    clock_changes = [c for c in feed_of(server, chair, demo) if c["entity"] == "clock"]
    assert len(clock_changes) == 1 + 100 + 50 + 1
    assert clock_changes[-1]["data"]["allotted_ms"] == stored["clock"]["allotted_ms"]
