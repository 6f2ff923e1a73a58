"""The Logs and Stats tabs against the private engine."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget

from volgui.app import build_window
from volgui.workers.registry import live_threads

pytestmark = pytest.mark.integration

SCRIPT = ("for i in 1 2 3 4 5; do echo line-$i; done; echo oops-on-stderr >&2; "
          "printf '\\033[32mgreen\\033[0m done\\n'; "
          "while [ ! -f /tmp/go ]; do sleep 0.1; done; echo after-1; echo after-2; sleep 1000")


@pytest.fixture
def window(qtbot, engine_host):
    win = build_window(host=engine_host)
    qtbot.addWidget(win)
    win.resize(1200, 800)
    win.show()
    qtbot.waitUntil(lambda: win.session.state.connected, timeout=10000)
    yield win
    win.close()


@pytest.fixture
def talker(docker_api, test_image, prefix):
    c = docker_api.create_container(test_image, ["sh", "-c", SCRIPT], name=f"{prefix}talker",
                                    labels={"volgui.test": "1"})
    docker_api.start(c)
    return c["Id"]


def select(qtbot, window, cid, tab):
    feature = window.context.features.logs_feature
    window.bottom_tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: window.selection.select_container(cid) or
                    (feature.logs_view.container is not None and feature.logs_view.container.id == cid),
                    timeout=10000)
    qtbot.waitUntil(lambda: feature.logs_view.container is not None and feature.logs_view.container.id == cid,
                    timeout=10000)


def texts(view):
    return [view.text_view.buffer[i].text for i in range(view.text_view.line_count())]


def shown(view):
    return [view.text_view.line_text(i) for i in range(view.text_view.line_count())]


def test_tabs_are_installed_and_not_closable(window):
    tabs = window.bottom_tabs
    feature = window.context.features.logs_feature
    for view, title in ((feature.logs_view, "Logs"), (feature.stats_view, "Stats")):
        index = tabs.indexOf(view)
        assert index >= 0 and tabs.tabText(index) == title
        bar = tabs.tabBar()
        assert bar.tabButton(index, bar.ButtonPosition.RightSide) is None
        assert bar.tabButton(index, bar.ButtonPosition.LeftSide) is None


def test_logs_in_order_follow_stderr_search(qtbot, window, talker, docker_api):
    view = window.context.features.logs_feature.logs_view
    select(qtbot, window, talker, view)
    # stdout and stderr are two pipes: the engine keeps the order within each, not across them
    qtbot.waitUntil(lambda: "green done" in shown(view) and "oops-on-stderr" in texts(view), timeout=10000)
    lines = texts(view)
    assert [t for t in lines if t.startswith("line-")] == [f"line-{i}" for i in range(1, 6)]
    assert view.state == "following"
    assert "logs --follow --tail 1000 vgtest-talker" in view.status.text()
    # stderr is marked
    buf = view.text_view.buffer
    marked = [buf[i].text for i in range(len(buf)) if buf[i].is_stderr]
    assert marked == ["oops-on-stderr"]
    assert all(not buf[i].is_stderr for i in range(len(buf)) if buf[i].text.startswith("line-"))
    # ANSI: rendered from spans, stripped for copying
    green = shown(view).index("green done")
    assert lines[green] == "\x1b[32mgreen\x1b[0m done"  # rendered from spans, stripped for copying
    # new output follows live
    exec_id = docker_api.exec_create(talker, ["touch", "/tmp/go"])["Id"]
    docker_api.exec_start(exec_id)
    qtbot.waitUntil(lambda: texts(view)[-2:] == ["after-1", "after-2"], timeout=10000)
    # search finds a line and highlights it
    view.search_edit.setText("LINE-3")
    assert view.text_view.current_match == texts(view).index("line-3")
    assert view.match_label.text().startswith("Line")
    view.search_edit.setText("line-")  # typing on: the current match still matches
    assert view.text_view.current_match == texts(view).index("line-3")
    assert view.find_next() == texts(view).index("line-4")
    assert view.find_previous() == texts(view).index("line-3")
    view.search_edit.setText("no such thing")
    assert view.text_view.current_match == -1 and view.match_label.text() == "No match"
    # timestamps toggle
    view.timestamps_box.setChecked(True)
    first = texts(view).index("line-1")  # (stderr is another pipe: it may come first)
    assert view.text_view.line_text(first)[:2] == "20" and view.text_view.line_text(first).endswith(" line-1")
    view.timestamps_box.setChecked(False)
    # copy the selected lines (stderr may sit between two stdout lines: compare per stream)
    second = texts(view).index("line-2")
    view.text_view.select_lines(first, second)
    copied = view.copy().split("\n")
    assert copied == texts(view)[first:second + 1]
    assert [t for t in copied if t != "oops-on-stderr"] == ["line-1", "line-2"]


def test_save_and_since_choices(qtbot, window, talker, tmp_path):
    view = window.context.features.logs_feature.logs_view
    select(qtbot, window, talker, view)
    qtbot.waitUntil(lambda: "oops-on-stderr" in texts(view), timeout=10000)
    path = tmp_path / "talker.log"
    count = view.save_to(str(path))
    saved = path.read_text().splitlines()
    assert count == len(saved)
    assert [t for t in saved if t.startswith("line-")] == [f"line-{i}" for i in range(1, 6)]
    assert "green done" in saved  # colours stripped in the file
    view.since_box.setCurrentIndex(0)  # last 100 lines: reloads
    qtbot.waitUntil(lambda: view.state == "following" and "green done" in shown(view), timeout=10000)
    assert texts(view).count("line-1") == 1


def test_stream_ends_when_stopped_and_resumes_on_start(qtbot, window, talker, docker_api):
    view = window.context.features.logs_feature.logs_view
    select(qtbot, window, talker, view)
    qtbot.waitUntil(lambda: "oops-on-stderr" in texts(view), timeout=10000)
    docker_api.kill(talker)
    qtbot.waitUntil(lambda: view.state == "stopped", timeout=10000)
    assert not view.follower.active
    docker_api.start(talker)
    qtbot.waitUntil(lambda: texts(view).count("line-1") == 2 and view.state == "following", timeout=15000)
    assert texts(view).count("oops-on-stderr") == 2  # the old lines once, the new run's once


def test_hidden_tab_streams_nothing_and_resumes(qtbot, window, talker, docker_api):
    view = window.context.features.logs_feature.logs_view
    select(qtbot, window, talker, view)
    qtbot.waitUntil(lambda: "oops-on-stderr" in texts(view), timeout=10000)
    other = QWidget()
    window.bottom_tabs.addTab(other, "other")
    window.bottom_tabs.setCurrentWidget(other)
    assert not view.follower.active and view.state == "paused"
    assert not [t for t in live_threads() if t.objectName() in ("volgui-logs", "volgui-stats")]
    exec_id = docker_api.exec_create(talker, ["touch", "/tmp/go"])["Id"]
    docker_api.exec_start(exec_id)
    window.bottom_tabs.setCurrentWidget(view)
    qtbot.waitUntil(lambda: texts(view)[-2:] == ["after-1", "after-2"], timeout=10000)
    assert texts(view).count("line-1") == 1  # resumed after the last line, nothing repeated


def test_stats_live_then_stop(qtbot, window, docker_api, test_image, prefix):
    c = docker_api.create_container(test_image, ["sh", "-c", "while :; do :; done"], name=f"{prefix}busy",
                                    labels={"volgui.test": "1"})
    docker_api.start(c)
    cid = c["Id"]
    stats = window.context.features.logs_feature.stats_view
    select(qtbot, window, cid, stats)
    qtbot.waitUntil(lambda: len(stats.history(cid)) >= 2, timeout=15000)
    assert stats.state == "live"
    latest = stats.history(cid)[-1]
    assert latest.cpu_percent is not None and latest.cpu_percent > 0
    assert latest.memory_limit > 0 and latest.memory_used > 0
    assert "%" in stats.values["cpu"].text() and "/" in stats.values["memory"].text()
    assert len(stats.graphs["cpu"].values) >= 1
    # the containers view's column shows the same live figures
    model = window.container_model
    qtbot.waitUntil(lambda: "%" in model.index_of(cid, model.STATS).data(), timeout=10000)
    docker_api.kill(cid)
    qtbot.waitUntil(lambda: stats.state == "stopped" and not stats.follower.active, timeout=10000)
    assert not [t for t in live_threads() if t.objectName() == "volgui-stats"]


def test_no_stream_thread_after_the_tabs_close(qtbot, window, talker):
    feature = window.context.features.logs_feature
    select(qtbot, window, talker, feature.logs_view)
    qtbot.waitUntil(lambda: feature.logs_view.follower.active and feature.logs_view.state == "following",
                    timeout=10000)
    window.bottom_tabs.setCurrentWidget(feature.stats_view)
    qtbot.waitUntil(lambda: feature.stats_view.follower.active, timeout=10000)
    for view in (feature.logs_view, feature.stats_view):
        window.bottom_tabs.removeTab(window.bottom_tabs.indexOf(view))
        view.hide()
        view.deleteLater()
    qtbot.waitUntil(lambda: not [t for t in live_threads()
                                 if t.objectName() in ("volgui-logs", "volgui-stats")], timeout=3000)


@pytest.mark.slow
def test_logs_and_stats_resume_after_engine_restart(qtbot, restartable_engine, test_image, prefix):
    api = restartable_engine.api()
    restartable_engine.ensure_test_image()
    ticker = "i=0; while :; do i=$((i+1)); echo tick-$i; sleep 0.2; done"
    c = api.create_container(test_image, ["sh", "-c", ticker],
                             name=f"{prefix}ticker", labels={"volgui.test": "1"},
                             host_config=api.create_host_config(restart_policy={"Name": "always"}))
    api.start(c)
    cid = c["Id"]
    win = build_window(host=restartable_engine.host)
    qtbot.addWidget(win)
    win.show()
    try:
        qtbot.waitUntil(lambda: win.session.state.connected, timeout=10000)
        view = win.context.features.logs_feature.logs_view
        select(qtbot, win, cid, view)
        qtbot.waitUntil(lambda: view.state == "following" and len(texts(view)) >= 2, timeout=10000)
        api.close()
        restartable_engine.stop()
        qtbot.waitUntil(lambda: view.state in ("broken", "stopped"), timeout=15000)
        held = len(texts(view))
        restartable_engine.start()
        # the container restarts (restart policy) and counts from 1 again; the log resumes
        qtbot.waitUntil(lambda: view.state == "following" and texts(view).count("tick-1") == 2, timeout=30000)
        assert len(texts(view)) > held
        assert texts(view)[:held] == [f"tick-{i}" for i in range(1, held + 1)]
    finally:
        win.close()
