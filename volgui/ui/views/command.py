"""The equivalent ``docker`` commands of a dialog: read-only, monospaced, wrapped, with Copy."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QFontDatabase, QGuiApplication, QTextOption
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget


class CommandView(QWidget):
    """``Equivalent command:`` above a box showing ``lines`` lines, and a Copy button."""

    def __init__(self, caption: str, lines: int = 3, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(2)
        row = QHBoxLayout()
        self.caption = QLabel(caption)
        self.copy = QPushButton(self.tr("Copy"))
        self.copy.setToolTip(self.tr("Copy the commands to paste them into a terminal"))
        self.copy.setProperty("noFirstFocus", True)  # see ui/dialogs/focus.py: never the first focus
        self.copy.setAutoDefault(False)
        self.copy.clicked.connect(self._copy)
        row.addWidget(self.caption, 1)
        row.addWidget(self.copy)
        outer.addLayout(row)
        self.edit = QPlainTextEdit()
        self.edit.setObjectName("commandText")
        self.edit.setReadOnly(True)
        self.edit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.edit.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.edit.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                          | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        line = self.edit.fontMetrics().lineSpacing()
        self.edit.setFixedHeight(line * lines + 12)
        outer.addWidget(self.edit)

    def set_command(self, text: str) -> None:
        if text != self.edit.toPlainText():
            self.edit.setPlainText(text)
        self.copy.setEnabled(bool(text))

    def text(self) -> str:
        return self.edit.toPlainText()

    @Slot()
    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text())
