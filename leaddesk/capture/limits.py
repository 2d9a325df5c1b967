"""How much one visitor may post: the body's size and submissions per minute."""

from __future__ import annotations

import math
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

MAX_BODY = 64 * 1024  # a contact form's text is a few kilobytes; 64 KiB is generous
RATE_LIMIT = 10  # submissions per address and form per window
RATE_WINDOW_S = 60.0
MAX_FIELDS = 200


@dataclass(frozen=True)
class CaptureConfig:
    max_body: int = MAX_BODY
    rate_limit: int = RATE_LIMIT
    rate_window_s: float = RATE_WINDOW_S
    allow_origin: str = "*"  # the snippet's secret is in the page anyway


class RateLimiter:
    """A sliding window per key (address and form), in memory: a restart forgets it,
    which costs a flood one more minute at most. Keys whose window is empty are dropped,
    so a scan from many addresses does not grow it without end."""

    def __init__(
        self, limit: int, window_s: float, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.limit = limit
        self.window_s = window_s
        self.clock = clock
        self._hits: dict[tuple[str, str], deque[float]] = {}
        self._lock = threading.Lock()
        self._sweep_at = 0.0

    def hit(self, key: tuple[str, str]) -> int | None:
        """Count one submission; None when it may go on, else the seconds to wait."""
        now = self.clock()
        with self._lock:
            if now >= self._sweep_at:
                self._sweep(now)
            times = self._hits.setdefault(key, deque())
            while times and times[0] <= now - self.window_s:
                times.popleft()
            if len(times) >= self.limit:
                return max(1, math.ceil(times[0] + self.window_s - now))
            times.append(now)
            return None

    def _sweep(self, now: float) -> None:
        self._sweep_at = now + self.window_s
        for key in [k for k, t in self._hits.items() if not t or t[-1] <= now - self.window_s]:
            del self._hits[key]
