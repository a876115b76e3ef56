"""The spreadsheet column template and the header names each column also answers to.

Headers are compared after ``values.normalise`` (case, accents, spaces and punctuation do not
matter), so "Start time", "start-time" and "Début" all find ``start``; names real exports
glue together ("starttime", "fullname") are listed as such. The order of a column's names is
its preference: when a sheet has two headers for one column ("Track" and "Theme"), the
earlier name is read and the other is ignored, which the preview says (``preference``).
The template's own names (``TEMPLATE``) are what ``moderator export-agenda --format csv``
writes and what ``resources/agenda-template.csv`` holds; ``docs/import-formats.md`` documents both.
"""

from __future__ import annotations

from moderator.importers.values import normalise

#: Canonical column → (header written in the template, other names it answers to).
COLUMNS: dict[str, tuple[str, tuple[str, ...]]] = {
    "meeting_id": ("Meeting ID", ("meeting key", "event id", "conference id")),
    "meeting": ("Meeting", ("meeting title", "event", "event title", "conference")),
    "venue": ("Venue", ()),
    "timezone": ("Timezone", ("time zone", "tz", "zone", "fuseau horaire")),
    "warning_seconds": ("Warning seconds", ("warning", "warning s")),
    "final_seconds": ("Final seconds", ("final", "final s")),
    "session_id": ("Session ID", ("session key", "session uid", "uid", "guid")),
    "session": (
        "Session",
        ("session title", "session name", "title", "panel", "sitting", "talk", "seance"),
    ),
    "date": ("Date", ("session date", "day", "fecha")),
    "start": (
        "Start",
        (
            "start time",
            "starttime",
            "start datetime",
            "start date time",
            "starts",
            "begin",
            "begins",
            "beginning",
            "from",
            "time",
            "debut",
            "heure de debut",
            "inicio",
            "hora de inicio",
        ),
    ),
    "end": (
        "End",
        (
            "end time",
            "endtime",
            "end datetime",
            "end date time",
            "ends",
            "finish",
            "until",
            "to",
            "fin",
            "heure de fin",
        ),
    ),
    "room": ("Room", ("location", "hall", "salle", "sala", "venue room")),
    "format": ("Format", ("session format", "mode", "meeting format")),
    "track": ("Track", ("track name", "stream", "theme", "topic area")),
    "type": ("Type", ("session type", "event type")),
    "languages": ("Languages", ("session languages", "session language")),
    "item_id": ("Item ID", ("agenda item id", "item key")),
    "item": ("Agenda item", ("item", "agenda", "agenda item title", "topic", "segment", "point")),
    "planned_minutes": (
        "Planned minutes",
        ("planned duration", "planned", "duration", "item duration", "item minutes"),
    ),
    "participant_id": ("Participant ID", ("speaker id", "person id", "participant key")),
    "speaker": (
        "Speaker",
        (
            "speaker name",
            "name",
            "participant",
            "person",
            "full name",
            "fullname",
            "speaker full name",
            "display name",
            "orateur",
            "orador",
            "intervenant",
        ),
    ),
    "function": (
        "Function",
        (
            "function title",
            "function or title",
            "title function",
            "job title",
            "position",
            "role",
            "fonction",
            "cargo",
        ),
    ),
    "organisation": (
        "Organisation",
        (
            "organization",
            "organisation or delegation",
            "organisation delegation",
            "organization delegation",
            "organization or delegation",
            "delegation",
            "affiliation",
            "institution",
            "organisme",
            "entity",
        ),
    ),
    "stakeholder_group": (
        "Stakeholder group",
        ("stakeholder", "group", "constituency", "stakeholder category"),
    ),
    "gender": ("Gender", ("sex", "genre", "genero")),
    "attendance": (
        "Attendance",
        (
            "in room remote",
            "in room or remote",
            "participation",
            "presence",
            "attendance mode",
            "on site remote",
        ),
    ),
    "language": ("Language", ("speaker language", "speaking language", "langue", "idioma")),
    "entry_id": ("Entry ID", ("speaker entry id", "list entry id")),
    "speech_type": ("Speech type", ("type of speech", "intervention type", "speech")),
    "allotted_minutes": (
        "Allotted minutes",
        ("allotted time", "allotted", "speaking time", "time limit", "minutes", "speaking minutes"),
    ),
    "order": ("Order", ("speaking order", "rank", "sequence", "seq", "no", "number")),
}

#: The template's headers, in template order.
TEMPLATE = [header for header, _aliases in COLUMNS.values()]

_BY_NAME: dict[str, str] = {}
for _column, (_header, _aliases) in COLUMNS.items():
    for _name in (_header, *_aliases):
        _BY_NAME.setdefault(normalise(_name), _column)


def column_for(header: str) -> str | None:
    """The canonical column a header names, or ``None`` for a column Moderator ignores."""
    return _BY_NAME.get(normalise(header))


def preference(column: str, header: str) -> int:
    """How strongly ``header`` names ``column``: 0 for the template's own name, then the
    aliases in their listed order (lower is preferred)."""
    template, aliases = COLUMNS[column]
    names = [normalise(name) for name in (template, *aliases)]
    wanted = normalise(header)
    return names.index(wanted) if wanted in names else len(names)


def all_names() -> dict[str, str]:
    """Every name a header may have (normalised) → its column, for suggesting a correction."""
    return dict(_BY_NAME)
