"""A log frame that declares gigabytes is never waited for whole: its lines come out as its bytes
arrive, and what a reader holds stays bounded (engine/streams/log_lines.py)."""

from __future__ import annotations

import struct

from volgui.engine.streams.log_lines import MAX_FRAME_WAIT, MAX_LINE, LineSplitter


def header(length: int, stream: int = 1) -> bytes:
    return struct.pack(">BxxxL", stream, length)


def read_like_a_stream(chunks) -> tuple[list, int]:
    """What LogStream.batches does with the chunks: lines out, and the most ``pending`` held."""
    split, pending, lines, most = LineSplitter(), bytearray(), [], 0
    for chunk in chunks:
        pending += chunk
        most = max(most, len(pending))
        got, used = split.feed_multiplexed(pending)
        del pending[:used]
        lines.extend(got)
    return lines + split.flush(), most


def test_a_frame_declaring_4_gib_is_split_as_it_arrives(hostile):
    hostile("log frame declaring 4 GiB, 3 MB of it sent")
    body = b"2026-12-03T20:00:00.000000001Z " + b"line of text\n" * 240_000
    chunks = [header(2**32 - 1) + body[:4096]] + [body[i:i + 65536] for i in range(4096, len(body), 65536)]
    lines, most = read_like_a_stream(chunks)
    assert most <= 65536 + 8  # never more than a chunk held
    assert len(lines) == 240_000 and lines[1][2] == "line of text"
    assert lines[0][1] == "2026-12-03T20:00:00.000000001Z"


def test_frames_after_a_long_one_are_read_normally(hostile):
    hostile("log frame of 2 MB, then ordinary frames")
    long_payload = b"2026-12-03T20:00:00.000000001Z " + b"y" * (2 * MAX_FRAME_WAIT) + b"\n"
    normal = b"2026-12-03T20:00:01.000000001Z after\n"
    data = header(len(long_payload)) + long_payload + header(len(normal), 2) + normal
    lines, most = read_like_a_stream(data[i:i + 4096] for i in range(0, len(data), 4096))
    assert most <= 4096 + 8
    assert all(len(text) <= MAX_LINE for _, _, text in lines)
    assert lines[-1] == (2, "2026-12-03T20:00:01.000000001Z", "after")
    assert sum(len(text) for _, _, text in lines[:-1]) == 2 * MAX_FRAME_WAIT


def test_a_frame_under_the_bound_is_still_waited_for_whole(hostile):
    hostile("log frame of 900 kB in small chunks")
    payload = b"2026-12-03T20:00:00.000000001Z " + b"z" * 900_000 + b"\n"
    data = header(len(payload)) + payload
    lines, _ = read_like_a_stream(data[i:i + 1000] for i in range(0, len(data), 1000))
    assert sum(len(text) for _, _, text in lines) == 900_000
