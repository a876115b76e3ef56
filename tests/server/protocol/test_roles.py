"""The role matrix, generated from the server's own OpenAPI document.

Every operation declares who may call it in ``x-moderator-roles``. For each operation and each
caller (no token; each role in its own scope, a display also scoped to the session; the
session-scoped roles, chair and display, scoped to another session of the same meeting; each
role as a token of another meeting) the test makes the real call with valid path parameters
and a minimal valid body, and checks the status a client would see: 401 without a token, 403
for a role the operation does not list, 404 (or 403) when the thing is outside the token's
scope (a push instead answers with each out-of-scope mutation rejected, so a client's queue is
never blocked by it), 2xx when the role and scope allow it; a display scoped to sessions is
shown only those in the meeting's answer. Every answer must carry the protocol headers and
every error the protocol's error format. The matrix runs on SQLite and on PostgreSQL (skipped,
saying why, where it is not installed).

A new operation without ``x-moderator-roles``, or with a path parameter or body this test does
not know how to fill, fails the test: the matrix must grow with the API.
"""

from __future__ import annotations

import itertools
import re
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from helpers import API, error_format_problems, now_ms, protocol_header_problems
from postgres import postgres_server
from support.bbb_webhooks import CONTENT_TYPE, event, form_body
from support.live_server import DemoMeeting, LiveServer, demo_upload, running_server

ROLES = {"admin", "staff", "chair", "participant", "display", "integration"}
METHODS = {"get", "put", "post", "delete", "patch", "head", "options", "trace"}
SECOND_SESSION = "demo-second"


@dataclass(frozen=True)
class Operation:
    method: str
    path: str
    spec: dict[str, Any]

    @property
    def roles(self) -> list[str] | None:
        return self.spec.get("x-moderator-roles")

    @property
    def label(self) -> str:
        return f"{self.method.upper()} {self.path}"

    @property
    def path_parameters(self) -> set[str]:
        return set(re.findall(r"{([^}]+)}", self.path))

    @property
    def body_schema(self) -> str | None:
        body = self.spec.get("requestBody")
        if body is None or "application/json" not in body["content"]:
            return None
        schema = body["content"]["application/json"]["schema"]
        return schema["$ref"].rsplit("/", 1)[-1]

    @property
    def form_body(self) -> bool:
        """A form-encoded body (bbb-webhooks' callbacks)."""
        body = self.spec.get("requestBody")
        return body is not None and "application/x-www-form-urlencoded" in body["content"]

    @property
    def is_event_stream(self) -> bool:
        content = self.spec.get("responses", {}).get("200", {}).get("content", {})
        return "text/event-stream" in content


@dataclass(frozen=True)
class Caller:
    name: str
    role: str | None  # None: no token at all
    token: str | None
    other_meeting: bool = False  # a token of another meeting than the one addressed
    other_session: bool = False  # scoped to another session of the same meeting
    sessions: tuple[str, ...] = ()  # the sessions a display token is scoped to

    @property
    def scope(self) -> str:
        if self.other_meeting:
            return "other meeting"
        return "other session" if self.other_session else "own"


def operations(openapi: dict[str, Any]) -> list[Operation]:
    return [
        Operation(method, path, spec)
        for path, methods in openapi["paths"].items()
        for method, spec in methods.items()
        if method in METHODS
    ]


def fetch_openapi(server: LiveServer) -> dict[str, Any]:
    with server.client() as client:
        response = client.get("/openapi.json")
    assert response.status_code == 200
    return response.json()


def two_session_upload(meeting_id: str) -> dict[str, Any]:
    """The demo meeting plus a second session (with one agenda item and one speaker)."""
    upload = demo_upload(meeting_id)
    first = upload["sessions"][0]
    upload["sessions"].append(
        {**first, "id": SECOND_SESSION, "title": "Second session", "room": "Room B"}
    )
    upload["agenda_items"].append(
        {
            "id": f"{SECOND_SESSION}-item",
            "session_id": SECOND_SESSION,
            "position": 0,
            "title": "Follow-up",
            "planned_duration_ms": 600_000,
        }
    )
    upload["entries"].append(
        {
            "id": f"{SECOND_SESSION}-entry",
            "agenda_item_id": f"{SECOND_SESSION}-item",
            "participant_id": upload["participants"][0]["id"],
            "speech_type": "statement",
            "allotted_ms": 180_000,
            "order_key": "V",
        }
    )
    return upload


# --- the operations' own declarations ----------------------------------------------------------


def test_every_operation_declares_its_roles(live_server: LiveServer):
    openapi = fetch_openapi(live_server)
    found = operations(openapi)
    assert len(found) >= 12, [op.label for op in found]
    undeclared = [op.label for op in found if not op.roles]
    assert not undeclared, f"operations without x-moderator-roles: {undeclared}"
    unknown = {op.label: op.roles for op in found if not set(op.roles) <= ROLES | {"public"}}
    assert not unknown, f"unknown roles: {unknown}"
    public = [op.label for op in found if "public" in op.roles]
    assert public == ["GET /healthz"], f"public operations: {public}"
    mixed = [op.label for op in found if "public" in op.roles and len(op.roles) > 1]
    assert not mixed, f"'public' together with roles: {mixed}"
    with live_server.client() as client:
        health = client.get("/healthz")
    assert health.status_code == 200
    assert not protocol_header_problems(health)
    assert health.json()["status"] == "ok" and set(health.json()) == {"status", "server_time_ms"}


# --- the matrix ------------------------------------------------------------------------------


@pytest.fixture(params=["sqlite", "postgresql"])
def matrix_server(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[LiveServer]:
    """The real server on SQLite, and on PostgreSQL where it is installed (else skipped,
    saying why)."""
    if request.param == "sqlite":
        with running_server(tmp_path) as server:
            yield server
        return
    with postgres_server(request.getfixturevalue("postgres_admin_url"), "roles", tmp_path) as pg:
        yield pg


@dataclass(frozen=True)
class Meetings:
    demo: DemoMeeting  # the one addressed, with a second session
    other: DemoMeeting  # another meeting beside it


@pytest.fixture
def two_sessions(matrix_server: LiveServer) -> Meetings:
    """The demo meeting with a second session, and another meeting ("other") beside it."""
    other = matrix_server.load_demo("other")
    staff = matrix_server.create_token("staff", "demo")
    upload = two_session_upload("demo")
    with matrix_server.client(staff) as client:
        response = client.put(f"{API}/meetings/demo", json=upload)
        assert response.status_code == 200, response.text
    first = upload["sessions"][0]["id"]
    first_items = {i["id"] for i in upload["agenda_items"] if i["session_id"] == first}
    demo = DemoMeeting(
        meeting_id="demo",
        session_id=first,
        entry_ids=[e["id"] for e in upload["entries"] if e["agenda_item_id"] in first_items],
        participant_ids=[p["id"] for p in upload["participants"]],
        staff_token=staff,
        upload=upload,
    )
    return Meetings(demo, other)


def callers(server: LiveServer, meetings: Meetings) -> list[Caller]:
    """Every role in each scope it can have: its own (a chair or a display scoped to the
    addressed session, the others to the meeting), another session of the same meeting (the
    roles a token scopes to sessions) and another meeting."""
    demo, other = meetings.demo, meetings.other
    token = server.create_token
    return [
        Caller("no token", None, None),
        Caller("admin", "admin", token("admin", "demo")),
        Caller("staff", "staff", demo.staff_token),
        Caller("chair", "chair", token("chair", "demo", sessions=[demo.session_id])),
        Caller(
            "participant",
            "participant",
            token("participant", "demo", participant=demo.participant_ids[1]),
        ),
        Caller("display", "display", token("display", "demo")),
        Caller(
            "integration",
            "integration",
            token("integration", "demo", sessions=[demo.session_id]),
            sessions=(demo.session_id,),
        ),
        Caller(
            "display of the session",
            "display",
            token("display", "demo", sessions=[demo.session_id]),
            sessions=(demo.session_id,),
        ),
        Caller(
            "chair of another session",
            "chair",
            token("chair", "demo", sessions=[SECOND_SESSION]),
            other_session=True,
        ),
        Caller(
            "integration of another session",
            "integration",
            token("integration", "demo", sessions=[SECOND_SESSION]),
            other_session=True,
            sessions=(SECOND_SESSION,),
        ),
        Caller(
            "display of another session",
            "display",
            token("display", "demo", sessions=[SECOND_SESSION]),
            other_session=True,
            sessions=(SECOND_SESSION,),
        ),
        Caller("admin of another meeting", "admin", token("admin", "other"), other_meeting=True),
        Caller("staff of another meeting", "staff", other.staff_token, other_meeting=True),
        Caller(
            "chair of another meeting",
            "chair",
            token("chair", "other", sessions=[other.session_id]),
            other_meeting=True,
        ),
        Caller(
            "participant of another meeting",
            "participant",
            token("participant", "other", participant=other.participant_ids[1]),
            other_meeting=True,
        ),
        Caller(
            "display of another meeting", "display", token("display", "other"), other_meeting=True
        ),
        Caller(
            "integration of another meeting",
            "integration",
            token("integration", "other", sessions=[other.session_id]),
            other_meeting=True,
        ),
    ]


#: The roles a token scopes to sessions (the others see the whole meeting).
SESSION_SCOPED = {"chair", "display", "integration"}


def missing_cells(everyone: list[Caller]) -> list[tuple[str | None, str]]:
    """The matrix is only as good as its callers: each role own and of another meeting, each
    session-scoped role of another session too, and no token at all."""
    cells = {(c.role, c.scope) for c in everyone}
    wanted = {(role, "own") for role in ROLES} | {(role, "other meeting") for role in ROLES}
    wanted |= {(role, "other session") for role in SESSION_SCOPED} | {(None, "own")}
    return sorted(wanted - cells, key=str)


def expected_statuses(op: Operation, caller: Caller) -> set[int] | None:
    """The statuses the protocol allows for this call; ``None`` means "any 2xx"."""
    if caller.token is None:
        return {401}
    assert op.roles is not None
    in_path = op.path_parameters
    addresses_meeting = bool(in_path) or op.body_schema == "PushRequest"
    if caller.role not in op.roles:
        # The role is refused; a token of another meeting may as well not see the thing.
        return {403, 404} if caller.other_meeting else {403}
    if op.body_schema == "PushRequest" and (caller.other_meeting or caller.other_session):
        return None  # answered, each mutation out of scope rejected (see problems_of)
    if caller.other_meeting and addresses_meeting:
        return {403, 404}
    if caller.other_session and "session_id" in in_path:
        return {403, 404}
    if op.method == "post" and op.path.endswith("/hands"):
        return {200, 201}
    return None


class Requests:
    """Makes each operation's call with valid parameters and a minimal valid body."""

    def __init__(self, server: LiveServer, meeting: DemoMeeting) -> None:
        self.server = server
        self.meeting = meeting
        self.turns = itertools.count(1)
        self.clients: dict[str, httpx.Client] = {}

    def url(self, op: Operation) -> str:
        values = {"meeting_id": self.meeting.meeting_id, "session_id": self.meeting.session_id}
        unknown = op.path_parameters - set(values)
        assert not unknown, f"{op.label}: the matrix does not know how to fill {unknown}"
        return op.path.format(**values)

    def body(self, op: Operation) -> dict[str, Any] | None:
        schema = op.body_schema
        if schema is None:
            return None
        if schema == "MeetingUpload":
            return self.meeting.upload  # the same meeting again: the matrix's ids stay valid
        if schema == "AgendaDocument":
            # The meeting as it is, without sessions: an import that changes nothing.
            meeting = self.meeting.upload["meeting"]
            return {
                "format": "moderator-agenda",
                "format_version": 1,
                "meetings": [
                    {
                        "id": self.meeting.meeting_id,
                        "title": meeting["title"],
                        "timezone": meeting["timezone"],
                    }
                ],
            }
        if schema == "PushRequest":
            turn = next(self.turns)
            entry = self.meeting.entry_ids[turn % len(self.meeting.entry_ids)]
            mutation = {
                "id": 1,
                "name": "give_floor",
                "args": {
                    "session_id": self.meeting.session_id,
                    "entry_id": entry,
                    "turn_id": f"matrix-turn-{turn}",
                    "at_ms": now_ms(),
                    "start_clock": True,
                },
            }
            return {"client_id": f"matrix-{uuid.uuid4().hex}", "mutations": [mutation]}
        if schema == "ZoomOscEvents":
            user = {"user_name": "Matrix Zoomer", "zoom_id": 16780288, "at_ms": now_ms()}
            return {"events": [{"id": uuid.uuid4().hex, "kind": "online", **user}]}
        raise AssertionError(f"{op.label}: the matrix does not know how to build a {schema}")

    def prepare(self, op: Operation, caller: Caller) -> None:
        """A participant lowering their hand needs a raised hand first (where they may)."""
        if (
            caller.role == "participant"
            and caller.scope == "own"
            and op.method == "delete"
            and "/hands/" in op.path
        ):
            raised = self.client(caller).post(f"{API}/sessions/{self.meeting.session_id}/hands")
            assert raised.status_code in (200, 201), raised.text

    def client(self, caller: Caller) -> httpx.Client:
        """One client per caller, as a console keeps its connection (a new client per call
        spent most of the matrix's time setting up)."""
        if caller.name not in self.clients:
            self.clients[caller.name] = self.server.client(caller.token)
        return self.clients[caller.name]

    def close(self) -> None:
        for client in self.clients.values():
            client.close()

    def call(self, op: Operation, caller: Caller) -> httpx.Response:
        self.prepare(op, caller)
        client = self.client(caller)
        if op.form_body:
            assert "/integrations/bbb/" in op.path, f"{op.label}: which form to post?"
            return client.request(
                op.method.upper(),
                self.url(op),
                content=form_body(event("user-joined")),
                headers={"Content-Type": CONTENT_TYPE},
            )
        if op.is_event_stream:
            headers = {"Accept": "text/event-stream"}
            with client.stream(op.method.upper(), self.url(op), headers=headers) as response:
                if response.status_code >= 400:
                    response.read()
                return response  # closed at once when the block ends: no events read
        return client.request(op.method.upper(), self.url(op), json=self.body(op))


def problems_of(op: Operation, caller: Caller, response: httpx.Response) -> list[str]:
    expected = expected_statuses(op, caller)
    status = response.status_code
    problems = []
    if expected is None and not 200 <= status < 300:
        problems.append(f"expected 2xx, got {status}: {response.text[:300]}")
    elif expected is not None and status not in expected:
        problems.append(f"expected {sorted(expected)}, got {status}: {response.text[:300]}")
    problems += protocol_header_problems(response)
    if status >= 400:
        problems += error_format_problems(response)
        if status == 401 and response.json().get("error", {}).get("code") != "unauthenticated":
            problems.append(f"401 with code {response.json()['error'].get('code')!r}")
        if status == 403 and response.json().get("error", {}).get("code") != "forbidden":
            problems.append(f"403 with code {response.json()['error'].get('code')!r}")
        if status == 404 and response.json().get("error", {}).get("code") != "not_found":
            problems.append(f"404 with code {response.json()['error'].get('code')!r}")
    elif op.is_event_stream:
        content_type = response.headers.get("content-type", "")
        if not content_type.startswith("text/event-stream"):
            problems.append(f"event stream answered with content-type {content_type!r}")
    else:
        body = response.json()
        if not isinstance(body.get("server_time_ms"), int):
            problems.append(f"JSON answer without server_time_ms: {body!r}"[:300])
        if (
            op.method == "get"
            and op.path.endswith("/meetings/{meeting_id}")
            and caller.sessions
            and caller.role == "display"
        ):
            # A display scoped to sessions is told of those sessions only.
            shown = {session["id"] for session in body.get("sessions", [])}
            if shown != set(caller.sessions):
                problems.append(f"a display of {caller.sessions} is shown sessions {shown}")
        if op.body_schema == "PushRequest" and (caller.other_meeting or caller.other_session):
            # Out of scope is a business rejection of each mutation, never an application; a
            # token of another meeting is not even told that the session exists.
            reason = "unknown session" if caller.other_meeting else "may not change session"
            results = body.get("results", [])
            if not results or any(
                r.get("status") != "rejected" or reason not in (r.get("reason") or "")
                for r in results
            ):
                problems.append(f"out-of-scope push not rejected ({reason!r}): {results}"[:300])
    return problems


def test_role_matrix_from_the_openapi_document(matrix_server: LiveServer, two_sessions: Meetings):
    openapi = fetch_openapi(matrix_server)
    checked = [op for op in operations(openapi) if op.roles and "public" not in op.roles]
    assert checked, "no operation to check"
    requests = Requests(matrix_server, two_sessions.demo)
    everyone = callers(matrix_server, two_sessions)
    assert not missing_cells(everyone), missing_cells(everyone)
    failures: list[str] = []
    try:
        for op in checked:
            for caller in everyone:
                response = requests.call(op, caller)
                failures += [
                    f"{op.label} as {caller.name}: {p}" for p in problems_of(op, caller, response)
                ]
    finally:
        requests.close()
    assert not failures, "\n".join(failures)
