"""Each seed lesson as a person takes it: real clicks on the Learn tab, the lesson's own buttons,
and the person's own hands where a step asks for them (Ctrl+N with a typed name, a terminal).

Each step must say it is done; the lesson's clean-up, confirmed with a click, must leave nothing
named ``learn-…`` on the engine.
"""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from volgui.engine.lessons import LESSON_PREFIX, LESSONS
from volgui.ui.dialogs.create_volume import CreateVolumeDialog

pytestmark = pytest.mark.integration
WAIT = 30000
LEFT, NONE = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
DONE = "✔ Done — the engine shows it."


def learn_objects(api) -> tuple[list[str], list[str]]:
    containers = [n.lstrip("/") for c in api.containers(all=True) for n in c.get("Names") or []
                  if n.lstrip("/").startswith(LESSON_PREFIX)]
    volumes = [v["Name"] for v in api.volumes()["Volumes"] or [] if v["Name"].startswith(LESSON_PREFIX)]
    return containers, volumes


@pytest.fixture
def no_lesson_leftovers(docker_api):
    """Nothing named learn-… before the test, and nothing after it, whatever happened."""
    def sweep() -> None:
        for c in docker_api.containers(all=True):
            if any(n.lstrip("/").startswith(LESSON_PREFIX) for n in c.get("Names") or []):
                docker_api.remove_container(c["Id"], force=True)
        for name in learn_objects(docker_api)[1]:
            docker_api.remove_volume(name, force=True)

    sweep()
    yield
    sweep()


def click(widget) -> None:
    assert widget.isVisible() and widget.isEnabled(), widget
    QTest.mouseClick(widget, LEFT)


def click_yes(qtbot, box: QMessageBox) -> str:
    qtbot.waitExposed(box)
    text = box.text()
    QTest.mouseClick(box.button(QMessageBox.StandardButton.Yes), LEFT)
    return text


def click_row(qtbot, view, key) -> None:
    index = lambda: view.proxy.mapFromSource(view.model.index_of(key))  # noqa: E731
    qtbot.waitUntil(lambda: index().isValid(), timeout=WAIT)
    view.tree.scrollTo(index())
    QTest.mouseClick(view.tree.viewport(), LEFT, NONE, view.tree.visualRect(index()).center())


def container_id(api, name: str) -> str:
    return api.containers(all=True, filters={"name": f"^/{name}$"})[0]["Id"]


def open_from_help_menu(qtbot, window) -> None:
    """Help ▸ Lessons, clicked in the menu bar and then in the menu."""
    ctx = window.context
    menu = ctx.features.help_menu
    bar = window.menuBar()
    QTest.mouseClick(bar, LEFT, NONE, bar.actionGeometry(menu.menuAction()).center())
    qtbot.waitUntil(menu.isVisible, timeout=5000)
    lessons = next(a for a in menu.actions() if a.objectName() == "lessonsAction")
    QTest.mouseClick(menu, LEFT, NONE, menu.actionGeometry(lessons).center())
    qtbot.waitUntil(lambda: not menu.isVisible(), timeout=5000)


def open_lesson(qtbot, window, lesson_id: str, from_menu: bool):
    """The Learn tab (by Help ▸ Lessons or a click on its tab), the lesson chosen with the keyboard,
    Start, consent."""
    ctx = window.context
    panel = ctx.features.learn_panel
    ctx.side_tabs.setCurrentIndex(0)  # another tab in front, as after starting
    assert ctx.side_tabs.currentWidget() is not panel
    if from_menu:
        open_from_help_menu(qtbot, window)
    else:
        bar = ctx.side_tabs.tabBar()
        QTest.mouseClick(bar, LEFT, NONE, bar.tabRect(ctx.side_tabs.indexOf(panel)).center())
    assert ctx.side_tabs.currentWidget() is panel
    chooser = panel.chooser
    chooser.setFocus()
    QTest.keyClick(chooser, Qt.Key.Key_Home)
    for _ in range([item.id for item in LESSONS].index(lesson_id)):
        QTest.keyClick(chooser, Qt.Key.Key_Down)
    assert chooser.currentIndex() == [item.id for item in LESSONS].index(lesson_id)
    click(panel.start_button)
    qtbot.waitUntil(lambda: getattr(panel, "_consent_box", None) is not None
                    and panel._consent_box.isVisible(), timeout=5000)
    click_yes(qtbot, panel._consent_box)
    qtbot.waitUntil(lambda: panel.image != "" and panel.lesson is not None, timeout=WAIT)
    return panel


# -- what a person does where a step asks them --------------------------------------------------

def make_volume_with_ctrl_n(qtbot, window, docker_api, name: str) -> None:
    # clean-up takes hand-made learn-… objects from the second after the lesson began (so nothing
    # made just before it is taken); a person reading the step is never quicker than that
    panel = window.context.features.learn_panel
    qtbot.waitUntil(lambda: int(time.time()) > int(panel.started), timeout=5000)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    QTest.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    ctl = window.context.features.actions_controller
    qtbot.waitUntil(lambda: isinstance(ctl.dialog, CreateVolumeDialog) and ctl.dialog.isVisible(),
                    timeout=5000)
    QTest.keyClicks(ctl.dialog.focusWidget(), name)
    click(ctl.dialog.ok_button)
    qtbot.waitUntil(lambda: window.volume_model.row_of(name) >= 0, timeout=WAIT)


def type_in_terminal(qtbot, window, docker_api, container: str, line: str) -> None:
    ctx = window.context
    click_row(qtbot, ctx.containers_view, container_id(docker_api, container))
    terminal = ctx.features.terminal_feature
    opened = len(terminal.tabs)
    qtbot.waitUntil(terminal.open_action.isEnabled, timeout=WAIT)
    click(ctx.toolbar.widgetForAction(terminal.open_action))
    qtbot.waitUntil(lambda: len(terminal.tabs) > opened and terminal.tabs[-1].state == "running",
                    timeout=WAIT)
    tab = terminal.tabs[-1]
    tab.view.setFocus()
    QTest.keyClicks(tab.view, line + "; echo typed-$((40+2))")
    QTest.keyClick(tab.view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: any(r.rstrip() == "typed-42" for r in tab.view.visible_text()), timeout=WAIT)


def inspect_both(qtbot, window, _api, names=("learn-web-content", "learn-web-logs")) -> None:
    ctx = window.context
    panel = ctx.features.inspect_panel
    for name in names:
        click_row(qtbot, ctx.volumes_view, name)
        qtbot.waitUntil(lambda n=name: panel.kind == "volume" and panel.key == n and panel.state == "shown",
                        timeout=WAIT)


def stop_from_toolbar(qtbot, window, api, name: str = "learn-keeper") -> None:
    ctx = window.context
    click_row(qtbot, ctx.containers_view, container_id(api, name))
    stop = ctx.features.actions_controller.container_actions["stop"]
    qtbot.waitUntil(stop.isEnabled, timeout=WAIT)
    click(ctx.toolbar.widgetForAction(stop))


# (lesson id, step index) -> what the person does instead of "Do it for me"
BY_HAND = {
    ("volumes", 0): lambda qtbot, w, api: make_volume_with_ctrl_n(qtbot, w, api, "learn-data"),
    ("write-layer", 1): lambda qtbot, w, api: type_in_terminal(qtbot, w, api, "learn-scratch",
                                                               "echo hello > /note.txt"),
    ("volumes", 2): lambda qtbot, w, api: type_in_terminal(qtbot, w, api, "learn-writer",
                                                           "echo kept > /data/hello.txt"),
    ("two-volumes", 2): inspect_both,
    ("stop-remove", 1): stop_from_toolbar,
}


# popup menus on the offscreen platform: chatter about raising and grabbing, not a volgui problem
@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")
@pytest.mark.parametrize("lesson", LESSONS, ids=[lesson.id for lesson in LESSONS])
def test_lesson_journey(qtbot, window, docker_api, no_lesson_leftovers, lesson):
    assert (window.width(), window.height()) == (1280, 800)
    from_menu = LESSONS.index(lesson) % 2 == 0  # half by Help ▸ Lessons, half by the Learn tab
    panel = open_lesson(qtbot, window, lesson.id, from_menu)
    for index, step in enumerate(lesson.steps):
        qtbot.waitUntil(lambda i=index: panel.step_index == i, timeout=5000)
        assert panel.title.text() == step.title
        assert panel.progress.text().endswith(f"step {index + 1} of {len(lesson.steps)}")
        by_hand = BY_HAND.get((lesson.id, index))
        if by_hand is not None:
            by_hand(qtbot, window, docker_api)
            # the lesson notices what the person did (engine events), or on its own button's check
            if index not in panel.done_steps and by_hand is inspect_both:
                qtbot.waitUntil(panel.do_button.isEnabled, timeout=WAIT)
                click(panel.do_button)
        else:
            qtbot.waitUntil(panel.do_button.isEnabled, timeout=WAIT)
            click(panel.do_button)
        qtbot.waitUntil(lambda i=index: i in panel.done_steps, timeout=WAIT)
        assert panel.status.text().startswith(DONE)
        if index + 1 < len(lesson.steps):
            click(panel.next_button)
    assert "Lesson complete" in panel.status.text()

    click(panel.cleanup_button)
    qtbot.waitUntil(lambda: panel._plan is not None, timeout=WAIT)
    listed = click_yes(qtbot, panel._cleanup_box)
    assert "learn-" in listed
    qtbot.waitUntil(lambda: panel.lesson is None, timeout=WAIT)
    assert learn_objects(docker_api) == ([], [])


def test_a_step_typed_in_an_open_terminal_is_noticed(qtbot, window, docker_api, no_lesson_leftovers):
    """No engine event follows a command typed in a terminal that is already open: the lesson
    must still see the step done (before, it waited for an event that never came)."""
    panel = open_lesson(qtbot, window, "write-layer", from_menu=False)
    qtbot.waitUntil(panel.do_button.isEnabled, timeout=WAIT)
    click(panel.do_button)
    qtbot.waitUntil(lambda: 0 in panel.done_steps, timeout=WAIT)
    click(panel.next_button)
    ctx = window.context
    click_row(qtbot, ctx.containers_view, container_id(docker_api, "learn-scratch"))
    terminal = ctx.features.terminal_feature
    qtbot.waitUntil(terminal.open_action.isEnabled, timeout=WAIT)
    click(ctx.toolbar.widgetForAction(terminal.open_action))
    qtbot.waitUntil(lambda: bool(terminal.tabs) and terminal.tabs[-1].state == "running", timeout=WAIT)
    # the checks the terminal's own engine events started are over; the step is not done yet
    qtbot.waitUntil(lambda: not panel._check_timer.isActive() and (
        panel._check_request.current is None or panel._check_request.current.done), timeout=WAIT)
    assert 1 not in panel.done_steps
    tab = terminal.tabs[-1]
    tab.view.setFocus()
    QTest.keyClicks(tab.view, "echo hello > /note.txt")
    QTest.keyClick(tab.view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: 1 in panel.done_steps, timeout=WAIT)
    assert panel.status.text().startswith(DONE)
    click(panel.cleanup_button)
    qtbot.waitUntil(lambda: panel._plan is not None, timeout=WAIT)
    click_yes(qtbot, panel._cleanup_box)
    qtbot.waitUntil(lambda: panel.lesson is None, timeout=WAIT)
    assert learn_objects(docker_api) == ([], [])
