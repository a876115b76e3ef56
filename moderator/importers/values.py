"""Reading the values schedules and spreadsheets contain: times, durations, dates, choices.

Shared by every importer so that "09:30", "1:30:00" or "Civil society" mean the same thing
in a CSV cell, an XLSX cell and a schedule file. Each reader raises ``ScheduleImportError``
through the ``Place`` it is given, naming the field.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from moderator.domain.model import Attendance, SessionFormat, SpeechType, StakeholderGroup
from moderator.importers.errors import Place

_DURATION = re.compile(r"^\s*(\d{1,3}):([0-5]?\d)(?::([0-5]?\d))?\s*$")
_CLOCK = re.compile(r"^\s*([01]?\d|2[0-4]):([0-5]\d)(?::([0-5]\d)(?:\.(\d{1,3}))?)?\s*$")
_MINUTES_SECONDS = re.compile(r"^\s*(\d{1,6}):([0-5]\d)(?:\.(\d{1,3}))?\s*$")
_NUMBER = re.compile(r"^\s*\d{1,7}(?:[.,]\d{1,6})?\s*$")
_DAY_FIRST = re.compile(r"^\s*(\d{1,2})[./](\d{1,2})[./](\d{4})\s*$")


def normalise(text: str) -> str:
    """The form names, titles and headers are compared in: any script kept, letters and digits
    only, case and accents folded, anything else as single spaces.

    "Début", "debut " and "DEBUT" compare equal; so do "in-room" and "In room", "Søren
    Ødegård" and "soren odegard", "ＡＢＣ" and "abc" (NFKC). Chinese, Japanese, Arabic or
    Cyrillic letters stay letters, so "李明" and "王伟" never compare equal. Accents are folded
    only where they are optional marks on a letter (Latin, Greek, Cyrillic ё, Arabic harakat,
    Hebrew points): the Japanese dakuten of "が" or the vowel signs of Devanagari change the
    letter and are kept.
    """
    folded = unicodedata.normalize("NFKC", text).casefold()
    decomposed = unicodedata.normalize("NFD", folded)
    kept: list[str] = []
    base_foldable = False
    for char in decomposed:
        if unicodedata.combining(char) or unicodedata.category(char) == "Mn":
            if base_foldable or _OPTIONAL_MARK.match(char):
                continue
            kept.append(char)
            continue
        base_foldable = _foldable_base(char)
        kept.append(_LETTER_FOLDS.get(char, char))
    plain = unicodedata.normalize("NFC", "".join(kept))
    words = "".join(c if _is_word_char(c) else " " for c in plain)
    return " ".join(words.split())


#: Letters that are a base letter with a stroke or a ligature, which Unicode does not
#: decompose: folded like accents so "Ødegård" matches "Odegard".
_LETTER_FOLDS = {
    "ø": "o",
    "æ": "ae",
    "œ": "oe",
    "ł": "l",
    "đ": "d",
    "ð": "d",
    "þ": "th",
    "ħ": "h",
    "ı": "i",
    "ŀ": "l",
    "ŧ": "t",
}
#: Marks that are optional in the writing itself: Arabic harakat and Quranic marks, Hebrew
#: points and cantillation; the Arabic tatweel is a stretching of the line, not a letter.
_OPTIONAL_MARK = re.compile("[\u064b-\u065f\u0670\u06d6-\u06ed\u0591-\u05c7]")


def _foldable_base(char: str) -> bool:
    """Whether marks on ``char`` are accents to fold: Latin and Greek letters, and the
    Cyrillic е of ё (й, ї and the like are letters of their own)."""
    if char in "еЕ":
        return True
    name = unicodedata.name(char, "")
    return name.startswith(("LATIN ", "GREEK "))


def _is_word_char(char: str) -> bool:
    if char == "\u0640":  # Arabic tatweel
        return False
    category = unicodedata.category(char)
    return category[0] in "LN" or category in ("Mn", "Mc")


def zone(place: Place, name: str, field: str = "timezone") -> ZoneInfo:
    try:
        return ZoneInfo(name.strip())
    except (ZoneInfoNotFoundError, ValueError, OSError) as error:
        raise place.error(field, f"unknown time zone {name!r}") from error


def epoch_ms(moment: datetime) -> int:
    """Milliseconds since the epoch of an aware datetime."""
    delta = moment.astimezone(UTC) - datetime(1970, 1, 1, tzinfo=UTC)
    return delta // timedelta(milliseconds=1)


def schedule_duration_ms(place: Place, field: str, text: object) -> int:
    """A frab/pretalx duration, "HH:MM" or "HH:MM:SS" (hours may exceed 24: "36:00")."""
    match = _DURATION.match(text) if isinstance(text, str) else None
    if match is None:
        raise place.error(field, f"not a duration like 00:30: {_show(text)}")
    hours, minutes, seconds = (int(g) if g else 0 for g in match.groups())
    return ((hours * 60 + minutes) * 60 + seconds) * 1000


def iso_datetime(place: Place, field: str, text: object, tz: ZoneInfo) -> datetime:
    """An ISO 8601 date-time; one without an offset is read in ``tz``."""
    if not isinstance(text, str):
        raise place.error(field, f"not a date and time: {_show(text)}")
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError as error:
        raise place.error(
            field, f"not a date and time like 2024-12-27T10:30:00+01:00: {_show(text)}"
        ) from error
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=tz)
    return moment


def calendar_date(place: Place, field: str, value: object) -> date:
    """A date: an XLSX date cell, ISO "2022-05-10", or day first "10.05.2022"/"10/05/2022"."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        text = value.strip()
        try:
            return date.fromisoformat(text)
        except ValueError:
            pass
        match = _DAY_FIRST.match(text)
        if match:
            day, month, year = (int(g) for g in match.groups())
            try:
                return date(year, month, day)
            except ValueError as error:
                raise place.error(field, f"no such date: {_show(value)}") from error
    raise place.error(field, f"not a date like 2022-05-10 or 10.05.2022: {_show(value)}")


def clock_time(place: Place, field: str, value: object) -> time | datetime:
    """A time of day ("09:30", "9:30:15", an XLSX time cell or day fraction), or a full
    date-time ("2022-05-10 09:30", with an optional offset) when a session spans days."""
    if isinstance(value, datetime):
        return value
    if isinstance(value, time):
        return value
    if isinstance(value, float | int) and not isinstance(value, bool) and 0 <= value < 1:
        seconds = round(value * 86_400)
        return time(seconds // 3600 % 24, seconds // 60 % 60, seconds % 60)
    if isinstance(value, str):
        match = _CLOCK.match(value)
        if match:
            hours, minutes = int(match[1]), int(match[2])
            seconds = int(match[3] or 0)
            millis = int((match[4] or "0").ljust(3, "0"))
            if hours == 24:
                if minutes or seconds or millis:
                    raise place.error(field, f"not a time of day: {_show(value)}")
                return time(23, 59, 59, 999_000)
            return time(hours, minutes, seconds, millis * 1000)
        if len(value.strip()) > 10:
            try:
                return datetime.fromisoformat(value.strip())
            except ValueError:
                pass
    raise place.error(field, f"not a time like 09:30: {_show(value)}")


def local_instant(day: date, moment: time | datetime, tz: ZoneInfo) -> datetime:
    """The instant of a local date and time in ``tz`` (a full date-time keeps its own date)."""
    if isinstance(moment, datetime):
        return moment if moment.tzinfo is not None else moment.replace(tzinfo=tz)
    return datetime.combine(day, moment, tzinfo=tz)


def minutes_ms(place: Place, field: str, value: object) -> int:
    """Minutes: "5", "2.5", "2,5", "3:30" (minutes:seconds), "3:30.250", or a number cell."""
    if isinstance(value, bool):
        raise place.error(field, f"not a number of minutes: {_show(value)}")
    if isinstance(value, int | float):
        if not 0 <= value <= 10_000_000:
            raise place.error(field, f"not a number of minutes: {_show(value)}")
        return round(value * 60_000)
    if isinstance(value, timedelta):
        return value // timedelta(milliseconds=1)
    if isinstance(value, time):
        return ((value.hour * 60 + value.minute) * 60 + value.second) * 1000
    if isinstance(value, str):
        match = _MINUTES_SECONDS.match(value)
        if match:
            millis = int((match[3] or "0").ljust(3, "0"))
            return (int(match[1]) * 60 + int(match[2])) * 1000 + millis
        if _NUMBER.match(value):
            return round(float(value.strip().replace(",", ".")) * 60_000)
    raise place.error(field, f"not a number of minutes like 5, 2.5 or 3:30: {_show(value)}")


def whole_number(place: Place, field: str, value: object) -> int:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and re.fullmatch(r"\s*-?\d{1,9}\s*", value):
        return int(value)
    raise place.error(field, f"not a whole number: {_show(value)}")


def _choice(aliases: dict[str, object], place: Place, field: str, value: str, allowed: str):
    found = aliases.get(normalise(value))
    if found is None:
        raise place.error(field, f"{_show(value)} is not one of: {allowed}")
    return found


_FORMATS = {
    "in person": SessionFormat.IN_PERSON,
    "inperson": SessionFormat.IN_PERSON,
    "in room": SessionFormat.IN_PERSON,
    "on site": SessionFormat.IN_PERSON,
    "onsite": SessionFormat.IN_PERSON,
    "physical": SessionFormat.IN_PERSON,
    "presentiel": SessionFormat.IN_PERSON,
    "presencial": SessionFormat.IN_PERSON,
    "hybrid": SessionFormat.HYBRID,
    "hybride": SessionFormat.HYBRID,
    "hibrido": SessionFormat.HYBRID,
    "virtual": SessionFormat.VIRTUAL,
    "online": SessionFormat.VIRTUAL,
    "remote": SessionFormat.VIRTUAL,
    "virtuel": SessionFormat.VIRTUAL,
    "en ligne": SessionFormat.VIRTUAL,
}
_GROUPS = {
    "member state": StakeholderGroup.MEMBER_STATE,
    "member states": StakeholderGroup.MEMBER_STATE,
    "state": StakeholderGroup.MEMBER_STATE,
    "government": StakeholderGroup.MEMBER_STATE,
    "delegation": StakeholderGroup.MEMBER_STATE,
    "parliament": StakeholderGroup.PARLIAMENT,
    "parliamentarian": StakeholderGroup.PARLIAMENT,
    "parliamentary": StakeholderGroup.PARLIAMENT,
    "mp": StakeholderGroup.PARLIAMENT,
    "civil society": StakeholderGroup.CIVIL_SOCIETY,
    "cso": StakeholderGroup.CIVIL_SOCIETY,
    "ngo": StakeholderGroup.CIVIL_SOCIETY,
    "un entity": StakeholderGroup.UN_ENTITY,
    "un": StakeholderGroup.UN_ENTITY,
    "united nations": StakeholderGroup.UN_ENTITY,
    "other": StakeholderGroup.OTHER,
    "others": StakeholderGroup.OTHER,
}
_ATTENDANCE = {
    "in room": Attendance.IN_ROOM,
    "in the room": Attendance.IN_ROOM,
    "in person": Attendance.IN_ROOM,
    "on site": Attendance.IN_ROOM,
    "onsite": Attendance.IN_ROOM,
    "floor": Attendance.IN_ROOM,
    "remote": Attendance.REMOTE,
    "online": Attendance.REMOTE,
    "virtual": Attendance.REMOTE,
}
_SPEECH_TYPES = {
    "statement": SpeechType.STATEMENT,
    "speech": SpeechType.STATEMENT,
    "floor": SpeechType.FLOOR,
    "question": SpeechType.FLOOR,
    "comment": SpeechType.FLOOR,
    "question comment": SpeechType.FLOOR,
    "question comment from the floor": SpeechType.FLOOR,
    "point of order": SpeechType.POINT_OF_ORDER,
    "right of reply": SpeechType.RIGHT_OF_REPLY,
    "reply": SpeechType.RIGHT_OF_REPLY,
    "intervention": SpeechType.INTERVENTION,
    "answer": SpeechType.INTERVENTION,
}
for _group in StakeholderGroup:
    _GROUPS[normalise(_group.value)] = _group
    _GROUPS[normalise(_group.label)] = _group
for _kind in SpeechType:
    _SPEECH_TYPES[normalise(_kind.value)] = _kind
    _SPEECH_TYPES[normalise(_kind.label)] = _kind
for _format in SessionFormat:
    _FORMATS[normalise(_format.value)] = _format
for _attendance in Attendance:
    _ATTENDANCE[normalise(_attendance.value)] = _attendance
    _ATTENDANCE[normalise(_attendance.label)] = _attendance


def session_format(place: Place, field: str, value: str) -> SessionFormat:
    return _choice(_FORMATS, place, field, value, "in person, hybrid, virtual")


def stakeholder_group(place: Place, field: str, value: str) -> StakeholderGroup:
    allowed = ", ".join(g.label for g in StakeholderGroup)
    return _choice(_GROUPS, place, field, value, allowed)


def attendance(place: Place, field: str, value: str) -> Attendance:
    return _choice(_ATTENDANCE, place, field, value, "in room, remote")


def speech_type(place: Place, field: str, value: str) -> SpeechType:
    allowed = ", ".join(k.label for k in SpeechType)
    return _choice(_SPEECH_TYPES, place, field, value, allowed)


def split_evenly(total_ms: int, count: int) -> list[int]:
    """``total_ms`` shared among ``count`` speakers in whole seconds; the first ones get the
    seconds left over, so the shares add up to the total rounded down to a second."""
    if count <= 0:
        return []
    seconds, _ = divmod(max(total_ms, 0), 1000)
    share, extra = divmod(seconds, count)
    return [(share + (1 if i < extra else 0)) * 1000 for i in range(count)]


def _show(value: object) -> str:
    """A value quoted for a message, cut short (a fuzzer's megabyte cell stays readable)."""
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."
