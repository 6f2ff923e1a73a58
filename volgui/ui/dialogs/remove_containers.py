"""Remove containers: what is lost (write-layer changes), what is kept (volumes), one confirmation."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QCheckBox, QTreeWidget, QTreeWidgetItem, QWidget

from volgui import operations
from volgui.engine.dto.objects import Container
from volgui.engine.present import commands
from volgui.ui.dialogs.base import ActionDialog, note_label
from volgui.ui.views.descriptions import describe

MAX_LISTED = 200  # changed files listed per container; the count is always exact

def _short(name: str) -> str:
    return name[:12] + "…" if len(name) == 64 else name

class RemoveContainersDialog(ActionDialog):
    def __init__(self, containers: list[Container], submit, parent: QWidget | None = None) -> None:
        n = len(containers)
        title = self.tr("Remove container") if n == 1 else self.tr("Remove {0} containers").format(n)
        super().__init__(title, self.tr("Remove"), parent, destructive=True)
        self.setObjectName("removeContainersDialog")
        self.containers = list(containers)
        self.preview: operations.RemovalPreview | None = None
        names = ", ".join(c.name for c in containers)
        self.intro.setText(self.tr("Remove {0}? {1}").format(names, operations.WRITE_LAYER_NOTE))
        self.lost_label = note_label()
        self.lost_label.setObjectName("lostLabel")
        self.changes_tree = QTreeWidget()
        self.changes_tree.setObjectName("changesTree")
        describe(self.changes_tree, self.tr("The files changed in the write layer, lost with the container"))
        self.changes_tree.setHeaderLabels([self.tr("Changed in the write layer (lost)"), self.tr("Change")])
        self.changes_tree.setRootIsDecorated(True)
        self.changes_tree.setMinimumHeight(120)
        self.changes_tree.setColumnWidth(0, 460)
        self.kept_label = note_label()
        self.kept_label.setObjectName("keptLabel")
        self.volumes_tree = QTreeWidget()
        self.volumes_tree.setObjectName("keptVolumesTree")
        self.volumes_tree.setAccessibleName(self.tr("Volumes kept"))
        describe(self.volumes_tree,
                 self.tr("The volumes these containers use; removing the containers keeps them"))
        self.volumes_tree.setHeaderLabels([self.tr("Volume (kept)"), self.tr("Mounted at"), self.tr("Kind")])
        self.volumes_tree.setRootIsDecorated(False)
        self.volumes_tree.setMaximumHeight(130)
        self.volumes_tree.setColumnWidth(0, 220)
        self.volumes_tree.setColumnWidth(1, 160)
        self.anonymous_check = QCheckBox()
        self.anonymous_check.setObjectName("removeAnonymousCheck")
        self.anonymous_check.setChecked(False)
        self.anonymous_check.toggled.connect(self._update_command)
        self.anonymous_note = note_label(tone="hint")
        self.running_label = note_label(tone="warn")
        self.running_label.setTextFormat(Qt.TextFormat.PlainText)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        for widget in (self.running_label, self.lost_label, self.changes_tree, self.kept_label,
                       self.volumes_tree, self.anonymous_check, self.anonymous_note):
            self.body.addWidget(widget)
        for widget in (self.lost_label, self.changes_tree, self.kept_label, self.volumes_tree,
                       self.anonymous_check, self.anonymous_note, self.running_label):
            widget.hide()
        self.command_box.set_command(commands.remove_containers(
            [c.name for c in containers], stop_first=[c.name for c in containers if c.running]))
        self.ask(submit, operations.removal_preview, self.containers,
                 busy_text=self.tr("Reading what each container changed…"))

    def on_preview(self, preview: operations.RemovalPreview) -> None:
        self.preview = preview
        total = preview.changes_total
        self.lost_label.setText(self.tr(
            "<b>Lost:</b> {0} in the write layer (added, changed or deleted inside the container, "
            "outside its volumes).").format(self.tr("%Ln changed file(s)", "", total)) if total else self.tr(
            "<b>Lost:</b> nothing — no file was changed in the write layer."))
        unknown = [f"{c.name}: {c.changes_unknown}" for c in preview.containers if c.changes_unknown]
        if unknown:
            self.lost_label.setText(self.lost_label.text() + "<br>" + self.tr(
                "The changes of some containers could not be read — they are lost too: {0}").format(
                html.escape("; ".join(unknown))))
        self.lost_label.show()
        self.changes_tree.clear()
        for item in preview.containers:
            counts = self.tr("nothing changed") if not item.changes else self.tr(
                "{0} added, {1} changed, {2} deleted").format(
                item.count(operations.KIND_ADDED), item.count(operations.KIND_MODIFIED),
                item.count(operations.KIND_DELETED))
            top = QTreeWidgetItem([self.tr("{0} — {1}: {2}").format(
                item.name, self.tr("%Ln file(s)", "", len(item.changes)), counts) if item.changes
                else self.tr("{0} — {1}").format(item.name, counts)])
            top.setFirstColumnSpanned(True)
            for change in item.changes[:MAX_LISTED]:
                QTreeWidgetItem(top, [change.path, change.kind_text])
            if len(item.changes) > MAX_LISTED:
                QTreeWidgetItem(top, [self.tr("… and {0} more").format(len(item.changes) - MAX_LISTED), ""])
            self.changes_tree.addTopLevelItem(top)
            top.setExpanded(len(preview.containers) == 1 or len(item.changes) <= 10)
        self.changes_tree.setVisible(total > 0)

        self.volumes_tree.clear()
        volumes = preview.volumes
        for v in volumes:
            if v.anonymous:
                kind = self.tr("anonymous")
                if v.other_users:
                    kind += self.tr(" — also used by {0}").format(", ".join(v.other_users))
            else:
                kind = self.tr("named")
            row = QTreeWidgetItem([_short(v.name), v.destination, kind])
            row.setToolTip(0, v.name)
            self.volumes_tree.addTopLevelItem(row)
        binds = [b for c in preview.containers for b in c.binds]
        if volumes:
            text = self.tr("<b>Kept:</b> {0} — the data stays and can be mounted into another "
                           "container.").format(self.tr("%Ln volume(s)", "", len(volumes)))
        else:
            text = self.tr("<b>Kept:</b> no volumes are mounted.")
        if binds:
            text += " " + self.tr("Host folders mounted in are not touched: {0}.").format(
                html.escape(", ".join(binds)))
        self.kept_label.setText(text)
        self.kept_label.show()
        self.volumes_tree.setVisible(bool(volumes))

        anonymous = preview.anonymous_volumes
        self.anonymous_check.setText(self.tr("Also remove {0} (data lost)").format(
            self.tr("%Ln anonymous volume(s)", "", len(anonymous))))
        self.anonymous_check.setVisible(bool(anonymous))
        self.anonymous_note.setText(self.tr(
            "Anonymous volumes were created with the container (docker run -v /path) and have a long "
            "random name; no other container uses these. They are kept unless you tick this."))
        self.anonymous_note.setVisible(bool(anonymous))
        running = preview.running
        self.running_label.setText(self.tr("Running: {0} — stopped first (like docker stop), then removed.")
                                   .format(", ".join(running)))
        self.running_label.setVisible(bool(running))
        self._update_command()
        self.ok_button.setEnabled(True)

    @Slot()
    def _update_command(self, *_args) -> None:
        if self.preview is not None:
            self.command_box.set_command(self.preview.command(self.remove_anonymous))

    @property
    def remove_anonymous(self) -> bool:
        return (self.anonymous_check.isChecked() and self.preview is not None
                and bool(self.preview.anonymous_volumes))

    def accepted_values(self) -> dict:
        return {"remove_anonymous_volumes": self.remove_anonymous}

    def accept(self) -> None:
        if self.preview is None:
            return
        super().accept()
