"""“Take a snapshot first”: checked by default in the preview of every risky action volgui performs.

Shown only when the snapshots feature is installed; the action then runs after a snapshot of the
volumes it touches (``ctx.features.snapshots``, ``operations.snapshots.snapshot_first``), and a
failed snapshot stops it, so what it changes can be rolled back from "Snapshots and roll back…".
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QWidget

from volgui.ui.window.context import ContextWindow, context_of


def snapshot_first_check(dialog: QWidget | None, what: str = "") -> QCheckBox | None:
    """The check box (checked), or None when snapshots are not available in the dialog's window."""
    widget = dialog
    while widget is not None and not isinstance(widget, ContextWindow):  # a dialog is a window itself
        widget = widget.parentWidget()
    ctx = context_of(widget)
    if ctx is None or ctx.features.snapshots is None:
        return None
    check = QCheckBox()
    check.setObjectName("snapshotFirstCheck")
    check.setText(check.tr("Take a snapshot first, so this can be undone"))
    check.setToolTip(check.tr(
        "volgui keeps a verified copy of {0} in its snapshots; roll back to it from the volume's "
        "“Snapshots and roll back…”. If the snapshot fails, nothing is changed.").format(
        what or check.tr("each volume")))
    check.setChecked(True)
    return check
