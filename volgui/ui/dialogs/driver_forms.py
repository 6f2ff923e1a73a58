"""Forms for the local volume driver's real options: NFS, CIFS/SMB, tmpfs, bind, or raw options.

A kind chooser over one small form per kind; :meth:`DriverForms.options` turns the fields into
``--opt`` values through ``engine.volumes.driver_options``, which refuses a bad field with a
sentence naming it. The password field is masked and never saved: it goes into the volume's
options when the volume is created, and nowhere else.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from volgui.engine.validation import parse_labels
from volgui.engine.volumes import driver_options as do
from volgui.ui.dialogs.base import fixed_font
from volgui.ui.views.descriptions import describe

RAW, NFS, CIFS, TMPFS, BIND = "raw", "nfs", "cifs", "tmpfs", "bind"


def line_edit(name: str, placeholder: str = "") -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setPlaceholderText(placeholder)
    return edit


def _combo(name: str, items) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    combo.addItems(list(items))
    return combo


class DriverForms(QWidget):
    """The kind of volume and its fields; ``changed`` fires on every edit."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("volumeKind")
        describe(self.kind_combo, self.tr("What the volume holds; the fields below change with it"))
        for kind, text in ((RAW, self.tr("The driver's own (options below, if any)")),
                           (NFS, self.tr("NFS share")), (CIFS, self.tr("SMB/CIFS share (Windows, Samba)")),
                           (TMPFS, self.tr("In memory (tmpfs)")),
                           (BIND, self.tr("A folder on the engine's machine"))):
            self.kind_combo.addItem(text, kind)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.pages: dict[str, QWidget] = {}
        # raw
        self.options_edit = QPlainTextEdit()
        self.options_edit.setObjectName("volumeOptions")
        describe(self.options_edit, self.tr("Options for the driver, one key=value a line"))
        self.options_edit.setPlaceholderText(self.tr("(optional) one key=value a line, e.g. type=tmpfs"))
        self.options_edit.setFont(fixed_font())
        self.options_edit.setFixedHeight(56)
        self.options_edit.setTabChangesFocus(True)
        self._page(RAW, [(self.tr("Driver &options:"), self.options_edit)])
        # nfs
        self.nfs_server = line_edit("nfsServer", "nas.example.org")
        self.nfs_export = line_edit("nfsExport", "/srv/share")
        self.nfs_version = _combo("nfsVersion", do.NFS_VERSIONS)
        describe(self.nfs_version, self.tr("The NFS version the server speaks"))
        self.nfs_options = line_edit("nfsOptions", "hard,noatime")
        self._page(NFS, [(self.tr("&Server:"), self.nfs_server), (self.tr("&Export:"), self.nfs_export),
                         (self.tr("&Version:"), self.nfs_version), (self.tr("O&ptions:"), self.nfs_options)])
        # cifs
        self.cifs_server = line_edit("cifsServer", "nas.example.org")
        self.cifs_share = line_edit("cifsShare", "backup")
        self.cifs_user = line_edit("cifsUser", self.tr("(empty: guest)"))
        self.cifs_password = line_edit("cifsPassword")
        self.cifs_password.setEchoMode(QLineEdit.EchoMode.Password)
        describe(self.cifs_password, self.tr("Shown as dots; Docker keeps it with the volume"))
        self.cifs_version = _combo("cifsVersion", do.CIFS_VERSIONS)
        describe(self.cifs_version, self.tr("The SMB version the server speaks"))
        self.cifs_version.setCurrentText("3.0")
        self._page(CIFS, [(self.tr("&Server:"), self.cifs_server), (self.tr("S&hare:"), self.cifs_share),
                          (self.tr("&User:"), self.cifs_user), (self.tr("Pass&word:"), self.cifs_password),
                          (self.tr("&Version:"), self.cifs_version)])
        # tmpfs
        self.tmpfs_size = line_edit("tmpfsSize", "100m")
        self.tmpfs_mode = line_edit("tmpfsMode", "1777")
        self._page(TMPFS, [(self.tr("Si&ze:"), self.tmpfs_size), (self.tr("&Mode:"), self.tmpfs_mode)])
        # bind
        self.bind_folder = line_edit("bindFolder", "/srv/data")
        self._page(BIND, [(self.tr("&Folder:"), self.bind_folder)])
        self._show_page(RAW)
        self.kind_combo.currentIndexChanged.connect(self._on_kind)
        self.options_edit.textChanged.connect(self.changed)
        for edit in self.findChildren(QLineEdit):
            edit.textChanged.connect(self.changed)
        for combo in (self.nfs_version, self.cifs_version):
            combo.currentIndexChanged.connect(self.changed)

    def _page(self, kind: str, rows) -> None:
        page = QWidget()
        page.setObjectName(f"{kind}Page")
        form = QFormLayout(page)
        form.setContentsMargins(0, 0, 0, 0)
        for label, widget in rows:
            form.addRow(label, widget)
        self.pages[kind] = page
        self.layout().addWidget(page)

    def _on_kind(self, _index: int) -> None:
        self._show_page(self.kind())
        self.changed.emit()

    def _show_page(self, kind: str) -> None:
        """Show ``kind``'s page only: hidden pages take no room, so the dialog fits the one shown
        (a stacked widget took the tallest page's height, or squeezed the fields of a taller one)."""
        for name, page in self.pages.items():
            page.setVisible(name == kind)
        self.updateGeometry()

    def kind(self) -> str:
        return self.kind_combo.currentData() or RAW

    def set_kind(self, kind: str) -> None:
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(kind)))

    def options(self) -> do.DriverOptions:
        """The ``--opt`` values of the chosen kind; ValidationError names the field that is wrong."""
        kind = self.kind()
        if kind == NFS:
            return do.nfs(self.nfs_server.text(), self.nfs_export.text(), self.nfs_version.currentText(),
                          self.nfs_options.text())
        if kind == CIFS:
            return do.cifs(self.cifs_server.text(), self.cifs_share.text(), self.cifs_user.text(),
                           self.cifs_password.text(), self.cifs_version.currentText())
        if kind == TMPFS:
            return do.tmpfs(self.tmpfs_size.text(), self.tmpfs_mode.text())
        if kind == BIND:
            return do.bind(self.bind_folder.text())
        return do.DriverOptions(parse_labels(self.options_edit.toPlainText(), what="option"))
