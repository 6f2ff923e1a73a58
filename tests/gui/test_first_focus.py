"""A new dialog takes what a person types: each opens as a person opens it (shortcut, toolbar,
menu, button), the keys go to whatever has the focus, and they land in the dialog's first field.
The command view's Copy button never has the first focus, and Tab follows the visual order."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QLineEdit, QPushButton

from volgui.ui.dialogs.focus import focus_chain

pytestmark = pytest.mark.integration


@pytest.fixture
def vol(docker_api, prefix):
    name = f"{prefix}focusvol"
    docker_api.create_volume(name, labels={"volgui.test": "1"})
    return name


@pytest.fixture
def box(docker_api, test_image, prefix):
    c = docker_api.create_container(test_image, ["sleep", "1000"], name=f"{prefix}focusbox",
                                    labels={"volgui.test": "1"})
    return c["Id"]


def typed_into(qtbot, dialog: QDialog, text: str):
    """Type as a person does: into whatever the dialog gave the focus. Returns that widget."""
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    target = dialog.focusWidget()
    assert target is not None, f"{dialog.windowTitle()}: nothing has the focus"
    QTest.keyClicks(target, text)
    return target


def no_copy_focus(dialog: QDialog) -> None:
    focused = dialog.focusWidget()
    assert not (isinstance(focused, QPushButton) and focused.text().replace("&", "") == "Copy")


def visual_order_ok(dialog: QDialog) -> None:
    """Pressing Tab from the first field visits the widgets in the layout's order."""
    chain = [w for w in focus_chain(dialog) if w.isVisible() and w.isEnabled()]
    assert chain, dialog.windowTitle()
    w = chain[0]
    visited = [w]
    for _ in range(len(chain) - 1):
        w = w.nextInFocusChain()
        while w not in chain and w is not chain[0]:
            w = w.nextInFocusChain()
        visited.append(w)
    assert visited == chain, dialog.windowTitle()


def close(dialog: QDialog) -> None:
    dialog.done(QDialog.DialogCode.Rejected)


def test_create_volume_from_its_shortcut_takes_the_name(qtbot, window):
    QTest.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    actions = window.context.features.actions_controller
    qtbot.waitUntil(lambda: actions.dialog is not None, timeout=5000)
    dialog = actions.dialog
    target = typed_into(qtbot, dialog, "my_wall")
    assert target is dialog.name_edit
    assert dialog.name_edit.text() == "my_wall"
    assert "docker volume create my_wall" in dialog.command_box.text()
    visual_order_ok(dialog)
    close(dialog)


def test_run_dialog_from_its_shortcut_takes_the_image(qtbot, window, test_image):
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    QTest.keyClick(window, Qt.Key.Key_N, ctrl_shift)
    mounting = window.context.features.mounting
    qtbot.waitUntil(lambda: mounting.dialog is not None, timeout=5000)
    dialog = mounting.dialog
    no_copy_focus(dialog)
    target = typed_into(qtbot, dialog, "x")
    assert target in (dialog.image, dialog.image.lineEdit())
    assert dialog.image.currentText().endswith("x")
    visual_order_ok(dialog)
    close(dialog)


def test_volume_dialogs_from_the_toolbar_take_the_first_field(qtbot, window, vol):
    qtbot.waitUntil(lambda: window.selection.select_volume(vol) or bool(window.selection.selected_volumes()),
                    timeout=10000)
    feature = window.context.features.volume_data
    for action in (feature.clone_action, feature.restore_action, feature.backup_action):
        action.trigger()
        dialog = feature.dialogs[-1]
        no_copy_focus(dialog)
        qtbot.waitUntil(dialog.isVisible, timeout=5000)
        focused = dialog.focusWidget()
        assert isinstance(focused, (QLineEdit, QComboBox)), (dialog.windowTitle(), focused)
        edit = focused if isinstance(focused, QLineEdit) else focused.lineEdit()
        before = edit.text()
        typed_into(qtbot, dialog, "zz")
        assert edit.text() != before and "zz" in edit.text(), dialog.windowTitle()
        visual_order_ok(dialog)
        close(dialog)


def test_destructive_dialogs_focus_cancel_not_copy(qtbot, window, vol, box):
    actions = window.context.features.actions_controller
    qtbot.waitUntil(lambda: window.selection.select_volume(vol) or bool(window.selection.selected_volumes()),
                    timeout=10000)
    for action in (actions.remove_volumes_action, actions.prune_action):
        action.trigger()
        dialog = actions.dialog
        qtbot.waitUntil(dialog.isVisible, timeout=5000)
        focused = dialog.focusWidget()
        assert focused is dialog.buttons.button(dialog.buttons.StandardButton.Cancel), dialog.windowTitle()
        QTest.keyClick(focused, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: actions.dialog is None, timeout=5000)
    qtbot.waitUntil(lambda: window.selection.select_container(box) or
                    bool(window.selection.selected_containers()), timeout=10000)
    actions.remove_containers_action.trigger()
    dialog = actions.dialog
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    assert dialog.focusWidget() is dialog.buttons.button(dialog.buttons.StandardButton.Cancel)
    close(dialog)


def test_mount_dialog_takes_the_mount_path(qtbot, window, vol, box):
    qtbot.waitUntil(lambda: window.selection.select_container(box) or
                    bool(window.selection.selected_containers()), timeout=10000)
    mounting = window.context.features.mounting
    qtbot.waitUntil(mounting.mount_action.isEnabled, timeout=5000)
    mounting.mount_action.trigger()
    dialog = mounting.dialog
    no_copy_focus(dialog)
    focused = dialog.focusWidget()
    assert isinstance(focused, (QLineEdit, QComboBox)), focused
    close(dialog)


def test_small_dialogs_take_typing(qtbot, window, vol):
    engines = window.context.features.engines_panel
    if engines is not None:
        QTest.mouseClick(engines.add_button, Qt.MouseButton.LeftButton)
        dialog = engines.dialog
        target = typed_into(qtbot, dialog, "office")
        assert isinstance(target, QLineEdit) and target.text().endswith("office")
        close(dialog)
    qtbot.waitUntil(lambda: window.selection.select_volume(vol) or bool(window.selection.selected_volumes()),
                    timeout=10000)
    backups = window.context.features.backups_panel
    backups.policy_button.click()
    dialog = backups.policy_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    assert dialog.focusWidget() is dialog.interval
    close(dialog)
    opener = window.context.features.about_opener
    window.context.features.about_action.trigger()
    qtbot.waitUntil(lambda: opener.dialog is not None and opener.dialog.isVisible(), timeout=5000)
    no_copy_focus(opener.dialog)
    assert QApplication.focusWidget() is not None
    close(opener.dialog)
