"""An optional chime when the speaker's countdown reaches warning, final and time up.

Off by default; the chair turns it on (remembered in ``QSettings`` under ``chime/enabled``).
``ThresholdChime`` emits ``sig_chime(Phase)`` once per crossing and plays a sound:

- only when a **running** clock crosses a threshold as time passes: giving the floor to a
  speaker whose allotment is already inside the warning (a 30-second reply) does not chime for
  warning, pausing and resuming in the same phase does not chime again, and a chair's own
  change of the time (−30 s into the warning) does not chime either — they saw it happen;
- adding time back out of a phase and running into it again chimes again (it is a new
  crossing);
- a crossing that is passed over (the laptop slept through "final" and woke in overtime)
  chimes once, for the furthest phase reached (overtime counts as time up).

No polling: one precise single-shot ``QTimer`` is armed for exactly the moment the remaining
time reaches the next threshold (the thresholds are whole seconds and the phases change with
the display, see ``domain.timing.clock.phase_of``), re-armed after each crossing and each state
change, and stopped while the clock is stopped or the chime is off.

Sound: a short WAV per phase (one soft note for the warning, two for final, three quicker
ones for time up), played by ``services.chime.sound.play_chime``: PySide6-Essentials has no
QtMultimedia, so the file is handed to the platform's own player (``winsound``, ``afplay``,
``pw-play``/``paplay``/``aplay``) without waiting for it, and the system bell
(``system_beep``, silent where the desktop has no bell) is only the fallback when no player
works. Pass ``play`` to use something else (``None``: no sound, only ``sig_chime``).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QSettings, Qt, QTimer, Signal

from moderator.domain.timing.clock import Phase, SpeakerClock
from moderator.services.chair.session_service import SessionService
from moderator.services.chime.sound import play_chime, system_beep

# system_beep lives beside the player that falls back to it; it is still offered from here.
__all__ = ["SETTINGS_KEY", "ThresholdChime", "play_chime", "system_beep"]

SETTINGS_KEY = "chime/enabled"

#: How far into the speech each phase is; a chime sounds for a crossing to a higher rank.
_RANK = {
    Phase.NORMAL: 0,
    Phase.WARNING: 1,
    Phase.FINAL: 2,
    Phase.TIME_UP: 3,
    Phase.OVERTIME: 3,  # the same moment for the chime: "time is up"
}
_CHIMED = {1: Phase.WARNING, 2: Phase.FINAL, 3: Phase.TIME_UP}


class ThresholdChime(QObject):
    #: A running clock crossed into warning, final or time up (the phase reached).
    sig_chime = Signal(object)

    def __init__(
        self,
        service: SessionService,
        enabled: bool | None = None,
        settings: QSettings | None = None,
        play: Callable[[Phase], None] | None = play_chime,
        parent: QObject | None = None,
    ) -> None:
        """``enabled``: ``None`` reads the remembered choice (off when never chosen); a value
        is used as given (and not remembered until ``set_enabled``). ``play``: the sound for a
        phase (default: the phase's WAV, see ``services.chime.sound``); ``None`` plays nothing."""
        super().__init__(parent if parent is not None else service)
        self._service = service
        self._settings = settings if settings is not None else QSettings()
        self._play = play
        self._enabled = self._remembered() if enabled is None else bool(enabled)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._on_timeout)
        # What the chime last saw: which turn, its clock, and the phase it was in.
        self._turn_id: str | None = None
        self._clock: SpeakerClock | None = None
        self._rank = 0
        service.sig_state_changed.connect(self._on_state_changed)
        service.sig_state_reset.connect(self._on_state_reset)
        self._resync()

    # --- the setting -------------------------------------------------------------------------

    @property
    def enabled(self) -> bool:
        return self._enabled

    def set_enabled(self, enabled: bool) -> None:
        """Turn the chime on or off, and remember the choice."""
        self._enabled = bool(enabled)
        self._settings.setValue(SETTINGS_KEY, self._enabled)
        self._resync()

    def _remembered(self) -> bool:
        value = self._settings.value(SETTINGS_KEY, False)
        # An ini file gives back the strings "true"/"false"; the native stores give booleans.
        if isinstance(value, str):
            return value.strip().lower() in ("true", "1", "yes")
        return bool(value)

    # --- following the clock -----------------------------------------------------------------

    def _on_state_changed(self, _events: object) -> None:
        state = self._service.state
        if state.current_turn_id == self._turn_id and state.clock == self._clock:
            self._check()  # the same running clock: only time has passed
        else:
            self._resync()  # the chair (or a sync) changed the clock: no chime for that

    def _on_state_reset(self) -> None:
        self._on_state_changed(None)

    def _resync(self) -> None:
        """Adopt the current turn, clock and phase without chiming; arm for the next one."""
        state = self._service.state
        self._turn_id = state.current_turn_id
        self._clock = state.clock
        self._rank = _RANK[state.clock.phase(self._service.now_ms(), state.thresholds)]
        self._arm()

    def _on_timeout(self) -> None:
        self._check()

    def _check(self) -> None:
        state = self._service.state
        rank = _RANK[state.clock.phase(self._service.now_ms(), state.thresholds)]
        if rank > self._rank and self._enabled and state.clock.is_running:
            self._rank = rank
            phase = _CHIMED[rank]
            if self._play is not None:
                self._play(phase)
            self.sig_chime.emit(phase)
        else:
            self._rank = max(self._rank, rank) if state.clock.is_running else rank
        self._arm()

    def _arm(self) -> None:
        delay = self._ms_until_next_threshold()
        if delay is None:
            self._timer.stop()
        else:
            self._timer.start(delay)

    def _ms_until_next_threshold(self) -> int | None:
        """Running time until the remaining time reaches the next threshold below it."""
        state = self._service.state
        clock = state.clock
        if not (self._enabled and clock.is_running):
            return None
        remaining = clock.remaining_ms(self._service.now_ms())
        thresholds = state.thresholds
        # A phase begins when the remaining time is *at* its threshold (phase_of uses <=).
        boundaries = {thresholds.warning_ms, thresholds.final_ms, 0}
        ahead = [b for b in boundaries if b < remaining]
        if not ahead:
            return None
        return remaining - max(ahead)
