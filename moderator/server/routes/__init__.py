"""The HTTP face of the reference server: one router per resource, the dependencies they share
(``deps``: the server's objects, the caller, the one role declaration per operation) and the
protocol's error format (``errors``)."""

from fastapi import APIRouter

from moderator.server.routes import (
    feed,
    hands,
    health,
    integrations,
    meetings,
    page,
    push,
    snapshot,
    whoami,
)

#: In the order the OpenAPI document lists them.
ROUTERS: tuple[APIRouter, ...] = (
    health.router,
    whoami.router,
    meetings.router,
    snapshot.router,
    hands.router,
    integrations.router,
    push.router,
    feed.router,
    page.router,
)
