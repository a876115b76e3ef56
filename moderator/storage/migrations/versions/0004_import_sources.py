"""Imports: links from the source's stable ids to local rows; session and participant details.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "import_sources",
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("source_key", sa.String(length=500), nullable=False),
        sa.Column("entity_id", sa.String(length=64), nullable=False),
        sa.Column("origin", sa.String(length=500), nullable=False),
        sa.Column("imported_at_ms", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("kind", "source_key"),
    )
    with op.batch_alter_table("import_sources", schema=None) as batch_op:
        batch_op.create_index("ix_import_sources_entity", ["kind", "entity_id"], unique=False)

    op.create_table(
        "session_details",
        sa.Column("session_id", sa.String(length=64), nullable=False),
        sa.Column("track", sa.String(length=300), nullable=False),
        sa.Column("session_type", sa.String(length=300), nullable=False),
        sa.Column("languages", sa.String(length=100), nullable=False),
        sa.Column("format", sa.String(length=16), nullable=False),
        sa.ForeignKeyConstraint(["session_id"], ["sessions.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("session_id"),
    )
    op.create_table(
        "participant_details",
        sa.Column("participant_id", sa.String(length=64), nullable=False),
        sa.Column("language", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(["participant_id"], ["participants.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("participant_id"),
    )


def downgrade() -> None:
    op.drop_table("participant_details")
    op.drop_table("session_details")
    with op.batch_alter_table("import_sources", schema=None) as batch_op:
        batch_op.drop_index("ix_import_sources_entity")
    op.drop_table("import_sources")
