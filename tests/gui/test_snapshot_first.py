"""“Take a snapshot first” in the previews of risky actions: checked by default, and undoable."""

from __future__ import annotations

import pytest

from tests.gui.test_volume_backup import put_files, read_files
from volgui.engine import Engine
from volgui.engine.connection import ConnectionSpec
from volgui.engine.volumes import snapshots
from volgui.operations import snapshots as snap_ops
from volgui.ui.features.volume_data.transfer_dialogs import ExportDialog, ImportDialog

pytestmark = pytest.mark.integration
WAIT = 30000


def test_prune_takes_a_snapshot_first_and_roll_back_brings_the_volume_back(qtbot, window, docker_api,
                                                                           engine_host, prefix):
    vol = f"{prefix}doomed"
    docker_api.create_volume(vol)
    put_files(docker_api, engine_host, vol, {"keep.txt": b"precious\n"})
    dialog = window.context.features.actions_controller.prune()
    dialog.named_check.setChecked(True)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=WAIT)
    assert dialog.snapshot_check is not None and dialog.snapshot_check.isChecked()  # on by default
    dialog.backup_check.setChecked(False)
    dialog.preview = type(dialog.preview)(tuple(e for e in dialog.preview.removable if e.name == vol),
                                          dialog.preview.refused)
    dialog._fill()
    dialog.accept()
    qtbot.waitUntil(lambda: vol not in [v["Name"] for v in docker_api.volumes()["Volumes"] or []],
                    timeout=WAIT)
    (snap,) = snapshots.list_snapshots(snap_ops.folder(), vol)
    assert snap.reason == "before pruning it"
    engine = Engine.connect(ConnectionSpec(engine_host, "test"))
    try:
        snapshots.rollback(engine, snap.manifest, snap_ops.folder())
    finally:
        engine.close()
    assert read_files(engine_host, vol) == {"keep.txt": b"precious\n"}


def test_restore_over_a_volume_takes_a_snapshot_first(qtbot, window, docker_api, engine_host, prefix,
                                                      tmp_path, monkeypatch):
    vol, other = f"{prefix}source", f"{prefix}target"
    for name, files in ((vol, {"a.txt": b"new\n"}), (other, {"a.txt": b"old\n", "mine.txt": b"x\n"})):
        docker_api.create_volume(name)
        put_files(docker_api, engine_host, name, files)
    export = ExportDialog(window.session, vol, [vol], folder=str(tmp_path), parent=window)
    qtbot.addWidget(export)
    with qtbot.waitSignal(export.finished_job, timeout=WAIT):
        export.start()
    restore = ImportDialog(window.session, [vol, other], str(tmp_path / f"{vol}.tar"), target=other,
                           parent=window)
    qtbot.addWidget(restore)
    restore.show()
    assert restore.snapshot_check.isVisible() and restore.snapshot_check.isChecked()
    restore.new_radio.setChecked(True)
    assert not restore.snapshot_check.isVisible()  # a new volume: nothing to lose
    restore.existing_radio.setChecked(True)
    restore.existing_combo.setCurrentText(other)  # the volume list may have been refreshed meanwhile
    assert restore.target == other
    monkeypatch.setattr(restore, "_ask", lambda title, text: True)
    with qtbot.waitSignal(restore.finished_job, timeout=WAIT) as done:
        restore.start()
    assert not isinstance(done.args[0], Exception), done.args[0]
    assert read_files(engine_host, other) == {"a.txt": b"new\n", "mine.txt": b"x\n"}
    (snap,) = snapshots.list_snapshots(snap_ops.folder(), other)
    assert snap.reason == f"before restoring {vol}.tar over it"
    engine = Engine.connect(ConnectionSpec(engine_host, "test"))
    try:
        snapshots.rollback(engine, snap.manifest, snap_ops.folder())
    finally:
        engine.close()
    assert read_files(engine_host, other) == {"a.txt": b"old\n", "mine.txt": b"x\n"}
