"""The engine status area: which engine, its version, whether it answers slowly or not at all
(and since when), or why there is none (with Retry)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from volgui.engine.present.display import clock_time, latency_text
from volgui.workers.session import SessionState

_DOT = {"connected": "#2e9e44", "slow": "#d9a400", "connecting": "#d9a400", "not answering": "#e65100",
        "disconnected": "#c62828"}


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
        self.dot.setStyleSheet(f"color: {_DOT.get(state.health, '#888')};")
        if state.phase == "connected" and state.info and state.slow:
            self.text.setText(self.tr("Slow — answers in {0}: {1}").format(
                latency_text(state.latency), state.info.describe()))
            self.text.setToolTip(self.tr("The engine answers, but slowly; actions may take a while."))
        elif state.phase == "connected" and state.info:
            self.text.setText(self.tr("Connected: {0}").format(state.info.describe()))
            self.text.setToolTip(self.tr("Found via {0}").format(state.info.source))
        elif state.phase == "not_answering":
            host = state.info.host if state.info else ""
            self.text.setText(self.tr("Not answering since {0} — {1}").format(clock_time(state.since), host))
            self.text.setToolTip(state.message)
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
