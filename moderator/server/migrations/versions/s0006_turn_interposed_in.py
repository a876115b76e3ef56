"""Turns remember the turn an interposed intervention interrupted, so the interrupted
speaker's wait is set aside in the report, neither spoken nor paused.

Revision ID: s0006
Revises: s0005
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

revision = "s0006"
down_revision = "s0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("turns", schema=None) as batch_op:
        batch_op.add_column(sa.Column("interposed_in", sa.String(length=64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("turns", schema=None) as batch_op:
        batch_op.drop_column("interposed_in")
