"""Snapshots in the window, by clicks: take one, see what changed, compare a file, roll back."""

from __future__ import annotations

import io
import os
import tarfile
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from volume_trees import in_place, manifest

from tests.accessibility_audit import undescribed_controls, unnamed_controls
from tests.gui.test_layout import SIZES, scheme  # noqa: F401 - the light/dark fixture
from tests.layout_check import layout_problems
from volgui.engine import Engine
from volgui.engine.connection import ConnectionSpec
from volgui.engine.volumes import helpers, swap_restore
from volgui.engine.volumes.archive_scan import Entry
from volgui.engine.volumes.backups import BackupInfo
from volgui.engine.volumes.changes import Change, Diff
from volgui.engine.volumes.interrupted import LeftAside
from volgui.engine.volumes.snapshots import Snapshot
from volgui.models.changes import ChangesFilter, ChangesTreeModel
from volgui.models.snapshots import SnapshotTableModel
from volgui.ui.features.snapshots.changes_dialog import ChangesDialog
from volgui.ui.features.snapshots.compare_dialog import CompareDialog
from volgui.ui.features.snapshots.put_back_dialog import PutBackDialog
from volgui.ui.features.snapshots.rollback_dialog import RollbackDialog

pytestmark = pytest.mark.integration
WAIT = 30000


def _entry(kind="file", size=3, sha="a" * 64) -> Entry:
    return Entry(kind, 0o644, 0, 0, 1, size, sha if kind == "file" else "")


def _diff() -> Diff:
    changes = (Change("a", "changed", _entry("dir"), _entry("dir", 0), ("mode",)),
               Change("a/b/c.txt", "added", None, _entry()),
               Change("d.bin", "changed", _entry(), _entry(size=4, sha="b" * 64), ("content",)),
               Change("e/" * 40 + "deep", "removed", _entry(), None))
    return Diff(changes, 4, 10, 10)


def _snapshot(tmp_path) -> Snapshot:
    info = BackupInfo(tmp_path / "v--x.tar", tmp_path / "v--x.tar.manifest.json", "v", "unix://x",
                      datetime.now(UTC), 3, 1000, 2048, True, "", "Read back whole")
    return Snapshot(info, "before the upgrade", "", ("web",))


def test_models_keep_their_contracts(qtmodeltester, tmp_path):
    table = SnapshotTableModel()
    table.set_items([_snapshot(tmp_path)])
    qtmodeltester.check(table)
    assert table.index(0, 2).data() == "web" and table.index(0, 3).data() == "before the upgrade"
    tree = ChangesTreeModel()
    tree.set_diff(_diff())
    qtmodeltester.check(tree)
    proxy = ChangesFilter()
    proxy.setSourceModel(tree)
    qtmodeltester.check(proxy)
    assert tree.rowCount() == 3  # a, d.bin, e
    proxy.set_filter({"added"}, "")
    assert proxy.rowCount() == 1  # only a (it holds the added a/b/c.txt)
    proxy.set_filter({"added", "changed", "removed"}, "d.bin")
    assert proxy.rowCount() == 1


def test_changes_are_shown_in_the_file_browser_s_order(qtmodeltester):
    paths = ("d/f-10", "Z", "d/f-2", "d", "a", "d/F-1")
    tree = ChangesTreeModel()
    tree.set_diff(Diff(tuple(Change(p, "added", None, _entry()) for p in paths), 6, 0, 6))
    qtmodeltester.check(tree)
    assert [tree.item(r).text() for r in range(tree.rowCount())] == ["a", "d", "Z"]
    folder = tree.item(1)
    assert [folder.child(r).text() for r in range(folder.rowCount())] == ["F-1", "f-2", "f-10"]


def put(engine, volume, name, data):
    info = tarfile.TarInfo(name)
    info.size, info.mtime = len(data), 1_700_000_000
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as tar:
        tar.addfile(info, io.BytesIO(data))
    with helpers.helper(engine, volume) as cid:
        engine.api.put_archive(cid, helpers.MOUNT, buf.getvalue())


def click(qtbot, button) -> None:
    qtbot.waitUntil(button.isEnabled, timeout=WAIT)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def shot(widget, name: str) -> None:
    pixmap = widget.grab()
    assert not pixmap.isNull()
    folder = os.environ.get("VOLGUI_SCREENSHOTS")
    if folder:
        pixmap.save(os.path.join(folder, f"{name}.png"))


def newest(window, kind):
    (dialog,) = [d for d in window.findChildren(kind) if d.isVisible()][-1:]
    return dialog


@pytest.fixture
def volume(window, engine_host, docker_api, prefix, qtbot):
    name = f"{prefix}notes"
    docker_api.create_volume(name)
    engine = Engine.connect(ConnectionSpec(engine_host, "test"))
    put(engine, name, "todo.txt", b"milk\neggs\nbread\n")
    put(engine, name, "photo.bin", bytes(range(256)))
    qtbot.waitUntil(lambda: window.volume_model.row_of(name) >= 0, timeout=WAIT)
    yield name, engine
    engine.close()


def open_timeline(qtbot, window, name):
    """The volume selected, its "Snapshots and roll back…" opened, and its lists arrived."""
    feature = window.context.features.snapshots
    qtbot.waitUntil(lambda: window.selection.select_volume(name) or bool(window.selection.selected_volumes()),
                    timeout=WAIT)
    feature.timeline_action.trigger()
    timeline = feature.dialogs[-1]
    qtbot.waitUntil(lambda: not timeline.waiting, timeout=WAIT)
    return timeline


def test_snapshot_diff_compare_and_roll_back_by_clicks(qtbot, window, volume, monkeypatch):
    name, engine = volume
    before = manifest(engine, name)
    timeline = open_timeline(qtbot, window, name)
    qtbot.keyClicks(timeline.note, "before the edit")
    click(qtbot, timeline.snapshot_button)
    qtbot.waitUntil(lambda: not timeline.waiting and len(timeline.model.items) == 1, timeout=WAIT)
    assert timeline.model.items[0].note == "before the edit" and "Snapshot taken" in timeline.status.text()

    put(engine, name, "todo.txt", b"milk\neggs\nbutter\nbread\n")
    put(engine, name, "new.txt", b"hello\n")
    timeline.view.selectRow(0)
    click(qtbot, timeline.changes_button)
    changes = newest(timeline, ChangesDialog)
    qtbot.waitUntil(lambda: not changes.waiting, timeout=WAIT)
    assert "2 changes: 1 added, 1 changed, 0 removed" in changes.summary.text()
    click(qtbot, changes.checks["added"])  # hide the added ones
    assert changes.proxy.rowCount() == 1
    changes.tree.setCurrentIndex(changes.proxy.index(0, 0))
    assert changes.selected_change().path == "todo.txt"
    shot(changes, "snapshot-changes")
    click(qtbot, changes.compare_button)
    compare = newest(changes, CompareDialog)
    qtbot.waitUntil(lambda: not compare.waiting, timeout=WAIT)
    assert compare.old_edit.toPlainText() == "milk\neggs\nbread"
    assert compare.new_edit.toPlainText() == "milk\neggs\nbutter\nbread"
    assert "Lines that differ: 0 then, 1 now." in compare.status.text()
    assert len(compare.new_edit.extraSelections()) == 1
    shot(compare, "snapshot-compare")
    compare.close()
    changes.close()

    click(qtbot, timeline.rollback_button)
    confirm = timeline.confirm
    qtbot.waitUntil(confirm.isVisible, timeout=WAIT)
    assert confirm.stop_check is None  # nothing runs on the volume
    click(qtbot, confirm.rollback_button)
    qtbot.waitUntil(lambda: "Rolled" in timeline.status.text() and not timeline.waiting, timeout=WAIT)
    qtbot.waitUntil(lambda: len(timeline.model.items) == 2, timeout=WAIT)
    assert manifest(engine, name) == before
    assert "before rolling back" in timeline.model.items[0].reason  # the safety snapshot, on top
    shot(timeline, "snapshot-timeline")
    # delete the safety snapshot (after a question, answered yes here)
    monkeypatch.setattr("volgui.ui.features.snapshots.timeline.ask_yes_no", lambda *a: True)
    safety = timeline.model.items[0]
    timeline.view.selectRow(0)
    click(qtbot, timeline.delete_button)
    qtbot.waitUntil(lambda: not timeline.waiting and len(timeline.model.items) == 1, timeout=WAIT)
    assert not safety.manifest.exists() and not safety.backup.archive.exists()
    assert timeline.model.items[0].note == "before the edit"
    timeline.close()


def test_roll_back_offers_to_stop_running_users(qtbot, window, volume, docker_api, test_image, prefix,
                                                tmp_path):
    name, _engine = volume
    cid = docker_api.create_container(test_image, ["sleep", "300"], name=f"{prefix}app",
                                      labels={"volgui.test": "1"},
                                      host_config=docker_api.create_host_config(binds=[f"{name}:/data"]))["Id"]
    docker_api.start(cid)
    feature = window.context.features.snapshots
    qtbot.waitUntil(lambda: feature.running_users(name) == [f"{prefix}app"], timeout=WAIT)
    dialog = RollbackDialog(_snapshot(tmp_path), feature.running_users(name), window)
    dialog.show()
    assert dialog.stop_check is not None and not dialog.stop_check.isChecked()  # only if chosen
    click(qtbot, dialog.stop_check)
    assert dialog.stop_users
    dialog.close()


HIDDEN = swap_restore.HIDDEN + "0123456789abcdef"
# the volume as a roll back killed during its extraction leaves it: every entry in the hidden
# folder, which has the root's mode, owner and time, the marker beside it, and part of the snapshot
LEFT_ASIDE = (f"mkdir -p /tmp && cd /v && touch -r . /tmp/ref && M=$(stat -c %a .) && O=$(stat -c %u:%g .) "
              f"&& mkdir {HIDDEN} && mv todo.txt photo.bin {HIDDEN}/ && chown $O {HIDDEN} "
              f"&& chmod $M {HIDDEN} && touch -r /tmp/ref {HIDDEN} && : > {HIDDEN}.extracting "
              f"&& echo then > todo.txt")


def test_put_back_what_an_interrupted_roll_back_left_by_clicks(qtbot, window, volume, docker_api, test_image):
    name, engine = volume
    before = manifest(engine, name)
    in_place(docker_api, test_image, name, LEFT_ASIDE)
    timeline = open_timeline(qtbot, window, name)
    assert timeline.left_aside_row.isVisible()
    assert timeline.left_aside_label.text() == (
        f"An interrupted roll back left the volume's files in the folder {HIDDEN}.")
    shot(timeline, "snapshot-put-back")
    click(qtbot, timeline.put_back_button)
    confirm = timeline.put_back_confirm
    qtbot.waitUntil(confirm.isVisible, timeout=WAIT)
    assert "removes what the roll back restored beside the folder" in confirm.intro.text()
    shot(confirm, "snapshot-put-back-confirm")
    assert confirm.command_box.isVisible() and f"rmdir {HIDDEN}" in confirm.command_box.text()
    click(qtbot, confirm.ok_button)
    qtbot.waitUntil(lambda: "are back" in timeline.status.text() and not timeline.waiting, timeout=WAIT)
    assert timeline.status.text().startswith(f"The files of {name} are back from the folder {HIDDEN}.")
    assert not timeline.left_aside_row.isVisible()
    assert manifest(engine, name) == before  # the root's mode, owner and time too
    qtbot.waitUntil(lambda: len(timeline.model.items) == 1, timeout=WAIT)
    assert "before putting back an interrupted roll back" in timeline.model.items[0].reason
    timeline.close()


def test_a_refused_put_back_shows_why_and_keeps_the_row(qtbot, window, volume, docker_api, test_image):
    """Killed while moving (no marker) with a name both beside and inside the folder: nothing moves."""
    name, engine = volume
    in_place(docker_api, test_image, name,
             f"cd /v && mkdir {HIDDEN} && mv todo.txt {HIDDEN}/ && echo new > todo.txt")
    then = manifest(engine, name)
    timeline = open_timeline(qtbot, window, name)
    click(qtbot, timeline.put_back_button)
    confirm = timeline.put_back_confirm
    qtbot.waitUntil(confirm.isVisible, timeout=WAIT)
    assert "Nothing is removed" in confirm.intro.text()
    click(qtbot, confirm.ok_button)
    qtbot.waitUntil(lambda: timeline.status.text().startswith("✘") and not timeline.waiting, timeout=WAIT)
    said = timeline.status.text()
    assert f"both in the folder {HIDDEN} and beside it in {name} (1 in all): todo.txt." in said
    assert timeline.left_aside_row.isVisible() and timeline.put_back_button.isEnabled()
    assert manifest(engine, name) == then
    timeline.close()


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_snapshot_dialogs_layout(qtbot, window, volume, scheme, size, tmp_path,  # noqa: F811 - fixture
                                 docker_api, test_image):
    name, engine = volume
    in_place(docker_api, test_image, name, LEFT_ASIDE)  # the timeline shows its warning row
    window.resize(*size)
    feature = window.context.features.snapshots
    qtbot.waitUntil(lambda: window.selection.select_volume(name) or bool(window.selection.selected_volumes()),
                    timeout=WAIT)
    feature.timeline_action.trigger()
    timeline = feature.dialogs[-1]
    click(qtbot, timeline.snapshot_button)
    qtbot.waitUntil(lambda: not timeline.waiting and len(timeline.model.items) == 1, timeout=WAIT)
    assert timeline.left_aside_row.isVisible()
    put(engine, name, "todo.txt", b"milk\n")
    confirm = RollbackDialog(timeline.model.items[0], ["web", "db"], window)
    found = LeftAside(HIDDEN, True)
    put_back = PutBackDialog(name, found, feature.put_back_command(name, found), window)
    dialogs = [("timeline", timeline), ("roll back", confirm), ("put back", put_back)]
    changes = ChangesDialog(feature, timeline.model.items[0], window)
    dialogs.append(("changes", changes))
    for _, dialog in dialogs[1:]:
        dialog.show()
    qtbot.waitUntil(lambda: not changes.waiting, timeout=WAIT)
    changes.tree.setCurrentIndex(changes.proxy.index(0, 0))
    compare = CompareDialog(feature, timeline.model.items[0], changes.selected_change(), window)
    compare.show()
    qtbot.waitUntil(lambda: not compare.waiting, timeout=WAIT)
    dialogs.append(("compare", compare))
    qtbot.wait(50)
    QApplication.processEvents()
    problems = []
    for label, dialog in dialogs:
        problems += [f"{label} ({dialog.width()}×{dialog.height()}): {p}" for p in layout_problems(dialog)]
        problems += [f"{label}: no accessible name: {p}" for p in unnamed_controls(dialog)]
    problems += [f"put back: no description: {p}" for p in undescribed_controls(put_back)]
    if not timeline.put_back_button.accessibleDescription():
        problems.append("timeline: Put back… has no description")
    if size == SIZES[0] and scheme == "light":
        shot(dialogs[1][1], "snapshot-roll-back")
    for _, dialog in dialogs:
        dialog.done(QDialog.DialogCode.Rejected)
    assert problems == [], f"{size} {scheme}:\n" + "\n".join(problems)


def test_what_changed_since_a_backup_from_the_backups_tab(qtbot, window, volume, tmp_path):
    name, engine = volume
    panel = window.context.features.backups_panel
    panel.set_folder(str(tmp_path / "backups"))
    qtbot.waitUntil(lambda: window.selection.select_volume(name) or bool(window.selection.selected_volumes()),
                    timeout=WAIT)
    click(qtbot, panel.backup_button)
    qtbot.waitUntil(lambda: len(panel.model.items) == 1 and not panel.busy(), timeout=WAIT)
    put(engine, name, "photo.bin", bytes(reversed(range(256))))
    panel.view.selectRow(0)
    click(qtbot, panel.changes_button)
    changes = newest(window, ChangesDialog)
    qtbot.waitUntil(lambda: not changes.waiting, timeout=WAIT)
    assert "since the backup of" in changes.heading.text()
    assert "1 change: 0 added, 1 changed, 0 removed" in changes.summary.text()
    changes.tree.setCurrentIndex(changes.proxy.index(0, 0))
    click(qtbot, changes.compare_button)
    compare = newest(changes, CompareDialog)
    qtbot.waitUntil(lambda: not compare.waiting, timeout=WAIT)
    assert "Not text" in compare.status.text() and compare.facts.isVisibleTo(compare)
    shot(compare, "snapshot-compare-binary")
    compare.close()
    changes.close()
