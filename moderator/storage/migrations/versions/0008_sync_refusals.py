"""Refusals from the backend are kept until the chair has seen them; queued actions keep their
words (the person and the agenda item they name, as they were when the action was taken).

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.add_column(sa.Column("label", sa.Text(), nullable=True))
    op.create_table(
        "sync_refusals",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("mutation_id", sa.BigInteger(), nullable=False),
        sa.Column("session_id", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("label", sa.Text(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("refused_at_ms", sa.BigInteger(), nullable=False),
        sa.Column("seen", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("sync_refusals", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_sync_refusals_session_id"), ["session_id"], unique=False
        )


def downgrade() -> None:
    op.drop_table("sync_refusals")
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.drop_column("label")
