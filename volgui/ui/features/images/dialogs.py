"""The image action dialogs: remove (the containers that use it named; "remove them too" with the
usual preview), prune (the exact list, with sizes), tag, and prune the build cache."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QHeaderView,
    QLineEdit,
    QRadioButton,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from volgui.engine.errors import EngineError
from volgui.engine.images import refs
from volgui.engine.images.disk_use import DiskRow
from volgui.engine.present import image_commands
from volgui.engine.present.display import human_size, state_word, volume_short_name
from volgui.operations import images as ops
from volgui.ui.dialogs.base import ActionDialog, note_label
from volgui.ui.views.descriptions import describe, rows_text


def fit_rows(tree: QTreeWidget, most: int = 8) -> None:
    """As tall as its rows (up to ``most``; more scroll): a two-row list needs no empty half page."""
    rows = max(1, min(tree.topLevelItemCount(), most))
    row = tree.sizeHintForRow(0) if tree.topLevelItemCount() else tree.fontMetrics().height() + 6
    tree.setFixedHeight(tree.header().sizeHint().height() + rows * row + 2 * tree.frameWidth() + 4)


def _tree(name: str, headers: list[str], spoken: str) -> QTreeWidget:
    tree = QTreeWidget()
    tree.setObjectName(name)
    tree.setAccessibleName(spoken)
    describe(tree, rows_text())
    tree.setHeaderLabels(headers)
    tree.setRootIsDecorated(False)
    tree.setMinimumHeight(100)
    header = tree.header()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for col in range(1, len(headers)):
        header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
    return tree


class RemoveImagesDialog(ActionDialog):
    """Images with sizes; the containers that use them, refused unless "remove them too"."""

    def __init__(self, image_ids: list[str], submit, parent: QWidget | None = None) -> None:
        n = len(image_ids)
        super().__init__(self.tr("Remove image") if n == 1 else self.tr("Remove {0} images").format(n),
                         self.tr("Remove"), parent, destructive=True)
        self.setObjectName("removeImagesDialog")
        self.image_ids = list(image_ids)
        self.preview: ops.ImageRemovalPreview | None = None
        self.intro.setText(self.tr("A removed image can be pulled again if a registry has it; one made "
                                   "here (built, committed, loaded) is gone."))
        self.images = _tree("removeImagesList", [self.tr("Image"), self.tr("Size")],
                            self.tr("Images to remove"))
        self.body.addWidget(self.images)
        self.users_note = note_label(tone="warn")
        self.users_note.setObjectName("imageUsersNote")
        self.users = _tree("imageUsersList", [self.tr("Container"), self.tr("State"), self.tr("Loses"),
                                              self.tr("Keeps")], self.tr("Containers made from it"))
        self.also_containers = QCheckBox(self.tr("Remove these containers too"))
        self.also_containers.setObjectName("removeContainersToo")
        describe(self.also_containers, self.tr("Remove the containers listed above first, then the images"),
                 tip=True)
        self.also_containers.toggled.connect(self._update)
        for widget in (self.users_note, self.users, self.also_containers):
            widget.hide()
            self.body.addWidget(widget)
        self.ask(submit, ops.image_removal_preview, self.image_ids,
                 busy_text=self.tr("Finding its containers…"))

    def on_preview(self, preview: ops.ImageRemovalPreview) -> None:
        self.preview = preview
        for entry in preview.entries:
            QTreeWidgetItem(self.images, [", ".join(entry.refs), human_size(entry.image.size)])
        users = preview.users
        losses = {c.name: c for c in preview.containers.containers} if preview.containers else {}
        for c in users:
            removal = losses.get(c.name)
            changed = len(removal.changes) if removal is not None else 0
            lost = self.tr("%Ln changed file(s)", "", changed) if changed else self.tr("nothing")
            if removal is not None and removal.changes_unknown:
                lost = removal.changes_unknown
            volumes = [volume_short_name(v.name, v.anonymous) for v in
                       (removal.volumes if removal is not None else ())]
            kept = ", ".join(volumes) if volumes else self.tr("no volume")
            state = state_word("running" if c.running else c.state)
            item = QTreeWidgetItem(self.users, [c.name, state, lost, kept])
            if removal is not None and removal.changes:
                item.setToolTip(2, "\n".join(f"{ch.kind_text}: {ch.path}" for ch in removal.changes[:40]))
        fit_rows(self.images)
        fit_rows(self.users)
        if users:
            self.users_note.setText(self.tr("{0} made from it: the engine refuses to remove an image a "
                                            "container uses. Remove them first, or here with it (running "
                                            "ones are stopped; their named volumes are kept).")
                                    .format(self.tr("%Ln container(s)", "", len(users))))
        for widget in (self.users_note, self.users, self.also_containers):
            widget.setVisible(bool(users))
        self._update()

    @Slot()
    def _update(self, *_args) -> None:
        if self.preview is None:
            return
        too = self.also_containers.isChecked()
        self.command_box.set_command(self.preview.command(too))
        self.ok_button.setEnabled(not self.preview.users or too)

    def accepted_values(self) -> dict:
        return {"image_ids": self.image_ids, "remove_containers_too": self.also_containers.isChecked(),
                "command": self.command_box.text()}


class PruneImagesDialog(ActionDialog):
    """Dangling (untagged) or every unused image: the exact list and what it frees."""

    def __init__(self, submit, unused: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Prune unused images"), self.tr("Remove these images"), parent,
                         destructive=True)
        self.setObjectName("pruneImagesDialog")
        self._submit = submit
        self.preview: ops.ImagePrunePreview | None = None
        self.intro.setText(self.tr("Remove images no container uses. Exactly the images listed are "
                                   "removed, nothing that appears meanwhile."))
        self.dangling = QRadioButton(self.tr("Untagged images only (left over when a tag moved)"))
        self.unused = QRadioButton(self.tr("Every image no container uses, tagged or not"))
        self.dangling.setObjectName("pruneDangling")
        self.unused.setObjectName("pruneUnused")
        describe(self.dangling, self.tr("Remove only the images without a name: the list below shows them"))
        describe(self.unused,
                 self.tr("Remove every image no container uses, named ones too: the list below shows them"))
        (self.unused if unused else self.dangling).setChecked(True)
        self.unused.toggled.connect(self.refresh)
        self.list = _tree("pruneImagesList", [self.tr("Image"), self.tr("Size")],
                          self.tr("Images to remove"))
        self.total = note_label()
        self.total.setObjectName("pruneImagesTotal")
        for widget in (self.dangling, self.unused, self.list, self.total):
            self.body.addWidget(widget)
        self.refresh()

    @Slot()
    def refresh(self, *_args) -> None:
        self.list.clear()
        self.total.setText("")
        self.ask(self._submit, ops.image_prune_preview, self.unused.isChecked(),
                 busy_text=self.tr("Finding unused images…"))

    def on_preview(self, preview: ops.ImagePrunePreview) -> None:
        self.preview = preview
        for image in preview.images:
            QTreeWidgetItem(self.list, [", ".join(image_commands.image_ref(image.id, image.tags)),
                                        human_size(image.size)])
        fit_rows(self.list, 12)
        n = len(preview.images)
        self.total.setText(self.tr("Nothing to remove.") if not n else
                           self.tr("{0}, up to {1} (layers another image shares stay).")
                           .format(self.tr("%Ln image(s)", "", n), human_size(preview.size)))
        self.command_box.set_command(preview.command())
        self.ok_button.setEnabled(bool(n))

    def accepted_values(self) -> dict:
        images = self.preview.images if self.preview is not None else ()
        return {"image_ids": [i.id for i in images], "command": self.command_box.text()}


class TagImageDialog(ActionDialog):
    def __init__(self, image_id: str, source: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Tag image"), self.tr("Tag"), parent)
        self.setObjectName("tagImageDialog")
        self.image_id, self.source = image_id, source
        self.intro.setText(self.tr("Give {0} another name: a new version (app:1.3), or a registry's name "
                                   "to push it there (registry.example.com/team/app:1.3).").format(source))
        self.target = QLineEdit()
        self.target.setObjectName("tagTarget")
        self.target.setAccessibleName(self.tr("New name"))
        self.target.setPlaceholderText("registry.example.com/team/app:1.3")
        self.target.textChanged.connect(self._update)
        self.problem = note_label(tone="error")
        self.body.addWidget(self.target)
        self.body.addWidget(self.problem)
        self._update()

    @Slot()
    def _update(self, *_args) -> None:
        text = self.target.text().strip()
        try:
            refs.check_reference(text)
            if "@" in text:
                raise EngineError(self.tr("A tag cannot be a digest."))
        except EngineError as exc:
            self.problem.setText(exc.message if text else "")
            self.ok_button.setEnabled(False)
            self.command_box.set_command("")
            return
        self.problem.setText("")
        self.ok_button.setEnabled(True)
        self.command_box.set_command(image_commands.tag_image(self.source, refs.full(text)))

    def accepted_values(self) -> dict:
        return {"image_id": self.image_id, "target": self.target.text().strip(),
                "command": self.command_box.text()}


class PruneBuildCacheDialog(ActionDialog):
    """The build cache entries no build uses now, from the disk-use answer."""

    def __init__(self, rows: list[DiskRow], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Prune build cache"), self.tr("Remove build cache"), parent,
                         destructive=True)
        self.setObjectName("pruneBuildCacheDialog")
        free = [r for r in rows if r.reclaimable]
        self.intro.setText(self.tr("Build cache makes the next build faster; removing it frees {0}. "
                                   "Entries a build uses now are kept.")
                           .format(human_size(sum(r.size for r in free))))
        self.list = _tree("buildCacheList", [self.tr("Cache entry"), self.tr("Size")],
                          self.tr("Build cache to remove"))
        for row in free:
            QTreeWidgetItem(self.list, [row.name, human_size(row.size)])
        fit_rows(self.list, 12)
        self.body.addWidget(self.list)
        self.command_box.set_command(image_commands.prune_build_cache())
        self.ok_button.setEnabled(bool(free))

    def accepted_values(self) -> dict:
        return {"command": self.command_box.text()}
