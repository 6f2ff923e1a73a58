"""Crafted tar archives for the hostile tests: bombs, escapes, special files (written by hand where
tarfile would refuse to write them)."""

from __future__ import annotations

import gzip
import io
import os
import subprocess
import sys
import tarfile
import textwrap
from pathlib import Path


def header(name: str, kind: bytes = tarfile.REGTYPE, size: int = 0, **attrs) -> bytes:
    """One ustar header block; ``size`` is written as declared (base-256 when too big for octal)."""
    info = tarfile.TarInfo(name)
    info.type = kind
    for key, value in attrs.items():
        setattr(info, key, value)
    info.size = 0
    block = bytearray(info.tobuf(tarfile.USTAR_FORMAT, "utf-8", "surrogateescape"))
    field = tarfile.itn(size, 12, tarfile.GNU_FORMAT)
    block[124:136] = field
    block[148:156] = b" " * 8
    chksum = sum(block[:512])
    block[148:156] = b"%06o\0 " % chksum
    return bytes(block)


def pad(n: int) -> bytes:
    return bytes(-n % 512)


def end() -> bytes:
    return bytes(1024)


def entry(name: str, kind: bytes = tarfile.REGTYPE, data: bytes = b"", **attrs) -> bytes:
    size = len(data) if kind in (tarfile.REGTYPE, tarfile.AREGTYPE) else 0
    return header(name, kind, size, **attrs) + data + pad(len(data))


def pax_records(**records: str) -> bytes:
    out = b""
    for key, value in records.items():
        body = f" {key}={value}\n".encode()
        n = len(body) + 1
        while len(str(n)) + len(body) != n:
            n = len(str(n)) + len(body)
        out += str(n).encode() + body
    return out


def tar_of(*parts: bytes) -> bytes:
    return b"".join(parts) + end()


def write(path: Path, data: bytes, gz: bool = False) -> Path:
    path.write_bytes(gzip.compress(data, 9) if gz else data)
    return path


def bomb(path: Path, kind: bytes, payload: int) -> Path:
    """A gzip'd tar whose first header (``kind``: pax ``x``/``g`` or GNU ``L``/``K``) declares and
    holds ``payload`` bytes (zeros: the file stays small)."""
    with gzip.open(path, "wb", compresslevel=9) as gz:
        gz.write(header("././@PaxHeader" if kind in (b"x", b"g") else "././@LongLink", kind, payload))
        zeros = bytes(1 << 20)
        left = payload
        while left > 0:
            gz.write(zeros[:min(left, len(zeros))])
            left -= len(zeros)
        gz.write(pad(payload))
        gz.write(entry("./a.txt", data=b"a"))
        gz.write(end())
    return path


def peak_growth(code: str, cwd: str | os.PathLike) -> tuple[int, str]:
    """Run ``code`` in a fresh interpreter: (growth of its peak RSS in bytes while ``code`` ran,
    what it printed). ``code`` runs after the volgui modules are imported."""
    script = textwrap.dedent("""
        import resource, sys
        from volgui.engine.volumes import archive_check, backups, tar_headers, transfer
        def hwm():
            for line in open("/proc/self/status"):
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
        before = hwm()
        try:
    """) + textwrap.indent(textwrap.dedent(code), "    ") + textwrap.dedent("""
        except Exception as exc:
            print(type(exc).__name__, getattr(exc, "message", exc))
        print("GROWTH", hwm() - before)
    """)
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=cwd,
                         timeout=300, check=True)
    growth = int(out.stdout.rsplit("GROWTH", 1)[1])
    return growth, out.stdout


def as_stream(data: bytes) -> io.BytesIO:
    return io.BytesIO(data)
