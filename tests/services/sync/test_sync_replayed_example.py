"""A sequence the sync machine (``test_sync_stateful.py``) found, replayed step by step.

After a crash and a stale replay of an earlier batch, console 0 showed the speaker's allotted
time as 0:00 where the backend's state plus its own pending pause says 1:00: the -60 s
adjustment, already in the downloaded snapshot, was applied a second time. The console was
right; the machine's in-process server was not: since a client's high-water mark is told only
to the token that pushes under it (issue 15), the machine's snapshot, which named no caller,
never carried the mark, so the reopened console could not know which of its queued actions
the snapshot already held. The machine's snapshot now reads as the chair's token, as the
real route does. Kept as a fixed example: this path (crash, download, queued actions the
snapshot holds) must stay covered.
"""

from __future__ import annotations

from test_sync_stateful import SyncMachine

INVARIANTS = (
    "acknowledged_actions_stay_visible",
    "synced_consoles_count_on_the_servers_clock",
    "the_outbox_is_the_tail_of_what_the_chair_did",
    "the_server_kept_the_protocol",
    "the_view_is_the_confirmed_state_plus_what_it_lacks",
    "versions_never_go_back",
)

STEPS = [
    ("add_speaker", {"console": 0, "participant": "p1", "right_after_current": True}),
    ("pull", {"console": 0, "cut_after": 1_000_000, "replay": 0}),
    ("pull", {"console": 0, "cut_after": 1_000_000, "replay": 0}),
    ("push", {"console": 2, "fault": "deliver"}),
    ("time_passes", {"ms": 0}),
    ("toggle_clock", {"console": 0}),
    ("toggle_clock", {"console": 0}),
    ("adjust_time", {"console": 0, "delta": -60_000}),
    ("push", {"console": 0, "fault": "deliver"}),
    ("push", {"console": 0, "fault": "deliver"}),
    ("lower_hand", {"choice": 6, "console": 1}),
    ("participant_hand", {"participant": "p1", "up": True}),
    ("pull", {"console": 2, "cut_after": 4, "replay": 0}),
    ("mishap", {"choice": 7, "console": 0, "mishap": "stale replay"}),
    ("give_floor", {"choice": "end", "console": 2, "start_clock": True}),
    ("mishap", {"choice": 50, "console": 0, "mishap": "crash"}),
    ("pull", {"console": 2, "cut_after": 5, "replay": 1}),
    ("answer", {"console": 2, "feed_fault": "drop", "lost": True}),
    ("toggle_clock", {"console": 0}),
    ("give_floor", {"choice": "end", "console": 2, "start_clock": True}),
    ("add_speaker", {"console": 2, "participant": "p6", "right_after_current": False}),
    ("push", {"console": 0, "fault": "drop_request"}),
    ("pull", {"console": 0, "cut_after": 1_000_000, "replay": 0}),
]


def test_the_view_after_a_crash_and_a_stale_replay_is_the_backends_state_plus_its_own():
    machine = SyncMachine()
    try:
        machine.start_consoles(skews=[-236, -485, 1712])
        for name, arguments in STEPS:
            getattr(machine, name)(**arguments)
            for invariant in INVARIANTS:
                getattr(machine, invariant)()
    finally:
        machine.teardown()
