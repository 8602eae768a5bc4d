"""``speechconv serve``: a local web page to review, correct and download, and an HTTP API.

The only user of Starlette, uvicorn, Jinja2 and python-multipart. It calls the same library API as the
CLI; conversions run in worker processes (:mod:`.pool`). Everything the page shows is served from this
package (no CDN), so it works offline.

    >>> from speechconv.server import Settings, create_app
    >>> app = create_app(Settings(workers=2))      # an ASGI app; run() serves it with uvicorn
"""
from __future__ import annotations

import shutil
import socket
import tempfile
from contextlib import asynccontextmanager
from typing import Callable

from starlette.applications import Starlette
from starlette.middleware import Middleware

from ..errors import SpeechconvError
from .forms import ApiError
from .jobs import Jobs
from .pool import Busy, Pool, WorkerDied
from .routes import error_response, routes
from .security import Guard
from .settings import Settings, is_loopback


def create_app(settings: Settings | None = None) -> Starlette:
    """Return the ASGI app. Its workers start with the app's lifespan and its temporary folder is
    removed when the lifespan ends."""
    settings = settings or Settings()

    @asynccontextmanager
    async def lifespan(app: Starlette):
        temp_root = tempfile.mkdtemp(prefix="speechconv-serve-")
        pool = Pool(settings.worker_count, settings.queue, settings.queue_wait, settings.time_limit, temp_root)
        app.state.pool, app.state.jobs, app.state.temp_root = pool, Jobs(pool, settings), temp_root
        try:
            pool.start()
            yield
        finally:
            app.state.jobs.close()
            pool.close()
            shutil.rmtree(temp_root, ignore_errors=True)

    async def handle(request, exc: Exception):
        return error_response(exc)

    app = Starlette(routes=routes(), lifespan=lifespan, middleware=[Middleware(Guard, settings=settings)],
                    exception_handlers={ApiError: handle, SpeechconvError: handle, Busy: handle,
                                        WorkerDied: handle, Exception: handle})
    app.state.settings = settings
    return app


def listen(host: str, port: int) -> socket.socket:
    """Return a listening socket on ``host:port``. Raises SpeechconvError when it cannot be opened."""
    try:
        info = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0]
        sock = socket.socket(info[0], socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(info[4])
        sock.listen(128)
    except OSError as exc:
        raise SpeechconvError(f"cannot listen on {host}:{port} ({exc.strerror or exc}); choose another "
                              "--port or --host") from None
    sock.set_inheritable(True)
    return sock


def run(settings: Settings, on_ready: Callable[[str], None] | None = None, browser: bool = False) -> None:
    """Serve the app until Ctrl-C (then return, the workers ended and temporary files removed); call
    ``on_ready(url)`` once it listens, and open the page in the browser when ``browser`` is True.
    Raises SpeechconvError when the address cannot be used."""
    import uvicorn

    sock = listen(settings.host, settings.port)
    port = sock.getsockname()[1]
    settings = Settings(**{**settings.__dict__, "port": port})
    host = f"[{settings.host}]" if ":" in settings.host else settings.host
    url = f"http://{'127.0.0.1' if settings.host in ('0.0.0.0', '::') else host}:{port}/"
    config = uvicorn.Config(create_app(settings), log_config=None, log_level="warning", access_log=False,
                            limit_concurrency=256, timeout_keep_alive=5, timeout_graceful_shutdown=5,
                            server_header=False)
    server = uvicorn.Server(config)
    if on_ready:
        on_ready(url)
    if browser:
        import webbrowser

        webbrowser.open(url)
    try:
        server.run(sockets=[sock])
    except KeyboardInterrupt:  # uvicorn raises Ctrl-C again once it has shut down cleanly
        pass


__all__ = ["Settings", "create_app", "run", "is_loopback"]
