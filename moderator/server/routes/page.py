"""The participant page: one static HTML page (its scripts and styles under ``/static``) that
raises and lowers a participant's hand with the token in its URL fragment."""

from pathlib import Path
from typing import Any

from fastapi import APIRouter
from fastapi.responses import FileResponse
from starlette.staticfiles import StaticFiles

from moderator.server.routes.deps import PUBLIC, RoleRoute

STATIC_DIR = Path(__file__).resolve().parent.parent / "static"

#: The participant page: its own scripts and styles only, never framed (clickjacking), no
#: referrer (the page's URL carries the token in its fragment), no content sniffing.
PAGE_HEADERS = {
    "Cache-Control": "no-store",
    "Content-Security-Policy": (
        "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
        "img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
    ),
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
}

router = APIRouter(route_class=RoleRoute)


@router.get("/participant", include_in_schema=False, dependencies=[PUBLIC])
def participant_page() -> FileResponse:
    return FileResponse(STATIC_DIR / "participant.html", headers=PAGE_HEADERS)


class RevalidatedStaticFiles(StaticFiles):
    """Static files that browsers revalidate, so an upgraded page never runs an old script."""

    def file_response(self, *args: Any, **kwargs: Any) -> Any:
        response = super().file_response(*args, **kwargs)
        response.headers["Cache-Control"] = "no-cache"
        response.headers["X-Content-Type-Options"] = "nosniff"
        return response
