"""The shared frame of action dialogs: an explanation, the body, a busy bar while the engine is
asked, the equivalent ``docker`` command (live, copyable) and the buttons.

A dialog that needs a preview submits it through ``submit`` (the session's) and fills itself in
when it arrives; closing the dialog cancels a preview still running, so a late result never
lands. Tests set fields and call ``accept()``; ``accepted_values()`` is what the action uses.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from volgui.ui.dialogs.fit import grow_to_fit
from volgui.ui.dialogs.focus import NO_FIRST_FOCUS, settle_focus
from volgui.ui.views.descriptions import action_text, describe, describe_buttons
from volgui.ui.window.settings import open_settings
from volgui.workers.requests import Request


def ask_yes_no(parent: QWidget, title: str, text: str,
               icon: QMessageBox.Icon = QMessageBox.Icon.Warning) -> bool:
    """A modal yes/no question whose default answer is No (for anything that overwrites or deletes)."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                      parent)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


def fixed_font():
    return QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)


def note_label(text: str = "", tone: str = "") -> QLabel:
    """A wrapped label; tone ``error``/``warn``/``hint`` colours it."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    colour = {"error": "#c62828", "warn": "#8a5a00", "hint": "palette(placeholder-text)"}.get(tone)
    if colour:
        label.setStyleSheet(f"color: {colour};")
    return label


SHOW_COMMANDS_KEY = "learn/show_commands"


def show_commands() -> bool:
    """The "Show docker commands" setting (on by default): dialogs show the equivalent command."""
    value = open_settings().value(SHOW_COMMANDS_KEY, True)
    return value not in (False, "false", "0", 0)


class CommandBox(QWidget):
    """``Equivalent command:`` and the command (wrapped, selectable) with a Copy button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.caption = QLabel(self.tr("Equivalent command:"))
        self.caption.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.edit = QLabel()
        self.edit.setObjectName("commandLine")
        self.edit.setWordWrap(True)
        self.edit.setTextFormat(Qt.TextFormat.PlainText)
        self.edit.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                          | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.edit.setFont(fixed_font())
        self.edit.setStyleSheet("QLabel#commandLine { background: palette(base); "
                                "border: 1px solid palette(mid); border-radius: 3px; padding: 3px; }")
        self.copy = QPushButton(self.tr("Copy"))
        self.copy.setToolTip(self.tr("Copy the command to paste it into a terminal"))
        self.copy.setAutoDefault(False)
        self.copy.setProperty(NO_FIRST_FOCUS, True)  # typing into a new dialog goes to its fields
        self.copy.clicked.connect(self._copy)
        self.edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        layout.addWidget(self.caption, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.copy, 0, Qt.AlignmentFlag.AlignTop)

    def set_command(self, command: str) -> None:
        self.edit.setText(command)
        self.copy.setEnabled(bool(command))
        self.setVisible(bool(command) and show_commands())

    def text(self) -> str:
        return self.edit.text()

    @Slot()
    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self.edit.text())


class ActionDialog(QDialog):
    """Explanation, body, busy bar, command, OK/Cancel. Subclasses fill ``body``."""

    def __init__(self, title: str, ok_text: str, parent: QWidget | None = None,
                 destructive: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(640)
        self._request: Request | None = None
        self._first_focus: QWidget | None = None
        self._focus_settled = False
        grow_to_fit(self)  # a preview's text arrives later: the dialog grows to show it whole
        layout = QVBoxLayout(self)
        self.intro = note_label()
        layout.addWidget(self.intro)
        self.body = QVBoxLayout()
        layout.addLayout(self.body, 1)
        self.busy_row = QWidget()
        busy = QHBoxLayout(self.busy_row)
        busy.setContentsMargins(0, 0, 0, 0)
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setMaximumWidth(140)
        self.busy_label = QLabel()
        busy.addWidget(self.busy_bar)
        busy.addWidget(self.busy_label, 1)
        self.busy_row.hide()
        layout.addWidget(self.busy_row)
        self.error = note_label(tone="error")
        self.error.hide()
        layout.addWidget(self.error)
        self.command_box = CommandBox()
        layout.addWidget(self.command_box)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text)
        if destructive:  # Enter must not delete anything: Cancel is the default button
            self.ok_button.setObjectName("destructiveButton")
            self.ok_button.setAutoDefault(False)
            cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
            cancel.setDefault(True)
            self._first_focus = cancel
        describe(self.ok_button, action_text())
        describe_buttons(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def showEvent(self, event) -> None:
        if not self._focus_settled:  # the body is filled by now: order Tab by it, focus its first field
            self._focus_settled = True
            settle_focus(self, self._first_focus)
        super().showEvent(event)

    # -- previews -------------------------------------------------------------------------------
    def ask(self, submit, fn, *args, busy_text: str = "", **kwargs) -> Request:
        """Run a read-only ``fn(engine, *args)`` for this dialog; results go to ``on_preview``."""
        self.cancel_request()
        self.set_busy(busy_text or self.tr("Asking the engine…"))
        self.ok_button.setEnabled(False)
        request = submit(fn, *args, label=self.windowTitle(), **kwargs)
        self._request = request
        request.succeeded.connect(self._on_succeeded)
        request.failed.connect(self._on_failed)
        return request

    def cancel_request(self) -> None:
        if self._request is not None and not self._request.done:
            self._request.cancel()
        self._request = None

    @property
    def waiting(self) -> bool:
        return self._request is not None and not self._request.done

    @Slot(object)
    def _on_succeeded(self, result) -> None:
        self._request = None
        self.set_busy("")
        self.on_preview(result)
        QTimer.singleShot(0, self.adjustSize)  # fit what the preview showed or hid

    @Slot(object)
    def _on_failed(self, error) -> None:
        self._request = None
        self.set_busy("")
        self.show_error(getattr(error, "message", str(error)))
        self.ok_button.setEnabled(False)

    def on_preview(self, result) -> None:  # pragma: no cover - overridden
        pass

    def set_busy(self, text: str) -> None:
        self.busy_label.setText(text)
        self.busy_row.setVisible(bool(text))

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def done(self, result: int) -> None:
        self.cancel_request()
        super().done(result)
