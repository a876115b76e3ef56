"""The sync guarantees (``shared/docs/SYNC.md`` 1–7), checked by a Hypothesis state machine.

The real server code (``SyncService`` on its own SQLite file) and three real consoles (each
its own SQLite file, ``Store``, ``SyncStore``, ``CommandRunner`` and ``SyncEngine``) run
in-process, without HTTP (``tests/server`` covers HTTP). The engine's loops are not started:
their bodies run one at a time on one event loop (``sync_model.Console``), so Hypothesis
interleaves everything. A push is a real task waiting for its answer, so events can arrive,
the chair can act and the console can crash between the server's commit and the answer.

Rules: chair actions on a console (N / end the turn / click a row, Space, ± time, a floor
request placed by the queue rules, lower a remote hand), participants raising and lowering
hands on the server, time passing; ``push`` (the request is delivered, lost, or delivered
twice) and ``answer`` (it arrives, or is lost after the server committed; then the feed after
the push is delivered, lost, or the console crashes between acknowledging and reading it);
``pull`` (download if needed, then events until the stream is cut after any event, resumed
from an older event id); ``mishap`` (crash and reopen, partition, reconnect, an old batch
replayed at the server, the laptop's wall clock jumping by hours); ``heal_and_settle``.

After every step:

- the server kept the protocol: every answer is applied / rejected (with a reason) / noop, a
  retry, duplicate or replay gets the first answer, high-water marks never go back;
- nothing the chair saw is lost (1, 2, 3): the outbox is exactly the tail of what the chair
  did, in order, with the same arguments; everything before it has a result on the server;
  the server's mark lies between the two;
- read-your-writes without double counting (4): right after an action the view shows it; the
  view is always the confirmed state plus exactly the chair's actions it does not include yet;
  a turn or speaker the server applied for this console never vanishes from its view;
- versions never go back (4): neither the one saved with the view (across crashes too) nor
  the engine's cursor;
- a synced console's "now" is the server's (7), whatever its wall clock did.

After ``heal_and_settle`` (a rule, and always at the end of a run), convergence (5) and
exactly-once (2, 6): outboxes are empty, every console is at the newest version and equals
the server's snapshot, its file equals its memory; every mutation has exactly one result,
matching its payload; marks equal the numbers of queued mutations; every rejection reached the
chair; the server holds each applied action's effects exactly once (turns, entries, clock and
hand changes, command log).

Profiles (``MODERATOR_HYPOTHESIS_PROFILE``): ci 25 runs × 30 steps, dev 40 × 40, long
500 × 60. The scenarios at the end are the machine's findings, kept as plain tests.
"""

from __future__ import annotations

import asyncio
import functools
import itertools
import os
import shutil
import tempfile
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)
from sqlalchemy import select
from sync_model import (
    INITIAL_ENTRIES,
    PARTICIPANT_IDS,
    SESSION_ID,
    STATUSES,
    Console,
    ConsoleCrashed,
    Server,
    World,
    command_of,
    differences,
    fingerprint,
    summary,
)

from moderator.domain.commands import (
    AddSpeaker,
    AdjustTime,
    EndTurn,
    GiveFloor,
    LowerHand,
    PauseClock,
    StartClock,
)
from moderator.domain.model import EntryState, HandState, SpeechType
from moderator.domain.queue_rules import place_for_floor_request
from moderator.domain.rebase import rebase
from moderator.domain.timing.clock import ClockStatus
from moderator.server.models import ChangeRow
from moderator.storage.models import CommandLogRow, SpeakerEntryRow, TurnRow

PROFILE = os.environ.get("MODERATOR_HYPOTHESIS_PROFILE", "dev")
EXAMPLES, STEPS = {"ci": (50, 30), "dev": (100, 40), "long": (500, 60)}.get(PROFILE, (100, 40))
#: Generating takes well under a minute in ci; a failure is then shrunk for up to five minutes
#: (Hypothesis's own limit), and a timeout would hide the shrunk example.
TIMEOUT_S = 600 + EXAMPLES * STEPS // 4

N_CONSOLES = 3
CLOCK_CHANGERS = frozenset({"give_floor", "start_clock", "pause_clock", "adjust_time", "end_turn"})

#: Console 0 is the chair's, busier than the co-chair's and the staff member's.
consoles = st.sampled_from([0, *range(N_CONSOLES)])


def step(function: Callable[..., None]) -> Callable[..., None]:
    """Counts the steps under way: a step that raised leaves the count above zero, and the
    teardown then only cleans up (a second failure would hide the first)."""

    @functools.wraps(function)
    def wrapper(self: SyncMachine, **kwargs: Any) -> None:
        self.steps_under_way += 1
        function(self, **kwargs)
        self.steps_under_way -= 1

    return wrapper


class SyncMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.steps_under_way = 1
        self.directory = Path(tempfile.mkdtemp(prefix="moderator-sync-"))
        self.loop = asyncio.new_event_loop()
        self.world = World()
        self.server = Server(self.directory, self.world)
        self.consoles: list[Console] = []
        self.ids = itertools.count(1)
        self.actions_since_settle = 0
        self.settle_on_teardown = True
        self.steps_under_way = 0

    # --- set-up ------------------------------------------------------------------------------

    @initialize(
        skews=st.lists(st.integers(-5_000, 5_000), min_size=N_CONSOLES, max_size=N_CONSOLES)
    )
    @step
    def start_consoles(self, skews: list[int]) -> None:
        """Each console downloads the session (its laptop clock a few seconds off)."""
        for index, skew in enumerate(skews):
            console = Console(index, self.directory, self.server, self.world, self.loop, skew)
            console.pull_once(cut_after=0)  # the engine starts: its pull loop downloads first
            self.consoles.append(console)
        # The meeting is under way: the chair gave the floor, everyone has seen it.
        self.give_floor(console=0, choice="next", start_clock=True)
        assert self.consoles[0].push_send("deliver") == "sent"
        assert self.consoles[0].push_answer(lost=False) == "answered"
        for console in self.consoles:
            console.pull_once()

    def teardown(self) -> None:
        try:
            if self.settle_on_teardown and not self.steps_under_way and self.consoles:
                self.settle_and_check()
        finally:
            for console in self.consoles:
                console.close()
            self.server.close()
            self.loop.run_until_complete(self.loop.shutdown_asyncgens())
            self.loop.close()
            shutil.rmtree(self.directory, ignore_errors=True)

    # --- time --------------------------------------------------------------------------------

    @rule(ms=st.integers(0, 300_000))
    @step
    def time_passes(self, ms: int) -> None:
        self.world.true_ms += ms

    # --- chair actions -----------------------------------------------------------------------

    def _act(self, console: Console, command: Any, expect_ok: bool) -> bool:
        """A keystroke on ``console``; checks it was accepted (and queued, last, as it is) or
        refused (and not queued) as expected."""
        queued_before = len(console.executed)
        self.actions_since_settle += 1
        ok = console.act(command)
        assert ok == expect_ok, f"{command} accepted={ok}, expected {expect_ok}"
        pending = console.pending()
        if ok:
            assert pending and pending[-1].mutation_id == len(console.executed)
            assert (pending[-1].name, pending[-1].args) == (command.name, command.to_args())
        else:
            assert len(console.executed) == queued_before
            assert not pending or pending[-1].mutation_id == queued_before, "queued a refusal"
        return ok

    @rule(
        console=consoles,
        choice=st.one_of(st.sampled_from(["next", "end"]), st.integers(0, 30)),
        start_clock=st.booleans(),
    )
    @step
    def give_floor(self, console: int, choice: str | int, start_clock: bool) -> None:
        """N (the next waiting speaker gets the floor; the turn ends if nobody waits), "end"
        (end the turn, nobody next), or a click on any row of the list (refused unless it
        waits)."""
        c = self.consoles[console]
        view = c.view
        if choice == "end":
            entry = None
        elif choice == "next":
            entry = view.next_entry()
        else:
            entry = view.entries[choice % len(view.entries)]
        if entry is None:
            if self._act(c, EndTurn(SESSION_ID, c.now_ms()), view.current_entry_id is not None):
                assert c.view.current_entry_id is None and not c.view.clock.is_running
            return
        turn_id = f"t{console}-{next(self.ids)}"
        command = GiveFloor(SESSION_ID, entry.id, turn_id, c.now_ms(), start_clock)
        if self._act(c, command, entry.state in (EntryState.WAITING, EntryState.SKIPPED)):
            view = c.view  # read-your-writes
            assert view.current_entry_id == entry.id and view.current_turn_id == turn_id
            assert view.entry(entry.id).state is EntryState.SPEAKING
            assert view.turns[turn_id].entry_id == entry.id
            assert view.clock.is_running == start_clock
            assert view.clock.allotted_ms == entry.allotted_ms

    @rule(console=consoles)
    @step
    def toggle_clock(self, console: int) -> None:
        """Space: pause a running clock, start a stopped one (refused if nobody has the floor)."""
        c = self.consoles[console]
        if c.view.clock.is_running:
            if self._act(c, PauseClock(SESSION_ID, c.now_ms()), True):
                assert c.view.clock.status is ClockStatus.PAUSED
        elif self._act(c, StartClock(SESSION_ID, c.now_ms()), c.view.current_entry_id is not None):
            assert c.view.clock.is_running

    @rule(console=consoles, delta=st.sampled_from([-60_000, -1_000, 1_000, 30_000]))
    @step
    def adjust_time(self, console: int, delta: int) -> None:
        c = self.consoles[console]
        before = c.view.clock.allotted_ms
        if self._act(c, AdjustTime(SESSION_ID, delta), c.view.current_entry_id is not None):
            assert c.view.clock.allotted_ms == max(0, before + delta)

    @rule(
        console=consoles,
        participant=st.sampled_from(PARTICIPANT_IDS),
        right_after_current=st.booleans(),
    )
    @step
    def add_speaker(self, console: int, participant: str, right_after_current: bool) -> None:
        """A floor request joins the list where the console's queue rules put it (after the
        current speaker, or at the end of the current item): two consoles offline may well
        choose the same order key."""
        c = self.consoles[console]
        placement = place_for_floor_request(c.view, right_after_current)
        assert placement is not None
        item_id, order_key = placement
        entry_id = f"x{console}-{next(self.ids)}"
        command = AddSpeaker(
            SESSION_ID, entry_id, item_id, participant, SpeechType.FLOOR.value, 120_000, order_key
        )
        if self._act(c, command, True):
            assert c.view.entry(entry_id).order_key == order_key

    @rule(console=consoles, choice=st.integers(0, 20))
    @step
    def lower_hand(self, console: int, choice: int) -> None:
        """The chair lowers a hand they see (maybe one already lowered: the server's noop)."""
        c = self.consoles[console]
        hands = sorted(c.view.hands.values(), key=lambda hand: hand.seq)
        if not hands:
            return
        hand = hands[choice % len(hands)]
        if self._act(c, LowerHand(SESSION_ID, hand.id, c.now_ms()), True):
            assert c.view.hands[hand.id].state is HandState.LOWERED

    # --- participants (on the server) --------------------------------------------------------

    @rule(participant=st.sampled_from(PARTICIPANT_IDS), up=st.booleans())
    @step
    def participant_hand(self, participant: str, up: bool) -> None:
        principal = self.server.participant(participant)
        if up:
            _hand, created = self.server.sync.raise_hand(principal, SESSION_ID)
            self.server.hand_events += created
        else:
            lowered = self.server.sync.lower_own_hand(principal, SESSION_ID)
            self.server.hand_events += lowered is not None

    # --- the network and other mishaps -------------------------------------------------------

    @rule(
        console=consoles,
        fault=st.sampled_from(["deliver", "drop_request", "duplicate"]),
    )
    @step
    def push(self, console: int, fault: str) -> None:
        """The push loop sends its batch (the oldest queued commands): the request reaches
        the server, is lost, or reaches it twice. The round then waits for its answer (rule
        ``answer``): meanwhile events arrive, the chair acts, the console may crash. A
        partitioned console sends nothing."""
        c = self.consoles[console]
        if not c.partitioned:
            c.push_send(fault)

    @rule(
        console=consoles,
        lost=st.booleans(),
        feed_fault=st.sampled_from(["deliver", "drop", "crash"]),
    )
    @step
    def answer(self, console: int, lost: bool, feed_fault: str) -> None:
        """The answer of the push in flight arrives, or is lost after the server committed
        (always, if the console is cut off now); after an answer, the feed fetched next is
        delivered or lost, or the console crashes between acknowledging and that feed."""
        c = self.consoles[console]
        try:
            c.push_answer(lost or c.partitioned, feed_fault)
        except ConsoleCrashed:
            c.crash_and_reopen()

    @rule(
        console=consoles,
        cut_after=st.one_of(st.just(1_000_000), st.integers(0, 8)),
        replay=st.sampled_from([0, 1, 3]),
    )
    @step
    def pull(self, console: int, cut_after: int, replay: int) -> None:
        """One round of the pull loop: download if needed, then events until the stream is cut
        after ``cut_after`` of them; ``replay``: resumed that many versions before the cursor
        (an older Last-Event-ID). A partitioned console does not pull."""
        c = self.consoles[console]
        if c.partitioned:
            return
        c.pull_once(cut_after, replay)

    @rule(
        console=consoles,
        mishap=st.one_of(
            st.sampled_from(["crash", "partition", "reconnect", "stale replay"]),
            st.sampled_from([-12, -2, -1, 1, 2, 12]),
        ),
        choice=st.integers(0, 50),
    )
    @step
    def mishap(self, console: int, mishap: str | int, choice: int) -> None:
        """- crash: the console dies and is started again on its file (memory lost);
        - partition / reconnect: the console loses / regains the network;
        - stale replay: a batch the console sent earlier reaches the server again (a proxy's
          retry, a duplicated packet);
        - an integer: the laptop's wall clock jumps by that many hours (time zone, NTP). The
          running console does not notice (its time source follows the monotonic clock); after
          a restart it anchors to the new wall clock. Commands carry their at_ms."""
        c = self.consoles[console]
        if isinstance(mishap, int):
            c.skew_ms += mishap * 3_600_000
        elif mishap == "crash":
            c.crash_and_reopen()
        elif mishap == "stale replay":
            if c.sent_batches:
                batch = c.sent_batches[choice % len(c.sent_batches)]
                self.server.push(self.server.chair, c.client_id, batch)
        else:
            c.partitioned = mishap == "partition"

    @precondition(lambda self: self.actions_since_settle >= 8)
    @rule()
    @step
    def heal_and_settle(self) -> None:
        """Mid-run: the network heals, everything is delivered, then the meeting goes on."""
        self.settle_and_check()

    # --- invariants after every step ---------------------------------------------------------

    @invariant()
    @step
    def the_server_kept_the_protocol(self) -> None:
        assert self.server.protocol_errors == []
        assert self.server.problems == []

    @invariant()
    @step
    def the_outbox_is_the_tail_of_what_the_chair_did(self) -> None:
        for c in self.consoles:
            pending = c.pending()
            queued = len(c.executed)
            acked = pending[0].mutation_id - 1 if pending else queued
            assert [p.mutation_id for p in pending] == list(range(acked + 1, queued + 1))
            for p in pending:
                done = c.executed[p.mutation_id - 1]
                assert (p.name, p.args) == (done.name, done.args)
            for done in c.executed[:acked]:
                decision = self.server.decisions.get((c.client_id, done.mutation_id))
                assert decision is not None, f"console {c.index}: {done} acknowledged, no result"
                assert (decision.name, decision.args) == (done.name, done.args)
            mark = self.server.last_mutation_id(c.client_id)
            assert acked <= mark <= queued, (acked, mark, queued)

    @invariant()
    @step
    def versions_never_go_back(self) -> None:
        """The version of what the chair sees (the cursor saved with the view, in the same
        transaction) only grows, across crashes too; the engine's own cursor only grows while
        it lives, and is never behind the view's nor ahead of the server."""
        for c in self.consoles:
            seen = c.disk_cursor()
            assert seen >= c.max_seen_version, f"console {c.index}: {c.max_seen_version} → {seen}"
            assert c.cursor >= c.max_cursor, f"console {c.index}: {c.max_cursor} → {c.cursor}"
            assert seen <= c.cursor <= self.server.sync.current_version()
            c.max_seen_version, c.max_cursor = seen, c.cursor

    @invariant()
    @step
    def synced_consoles_count_on_the_servers_clock(self) -> None:
        """Guarantee 7: once a console has adopted the backend's clock offset, its "now" is the
        server's within the estimate's uncertainty (round trips take no time here), whatever
        its laptop's wall clock did before or since."""
        for c in self.consoles:
            assert c.engine is not None
            uncertainty = c.engine._offset_uncertainty
            if uncertainty is not None:
                error = c.time_source.now_ms() - self.world.true_ms
                assert abs(error) <= uncertainty + 1, f"console {c.index} is {error} ms off"

    @invariant()
    @step
    def acknowledged_actions_stay_visible(self) -> None:
        """Read-your-writes: a turn or speaker the server applied for this console does not
        vanish from its view (turns and entries are never deleted on the server)."""
        for c in self.consoles:
            pending = {p.mutation_id for p in c.pending()}
            for done in c.executed:
                if done.mutation_id in pending:
                    continue
                decision = self.server.decisions[(c.client_id, done.mutation_id)]
                if decision.status != "applied":
                    continue
                if done.name == "give_floor":
                    assert done.args["turn_id"] in c.view.turns, (
                        f"console {c.index}: own turn {done.args['turn_id']} vanished"
                    )
                elif done.name == "add_speaker":
                    assert c.view.has_entry(done.args["entry_id"]), (
                        f"console {c.index}: own entry {done.args['entry_id']} vanished"
                    )

    @invariant()
    @step
    def the_view_is_the_confirmed_state_plus_what_it_lacks(self) -> None:
        """Read-your-writes without double counting: the chair's view is the backend's state
        as the console knows it, with exactly the chair's actions that state does not include
        yet decided again on top, in order.

        An action is in the confirmed state once the server decided it at or before the
        console's cursor — applied ones leave the view's pending list when the feed brings
        their effects (not when the answer comes: until then the view would lose them for a
        moment), and ones that changed nothing (rejected, noop) when the console learns of
        them: from their answer, from a later change of its own in the feed, or from the
        snapshot (which says how many of the client's mutations it includes). While the
        confirmed state holds only part of one mutation's changes, the view may wait."""
        halfway = [(d.version_before, d.version_after) for d in self.server.decisions.values()]
        for c in self.consoles:
            if c.confirmed is None:
                continue
            if any(before < c.cursor < after for before, after in halfway):
                continue  # half of one mutation is in: the view waits for the rest
            pending_ids = {p.mutation_id for p in c.pending()}
            decisions = {
                done.mutation_id: self.server.decisions.get((c.client_id, done.mutation_id))
                for done in c.executed
            }
            answered = max((i for i in decisions if i not in pending_ids), default=0)
            own_changes = [
                i
                for i, d in decisions.items()
                if d and d.status == "applied" and d.version_after <= c.cursor
            ]
            in_snapshot = [
                i for i, d in decisions.items() if d and d.version_after <= c.download_version
            ]
            known = max([answered, *own_changes, *in_snapshot])
            lacking = []
            for done in c.executed:
                decision = decisions[done.mutation_id]
                if decision is not None:
                    if decision.status == "applied" and decision.version_after <= c.cursor:
                        continue  # its effects are in the confirmed state
                    if decision.status != "applied" and done.mutation_id <= known:
                        continue  # it changed nothing, and the console knows it
                lacking.append(command_of(done))
            shown = summary(c.view)
            right = summary(rebase(c.confirmed, lacking))
            assert shown == right, (
                f"console {c.index} (cursor {c.cursor}, outbox {sorted(pending_ids)}) shows "
                f"something else than the confirmed state plus "
                f"{[type(x).__name__ for x in lacking]}: {differences(shown, right)}"
            )

    # --- heal and settle ---------------------------------------------------------------------

    def settle_and_check(self) -> None:
        self.actions_since_settle = 0
        for c in self.consoles:
            c.partitioned = False
        for _round in range(5):
            for c in self.consoles:
                c.pull_once()
            for c in self.consoles:
                c.push_answer(lost=False)
                for _attempt in range(len(c.executed) + 1):
                    if c.push_send("deliver") == "idle":
                        break
                    c.push_answer(lost=False)
            for c in self.consoles:
                c.pull_once()
            newest = self.server.sync.current_version()
            if all(not c.pending() and c.cursor == newest for c in self.consoles):
                break
        else:
            raise AssertionError("the consoles did not settle")
        self.the_server_kept_the_protocol()
        server_state = summary(self.server.state())
        applied = []
        for c in self.consoles:
            # 5. convergence: the console equals the server, and its file equals its memory
            mine = summary(c.view)
            assert mine == server_state, (
                f"console {c.index} differs from the server: {differences(mine, server_state)}"
            )
            on_disk = summary(c.store.load_session_state(SESSION_ID))
            assert on_disk == mine, (
                f"console {c.index}: file differs from memory: {differences(on_disk, mine)}"
            )
            # 2. the high-water mark is the number of queued mutations
            assert self.server.last_mutation_id(c.client_id) == len(c.executed)
            # 1 and 6. every mutation has exactly one result, of the right payload, with a
            # reason when rejected; every rejection was shown to the chair
            rows = self.server.results_of(c.client_id)
            assert [row.mutation_id for row in rows] == [d.mutation_id for d in c.executed]
            for row, done in zip(rows, c.executed, strict=True):
                assert row.fingerprint == fingerprint(done.name, done.args)
                assert row.status in STATUSES
                assert row.status != "rejected" or row.reason
                decision = self.server.decisions[(c.client_id, done.mutation_id)]
                assert (decision.status, decision.reason) == (row.status, row.reason)
                if row.status == "applied":
                    applied.append((c.client_id, done))
            refused = Counter(row.reason for row in rows if row.status == "rejected")
            assert not refused - Counter(c.rejections), f"console {c.index}: rejections unseen"
        # exactly-once effects on the server
        names = [done.name for _client, done in applied]
        assert self.server.count(TurnRow) == names.count("give_floor")
        assert self.server.count(SpeakerEntryRow) == INITIAL_ENTRIES + names.count("add_speaker")
        clock_changes = self.server.count(ChangeRow, ChangeRow.entity == "clock")
        assert clock_changes == sum(name in CLOCK_CHANGERS for name in names)
        hand_changes = self.server.count(ChangeRow, ChangeRow.entity == "hand")
        assert hand_changes == self.server.hand_events + names.count("lower_hand")
        with self.server.db.read() as connection:
            logged = connection.execute(select(CommandLogRow.command_id)).scalars().all()
        assert sorted(logged) == sorted(f"{client}:{done.mutation_id}" for client, done in applied)


def test_sync_guarantees_hold_under_faults() -> None:
    run_state_machine_as_test(
        SyncMachine,
        settings=settings(
            max_examples=EXAMPLES,
            stateful_step_count=STEPS,
            deadline=None,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
        ),
    )


test_sync_guarantees_hold_under_faults = pytest.mark.timeout(TIMEOUT_S)(
    test_sync_guarantees_hold_under_faults
)


# --- the machine's findings, as fixed scenarios --------------------------------------------


@pytest.fixture
def machine() -> Iterator[SyncMachine]:
    """A started machine (three consoles, the first speaker has the floor everywhere)."""
    machine = SyncMachine()
    machine.start_consoles(skews=[0, 0, 0])
    machine.settle_on_teardown = False  # the scenarios check what they need
    yield machine
    machine.teardown()


def deliver(machine: SyncMachine, console: int) -> None:
    assert machine.consoles[console].push_send("deliver") == "sent"
    assert machine.consoles[console].push_answer(lost=False) == "answered"


def test_an_action_is_not_counted_twice_while_its_answer_is_on_the_way(machine):
    """The server commits, its events reach the console before the push's answer: the view
    must not apply the still-queued command again on top of its own effect."""
    chair = machine.consoles[0]
    machine.adjust_time(console=0, delta=-60_000)  # 2:00 → 1:00
    assert chair.view.clock.allotted_ms == 60_000
    assert chair.push_send("deliver") == "sent"
    chair.pull_once()
    assert chair.view.clock.allotted_ms == machine.server.state().clock.allotted_ms == 60_000


def test_an_applied_action_stays_visible_when_the_feed_after_its_answer_is_lost(machine):
    """The backend applies the chair's "next speaker" and answers; the changes the engine
    reads after the answer never arrive; the event stream then brings a co-chair's earlier
    change. The chair's new speaker must not vanish from the view meanwhile: the command has
    left the outbox, and its effects are not in the confirmed state yet."""
    machine.adjust_time(console=1, delta=30_000)  # the co-chair's, applied first
    deliver(machine, 1)
    chair = machine.consoles[0]
    machine.give_floor(console=0, choice="next", start_clock=True)
    turn_id = chair.view.current_turn_id
    assert chair.push_send("deliver") == "sent"
    assert chair.push_answer(lost=False, feed_fault="drop") == "answered"
    assert chair.pending() == []
    chair.pull_once(cut_after=1)  # the co-chair's change only
    assert chair.view.current_turn_id == turn_id
    assert turn_id in chair.view.turns
    machine.the_view_is_the_confirmed_state_plus_what_it_lacks()


def test_a_refused_give_floor_leaves_no_phantom_turn_in_the_file(machine):
    """Two chairs give the floor to the same next speaker offline; the backend applies the
    first and refuses the second. The second console's view drops its turn, and so must its
    file: otherwise a restart (and the turn report) shows a turn that never happened."""
    machine.give_floor(console=1, choice="next", start_clock=True)
    machine.give_floor(console=0, choice="next", start_clock=True)
    phantom = machine.consoles[0].view.current_turn_id
    deliver(machine, 1)
    deliver(machine, 0)
    chair = machine.consoles[0]
    assert machine.server.decisions[(chair.client_id, len(chair.executed))].status == "rejected"
    assert phantom not in chair.view.turns
    assert phantom not in chair.store.load_session_state(SESSION_ID).turns


def test_a_hand_lowered_while_a_console_was_down_is_not_raised_in_its_file(machine):
    """A console saw a raised hand, crashed, and downloaded the session again after the
    participant lowered it. The snapshot lists open hands only, and ``save_view`` writes what
    the view has without removing what it lost: the file keeps the hand raised, and the next
    restart offline shows it."""
    chair = machine.consoles[0]
    machine.participant_hand(participant="p4", up=True)
    chair.pull_once()
    assert [hand.participant_id for hand in chair.view.open_hands()] == ["p4"]
    chair.crash_and_reopen()
    machine.participant_hand(participant="p4", up=False)
    chair.pull_once()  # downloads again
    assert chair.view.open_hands() == []
    assert chair.store.load_session_state(SESSION_ID).open_hands() == []


def test_speakers_added_at_the_same_place_offline_keep_one_order(machine):
    """Two consoles append a floor request to the same item while offline: the queue rules
    give both the same order key. Sorting by (item, key) alone leaves the tie to insertion
    order, which differs between the console's file and its memory (and between consoles), so
    the list — and who "next" picks — changes with a restart."""
    machine.add_speaker(console=1, participant="p5", right_after_current=False)
    machine.add_speaker(console=0, participant="p6", right_after_current=False)
    keys = [machine.consoles[i].view.entries[-1].order_key for i in (0, 1)]
    added = [e for e in machine.consoles[0].view.entries if e.id.startswith("x")]
    assert len(added) == 1 and keys[0] == keys[1], "both consoles chose the same key"
    deliver(machine, 1)
    deliver(machine, 0)
    for console in machine.consoles:
        console.pull_once()
    server = [e.id for e in machine.server.state().entries]
    for console in machine.consoles:
        assert [e.id for e in console.view.entries] == server
        on_disk = console.store.load_session_state(SESSION_ID)
        assert [e.id for e in on_disk.entries] == server, f"console {console.index}'s file"
