""""Tools image for fast backups…": the person picks the image volgui runs ``tar`` in, or has
volgui make one from this machine's static busybox.

Every engine call goes through the session's request worker (``operations.tools_image``); the
dialog only shows the answers. ``chosen(host, image)`` tells the feature to remember the choice.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from volgui.engine.present.display import human_size
from volgui.engine.volumes import tools_image
from volgui.operations import tools_image as tools_ops
from volgui.ui.dialogs.base import fixed_font, note_label
from volgui.ui.views.descriptions import describe_buttons

WHY = ("volgui runs tar in this image to copy volume data fast; pick one you trust — it gets read "
       "access to the volume (and write access when restoring).")


class ToolsImageDialog(QDialog):
    chosen = Signal(str, str)  # engine host, image ("" forgets the choice)

    def __init__(self, session, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.host = session.state.info.host if session.state.info is not None else ""
        self._request = None
        self._busy = False
        self._pending_choice = ""
        self.setWindowTitle(self.tr("Tools image for fast backups"))
        self.resize(620, 420)
        layout = QVBoxLayout(self)
        layout.addWidget(note_label(self.tr(WHY)))
        self.status = note_label(self.tr("Looking at the engine's images…"), "hint")
        self.status.setObjectName("toolsStatus")
        layout.addWidget(self.status)
        self.images = QTreeWidget()
        self.images.setObjectName("toolsImageList")
        self.images.setHeaderLabels([self.tr("Image"), self.tr("Size"), self.tr("Made for volgui")])
        self.images.setRootIsDecorated(False)
        self.images.setColumnWidth(0, 340)
        self.images.itemSelectionChanged.connect(self._update_buttons)
        self.images.itemDoubleClicked.connect(self.use_selected)
        layout.addWidget(self.images, 1)
        self.make_note = note_label("", "hint")
        self.make_note.setObjectName("toolsMakeNote")
        layout.addWidget(self.make_note)
        self.command = QLabel()
        self.command.setFont(fixed_font())
        self.command.setWordWrap(True)
        self.command.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.command)
        row = QHBoxLayout()
        self.use_button = QPushButton(self.tr("Use this image"))
        self.use_button.setObjectName("toolsUseButton")
        self.use_button.clicked.connect(self.use_selected)
        self.make_button = QPushButton(self.tr("Make one from this machine's busybox"))
        self.make_button.setObjectName("toolsMakeButton")
        self.make_button.clicked.connect(self.make)
        self.forget_button = QPushButton(self.tr("Forget my choice"))
        self.forget_button.setObjectName("toolsForgetButton")
        self.forget_button.clicked.connect(self.forget)
        for button in (self.use_button, self.make_button, self.forget_button):
            button.setEnabled(False)
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        describe_buttons(buttons)
        layout.addWidget(buttons)
        self.choices: tools_ops.ToolsChoices | None = None
        self.refresh()

    # -- asking the engine -----------------------------------------------------------------------------
    def _submit(self, fn, *args, label: str, command: str = "", done=None) -> None:
        for button in (self.use_button, self.make_button, self.forget_button):
            button.setEnabled(False)
        self._busy = True
        request = self.session.submit(fn, *args, label=label, command=command)
        request.succeeded.connect(done or self._on_chosen)
        request.failed.connect(self._on_failed)
        self._request = request

    @Slot()
    def refresh(self) -> None:
        self._submit(tools_ops.choices, label=self.tr("List images for the tools image"),
                     done=self._on_choices)

    @Slot(object)
    def _on_choices(self, choices: tools_ops.ToolsChoices) -> None:
        self._busy = False
        self.choices = choices
        self.images.clear()
        for image in choices.images:
            item = QTreeWidgetItem([image.name, human_size(image.size),
                                    self.tr("yes") if image.labelled else ""])
            item.setData(0, Qt.ItemDataRole.UserRole, image.name)
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.images.addTopLevelItem(item)
            if image.name == (choices.chosen or choices.in_use):
                item.setSelected(True)
        self._show_in_use(choices.in_use, choices.chosen)
        if choices.busybox:
            self.make_note.setText(self.tr("volgui can make its own (%s) from %s; nothing is downloaded.")
                                   % (tools_image.TOOLS_IMAGE, choices.busybox))
            self.command.setText(tools_image.make_command(choices.busybox))
        else:
            self.make_note.setText(self.tr("volgui cannot make its own here: %s") % choices.why_not)
            self.command.setText("")
        self._update_buttons()

    def _show_in_use(self, in_use: str, chosen: str) -> None:
        if in_use:
            whose = self.tr("your choice") if in_use == chosen else self.tr("labelled for volgui")
            if in_use == tools_image.TOOLS_IMAGE and in_use != chosen:
                whose = self.tr("made by volgui")
            self.status.setText(self.tr("Backups and restores use the fast way with %s (%s).")
                                % (in_use, whose))
        else:
            self.status.setText(self.tr("No tools image: backups and restores use the slower way through "
                                        "the engine's archive API."))

    @Slot(object)
    def _on_chosen(self, in_use: str) -> None:
        self._busy = False
        chosen = self._pending_choice
        self.chosen.emit(self.host, chosen)
        if self.choices is not None:
            self.choices = tools_ops.ToolsChoices(self.choices.images, chosen, in_use,
                                                  self.choices.busybox, self.choices.why_not)
        self.refresh()

    @Slot(object)
    def _on_failed(self, error) -> None:
        self._busy = False
        self.status.setText(getattr(error, "message", str(error)))
        self._update_buttons()

    def _update_buttons(self) -> None:
        choices = self.choices
        busy = self._busy
        selected = self.selected_image()
        self.use_button.setEnabled(not busy and bool(selected)
                                   and (choices is None or selected != choices.chosen))
        self.make_button.setEnabled(not busy and choices is not None and bool(choices.busybox))
        self.forget_button.setEnabled(not busy and choices is not None and bool(choices.chosen))

    def selected_image(self) -> str:
        items = self.images.selectedItems()
        return items[0].data(0, Qt.ItemDataRole.UserRole) if items else ""

    # -- what the person does --------------------------------------------------------------------------
    @Slot()
    def use_selected(self) -> None:
        image = self.selected_image()
        if image:
            self._pending_choice = image
            self._submit(tools_ops.choose, image, label=self.tr("Use {0} for fast backups").format(image))

    @Slot()
    def make(self) -> None:
        if self.choices is None or not self.choices.busybox:
            return
        self._pending_choice = tools_image.TOOLS_IMAGE
        self._submit(tools_ops.make, label=self.tr("Make volgui's tools image"),
                     command=tools_image.make_command(self.choices.busybox))

    @Slot()
    def forget(self) -> None:
        self._pending_choice = ""
        self._submit(tools_ops.choose, "", label=self.tr("Forget the chosen tools image"))

    def done(self, result: int) -> None:
        if self._request is not None:
            self._request.cancel()
        super().done(result)
