"""The threshold chime on a real clock: a meeting with short thresholds (warning at 0:02, final
at 0:01) and speakers given a couple of seconds, so each crossing happens within the test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot
from sqlalchemy import update
from support.timers import timer_armed

from moderator.domain.commands import SetAllotted
from moderator.domain.timing.clock import Phase
from moderator.services.agenda.demo import load_demo
from moderator.services.chair.command_runner import CommandRunner
from moderator.services.chair.session_service import SessionService
from moderator.services.chair.time_source import TimeSource
from moderator.services.chime.threshold import ThresholdChime, system_beep
from moderator.storage.database import open_database
from moderator.storage.models import MeetingRow
from moderator.storage.repository import Store

WARNING_MS, FINAL_MS = 2000, 1000
# A crossing is expected within this much after its moment (a shared, loaded test machine).
LATE_MS = 150


class Setup:
    def __init__(self, service: SessionService, store: Store, tmp_path: Path) -> None:
        self.service, self.store, self.tmp_path = service, store, tmp_path

    def settings(self) -> QSettings:
        return QSettings(str(self.tmp_path / "chime.ini"), QSettings.Format.IniFormat)

    def chime(self, enabled: bool | None = True) -> tuple[ThresholdChime, list[tuple]]:
        """A chime that records (phase, remaining ms, phase on the clock) for each chime."""
        heard: list[tuple] = []
        chime = ThresholdChime(self.service, enabled, self.settings(), play=None)
        service = self.service

        def record(phase: Phase) -> None:
            state, now = service.state, service.now_ms()
            heard.append(
                (phase, state.clock.remaining_ms(now), state.clock.phase(now, state.thresholds))
            )

        chime.sig_chime.connect(record)
        return chime, heard

    def give_floor_with(self, remaining_ms: int) -> None:
        service = self.service
        assert service.next_speaker()
        assert service.set_time(remaining_ms)


@pytest.fixture
def setup(tmp_path: Path) -> Iterator[Setup]:
    engine = open_database(tmp_path / "moderator.sqlite3")
    store = Store(engine)
    time_source = TimeSource()
    load_demo(store, time_source.now_ms())
    with engine.begin() as connection:
        connection.execute(update(MeetingRow).values(warning_ms=WARNING_MS, final_ms=FINAL_MS))
    state = store.load_session_state(store.sessions()[0].id)
    service = SessionService(CommandRunner(store, state, time_source))
    yield Setup(service, store, tmp_path)
    engine.dispose()


def wait_for(qtbot: QtBot, chime: ThresholdChime, phase: Phase, timeout: int = 3000) -> None:
    with qtbot.waitSignal(chime.sig_chime, timeout=timeout) as blocker:
        pass
    assert blocker.args == [phase]


def test_a_running_clock_chimes_once_at_warning_final_and_time_up(qtbot, setup):
    chime, heard = setup.chime()
    setup.give_floor_with(2_400)
    assert timer_armed(chime)
    wait_for(qtbot, chime, Phase.WARNING)
    wait_for(qtbot, chime, Phase.FINAL)
    wait_for(qtbot, chime, Phase.TIME_UP)
    assert [phase for phase, _, _ in heard] == [Phase.WARNING, Phase.FINAL, Phase.TIME_UP]
    # Each chime sounds as the countdown shows the new phase, not a tick later.
    for (phase, remaining, shown), threshold in zip(heard, (WARNING_MS, FINAL_MS, 0), strict=True):
        assert shown is phase
        assert threshold - LATE_MS < remaining <= threshold
    # Nothing more to wait for in overtime: no timer left running.
    assert not timer_armed(chime)


def test_pause_and_resume_in_the_same_phase_does_not_chime_again(qtbot, setup):
    chime, heard = setup.chime()
    setup.give_floor_with(2_300)
    wait_for(qtbot, chime, Phase.WARNING)
    assert setup.service.toggle_clock()  # pause in the warning
    assert not timer_armed(chime)
    assert setup.service.toggle_clock()  # resume, still in the warning
    wait_for(qtbot, chime, Phase.FINAL)
    assert [phase for phase, _, _ in heard] == [Phase.WARNING, Phase.FINAL]


def test_no_chime_for_a_speaker_who_starts_already_inside_the_warning(qtbot, setup):
    chime, heard = setup.chime()
    service = setup.service
    upcoming = service.state.next_entry()
    assert service.perform(SetAllotted(service.state.session.id, upcoming.id, 1_500), "Short")
    assert service.give_floor_to(upcoming.id)  # 0:02 on the clock: warning from the start
    wait_for(qtbot, chime, Phase.FINAL)
    wait_for(qtbot, chime, Phase.TIME_UP)
    assert [phase for phase, _, _ in heard] == [Phase.FINAL, Phase.TIME_UP]


def test_added_time_then_running_into_the_warning_again_chimes_again(qtbot, setup):
    chime, heard = setup.chime()
    setup.give_floor_with(2_300)
    wait_for(qtbot, chime, Phase.WARNING)
    assert setup.service.adjust_time(1_000)  # back out of the warning (chair's own action)
    wait_for(qtbot, chime, Phase.WARNING)
    assert [phase for phase, _, _ in heard] == [Phase.WARNING, Phase.WARNING]


def test_a_disabled_chime_is_silent_and_sleeps(qtbot, setup):
    off, heard_off = setup.chime(enabled=False)
    on, _ = setup.chime(enabled=True)  # the control: proves the crossings happened
    setup.give_floor_with(2_200)
    assert not timer_armed(off)
    wait_for(qtbot, on, Phase.WARNING)
    wait_for(qtbot, on, Phase.FINAL)
    assert heard_off == []


def test_a_sync_replacing_the_state_does_not_chime(qtbot, setup):
    chime, heard = setup.chime()
    setup.give_floor_with(2_300)
    service = setup.service
    view = setup.store.load_session_state(service.state.session.id)
    service.runner.take_view(view, cursor=None, now_ms=service.now_ms())
    assert heard == []
    wait_for(qtbot, chime, Phase.WARNING)  # and it still chimes at the threshold


def test_the_choice_is_off_by_default_and_remembered(setup):
    assert ThresholdChime(setup.service, settings=setup.settings()).enabled is False
    chime = ThresholdChime(setup.service, settings=setup.settings())
    chime.set_enabled(True)
    assert ThresholdChime(setup.service, settings=setup.settings()).enabled is True
    chime.set_enabled(False)
    assert ThresholdChime(setup.service, settings=setup.settings()).enabled is False


def test_turning_the_chime_on_mid_speech_does_not_chime_for_a_phase_already_reached(qtbot, setup):
    chime, heard = setup.chime(enabled=False)
    setup.give_floor_with(1_800)  # already in the warning
    chime.set_enabled(True)
    assert timer_armed(chime)
    wait_for(qtbot, chime, Phase.FINAL)
    assert [phase for phase, _, _ in heard] == [Phase.FINAL]


def test_the_default_sound_is_the_system_bell(qapp):
    system_beep(Phase.WARNING)  # offscreen: silent, and no Qt warning
