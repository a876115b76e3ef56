"""iCalendar events are known by their UID alone, not by the calendar's name or file name:
the source keys of sessions, agenda items and speaker entries imported from a calendar
("ics:<calendar>/uid:<UID>…") become "ics:uid:<UID>…", so the next import of the same
calendar, under whatever name, finds them. A key already taken (the same event imported
from two calendars) is left as it was.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-08
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

_KINDS = ("session", "agenda_item", "speaker_entry")
_SOURCES = sa.table(
    "import_sources",
    sa.column("kind", sa.String),
    sa.column("source_key", sa.String),
)


def upgrade() -> None:
    connection = op.get_bind()
    rows = connection.execute(
        sa.select(_SOURCES.c.kind, _SOURCES.c.source_key).where(
            _SOURCES.c.kind.in_(_KINDS),
            _SOURCES.c.source_key.like("ics:%"),
            _SOURCES.c.source_key.contains("/uid:"),
        )
    ).all()
    taken = {(row.kind, row.source_key) for row in rows}
    for kind, key in rows:
        if key.startswith("ics:uid:"):
            continue
        renamed = "ics:uid:" + key.split("/uid:", 1)[1]
        if (kind, renamed) in taken:
            continue
        taken.add((kind, renamed))
        connection.execute(
            sa.update(_SOURCES)
            .where(_SOURCES.c.kind == kind, _SOURCES.c.source_key == key)
            .values(source_key=renamed)
        )


def downgrade() -> None:
    """The calendar each key came from is not recorded: the keys stay as they are (a
    downgraded console imports those events once more as new sessions)."""
