"""Shared helpers of the benchmarks: statistics, generated meetings, database files, Qt set-up.

Everything that builds data goes through the application's own code (``open_database``,
``Store.add_meeting``, ``evenly_spaced_keys``, ``CommandRunner``), so a benchmark measures the
schema, indexes and write path the console really uses.
"""

from __future__ import annotations

import json
import math
import os
import random
import shutil
import sys
import tempfile
import uuid
from collections.abc import Iterable, Sequence
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
MINUTE_MS = 60_000

# --- statistics -------------------------------------------------------------------------------


def percentile(values: Sequence[float], p: float) -> float:
    """The ``p``-th percentile (0..100) with linear interpolation between closest ranks."""
    if not values:
        return math.nan
    ordered = sorted(values)
    if len(ordered) == 1:
        return float(ordered[0])
    rank = (len(ordered) - 1) * p / 100
    low = math.floor(rank)
    high = min(low + 1, len(ordered) - 1)
    return float(ordered[low] + (ordered[high] - ordered[low]) * (rank - low))


def describe(values: Sequence[float], digits: int = 3) -> dict[str, float | int]:
    """n, min, median, p90, p95, p99, max and mean of ``values``, rounded."""
    if not values:
        return {"n": 0}
    return {
        "n": len(values),
        "min": round(min(values), digits),
        "median": round(percentile(values, 50), digits),
        "p90": round(percentile(values, 90), digits),
        "p95": round(percentile(values, 95), digits),
        "p99": round(percentile(values, 99), digits),
        "max": round(max(values), digits),
        "mean": round(sum(values) / len(values), digits),
    }


def emit_json(document: dict) -> None:
    """The machine-readable result: one JSON line, always the last line of the output."""
    sys.stdout.flush()
    print(json.dumps(document, sort_keys=False, ensure_ascii=False), flush=True)


# --- environment ------------------------------------------------------------------------------


def bench_environment(config_home: Path) -> dict[str, str]:
    """Environment for the processes a benchmark runs: offscreen Qt, a private settings folder.

    ``XDG_CONFIG_HOME`` points to a temporary folder so that the window geometry the console
    saves on quit (``QSettings``) neither reads nor changes the user's real settings. The
    caches (fontconfig) stay the user's, so no run pays for rebuilding them.
    """
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["XDG_CONFIG_HOME"] = str(config_home)
    return env


def use_bench_environment_in_process(workdir: Path) -> None:
    """Same as ``bench_environment`` for the current process; call before creating Qt objects."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["XDG_CONFIG_HOME"] = str(workdir / "config")


def temporary_directory(prefix: str) -> tempfile.TemporaryDirectory:
    return tempfile.TemporaryDirectory(prefix=prefix)


def copy_database(source: Path, target: Path) -> Path:
    """Copy a (closed) SQLite database, with its WAL file if one was left behind."""
    shutil.copy2(source, target)
    for suffix in ("-wal", "-shm"):
        extra = Path(str(source) + suffix)
        if extra.exists():
            shutil.copy2(extra, Path(str(target) + suffix))
    return target


# --- generated meetings -----------------------------------------------------------------------

_FIRST = (
    "Amina",
    "Bruno",
    "Chen",
    "Dara",
    "Elif",
    "Farid",
    "Greta",
    "Hiro",
    "Ines",
    "Jonas",
    "Kofi",
    "Lucia",
    "Mateo",
    "Nadia",
    "Omar",
    "Priya",
    "Quentin",
    "Rosa",
    "Sven",
    "Tala",
)
_LAST = (
    "Abara",
    "Berg",
    "Castillo",
    "Dimitrov",
    "Eriksen",
    "Fontaine",
    "Gupta",
    "Haddad",
    "Ivanova",
    "Jensen",
    "Kowalski",
    "Lopez",
    "Mensah",
    "Novak",
    "Okoro",
    "Petit",
)


def generated_meeting(
    now_ms: int,
    *,
    sessions: int = 1,
    items_per_session: int = 5,
    entries_per_session: int = 25,
    participants: int = 200,
    running_session: int = 0,
    seed: int = 1,
    title: str = "BENCH · generated meeting",
):  # type: ignore[no-untyped-def]
    """A ``MeetingBundle`` of invented people, built with the domain's own types and order keys.

    Sessions follow each other through the day; session ``running_session`` is scheduled to be
    running at ``now_ms`` (so the console would also pick it by itself).
    """
    from moderator.domain.model import (
        AgendaItem,
        Attendance,
        Meeting,
        Participant,
        Session,
        SpeakerEntry,
        SpeechType,
        StakeholderGroup,
    )
    from moderator.domain.order_keys import evenly_spaced_keys
    from moderator.storage.repository import MeetingBundle

    rng = random.Random(seed)
    meeting = Meeting(id=uuid.uuid4().hex, title=title, venue="Benchmark hall", timezone="UTC")
    people = [
        Participant(
            id=uuid.uuid4().hex,
            meeting_id=meeting.id,
            name=f"{rng.choice(_FIRST)} {rng.choice(_LAST)} {n}",
            function=rng.choice(("Delegate", "Member of Parliament", "Director", "Researcher")),
            organisation=f"Organisation {n % 97}",
            stakeholder_group=rng.choice(list(StakeholderGroup)),
            attendance=rng.choice(list(Attendance)),
        )
        for n in range(min(participants, sessions * entries_per_session))
    ]
    allotments = {
        SpeechType.STATEMENT: 5 * MINUTE_MS,
        SpeechType.FLOOR: 2 * MINUTE_MS,
        SpeechType.INTERVENTION: 3 * MINUTE_MS,
    }
    kinds = list(allotments)
    session_length_ms = entries_per_session * 3 * MINUTE_MS
    day_start = now_ms - running_session * session_length_ms - 10 * MINUTE_MS
    all_sessions, items, entries = [], [], []
    for s in range(sessions):
        start = day_start + s * session_length_ms
        session = Session(
            id=uuid.uuid4().hex,
            meeting_id=meeting.id,
            title=f"Session {s + 1}",
            room="Room A",
            scheduled_start_ms=start,
            scheduled_end_ms=start + session_length_ms,
        )
        all_sessions.append(session)
        per_item = _split(entries_per_session, items_per_session)
        for position, count in enumerate(per_item, start=1):
            item = AgendaItem(
                id=uuid.uuid4().hex,
                session_id=session.id,
                position=position,
                title=f"Agenda item {position}",
                planned_duration_ms=count * 3 * MINUTE_MS,
            )
            items.append(item)
            for key in evenly_spaced_keys(count):
                kind = rng.choice(kinds)
                entries.append(
                    SpeakerEntry(
                        id=uuid.uuid4().hex,
                        agenda_item_id=item.id,
                        participant_id=rng.choice(people).id,
                        speech_type=kind,
                        allotted_ms=allotments[kind],
                        order_key=key,
                    )
                )
    return MeetingBundle(
        meeting=meeting,
        participants=people,
        sessions=all_sessions,
        agenda_items=items,
        entries=entries,
    )


def _split(total: int, parts: int) -> list[int]:
    parts = max(1, min(parts, total))
    base, extra = divmod(total, parts)
    return [base + (1 if i < extra else 0) for i in range(parts)]


def create_database(path: Path, bundles: Iterable) -> None:  # type: ignore[type-arg]
    """A new database file (schema by the shipped migrations) holding ``bundles``; closed after."""
    from moderator.storage.database import open_database
    from moderator.storage.repository import Store

    engine = open_database(path)
    try:
        store = Store(engine)
        for bundle in bundles:
            store.add_meeting(bundle)
    finally:
        engine.dispose()


def play_through(path: Path, session_id: str, count: int | None = None) -> int:
    """Give the floor to ``count`` speakers of a session in turn (all if ``None``), for history.

    Goes through ``CommandRunner``, so ``turns``, ``speaker_entries`` and ``command_log`` look
    exactly as after a chair pressed N that many times.
    """
    from moderator.domain.commands import EndTurn, GiveFloor
    from moderator.services.chair.command_runner import CommandRunner
    from moderator.services.chair.time_source import TimeSource
    from moderator.storage.database import open_database
    from moderator.storage.repository import Store

    engine = open_database(path)
    try:
        store = Store(engine)
        time_source = TimeSource()
        runner = CommandRunner(store, store.load_session_state(session_id), time_source)
        done = 0
        while count is None or done < count:
            upcoming = runner.state.next_entry()
            if upcoming is None:
                break
            runner.execute(
                GiveFloor(
                    session_id=session_id,
                    entry_id=upcoming.id,
                    turn_id=uuid.uuid4().hex,
                    at_ms=time_source.now_ms(),
                )
            )
            done += 1
        if count is None and runner.state.current_entry_id is not None:
            runner.execute(EndTurn(session_id=session_id, at_ms=time_source.now_ms()))
        return done
    finally:
        engine.dispose()
