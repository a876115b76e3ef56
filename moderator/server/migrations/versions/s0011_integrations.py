"""Hands from video calls: who each call's user is in a session (``integration_people``)
and the events already applied (``integration_events``), so bbb-webhooks' retries and a
bridge's repeats change nothing twice.

Revision ID: s0011
Revises: s0010
Create Date: 2026-12-08
"""

import sqlalchemy as sa
from alembic import op

revision = "s0011"
down_revision = "s0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "integration_people",
        sa.Column("session_id", sa.String(length=64), nullable=False),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("external_key", sa.String(length=400), nullable=False),
        sa.Column("participant_id", sa.String(length=64), nullable=False),
        sa.Column("last_event_ms", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(["session_id"], ["sessions.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["participant_id"], ["participants.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("session_id", "source", "external_key"),
    )
    op.create_table(
        "integration_events",
        sa.Column("session_id", sa.String(length=64), nullable=False),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("digest", sa.String(length=64), nullable=False),
        sa.Column("received_at_ms", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(["session_id"], ["sessions.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("session_id", "source", "digest"),
    )


def downgrade() -> None:
    op.drop_table("integration_events")
    op.drop_table("integration_people")
