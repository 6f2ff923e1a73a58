"""A real container on the private engine prints the hostile corpus; the real Logs tab and a real
terminal tab show it. Each case: no exception escapes (pytest-qt fails the test on one raised in
a slot or a paint), no crash dialog, bounded memory, and the plain line after it is on screen."""

from __future__ import annotations

import io
import tarfile

import pytest
from hostile.corpus import CORPUS, MB, UNTERMINATED, PeakRss, tail
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from volgui.app import build_window
from volgui.ui.features.terminal.feature import open_terminal

pytestmark = pytest.mark.integration

CASES = CORPUS + UNTERMINATED
LOOP = ("for f in /h/*; do cat $f; echo; echo AFTER-${f#/h/}; done; "
        "touch /tmp/done; sleep 3600")
# The logs tab starts from the last lines (--tail): the corpus is printed only once the tab follows
# the container, or a loaded machine would start the stream after the first cases went by.
LOGS_LOOP = "echo READY; while [ ! -e /tmp/go ]; do sleep 0.1; done; " + LOOP


def payload_tar() -> bytes:
    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode="w") as tar:
        for i, (name, payload) in enumerate(CASES):
            data = payload + tail(name)
            info = tarfile.TarInfo(f"h/{i:03d}")
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return out.getvalue()


@pytest.fixture
def window(qtbot, engine_host):
    win = build_window(host=engine_host)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitUntil(lambda: win.session.state.connected, timeout=10000)
    yield win
    win.close()


def crash_dialogs() -> list:
    return [w for w in QApplication.topLevelWidgets() if w.objectName() == "crashDialog" and w.isVisible()]


def make_container(docker_api, test_image, prefix, name, command, tty=False) -> str:
    c = docker_api.create_container(test_image, command, name=f"{prefix}{name}", tty=tty,
                                    labels={"volgui.test": "1"})
    docker_api.put_archive(c["Id"], "/", payload_tar())
    return c["Id"]


def test_logs_tab_shows_the_line_after_every_hostile_case(qtbot, window, docker_api, test_image, prefix,
                                                          hostile):
    cid = make_container(docker_api, test_image, prefix, "hostile-logs", ["sh", "-c", LOGS_LOOP])
    feature = window.context.features.logs_feature
    view = feature.logs_view
    with PeakRss() as rss:
        docker_api.start(cid)
        window.bottom_tabs.setCurrentWidget(view)
        qtbot.waitUntil(lambda: window.selection.select_container(cid) or (
            view.container is not None and view.container.id == cid), timeout=10000)
        text = view.text_view
        expected = [f"AFTER-{i:03d}" for i in range(len(CASES))]

        def shown() -> list[str]:
            return [text.line_text(i) for i in range(text.line_count())]

        qtbot.waitUntil(lambda: "READY" in shown(), timeout=30000)  # the tab follows it now
        docker_api.exec_start(docker_api.exec_create(cid, ["touch", "/tmp/go"]))
        qtbot.waitUntil(lambda: expected[-1] in shown(), timeout=120000)
        lines = shown()
        for i, (name, _payload) in enumerate(CASES):
            hostile(f"logs tab: {name}")
            assert expected[i] in lines, name
            index = lines.index(expected[i])
            text.set_following(False)
            text.scroll_to_line(max(0, index - 3))
            for scroll in (0, 5000, 70000):  # paint the case's lines, scrolled right too
                text.horizontalScrollBar().setValue(scroll)
                assert not text.grab().isNull()
            rss.sample()
            assert not crash_dialogs(), name
    assert text.paint_errors == 0
    total = sum(len(p) + len(tail(n)) for n, p in CASES)
    assert rss.growth < 100 * MB, f"{rss.growth / MB:.0f} MB for {total / MB:.0f} MB of output"


def test_terminal_tab_shows_the_line_after_every_hostile_case(qtbot, window, docker_api, test_image, prefix,
                                                              hostile):
    cid = make_container(docker_api, test_image, prefix, "hostile-term", ["sleep", "3600"])
    docker_api.start(cid)
    tab = open_terminal(window.context, cid, name="hostile")
    qtbot.waitUntil(lambda: tab.state == "running", timeout=10000)
    view = tab.view
    qtbot.waitUntil(lambda: any(line.rstrip().endswith(("#", "$")) for line in view.visible_text()),
                    timeout=10000)
    view.setFocus()
    with PeakRss() as rss:
        for i, (name, _payload) in enumerate(CASES):
            hostile(f"terminal tab: {name}")
            qtbot.keyClicks(view, f"cat /h/{i:03d}; echo DONE-$((1000+{i}))")
            qtbot.keyClick(view, Qt.Key.Key_Return)
            mark = f"DONE-{1000 + i}"
            qtbot.waitUntil(lambda mark=mark: mark in [line.strip() for line in view.visible_text()],
                            timeout=60000)
            qtbot.keyClicks(view, "clear")  # a clean screen for the next case's mark
            qtbot.keyClick(view, Qt.Key.Key_Return)
            rss.sample()
            assert not crash_dialogs(), name
            assert view.paint_errors == 0, name
    assert view.terminal.errors == 0
    total = sum(len(p) + len(tail(n)) for n, p in CASES)
    assert rss.growth < 100 * MB, f"{rss.growth / MB:.0f} MB for {total / MB:.0f} MB of output"
