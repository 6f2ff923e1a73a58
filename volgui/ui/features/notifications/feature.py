"""Desktop notifications while volgui is open, and the setting that turns each kind off.

Engine events go through ``present.notices.EventWatch`` (a container turning unhealthy, or
dying by itself — not one a person stopped); the Backups tab reports a scheduled backup that
failed, and a check every few minutes finds one that is overdue (said once per late backup).
``volgui-backup`` sends the backup notices when volgui is closed; both read the same choice
(``operations.notifications``), set in View ▸ Notifications….
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QObject, QTimer, Slot
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from volgui.engine.present import notices
from volgui.operations import notifications as prefs
from volgui.ui.dialogs.base import note_label
from volgui.ui.features.notifications.dbus import DBusNotifier
from volgui.ui.views.descriptions import describe, describe_buttons
from volgui.ui.window.context import WindowContext

OVERDUE_CHECK_MS = 10 * 60 * 1000
MAX_REMEMBERED = 1000


class NotificationsDialog(QDialog):
    """One check box per kind of notification."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notificationsDialog")
        self.setWindowTitle(self.tr("Notifications"))
        self.setMinimumWidth(440)  # the explanation on two lines, not five
        layout = QVBoxLayout(self)
        layout.addWidget(note_label(self.tr(
            "Show a desktop notification when… (volgui-backup follows the same choice when volgui is "
            "closed)")))
        chosen = prefs.enabled_kinds()
        self.boxes: dict[str, QCheckBox] = {}
        for kind, text in notices.KINDS.items():
            box = QCheckBox(text)
            box.setObjectName(kind)
            describe(box, self.tr("Show a desktop notification when this happens"))
            box.setChecked(chosen[kind])
            layout.addWidget(box)
            self.boxes[kind] = box
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        describe_buttons(buttons)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout.addWidget(buttons)

    def accept(self) -> None:
        prefs.save_enabled({kind: box.isChecked() for kind, box in self.boxes.items()})
        super().accept()


class NotificationsFeature(QObject):
    def __init__(self, ctx: WindowContext) -> None:
        super().__init__(ctx.window)
        self.ctx = ctx
        self.sender_ = DBusNotifier(self)
        self.watch = notices.EventWatch()
        self.dialog: NotificationsDialog | None = None
        self._said_overdue: set[tuple[str, str, str]] = set()
        ctx.session.event_received.connect(self._on_event)
        panel = ctx.features.backups_panel
        if panel is not None:
            panel.policy_failed.connect(self._on_policy_failed)
            panel.backups_changed.connect(self.check_overdue)
        self.timer = QTimer(self)
        self.timer.setInterval(OVERDUE_CHECK_MS)
        self.timer.timeout.connect(self.check_overdue)
        self.timer.start()
        self.action = ctx.view_menu.addAction(self.tr("&Notifications…"))
        self.action.setObjectName("notificationsAction")
        self.action.setToolTip(self.tr("Choose which desktop notifications volgui shows"))
        self.action.triggered.connect(self.open_settings)
        ctx.closing.connect(self.shutdown)

    def notify(self, notice: notices.Notice | None) -> bool:
        """Send ``notice`` when its kind is on; True when it went to the bus."""
        if notice is None or not prefs.enabled_kinds().get(notice.kind, True):
            return False
        return self.sender_.send(notice)

    @Slot(object)
    def _on_event(self, event) -> None:
        self.notify(self.watch.notice(event))

    @Slot(str, str)
    def _on_policy_failed(self, volume: str, message: str) -> None:
        self.notify(notices.backup_failed(volume, message))

    @Slot()
    def check_overdue(self) -> None:
        panel = self.ctx.features.backups_panel
        spec = self.ctx.session.spec
        if panel is None or spec is None:
            return
        now = datetime.now(UTC)
        for policy in panel.store.policies(spec.host):
            last = panel.latest_backup(policy.volume, spec.host)
            late = notices.overdue_by(policy.every_hours, last.created if last else None, now)
            key = (spec.host, policy.volume, last.created.isoformat() if last else "")
            if late and key not in self._said_overdue and len(self._said_overdue) < MAX_REMEMBERED:
                self._said_overdue.add(key)
                self.notify(notices.backup_overdue(policy.volume, late, last.created))

    @Slot()
    def open_settings(self) -> None:
        self.dialog = NotificationsDialog(self.ctx.window)
        self.dialog.open()

    @Slot()
    def shutdown(self) -> None:
        self.timer.stop()
        self.sender_.close()


def install(ctx: WindowContext) -> None:
    ctx.features.notifications = NotificationsFeature(ctx)
