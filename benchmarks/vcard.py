"""Suite `vcard`: reading a .vcf file of `--leads` cards (default 10,000 here), each with
a photo of about 1.5 kB, as Apple (3.0, folded base64), Android (2.1, quoted-printable)
and RFC 6350 (4.0, data: URI) write them: about 22 MB for 10,000 cards.

read_s: the best of 3 reads; peak_mb: the most memory allocated while reading (tracemalloc,
which slows the read it measures, so it is a separate read); held_mb: what the result keeps.
The database URL is not used.
"""

from __future__ import annotations

import base64
import random
import time
import tracemalloc
from typing import Any

from leaddesk.domain.vcard import read_vcards

DEFAULT_CARDS = 10_000


def run(url: str, leads: int) -> dict[str, Any]:
    cards = DEFAULT_CARDS if leads == 100_000 else leads  # run.py's default is for leads
    data = _file(cards)
    best = float("inf")
    for _ in range(3):
        t = time.perf_counter()
        found = read_vcards(data)
        best = min(best, time.perf_counter() - t)
    assert len(found.contacts) == cards and not found.problems
    del found
    tracemalloc.start()
    found = read_vcards(data)
    held, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert len(found.contacts) == cards  # still held while measured
    return {
        "cards": cards,
        "file_mb": round(len(data) / 1e6, 1),
        "read_s": round(best, 2),
        "peak_mb": round(peak / 1e6),
        "held_mb": round(held / 1e6),
    }


def _folded(line: bytes) -> bytes:
    parts = [line[:75]] + [b" " + line[i : i + 74] for i in range(75, len(line), 74)]
    return b"\r\n".join(parts)


def _file(cards: int) -> bytes:
    rng = random.Random(1)
    out = []
    for i in range(cards):
        photo = base64.b64encode(b"\xff\xd8\xff\xe0" + rng.randbytes(1450))
        if i % 3 == 0:
            body = [
                b"VERSION:3.0",
                f"N:Kowalska {i};Anna;;;".encode(),
                "ORG:Przykład Sp. z o.o.;Dział".encode(),
                f"item1.EMAIL;type=INTERNET;type=pref:anna{i}@example.pl".encode(),
                b"item1.X-ABLabel:_$!<Work>!$_",
                b"TEL;type=CELL;type=VOICE;type=pref:+48 601 111 222",
                "item2.ADR;type=WORK:;;ul. Marszałkowska 1;Warszawa;;00-624;Polska".encode(),
                _folded(b"PHOTO;ENCODING=b;TYPE=JPEG:" + photo),
            ]
        elif i % 3 == 1:
            body = [
                b"VERSION:2.1",
                b"N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=C5=BB=C3=B3=C5=82=\r\n=C4=87;Jan;;;",
                b"TEL;CELL:+48 601 234 567",
                f"EMAIL;HOME:jan{i}@example.pl".encode(),
                _folded(b"PHOTO;ENCODING=BASE64;JPEG:" + photo),
                b"",
            ]
        else:
            body = [
                b"VERSION:4.0",
                f"FN:Jane Doe {i}".encode(),
                b'TEL;VALUE=uri;TYPE="voice,cell":tel:+1-555-555-5555',
                _folded(b"PHOTO:data:image/jpeg;base64," + photo),
            ]
        out.append(b"\r\n".join([b"BEGIN:VCARD", *body, b"END:VCARD"]))
    return b"\r\n".join(out) + b"\r\n"
