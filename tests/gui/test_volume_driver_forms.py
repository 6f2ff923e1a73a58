"""The create-volume dialog's forms, driven by clicks and typing: tmpfs and bind volumes tested
with a real mount, then created; a bad NFS option refused with a clear message."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import Qt

from volgui.engine.volumes import tools_image
from volgui.ui.dialogs.create_volume import CreateVolumeDialog

pytestmark = pytest.mark.integration

WAIT = 30000


@pytest.fixture
def tools(engine_host, docker_api):
    """volgui's tools image is made by the first test mount; removed again if it was not there."""
    existed = bool(docker_api.images(name=tools_image.TOOLS_REPO))
    yield
    if not existed:
        for img in docker_api.images(name=tools_image.TOOLS_REPO):
            docker_api.remove_image(img["Id"], force=True)
    tools_image._tried.clear()


def _open(qtbot, window) -> CreateVolumeDialog:
    ctl = window.context.features.actions_controller
    ctl.create_volume_action.trigger()
    dialog = ctl.dialog
    assert isinstance(dialog, CreateVolumeDialog)
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT)
    return dialog


def _choose(qtbot, combo, data) -> None:
    """Pick the item whose data is ``data`` with the arrow keys, as from the keyboard (the
    offscreen platform cannot open a popup list)."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentData() == data:
            break
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentData() == data


def _type(qtbot, edit, text: str) -> None:
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)
    edit.selectAll()
    qtbot.keyClicks(edit, text)


def _test_mount_and_create(qtbot, window, dialog, docker_api, name: str) -> dict:
    _type(qtbot, dialog.name_edit, name)
    qtbot.waitUntil(dialog.test_button.isEnabled, timeout=WAIT)
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dialog.trial_result.text()), timeout=WAIT)
    assert dialog.trial_result.text().startswith("The mount works"), dialog.trial_result.toolTip()
    shot(qtbot, dialog, f"create-volume-{name.rsplit('-', 1)[-1]}")
    qtbot.waitUntil(dialog.ok_button.isEnabled, timeout=WAIT)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.volume_model.row_of(name) >= 0, timeout=WAIT)
    return docker_api.inspect_volume(name)["Options"]


def shot(qtbot, widget, name: str) -> None:
    """Offscreen grab once the dialog has grown to its layout's needs, kept when
    VOLGUI_SCREENSHOTS names a folder."""
    qtbot.waitUntil(lambda: widget.height() >= widget.layout().totalMinimumSize().height(), timeout=WAIT)
    qtbot.wait(50)  # a queued adjustSize after a message appeared
    pixmap = widget.grab()
    assert not pixmap.isNull()
    folder = os.environ.get("VOLGUI_SCREENSHOTS")
    if folder:
        pixmap.save(os.path.join(folder, f"{name}.png"))


def test_tmpfs_volume_from_the_form(qtbot, window, docker_api, prefix, tools):
    dialog = _open(qtbot, window)
    _choose(qtbot, dialog.forms.kind_combo, "tmpfs")
    assert [n for n, page in dialog.forms.pages.items() if page.isVisible()] == ["tmpfs"]
    _type(qtbot, dialog.forms.tmpfs_size, "16m")
    _type(qtbot, dialog.forms.tmpfs_mode, "1777")
    assert "--opt type=tmpfs --opt device=tmpfs --opt o=size=16m,mode=1777" in dialog.command_box.text()
    assert "in memory" in dialog.options_note.text()
    options = _test_mount_and_create(qtbot, window, dialog, docker_api, f"{prefix}form-tmpfs")
    assert options == {"type": "tmpfs", "device": "tmpfs", "o": "size=16m,mode=1777"}


def test_bind_volume_from_the_form(qtbot, window, docker_api, prefix, tools, tmp_path):
    folder = tmp_path / "shared"
    folder.mkdir()
    dialog = _open(qtbot, window)
    _choose(qtbot, dialog.forms.kind_combo, "bind")
    _type(qtbot, dialog.forms.bind_folder, str(tmp_path / "missing"))
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dialog.trial_result.text()), timeout=WAIT)
    assert "does not exist" in dialog.trial_result.text()
    _type(qtbot, dialog.forms.bind_folder, str(folder))
    assert dialog.trial_result.text() == ""  # an edit forgets the old answer
    options = _test_mount_and_create(qtbot, window, dialog, docker_api, f"{prefix}form-bind")
    assert options == {"type": "none", "o": "bind", "device": str(folder)}


def test_bad_nfs_option_is_refused_with_a_clear_message(qtbot, window, prefix):
    dialog = _open(qtbot, window)
    _choose(qtbot, dialog.forms.kind_combo, "nfs")
    _type(qtbot, dialog.name_edit, f"{prefix}nfs")
    _type(qtbot, dialog.forms.nfs_server, "nas.example.org")
    _type(qtbot, dialog.forms.nfs_export, "/srv/share")
    _type(qtbot, dialog.forms.nfs_options, "hard,bogus")
    assert dialog.options_message.text().startswith("“bogus” is not an NFS mount option volgui knows")
    assert not dialog.ok_button.isEnabled() and not dialog.test_button.isEnabled()
    shot(qtbot, dialog, "create-volume-nfs-refused")
    _type(qtbot, dialog.forms.nfs_options, "hard,timeo=600")
    assert dialog.ok_button.isEnabled() and not dialog.options_message.isVisible()
    assert "--opt o=addr=nas.example.org,nfsvers=4,hard,timeo=600 --opt device=:/srv/share" in \
        dialog.command_box.text()
    # a comma smuggled into the server would add an option of its own
    _type(qtbot, dialog.forms.nfs_server, "nas,addr=evil")
    assert "not a host name" in dialog.options_message.text() and not dialog.ok_button.isEnabled()
    dialog.reject()


def test_cifs_password_is_hidden_and_its_fate_said(qtbot, window, prefix):
    dialog = _open(qtbot, window)
    _choose(qtbot, dialog.forms.kind_combo, "cifs")
    _type(qtbot, dialog.name_edit, f"{prefix}smb")
    _type(qtbot, dialog.forms.cifs_server, "nas")
    _type(qtbot, dialog.forms.cifs_share, "backup")
    _type(qtbot, dialog.forms.cifs_user, "alice")
    _type(qtbot, dialog.forms.cifs_password, "s3cret")
    assert "s3cret" not in dialog.command_box.text() and "password=********" in dialog.command_box.text()
    assert "docker volume inspect" in dialog.options_note.text()
    assert dialog.accepted_values()["options"]["o"] == "addr=nas,username=alice,password=s3cret,vers=3.0"
    _type(qtbot, dialog.forms.cifs_password, "a,b")
    assert "contains “,”" in dialog.options_message.text() and not dialog.ok_button.isEnabled()
    shot(qtbot, dialog, "create-volume-smb")
    dialog.reject()
