"""Service logs from an engine that lies: the read stops at its byte bound, lines are cut, a frame
that never ends ends nothing (tests/fake_engine.py answers ``/services/{id}/logs``)."""

from __future__ import annotations

import struct
from types import SimpleNamespace

import docker
from fake_engine import chunked

from volgui.engine.streams.log_lines import MAX_LINE
from volgui.engine.swarm.logs import read_service_logs

ATTRS = b"com.docker.swarm.node.id=n1,com.docker.swarm.service.id=s1,com.docker.swarm.task.id=t1 "


def frame(payload: bytes, stream: int = 1) -> bytes:
    return struct.pack(">BxxxL", stream, len(payload)) + payload


def line(n: int, text: bytes = b"hello") -> bytes:
    return frame(b"2026-12-03T20:21:%02d.000000001Z " % (n % 60) + ATTRS + text + b"\n")


def engine_for(fake_engine, body: bytes):
    fake = fake_engine({"/services/web/logs": chunked(body)})
    api = docker.APIClient(base_url=f"unix://{fake.path}", version="1.41", timeout=10)
    return SimpleNamespace(api=api, spec=SimpleNamespace(host=f"unix://{fake.path}"))


def test_a_flood_stops_at_the_byte_bound(fake_engine, hostile):
    hostile("service logs: 4 MB of lines, read bound 256 kB")
    body = b"".join(line(i) for i in range(40_000))
    engine = engine_for(fake_engine, body)
    logs = read_service_logs(engine, "web", tail=100, max_bytes=256 * 1024)
    engine.api.close()
    assert logs.truncated and len(logs.lines) == 100
    assert {(entry.task_id, entry.node_id, entry.text) for entry in logs.lines} == {("t1", "n1", "hello")}


def test_a_huge_line_is_cut(fake_engine, hostile):
    hostile("service logs: one 1 MB line")
    engine = engine_for(fake_engine, line(1, b"x" * 1_000_000))
    logs = read_service_logs(engine, "web", tail=1000)
    engine.api.close()
    assert not logs.truncated and len(logs.lines) > 1
    assert all(len(entry.text) <= MAX_LINE for entry in logs.lines)


def test_a_frame_that_never_ends_and_garbage(fake_engine, hostile):
    hostile("service logs: frame header claiming 4 GB, then garbage")
    body = line(1) + struct.pack(">BxxxL", 1, 0xFFFFFFFF) + b"\x00\xff" * 1000
    engine = engine_for(fake_engine, body)
    logs = read_service_logs(engine, "web", tail=10)
    engine.api.close()
    # the garbage that did arrive is shown as text (the frame is not waited for whole)
    assert logs.lines[0].text == "hello"
    assert sum(len(entry.text) for entry in logs.lines[1:]) <= 2000


def test_the_fast_path_of_the_line_splitter_cuts_long_lines_too(hostile):
    """A whole line in one frame took a fast path that did not cut it (container logs too)."""
    from volgui.engine.streams.log_lines import LineSplitter

    hostile("log frame: one 1 MB line in a single frame")
    payload = b"2026-12-03T20:21:01.000000001Z " + b"x" * 1_000_000 + b"\n"
    lines, used = LineSplitter().feed_multiplexed(bytearray(frame(payload)))
    assert used == len(payload) + 8
    assert len(lines) == 16 and all(len(text) <= MAX_LINE for _, _, text in lines)
