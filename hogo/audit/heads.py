"""Signed heads of the audit chain, published to a sink outside the database.

A head is the newest entry's number and hash, signed. A sealed chain cannot
be rewritten without the audit key, but it can still be cut: deleting the
newest entries leaves a shorter chain that verifies. A head kept where the
database's administrators cannot write (a file on another disk, a syslog
server, a collector over HTTPS) proves that the log once reached that entry.

The signature is Ed25519, under a key derived (HKDF) from the master key that
was active when it was made. Ed25519 rather than an HMAC, so that a head can
be checked by someone who holds only the public key, which each published
line carries: an auditor outside the organisation compares it once with the
one `hogo audit publish --dry-run` prints, and can then check every head
without ever holding a master key.

Sinks, named by HOGO_AUDIT_HEAD_SINK:

- `file:/path/heads.jsonl`: one JSON line appended per head (readable back);
- `syslog:` (the local socket), `syslog:/dev/log` or `syslog:HOST:PORT` (UDP):
  one line per head at NOTICE, tagged `hogo-audit-head` (not readable back:
  give `hogo audit verify --heads FILE` what the log server kept);
- `https://collector.example.org/hogo/heads`: each head POSTed as JSON; a GET
  of the same URL must answer the heads kept, one JSON line each
  (`http://` only to the loopback address, for a local forwarder).
"""

from __future__ import annotations

import base64
import json
import logging
import os
import socket
import threading
import time
import urllib.error
import urllib.request
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from django.conf import settings

from hogo.keys.provider import provider

logger = logging.getLogger(__name__)

FORMAT = "hogo-audit-head/1"
SIGNING_PURPOSE = b"audit chain\0head signing"
SYSLOG_TAG = "hogo-audit-head"
TIMEOUT_SECONDS = 10


class SinkError(Exception):
    """A sink cannot be written or read; the message says which and why."""


class NothingPublished(SinkError):
    """A file sink whose file is not there yet: no head has been written to it."""


@dataclass(frozen=True)
class Head:
    seq: int
    hash: str
    published_at: str
    key_id: str
    public_key: str = ""
    signature: str = ""
    format: str = FORMAT

    def signed_bytes(self) -> bytes:
        body = {
            "format": self.format,
            "seq": self.seq,
            "hash": self.hash,
            "published_at": self.published_at,
            "key_id": self.key_id,
        }
        return json.dumps(body, sort_keys=True, separators=(",", ":")).encode()

    def line(self) -> str:
        return json.dumps(asdict(self), sort_keys=True, separators=(",", ":"))


def _signing_key(key_id: bytes) -> Ed25519PrivateKey:
    return Ed25519PrivateKey.from_private_bytes(provider().derive(key_id, SIGNING_PURPOSE))


def _public_text(key: Ed25519PublicKey) -> str:
    return base64.b64encode(key.public_bytes(Encoding.Raw, PublicFormat.Raw)).decode("ascii")


def sign(seq: int, entry_hash: str, *, at: datetime | None = None) -> Head:
    """A head for entry `seq`, signed under the active master key's head key."""
    key_id = provider().active_key_id
    private = _signing_key(key_id)
    moment = (at or datetime.now(UTC)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    head = Head(seq=seq, hash=entry_hash, published_at=moment, key_id=key_id.hex())
    signature = private.sign(head.signed_bytes())
    return Head(
        **{
            **asdict(head),
            "public_key": _public_text(private.public_key()),
            "signature": base64.b64encode(signature).decode("ascii"),
        }
    )


def public_key(key_id: bytes) -> str:
    """The public key heads signed under this master key verify with (base64)."""
    return _public_text(_signing_key(key_id).public_key())


class BadHead(ValueError):
    pass


def parse(line: str) -> Head:
    """One published line; BadHead if it is not a head in this format."""
    try:
        raw = json.loads(line)
        head = Head(
            seq=int(raw["seq"]),
            hash=str(raw["hash"]),
            published_at=str(raw["published_at"]),
            key_id=str(raw["key_id"]),
            public_key=str(raw.get("public_key", "")),
            signature=str(raw["signature"]),
            format=str(raw["format"]),
        )
    except (ValueError, KeyError, TypeError):
        raise BadHead("not a published head") from None
    if head.format != FORMAT:
        raise BadHead(f"head format {head.format!r} is not supported")
    return head


def is_genuine(head: Head) -> bool | None:
    """True if the signature verifies under our key; False if not; None if that key is gone."""
    key_id = bytes.fromhex(head.key_id) if len(head.key_id) == 16 else b""
    if key_id not in provider().key_ids():
        return None
    try:
        _signing_key(key_id).public_key().verify(
            base64.b64decode(head.signature, validate=True), head.signed_bytes()
        )
    except (InvalidSignature, ValueError):
        return False
    return True


def read_lines(lines: list[str]) -> list[Head]:
    """Every head among the lines (syslog lines keep their prefix: the JSON is found)."""
    heads = []
    for line in lines:
        start, end = line.find("{"), line.rfind("}")
        if start < 0 or end < start:
            continue
        try:
            heads.append(parse(line[start : end + 1]))
        except BadHead:
            continue
    return heads


# Sinks


def _checked_url(url: str) -> str:
    parts = urlsplit(url)
    if parts.scheme == "https" and parts.hostname:
        return url
    if parts.scheme == "http" and parts.hostname in ("127.0.0.1", "localhost", "::1"):
        return url
    raise SinkError(
        f"{url!r}: an HTTP sink must be https:// (http:// only to the loopback address)"
    )


def check_sink(text: str) -> str:
    """The setting as given if it names a sink; else SinkError saying what is expected."""
    if not text:
        return text
    if text.startswith("file:"):
        if not Path(text[len("file:") :]).is_absolute():
            raise SinkError(f"{text!r}: a file sink needs an absolute path, like file:/var/lib/x")
        return text
    if text.startswith("syslog:"):
        _syslog_address(text)
        return text
    if text.startswith(("https:", "http:")):
        return _checked_url(text)
    raise SinkError(f"{text!r}: expected file:/PATH, syslog:[ADDRESS] or https://URL")


def _syslog_address(text: str) -> str | tuple[str, int]:
    rest = text[len("syslog:") :]
    if not rest:
        return "/dev/log"
    if rest.startswith("/"):
        return rest
    host, _colon, port = rest.rpartition(":")
    if not host or not port.isdigit():
        raise SinkError(f"{text!r}: expected syslog:, syslog:/SOCKET or syslog:HOST:PORT")
    return host, int(port)


def _send_syslog(address: str | tuple[str, int], line: str) -> None:
    # Sent here rather than through logging's SysLogHandler, whose emit swallows
    # a failure to deliver: a head that did not arrive must say so.
    priority = 1 * 8 + 5  # facility user, severity notice (RFC 5424)
    message = f"<{priority}>{SYSLOG_TAG}: {line}".encode()
    if isinstance(address, str):
        try:
            with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as local:
                local.connect(address)
                local.send(message)
        except OSError:
            with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as local:
                local.connect(address)
                local.sendall(message + b"\0")
        return
    family = socket.AF_INET6 if ":" in address[0] else socket.AF_INET
    with socket.socket(family, socket.SOCK_DGRAM) as udp:
        udp.sendto(message, address)


def write(sink: str, head: Head) -> None:
    """Send one head to the sink; SinkError if it is not delivered."""
    check_sink(sink)
    line = head.line()
    try:
        if sink.startswith("file:"):
            path = Path(sink[len("file:") :])
            with path.open("a", encoding="utf-8") as out:
                out.write(line + "\n")
                out.flush()
                os.fsync(out.fileno())
        elif sink.startswith("syslog:"):
            _send_syslog(_syslog_address(sink), line)
        else:
            request = urllib.request.Request(  # noqa: S310 (checked by check_sink)
                sink,
                data=line.encode(),
                method="POST",
                headers={"Content-Type": "application/json"},
            )
            # The scheme was checked: https, or http to the loopback address only.
            with urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS) as response:  # noqa: S310
                if response.status >= 300:
                    raise SinkError(f"{sink}: answered {response.status}")
    except (OSError, urllib.error.URLError) as error:
        raise SinkError(f"{sink}: {error}") from None


def read(sink: str) -> list[Head]:
    """Every head the sink gives back; SinkError if it cannot be read."""
    check_sink(sink)
    try:
        if sink.startswith("file:"):
            path = Path(sink[len("file:") :])
            if not path.exists() and path.parent.is_dir():
                # The first `publish` creates the file; a missing directory stays an error.
                raise NothingPublished(f"{sink}: no file yet")
            text = path.read_text(encoding="utf-8")
        elif sink.startswith("syslog:"):
            raise SinkError(
                f"{sink}: a syslog sink cannot be read back; give the lines your log "
                "server kept with --heads FILE"
            )
        else:
            with urllib.request.urlopen(sink, timeout=TIMEOUT_SECONDS) as response:  # noqa: S310
                text = response.read().decode("utf-8")
    except (OSError, UnicodeDecodeError, urllib.error.URLError) as error:
        raise SinkError(f"{sink}: {error}") from None
    return read_lines(text.splitlines())


# Publishing


def publish(sink: str | None = None) -> Head:
    """Sign the current head and send it to the sink (HOGO_AUDIT_HEAD_SINK by default)."""
    from hogo.audit.log import latest

    target = sink if sink is not None else settings.AUDIT_HEAD_SINK
    if not target:
        raise SinkError("HOGO_AUDIT_HEAD_SINK is not set: there is nowhere to publish")
    seq, entry_hash = latest()
    head = sign(seq, entry_hash)
    write(target, head)
    return head


_last_published = 0.0
_publishing = threading.Lock()


def due() -> bool:
    """Whether a sink is set and this process has not published within the interval."""
    if not settings.AUDIT_HEAD_SINK:
        return False
    return not _last_published or time.monotonic() - _last_published >= settings.AUDIT_HEAD_SECONDS


def publish_when_due() -> None:
    """After a commit: publish the head if the interval has passed since this process last did.

    A failure is logged and does not fail the request that wrote the entry:
    the scheduled `hogo audit publish` and `hogo audit verify` report it.
    """
    global _last_published
    if not due():
        return
    if not _publishing.acquire(blocking=False):
        return
    try:
        _last_published = time.monotonic()
        publish()
    except Exception as error:  # a sink down must never take the application down
        logger.warning("could not publish the audit head: %s", error)
    finally:
        _publishing.release()


def reset_schedule() -> None:
    """Forget when the head was last published (tests)."""
    global _last_published
    _last_published = 0.0
