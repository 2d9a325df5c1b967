"""The per-address sliding window, with a clock the test moves."""

from __future__ import annotations

from leaddesk.capture.limits import RateLimiter
from leaddesk.domain.web_forms import form_key


def test_the_window_slides_and_says_how_long_to_wait() -> None:
    now = [1000.0]
    limiter = RateLimiter(3, 60.0, clock=lambda: now[0])
    who = ("203.0.113.9", "contact")
    assert limiter.hit(who) is None  # at 1000
    now[0] += 10
    assert [limiter.hit(who), limiter.hit(who)] == [None, None]  # at 1010
    now[0] += 10
    assert limiter.hit(who) == 40  # at 1020: the first leaves the window at 1060
    assert limiter.hit(("198.51.100.1", "contact")) is None  # another address
    assert limiter.hit(("203.0.113.9", "other")) is None  # another form
    now[0] += 40
    assert limiter.hit(who) is None  # at 1060: the first left, room for one
    assert limiter.hit(who) == 10  # the two of 1010 stay until 1070


def test_idle_addresses_are_forgotten() -> None:
    now = [0.0]
    limiter = RateLimiter(1, 10.0, clock=lambda: now[0])
    for i in range(100):
        limiter.hit((f"10.0.0.{i}", "f"))
    now[0] += 25
    limiter.hit(("10.0.1.1", "f"))
    assert len(limiter._hits) == 1


def test_keys_are_url_safe_and_unique() -> None:
    assert form_key("Zapytanie — Łódź 2026!") == "zapytanie-odz-2026"
    assert form_key("اتصل بنا") == "form"
    assert form_key("Contact", {"contact", "contact-2"}) == "contact-3"
    assert len(form_key("x" * 300)) <= 40
