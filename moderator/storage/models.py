"""SQLAlchemy 2 typed table declarations. The migrations are the source of the schema."""

from __future__ import annotations

from sqlalchemy import BigInteger, Boolean, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class MeetingRow(Base):
    __tablename__ = "meetings"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    title: Mapped[str] = mapped_column(String(500))
    venue: Mapped[str] = mapped_column(String(500), default="")
    timezone: Mapped[str] = mapped_column(String(64), default="UTC")
    is_demo: Mapped[bool] = mapped_column(Boolean, default=False)
    warning_ms: Mapped[int] = mapped_column(Integer, default=60_000)
    final_ms: Mapped[int] = mapped_column(Integer, default=0)


class SessionRow(Base):
    __tablename__ = "sessions"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    meeting_id: Mapped[str] = mapped_column(
        String(64), ForeignKey("meetings.id", ondelete="CASCADE"), index=True
    )
    title: Mapped[str] = mapped_column(String(500))
    room: Mapped[str] = mapped_column(String(200), default="")
    scheduled_start_ms: Mapped[int] = mapped_column(BigInteger)
    scheduled_end_ms: Mapped[int] = mapped_column(BigInteger)


class AgendaItemRow(Base):
    __tablename__ = "agenda_items"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    session_id: Mapped[str] = mapped_column(
        String(64), ForeignKey("sessions.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(500))
    planned_duration_ms: Mapped[int] = mapped_column(BigInteger, default=0)
    list_closed: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")


class ParticipantRow(Base):
    __tablename__ = "participants"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    meeting_id: Mapped[str] = mapped_column(
        String(64), ForeignKey("meetings.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(300))
    function: Mapped[str] = mapped_column(String(300), default="")
    organisation: Mapped[str] = mapped_column(String(300), default="")
    stakeholder_group: Mapped[str] = mapped_column(String(32))
    attendance: Mapped[str] = mapped_column(String(16))
    gender: Mapped[str | None] = mapped_column(String(32), nullable=True)
    is_demo: Mapped[bool] = mapped_column(Boolean, default=False)


class SpeakerEntryRow(Base):
    __tablename__ = "speaker_entries"
    __table_args__ = (Index("ix_speaker_entries_item_order", "agenda_item_id", "order_key"),)

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    agenda_item_id: Mapped[str] = mapped_column(
        String(64), ForeignKey("agenda_items.id", ondelete="CASCADE")
    )
    participant_id: Mapped[str] = mapped_column(
        String(64), ForeignKey("participants.id", ondelete="CASCADE"), index=True
    )
    speech_type: Mapped[str] = mapped_column(String(32))
    allotted_ms: Mapped[int] = mapped_column(BigInteger)
    order_key: Mapped[str] = mapped_column(String(200))
    state: Mapped[str] = mapped_column(String(16))
    origin: Mapped[str] = mapped_column(String(16), default="scheduled", server_default="scheduled")
    hand_source: Mapped[str] = mapped_column(String(16), default="", server_default="")
    started_at_ms: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    ended_at_ms: Mapped[int | None] = mapped_column(BigInteger, nullable=True)


class SessionClockRow(Base):
    """The speaker clock of a session, stored as times so a restart computes the true remainder."""

    __tablename__ = "session_clocks"

    session_id: Mapped[str] = mapped_column(
        String(64), ForeignKey("sessions.id", ondelete="CASCADE"), primary_key=True
    )
    entry_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    turn_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    status: Mapped[str] = mapped_column(String(16))
    allotted_ms: Mapped[int] = mapped_column(BigInteger)
    accumulated_ms: Mapped[int] = mapped_column(BigInteger)
    running_since_ms: Mapped[int | None] = mapped_column(BigInteger, nullable=True)


class TurnRow(Base):
    __tablename__ = "turns"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    session_id: Mapped[str] = mapped_column(
        String(64), ForeignKey("sessions.id", ondelete="CASCADE"), index=True
    )
    entry_id: Mapped[str] = mapped_column(String(64))
    participant_id: Mapped[str] = mapped_column(String(64))
    agenda_item_id: Mapped[str] = mapped_column(String(64))
    speech_type: Mapped[str] = mapped_column(String(32))
    allotted_ms: Mapped[int] = mapped_column(BigInteger)
    started_at_ms: Mapped[int] = mapped_column(BigInteger)
    ended_at_ms: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    spoken_ms: Mapped[int] = mapped_column(BigInteger, default=0)
    paused_ms: Mapped[int] = mapped_column(BigInteger, default=0)
    overrun_ms: Mapped[int] = mapped_column(BigInteger, default=0)
    #: The turn an interposed intervention interrupted (``None`` for any other turn).
    interposed_in: Mapped[str | None] = mapped_column(String(64), nullable=True)


class CommandLogRow(Base):
    """Every chair command, in the order applied: the journal the sync outbox will build on."""

    __tablename__ = "command_log"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    command_id: Mapped[str] = mapped_column(String(64), unique=True)
    session_id: Mapped[str] = mapped_column(String(64), index=True)
    name: Mapped[str] = mapped_column(String(64))
    args_json: Mapped[str] = mapped_column(Text)
    recorded_at_ms: Mapped[int] = mapped_column(BigInteger)


class HandRow(Base):
    """Remote participants' raised hands; owned by the backend, mirrored by consoles."""

    __tablename__ = "hands"
    __table_args__ = (Index("ix_hands_session_seq", "session_id", "seq"),)

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    session_id: Mapped[str] = mapped_column(
        String(64), ForeignKey("sessions.id", ondelete="CASCADE")
    )
    participant_id: Mapped[str] = mapped_column(String(64))
    seq: Mapped[int] = mapped_column(BigInteger)
    state: Mapped[str] = mapped_column(String(16))
    raised_at_ms: Mapped[int] = mapped_column(BigInteger)
    lowered_at_ms: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    lowered_by: Mapped[str | None] = mapped_column(String(16), nullable=True)
    source: Mapped[str] = mapped_column(String(16), default="remote")


class SyncMetaRow(Base):
    """This database's identity towards a backend (one row).

    ``file_identity`` (device and inode of the file) changes when the file is copied or
    restored; the console then takes a new ``client_id``, so two copies never share one.
    """

    __tablename__ = "sync_meta"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[str] = mapped_column(String(64))
    file_identity: Mapped[str] = mapped_column(String(64))
    next_mutation_id: Mapped[int] = mapped_column(BigInteger, default=1)
    backend_url: Mapped[str | None] = mapped_column(String(500), nullable=True)


class SyncSessionRow(Base):
    """A session followed on the backend, and how far its change feed has been applied."""

    __tablename__ = "sync_sessions"

    session_id: Mapped[str] = mapped_column(
        String(64), ForeignKey("sessions.id", ondelete="CASCADE"), primary_key=True
    )
    cursor: Mapped[int] = mapped_column(BigInteger, default=0)
    linked_at_ms: Mapped[int] = mapped_column(BigInteger)


class OutboxRow(Base):
    """A chair command waiting to be acknowledged by the backend, in mutation id order.

    Written in the same transaction as the command's local effects; deleted when the backend
    answers applied, rejected or noop.
    """

    __tablename__ = "outbox"

    mutation_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    session_id: Mapped[str] = mapped_column(String(64), index=True)
    name: Mapped[str] = mapped_column(String(64))
    args_json: Mapped[str] = mapped_column(Text)
    created_at_ms: Mapped[int] = mapped_column(BigInteger)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text, nullable=True)
    #: The action in the chair's words, made when it was taken ("Add speaker … to item 2"):
    #: a refusal names it even when the backend has since removed whom it was about.
    label: Mapped[str | None] = mapped_column(Text, nullable=True)


class SyncRefusalRow(Base):
    """An action the backend refused: which (in the chair's words), why, and whether the chair
    has seen it. Written in the transaction that takes the action out of the outbox, so a
    refusal is never lost between the answer and a crash; kept until the chair has seen it
    (and then the newest ``REFUSALS_KEPT``)."""

    __tablename__ = "sync_refusals"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    mutation_id: Mapped[int] = mapped_column(BigInteger)
    session_id: Mapped[str] = mapped_column(String(64), index=True)
    name: Mapped[str] = mapped_column(String(64))
    label: Mapped[str] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(Text)
    refused_at_ms: Mapped[int] = mapped_column(BigInteger)
    seen: Mapped[bool] = mapped_column(Boolean, default=False)


class SessionDetailsRow(Base):
    """What staff know about a session beyond what the chair needs to run it (track, type,
    languages, in-person/hybrid/virtual).

    A table of its own rather than columns of ``sessions``: the session's record, and the
    ``sessions`` table the reference server copies column for column, stay the ones older
    consoles and servers know. The server carries this table too (``set_session_details``).
    """

    __tablename__ = "session_details"

    session_id: Mapped[str] = mapped_column(
        String(64), ForeignKey("sessions.id", ondelete="CASCADE"), primary_key=True
    )
    track: Mapped[str] = mapped_column(String(300), default="")
    session_type: Mapped[str] = mapped_column(String(300), default="")
    languages: Mapped[str] = mapped_column(String(100), default="")
    format: Mapped[str] = mapped_column(String(16), default="")


class ParticipantDetailsRow(Base):
    """A participant's language, kept apart from ``participants`` for the same reason as
    ``session_details`` (``set_participant_language``; personal data, never public)."""

    __tablename__ = "participant_details"

    participant_id: Mapped[str] = mapped_column(
        String(64), ForeignKey("participants.id", ondelete="CASCADE"), primary_key=True
    )
    language: Mapped[str] = mapped_column(String(100), default="")


class ImportSourceRow(Base):
    """Which local row an imported record became, by the source's stable id.

    ``kind`` is the entity (meeting, session, agenda_item, participant, speaker_entry);
    ``source_key`` the importer's namespaced stable id (a frab/pretalx ``guid``, an iCalendar
    ``UID``, a spreadsheet's id column…). Importing the same file again finds the rows through
    this table and updates them instead of adding duplicates. A row may have several keys (it
    was imported from two formats); a key names one row.
    """

    __tablename__ = "import_sources"
    __table_args__ = (Index("ix_import_sources_entity", "kind", "entity_id"),)

    kind: Mapped[str] = mapped_column(String(16), primary_key=True)
    source_key: Mapped[str] = mapped_column(String(500), primary_key=True)
    entity_id: Mapped[str] = mapped_column(String(64))
    origin: Mapped[str] = mapped_column(String(500), default="")
    imported_at_ms: Mapped[int] = mapped_column(BigInteger)


class MeetingSpeechRulesRow(Base):
    """The speech-type rules a meeting uses (default times, limits), as JSON
    (``domain.speech_rules``); no row means the defaults."""

    __tablename__ = "meeting_speech_rules"

    meeting_id: Mapped[str] = mapped_column(
        String(64), ForeignKey("meetings.id", ondelete="CASCADE"), primary_key=True
    )
    rules_json: Mapped[str] = mapped_column(Text)


class ChairNoteRow(Base):
    """A note of the chair on a speaker entry (``kind`` "entry") or an agenda item ("item").

    The console's own: notes are for the chair and never leave the laptop."""

    __tablename__ = "chair_notes"

    kind: Mapped[str] = mapped_column(String(16), primary_key=True)
    entity_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    updated_at_ms: Mapped[int] = mapped_column(BigInteger)
