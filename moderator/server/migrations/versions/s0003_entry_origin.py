"""List entries remember how the speaker came onto the list (the console's 0006).

Revision ID: s0003
Revises: s0002
Create Date: 2026-11-28
"""

import sqlalchemy as sa
from alembic import op

revision = "s0003"
down_revision = "s0002"
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
