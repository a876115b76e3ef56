"""List entries remember where the hand that put them on the list was raised (as the
console's migration 0011 does): the report of every console says it.

Entries from before: a remote hand could only come from the participant page, and a floor
request only from the room, so that is what they get; the others have none.

Revision ID: s0010
Revises: s0009
Create Date: 2026-12-08
"""

import sqlalchemy as sa
from alembic import op

revision = "s0010"
down_revision = "s0009"
branch_labels = None
depends_on = None

#: An entry's origin → the source its hand had when that origin was the only one possible.
SOURCE_OF_ORIGIN = {"remote_hand": "remote", "room_request": "room"}


def upgrade() -> None:
    with op.batch_alter_table("speaker_entries", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("hand_source", sa.String(length=16), nullable=False, server_default="")
        )
    entries = sa.table("speaker_entries", sa.column("origin"), sa.column("hand_source"))
    for origin, source in SOURCE_OF_ORIGIN.items():
        op.execute(entries.update().where(entries.c.origin == origin).values(hand_source=source))


def downgrade() -> None:
    with op.batch_alter_table("speaker_entries", schema=None) as batch_op:
        batch_op.drop_column("hand_source")
