"""The engine status area: which engine, its version, or why there is none (with Retry)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from volgui.workers.session import SessionState

_DOT = {"connected": "#2e9e44", "connecting": "#d9a400", "disconnected": "#c62828"}


class EngineStatusWidget(QWidget):
    """A coloured dot, a one-line description and a Retry button when not connected."""

    retry_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        self.dot = QLabel("●")
        self.text = QLabel(self.tr("Not connected"))
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.retry = QPushButton(self.tr("Retry"))
        self.retry.setToolTip(self.tr("Try to connect to the engine again"))
        self.retry.clicked.connect(self.retry_requested)
        # an unverified or plain-TCP connection says so, always visible while connected to it
        self.security = QLabel()
        self.security.setObjectName("engineSecurityWarning")
        self.security.setStyleSheet("color: #c62828;")
        self.security.hide()
        layout.addWidget(self.dot)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.security)
        layout.addWidget(self.retry)
        self.show_state(SessionState("connecting"))

    @Slot(object)
    def show_state(self, state: SessionState) -> None:
        self.dot.setStyleSheet(f"color: {_DOT.get(state.phase, '#888')};")
        if state.phase == "connected" and state.info:
            self.text.setText(self.tr("Connected: {0}").format(state.info.describe()))
            self.text.setToolTip(self.tr("Found via {0}").format(state.info.source))
        elif state.phase == "connecting":
            self.text.setText(self.tr("Connecting…"))
            self.text.setToolTip(state.message)
        else:
            first = state.message.splitlines()[0] if state.message else ""
            self.text.setText(self.tr("Not connected — {0}").format(first))
            self.text.setToolTip(state.message)
        self.retry.setVisible(state.phase == "disconnected")
        warning = state.info.warning if state.phase == "connected" and state.info else ""
        self.security.setText(self.tr("⚠ Not secure") if warning else "")
        self.security.setToolTip(warning)
        self.security.setVisible(bool(warning))
        if warning:
            self.text.setToolTip(f"{self.text.toolTip()}\n⚠ {warning}")
