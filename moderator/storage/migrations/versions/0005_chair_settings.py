"""The chair's own settings and notes: speech-type rules per meeting, notes per speaker/item.

Both are the console's own (the reference server does not carry them): the rules decide where
the chair's console puts a new speaker and how long they get; the notes are for the chair only.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-28
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "meeting_speech_rules",
        sa.Column("meeting_id", sa.String(length=64), nullable=False),
        sa.Column("rules_json", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["meeting_id"], ["meetings.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("meeting_id"),
    )
    op.create_table(
        "chair_notes",
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("entity_id", sa.String(length=64), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("updated_at_ms", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("kind", "entity_id"),
    )


def downgrade() -> None:
    op.drop_table("chair_notes")
    op.drop_table("meeting_speech_rules")
