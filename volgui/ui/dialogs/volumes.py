"""Remove volumes (refused while in use, sizes shown) and prune unused volumes (exact list first)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QCheckBox, QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from volgui import operations
from volgui.engine.present import commands
from volgui.engine.present.display import human_age, human_size
from volgui.ui.dialogs.base import ActionDialog, note_label
from volgui.ui.dialogs.snapshot_first import snapshot_first_check
from volgui.ui.window.context import context_of


def _short(name: str) -> str:
    return name[:12] + "…" if len(name) == 64 else name



def _volume_tree(headers: list[str], name: str) -> QTreeWidget:
    tree = QTreeWidget()
    tree.setObjectName(name)
    tree.setHeaderLabels(headers)
    tree.setRootIsDecorated(False)
    tree.setAlternatingRowColors(True)
    tree.setMinimumHeight(110)
    header = tree.header()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for col in range(1, len(headers)):
        header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
    return tree


def _add_row(tree: QTreeWidget, entry: operations.VolumeEntry, *extra: str) -> QTreeWidgetItem:
    item = QTreeWidgetItem([_short(entry.name), *extra])
    item.setToolTip(0, entry.name)
    item.setData(0, Qt.ItemDataRole.UserRole, entry.name)
    item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    tree.addTopLevelItem(item)
    return item


def _backups(parent) -> object | None:
    """The Backups tab (for "back up first" and each volume's last backup), when installed."""
    ctx = context_of(parent)
    return ctx.features.backups_panel if ctx is not None else None


def _backup_check(panel, names: list[str]) -> QCheckBox:
    """"Back up first", on by default when a volume has never been backed up."""
    never = [n for n in names if panel.model.last_backup(n) is None]
    check = QCheckBox()
    check.setObjectName("backupFirstCheck")
    check.setText(check.tr("Back up first, into the Backups tab's folder"))  # a path would be cut
    check.setToolTip(check.tr("Into {0}. Each volume is saved to a verified-ready archive before it is "
                              "deleted; if a backup fails, nothing is deleted.").format(panel.folder))
    check.setChecked(bool(never))
    return check


def _last_backup_text(panel, name: str) -> str:
    if panel is None:
        return ""
    last = panel.model.last_backup(name)
    if last is None:
        return "never"
    return human_age(last.created)


class RemoveVolumesDialog(ActionDialog):
    """Lists the volumes with sizes; those in use are refused, naming their containers."""

    def __init__(self, names: list[str], submit, parent: QWidget | None = None) -> None:
        n = len(names)
        title = self.tr("Remove volume") if n == 1 else self.tr("Remove {0} volumes").format(n)
        super().__init__(title, self.tr("Remove"), parent, destructive=True)
        self.setObjectName("removeVolumesDialog")
        self.names = list(names)
        self.preview: operations.VolumePreview | None = None
        self.intro.setText(self.tr("The data in a removed volume is deleted for good. "
                                   "Back it up first if you may need it."))
        self.backups = _backups(parent)
        headers = [self.tr("Volume"), self.tr("Size"), self.tr("Kind")]
        if self.backups is not None:
            headers.append(self.tr("Last backup"))
        self.tree = _volume_tree(headers, "removeVolumesTree")
        self.total_label = note_label()
        self.total_label.setObjectName("totalLabel")
        self.refused_label = note_label(tone="error")
        self.refused_label.setObjectName("refusedLabel")
        self.refused_label.setTextFormat(Qt.TextFormat.PlainText)
        self.refused_label.hide()
        for widget in (self.tree, self.total_label, self.refused_label):
            self.body.addWidget(widget)
        self.backup_check = _backup_check(self.backups, self.names) if self.backups is not None else None
        if self.backup_check is not None:
            self.body.addWidget(self.backup_check)
        self.snapshot_check = snapshot_first_check(self)
        if self.snapshot_check is not None:
            self.body.addWidget(self.snapshot_check)
        self.command_box.set_command(commands.remove_volumes(self.names))
        self.ask(submit, operations.volume_removal_preview, self.names,
                 busy_text=self.tr("Measuring the volumes (docker system df -v)…"))

    def on_preview(self, preview: operations.VolumePreview) -> None:
        self.preview = preview
        self.tree.clear()
        for entry in preview.removable:
            kind = self.tr("anonymous") if entry.anonymous else self.tr("named")
            _add_row(self.tree, entry, human_size(entry.size, unknown="unknown"), kind,
                     _last_backup_text(self.backups, entry.name))
        if preview.removable:
            self.total_label.setText(self.tr("<b>Deleted:</b> {0}, {1} of data.").format(
                self.tr("%Ln volume(s)", "", len(preview.removable)),
                human_size(preview.total_size, unknown="unknown")))
        else:
            self.total_label.setText(self.tr("Nothing can be removed."))
        refusals = [self.tr("“{0}” ({1}) is in use by {2}: remove those containers first.").format(
            _short(e.name), human_size(e.size, unknown="unknown"), ", ".join(e.users))
            for e in preview.refused]
        if preview.refused:
            refusals.append(self.tr("A volume cannot be removed while a container uses it — even a "
                                    "stopped one. Removing the container keeps the volume."))
        refusals += [self.tr("“{0}” no longer exists.").format(n) for n in preview.missing]
        self.refused_label.setText("\n".join(refusals))
        self.refused_label.setVisible(bool(refusals))
        self.tree.setVisible(bool(preview.removable))
        self.command_box.set_command(commands.remove_volumes(preview.names) if preview.names else "")
        self.ok_button.setEnabled(bool(preview.removable))

    def accepted_values(self) -> dict:
        assert self.preview is not None
        return {"names": list(self.preview.names),
                "sizes": {e.name: e.size for e in self.preview.removable},
                "backup_first": bool(self.backup_check and self.backup_check.isChecked()),
                "snapshot_first": bool(self.snapshot_check and self.snapshot_check.isChecked())}

    def accept(self) -> None:
        if self.preview is None or not self.preview.removable:
            return
        super().accept()


class PruneDialog(ActionDialog):
    """Lists exactly the unused volumes that will be deleted, and how much data, before anything."""

    def __init__(self, submit, parent: QWidget | None = None, api_version: str = "") -> None:
        super().__init__(self.tr("Prune unused volumes"), self.tr("Delete these volumes"), parent,
                         destructive=True)
        self.setObjectName("pruneDialog")
        self.api_version = api_version  # the engine's: what "docker volume prune" does depends on it
        self.preview: operations.VolumePreview | None = None
        self.intro.setText(self.tr(
            "Unused volumes are those no container uses — running or stopped. Pruning deletes them "
            "and their data for good. Exactly the volumes listed below are deleted; one created "
            "meanwhile is left alone."))
        self.named_check = QCheckBox(self.tr("Include named volumes (not only anonymous ones)"))
        self.named_check.setObjectName("includeNamedCheck")
        self.named_check.setChecked(False)  # like docker volume prune since Engine 23
        self.named_check.setToolTip(self.tr("Since Docker Engine 23 “docker volume prune” deletes only "
                                            "anonymous volumes unless you add --all."))
        self.named_check.toggled.connect(self._fill)
        self.backups = _backups(parent)
        headers = [self.tr("Volume"), self.tr("Size"), self.tr("Kind")]
        if self.backups is not None:
            headers.append(self.tr("Last backup"))
        self.tree = _volume_tree(headers, "pruneTree")
        self.total_label = note_label()
        self.total_label.setObjectName("totalLabel")
        self.kept_label = note_label(tone="hint")
        self.kept_label.setTextFormat(Qt.TextFormat.PlainText)
        for widget in (self.named_check, self.tree, self.total_label, self.kept_label):
            self.body.addWidget(widget)
        self.backup_check = None
        if self.backups is not None:
            self.backup_check = _backup_check(self.backups, [])
            self.body.addWidget(self.backup_check)
        self.snapshot_check = snapshot_first_check(self)
        if self.snapshot_check is not None:
            self.body.addWidget(self.snapshot_check)
        self.ask(submit, operations.prune_preview,
                 busy_text=self.tr("Finding unused volumes and measuring them…"))

    def on_preview(self, preview: operations.VolumePreview) -> None:
        self.preview = preview
        self._fill()

    @property
    def selected(self) -> list[operations.VolumeEntry]:
        if self.preview is None:
            return []
        named = self.named_check.isChecked()
        return [e for e in self.preview.removable if named or e.anonymous]

    @Slot()
    def _fill(self, *_args) -> None:
        if self.preview is None:
            return
        self.tree.clear()
        chosen = self.selected
        for entry in chosen:
            kind = self.tr("anonymous") if entry.anonymous else self.tr("named")
            _add_row(self.tree, entry, human_size(entry.size, unknown="unknown"), kind,
                     _last_backup_text(self.backups, entry.name))
        if self.backup_check is not None:
            self.backup_check.setChecked(any(self.backups.model.last_backup(e.name) is None for e in chosen))
        sizes = [e.size for e in chosen]
        total = -1 if any(s < 0 for s in sizes) else sum(sizes)
        if chosen:
            self.total_label.setText(self.tr("<b>Will delete:</b> {0}, {1} of data.").format(
                self.tr("%Ln volume(s)", "", len(chosen)), human_size(total, unknown="unknown")))
        else:
            self.total_label.setText(self.tr("No unused volumes: there is nothing to prune."))
        self.tree.setVisible(bool(chosen))
        kept = len(self.preview.refused)
        self.kept_label.setText(self.tr("Kept because containers use them: {0}.").format(
            ", ".join(_short(e.name) for e in self.preview.refused)) if kept else "")
        self.kept_label.setVisible(bool(kept))
        names = [e.name for e in chosen]
        prune = commands.prune_volumes(self.named_check.isChecked(), self.api_version)
        self.command_box.set_command(commands.remove_volumes(names) if names else prune)
        self.command_box.caption.setText(self.tr("Equivalent command:"))
        if prune:
            self.command_box.setToolTip(self.tr("Like {0} on this engine, but only the volumes listed."
                                                ).format(prune))
        else:
            self.command_box.setToolTip(self.tr(
                "On this engine (API {0}) “docker volume prune” also deletes unused named volumes: "
                "no prune command deletes only the anonymous ones.").format(self.api_version))
        self.ok_button.setEnabled(bool(chosen))

    def accepted_values(self) -> dict:
        chosen = self.selected
        return {"names": [e.name for e in chosen], "sizes": {e.name: e.size for e in chosen},
                "backup_first": bool(self.backup_check and self.backup_check.isChecked()),
                "snapshot_first": bool(self.snapshot_check and self.snapshot_check.isChecked())}

    def accept(self) -> None:
        if not self.selected:
            return
        super().accept()


class ConfirmDialog(ActionDialog):
    """A plain confirmation listing the objects and the command (multi-select stop, kill…)."""

    def __init__(self, title: str, text: str, items: list[str], command: str, ok_text: str,
                 parent: QWidget | None = None, destructive: bool = False) -> None:
        super().__init__(title, ok_text, parent, destructive)
        self.setObjectName("confirmDialog")
        self.intro.setText(text)
        self.tree = _volume_tree([self.tr("Container")], "confirmTree")
        for item in items:
            self.tree.addTopLevelItem(QTreeWidgetItem([item]))
        rows = self.tree.sizeHintForRow(0) * min(len(items), 8) if items else 0
        self.tree.setMinimumHeight(0)
        frame = 2 * self.tree.frameWidth() + 4
        self.tree.setFixedHeight(self.tree.header().sizeHint().height() + rows + frame)
        self.body.addWidget(self.tree)
        self.command_box.set_command(command)

    def accepted_values(self) -> dict:
        return {}
