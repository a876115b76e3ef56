"""The FastAPI application of the reference backend (``docs/protocol.md``).

``create_app(db, settings)`` composes one app around one database: the shared objects on
``app.state`` (the endpoints reach them through ``routes.deps``), the middleware (the server
time and protocol version on every response, the body limit, the request log with the audit lines of
refusals), the protocol's
error format, one router per resource (``routes``) and the participant page's static files.
Endpoints that touch the database are plain functions (FastAPI runs them in its thread pool);
the long-poll and the event stream are coroutines that wait on the ``ChangeHub``.

On PostgreSQL several processes (``serve --workers N``, several hosts) share the database: the
hub then learns of commits from the database itself (``pg_listen``), this process's own
included, and the hand-raising rate limit is kept in the database (``shared_rate_limit``).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from moderator import __version__
from moderator.server.database import ServerDatabase
from moderator.server.fanout.hub import ChangeHub
from moderator.server.fanout.pg_listen import ChangeListener, listen_conninfo
from moderator.server.limits.rate_limit import RateLimiter
from moderator.server.limits.shared_rate_limit import SharedRateLimiter
from moderator.server.limits.stream_limits import StreamSlots
from moderator.server.middleware import BodySizeLimit, ProtocolHeaders, RequestLog
from moderator.server.routes import ROUTERS
from moderator.server.routes.errors import install_error_handlers
from moderator.server.routes.feed import feed_reader
from moderator.server.routes.page import STATIC_DIR, RevalidatedStaticFiles
from moderator.server.schemas import now_ms
from moderator.server.settings import PROTOCOL_VERSION, ServerSettings
from moderator.server.sync import SyncService
from moderator.server.tokens.token_watch import TokenWatch

__all__ = ["PROTOCOL_VERSION", "ServerSettings", "create_app"]

log = logging.getLogger("moderator.server")


@asynccontextmanager
async def _lifespan(app: FastAPI) -> AsyncIterator[None]:
    hub: ChangeHub = app.state.hub
    hub.attach(asyncio.get_running_loop())
    listener: ChangeListener | None = app.state.listener
    if listener is not None:
        await listener.start()
    log.info("server started", extra={"protocol": PROTOCOL_VERSION, "version": __version__})
    yield
    hub.close()
    if listener is not None:
        await listener.stop()
    log.info("server stopped")


def _told_by_the_database(session_ids: set[str]) -> None:
    """Nothing to do: the database notifies every process at commit (``pg_listen``)."""


def create_app(db: ServerDatabase, settings: ServerSettings | None = None) -> FastAPI:
    settings = settings or ServerSettings()
    app = FastAPI(
        title="Moderator sync protocol",
        version=PROTOCOL_VERSION,
        description="Reference backend for Moderator consoles. See docs/protocol.md.",
        lifespan=_lifespan,
        docs_url=None,
        redoc_url=None,
    )
    hub = ChangeHub()
    shared = db.engine.dialect.name == "postgresql"
    app.state.settings = settings
    app.state.db = db
    app.state.hub = hub
    app.state.listener = ChangeListener(listen_conninfo(db.engine.url), hub) if shared else None
    app.state.sync = SyncService(
        db,
        now_ms,
        # On PostgreSQL every commit comes back through the listener, this process's too.
        on_commit=_told_by_the_database if shared else hub.notify_threadsafe,
        retained_changes=settings.retained_changes,
    )
    hub.reads_with(feed_reader(app.state.sync))
    app.state.tokens = TokenWatch(db, now_ms)
    app.state.streams = StreamSlots(settings.max_streams_per_token, settings.max_streams)
    rate, burst = settings.hand_toggles_per_minute / 60.0, settings.hand_burst
    app.state.limiter = (
        SharedRateLimiter(db.engine, rate, burst) if shared else RateLimiter(rate, burst)
    )

    # The last added is the outermost: the request log sees every answer, the refusals
    # made below the application (a body too large, a protocol version) included.
    app.add_middleware(BodySizeLimit, max_bytes=settings.max_body_bytes)
    app.add_middleware(ProtocolHeaders, protocol_version=PROTOCOL_VERSION, clock=now_ms)
    app.add_middleware(RequestLog)
    install_error_handlers(app)
    for router in ROUTERS:
        app.include_router(router)
    if STATIC_DIR.is_dir():
        app.mount("/static", RevalidatedStaticFiles(directory=STATIC_DIR), name="static")
    return app
