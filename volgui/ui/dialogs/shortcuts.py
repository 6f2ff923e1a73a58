"""Help ▸ Keyboard shortcuts: every shortcut of the window's actions, read from the actions
themselves when the dialog opens, so the list is never out of date."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from volgui.ui.dialogs.base import note_label
from volgui.ui.dialogs.focus import settle_on_show
from volgui.ui.views.descriptions import describe, describe_buttons, rows_text


def shortcut_rows(window: QWidget) -> list[tuple[str, str]]:
    """(what it does, keys) for each action of ``window`` that has a shortcut, sorted by name."""
    rows = {}
    for action in window.findChildren(QAction):
        keys = action.shortcut()
        if keys.isEmpty():
            continue
        name = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()
        text = keys.toString(QKeySequence.SequenceFormat.NativeText)
        if name and text:
            rows[(name, text)] = None
    return sorted(rows, key=lambda r: r[0].lower())


class ShortcutsDialog(QDialog):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        settle_on_show(self)
        rows = shortcut_rows(window)
        self.table = QTableWidget(len(rows), 2)
        self.table.setObjectName("shortcutsTable")
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        describe(self.table, rows_text())
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for r, (name, keys) in enumerate(rows):
            self.table.setItem(r, 0, QTableWidgetItem(name))
            self.table.setItem(r, 1, QTableWidgetItem(keys))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        describe_buttons(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(note_label(self.tr("Shortcuts that act on a list (Delete) work while that list "
                                            "has the focus."), tone="hint"))
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(480, 420)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)

    def rows(self) -> list[tuple[str, str]]:
        return [(self.table.item(r, 0).text(), self.table.item(r, 1).text())
                for r in range(self.table.rowCount())]
