"""volgui by keyboard alone: every pane is reached with Ctrl+1…9 and F6, context menus open with
Shift+F10, and a whole journey — create a volume, run a container with it, open its terminal,
mount a second volume, back it up — is done without a single mouse event: keys go only to the
focused widget (``QApplication.focusWidget()``), as a keyboard would send them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu

from volgui.terminal.widget import TerminalWidget
from volgui.ui.features.volume_data.transfer_dialogs import ExportDialog

pytestmark = pytest.mark.integration

WAIT = 20000
NO = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier
MOUSE_EVENTS = {QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonDblClick,
                QEvent.Type.Wheel}


class MouseWatch(QObject):
    """Counts every mouse event the application delivers (there must be none)."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: list[str] = []

    def eventFilter(self, obj, event) -> bool:
        if event.type() in MOUSE_EVENTS:
            self.seen.append(f"{event.type().name} on {type(obj).__name__}")
        return False


@pytest.fixture
def no_mouse():
    watch = MouseWatch()
    QApplication.instance().installEventFilter(watch)
    yield watch
    QApplication.instance().removeEventFilter(watch)
    assert watch.seen == [], "mouse events: " + ", ".join(watch.seen[:10])


def focused():
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(key, mods=NO) -> None:
    QTest.keyClick(focused(), key, mods)


def type_text(text: str) -> None:
    QTest.keyClicks(focused(), text)


def tab_to(target, limit: int = 40) -> None:
    """Tab until ``target`` has the focus (fails if Tab never reaches it)."""
    for _ in range(limit):
        if focused() is target:
            return
        press(Qt.Key.Key_Tab)
    assert focused() is target, f"Tab never reached {target!r} (stuck at {focused()!r})"


def inside(widget) -> bool:
    focus = QApplication.focusWidget()
    return focus is not None and (focus is widget or widget.isAncestorOf(focus))


def focus_in(qtbot, widget) -> None:
    qtbot.waitUntil(lambda: inside(widget), timeout=WAIT)


def dialog_closed(qtbot, window) -> None:
    """A closed dialog gives the activation back to its window: the window manager's part, which
    the offscreen platform does not play."""
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow() and QApplication.focusWidget() is not None, timeout=WAIT)


def reader_text(widget) -> str:
    text = QAccessible.queryAccessibleInterface(widget).textInterface()
    return text.text(0, text.characterCount())


@pytest.fixture
def shown(qtbot, window):
    window.resize(1280, 800)
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow(), timeout=WAIT)
    return window


@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")  # the offscreen popup menu
def test_panes_and_context_menus_by_keyboard(qtbot, shown, docker_api, test_image, prefix, no_mouse):
    window = shown
    cid = docker_api.create_container(test_image, ["sleep", "3600"], name=f"{prefix}keys",
                                      labels={"volgui.test": "1"})["Id"]
    docker_api.start(cid)
    qtbot.waitUntil(lambda: window.container_model.row_of(cid) >= 0, timeout=WAIT)
    window.containers_view.tree.setFocus()
    focus_in(qtbot, window.containers_view.tree)
    press(Qt.Key.Key_2, CTRL)
    assert focused() is window.volumes_view.tree and window.object_tabs.currentWidget() is window.volumes_view
    press(Qt.Key.Key_3, CTRL)
    assert focused() is window.images_view.tree
    press(Qt.Key.Key_1, CTRL)
    assert focused() is window.containers_view.tree
    press(Qt.Key.Key_F6)  # next pane: the object tabs' view shown
    assert focused() is window.images_view.tree
    press(Qt.Key.Key_F6, SHIFT)
    assert focused() is window.containers_view.tree

    # Shift+F10: the context menu of the current row, as a right click would open it
    press(Qt.Key.Key_Home)  # the first row is current; Space selects it
    press(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: bool(window.selection.selected_containers()), timeout=WAIT)
    seen: list[list[str]] = []

    def close_menu() -> None:
        menu = QApplication.activePopupWidget()
        if isinstance(menu, QMenu):
            seen.append([a.text() for a in menu.actions() if a.isVisible()])
            QTest.keyClick(menu, Qt.Key.Key_Escape)
        else:
            QTimer.singleShot(20, close_menu)

    QTimer.singleShot(0, close_menu)
    press(Qt.Key.Key_F10, SHIFT)
    qtbot.waitUntil(lambda: bool(seen), timeout=WAIT)
    assert "&Mount a volume…" in seen[0]
    window.activateWindow()  # a window manager's part once the menu closed (offscreen has none)
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT)
    window.containers_view.tree.setFocus()
    QTimer.singleShot(0, close_menu)
    press(Qt.Key.Key_Menu)  # the keyboard's menu key: the same menu
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=WAIT)
    assert seen[1] == seen[0]

    # the terminal keeps Tab and Ctrl-letters, but lets the pane keys through
    window.activateWindow()  # a window manager's part once the menu closed (offscreen has none)
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT)
    window.context.features.terminal_feature.open(cid, None)
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), TerminalWidget), timeout=WAIT)
    terminal = focused()
    press(Qt.Key.Key_Tab)
    assert focused() is terminal
    press(Qt.Key.Key_F6)
    assert focused() is not terminal
    panes = window.context.features.panes
    n = next(i for i, (page, _tabs) in enumerate(panes.bottom_panes()) if page.isAncestorOf(terminal))
    press(Qt.Key(Qt.Key.Key_1.value + n), ALT)  # Alt+n: the n-th bottom tab
    assert focused() is terminal
    press(Qt.Key.Key_1, ALT)  # the first bottom tab, from inside the terminal
    assert window.bottom_tabs.currentIndex() == 0 and inside(window.bottom_tabs.currentWidget())


def test_a_journey_without_the_mouse(qtbot, shown, test_image, prefix, tmp_path, no_mouse):
    window = shown
    actions = window.context.features.actions_controller
    mounting = window.context.features.mounting
    window.containers_view.tree.setFocus()
    focus_in(qtbot, window.containers_view.tree)

    # create two volumes: Ctrl+N, a name, Enter
    for name in (f"{prefix}data", f"{prefix}more"):
        press(Qt.Key.Key_N, CTRL)
        qtbot.waitUntil(lambda: actions.dialog is not None and actions.dialog.isVisible(), timeout=WAIT)
        focus_in(qtbot, actions.dialog)
        type_text(name)
        press(Qt.Key.Key_Return)
        qtbot.waitUntil(lambda n=name: window.volume_model.row_of(n) >= 0, timeout=WAIT)
        dialog_closed(qtbot, window)

    # run a container with the first: Ctrl+Shift+N, the image, a command, Add volume, Run
    press(Qt.Key.Key_1, CTRL)
    press(Qt.Key.Key_N, CTRL | SHIFT)
    qtbot.waitUntil(lambda: mounting.dialog is not None and mounting.dialog.isVisible(), timeout=WAIT)
    run = mounting.dialog
    focus_in(qtbot, run.image)
    press(Qt.Key.Key_A, CTRL)
    type_text(test_image)
    tab_to(run.name)
    type_text(f"{prefix}web")
    tab_to(run.command)
    type_text("sleep 3600")
    tab_to(run.add_volume)
    press(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: len(run.rows) == 1, timeout=WAIT)
    focus_in(qtbot, run.rows[0].source)
    type_text(f"{prefix}data")
    tab_to(run.ok_button)
    with qtbot.waitSignal(run.container_started, timeout=WAIT) as started:
        press(Qt.Key.Key_Space)
    cid = started.args[0]
    qtbot.waitUntil(lambda: [c.id for c in window.selection.selected_containers()] == [cid], timeout=WAIT)

    # its terminal: Ctrl+Shift+T, then type into it
    dialog_closed(qtbot, window)
    press(Qt.Key.Key_1, CTRL)
    focus_in(qtbot, window.containers_view.tree)
    press(Qt.Key.Key_T, CTRL | SHIFT)
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), TerminalWidget), timeout=WAIT)
    terminal = focused()
    qtbot.waitUntil(lambda: bool(reader_text(terminal).strip()), timeout=WAIT)  # the prompt
    type_text("ls -d /data && echo typed-$((6*7))")
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "typed-42" in reader_text(terminal), timeout=WAIT)

    # mount the second volume: back to the list (the terminal lets Ctrl+1 through), Ctrl+Shift+M
    press(Qt.Key.Key_1, CTRL)
    focus_in(qtbot, window.containers_view.tree)
    press(Qt.Key.Key_M, CTRL | SHIFT)
    qtbot.waitUntil(lambda: mounting.dialog is not None and mounting.dialog.isVisible(), timeout=WAIT)
    mount = mounting.dialog
    focus_in(qtbot, mount)
    tab_to(mount.volume_combo)
    press(Qt.Key.Key_A, CTRL)
    type_text(f"{prefix}more")
    tab_to(mount.path_edit)
    press(Qt.Key.Key_A, CTRL)
    type_text("/more")
    qtbot.waitUntil(mount.ok_button.isEnabled, timeout=WAIT)
    tab_to(mount.ok_button)
    with qtbot.waitSignal(mount.recreated, timeout=WAIT):
        press(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: any(m.name == f"{prefix}more" for c in window.container_model.objects()
                                if c.name == f"{prefix}web" for m in c.mounts), timeout=WAIT)

    # back up the first volume: Ctrl+2, filter to it, Space selects it in the list, Ctrl+Shift+B
    dialog_closed(qtbot, window)
    press(Qt.Key.Key_2, CTRL)
    focus_in(qtbot, window.volumes_view.tree)
    press(Qt.Key.Key_F, CTRL)
    assert focused() is window.volumes_view.filter_edit
    type_text(f"{prefix}data")
    tab_to(window.volumes_view.tree)
    press(Qt.Key.Key_Home)
    press(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: [v.name for v in window.selection.selected_volumes()] == [f"{prefix}data"],
                    timeout=WAIT)
    press(Qt.Key.Key_B, CTRL | SHIFT)
    feature = window.context.features.volume_data
    qtbot.waitUntil(lambda: any(isinstance(d, ExportDialog) and d.isVisible() for d in feature.dialogs),
                    timeout=WAIT)
    export = next(d for d in feature.dialogs if isinstance(d, ExportDialog))
    focus_in(qtbot, export)
    tab_to(export.path_edit)
    press(Qt.Key.Key_A, CTRL)
    archive = tmp_path / "data.tar"
    type_text(str(archive))
    tab_to(export.start_button)
    with qtbot.waitSignal(export.finished_job, timeout=60000) as done:
        press(Qt.Key.Key_Space)
    assert not isinstance(done.args[0], Exception), done.args[0]
    assert archive.exists() and archive.stat().st_size > 0
