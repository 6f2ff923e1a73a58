"""The Backups tab backs up, lists, verifies and restores, and runs due policy backups."""

import pytest

from volgui.app import build_window
from volgui.engine.volumes.backups import Policy
from volgui.models.backups import BackupTableModel

pytestmark = pytest.mark.integration


def test_backup_model_contract(qtmodeltester):
    qtmodeltester.check(BackupTableModel())


def test_backup_verify_restore_and_policy(qtbot, engine_host, docker_api, prefix, tmp_path, test_image):
    vol = f"{prefix}photos"
    docker_api.create_volume(vol)
    window = build_window(host=engine_host)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.session.state.connected, timeout=10000)
    qtbot.waitUntil(lambda: window.volume_model.row_of(vol) >= 0, timeout=10000)
    panel = window.context.features.backups_panel
    panel.set_folder(str(tmp_path / "backups"))
    window.selection.select_volume(vol)
    panel.backup_button.click()
    qtbot.waitUntil(lambda: len(panel.model.items) == 1 and not panel.busy(), timeout=20000)
    assert panel.model.items[0].volume == vol
    assert panel.model.index(0, 4).data() == "not yet"

    panel.view.selectRow(0)
    panel.verify_button.click()
    qtbot.waitUntil(lambda: panel.model.items and panel.model.items[0].verified is True, timeout=20000)
    assert "✔" in panel.status.text()
    # the activity log recorded both jobs with their commands
    activity = getattr(window, "activity_model", None) or getattr(window, "activity", None)
    if activity is not None and hasattr(activity, "text"):
        assert f"Back up {vol}" in activity.text() or vol in activity.text()

    # a due policy runs by itself
    panel.store.set_policy(engine_host, Policy(vol, 1, 1))
    panel.store.save()
    from datetime import timedelta

    item = panel.model.items[0]
    import json

    data = json.loads(item.manifest.read_text())
    data["created"] = (item.created - timedelta(hours=3)).isoformat()
    item.manifest.write_text(json.dumps(data))
    panel.refresh()
    qtbot.waitUntil(lambda: not panel.busy(), timeout=10000)
    # due, but nothing changed since: skipped, said, and not checked again until the next interval
    panel.run_due()
    qtbot.waitUntil(lambda: not panel.busy() and "Nothing changed" in panel.status.text(), timeout=60000)
    assert panel.model.items[0].manifest == item.manifest
    assert panel.store.checked_unchanged(engine_host, vol) is not None
    panel.run_due()
    assert not panel.busy()
    # a change, and the next due run backs it up
    panel.store.data["unchanged"] = {}
    put_file(docker_api, test_image, vol)
    panel.run_due()
    qtbot.waitUntil(lambda: not panel.busy() and len(panel.model.items) == 1
                    and panel.model.items[0].verified is None, timeout=60000)  # retention kept 1: the new one
    window.close()


def put_file(docker_api, image, volume):
    c = docker_api.create_container(image, ["sh", "-c", "echo new > /v/new.txt"], labels={"volgui.test": "1"},
                                    host_config=docker_api.create_host_config(binds=[f"{volume}:/v"]))
    docker_api.start(c["Id"])
    assert docker_api.wait(c["Id"])["StatusCode"] == 0
    docker_api.remove_container(c["Id"])


def test_prune_with_backup_first(qtbot, engine_host, docker_api, prefix, tmp_path):
    vol = f"{prefix}doomed"
    docker_api.create_volume(vol)
    window = build_window(host=engine_host)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.session.state.connected, timeout=10000)
    panel = window.context.features.backups_panel
    panel.set_folder(str(tmp_path / "b"))
    qtbot.waitUntil(lambda: not panel.busy(), timeout=10000)
    dialog = window.context.features.actions_controller.prune()
    dialog.named_check.setChecked(True)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=15000)
    names = [dialog.tree.topLevelItem(i).data(0, 256) for i in range(dialog.tree.topLevelItemCount())]
    assert vol in names
    row = names.index(vol)
    assert dialog.tree.topLevelItem(row).text(3) == "never"  # its last backup, shown before anything
    assert dialog.backup_check.isChecked()  # on by default: never backed up
    # prune only our volume
    dialog.preview = type(dialog.preview)(tuple(e for e in dialog.preview.removable if e.name == vol),
                                          dialog.preview.refused)
    dialog._fill()
    dialog.accept()
    qtbot.waitUntil(lambda: vol not in [v["Name"] for v in docker_api.volumes()["Volumes"] or []],
                    timeout=30000)
    qtbot.waitUntil(lambda: any(b.volume == vol for b in panel.model.items), timeout=10000)
    made = [b for b in panel.model.items if b.volume == vol]
    assert len(made) == 1 and made[0].archive.exists()  # backed up before it was deleted
    window.close()


def test_failed_backup_first_is_told_in_the_window_and_deletes_nothing(qtbot, engine_host, docker_api, prefix,
                                                                       tmp_path):
    vol = f"{prefix}kept"
    docker_api.create_volume(vol)
    window = build_window(host=engine_host)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.session.state.connected, timeout=10000)
    panel = window.context.features.backups_panel
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    panel.set_folder(str(blocker / "backups"))  # cannot be created: the backup fails
    qtbot.waitUntil(lambda: not panel.busy(), timeout=10000)
    controller = window.context.features.actions_controller
    controller._submit_remove_volumes({"names": [vol], "sizes": {vol: 0}, "backup_first": True})
    qtbot.waitUntil(lambda: controller.error_box is not None and controller.error_box.isVisible(),
                    timeout=30000)
    assert "nothing was deleted" in controller.error_box.text()
    assert vol in [v["Name"] for v in docker_api.volumes()["Volumes"] or []]
    controller.error_box.close()
    window.close()


def test_retention_that_cannot_delete_is_a_note_not_a_crash(qtbot, engine_host, docker_api, prefix, tmp_path):
    import json

    vol = f"{prefix}retained"
    docker_api.create_volume(vol)
    window = build_window(host=engine_host)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.session.state.connected, timeout=10000)
    panel = window.context.features.backups_panel
    folder = tmp_path / "backups"
    folder.mkdir()
    # an older "backup" of the same volume and engine whose archive cannot be deleted (a folder)
    (folder / "stuck.tar").mkdir()
    (folder / "stuck.tar.manifest.json").write_text(json.dumps({
        "format": "volgui-backup-manifest", "version": 1, "volume": vol, "engine": engine_host,
        "created": "2020-01-01T00:00:00+00:00", "archive": "stuck.tar"}))
    panel.set_folder(str(folder))
    panel.store.set_policy(engine_host, Policy(vol, 1, 1))
    qtbot.waitUntil(lambda: not panel.busy(), timeout=10000)
    panel.backup_volume(vol)
    qtbot.waitUntil(lambda: not panel.busy() and "Backed up" in panel.status.text(), timeout=30000)
    assert "Older backups could not be removed" in panel.status.text()
    qtbot.waitUntil(lambda: len([b for b in panel.model.items if b.volume == vol]) == 2, timeout=10000)
    window.close()
