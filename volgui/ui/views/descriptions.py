"""What a control does, said once: the accessible descriptions (and tooltips) many views share.

A screen reader says a control's name, then its description: what happens when it is used. Qt
takes a widget's tooltip as its description when none is set, so a control that a sighted person
also gains from explaining gets the text as a tooltip (``tip=True``); the rest get it as the
accessible description only. The wording of controls that recur — Cancel, Close, Browse, tab bars,
command lines — lives here, so it reads the same in every dialog and is translated once
(context "Descriptions"). tests/gui/test_accessibility_audit.py fails on a reachable control
without a description.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QTabWidget, QWidget


def describe(widget: QWidget, text: str, *, tip: bool = False) -> QWidget:
    """Give ``widget`` the description ``text``; as its tooltip too when ``tip``. Returns it."""
    widget.setAccessibleDescription(text)
    if tip:
        widget.setToolTip(text)
    return widget


def cancel_text() -> str:
    return QCoreApplication.translate("Descriptions", "Close the dialog without doing anything")


def close_text() -> str:
    return QCoreApplication.translate("Descriptions", "Close this window")


def ok_text() -> str:
    return QCoreApplication.translate("Descriptions", "Keep these settings and close the dialog")


def action_text() -> str:
    return QCoreApplication.translate(
        "Descriptions", "Do what this dialog shows (the equivalent command) and close it")


def browse_file_text() -> str:
    return QCoreApplication.translate("Descriptions", "Pick the file in a file chooser")


def browse_folder_text() -> str:
    return QCoreApplication.translate("Descriptions", "Pick the folder in a folder chooser")


def command_text() -> str:
    return QCoreApplication.translate(
        "Descriptions", "The docker command that does the same, to read or copy")


def list_text() -> str:
    return QCoreApplication.translate(
        "Descriptions", "The arrow keys move between rows; the Menu key opens the actions of the row")


def read_only_text() -> str:
    return QCoreApplication.translate("Descriptions",
                                      "The container may read the files in the volume but not change them")


def read_write_text() -> str:
    return QCoreApplication.translate("Descriptions", "The container may change the files in the volume")


def rows_text() -> str:
    return QCoreApplication.translate("Descriptions", "A list to read: the arrow keys move from row to row")


def cancel_job_text() -> str:
    return QCoreApplication.translate(
        "Descriptions", "Stop the running job (nothing is left half done), or close the dialog")


def _standard(button: QDialogButtonBox.StandardButton) -> str:
    sb = QDialogButtonBox.StandardButton
    if button in (sb.Cancel, sb.Abort, sb.Discard):
        return cancel_text()
    if button == sb.Close:
        return close_text()
    if button in (sb.Ok, sb.Save, sb.Apply, sb.Yes):
        return ok_text()
    return ""


def describe_buttons(box: QDialogButtonBox) -> QDialogButtonBox:
    """Describe the box's standard buttons (Cancel, Close, OK…) that have no description yet."""
    for button in box.buttons():
        text = _standard(box.standardButton(button))
        if text and not button.accessibleDescription() and not button.toolTip():
            describe(button, text)
    return box


def describe_tab(tabs: QTabWidget, index: int, text: str) -> int:
    """A tab's description is its tooltip (a reader says it with the tab's name; the bar itself
    has no description of its own in Qt). Returns ``index``."""
    tabs.setTabToolTip(index, text)
    return index
