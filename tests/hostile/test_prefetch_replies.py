"""The start-up prefetch against a fake engine on a unix socket that answers badly: every reply
that is not a good one (garbled, oversized, a bad status, never-ending, not HTTP at all) means
no prefetched snapshot and no exception; the normal load then follows (tests/gui/test_prefetch_window.py)."""

from __future__ import annotations

import json

import pytest
from fake_engine import HANG, TRICKLE, chunked, reply

from volgui.engine import prefetch


def test_a_good_fake_reply_gives_a_snapshot(fake_engine):
    """The fake itself works: what follows fails because of the replies, not of the fake."""
    engine = fake_engine({"/volumes": chunked(json.dumps({"Volumes": [
        {"Name": "v1", "Driver": "local", "Mountpoint": "/x", "Labels": None, "Scope": "local"}]}).encode())})
    result = prefetch.Prefetch(engine.path)
    snapshot = result.wait(10)
    assert result.error == ""
    assert snapshot is not None and [v.name for v in snapshot.volumes] == ["v1"]


CASES = {
    "garbled json": {"/containers/json": reply(b'[{"Id": "abc", "Names": ')},
    "json of the wrong shape": {"/containers/json": reply(b'{"message": "not a list"}')},
    "rows of the wrong shape": {"/volumes": reply(b'{"Volumes": [17, "x", null]}')},
    "a name that is not text": {"/volumes": reply(b'{"Volumes": [{"Name": {"deep": [1]}}]}')},
    "status 500": {"/volumes": reply(b'{"message": "boom"}', "500 Internal Server Error")},
    "not http": {"/images/json": (b"this is not HTTP at all\r\n\r\n",)},
    "closed mid-body": {"/containers/json": (b"HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n[1,2",)},
    "header flood": {"/volumes": b"HTTP/1.1 200 OK\r\n" + b"X-A: b\r\n" * 200
                                 + b"Content-Length: 2\r\n\r\n{}"},
    "endless header line": {"/volumes": b"HTTP/1.1 200 OK\r\nX-A: " + b"a" * 200_000 + b"\r\n\r\n"},
    "bad chunk size": {"/images/json": b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                                       b"zz\r\n[]\r\n0\r\n\r\n"},
    "never answers": {"/containers/json": HANG},
    "answers forever, slowly": {"/volumes": TRICKLE},
}


@pytest.mark.parametrize("label", list(CASES))
def test_a_bad_reply_means_no_prefetch_and_no_exception(fake_engine, label, hostile):
    hostile(f"prefetch: {label}")
    engine = fake_engine(CASES[label])
    result = prefetch.Prefetch(engine.path, timeout=1.5)
    assert result.wait(15) is None
    assert result.done and result.error


def test_an_oversized_reply_is_refused_at_the_limit(fake_engine, monkeypatch, hostile):
    hostile("prefetch: reply over the size limit")
    monkeypatch.setattr(prefetch, "MAX_REPLY_BYTES", 4096)
    body = json.dumps({"Volumes": [{"Name": f"v{i}", "Driver": "local"} for i in range(400)]}).encode()
    assert len(body) > 4096
    for wire in (reply(body), chunked(body)):
        engine = fake_engine({"/volumes": wire})
        result = prefetch.Prefetch(engine.path)
        assert result.wait(15) is None
        assert "too big" in result.error
    small = json.dumps({"Volumes": [{"Name": "v", "Driver": "local"}]}).encode()
    engine = fake_engine({"/volumes": reply(small)})
    assert prefetch.Prefetch(engine.path).wait(15) is not None  # under the limit: read


def test_a_callback_that_fails_in_the_prefetch_thread_does_not_escape(fake_engine):
    """E.g. the window closed before the answer: the thread ends quietly (a traceback escaping a
    thread would fail this test)."""
    engine = fake_engine({"/containers/json": HANG})
    result = prefetch.Prefetch(engine.path, timeout=0.5)
    seen = []

    def fails(p):
        seen.append(p)
        raise RuntimeError("the window is gone")

    result.when_done(fails)
    result.wait(10)
    result._thread.join(10)
    assert seen == [result]
