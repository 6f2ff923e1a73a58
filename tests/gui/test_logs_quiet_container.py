"""Logs keep following a container that stays quiet longer than the client's socket timeout."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from volgui.engine import Engine
from volgui.engine.connection import ConnectionSpec
from volgui.engine.streams.log_lines import LogLine
from volgui.engine.streams.logs import LogOptions, LogStream

pytestmark = pytest.mark.integration

QUIET_S = 30


@pytest.fixture
def quiet(docker_api, test_image, prefix):
    """Says hello, stays silent for QUIET_S seconds (a web server at night), then speaks again."""
    c = docker_api.create_container(
        test_image, ["sh", "-c", f"echo hello; sleep {QUIET_S}; echo after-the-quiet; sleep 1000"],
        name=f"{prefix}quiet", labels={"volgui.test": "1"}, host_config={"NetworkMode": "none"})
    docker_api.start(c)
    return c["Id"]


def test_follow_stream_outlives_the_client_timeout(engine_host, docker_api, test_image, prefix):
    """The engine layer alone: a client with a 1 s timeout follows a container silent for 3 s."""
    c = docker_api.create_container(test_image, ["sh", "-c", "echo a; sleep 3; echo b; sleep 1000"],
                                    name=f"{prefix}hush", labels={"volgui.test": "1"})
    docker_api.start(c)
    engine = Engine.connect(ConnectionSpec(engine_host, "test"), timeout=1)
    stream = LogStream(engine, c["Id"], LogOptions(tail=None))
    try:
        seen = []
        for batch in stream.batches():
            seen += [LogLine._make(line).text for line in batch]
            if "b" in seen:
                break
        assert seen == ["a", "b"]
    finally:
        stream.close()
        engine.close()


def test_logs_tab_shows_a_line_after_30_quiet_seconds(qtbot, window, quiet):
    ctx = window.context
    view = ctx.features.logs_feature.logs_view
    cview = ctx.containers_view
    window.bottom_tabs.setCurrentWidget(view)
    index = lambda: cview.proxy.mapFromSource(cview.model.index_of(quiet))  # noqa: E731
    qtbot.waitUntil(lambda: index().isValid(), timeout=10000)
    QTest.mouseClick(cview.tree.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     cview.tree.visualRect(index()).center())
    texts = lambda: [view.text_view.buffer[i].text for i in range(view.text_view.line_count())]  # noqa: E731
    qtbot.waitUntil(lambda: "hello" in texts(), timeout=10000)
    assert view.state == "following"
    qtbot.waitUntil(lambda: "after-the-quiet" in texts(), timeout=(QUIET_S + 30) * 1000)
    assert view.state == "following"
    assert "stopped" not in view.status.text() and "broke" not in view.status.text()
    assert texts() == ["hello", "after-the-quiet"]
