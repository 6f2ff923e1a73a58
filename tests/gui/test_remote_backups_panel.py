"""The Backups tab with an SFTP folder (sshd on loopback): chosen in its dialog after a test
connection, then back up, list and verify there, by clicks."""

from __future__ import annotations

import os
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt

from remote_engines import start_sshd

pytestmark = [pytest.mark.integration, pytest.mark.slow]

WAIT = 60000


@pytest.fixture
def no_keyring():
    """This machine's desktop keyring, whatever it has, replaced by none."""
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(before)


@pytest.fixture
def sshd(engine_host):
    server = start_sshd(engine_host, Path(os.environ["HOME"]))
    yield server
    server.stop()


def test_backup_and_verify_in_an_sftp_folder(qtbot, window, docker_api, prefix, sshd, tmp_path, no_keyring):
    volume = f"{prefix}remote"
    docker_api.create_volume(volume, labels={"volgui.test": "1"})
    qtbot.waitUntil(lambda: window.volume_model.row_of(volume) >= 0, timeout=WAIT)
    remote = tmp_path / "remote"
    remote.mkdir()
    panel = window.context.features.backups_panel
    qtbot.mouseClick(panel.remote_button, Qt.MouseButton.LeftButton)
    dialog = panel.remote_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT)
    # no keyring on this machine: said, and nothing offered to save
    assert not dialog.remember.isEnabled() and "No desktop keyring" in dialog.keyring_note.text()
    qtbot.keyClicks(dialog.address, "sftp://backup@nas.example.org/srv/backups")
    assert dialog.command_box.text() == "sftp -P 22 backup@nas.example.org:/srv/backups"
    qtbot.wait(50)  # the layout settles before the grab
    pixmap = dialog.grab()
    if os.environ.get("VOLGUI_SCREENSHOTS"):
        pixmap.save(os.path.join(os.environ["VOLGUI_SCREENSHOTS"], "remote-folder.png"))
    dialog.address.clear()
    qtbot.keyClicks(dialog.address, "sftp://root@127.0.0.1:x/srv")
    assert "port" in dialog.message.text() and not dialog.ok_button.isEnabled()
    dialog.address.clear()
    qtbot.keyClicks(dialog.address, f"sftp://root@127.0.0.1:{sshd.port}{remote}")
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result.text().startswith("Connected"), timeout=WAIT)
    assert dialog.result.text() == f"Connected: 0 volgui backups in {remote}."
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert panel.remote == f"sftp://root@127.0.0.1:{sshd.port}{remote}"
    assert panel.folder_label.text() == panel.remote

    window.selection.select_volume(volume)
    qtbot.mouseClick(panel.backup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(panel.model.items) == 1 and not panel.busy(), timeout=WAIT)
    names = sorted(p.name for p in remote.iterdir())
    assert len(names) == 2 and names[1].endswith(".manifest.json") and names[0] == names[1][:-14]
    panel.view.selectRow(0)
    qtbot.mouseClick(panel.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.model.items and panel.model.items[0].verified is True, timeout=WAIT)
    assert "✔" in panel.status.text()
