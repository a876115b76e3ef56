"""The server's tables: the console's meeting tables plus tokens, clients, results, changes.

The meeting tables (meetings … hands) are the very tables the console stores, copied into the
server's metadata, so the console's ``Store`` queries run unchanged against the server's
database. The server-only tables implement the protocol: hashed tokens, per-client high-water
marks, stored mutation results (retries replay them), and the versioned change log.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    false,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from moderator.storage.models import Base as ConsoleBase

#: The console's tables that describe meetings (the console's own sync bookkeeping —
#: ``sync_meta``, ``sync_sessions``, ``outbox`` — has no place on the server).
SHARED_TABLES = (
    "meetings",
    "participants",
    "sessions",
    "agenda_items",
    "speaker_entries",
    "session_clocks",
    "turns",
    "hands",
    "command_log",
    "session_details",
    "participant_details",
)

server_metadata = MetaData()
for _name in SHARED_TABLES:
    ConsoleBase.metadata.tables[_name].to_metadata(server_metadata)


class ServerBase(DeclarativeBase):
    metadata = server_metadata


class TokenRow(ServerBase):
    __tablename__ = "api_tokens"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    role: Mapped[str] = mapped_column(String(16))
    meeting_id: Mapped[str] = mapped_column(String(64), index=True)
    session_ids: Mapped[str] = mapped_column(Text, default="")  # comma-separated, chairs
    participant_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    label: Mapped[str] = mapped_column(String(200), default="")
    created_at_ms: Mapped[int] = mapped_column(BigInteger)
    revoked_at_ms: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    #: After this instant the token is refused (401 ``token_expired``); ``None``: never.
    expires_at_ms: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    #: Updated at most once a minute (``auth.LAST_USED_RESOLUTION_MS``): a request is a read.
    last_used_at_ms: Mapped[int | None] = mapped_column(BigInteger, nullable=True)


class ClientRow(ServerBase):
    """One console database: the highest mutation id applied for it (its high-water mark)."""

    __tablename__ = "sync_clients"

    client_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    last_mutation_id: Mapped[int] = mapped_column(BigInteger, default=0)
    token_id: Mapped[str] = mapped_column(String(64))
    updated_at_ms: Mapped[int] = mapped_column(BigInteger)


class ParticipantOriginRow(ServerBase):
    """The session a mutation added a person in: its chairs may still edit or remove them
    (a walk-in's typo). The uploaded roster has no origin: it is the meeting's."""

    __tablename__ = "sync_participant_origins"

    participant_id: Mapped[str] = mapped_column(
        String(64), ForeignKey("participants.id", ondelete="CASCADE"), primary_key=True
    )
    session_id: Mapped[str] = mapped_column(String(64))


class MutationResultRow(ServerBase):
    """The outcome of each mutation, so a retry gets the same answer and a reuse is caught."""

    __tablename__ = "sync_mutation_results"

    client_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    mutation_id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    fingerprint: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    applied_at_ms: Mapped[int] = mapped_column(BigInteger)


class ChangeRow(ServerBase):
    """The change feed: every committed entity change, numbered by an ever-growing version."""

    __tablename__ = "sync_changes"
    __table_args__ = (
        Index("ix_sync_changes_session_version", "session_id", "version"),
        # The newest roster change of a meeting: a decision's freshness check (``sync``).
        Index(
            "ix_sync_changes_meeting_wide",
            "meeting_id",
            "version",
            postgresql_where=text("session_id IS NULL"),
            sqlite_where=text("session_id IS NULL"),
        ),
    )

    version: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    meeting_id: Mapped[str] = mapped_column(String(64), index=True)
    session_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[str] = mapped_column(String(64))
    op: Mapped[str] = mapped_column(String(8))
    data_json: Mapped[str] = mapped_column(Text)
    server_time_ms: Mapped[int] = mapped_column(BigInteger)
    # The mutation that made the change (none for participants' hands and uploads): a console
    # learns from the feed itself which of its queued commands the backend's state includes.
    client_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    mutation_id: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    #: Set on the last change of a mutation: from here on, the mutation is wholly in the state.
    mutation_done: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    #: Personal data (a participant's language): in the feed of staff and chairs only, never
    #: in the public one that participants' pages and displays read.
    private: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


class RateBucketRow(ServerBase):
    """A rate limit's token bucket shared by every server process (PostgreSQL with several
    workers or hosts): ``tokens`` left at ``at_s`` (the database's clock, in seconds)."""

    __tablename__ = "sync_rate_buckets"

    key: Mapped[str] = mapped_column(String(160), primary_key=True)
    tokens: Mapped[float] = mapped_column(Float)
    at_s: Mapped[float] = mapped_column(Float)


class IntegrationPersonRow(ServerBase):
    """Who a video call's user is in a session: BigBlueButton's internal user id, or a name
    heard for a walk-in ("name:…"), or a Zoom id, mapped to the participant their hands are
    raised for. Kept for the session, so a user who leaves and joins again (a new internal
    id, the same name) is the same participant, not a second walk-in."""

    __tablename__ = "integration_people"

    session_id: Mapped[str] = mapped_column(
        String(64), ForeignKey("sessions.id", ondelete="CASCADE"), primary_key=True
    )
    source: Mapped[str] = mapped_column(String(16), primary_key=True)
    external_key: Mapped[str] = mapped_column(String(400), primary_key=True)
    participant_id: Mapped[str] = mapped_column(
        String(64), ForeignKey("participants.id", ondelete="CASCADE")
    )
    #: The call's time of the newest event applied for this user: an older one arriving late
    #: (a retry after a later event) changes nothing.
    last_event_ms: Mapped[int] = mapped_column(BigInteger, default=0)


class IntegrationEventRow(ServerBase):
    """The events a video call delivered, by digest: a retry of one is answered, not applied
    again."""

    __tablename__ = "integration_events"

    session_id: Mapped[str] = mapped_column(
        String(64), ForeignKey("sessions.id", ondelete="CASCADE"), primary_key=True
    )
    source: Mapped[str] = mapped_column(String(16), primary_key=True)
    digest: Mapped[str] = mapped_column(String(64), primary_key=True)
    received_at_ms: Mapped[int] = mapped_column(BigInteger)
