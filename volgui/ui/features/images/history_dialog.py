"""An image's history: each layer's size and the step that made it (``docker image history``)."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from volgui.engine.present import image_commands
from volgui.engine.present.display import human_size
from volgui.models.image_tables import HistoryModel
from volgui.operations import images as ops
from volgui.ui.dialogs.base import CommandBox, note_label
from volgui.ui.dialogs.fit import grow_to_fit
from volgui.ui.views.descriptions import describe, describe_buttons, rows_text


class ImageHistoryDialog(QDialog):
    def __init__(self, session, ref: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grow_to_fit(self)
        self.setObjectName("imageHistoryDialog")
        self.setWindowTitle(self.tr("History of {0}").format(ref))
        self.setMinimumSize(720, 380)
        self.ref = ref
        layout = QVBoxLayout(self)
        self.summary = note_label(self.tr("Reading the layers…"))
        self.summary.setObjectName("historySummary")
        layout.addWidget(self.summary)
        self.model = HistoryModel(self)
        self.table = QTableView()
        self.table.setObjectName("historyTable")
        self.table.setAccessibleName(self.tr("Steps of the image, newest first"))
        describe(self.table, rows_text())
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        self.command = CommandBox()
        self.command.set_command(image_commands.history(ref))
        layout.addWidget(self.command)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        describe_buttons(buttons)
        layout.addWidget(buttons)
        self.request = session.submit(ops.image_history, ref, label=self.tr("History of {0}").format(ref))
        self.request.succeeded.connect(self._on_history)
        self.request.failed.connect(self._on_failed)

    @property
    def waiting(self) -> bool:
        return not self.request.done

    @Slot(object)
    def _on_history(self, layers) -> None:
        self.model.set_layers(layers)
        with_files = [layer for layer in layers if not layer.empty]
        self.summary.setText(self.tr("{0}, {1} of them with files ({2} in all). Newest first; a step "
                                     "without files (ENV, CMD, LABEL…) only changed the settings.")
                             .format(self.tr("%Ln step(s)", "", len(layers)), len(with_files),
                                     human_size(sum(layer.size for layer in layers))))

    @Slot(object)
    def _on_failed(self, error) -> None:
        self.summary.setStyleSheet("color: #c62828;")
        self.summary.setText(getattr(error, "message", str(error)))

    def done(self, result: int) -> None:
        self.request.cancel()
        super().done(result)
