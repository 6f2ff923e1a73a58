"""The actions through the window: their effect on the engine, the dialogs and the activity log."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt

from volgui.app import build_window
from volgui.ui.dialogs.create_volume import CreateVolumeDialog
from volgui.ui.dialogs.remove_containers import RemoveContainersDialog
from volgui.ui.dialogs.volumes import ConfirmDialog, PruneDialog, RemoveVolumesDialog

pytestmark = pytest.mark.integration

# Ends at once on SIGTERM, so Stop does not wait 10 seconds.
SERVE = ["sh", "-c", "trap 'exit 0' TERM; while true; do sleep 1; done"]


@pytest.fixture
def window(qtbot, engine_host, docker_api):
    win = build_window(host=engine_host)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.session.state.connected, timeout=10000)
    yield win
    controller = win.context.features.actions_controller
    if controller.dialog is not None:
        controller.dialog.reject()
    if controller.error_box is not None:
        controller.error_box.close()
    win.close()


def make(api, image, name, *, binds=(), volumes=(), cmd=SERVE, start=True):
    host_config = api.create_host_config(binds=list(binds)) if binds else None
    c = api.create_container(image, list(cmd), name=name, volumes=list(volumes) or None,
                             host_config=host_config)
    if start:
        api.start(c["Id"])
    return c["Id"]


def status(api, cid):
    return api.inspect_container(cid)["State"]["Status"]


def volume_names(api):
    return {v["Name"] for v in api.volumes()["Volumes"] or []}


def anonymous_volume(api, cid, destination="/anon"):
    return next(m["Name"] for m in api.inspect_container(cid)["Mounts"] if m["Destination"] == destination)


def select(qtbot, view, keys):
    """Select these rows (by model key) in a view, as a person would with Ctrl+click."""
    qtbot.waitUntil(lambda: all(view.model.row_of(k) >= 0 for k in keys), timeout=10000)
    sm = view.tree.selectionModel()
    sm.clearSelection()
    for key in keys:
        index = view.proxy.mapFromSource(view.model.index_of(key))
        sm.select(index, QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)


def wait_state(qtbot, window, cid, state):
    qtbot.waitUntil(lambda: (c := window.container_model.object(cid)) is not None and c.state == state,
                    timeout=10000)


def wait_done(qtbot, controller):
    qtbot.waitUntil(lambda: controller.last_request is not None and controller.last_request.done,
                    timeout=30000)


def test_container_verbs_act_on_the_engine_and_are_logged(qtbot, window, docker_api, test_image, prefix):
    cid = make(docker_api, test_image, f"{prefix}verbs", start=False)
    ctl = window.context.features.actions_controller
    actions = ctl.container_actions
    select(qtbot, window.containers_view, [cid])
    qtbot.waitUntil(actions["start"].isEnabled)
    assert not actions["stop"].isEnabled() and not actions["pause"].isEnabled()
    assert actions["start"] in window.containers_view.context_actions

    steps = [("start", "running"), ("pause", "paused"), ("unpause", "running"), ("restart", "running"),
             ("stop", "exited")]
    for verb, expected in steps:
        qtbot.waitUntil(actions[verb].isEnabled, timeout=10000)
        actions[verb].trigger()
        wait_done(qtbot, ctl)
        assert status(docker_api, cid) == expected, verb
        wait_state(qtbot, window, cid, expected)

    actions["start"].trigger()
    wait_done(qtbot, ctl)
    wait_state(qtbot, window, cid, "running")
    actions["kill"].trigger()  # always asks first
    dialog = ctl.dialog
    assert isinstance(dialog, ConfirmDialog)
    assert dialog.command_box.text() == f"docker kill {prefix}verbs"
    dialog.accept()
    wait_done(qtbot, ctl)
    assert status(docker_api, cid) == "exited"

    log = window.context.features.activity_model.text()
    for verb in ("start", "pause", "unpause", "restart", "stop", "kill"):
        assert f"docker {verb} {prefix}verbs" in log
    assert f"docker stop {prefix}verbs  →  Stopped {prefix}verbs" in log
    tab = window.bottom_tabs.indexOf(window.context.features.activity_panel)
    assert window.bottom_tabs.tabText(tab) == "Activity"


def test_multi_select_stop_confirms_once_listing_everything(qtbot, window, docker_api, test_image, prefix):
    a = make(docker_api, test_image, f"{prefix}m1")
    b = make(docker_api, test_image, f"{prefix}m2")
    c = make(docker_api, test_image, f"{prefix}m3", start=False)
    ctl = window.context.features.actions_controller
    for cid in (a, b):
        wait_state(qtbot, window, cid, "running")
    select(qtbot, window.containers_view, [a, b, c])
    qtbot.waitUntil(ctl.container_actions["stop"].isEnabled)
    ctl.container_actions["stop"].trigger()
    dialog = ctl.dialog
    assert isinstance(dialog, ConfirmDialog)
    listed = [dialog.tree.topLevelItem(i).text(0) for i in range(dialog.tree.topLevelItemCount())]
    assert listed == [f"{prefix}m1", f"{prefix}m2"]  # the stopped one is not in the list
    assert dialog.command_box.text() == f"docker stop {prefix}m1 {prefix}m2"
    dialog.accept()
    wait_done(qtbot, ctl)
    assert status(docker_api, a) == status(docker_api, b) == "exited"
    assert f"Stopped {prefix}m1, {prefix}m2" in window.context.features.activity_model.text()


def test_remove_container_keeps_volumes_unless_ticked(qtbot, window, docker_api, test_image, prefix):
    docker_api.create_volume(f"{prefix}keep")
    cid = make(docker_api, test_image, f"{prefix}rm1", binds=[f"{prefix}keep:/data"],
               volumes=["/data", "/anon"], cmd=["sh", "-c", "echo hi > /note.txt; " + SERVE[2]])
    anon = anonymous_volume(docker_api, cid)
    wait_for_note = ["sh", "-c", "until [ -f /note.txt ]; do sleep 1; done"]
    docker_api.exec_start(docker_api.exec_create(cid, wait_for_note))
    ctl = window.context.features.actions_controller
    select(qtbot, window.containers_view, [cid])
    qtbot.waitUntil(ctl.remove_containers_action.isEnabled)
    ctl.remove_containers_action.trigger()
    dialog = ctl.dialog
    assert isinstance(dialog, RemoveContainersDialog)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10000)
    assert "is deleted with it; volumes are kept" in dialog.intro.text()
    assert "write layer (the files it created or changed outside its volumes)" in dialog.intro.text()
    assert "1 changed file" in dialog.lost_label.text()
    top = dialog.changes_tree.topLevelItem(0)
    assert [top.child(i).text(0) for i in range(top.childCount())] == ["/note.txt"]
    kept = {dialog.volumes_tree.topLevelItem(i).text(1): dialog.volumes_tree.topLevelItem(i).text(2)
            for i in range(dialog.volumes_tree.topLevelItemCount())}
    assert kept == {"/data": "named", "/anon": "anonymous"}
    assert not dialog.anonymous_check.isChecked()
    assert dialog.command_box.text() == f"docker stop {prefix}rm1 && docker rm {prefix}rm1"
    dialog.accept()
    wait_done(qtbot, ctl)
    assert not docker_api.containers(all=True, filters={"name": f"{prefix}rm1"})
    assert {f"{prefix}keep", anon} <= volume_names(docker_api)  # anonymous kept too
    assert f"docker stop {prefix}rm1 && docker rm {prefix}rm1  →  Removed {prefix}rm1" \
        in window.context.features.activity_model.text()

    cid2 = make(docker_api, test_image, f"{prefix}rm2", binds=[f"{prefix}keep:/data"],
                volumes=["/data", "/anon"], start=False)
    anon2 = anonymous_volume(docker_api, cid2)
    select(qtbot, window.containers_view, [cid2])
    qtbot.waitUntil(ctl.remove_containers_action.isEnabled)
    dialog = ctl.remove_containers()
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10000)
    dialog.anonymous_check.setChecked(True)
    assert dialog.command_box.text() == f"docker rm -v {prefix}rm2"
    dialog.accept()
    wait_done(qtbot, ctl)
    names = volume_names(docker_api)
    assert f"{prefix}keep" in names and anon2 not in names


def test_delete_key_opens_the_removal_dialog(qtbot, window, docker_api, test_image, prefix):
    cid = make(docker_api, test_image, f"{prefix}del", start=False)
    select(qtbot, window.containers_view, [cid])
    ctl = window.context.features.actions_controller
    qtbot.waitUntil(ctl.remove_containers_action.isEnabled)
    window.activateWindow()
    window.containers_view.tree.setFocus()
    qtbot.waitUntil(window.containers_view.tree.hasFocus)
    qtbot.keyClick(window.containers_view.tree, Qt.Key.Key_Delete)
    assert isinstance(ctl.dialog, RemoveContainersDialog)
    ctl.dialog.reject()
    assert docker_api.containers(all=True, filters={"name": f"{prefix}del"})


def test_create_volume_validates_live_and_creates(qtbot, window, docker_api, prefix):
    ctl = window.context.features.actions_controller
    assert ctl.create_volume_action.shortcut().toString() == "Ctrl+N"
    assert window.volumes_view.empty_action is ctl.create_volume_action
    ctl.create_volume_action.trigger()
    dialog = ctl.dialog
    assert isinstance(dialog, CreateVolumeDialog)
    assert not dialog.ok_button.isEnabled()
    dialog.name_edit.setText("a")
    assert "at least two characters" in dialog.name_message.text()
    dialog.name_edit.setText(f"{prefix}new vol")
    assert "remove: space" in dialog.name_message.text() and not dialog.ok_button.isEnabled()
    dialog.name_edit.setText(f"{prefix}new")
    dialog.labels_edit.setPlainText("volgui.test=1\nowner=alice smith")
    assert dialog.ok_button.isEnabled() and not dialog.name_message.text()
    assert dialog.command_box.text() == (
        f"docker volume create --label volgui.test=1 --label 'owner=alice smith' {prefix}new")
    dialog.accept()
    wait_done(qtbot, ctl)
    assert docker_api.inspect_volume(f"{prefix}new")["Labels"] == {"volgui.test": "1", "owner": "alice smith"}
    qtbot.waitUntil(lambda: window.volume_model.row_of(f"{prefix}new") >= 0, timeout=10000)
    dialog = ctl.create_volume()
    dialog.name_edit.setText(f"{prefix}new")
    assert "already exists" in dialog.name_message.text() and not dialog.ok_button.isEnabled()
    dialog.reject()


def test_removing_a_volume_in_use_is_refused_naming_the_containers(qtbot, window, docker_api, test_image,
                                                                      prefix):
    docker_api.create_volume(f"{prefix}busy")
    make(docker_api, test_image, f"{prefix}user", binds=[f"{prefix}busy:/d"], volumes=["/d"], start=False)
    ctl = window.context.features.actions_controller
    select(qtbot, window.volumes_view, [f"{prefix}busy"])
    qtbot.waitUntil(ctl.remove_volumes_action.isEnabled)
    ctl.remove_volumes_action.trigger()
    dialog = ctl.dialog
    assert isinstance(dialog, RemoveVolumesDialog)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10000)
    assert f"in use by {prefix}user" in dialog.refused_label.text()
    assert not dialog.ok_button.isEnabled()
    dialog.accept()  # refused: nothing happens
    assert dialog.isVisible()
    dialog.reject()
    assert f"{prefix}busy" in volume_names(docker_api)

    # Should it be asked anyway (a container started using it meanwhile), the engine's refusal
    # reaches the person in plain words, and the activity log keeps it.
    ctl._submit_remove_volumes({"names": [f"{prefix}busy"]})
    wait_done(qtbot, ctl)
    assert ctl.error_box is not None and f"in use by {prefix}user" in ctl.error_box.text()
    assert f"docker volume rm {prefix}busy  →  “{prefix}busy” is in use by {prefix}user" \
        in window.context.features.activity_model.text()
    assert f"{prefix}busy" in volume_names(docker_api)


def test_remove_unused_volume_shows_size(qtbot, window, docker_api, test_image, prefix):
    docker_api.create_volume(f"{prefix}sized")
    cid = make(docker_api, test_image, f"{prefix}w", binds=[f"{prefix}sized:/d"], volumes=["/d"],
               cmd=["sh", "-c", "head -c 3000 /dev/zero > /d/f"])
    docker_api.wait(cid)
    docker_api.remove_container(cid)
    ctl = window.context.features.actions_controller
    dialog = ctl.remove_volumes([f"{prefix}sized"])
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10000)
    assert dialog.tree.topLevelItem(0).text(1) == "3.0 kB"
    assert "3.0 kB" in dialog.total_label.text()
    assert dialog.command_box.text() == f"docker volume rm {prefix}sized"
    dialog.backup_check.setChecked(False)  # this test is about removal itself
    assert dialog.snapshot_check.isChecked()  # on by default (test_snapshot_first.py follows it)
    dialog.snapshot_check.setChecked(False)
    dialog.accept()
    wait_done(qtbot, ctl)
    assert f"{prefix}sized" not in volume_names(docker_api)
    assert f"Removed volume {prefix}sized" in window.context.features.activity_model.text()


def test_prune_lists_what_it_will_delete_first(qtbot, window, docker_api, test_image, prefix):
    docker_api.create_volume(f"{prefix}p-unused")
    docker_api.create_volume(f"{prefix}p-used")
    make(docker_api, test_image, f"{prefix}p-c", binds=[f"{prefix}p-used:/d"], volumes=["/d", "/anon"],
         start=False)
    ctl = window.context.features.actions_controller
    assert ctl.prune_action.shortcut().toString() == "Ctrl+Shift+P"
    ctl.prune_action.trigger()
    dialog = ctl.dialog
    assert isinstance(dialog, PruneDialog)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10000)

    def listed():
        return [dialog.tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole)
                for i in range(dialog.tree.topLevelItemCount()) if not dialog.tree.isHidden()]

    assert f"{prefix}p-unused" not in listed()  # named volumes only when asked
    dialog.named_check.setChecked(True)
    assert f"{prefix}p-unused" in listed() and f"{prefix}p-used" not in listed()
    assert "Will delete" in dialog.total_label.text()
    assert dialog.command_box.text() == "docker volume rm " + " ".join(listed())
    assert f"{prefix}p-used" in dialog.kept_label.text()
    docker_api.create_volume(f"{prefix}p-later")  # after the preview: must survive
    dialog.backup_check.setChecked(False)  # this test is about removal itself
    assert dialog.snapshot_check.isChecked()  # on by default (test_snapshot_first.py follows it)
    dialog.snapshot_check.setChecked(False)
    dialog.accept()
    wait_done(qtbot, ctl)
    left = volume_names(docker_api)
    assert f"{prefix}p-unused" not in left
    assert {f"{prefix}p-used", f"{prefix}p-later"} <= left
    assert "Deleted" in window.context.features.activity_model.text()
