"""One role declaration per operation: what the OpenAPI document says and what the server does
cannot differ.

Every operation names its roles once (``principal: Writer``, ``dependencies=[PUBLIC]``); that
object both refuses other roles and writes ``x-moderator-roles``. These tests check the
outcome from both ends on the app itself: for every operation in the document and every role,
the server refuses (403 ``forbidden``) exactly the roles the document does not list; every
route's document entry is the declaration it enforces; and a route without a declaration, or
with roles written by hand that differ, cannot be built.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import APIRouter, Depends, FastAPI
from fastapi.routing import APIRoute
from helpers import API, now_ms
from support.live_server import LiveServer

from moderator.server.app import create_app
from moderator.server.database import open_server_database
from moderator.server.routes import ROUTERS
from moderator.server.routes.deps import PUBLIC, Allow, Anyone, RoleRoute, Writer, declared_roles
from moderator.server.tokens.auth import Role

METHODS = {"get", "put", "post", "delete", "patch"}
MEETING, SESSION = "m", "s"


def documented(document: dict[str, Any]) -> list[tuple[str, str, list[str] | None]]:
    """(method, path, x-moderator-roles) of every operation in an OpenAPI document."""
    return [
        (method, path, spec.get("x-moderator-roles"))
        for path, methods in document["paths"].items()
        for method, spec in methods.items()
        if method in METHODS
    ]


def test_each_role_is_refused_exactly_when_the_document_does_not_list_it(
    live_server: LiveServer,
):
    """On an empty server (no meeting: no call can change anything), with a token of each role
    of one meeting: 403 ``forbidden`` exactly for the roles an operation does not list."""
    tokens = {
        role.value: live_server.create_token(
            role.value,
            MEETING,
            sessions=[SESSION] if role in (Role.CHAIR, Role.INTEGRATION) else None,
            participant="p" if role is Role.PARTICIPANT else None,
        )
        for role in Role
    }
    with live_server.client() as client:
        operations = documented(client.get("/openapi.json").json())
    assert len(operations) >= 12
    mismatches = []
    for method, path, roles in operations:
        assert roles, f"{method.upper()} {path} lists no roles"
        url = path.replace("{meeting_id}", MEETING).replace("{session_id}", SESSION)
        assert not re.search(r"{\w+}", url), f"{path}: a path parameter this test cannot fill"
        for role, token in tokens.items():
            with live_server.client(token) as client:
                response = client.request(method.upper(), url)
            refused = response.status_code == 403 and forbidden(response)
            if refused == (role in roles or "public" in roles):
                mismatches.append(
                    f"{method.upper()} {path} as {role}: {response.status_code}, lists {roles}"
                )
        if "public" not in roles:
            with live_server.client() as client:
                anonymous = client.request(method.upper(), url)
            assert anonymous.status_code == 401, f"{method.upper()} {path} without a token"
    assert not mismatches, "\n".join(mismatches)


def forbidden(response: httpx.Response) -> bool:
    return response.json().get("error", {}).get("code") == "forbidden"


@pytest.fixture
def app(tmp_path: Path) -> Iterator[FastAPI]:
    db = open_server_database(str(tmp_path / "server.sqlite3"))
    yield create_app(db)
    db.dispose()


def test_the_document_lists_the_roles_each_route_enforces(app: FastAPI):
    in_document = {
        (method.upper(), path): roles for method, path, roles in documented(app.openapi())
    }
    routes = [route for router in ROUTERS for route in router.routes]
    shown = 0
    for route in routes:
        assert isinstance(route, APIRoute), route
        declared = declared_roles(route.dependant)
        assert len(declared) == 1, f"{route.path}: {declared}"
        if route.include_in_schema:
            for method in route.methods:
                assert in_document[(method, route.path)] == list(declared[0].names), route.path
                shown += 1
    assert shown == len(in_document), "every documented operation comes from ROUTERS"


def test_an_operation_without_one_role_declaration_cannot_be_built():
    router = APIRouter(route_class=RoleRoute)

    def undeclared() -> dict[str, Any]:
        return {}

    with pytest.raises(TypeError, match="declare the roles exactly once"):
        router.get("/nobody")(undeclared)

    def twice(principal: Writer) -> dict[str, Any]:
        return {}

    with pytest.raises(TypeError, match="declare the roles exactly once"):
        router.get("/twice", dependencies=[Depends(Allow(Role.ADMIN))])(twice)
    with pytest.raises(TypeError, match="declare the roles exactly once"):
        router.get("/public-and-writer", dependencies=[PUBLIC])(twice)

    def everyone(principal: Anyone) -> dict[str, Any]:
        return {}

    with pytest.raises(TypeError, match="written by hand"):
        router.get("/drift", openapi_extra={"x-moderator-roles": ["chair"]})(everyone)
    router.get("/fine")(everyone)
    assert router.routes[-1].openapi_extra == {  # type: ignore[attr-defined]
        # Everyone but an integration, which only feeds hands.
        "x-moderator-roles": sorted(role.value for role in Role if role is not Role.INTEGRATION)
    }


def test_answers_carry_the_server_time_without_the_endpoint_writing_it(live_server: LiveServer):
    token = live_server.create_token("display", MEETING)
    before = now_ms()
    with live_server.client(token) as client:
        answer = client.get(f"{API}/time")
    after = now_ms()
    assert answer.status_code == 200
    assert set(answer.json()) == {"server_time_ms"}
    assert before <= answer.json()["server_time_ms"] <= after
