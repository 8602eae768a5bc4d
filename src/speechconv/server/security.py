"""The guard every request passes first: Host and Origin checks, the request size limit, and the
security headers of every response.

- ``Host`` must name this server (127.0.0.1:PORT, localhost:PORT…): a page on another site whose name
  was rebound to 127.0.0.1 (DNS rebinding) is refused with 403.
- A request that changes something (POST…) from a page of another origin is refused with 403
  (``Origin`` not this server's, or ``Sec-Fetch-Site: cross-site``). Tools that send no ``Origin``
  (curl, pipelines) are let through.
- A body over the request limit is refused with 413, by its Content-Length or while it is read.
- Every response carries a Content-Security-Policy that allows only this server's own scripts and
  styles (no inline script), and headers against framing, sniffing and leaking the address.
"""
from __future__ import annotations

import json
from typing import Any, Awaitable, Callable

from ..limits import size_text
from .settings import Settings

Scope = dict[str, Any]
Receive = Callable[[], Awaitable[dict]]
Send = Callable[[dict], Awaitable[None]]

CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
       "connect-src 'self'; font-src 'self'; form-action 'self'; frame-src 'self'; "
       "frame-ancestors 'none'; base-uri 'none'")
SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
]
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


class TooLarge(Exception):
    """The request body is over the limit (raised while it is read)."""


def json_body(status: int, message: str) -> tuple[int, bytes]:
    """Return the status and the JSON error body ``{"error": message}``."""
    return status, json.dumps({"error": message}, ensure_ascii=False).encode("utf-8")


async def send_json_error(send: Send, status: int, message: str, extra: list | None = None) -> None:
    """Send a complete JSON error response (with the security headers)."""
    _, body = json_body(status, message)
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
               (b"cache-control", b"no-store"), *SECURITY_HEADERS, *(extra or [])]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


def too_large_message(limit: int, size: int | None = None) -> str:
    """Return the 413 message for a request over ``limit`` bytes (of ``size``, when known)."""
    what = f"is {size_text(size)}, over" if size else "is over"
    return (f"the request {what} the {size_text(limit)} limit for one request; send fewer or smaller files "
            "at once")


class Guard:
    """ASGI middleware: refuses foreign Host and Origin, limits the body, adds security headers."""

    def __init__(self, app: Callable, settings: Settings) -> None:
        self.app = app
        self.hosts = settings.allowed_hosts()
        self.origins = settings.allowed_origins()
        self.limit = settings.max_request_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        problem = self._refusal(scope["method"], headers)
        if problem:
            await send_json_error(send, *problem)
            return
        started = False
        seen = 0

        async def counted() -> dict:
            nonlocal seen
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > self.limit:
                raise TooLarge
            return message

        async def with_headers(message: dict) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                names = {k.lower() for k, _ in message.get("headers", [])}
                extra = [h for h in SECURITY_HEADERS if h[0] not in names]
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        try:
            await self.app(scope, counted, with_headers)
        except TooLarge:
            if started:
                raise
            await send_json_error(send, 413, too_large_message(self.limit), [(b"connection", b"close")])

    def _refusal(self, method: str, headers: dict[str, str]) -> tuple[int, str] | None:
        """Return (status, message) when the request must be refused, else None."""
        host = headers.get("host", "")
        if host.lower() not in self.hosts:
            return 403, (f"request refused: the Host {host!r} is not this server; open it as "
                         f"http://{sorted(self.hosts)[0]}/")
        if method not in SAFE_METHODS:
            origin = headers.get("origin")
            if origin is not None and origin.lower() not in self.origins:
                return 403, f"request refused: a page of another site ({origin}) may not send requests here"
            if headers.get("sec-fetch-site") == "cross-site":
                return 403, "request refused: a page of another site may not send requests here"
        length = headers.get("content-length")
        if length is not None:
            if not length.isdigit():
                return 400, "the Content-Length header is not a number"
            if int(length) > self.limit:
                return 413, too_large_message(self.limit, int(length))
        return None
