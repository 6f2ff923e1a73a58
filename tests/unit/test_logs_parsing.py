"""Demultiplexing, line splitting, ANSI parsing, the ring buffer and stats figures (no engine)."""

from __future__ import annotations

import json
import struct
from pathlib import Path

import pytest

from volgui.engine.streams.ansi import PLAIN, Span, Style, apply_sgr, parse_ansi, plain_text
from volgui.engine.streams.log_buffer import LogBuffer
from volgui.engine.streams.log_lines import (
    STDERR,
    STDOUT,
    TTY,
    ChunkedDecoder,
    FrameDecoder,
    LineSplitter,
    LogLine,
    demux,
    is_after,
    parse_timestamp,
    short_timestamp,
)
from volgui.engine.streams.logs import LogOptions
from volgui.engine.streams.stats import cpu_percent, memory_used, parse_stats

DATA = Path(__file__).parent.parent / "data"
TS1 = "2026-11-29T02:44:49.273888797Z"
TS2 = "2026-11-29T02:44:49.273960441Z"


def frame(kind: int, payload: bytes) -> bytes:
    return struct.pack(">BxxxL", kind, len(payload)) + payload


# -- demux ------------------------------------------------------------------------------------------
def test_demux_recorded_frames():
    # as the engine sent them (recorded from Docker 20.10)
    data = (b"\x02\x00\x00\x00\x00\x00\x00$2026-11-29T02:44:49.273888797Z err1\n"
            b"\x01\x00\x00\x00\x00\x00\x00$2026-11-29T02:44:49.273960441Z out1\n")
    assert demux(data) == [(STDERR, f"{TS1} err1\n".encode()), (STDOUT, f"{TS2} out1\n".encode())]


@pytest.mark.parametrize("size", [1, 3, 7, 8, 9, 100])
def test_frame_decoder_any_chunking(size):
    data = frame(1, b"hello\n") + frame(2, b"") + frame(2, b"oops\n") + frame(1, b"x" * 300)
    decoder = FrameDecoder()
    frames = []
    for i in range(0, len(data), size):
        frames += decoder.feed(data[i:i + size])
    assert frames == [(1, b"hello\n"), (2, b""), (2, b"oops\n"), (1, b"x" * 300)]
    assert decoder.pending == 0


def test_splitter_streams_and_timestamps():
    split = LineSplitter()
    lines = split.feed(STDERR, f"{TS1} err1\n".encode()) + split.feed(STDOUT, f"{TS2} out1\r\n".encode())
    assert lines == [LogLine(STDERR, TS1, "err1"), LogLine(STDOUT, TS2, "out1")]
    first = LogLine._make(lines[0])
    assert first.is_stderr and first.stream_name == "stderr"
    assert type(lines[0]) is tuple  # plain tuples: the garbage collector stops tracking them
    assert split.last_timestamp == TS2


def test_splitter_joins_split_messages_and_drops_the_continuation_stamp():
    split = LineSplitter()
    assert split.feed(STDOUT, f"{TS1} part one, ".encode()) == []
    assert split.feed(STDOUT, f"{TS2} part two\n".encode()) == [LogLine(STDOUT, TS1, "part one, part two")]


def test_splitter_tty_chunks_split_anywhere():
    data = f"{TS1} a\r\r\n{TS2} bé\n{TS2} tail".encode()
    split = LineSplitter()
    lines = []
    for i in range(0, len(data), 5):
        lines += split.feed(TTY, data[i:i + 5], framed=False)
    assert lines == [LogLine(TTY, TS1, "a"), LogLine(TTY, TS2, "bé")]
    assert split.flush() == [(TTY, TS2, "tail")]


def test_splitter_caps_a_line_without_newline():
    split = LineSplitter(max_line=1000)
    assert split.feed(STDOUT, f"{TS1} ".encode() + b"y" * 2500) == [
        (STDOUT, TS1, "y" * 1000), (STDOUT, TS1, "y" * 1000), (STDOUT, TS1, "y" * 500)]
    assert split.feed(STDOUT, b"z" * 999) == []
    assert split.feed(STDOUT, b"z" * 10) == [(STDOUT, TS1, "z" * 1000), (STDOUT, TS1, "z" * 9)]
    # a cut never splits a UTF-8 character
    assert split.feed(STDOUT, "é".encode() * 600 + b"\n") == [(STDOUT, TS1, "é" * 500),
                                                              (STDOUT, TS1, "é" * 100)]


def test_invalid_utf8_is_replaced():
    assert LineSplitter().feed(STDOUT, f"{TS1} ".encode() + b"\xff ok\n")[0][2] == "\ufffd ok"


# -- timestamps -------------------------------------------------------------------------------------
def test_timestamps():
    assert short_timestamp(TS1) == "2026-11-29 02:44:49.273"
    assert short_timestamp("2026-11-29T02:44:49Z") == "2026-11-29 02:44:49.000"
    assert abs(parse_timestamp(TS1) - 1795920289.273888) < 1e-3
    assert is_after(TS2, TS1) and not is_after(TS1, TS2) and not is_after(TS1, TS1)
    assert is_after(TS1, "")


def test_options_params_and_command():
    opts = LogOptions(tail=100)
    assert opts.params()["tail"] == "100" and opts.params()["timestamps"] == 1
    assert opts.command("web") == "docker logs --follow --tail 100 web"
    assert LogOptions(tail=None).params()["tail"] == "all"
    assert "--since 2023-11-14T22:13:20Z" in LogOptions(tail=None, since=1700000000.0).command("web")


# -- ANSI -------------------------------------------------------------------------------------------
def test_parse_ansi_spans():
    plain, spans, end = parse_ansi("\x1b[31mred\x1b[0m plain \x1b[1;38;5;208mbold orange")
    assert plain == "red plain bold orange"
    assert spans == [Span(0, 3, Style(fg=1)), Span(10, 21, Style(fg=208, bold=True))]
    assert end == Style(fg=208, bold=True)


def test_parse_ansi_truecolour_background_and_reset_parts():
    plain, spans, _ = parse_ansi("\x1b[48;2;10;20;30;4mx\x1b[24;49my")
    assert plain == "xy"
    assert spans == [Span(0, 1, Style(bg=(10, 20, 30), underline=True))]


def test_ansi_other_sequences_are_dropped():
    text = "\x1b]0;title\x07\x1b[2K\x1b[1Gdone\x1b[?25h\x07"
    assert plain_text(text) == "done"
    assert parse_ansi(text)[0] == "done"
    assert plain_text("no escapes\tat all") == "no escapes\tat all"


def test_apply_sgr_bright_and_resets():
    s = apply_sgr(PLAIN, "92;41;7")
    assert s == Style(fg=10, bg=1, inverse=True)
    assert apply_sgr(s, "") == PLAIN
    assert apply_sgr(s, "39;49;27") == PLAIN
    assert apply_sgr(PLAIN, "38;5") == PLAIN  # truncated: ignored


def test_style_carries_into_the_next_line():
    _, _, end = parse_ansi("\x1b[32mgreen starts")
    _plain, spans, _ = parse_ansi("still green", end)
    assert spans == [Span(0, 11, Style(fg=2))]


# -- ring buffer ------------------------------------------------------------------------------------
def test_ring_buffer_keeps_the_last_lines():
    buf = LogBuffer(capacity=5)
    assert buf.extend([LogLine(1, "", str(i)) for i in range(3)]) == 0
    assert buf.extend([LogLine(1, "", str(i)) for i in range(3, 8)]) == 3
    assert [x.text for x in buf] == ["3", "4", "5", "6", "7"]
    assert buf.extend([LogLine(1, "", str(i)) for i in range(8, 20)]) == 5
    assert [x.text for x in buf] == ["15", "16", "17", "18", "19"]
    assert buf.dropped == 15 and buf.total == 20 and len(buf) == 5


def test_ring_buffer_find_wraps_and_ignores_escapes():
    buf = LogBuffer()
    buf.extend([LogLine(1, "", t) for t in ("alpha", "\x1b[31mBeta\x1b[0m", "gamma", "beta two")])
    assert buf.find("beta", -1) == 1
    assert buf.find("beta", 1) == 3
    assert buf.find("beta", 3) == 1
    assert buf.find("beta", 1, backwards=True) == 3
    assert buf.find("31m", -1) == -1
    assert buf.find("nothing", 0) == -1


# -- stats ------------------------------------------------------------------------------------------
@pytest.fixture
def recorded():
    return json.loads((DATA / "stats-20.10.json").read_text())


def test_cpu_percent_like_the_cli(recorded):
    sample = recorded[1]
    cpu, pre = sample["cpu_stats"], sample["precpu_stats"]
    expected = ((cpu["cpu_usage"]["total_usage"] - pre["cpu_usage"]["total_usage"])
                / (cpu["system_cpu_usage"] - pre["system_cpu_usage"]) * cpu["online_cpus"] * 100)
    assert cpu_percent(sample) == pytest.approx(expected)
    assert 0 < cpu_percent(sample) <= 200
    # recorded on a busy 2-core host: 29.4 % for a shell busy loop (the formula, worked by hand)
    assert cpu_percent(recorded[2]) == pytest.approx(29.373128, abs=1e-4)


def test_first_sample_has_no_cpu_percent(recorded):
    assert cpu_percent(recorded[0]) is None
    assert parse_stats(recorded[0]).cpu_percent is None


def test_memory_without_inactive_cache(recorded):
    sample = recorded[1]
    mem = sample["memory_stats"]
    assert memory_used(sample) == mem["usage"] - mem["stats"]["total_inactive_file"]
    stats = parse_stats(sample)
    assert stats.memory_limit == 256 * 1024 * 1024
    assert stats.memory_percent == pytest.approx(stats.memory_used / stats.memory_limit * 100)
    assert stats.pids == 1 and stats.online_cpus == 2


def test_memory_cgroup_v2_key():
    raw = {"memory_stats": {"usage": 1000, "stats": {"inactive_file": 300}}}
    assert memory_used(raw) == 700
    raw = {"memory_stats": {"usage": 100, "stats": {"inactive_file": 300}}}
    assert memory_used(raw) == 100


def test_network_and_block_io_totals(recorded):
    sample = dict(recorded[1])
    sample["networks"] = {"eth0": {"rx_bytes": 100, "tx_bytes": 10}, "eth1": {"rx_bytes": 5, "tx_bytes": 1}}
    sample["blkio_stats"] = {"io_service_bytes_recursive": [
        {"major": 8, "minor": 0, "op": "Read", "value": 4096},
        {"major": 8, "minor": 0, "op": "Write", "value": 8192},
        {"major": 8, "minor": 0, "op": "Total", "value": 12288},
        {"major": 8, "minor": 16, "op": "read", "value": 1}]}
    stats = parse_stats(sample)
    assert (stats.network_rx, stats.network_tx) == (105, 11)
    assert (stats.block_read, stats.block_write) == (4097, 8192)
    recorded_stats = parse_stats(recorded[1])
    assert recorded_stats.network_rx is None  # the private engine runs containers without network


def test_stopped_container_sample_ends_the_stream(recorded):
    assert recorded[-1]["read"].startswith("0001-")
    assert parse_stats(recorded[-1]) is None


@pytest.mark.parametrize("size", [1, 2, 3, 5, 64, 10_000])
def test_chunked_decoder_any_chunking(size):
    body = frame(1, f"{TS1} a\n".encode()) + frame(2, b"x" * 300)
    encoded = b""
    for piece in (body[:10], body[10:11], body[11:]):
        encoded += f"{len(piece):x}\r\n".encode() + piece + b"\r\n"
    encoded += b"0\r\n\r\n"
    dec = ChunkedDecoder()
    out = b""
    for i in range(0, len(encoded), size):
        out += dec.feed(encoded[i:i + size])
    assert out == body and dec.done


def test_fast_multiplexed_path_matches_the_general_one():
    data = (frame(1, f"{TS1} one\n".encode()) + frame(2, f"{TS2} two\r\n".encode())
            + frame(1, f"{TS1} split ".encode()) + frame(1, f"{TS2} end\n".encode())
            + frame(1, b"no stamp\n") + frame(2, f"{TS2} é\n".encode()))
    tail = frame(1, b"incomplete")[:12]
    data += tail
    split = LineSplitter()
    buf = bytearray(data)
    lines, used = split.feed_multiplexed(buf)
    assert used == len(data) - len(tail)
    assert lines == [LogLine(STDOUT, TS1, "one"), LogLine(STDERR, TS2, "two"),
                     LogLine(STDOUT, TS1, "split end"), LogLine(STDOUT, TS1, "no stamp"),
                     LogLine(STDERR, TS2, "é")]
    assert split.last_timestamp == TS2


def test_latest_timestamp_is_not_just_the_last_line():
    from volgui.engine.streams.log_buffer import LogBuffer

    buf = LogBuffer()
    buf.extend([(1, "2026-11-29T03:00:00.5Z", "out"), (2, "2026-11-29T03:00:00.7Z", "err"),
                (1, "2026-11-29T03:00:00.6Z", "out later in the pipe, earlier in time")])
    assert buf.last_timestamp == "2026-11-29T03:00:00.6Z"
    assert buf.latest_timestamp() == "2026-11-29T03:00:00.7Z"
