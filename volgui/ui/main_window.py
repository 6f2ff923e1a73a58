"""The main window: engine status, the containers and volumes views, bottom tabs."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QMainWindow,
    QPushButton,
    QSplitter,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from volgui import __version__
from volgui.ui.engine_status import EngineStatusWidget
from volgui.ui.settings import open_settings
from volgui.workers.session import EngineSession, SessionState


class DisconnectedBanner(QFrame):
    """Shown over the views while there is no engine: what happened, what was tried, Retry."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("disconnectedBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        self.title = QLabel(self.tr("<b>Not connected to a Docker engine</b>"))
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.retry = QPushButton(self.tr("Retry now"))
        layout.addWidget(self.title)
        layout.addWidget(self.detail)
        layout.addWidget(self.retry, 0, Qt.AlignmentFlag.AlignLeft)


class MainWindow(QMainWindow):
    def __init__(self, session: EngineSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle("volgui")
        self.resize(1280, 800)
        self.settings = open_settings()

        self.status_widget = EngineStatusWidget()
        self.statusBar().addPermanentWidget(self.status_widget, 1)
        self.status_widget.retry_requested.connect(session.retry)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 6)
        self.banner = DisconnectedBanner()
        self.banner.retry.clicked.connect(session.retry)
        self.banner.hide()
        layout.addWidget(self.banner)

        self.vertical_splitter = QSplitter(Qt.Orientation.Vertical)
        self.vertical_splitter.setObjectName("verticalSplitter")
        self.views_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.views_splitter.setObjectName("viewsSplitter")
        self.vertical_splitter.addWidget(self.views_splitter)
        self.bottom_tabs = QTabWidget()
        self.bottom_tabs.setObjectName("bottomTabs")
        self.bottom_tabs.setDocumentMode(True)
        self.bottom_tabs.setTabsClosable(True)
        self.vertical_splitter.addWidget(self.bottom_tabs)
        self.vertical_splitter.setStretchFactor(0, 3)
        self.vertical_splitter.setStretchFactor(1, 1)
        layout.addWidget(self.vertical_splitter, 1)
        self.setCentralWidget(central)

        self.toolbar = QToolBar(self.tr("Main"))
        self.toolbar.setObjectName("mainToolbar")
        self.addToolBar(self.toolbar)
        self._build_actions()

        session.state_changed.connect(self.show_state)
        self.show_state(session.state)
        from volgui.ui.features import install_features

        install_features(self)
        self._restore()

    def _build_actions(self) -> None:
        self.refresh_action = QAction(self.tr("&Refresh"), self)
        self.refresh_action.setShortcut(QKeySequence.StandardKey.Refresh)
        self.refresh_action.triggered.connect(self.session.resync_needed)
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self.refresh_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        self.addAction(self.refresh_action)

    @Slot(object)
    def show_state(self, state: SessionState) -> None:
        self.status_widget.show_state(state)
        if state.phase == "disconnected":
            self.banner.detail.setText(state.message)
            self.banner.show()
        else:
            self.banner.hide()
        title = "volgui"
        if state.info is not None:
            title = f"volgui — {state.info.host}"
        self.setWindowTitle(title)

    # -- persistence ------------------------------------------------------------------------
    def _restore(self) -> None:
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        state = self.settings.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        for splitter in (self.views_splitter, self.vertical_splitter):
            saved = self.settings.value(f"window/{splitter.objectName()}")
            if isinstance(saved, QByteArray):
                splitter.restoreState(saved)

    def save_settings(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        for splitter in (self.views_splitter, self.vertical_splitter):
            self.settings.setValue(f"window/{splitter.objectName()}", splitter.saveState())
        self.settings.setValue("app/version", __version__)
        self.settings.sync()

    def closeEvent(self, event) -> None:
        self.save_settings()
        self.session.shutdown()
        super().closeEvent(event)
