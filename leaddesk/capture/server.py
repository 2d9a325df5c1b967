"""Serving the capture application with uvicorn, in the foreground, until SIGINT or
SIGTERM (uvicorn's own handlers finish the requests under way, then stop)."""

from __future__ import annotations

import logging
import signal
import socket
import sys

import uvicorn

from leaddesk.capture.app import Capture, build_app
from leaddesk.capture.limits import CaptureConfig
from leaddesk.capture.partner_pages import PartnerLinks


class _Server(uvicorn.Server):
    """Says where it listens once the socket is bound, so a caller can wait for it."""

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        await super().startup(sockets)
        if self.should_exit:
            return  # the address could not be bound; uvicorn said why
        host, port = self.config.host, self.config.port
        for server in self.servers:
            for sock in server.sockets:
                port = sock.getsockname()[1]  # the real one when asked for port 0
        shown = f"[{host}]" if ":" in host else host
        print(f"LeadDesk capture listening on http://{shown}:{port}", flush=True)


def log_refusals() -> None:
    """One line per refusal on stderr (the app logs them as warnings)."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("capture: %(message)s"))
    logger = logging.getLogger("leaddesk.capture")
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    logger.propagate = False


def serve(
    capture: Capture,
    host: str,
    port: int,
    config: CaptureConfig,
    partners: PartnerLinks | None = None,
) -> bool:
    """Run until stopped; False when the service could not start (port taken...)."""
    log_refusals()
    server = _Server(
        uvicorn.Config(
            build_app(capture, config, partners),
            host=host,
            port=port,
            log_level="warning",
            access_log=False,
            lifespan="off",
            server_header=False,
            # keep-alive for a site's bursts; slow or idle clients are dropped
            timeout_keep_alive=15,
            h11_max_incomplete_event_size=16 * 1024,
        )
    )
    stopped_by: list[int] = []
    previous = {
        sig: signal.signal(sig, lambda signum, _frame: stopped_by.append(signum))
        for sig in (signal.SIGINT, signal.SIGTERM)
    }
    try:
        # uvicorn finishes the requests under way on SIGINT/SIGTERM, then raises the
        # signal again for the handler it found: ours, so the command ends with 0
        server.run()
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    return server.started
