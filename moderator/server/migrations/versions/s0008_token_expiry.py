"""Tokens that expire, and when each was last used (``list-tokens`` shows both).

Revision ID: s0008
Revises: s0007
Create Date: 2026-12-08
"""

import sqlalchemy as sa
from alembic import op

revision = "s0008"
down_revision = "s0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("api_tokens") as batch:
        batch.add_column(sa.Column("expires_at_ms", sa.BigInteger(), nullable=True))
        batch.add_column(sa.Column("last_used_at_ms", sa.BigInteger(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("api_tokens") as batch:
        batch.drop_column("last_used_at_ms")
        batch.drop_column("expires_at_ms")
