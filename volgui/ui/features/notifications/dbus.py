"""``org.freedesktop.Notifications.Notify`` over QtDBus, without blocking the GUI thread.

The call is asynchronous (a notification server that hangs must not freeze the window); its
answer is read only to say in the log why nothing was shown. The bus is the one named by
``DBUS_SESSION_BUS_ADDRESS`` when the notice is sent, so a test (or a new login) with another
session bus is followed.
"""

from __future__ import annotations

import hashlib
import logging
import os

from PySide6.QtCore import QObject, Slot
from PySide6.QtDBus import QDBusConnection, QDBusMessage, QDBusPendingCall, QDBusPendingCallWatcher

from volgui.engine.present.notices import Notice

log = logging.getLogger(__name__)

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
TIMEOUT_MS = 5000


class DBusNotifier(QObject):
    """Sends notices; ``sent`` counts what the server accepted, ``last_error`` says the last refusal."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.sent = 0
        self.last_error = ""
        self._names: set[str] = set()
        self._watchers: set[QDBusPendingCallWatcher] = set()

    def _bus(self) -> QDBusConnection | None:
        address = os.environ.get("DBUS_SESSION_BUS_ADDRESS", "")
        if not address:
            self.last_error = "no desktop session bus (DBUS_SESSION_BUS_ADDRESS is not set)"
            return None
        name = "volgui-notify-" + hashlib.sha256(address.encode()).hexdigest()[:12]
        bus = QDBusConnection.connectToBus(address, name)
        self._names.add(name)
        if not bus.isConnected():
            self.last_error = f"the session bus does not answer ({bus.lastError().message()[:200]})"
            return None
        return bus

    def send(self, notice: Notice) -> bool:
        """Start sending ``notice``; False when there is no bus to send it on."""
        bus = self._bus()
        if bus is None:
            log.info("No desktop notification: %s", self.last_error)
            return False
        message = QDBusMessage.createMethodCall(SERVICE, PATH, SERVICE, "Notify")
        message.setArguments(["volgui", 0, "volgui", notice.summary, notice.body, [],
                              {"urgency": notice.urgency, "category": "volgui"}, -1])
        watcher = QDBusPendingCallWatcher(bus.asyncCall(message, TIMEOUT_MS), self)
        watcher.finished.connect(self._on_answered)
        self._watchers.add(watcher)
        return True

    @Slot(QDBusPendingCallWatcher)
    def _on_answered(self, watcher: QDBusPendingCall) -> None:
        reply = watcher.reply()
        if reply.type() == QDBusMessage.MessageType.ErrorMessage:
            self.last_error = f"the notification server refused it: {reply.errorMessage()[:200]}"
            log.info("No desktop notification: %s", self.last_error)
        else:
            self.sent += 1
        self._watchers.discard(watcher)
        watcher.deleteLater()

    @Slot()
    def close(self) -> None:
        for name in self._names:
            QDBusConnection.disconnectFromBus(name)
        self._names.clear()
