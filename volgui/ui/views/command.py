"""The equivalent ``docker`` commands of a dialog: read-only, monospaced, wrapped, with Copy.

Secret-looking ``--env`` values are shown and copied masked. When the dialog hands over the same
text with the values in clear, a "Copy with secrets" button (and the same entry in the box's
context menu) copies that instead: an explicit action, never the default.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Slot
from PySide6.QtGui import QFontDatabase, QGuiApplication, QKeySequence, QTextOption
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from volgui.engine.dto.secrets import mask_command
from volgui.ui.views.descriptions import command_text, describe


class CommandView(QWidget):
    """``Equivalent command:`` above a box showing ``lines`` lines, Copy and Copy with secrets."""

    def __init__(self, caption: str, lines: int = 3, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._with_secrets = ""
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(2)
        row = QHBoxLayout()
        self.caption = QLabel(caption)
        self.copy = QPushButton(self.tr("Copy"))
        self.copy.setToolTip(self.tr("Copy the commands to paste them into a terminal (secret values "
                                     "masked)"))
        self.copy.setProperty("noFirstFocus", True)  # see ui/dialogs/focus.py: never the first focus
        self.copy.setAutoDefault(False)
        self.copy.clicked.connect(self._copy)
        self.copy_secrets = QPushButton(self.tr("Copy with secrets"))
        self.copy_secrets.setObjectName("copyWithSecrets")
        self.copy_secrets.setToolTip(self.tr("Copy the commands with the secret values (passwords, "
                                             "tokens, keys) in clear"))
        self.copy_secrets.clicked.connect(self._copy_with_secrets)
        self.copy_secrets.setProperty("noFirstFocus", True)
        self.copy_secrets.setAutoDefault(False)
        self.copy_secrets.hide()
        row.addWidget(self.caption, 1)
        row.addWidget(self.copy)
        row.addWidget(self.copy_secrets)
        outer.addLayout(row)
        self.edit = QPlainTextEdit()
        self.edit.setObjectName("commandText")
        self.edit.setAccessibleName(self.tr("Equivalent command"))
        describe(self.edit, command_text())
        self.edit.setReadOnly(True)
        self.edit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.edit.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.edit.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                          | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.edit.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.edit.customContextMenuRequested.connect(self._menu)
        line = self.edit.fontMetrics().lineSpacing()
        self.edit.setFixedHeight(line * lines + 12)
        outer.addWidget(self.edit)

    def set_command(self, text: str, with_secrets: str = "") -> None:
        """Show ``text`` (masked again here, whatever the caller built); ``with_secrets`` is the
        same command with secret values in clear, offered only through "Copy with secrets"."""
        text = mask_command(text)
        if text != self.edit.toPlainText():
            self.edit.setPlainText(text)
        self._with_secrets = with_secrets if with_secrets and with_secrets != text else ""
        self.copy.setEnabled(bool(text))
        self.copy_secrets.setVisible(bool(self._with_secrets))

    def text(self) -> str:
        return self.edit.toPlainText()

    def has_secrets(self) -> bool:
        return bool(self._with_secrets)

    def build_menu(self) -> QMenu:
        """The box's context menu: Copy (masked) and, when there are secrets, Copy with secrets."""
        menu = QMenu(self)
        copy = menu.addAction(self.tr("Copy"), self._copy_selection)
        copy.setShortcut(QKeySequence.StandardKey.Copy)
        menu.addAction(self.tr("Copy all"), self._copy)
        if self._with_secrets:
            menu.addSeparator()
            menu.addAction(self.tr("Copy with secrets (passwords in clear)"), self._copy_with_secrets)
        return menu

    @Slot(QPoint)
    def _menu(self, pos: QPoint) -> None:
        menu = self.build_menu()
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.edit.mapToGlobal(pos))

    @Slot()
    def _copy_selection(self) -> None:
        selected = self.edit.textCursor().selectedText().replace("\u2029", "\n")
        QGuiApplication.clipboard().setText(selected or self.text())

    @Slot()
    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text())

    @Slot()
    def _copy_with_secrets(self) -> None:
        if self._with_secrets:
            QGuiApplication.clipboard().setText(self._with_secrets)
