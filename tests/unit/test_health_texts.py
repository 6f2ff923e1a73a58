"""The words for an engine's health: the time it stopped answering, a heartbeat's round trip."""

from datetime import UTC, datetime

from volgui.engine.present.display import clock_time, latency_text, not_answering_text
from volgui.workers.session import SessionState


def test_clock_time_and_latency():
    when = datetime(2026, 12, 3, 14, 3, 12, tzinfo=UTC)
    assert clock_time(when) == when.astimezone().strftime("%H:%M:%S")
    assert clock_time(None) == "—"
    assert latency_text(0.0404) == "40 ms"
    assert latency_text(1.42) == "1.4 s"
    assert latency_text(None) == "—"


def test_not_answering_message_says_since_when():
    when = datetime(2026, 12, 3, 14, 3, 12, tzinfo=UTC)
    text = not_answering_text("unix:///run/docker.sock", when)
    assert f"has not answered since {clock_time(when)}" in text
    assert "unix:///run/docker.sock" in text


def test_state_words():
    assert SessionState("connected").health == "connected"
    assert SessionState("connected", slow=True).health == "slow"
    assert SessionState("not_answering").health == "not answering"
    assert not SessionState("not_answering").connected
    assert SessionState("disconnected").health == "disconnected"
