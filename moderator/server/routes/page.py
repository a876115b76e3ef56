"""The participant page: one static HTML page (its scripts and styles under ``/static``) that
raises and lowers a participant's hand with the token in its URL fragment, and, when the
server names a Jitsi Meet server (``serve --jitsi-domain``), embeds the session's call.

Its Content Security Policy allows its own files only; with a Jitsi server, that server's
``external_api.js`` and its frame as well, and nothing else. The page's own meta policy says
the same (a browser applies both), so the page is served with both rewritten together.
"""

import html
from functools import lru_cache
from pathlib import Path
from typing import Any

from fastapi import APIRouter
from fastapi.responses import HTMLResponse
from starlette.staticfiles import StaticFiles

from moderator.server.routes.deps import PUBLIC, RoleRoute, Settings

STATIC_DIR = Path(__file__).resolve().parent.parent / "static"

#: The page's policy without a call: its own scripts and styles only.
BASE_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
    "img-src 'self' data:; base-uri 'none'; form-action 'none'"
)
#: Never framed (clickjacking), no referrer (the page's URL carries the token in its
#: fragment), no content sniffing.
_HEADERS = {
    "Cache-Control": "no-store",
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
}
_CALL_METAS = "<!-- the session's call -->"


def page_policy(jitsi_domain: str | None) -> str:
    if not jitsi_domain:
        return BASE_POLICY
    origin = f"https://{jitsi_domain}"
    return BASE_POLICY.replace("script-src 'self'", f"script-src 'self' {origin}") + (
        f"; frame-src {origin}"
    )


@lru_cache(maxsize=8)
def _page(jitsi_domain: str | None, jitsi_room: str) -> str:
    text = (STATIC_DIR / "participant.html").read_text(encoding="utf-8")
    text = text.replace(BASE_POLICY, page_policy(jitsi_domain), 1)
    if jitsi_domain:
        metas = (
            f'<meta name="moderator-jitsi-domain" content="{html.escape(jitsi_domain)}">\n  '
            f'<meta name="moderator-jitsi-room" content="{html.escape(jitsi_room)}">'
        )
        text = text.replace(_CALL_METAS, metas, 1)
    return text


router = APIRouter(route_class=RoleRoute)


@router.get("/participant", include_in_schema=False, dependencies=[PUBLIC])
def participant_page(settings: Settings) -> HTMLResponse:
    policy = page_policy(settings.jitsi_domain) + "; frame-ancestors 'none'"
    return HTMLResponse(
        _page(settings.jitsi_domain, settings.jitsi_room),
        headers={**_HEADERS, "Content-Security-Policy": policy},
    )


class RevalidatedStaticFiles(StaticFiles):
    """Static files that browsers revalidate, so an upgraded page never runs an old script."""

    def file_response(self, *args: Any, **kwargs: Any) -> Any:
        response = super().file_response(*args, **kwargs)
        response.headers["Cache-Control"] = "no-cache"
        response.headers["X-Content-Type-Options"] = "nosniff"
        return response
