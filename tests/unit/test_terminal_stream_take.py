"""The terminal stream hands its output to the GUI in bounded pieces, oldest first, losing nothing."""

from volgui.engine.connection import ConnectionSpec
from volgui.workers.terminal import TerminalStream


def make_stream() -> TerminalStream:
    return TerminalStream(ConnectionSpec(host="unix:///nonexistent.sock", source="test"), "c0ffee")


def test_take_with_a_limit_returns_whole_reads_in_order_and_keeps_the_rest() -> None:
    stream = make_stream()
    for part in (b"a" * 100, b"b" * 100, b"c" * 100):
        stream._push(part)
    first = stream.take(150)
    assert first == b"a" * 100  # a read is never split; the second would pass the limit
    assert stream.take(250) == b"b" * 100 + b"c" * 100
    assert stream.take(250) == b""


def test_take_gives_at_least_one_read_even_when_it_is_larger_than_the_limit() -> None:
    stream = make_stream()
    stream._push(b"x" * 1000)
    stream._push(b"y")
    assert stream.take(10) == b"x" * 1000
    assert stream.take() == b"y"
    assert stream._pending_bytes == 0
