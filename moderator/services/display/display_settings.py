"""What the chair chose for the speaker display, remembered between runs (QSettings).

The speaker display (``moderator.ui.display.speaker_display``) reads these at start and writes them
when the chair changes them from the display controls:

- ``screen_name``: the name Qt gives the chosen screen (``QScreen.name()``, e.g. ``HDMI-1``);
  empty when the chair never chose one. A name survives unplugging and plugging the projector
  back in, a screen index does not.
- ``full_screen``: full screen on that screen (the default) or a movable window.
- ``hide_negative_time``: the speaker display shows ``0:00`` and TIME UP in overtime instead of
  counting up. The console's own countdown always shows the overtime.
- ``shown``, ``blackout``, ``message_text`` and ``message_kind``: what the podium showed last.
  The display writes them on every change, so a console started again (after a crash, or a
  restart in the middle of a session) puts the podium back as it was instead of leaving the
  speaker in front of a dark screen; the console's indicator says what was restored. ``shown``
  changes only when the chair shows or hides the display, not when the display closes with
  the console. A console quit on purpose forgets the blackout and the message
  (``forget_the_moment``): they belonged to that sitting, not to tomorrow's.

The store is a parameter (by default the application's ``QSettings``), so the choices can be
kept in another file without touching the chair's profile.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

_GROUP = "speakerDisplay"


class DisplaySettings:
    def __init__(self, settings: QSettings | None = None) -> None:
        self._settings = settings if settings is not None else QSettings()

    @property
    def screen_name(self) -> str:
        return str(self._settings.value(f"{_GROUP}/screenName", "") or "")

    @screen_name.setter
    def screen_name(self, name: str) -> None:
        self._settings.setValue(f"{_GROUP}/screenName", name)

    @property
    def full_screen(self) -> bool:
        return self._bool("fullScreen", default=True)

    @full_screen.setter
    def full_screen(self, value: bool) -> None:
        self._settings.setValue(f"{_GROUP}/fullScreen", bool(value))

    @property
    def hide_negative_time(self) -> bool:
        return self._bool("hideNegativeTime", default=False)

    @hide_negative_time.setter
    def hide_negative_time(self, value: bool) -> None:
        self._settings.setValue(f"{_GROUP}/hideNegativeTime", bool(value))

    @property
    def shown(self) -> bool:
        return self._bool("shown", default=False)

    @shown.setter
    def shown(self, value: bool) -> None:
        self._settings.setValue(f"{_GROUP}/shown", bool(value))

    @property
    def blackout(self) -> bool:
        return self._bool("blackout", default=False)

    @blackout.setter
    def blackout(self, value: bool) -> None:
        self._settings.setValue(f"{_GROUP}/blackout", bool(value))

    @property
    def message(self) -> tuple[str, str] | None:
        """The message on the display as ``(kind, text)``; ``None`` when there is none."""
        text = str(self._settings.value(f"{_GROUP}/messageText", "") or "")
        kind = str(self._settings.value(f"{_GROUP}/messageKind", "") or "")
        return (kind, text) if text and kind else None

    @message.setter
    def message(self, value: tuple[str, str] | None) -> None:
        kind, text = value if value is not None else ("", "")
        self._settings.setValue(f"{_GROUP}/messageKind", kind)
        self._settings.setValue(f"{_GROUP}/messageText", text)

    def forget_the_moment(self) -> None:
        """The console was quit on purpose: a blackout or a message belonged to that sitting
        and is not brought back at the next start (after a crash it is). Whether the display
        was shown, and where, is kept."""
        self.blackout = False
        self.message = None
        self.sync()

    def sync(self) -> None:
        """Write to disk now (QSettings otherwise writes later, or at exit)."""
        self._settings.sync()

    def _bool(self, key: str, default: bool) -> bool:
        value = self._settings.value(f"{_GROUP}/{key}", default)
        # An ini file gives back the strings "true"/"false"; the native stores give booleans.
        if isinstance(value, str):
            return value.strip().lower() in ("true", "1", "yes")
        return bool(value)
