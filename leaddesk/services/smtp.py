"""Email through the user's own SMTP server, in two steps per message.

The message is written to the server all but its final "." line; the caller
then records that it was handed over, and only then is the "." sent that asks
the server to accept it. A server that loses the connection before that line
discards the message (RFC 5321, 4.1.1.4), so only an answer lost after it can
leave a message's fate unknown, and the outbox knows exactly which one.
"""

from __future__ import annotations

import contextlib
import re
import smtplib
import socket
import ssl
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from email.message import EmailMessage
from types import TracebackType

from leaddesk.config.settings import Settings
from leaddesk.domain.mime import checked_address, needs_smtputf8
from leaddesk.domain.outbox import Failure
from leaddesk.errors import LeadDeskError

SECURITIES = ("starttls", "ssl", "none")
DEFAULT_PORTS = {"starttls": 587, "ssl": 465, "none": 25}


@dataclass(frozen=True)
class SmtpAccount:
    host: str
    port: int
    security: str  # starttls, ssl or none
    username: str | None
    password: str | None
    from_address: str
    from_name: str = ""
    timeout: float = 30.0

    @property
    def server(self) -> str:
        return f"{self.host}:{self.port}"

    @classmethod
    def from_settings(cls, prefs: Settings, password: str | None) -> SmtpAccount:
        return cls(
            host=prefs.smtp_host,
            port=prefs.smtp_port or DEFAULT_PORTS.get(prefs.smtp_security, 587),
            security=prefs.smtp_security if prefs.smtp_security in SECURITIES else "starttls",
            username=prefs.smtp_user or None,
            password=password,
            from_address=prefs.sender_email,
            from_name=prefs.sender_name,
        )

    @property
    def needs_password(self) -> bool:
        return bool(self.username) and self.password is None


class SendFailed(LeadDeskError):
    """A message (or the connection) failed; ``uncertain`` when the server may
    have accepted it: the whole message was handed over and its answer lost."""

    def __init__(
        self, failure: Failure, message: str, *, uncertain: bool = False, reply: str = ""
    ) -> None:
        super().__init__(message)
        self.failure = failure
        self.uncertain = uncertain
        self.reply = reply


@dataclass(frozen=True)
class Outgoing:
    """A message as SMTP carries it, written out before any connection is used, so
    that a message which cannot be written fails on its own (see ``prepare``)."""

    recipients: tuple[str, ...]
    payload: bytes  # DATA's lines, without the final "." line
    smtputf8: bool  # an address has non-Latin letters

    @property
    def to(self) -> str:
        return ", ".join(self.recipients)


def prepare(msg: EmailMessage, recipients: Sequence[str]) -> Outgoing:
    """``msg`` for the envelope ``recipients`` (checked addresses, never read back from
    a header); raises UnsendableEmail, or whatever the email package raises when it
    cannot write the message."""
    return Outgoing(tuple(checked_address(a) for a in recipients), _data(msg), needs_smtputf8(msg))


class ClaimLost(Exception):
    """Another sender took the message over before it was handed to the server."""


def _reply(code: int, text: bytes | str) -> str:
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    return re.sub(r"\s+", " ", f"{code} {text}").strip()


def _temporary(code: int) -> bool:
    return 400 <= code < 500


class SmtpTransport:
    """One connection, opened on first use and reused for the next messages."""

    def __init__(self, account: SmtpAccount, *, ssl_context: ssl.SSLContext | None = None):
        self.account = account
        self._ssl = ssl_context or ssl.create_default_context()
        self._smtp: smtplib.SMTP | None = None

    def __enter__(self) -> SmtpTransport:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # connecting ------------------------------------------------------------------
    def connect(self) -> None:
        """Connect, secure and log in; SendFailed names what went wrong."""
        if self._smtp is not None:
            return
        a = self.account
        try:
            if a.security == "ssl":
                smtp: smtplib.SMTP = smtplib.SMTP_SSL(
                    a.host, a.port, timeout=a.timeout, context=self._ssl
                )
            else:
                smtp = smtplib.SMTP(a.host, a.port, timeout=a.timeout)
            try:
                _no_delay(smtp)
                smtp.ehlo()
                if a.security == "starttls":
                    smtp.starttls(context=self._ssl)
                    smtp.ehlo()
                if a.username:
                    if a.password is None:
                        raise SendFailed(
                            Failure.AUTH, f"No password for {a.username} on {a.server}."
                        )
                    smtp.login(a.username, a.password)
            except BaseException:
                _quietly_close(smtp)
                raise
        except SendFailed:
            raise
        except Exception as exc:
            raise self._failure(exc, connecting=True) from exc
        self._smtp = smtp

    def check(self) -> str:
        """Connect and log in, for Settings' "Test connection"; returns the greeting."""
        self.connect()
        assert self._smtp is not None
        name = getattr(self._smtp, "ehlo_resp", b"") or b""
        return name.decode("utf-8", "replace").splitlines()[0] if name else self.account.server

    def close(self) -> None:
        smtp, self._smtp = self._smtp, None
        if smtp is None:
            return
        try:
            smtp.quit()
        except Exception:
            _quietly_close(smtp)

    def _drop(self) -> None:
        """Close the socket without a word: a half-sent message is discarded."""
        smtp, self._smtp = self._smtp, None
        if smtp is not None:
            _quietly_close(smtp)

    # sending -----------------------------------------------------------------------
    def send(self, out: Outgoing, *, handover: Callable[[], bool]) -> str:
        """Send ``out``; ``handover()`` runs once the whole message is with the server,
        before it is asked to accept it, and returns False to abandon the message.

        Returns the server's answer (e.g. "250 2.0.0 Ok: queued as 4F2C").
        """
        self.connect()
        smtp = self._smtp
        assert smtp is not None
        to, payload = out.recipients, out.payload
        options: list[str] = []
        if out.smtputf8:
            if not smtp.has_extn("smtputf8"):
                raise SendFailed(
                    Failure.RECIPIENT,
                    f"{self.account.server} cannot deliver to an address with non-Latin "
                    f"letters ({out.to}): it does not offer SMTPUTF8.",
                )
            options = ["SMTPUTF8", "BODY=8BITMIME"]
        try:
            code, text = smtp.mail(self.account.from_address, options)
            if code != 250:
                self._reset()
                raise smtplib.SMTPSenderRefused(code, text, self.account.from_address)
            for addr in to:
                code, text = smtp.rcpt(addr)
                if code not in (250, 251):
                    self._reset()
                    raise smtplib.SMTPRecipientsRefused({addr: (code, text)})
            code, text = smtp.docmd("DATA")
            if code != 354:
                self._reset()
                raise smtplib.SMTPDataError(code, text)
            smtp.send(payload)
        except SendFailed:
            raise
        except OSError as exc:  # smtplib's errors are OSErrors too
            failure = self._failure(exc)
            if failure.failure in (Failure.CONNECTION, Failure.TLS):
                self._drop()
            raise failure from exc
        except Exception as exc:
            # smtplib could not write this message's commands (a character it refuses,
            # an address it cannot encode): the message's fault, not the connection's.
            # The conversation is left mid-way, so it goes; the server discards the
            # unfinished message, and the next one starts on a new connection.
            self._drop()
            raise SendFailed(
                Failure.INVALID,
                f"The message to {out.to} could not be written to {self.account.server} "
                f"({_reason(exc)}); it was not sent.",
            ) from exc
        try:
            held = handover()
        except BaseException:
            self._drop()  # the database failed us: the half-sent message must not land
            raise
        if not held:
            self._drop()
            raise ClaimLost()
        try:
            smtp.send(b".\r\n")
            code, text = smtp.getreply()
        except Exception as exc:
            self._drop()
            raise SendFailed(
                Failure.CONNECTION,
                f"The connection to {self.account.server} was lost after the message was "
                f"handed over, before the server confirmed it ({_reason(exc)}). It may have "
                "been delivered.",
                uncertain=True,
            ) from exc
        reply = _reply(code, text)
        if code == 250:
            return reply
        if code == 421:
            self._drop()
        raise SendFailed(
            Failure.TEMPORARY if _temporary(code) else Failure.MESSAGE,
            f"{self.account.server} refused the message ({reply}).",
            reply=reply,
        )

    def _reset(self) -> None:
        try:
            assert self._smtp is not None
            self._smtp.rset()
        except Exception:
            self._drop()

    def _failure(self, exc: Exception, *, connecting: bool = False) -> SendFailed:
        a = self.account
        server = a.server
        if isinstance(exc, smtplib.SMTPAuthenticationError):
            reply = _reply(exc.smtp_code, exc.smtp_error)
            return SendFailed(
                Failure.AUTH,
                f"{server} refused the user name or password for {a.username} ({reply}).",
                reply=reply,
            )
        if isinstance(exc, smtplib.SMTPRecipientsRefused):
            addr, (code, text) = next(iter(exc.recipients.items()))
            reply = _reply(code, text)
            kind = Failure.TEMPORARY if _temporary(code) else Failure.RECIPIENT
            return SendFailed(
                kind, f"{server} refused the recipient {addr} ({reply}).", reply=reply
            )
        if isinstance(exc, smtplib.SMTPSenderRefused):
            reply = _reply(exc.smtp_code, exc.smtp_error)
            kind = Failure.TEMPORARY if _temporary(exc.smtp_code) else Failure.SENDER
            return SendFailed(
                kind, f"{server} refused the sender {a.from_address} ({reply}).", reply=reply
            )
        if isinstance(exc, smtplib.SMTPNotSupportedError):
            detail = str(exc)
            kind = Failure.TLS if "STARTTLS" in detail.upper() else Failure.SETUP
            return SendFailed(kind, f"{server}: {detail}")
        if isinstance(exc, ssl.SSLError | ssl.CertificateError):
            return SendFailed(
                Failure.TLS,
                f"A secure connection to {server} could not be set up ({_reason(exc)}).",
            )
        if isinstance(exc, smtplib.SMTPResponseException):
            reply = _reply(exc.smtp_code, exc.smtp_error)
            if exc.smtp_code == 421:
                return SendFailed(
                    Failure.CONNECTION, f"{server} closed the connection ({reply}).", reply=reply
                )
            kind = Failure.TEMPORARY if _temporary(exc.smtp_code) else Failure.MESSAGE
            return SendFailed(kind, f"{server} refused the message ({reply}).", reply=reply)
        if connecting:
            return SendFailed(Failure.CONNECTION, f"Cannot connect to {server}: {_reason(exc)}.")
        return SendFailed(
            Failure.CONNECTION, f"The connection to {server} was lost: {_reason(exc)}."
        )


def _reason(exc: BaseException) -> str:
    if isinstance(exc, socket.gaierror):
        return "the server's name is unknown"
    if isinstance(exc, ConnectionRefusedError):
        return "connection refused"
    if isinstance(exc, TimeoutError | socket.timeout):
        return "no answer in time"
    if isinstance(exc, smtplib.SMTPServerDisconnected):
        return str(exc) or "the server closed the connection"
    text = str(exc).strip()
    return text or type(exc).__name__


def _data(msg: EmailMessage) -> bytes:
    """The message as SMTP's DATA carries it, without the final "." line."""
    raw = msg.as_bytes(policy=msg.policy.clone(linesep="\r\n"))
    raw = re.sub(rb"(?:\r\n|\n|\r(?!\n))", b"\r\n", raw)
    raw = re.sub(rb"(?m)^\.", b"..", raw)
    return raw if raw.endswith(b"\r\n") else raw + b"\r\n"


def _no_delay(smtp: smtplib.SMTP) -> None:
    """Send small writes at once: the final "." follows the message in its own write,
    and Nagle's algorithm would hold it for the server's delayed ACK (about 40 ms)."""
    sock = smtp.sock
    if sock is not None:
        with contextlib.suppress(OSError):
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)


def _quietly_close(smtp: smtplib.SMTP) -> None:
    with contextlib.suppress(Exception):
        smtp.close()
