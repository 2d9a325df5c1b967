"""``leaddesk capture serve`` as a real child process on a free port, and plain
http.client requests to it (the way a web site's server or a browser would post)."""

from __future__ import annotations

import http.client
import json
import os
import re
import selectors
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
LISTENING = re.compile(r"listening on http://([\d.]+):(\d+)")


@dataclass
class Answer:
    status: int
    headers: dict[str, str]  # lower-case names
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


class CaptureProcess:
    def __init__(self, db_url: str, home: Path, *extra: str) -> None:
        self.db_url = db_url
        self.home = home
        self.extra = extra
        self.proc: subprocess.Popen[str] | None = None
        self.host = "127.0.0.1"
        self.port = 0
        self._stderr_path = home / f"capture-{os.getpid()}-{id(self)}.err"

    def __enter__(self) -> CaptureProcess:
        env = {
            **os.environ,
            "PYTHONPATH": str(ROOT),
            "HOME": str(self.home),
            "XDG_CONFIG_HOME": str(self.home / "config"),
            "XDG_DATA_HOME": str(self.home / "data"),
            "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
        }
        env.pop("LEADDESK_DB_URL", None)
        self._stderr = self._stderr_path.open("w", encoding="utf-8")
        command = [sys.executable, "-m", "leaddesk", "capture", "serve", "--db", self.db_url]
        self.proc = subprocess.Popen(
            [*command, "--port", "0", *self.extra],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=self._stderr,
            text=True,
        )
        self._wait_listening(timeout=30)
        return self

    def _wait_listening(self, timeout: float) -> None:
        """Until the service prints where it listens (a condition, not a fixed wait)."""
        assert self.proc is not None and self.proc.stdout is not None
        sel = selectors.DefaultSelector()
        sel.register(self.proc.stdout, selectors.EVENT_READ)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if not sel.select(timeout=deadline - time.monotonic()):
                break
            line = self.proc.stdout.readline()
            if not line:
                break  # the process ended
            found = LISTENING.search(line)
            if found:
                self.host, self.port = found.group(1), int(found.group(2))
                return
        self.stop()
        raise AssertionError(f"capture serve did not start: {self.stderr()}")

    def stderr(self) -> str:
        self._stderr.flush()
        return self._stderr_path.read_text(encoding="utf-8")

    def stop(self) -> int:
        """SIGTERM, as a service manager stops it; its exit code."""
        assert self.proc is not None
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            self.proc.wait(timeout=30)
        return self.proc.returncode

    def __exit__(self, *_exc: object) -> None:
        self.stop()
        self._stderr.close()

    def connection(self) -> http.client.HTTPConnection:
        return http.client.HTTPConnection(self.host, self.port, timeout=30)

    def request(
        self,
        method: str,
        path: str,
        body: bytes | None = None,
        headers: dict[str, str] | None = None,
        *,
        conn: http.client.HTTPConnection | None = None,
        chunked: bool = False,
    ) -> Answer:
        own = conn is None
        c = conn or self.connection()
        try:
            if chunked and body is not None:
                pieces = [body[i : i + 8192] for i in range(0, len(body), 8192)]
                c.request(method, path, body=iter(pieces), headers=headers or {},
                          encode_chunked=True)  # fmt: skip
            else:
                c.request(method, path, body=body, headers=headers or {})
            r = c.getresponse()
            data = r.read()
            return Answer(r.status, {k.lower(): v for k, v in r.getheaders()}, data)
        finally:
            if own:
                c.close()

    def post_form(self, key: str, fields: dict[str, str], **headers: str) -> Answer:
        from urllib.parse import urlencode

        body = urlencode(fields).encode()
        h = {"Content-Type": "application/x-www-form-urlencoded", **headers}
        return self.request("POST", f"/f/{key}", body, h)

    def post_json(self, key: str, fields: dict[str, Any], **headers: str) -> Answer:
        h = {"Content-Type": "application/json", **headers}
        return self.request("POST", f"/f/{key}", json.dumps(fields).encode(), h)
