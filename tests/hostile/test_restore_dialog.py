"""The restore dialog names a crafted archive's refused paths and special files before writing."""

from __future__ import annotations

import tarfile

import pytest
from hostile_archives import entry, tar_of, write

from volgui.app import build_window
from volgui.engine import Engine
from volgui.engine.connection import ConnectionSpec
from volgui.engine.volumes import listers
from volgui.ui.features.volume_data.transfer_dialogs import ImportDialog

pytestmark = pytest.mark.integration


@pytest.fixture
def window(qtbot, engine_host, docker_api):
    win = build_window(host=engine_host)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.session.state.connected, timeout=10000)
    yield win
    win.close()


def volume_names(docker_api) -> list[str]:
    return [v["Name"] for v in docker_api.volumes()["Volumes"] or []]


def test_a_refused_archive_is_shown_and_nothing_is_created(qtbot, window, docker_api, prefix, tmp_path,
                                                           hostile):
    hostile("restore dialog: archive with ../ into a new volume")
    path = write(tmp_path / "evil.tar", tar_of(entry("./ok", data=b"1"), entry("../escape", data=b"x")))
    dialog = ImportDialog(window.session, [], str(path), parent=window)
    qtbot.addWidget(dialog)
    dialog.new_name.setText(f"{prefix}evil")
    dialog.show()
    dialog.start()
    qtbot.waitUntil(lambda: dialog.error is not None, timeout=15000)
    assert "evil.tar was refused" in dialog.stats.text() and "../escape" in dialog.stats.text()
    assert dialog.job_thread is None and f"{prefix}evil" not in volume_names(docker_api)
    dialog.done(0)


@pytest.mark.parametrize("agree", [False, True], ids=["declined", "agreed"])
def test_special_files_are_listed_and_restored_only_when_agreed(
        qtbot, window, docker_api, engine_host, prefix, tmp_path, monkeypatch, agree, hostile):
    hostile(f"restore dialog: setuid-root file and a device node, {'agreed' if agree else 'declined'}")
    path = write(tmp_path / "s.tar", tar_of(entry("./a.txt", data=b"a"),
                                            entry("./su", data=b"#!/bin/sh\n", mode=0o4755, uid=0),
                                            entry("./null", tarfile.CHRTYPE, devmajor=1, devminor=3)))
    name = f"{prefix}special"
    dialog = ImportDialog(window.session, [], str(path), parent=window)
    qtbot.addWidget(dialog)
    dialog.new_name.setText(name)
    asked: list[str] = []
    monkeypatch.setattr(dialog, "_ask", lambda title, text: asked.append(text) or agree)
    dialog.show()
    if agree:
        with qtbot.waitSignal(dialog.finished_job, timeout=30000):
            dialog.start()
        engine = Engine.connect(ConnectionSpec(engine_host, "test"))
        try:
            got = {e.name: e for e in listers.scan(engine, name).listing()}
        finally:
            engine.close()
        assert got["su"].mode & 0o4000 and got["null"].kind == "char"
    else:
        dialog.start()
        qtbot.waitUntil(lambda: bool(asked), timeout=15000)
        qtbot.waitUntil(dialog.start_button.isEnabled, timeout=5000)
        assert dialog.job_thread is None and name not in volume_names(docker_api)
    assert "su: set-user-ID (owned by root)" in asked[0] and "null: a device node" in asked[0]
    dialog.done(0)
