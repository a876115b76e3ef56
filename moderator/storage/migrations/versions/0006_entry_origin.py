"""List entries remember how the speaker came onto the list (scheduled, a hand raised in the
room, a remote hand): the turn log says how each speaker got the floor.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-28
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("speaker_entries", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("origin", sa.String(length=16), nullable=False, server_default="scheduled")
        )


def downgrade() -> None:
    with op.batch_alter_table("speaker_entries", schema=None) as batch_op:
        batch_op.drop_column("origin")
