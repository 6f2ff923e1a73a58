"""Back up and restore as a person does it: from the toolbar, to a folder of their choice.

Containers keep running unless the person asks to stop them (the choice is kept per volume); a
backup saved anywhere shows in the Backups tab, and Restore offers the latest one.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from volgui import paths
from volgui.engine.volumes import backups as bk
from volgui.engine.volumes import streaming
from volgui.ui.features.volume_data.transfer_dialogs import ExportDialog, ImportDialog

pytestmark = pytest.mark.integration


@pytest.fixture
def used(docker_api, test_image, prefix):
    """A volume a running container writes to, and a second volume of its own."""
    volume = f"{prefix}wall"
    docker_api.create_volume(volume, labels={"volgui.test": "1"})
    docker_api.create_volume(f"{prefix}other", labels={"volgui.test": "1"})
    c = docker_api.create_container(test_image, ["sleep", "1000"], name=f"{prefix}web",
                                    labels={"volgui.test": "1"},
                                    host_config=docker_api.create_host_config(
                                        binds={volume: {"bind": "/data"}}, network_mode="none"))
    docker_api.start(c)
    return volume, c["Id"]


def click_row(qtbot, view, key):
    index = lambda: view.proxy.mapFromSource(view.model.index_of(key))  # noqa: E731
    qtbot.waitUntil(lambda: index().isValid(), timeout=10000)
    QTest.mouseClick(view.tree.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     view.tree.visualRect(index()).center())


def open_from_toolbar(qtbot, window, action, kind):
    feature = window.context.features.volume_data
    button = window.context.toolbar.widgetForAction(action)
    assert button is not None and button.isVisible()
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(isinstance(d, kind) for d in feature.dialogs), timeout=5000)
    return next(d for d in feature.dialogs if isinstance(d, kind))


def run(qtbot, dialog):
    with qtbot.waitSignal(dialog.finished_job, timeout=30000) as sig:
        QTest.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    return sig.args[0]


def type_path(qtbot, edit, path) -> None:
    QTest.mouseClick(edit, Qt.MouseButton.LeftButton)
    edit.selectAll()
    qtbot.keyClicks(edit, str(path))


def test_backup_keeps_containers_running_unless_asked_and_remembers(qtbot, window, docker_api, used,
                                                                    tmp_path):
    volume, cid = used
    feature = window.context.features.volume_data
    click_row(qtbot, window.context.volumes_view, volume)
    started = docker_api.inspect_container(cid)["State"]["StartedAt"]

    dialog = open_from_toolbar(qtbot, window, feature.backup_action, ExportDialog)
    qtbot.waitUntil(dialog.users_frame.isVisible, timeout=10000)
    text = dialog.users_label.text()
    assert "may not match each other" in text and "stopping the containers while" in text
    assert not dialog.stop_box.isChecked()  # the default: nothing is stopped
    type_path(qtbot, dialog.path_edit, tmp_path / "one.tar")
    result = run(qtbot, dialog)
    assert isinstance(result, streaming.TransferResult), result
    state = docker_api.inspect_container(cid)["State"]
    assert state["Running"] and state["StartedAt"] == started  # never stopped
    dialog.done(0)

    # the person asks to stop while copying: done, and offered again next time for this volume
    dialog = open_from_toolbar(qtbot, window, feature.backup_action, ExportDialog)
    qtbot.waitUntil(dialog.users_frame.isVisible, timeout=10000)
    QTest.mouseClick(dialog.stop_box, Qt.MouseButton.LeftButton)
    type_path(qtbot, dialog.path_edit, tmp_path / "two.tar")
    assert isinstance(run(qtbot, dialog), streaming.TransferResult)
    state = docker_api.inspect_container(cid)["State"]
    assert state["Running"] and state["StartedAt"] != started  # stopped, then started again
    dialog.done(0)
    dialog = open_from_toolbar(qtbot, window, feature.backup_action, ExportDialog)
    qtbot.waitUntil(dialog.users_frame.isVisible, timeout=10000)
    assert dialog.stop_box.isChecked()
    dialog.done(0)
    assert dialog.remembered_stop(volume) and not dialog.remembered_stop(volume.replace("wall", "other"))


def test_backup_saved_anywhere_is_listed_and_offered_by_restore(qtbot, window, used, tmp_path):
    volume, _cid = used
    feature = window.context.features.volume_data
    panel = window.context.features.backups_panel
    elsewhere = tmp_path / "my backups"
    elsewhere.mkdir()
    click_row(qtbot, window.context.volumes_view, volume)
    dialog = open_from_toolbar(qtbot, window, feature.backup_action, ExportDialog)
    type_path(qtbot, dialog.path_edit, elsewhere / "wall-today.tar")
    assert isinstance(run(qtbot, dialog), streaming.TransferResult)
    dialog.done(0)

    # the Backups tab lists it, though it is not in the tab's folder
    window.bottom_tabs.setCurrentWidget(panel)
    assert panel.folder != elsewhere
    qtbot.waitUntil(lambda: any(b.archive == elsewhere / "wall-today.tar" for b in panel.model.items),
                    timeout=10000)
    assert str(elsewhere) in panel.folder_label.text()

    # Restore, with the volume selected, offers that backup
    restore = open_from_toolbar(qtbot, window, feature.restore_action, ImportDialog)
    assert restore.path_edit.text() == str(elsewhere / "wall-today.tar")
    restore.done(0)

    # remembered across runs: the folder is kept in the backups' settings file
    assert str(elsewhere.resolve()) in bk.PolicyStore.load(paths.policy_file()).data["known_folders"]
