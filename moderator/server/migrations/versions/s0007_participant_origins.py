"""The session a person was added in (a walk-in, an import): a chair of that session may
still edit or remove them; the rest of the roster is the meeting's (staff tokens only).

Revision ID: s0007
Revises: s0006
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

revision = "s0007"
down_revision = "s0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_participant_origins",
        sa.Column("participant_id", sa.String(length=64), nullable=False),
        sa.Column("session_id", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(["participant_id"], ["participants.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("participant_id"),
    )


def downgrade() -> None:
    op.drop_table("sync_participant_origins")
