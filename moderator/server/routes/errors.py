"""The protocol's one error format, for every error the application raises or meets.

Errors from below the application (a refused protocol version, a body too large, a crash) are
written in the same format by ``middleware.send_error``.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.exc import DataError
from starlette.exceptions import HTTPException as StarletteHTTPException

from moderator.server.limits.rate_limit import RateLimited
from moderator.server.limits.stream_limits import TooManyStreams
from moderator.server.schemas import ErrorResponse, now_ms
from moderator.server.sync import ProtocolError

log = logging.getLogger("moderator.server.requests")

#: The error answers every operation documents.
ERRORS: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorResponse} for status in (400, 401, 403, 404, 409, 410, 413, 422, 429)
}

_HTTP_CODES = {
    400: "bad_request",
    401: "unauthenticated",
    404: "not_found",
    405: "method_not_allowed",
}


def error_response(
    status: int,
    code: str,
    message: str,
    field: str | None = None,
    details: dict[str, Any] | None = None,
    retry_after_s: int | None = None,
) -> JSONResponse:
    """The protocol's one error format."""
    body: dict[str, Any] = {"code": code, "message": message}
    if field is not None:
        body["field"] = field
    if details:
        body["details"] = details
    headers = {"Retry-After": str(retry_after_s)} if retry_after_s is not None else None
    return JSONResponse(
        {"error": body, "server_time_ms": now_ms()}, status_code=status, headers=headers
    )


async def _protocol_error(_request: Request, error: ProtocolError) -> JSONResponse:
    return error_response(
        error.status, error.code, error.message, field=error.field, details=error.details
    )


async def _validation_error(_request: Request, error: RequestValidationError) -> JSONResponse:
    first = error.errors()[0] if error.errors() else {"loc": (), "msg": "invalid request"}
    location = [str(part) for part in first.get("loc", ())]
    if location and location[0] in ("body", "query", "path", "header"):
        location = location[1:]
    field = ".".join(location) or None
    message = f"{field}: {first.get('msg')}" if field else str(first.get("msg"))
    if first.get("type") == "json_invalid":
        return error_response(400, "bad_request", f"malformed JSON: {first.get('msg')}")
    return error_response(422, "validation_failed", message, field=field)


async def _http_error(_request: Request, error: StarletteHTTPException) -> JSONResponse:
    return error_response(
        error.status_code, _HTTP_CODES.get(error.status_code, "http_error"), str(error.detail)
    )


async def _rate_limited(_request: Request, error: RateLimited) -> JSONResponse:
    return error_response(
        429,
        "rate_limited",
        "too many hand changes; try again shortly",
        retry_after_s=error.retry_after_s,
    )


async def _too_many_streams(_request: Request, error: TooManyStreams) -> JSONResponse:
    message = (
        f"this token already has {error.limit} event streams open; close one or wait"
        if error.scope == "token"
        else f"the server has {error.limit} event streams open, its limit; try again shortly"
    )
    return error_response(
        429,
        "too_many_streams",
        message,
        details={"scope": error.scope, "limit": error.limit},
        retry_after_s=error.retry_after_s,
    )


async def _unstorable(_request: Request, error: DataError) -> JSONResponse:
    # The last line of defence: the request's checks let through a value the database
    # refuses for good. A client must not retry it as it would a server error; the log names
    # the kind of error only (its text and the statement's values may hold personal data).
    log.warning("request refused by the database", extra={"error": type(error.orig).__name__})
    return error_response(
        422, "validation_failed", "a value could not be stored (malformed or too long)"
    )


def install_error_handlers(app: FastAPI) -> None:
    """Every error answered in the protocol's format, never FastAPI's own."""
    app.add_exception_handler(ProtocolError, _protocol_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(RateLimited, _rate_limited)
    app.add_exception_handler(TooManyStreams, _too_many_streams)
    app.add_exception_handler(DataError, _unstorable)
