"""The About dialog: what volgui is, and the versions a bug report needs (with a Copy button)."""

from __future__ import annotations

import platform

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from volgui import __version__
from volgui.ui.dialogs.focus import settle_on_show
from volgui.ui.views.descriptions import describe, describe_buttons
from volgui.ui.window.icons import app_icon

HOMEPAGE = "https://github.com/volgui/volgui"


def component_versions() -> list[tuple[str, str]]:
    """(component, version) for volgui and the libraries it runs on."""
    import docker
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import qVersion

    return [
        ("volgui", __version__),
        ("Qt", qVersion()),
        ("PySide6", pyside_version),
        ("Docker SDK for Python", docker.__version__),
        ("Python", f"{platform.python_version()} ({platform.python_implementation()})"),
    ]


def engine_description(session) -> str | None:
    """The connected engine as the status bar shows it, or None."""
    state = getattr(session, "state", None)
    info = getattr(state, "info", None)
    if state is None or not state.connected or info is None:
        return None
    return info.describe()


class AboutDialog(QDialog):
    def __init__(self, session=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        settle_on_show(self)  # Tab follows the layout; typing goes to the first field
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About volgui"))
        logo = QLabel()
        logo.setPixmap(app_icon().pixmap(96, 96))
        logo.setAlignment(Qt.AlignmentFlag.AlignTop)
        title = QLabel(f"<h2>volgui {__version__}</h2>")
        blurb = QLabel(self.tr(
            "Manage Docker containers and volumes by pointing and clicking — and learn the docker "
            "command behind every click."))
        blurb.setWordWrap(True)
        link = QLabel(f'<a href="{HOMEPAGE}">{HOMEPAGE}</a>')
        link.setOpenExternalLinks(True)
        licence = QLabel(self.tr("Free software under the GNU General Public License, version 3 or "
                                 "later."))
        licence.setWordWrap(True)

        self.form = QFormLayout()
        self.rows: dict[str, QLabel] = {}
        for name, version in component_versions():
            self._add_row(name, version)
        engine = engine_description(session)
        self._add_row(self.tr("Engine"), engine if engine else self.tr("not connected"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = buttons.addButton(self.tr("Copy versions"), QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_versions)
        describe(self.copy_button,
                 self.tr("Copy the versions of volgui, Qt, Python and the engine, for a bug report"),
                 tip=True)
        describe_buttons(buttons)
        buttons.rejected.connect(self.reject)

        text = QVBoxLayout()
        text.addWidget(title)
        text.addWidget(blurb)
        text.addWidget(link)
        text.addSpacing(8)
        text.addLayout(self.form)
        text.addSpacing(8)
        text.addWidget(licence)
        top = QHBoxLayout()
        top.addWidget(logo)
        top.addLayout(text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def _add_row(self, name: str, value: str) -> None:
        label = QLabel(value)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setWordWrap(True)
        self.form.addRow(f"{name}:", label)
        self.rows[name] = label

    def versions_text(self) -> str:
        return "\n".join(f"{name}: {label.text()}" for name, label in self.rows.items())

    @Slot()
    def copy_versions(self) -> None:
        QGuiApplication.clipboard().setText(self.versions_text())
