"""Walk everything a person can see: each tab of the main window, then each dialog the app opens
(opened as a person opens it, settled, closed after). For the checks that look at all of it: the
accessibility audit, high contrast, 200 %."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtWidgets import QApplication, QDialog, QWidget

from tests.gui.test_layout import open_dialogs, settle


def every_tab(window) -> Iterator[str]:
    """Shows each tab of the bottom, side and object tabs in turn; yields its title."""
    for tabs in (window.bottom_tabs, window.side_tabs, window.object_tabs):
        for i in range(tabs.count()):
            tabs.setCurrentIndex(i)
            QApplication.processEvents()
            yield tabs.tabText(i)


def every_dialog(qtbot, window, objects) -> Iterator[tuple[str, QWidget]]:
    """(name, dialog) for each dialog, settled; rejected once the caller has looked at it."""
    for name, dialog in open_dialogs(qtbot, window, objects):
        settle(qtbot, dialog)
        yield name, dialog
        dialog.done(QDialog.DialogCode.Rejected)
