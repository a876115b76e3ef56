"""The speaker clock: model-based properties, display boundaries, thresholds, time source."""

from __future__ import annotations

import contextlib
from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule

from moderator.domain.model import Meeting
from moderator.domain.timing.clock import (
    TIME_UP_GRACE_MS,
    ClockError,
    ClockStatus,
    Phase,
    SpeakerClock,
    Thresholds,
    displayed_seconds,
    format_countdown,
    ms_until_next_second,
    phase_of,
)
from moderator.services.chair.time_source import TimeSource

T0 = 1_764_316_800_000  # 2025-11-28 08:00 UTC, ms since the epoch
HOUR_MS = 3_600_000

# --- model-based: random operation lists at non-decreasing times ----------------------------

_op = st.one_of(
    st.tuples(st.just("start"), st.integers(0, 120_000), st.just(0)),
    st.tuples(st.just("pause"), st.integers(0, 120_000), st.just(0)),
    st.tuples(st.just("adjust"), st.integers(0, 120_000), st.integers(-600_000, 600_000)),
)


class _ClockModel:
    """What the clock should read, computed independently: the list of running intervals."""

    def __init__(self, allotted_ms: int) -> None:
        self.allotted_ms = max(0, allotted_ms)
        self.closed_intervals: list[int] = []
        self.running_since: int | None = None

    def elapsed(self, now: int) -> int:
        open_interval = 0 if self.running_since is None else now - self.running_since
        return sum(self.closed_intervals) + open_interval


def _check_against_model(clock: SpeakerClock, model: _ClockModel, now: int) -> None:
    elapsed = model.elapsed(now)
    assert clock.elapsed_ms(now) == elapsed
    assert clock.remaining_ms(now) == model.allotted_ms - elapsed
    assert clock.allotted_ms == model.allotted_ms
    assert clock.is_running == (model.running_since is not None)
    if model.running_since is None:
        assert clock.ms_until_display_change(now) is None
    else:
        assert 1 <= clock.ms_until_display_change(now) <= 1000


@given(
    allotted=st.integers(-60_000, 2 * HOUR_MS),
    start_at=st.integers(0, 4_000_000_000_000),
    ops=st.lists(_op, max_size=40),
    tail_ms=st.integers(0, 10 * HOUR_MS),
)
def test_clock_readings_equal_the_sum_of_running_intervals(allotted, start_at, ops, tail_ms):
    clock = SpeakerClock.for_allotment(allotted)
    model = _ClockModel(allotted)
    now = start_at
    for kind, dt, delta in ops:
        now += dt
        snapshot = replace(clock)
        if kind == "start":
            if model.running_since is not None:
                with pytest.raises(ClockError):
                    clock.start(now)
                assert clock == snapshot
            else:
                clock = clock.start(now)
                model.running_since = now
        elif kind == "pause":
            if model.running_since is None:
                with pytest.raises(ClockError):
                    clock.pause(now)
                assert clock == snapshot
            else:
                clock = clock.pause(now)
                model.closed_intervals.append(now - model.running_since)
                model.running_since = None
        else:
            clock = clock.adjust(delta)
            model.allotted_ms = max(0, model.allotted_ms + delta)  # documented: never below 0
        _check_against_model(clock, model, now)
    # Reading later does not change the clock, and is still exact.
    _check_against_model(clock, model, now + tail_ms)
    _check_against_model(clock, model, now)


@given(
    allotted=st.integers(0, 2 * HOUR_MS),
    start_at=st.integers(0, 4_000_000_000_000),
    ops=st.lists(_op, max_size=20),
)
def test_an_hour_of_running_adds_exactly_an_hour(allotted, start_at, ops):
    """No drift: the clock is computed from stored times, not accumulated tick by tick."""
    clock = SpeakerClock.for_allotment(allotted)
    now = start_at
    for kind, dt, delta in ops:
        now += dt
        with contextlib.suppress(ClockError):  # invalid transitions are tested elsewhere
            if kind == "start":
                clock = clock.start(now)
            elif kind == "pause":
                clock = clock.pause(now)
            else:
                clock = clock.adjust(delta)
    prior = clock.elapsed_ms(now)
    if not clock.is_running:
        clock = clock.start(now)
    assert clock.elapsed_ms(now + HOUR_MS) == prior + HOUR_MS
    assert clock.remaining_ms(now + HOUR_MS) == clock.allotted_ms - prior - HOUR_MS
    paused = clock.pause(now + HOUR_MS)
    # A paused clock keeps its reading however long it stays paused.
    assert paused.elapsed_ms(now + 10 * HOUR_MS) == prior + HOUR_MS


def test_sixty_minutes_of_running_on_a_three_minute_clock_is_exact():
    clock = SpeakerClock.for_allotment(180_000).start(T0)
    assert clock.elapsed_ms(T0 + HOUR_MS) == HOUR_MS
    assert clock.remaining_ms(T0 + HOUR_MS) == 180_000 - HOUR_MS
    assert format_countdown(clock.remaining_ms(T0 + HOUR_MS)) == "+57:00"


def test_pause_then_resume_accumulates_exactly():
    clock = SpeakerClock.for_allotment(300_000).start(T0)
    clock = clock.pause(T0 + 45_000)
    assert clock.status is ClockStatus.PAUSED
    assert clock.remaining_ms(T0 + 600_000) == 255_000  # paused: time does not run
    clock = clock.start(T0 + 100_000)
    assert clock.elapsed_ms(T0 + 100_000 + HOUR_MS) == 45_000 + HOUR_MS


def test_invalid_transitions_raise_clock_error():
    idle = SpeakerClock.for_allotment(60_000)
    with pytest.raises(ClockError, match="not running"):
        idle.pause(T0)
    running = idle.start(T0)
    with pytest.raises(ClockError, match="already running"):
        running.start(T0 + 1)
    paused = running.pause(T0 + 10)
    with pytest.raises(ClockError):
        paused.pause(T0 + 20)
    # The rejected operations changed nothing: readings are as before.
    assert running.elapsed_ms(T0 + 1000) == 1000
    assert paused.elapsed_ms(T0 + 1000) == 10


def test_clock_error_is_a_value_error():
    assert issubclass(ClockError, ValueError)


def test_a_now_before_the_start_counts_as_no_time():
    clock = SpeakerClock.for_allotment(60_000).start(T0)
    assert clock.elapsed_ms(T0 - 5_000) == 0
    assert clock.remaining_ms(T0 - 5_000) == 60_000


def test_adjusting_below_zero_clamps_the_allotment_at_zero():
    clock = SpeakerClock.for_allotment(30_000).adjust(-90_000)
    assert clock.allotted_ms == 0
    assert clock.adjust(10_000).allotted_ms == 10_000
    assert SpeakerClock.for_allotment(-5).allotted_ms == 0


@pytest.mark.parametrize(
    "kwargs",
    [
        {"status": ClockStatus.RUNNING},  # running without a start time
        {"status": ClockStatus.PAUSED, "running_since_ms": T0},  # start time while stopped
        {"allotted_ms": -1},
        {"accumulated_ms": -1},
    ],
)
def test_inconsistent_clock_values_are_refused(kwargs):
    with pytest.raises(ValueError):
        SpeakerClock(**kwargs)


# --- display and phase at the boundaries ----------------------------------------------------

DEFAULT = Thresholds()  # warning at 1:00, no final phase


def test_a_fresh_three_minute_clock_shows_3_00_until_a_full_second_has_passed():
    clock = SpeakerClock.for_allotment(180_000).start(T0)
    assert format_countdown(clock.remaining_ms(T0)) == "3:00"
    assert format_countdown(clock.remaining_ms(T0 + 1)) == "3:00"
    assert format_countdown(clock.remaining_ms(T0 + 999)) == "3:00"
    assert format_countdown(clock.remaining_ms(T0 + 1000)) == "2:59"


@pytest.mark.parametrize(
    ("remaining_ms", "shown", "seconds", "phase"),
    [
        (180_000, "3:00", 180, Phase.NORMAL),
        (60_001, "1:01", 61, Phase.NORMAL),
        (60_000, "1:00", 60, Phase.WARNING),  # exactly one minute left: warning with "1:00"
        (59_001, "1:00", 60, Phase.WARNING),
        (59_000, "0:59", 59, Phase.WARNING),
        (1, "0:01", 1, Phase.WARNING),
        (0, "0:00", 0, Phase.TIME_UP),
        (-1, "0:00", 0, Phase.TIME_UP),
        (-999, "0:00", 0, Phase.TIME_UP),
        (-1000, "+0:01", -1, Phase.TIME_UP),  # time up lasts TIME_UP_GRACE_MS (5 s) ...
        (-1999, "+0:01", -1, Phase.TIME_UP),
        (-4999, "+0:04", -4, Phase.TIME_UP),
        (-5000, "+0:05", -5, Phase.OVERTIME),  # ... then overtime, with the digits' change
        (-61_000, "+1:01", -61, Phase.OVERTIME),
        (3_599_000, "59:59", 3599, Phase.NORMAL),
        (3_599_001, "1:00:00", 3600, Phase.NORMAL),
        (3_600_000, "1:00:00", 3600, Phase.NORMAL),
        (3_661_000, "1:01:01", 3661, Phase.NORMAL),
        (36_000_000, "10:00:00", 36_000, Phase.NORMAL),
        (-3_600_000, "+1:00:00", -3600, Phase.OVERTIME),
        (-3_725_000, "+1:02:05", -3725, Phase.OVERTIME),
    ],
)
def test_display_and_phase_at_boundaries(remaining_ms, shown, seconds, phase):
    assert format_countdown(remaining_ms) == shown
    assert displayed_seconds(remaining_ms) == seconds
    assert phase_of(remaining_ms, DEFAULT) == phase


def test_final_phase_when_the_final_threshold_is_set():
    thresholds = Thresholds(warning_ms=120_000, final_ms=30_000)
    assert phase_of(120_001, thresholds) is Phase.NORMAL
    assert phase_of(120_000, thresholds) is Phase.WARNING
    assert phase_of(30_001, thresholds) is Phase.WARNING
    assert phase_of(30_000, thresholds) is Phase.FINAL
    assert phase_of(1, thresholds) is Phase.FINAL
    assert phase_of(0, thresholds) is Phase.TIME_UP
    assert phase_of(-TIME_UP_GRACE_MS, thresholds) is Phase.OVERTIME


def test_time_up_is_a_span_of_its_own_then_overtime():
    """TIME UP used to last the one second the display read 0:00, then OVERTIME took over:
    now it lasts a defined few seconds, the digits counting up honestly through it."""
    assert 3_000 <= TIME_UP_GRACE_MS <= 10_000 and TIME_UP_GRACE_MS % 1000 == 0
    clock = SpeakerClock.for_allotment(60_000).start(T0)
    end = T0 + 60_000
    assert clock.phase(end - 1, DEFAULT) is Phase.WARNING
    assert clock.phase(end, DEFAULT) is Phase.TIME_UP
    assert clock.phase(end + 1000, DEFAULT) is Phase.TIME_UP  # allotted + 1 s
    assert format_countdown(clock.remaining_ms(end + 1000)) == "+0:01"
    assert clock.phase(end + TIME_UP_GRACE_MS - 1, DEFAULT) is Phase.TIME_UP
    assert clock.phase(end + TIME_UP_GRACE_MS, DEFAULT) is Phase.OVERTIME
    assert clock.phase(end + 65_000, DEFAULT) is Phase.OVERTIME


def test_a_new_meeting_has_a_final_phase_before_time_is_up():
    """FINAL was off (0:00) by default, so no chair ever saw it; a new meeting now warns at
    1:00 and turns to final at 0:30, valid thresholds the dialog and the server accept."""
    meeting = Meeting(id="m", title="New meeting")
    assert (meeting.warning_ms, meeting.final_ms) == (60_000, 30_000)
    thresholds = Thresholds(warning_ms=meeting.warning_ms, final_ms=meeting.final_ms)
    clock = SpeakerClock.for_allotment(180_000).start(T0)
    assert clock.phase(T0 + 150_000, thresholds) is Phase.FINAL
    assert clock.phase(T0 + 149_999, thresholds) is Phase.WARNING


def test_with_no_final_threshold_the_final_phase_never_appears():
    thresholds = Thresholds(warning_ms=60_000, final_ms=0)
    phases = {phase_of(r, thresholds) for r in range(-5_000, 120_000, 7)}
    assert Phase.FINAL not in phases
    assert phases == {Phase.NORMAL, Phase.WARNING, Phase.TIME_UP, Phase.OVERTIME}


@pytest.mark.parametrize(
    ("remaining_ms", "wait_ms"),
    [(180_000, 1000), (179_999, 999), (179_001, 1), (1, 1), (0, 1000), (-999, 1), (-1000, 1000)],
)
def test_ms_until_next_second_examples(remaining_ms, wait_ms):
    assert ms_until_next_second(remaining_ms) == wait_ms


@given(remaining=st.integers(-100 * HOUR_MS, 100 * HOUR_MS))
def test_display_changes_exactly_when_ms_until_next_second_says(remaining):
    wait = ms_until_next_second(remaining)
    assert 1 <= wait <= 1000
    # One millisecond before the boundary the display still reads the same ...
    assert displayed_seconds(remaining - (wait - 1)) == displayed_seconds(remaining)
    assert format_countdown(remaining - (wait - 1)) == format_countdown(remaining)
    # ... and at the boundary it shows the next second down (or the next overtime second up).
    assert displayed_seconds(remaining - wait) == displayed_seconds(remaining) - 1
    assert format_countdown(remaining - wait) != format_countdown(remaining)


@given(
    remaining=st.integers(-100 * HOUR_MS, 100 * HOUR_MS),
    warning_s=st.integers(0, 600),
    final_s=st.integers(0, 600),
)
def test_phase_never_changes_within_a_displayed_second(remaining, warning_s, final_s):
    """Digits and colour cue change together: the phase only depends on the displayed value."""
    warning_s, final_s = max(warning_s, final_s), min(warning_s, final_s)
    thresholds = Thresholds(warning_ms=warning_s * 1000, final_ms=final_s * 1000)
    wait = ms_until_next_second(remaining)
    assert phase_of(remaining - (wait - 1), thresholds) == phase_of(remaining, thresholds)


@given(remaining=st.integers(-100 * HOUR_MS, 100 * HOUR_MS))
def test_overtime_display_counts_up_from_plus_0_01(remaining):
    shown = format_countdown(remaining)
    assert shown.startswith("+") == (remaining <= -1000)


# --- a running display, stepped like the UI timer --------------------------------------------


class RunningDisplay(RuleBasedStateMachine):
    """The UI re-renders after ``ms_until_display_change`` ms; check it never misses a change."""

    @initialize(
        allotted=st.integers(0, 2 * HOUR_MS),
        warning_s=st.integers(0, 300),
        final_s=st.integers(0, 300),
    )
    def setup(self, allotted, warning_s, final_s):
        warning_s, final_s = max(warning_s, final_s), min(warning_s, final_s)
        self.thresholds = Thresholds(warning_ms=warning_s * 1000, final_ms=final_s * 1000)
        self.clock = SpeakerClock.for_allotment(allotted)
        self.model = _ClockModel(allotted)
        self.now = T0

    @rule(dt=st.integers(0, 200_000))
    def wait(self, dt):
        self.now += dt

    @rule()
    def wait_for_next_change(self):
        wait = self.clock.ms_until_display_change(self.now)
        if wait is not None:
            self.now += wait

    @rule()
    def start(self):
        if self.model.running_since is not None:
            with pytest.raises(ClockError):
                self.clock.start(self.now)
            return
        self.clock = self.clock.start(self.now)
        self.model.running_since = self.now

    @rule()
    def pause(self):
        if self.model.running_since is None:
            with pytest.raises(ClockError):
                self.clock.pause(self.now)
            return
        self.clock = self.clock.pause(self.now)
        self.model.closed_intervals.append(self.now - self.model.running_since)
        self.model.running_since = None

    @rule(delta=st.integers(-300_000, 300_000))
    def adjust(self, delta):
        self.clock = self.clock.adjust(delta)
        self.model.allotted_ms = max(0, self.model.allotted_ms + delta)

    @invariant()
    def readings_match_the_model(self):
        _check_against_model(self.clock, self.model, self.now)

    @invariant()
    def next_change_is_exact(self):
        wait = self.clock.ms_until_display_change(self.now)
        if wait is None:
            return
        now_text = format_countdown(self.clock.remaining_ms(self.now))
        now_phase = self.clock.phase(self.now, self.thresholds)
        just_before = self.now + wait - 1
        assert format_countdown(self.clock.remaining_ms(just_before)) == now_text
        assert self.clock.phase(just_before, self.thresholds) == now_phase
        assert format_countdown(self.clock.remaining_ms(self.now + wait)) != now_text


TestRunningDisplay = RunningDisplay.TestCase


# --- thresholds ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "kwargs",
    [
        {"warning_ms": -1000},
        {"final_ms": -1000},
        {"warning_ms": 60_500},
        {"warning_ms": 60_000, "final_ms": 1},
        {"warning_ms": 30_000, "final_ms": 31_000},
    ],
)
def test_invalid_thresholds_are_refused(kwargs):
    with pytest.raises(ValueError):
        Thresholds(**kwargs)


@pytest.mark.parametrize(
    "kwargs",
    [{}, {"warning_ms": 0, "final_ms": 0}, {"warning_ms": 30_000, "final_ms": 30_000}],
)
def test_valid_thresholds_are_accepted(kwargs):
    thresholds = Thresholds(**kwargs)
    assert thresholds.final_ms <= thresholds.warning_ms


def test_default_thresholds_warn_at_one_minute():
    assert Thresholds().warning_ms == 60_000
    assert Thresholds().final_ms == 0


# --- the time source -------------------------------------------------------------------------


class _FakeClocks:
    def __init__(self, wall_s: float, monotonic_s: float) -> None:
        self.wall_s = wall_s
        self.monotonic_s = monotonic_s

    def wall_ns(self) -> int:
        return round(self.wall_s * 1e9)

    def monotonic_ns(self) -> int:
        return round(self.monotonic_s * 1e9)


def test_time_source_advances_with_the_monotonic_clock_only():
    clocks = _FakeClocks(wall_s=T0 / 1000, monotonic_s=500.0)
    source = TimeSource(wall_ns=clocks.wall_ns, monotonic_ns=clocks.monotonic_ns)
    assert source.now_ms() == T0
    clocks.monotonic_s += 90.0
    assert source.now_ms() == T0 + 90_000
    clocks.wall_s -= 3600  # the laptop's clock is set back an hour: a running clock must not move
    assert source.now_ms() == T0 + 90_000
    clocks.monotonic_s += 10.0
    assert source.now_ms() == T0 + 100_000


def test_time_source_resync_adopts_the_wall_clock():
    clocks = _FakeClocks(wall_s=T0 / 1000, monotonic_s=0.0)
    source = TimeSource(wall_ns=clocks.wall_ns, monotonic_ns=clocks.monotonic_ns)
    clocks.wall_s += 120
    clocks.monotonic_s += 5
    source.resync()
    assert source.now_ms() == T0 + 120_000
    clocks.monotonic_s += 1
    assert source.now_ms() == T0 + 121_000


def test_time_source_counts_whole_milliseconds_exactly():
    clocks = _FakeClocks(wall_s=T0 / 1000, monotonic_s=0.0)
    source = TimeSource(wall_ns=clocks.wall_ns, monotonic_ns=clocks.monotonic_ns)
    clocks.monotonic_s = 0.3  # 0.3 * 1000 is 299.99999999999994 in floating point
    assert source.now_ms() == T0 + 300
