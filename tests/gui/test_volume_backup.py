"""Back up, restore and clone dialogs on the private engine, and the feature's actions."""

from __future__ import annotations

import io
import tarfile

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from volgui.app import build_window
from volgui.engine import Engine
from volgui.engine.connection import ConnectionSpec
from volgui.engine.errors import Cancelled, EngineError
from volgui.engine.volumes import helpers, streaming
from volgui.engine.volumes import transfer as vd
from volgui.ui.features.volume_data.transfer_dialogs import CloneDialog, ExportDialog, ImportDialog

pytestmark = pytest.mark.integration


def put_files(api, engine_host, volume: str, files: dict[str, bytes]) -> None:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as tar:
        for name, data in files.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            info.mtime = 1_650_000_000
            tar.addfile(info, io.BytesIO(data))
    engine = Engine.connect(ConnectionSpec(engine_host, "test"))
    try:
        with helpers.helper(engine, volume) as cid:
            api.put_archive(cid, helpers.MOUNT, buf.getvalue())
    finally:
        engine.close()


def read_files(engine_host, volume: str) -> dict[str, bytes]:
    engine = Engine.connect(ConnectionSpec(engine_host, "test"))
    out = {}
    try:
        with helpers.helper(engine, volume, read_only=True) as cid:
            chunks, _ = engine.api.get_archive(cid, "/volume/.")
            with tarfile.open(fileobj=io.BytesIO(b"".join(chunks))) as tar:
                for info in tar:
                    if info.isreg():
                        out[info.name.removeprefix("./")] = tar.extractfile(info).read()
    finally:
        engine.close()
    return out


@pytest.fixture
def volume(docker_api, engine_host, prefix):
    name = f"{prefix}precious"
    docker_api.create_volume(name)
    put_files(docker_api, engine_host, name, {"a.txt": b"alpha\n", "b.txt": b"beta\n"})
    return name


def run(qtbot, dialog):
    with qtbot.waitSignal(dialog.finished_job, timeout=30000) as sig:
        dialog.start()
    return sig.args[0]


def test_backup_then_restore_new_and_existing(qtbot, window, docker_api, engine_host, volume, prefix,
                                             tmp_path, monkeypatch):
    out = tmp_path / "out"
    out.mkdir()
    dialog = ExportDialog(window.session, volume, [volume], folder=str(out), parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.path_edit.text() == str(out / f"{volume}.tar")
    dialog.compress_box.setChecked(True)
    assert dialog.path_edit.text().endswith(".tar.gz") and "tar -C /v -czf" in dialog.command.text()
    result = run(qtbot, dialog)
    assert isinstance(result, streaming.TransferResult)
    assert "Done:" in dialog.stats.text() and dialog.progress.value() == 1000
    # the test engine is local and has busybox: tar ran in a container, through a FIFO
    assert result.method == "direct" and "fast way" in dialog.stats.text()
    archive = out / f"{volume}.tar.gz"
    assert archive.read_bytes()[:2] == b"\x1f\x8b"
    dialog.done(0)

    restore = ImportDialog(window.session, [volume], str(archive), parent=window)
    qtbot.addWidget(restore)
    assert restore.create and restore.new_name.text() == f"{volume}-restored"
    assert restore.command.text().startswith("docker volume create")
    run(qtbot, restore)
    assert read_files(engine_host, f"{volume}-restored") == {"a.txt": b"alpha\n", "b.txt": b"beta\n"}
    restore.done(0)

    # into an existing volume: the confirmation says which files are overwritten
    other = f"{prefix}other"
    docker_api.create_volume(other)
    put_files(docker_api, engine_host, other, {"a.txt": b"OLD\n", "keep.txt": b"mine\n"})
    asked = []
    existing = ImportDialog(window.session, [volume, other], str(archive), target=other, parent=window)
    qtbot.addWidget(existing)
    monkeypatch.setattr(existing, "_ask", lambda title, text: asked.append(text) or True)
    assert not existing.create
    with qtbot.waitSignal(existing.finished_job, timeout=30000):
        existing.start()  # checks what would be overwritten first, asks, then restores
    assert "/a.txt" in asked[0] and "keep.txt" not in asked[0] and "/b.txt" not in asked[0]
    assert read_files(engine_host, other) == {"a.txt": b"alpha\n", "b.txt": b"beta\n", "keep.txt": b"mine\n"}
    existing.done(0)
    assert docker_api.containers(all=True, filters={"label": helpers.HELPER_LABEL}) == []


def test_declined_overwrite_changes_nothing(qtbot, window, docker_api, engine_host, volume, prefix, tmp_path,
                                            monkeypatch):
    archive = tmp_path / "x.tar"
    engine = Engine.connect(ConnectionSpec(engine_host, "test"))
    vd.export_volume(engine, volume, archive)
    engine.close()
    put_files(docker_api, engine_host, volume, {"a.txt": b"changed\n"})
    dialog = ImportDialog(window.session, [volume], str(archive), target=volume, parent=window)
    qtbot.addWidget(dialog)
    asked = []
    monkeypatch.setattr(dialog, "_ask", lambda title, text: asked.append(text) or False)
    dialog.start()
    qtbot.waitUntil(lambda: bool(asked), timeout=10000)
    qtbot.waitUntil(dialog.start_button.isEnabled, timeout=5000)
    assert dialog.job_thread is None
    assert read_files(engine_host, volume)["a.txt"] == b"changed\n"
    dialog.done(0)


def test_running_users_are_stopped_and_started_again(qtbot, window, docker_api, test_image, volume, prefix,
                                                     tmp_path):
    c = docker_api.create_container(test_image, ["sleep", "300"], name=f"{prefix}db",
                                    host_config=docker_api.create_host_config(binds={volume: {"bind": "/d"}}))
    docker_api.start(c)
    dialog = CloneDialog(window.session, volume, [volume], parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.users_frame.isVisible, timeout=10000)
    assert f"{prefix}db" in dialog.users_label.text() and not dialog.stop_box.isChecked()
    QTest.mouseClick(dialog.stop_box, Qt.MouseButton.LeftButton)  # opt in: stop while copying
    assert dialog.stop_box.isChecked()
    assert dialog.new_name.text() == f"{volume}-copy"
    result = run(qtbot, dialog)
    assert isinstance(result, streaming.TransferResult), result
    assert docker_api.inspect_container(c)["State"]["Running"] is True
    stopped_at = docker_api.inspect_container(c)["State"]["FinishedAt"]
    assert not stopped_at.startswith("0001")  # it was stopped during the clone
    dialog.done(0)
    docker_api.remove_container(c, force=True)


def test_cancel_leaves_no_file(qtbot, window, docker_api, engine_host, prefix, tmp_path):
    name = f"{prefix}big"
    docker_api.create_volume(name)
    put_files(docker_api, engine_host, name, {f"f{i}.bin": bytes(4 * 1024 * 1024) for i in range(12)})
    out = tmp_path / "out"
    out.mkdir()
    dialog = ExportDialog(window.session, name, [name], folder=str(out), parent=window)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.finished_job, timeout=30000) as sig:
        dialog.start()
        dialog.cancel()
    if isinstance(sig.args[0], Cancelled):
        assert "Cancelled" in dialog.stats.text()
        assert list(out.iterdir()) == []
    else:  # finished before the cancel arrived: then the file is complete
        assert (out / f"{name}.tar").stat().st_size > 48 * 1024 * 1024
    dialog.done(0)


def test_invalid_names_are_refused(qtbot, window, volume):
    dialog = CloneDialog(window.session, volume, [volume, "taken"], parent=window)
    qtbot.addWidget(dialog)
    dialog.new_name.setText("taken")
    dialog.start()
    assert isinstance(dialog.error, EngineError) and "already exists" in dialog.error.message
    dialog.new_name.setText("no spaces")
    dialog.start()
    assert "not a valid volume name" in dialog.error.message
    dialog.done(0)


def test_feature_actions_are_installed(qtbot, window, volume):
    feature = window.context.features.volume_data
    texts = [a.text() for a in feature.actions]
    assert texts == ["Browse files…", "Back up…", "Restore…", "Clone…"]
    assert all(a in window.toolbar.actions() for a in feature.actions)
    assert all(a in window.volumes_view.context_actions for a in feature.actions)
    qtbot.waitUntil(lambda: volume in feature.volume_names(), timeout=10000)
    window.selection.select_volume(volume)
    qtbot.waitUntil(lambda: feature.selected_volume() == volume, timeout=5000)
    feature.browse_action.trigger()
    dialog = feature.dialogs[-1]
    qtbot.waitUntil(lambda: "" in dialog.browser.cache, timeout=10000)
    assert [e.name for e in dialog.browser.cache[""]] == ["a.txt", "b.txt"]
    feature.backup_action.trigger()
    assert isinstance(feature.dialogs[-1], ExportDialog) and feature.dialogs[-1].volume == volume
    feature.close_all()
    assert feature.dialogs == []


def test_leftover_helpers_are_swept_when_the_app_connects(qtbot, engine_host, docker_api, prefix):
    import os

    import docker.types

    name = f"{prefix}left"
    docker_api.create_volume(name)
    engine = Engine.connect(ConnectionSpec(engine_host, "test"))
    helpers.ensure_helper_image(engine)
    engine.close()
    crashed = docker_api.create_container(
        helpers.HELPER_IMAGE, ["x"],
        labels={helpers.HELPER_LABEL: "1", helpers.HELPER_OWNER_LABEL: f"{os.uname()[1]}:999999"},
        host_config=docker_api.create_host_config(mounts=[docker.types.Mount("/volume", name)]))
    win = build_window(host=engine_host)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: docker_api.containers(all=True, filters={"id": crashed["Id"]}) == [],
                    timeout=10000)
    assert name in [v["Name"] for v in docker_api.volumes()["Volumes"]]
    win.close()
