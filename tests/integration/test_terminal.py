"""Terminal tabs against the private engine: typing, resizing, exit codes, no orphaned shells."""

from __future__ import annotations

import io
import tarfile

import pytest
from PySide6.QtCore import Qt
from pytestqt.exceptions import TimeoutError

from volgui.ui.features.terminal.tab import TerminalTab, wait_for_closing
from volgui.workers.session import EngineSession

pytestmark = pytest.mark.integration


@pytest.fixture
def session(qtbot, engine_host):
    s = EngineSession(host=engine_host)
    s.start()
    qtbot.waitUntil(lambda: s.state.connected, timeout=10000)
    yield s
    wait_for_closing()
    s.shutdown()


@pytest.fixture
def container(docker_api, test_image, prefix):
    c = docker_api.create_container(test_image, ["sleep", "3600"], name=f"{prefix}term",
                                    labels={"volgui.test": "1"})
    docker_api.start(c["Id"])
    return c["Id"]


def screen_text(tab: TerminalTab) -> str:
    return "\n".join(tab.view.terminal.screen.display)


def type_line(qtbot, tab: TerminalTab, text: str) -> None:
    qtbot.keyClicks(tab.view, text)
    qtbot.keyClick(tab.view, Qt.Key.Key_Return)


def open_tab(qtbot, session, container, **kwargs) -> TerminalTab:
    tab = TerminalTab(session, container, "term", **kwargs)
    qtbot.addWidget(tab)
    tab.resize(900, 500)
    tab.show()
    qtbot.waitUntil(lambda: tab.state == "running", timeout=10000)
    qtbot.waitUntil(lambda: "/ #" in screen_text(tab), timeout=10000)
    return tab


def close_tab(tab: TerminalTab) -> None:
    tab.close_session()
    wait_for_closing()


def processes(docker_api, container) -> str:
    ex = docker_api.exec_create(container, ["ps", "-o", "pid,stat,args"])
    return docker_api.exec_start(ex["Id"]).decode()


def test_typed_command_output_reaches_the_screen(qtbot, session, container):
    tab = open_tab(qtbot, session, container)
    assert tab.title == "term — sh"  # busybox has no bash
    type_line(qtbot, tab, "echo $((6*7))-answer")
    qtbot.waitUntil(lambda: "42-answer" in screen_text(tab), timeout=5000)
    # the PID mark was stripped from the stream and recorded
    assert tab.shell_pid
    assert "7777" not in screen_text(tab)
    close_tab(tab)


def test_resize_changes_stty_size(qtbot, session, container):
    tab = open_tab(qtbot, session, container)

    def stty_shows(expected: str) -> bool:
        type_line(qtbot, tab, "clear; stty size")
        try:
            qtbot.waitUntil(lambda: expected in screen_text(tab), timeout=5000)
            return True
        except TimeoutError:
            return False

    for width, height in ((900, 500), (760, 320)):
        tab.resize(width, height)
        qtbot.waitUntil(lambda w=width: tab.view.width() > 0 and tab.width() == w, timeout=3000)
        screen = tab.view.terminal.screen
        expected = f"{screen.lines} {screen.columns}"
        # the size goes to the engine a moment after the resize (debounced, on the worker): ask again
        # until the shell reports it, with room for a loaded machine
        assert any(stty_shows(expected) for _ in range(8)), (expected, tab.view.size(), screen_text(tab))
    close_tab(tab)


def test_exit_code_is_shown_with_reopen(qtbot, session, container):
    tab = open_tab(qtbot, session, container)
    type_line(qtbot, tab, "exit 7")
    qtbot.waitUntil(lambda: tab.state == "exited", timeout=5000)
    assert tab.exit_code == 7
    assert "exited with code 7" in tab.message.text()
    assert tab.reopen_button.isVisibleTo(tab)
    tab.reopen()
    qtbot.waitUntil(lambda: tab.state == "running", timeout=10000)
    close_tab(tab)


def test_closing_the_tab_leaves_no_shell(qtbot, session, container, docker_api):
    tab = open_tab(qtbot, session, container)
    second = open_tab(qtbot, session, container)
    type_line(qtbot, tab, "sleep 4321")  # a foreground job too
    qtbot.waitUntil(lambda: "sleep 4321" in processes(docker_api, container), timeout=5000)
    assert tab.shell_pid and second.shell_pid and tab.shell_pid != second.shell_pid
    close_tab(tab)
    close_tab(second)
    listing = processes(docker_api, container)
    lines = [line.split(None, 2) for line in listing.strip().splitlines()[1:]]
    # dead, unreaped children (Z: the container's PID 1 is `sleep`, which never reaps) do not count
    commands = [cmd for _pid, stat, cmd in lines if not cmd.startswith("ps ") and "Z" not in stat]
    assert commands == ["sleep 3600"], listing


def test_container_without_shell_gives_a_clear_message(qtbot, session, docker_api, prefix):
    from private_engine import _find_busybox

    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as tar, open(_find_busybox(), "rb") as fh:
        data = fh.read()
        info = tarfile.TarInfo("tools/busybox")  # a static binary, but no /bin/sh, bash or ash
        info.size, info.mode = len(data), 0o755
        tar.addfile(info, io.BytesIO(data))
    image = f"{prefix}noshell:latest"
    docker_api.import_image_from_data(buf.getvalue(), repository=f"{prefix}noshell", tag="latest")
    try:
        c = docker_api.create_container(image, ["/tools/busybox", "sleep", "3600"], name=f"{prefix}noshell",
                                        labels={"volgui.test": "1"})
        docker_api.start(c["Id"])
        tab = TerminalTab(session, c["Id"], "noshell")
        qtbot.addWidget(tab)
        tab.show()
        qtbot.waitUntil(lambda: tab.state == "failed", timeout=10000)
        assert "has no shell" in tab.message.text()
        assert "/bin/sh" in tab.message.text()
        tab.close_session()
    finally:
        docker_api.remove_container(c["Id"], force=True)
        docker_api.remove_image(image, force=True)


def test_alternate_screen_restores_the_main_screen(qtbot, session, container):
    tab = open_tab(qtbot, session, container)
    type_line(qtbot, tab, "echo main-$((1+1))-marker")
    qtbot.waitUntil(lambda: "main-2-marker" in screen_text(tab), timeout=5000)
    type_line(qtbot, tab, r"printf '\033[?1049h\033[2J\033[HALT-SCREEN-%s\n' on")
    qtbot.waitUntil(lambda: "ALT-SCREEN-on" in screen_text(tab), timeout=5000)
    assert tab.view.terminal.screen.alternate
    assert "main-2-marker" not in screen_text(tab)
    type_line(qtbot, tab, r"printf '\033[?1049l'")
    qtbot.waitUntil(lambda: not tab.view.terminal.screen.alternate, timeout=5000)
    qtbot.waitUntil(lambda: "main-2-marker" in screen_text(tab), timeout=5000)
    assert "ALT-SCREEN-on" not in screen_text(tab)
    close_tab(tab)


def test_stopped_container_is_reported(qtbot, session, container, docker_api):
    tab = open_tab(qtbot, session, container)
    docker_api.kill(container)
    qtbot.waitUntil(lambda: tab.state == "stopped", timeout=10000)
    assert "stopped" in tab.message.text()
    close_tab(tab)


def test_attach_to_main_process_and_detach_keeps_it_running(qtbot, session, docker_api, test_image, prefix):
    c = docker_api.create_container(test_image, ["sh"], name=f"{prefix}attach", tty=True, stdin_open=True,
                                    labels={"volgui.test": "1"})
    docker_api.start(c["Id"])
    tab = TerminalTab(session, c["Id"], "attach-me", attach=True)
    qtbot.addWidget(tab)
    tab.resize(800, 400)
    tab.show()
    qtbot.waitUntil(lambda: tab.state == "running", timeout=10000)
    assert tab.title == "attach-me — attach"
    type_line(qtbot, tab, "echo attached-$((2+3))")
    qtbot.waitUntil(lambda: "attached-5" in screen_text(tab), timeout=5000)
    close_tab(tab)
    assert docker_api.inspect_container(c["Id"])["State"]["Running"]


def test_attach_refuses_a_container_without_tty(qtbot, session, container):
    tab = TerminalTab(session, container, "term", attach=True)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitUntil(lambda: tab.state == "failed", timeout=10000)
    assert "-i -t" in tab.message.text()


def test_ctrl_c_stops_a_flood(qtbot, session, container):
    tab = open_tab(qtbot, session, container)
    type_line(qtbot, tab, "yes flood-line")
    qtbot.waitUntil(lambda: tab.view.terminal.screen.history_pushed > 5000, timeout=10000)
    qtbot.keyClick(tab.view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    type_line(qtbot, tab, "echo after-$((20+22))")
    qtbot.waitUntil(lambda: any("after-42" in row for row in tab.view.visible_text()), timeout=20000)
    close_tab(tab)
