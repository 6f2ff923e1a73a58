"""The main window: engine status, the containers and volumes views, bottom tabs.

Features get its parts through ``window.context`` (a ``WindowContext``, see
``volgui.ui.window.context``), built once here and handed to each feature's ``install``;
``window.context.features`` holds what the features publish.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from volgui import __version__
from volgui.engine.present.display import clock_time
from volgui.models.loader import SnapshotLoader
from volgui.models.objects import ContainerTableModel, ImageTableModel, VolumeTableModel
from volgui.ui.views.descriptions import describe_tab
from volgui.ui.views.objects import ContainersView, ImagesView, VolumesView
from volgui.ui.window.context import ContextWindow, WindowContext, WindowSession
from volgui.ui.window.engine_status import EngineStatusWidget
from volgui.ui.window.features import install_features
from volgui.ui.window.selection import SelectionHub
from volgui.ui.window.settings import open_settings
from volgui.workers import main_thread_gc
from volgui.workers.engines import ActiveSession
from volgui.workers.session import SessionState


class DisconnectedBanner(QFrame):
    """Shown over the views while there is no engine (what happened, what was tried, Retry), or
    while it does not answer: then the lists below are what was known before, maybe stale."""

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


class SideTabs(QTabWidget):
    """Panels right of the views (inspect, learn…): shown while it holds a tab."""

    def tabInserted(self, index: int) -> None:
        super().tabInserted(index)
        self.show()

    def tabRemoved(self, index: int) -> None:
        super().tabRemoved(index)
        if self.count() == 0:
            self.hide()


class MainWindow(ContextWindow):
    closing = Signal()  # emitted once, before the engine sessions shut down

    PREFETCH_WAIT_MS = 3000

    def __init__(self, session: WindowSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        main_thread_gc.install()  # never let a worker thread's collection destroy Qt objects
        self.session = session
        self.engines = session.manager if isinstance(session, ActiveSession) else None
        self.setWindowTitle("volgui")
        self.resize(1280, 800)
        self.settings = open_settings()
        self.prefetch_shown = False  # the views were first filled from the start-up prefetch
        # the session connects when this times out: at most this long after the start, or as soon
        # as the prefetch's lists are painted
        self.prefetch_wait = QTimer(self)
        self.prefetch_wait.setSingleShot(True)
        self.prefetch_wait.setInterval(self.PREFETCH_WAIT_MS)

        self.status_widget = EngineStatusWidget()
        # no stretch: it stays right of the status bar's messages (action tips, results) instead of
        # under them, where a message was painted over the engine's status text
        self.statusBar().addPermanentWidget(self.status_widget, 0)
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
        self.views_splitter.setChildrenCollapsible(False)
        self._build_views()
        self.vertical_splitter.addWidget(self.views_splitter)
        self.bottom_tabs = QTabWidget()
        self.bottom_tabs.setObjectName("bottomTabs")
        self.bottom_tabs.setDocumentMode(True)
        self.bottom_tabs.setTabsClosable(True)
        self.vertical_splitter.addWidget(self.bottom_tabs)
        self.bottom_tabs.setMinimumHeight(60)  # whatever its panels would like
        self.vertical_splitter.setStretchFactor(0, 3)
        self.vertical_splitter.setStretchFactor(1, 1)
        self._bottom_share_kept = True  # the bottom tabs keep their share of the height until moved
        self.vertical_splitter.splitterMoved.connect(self._on_vertical_moved)
        layout.addWidget(self.vertical_splitter, 1)
        self.setCentralWidget(central)

        self.toolbar = QToolBar(self.tr("Main"))
        self.toolbar.setObjectName("mainToolbar")
        self.addToolBar(self.toolbar)
        self._build_actions()

        session.state_changed.connect(self.show_state)
        self.show_state(session.state)
        self.loader = SnapshotLoader(session, self.container_model, self.volume_model, self.image_model, self)
        self.containers_view.sizes_wanted.connect(self.loader.want_container_sizes)
        self.volumes_view.compute_sizes_requested.connect(self.compute_volume_sizes)
        self.loader.failed.connect(self.show_status_message)
        self.loader.volume_sizes_failed.connect(self.show_status_message)
        if session.state.connected:
            self.loader.reload()
        self.context = WindowContext(
            window=self, session=session, engines=self.engines, selection=self.selection,
            containers_view=self.containers_view, volumes_view=self.volumes_view,
            images_view=self.images_view, container_model=self.container_model,
            volume_model=self.volume_model, image_model=self.image_model, loader=self.loader,
            toolbar=self.toolbar, view_menu=self.view_menu, side_tabs=self.side_tabs,
            bottom_tabs=self.bottom_tabs, settings=self.settings, closing=self.closing)
        install_features(self.context)
        self._restore()

    BOTTOM_SHARE = 0.4  # of the height, for the terminal, logs and activity: 12+ lines when maximized

    @Slot(int, int)
    def _on_vertical_moved(self, _pos: int, _index: int) -> None:
        self._bottom_share_kept = False  # the person chose; their sizes are saved and restored

    def _share_height(self) -> None:
        total = sum(self.vertical_splitter.sizes()) or self.vertical_splitter.height()
        if self._bottom_share_kept and total > 0:
            bottom = round(total * self.BOTTOM_SHARE)
            self.vertical_splitter.setSizes([total - bottom, bottom])

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._share_height()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._share_height()

    def _build_views(self) -> None:
        self.container_model = ContainerTableModel(self)
        self.volume_model = VolumeTableModel(self)
        self.image_model = ImageTableModel(self)
        self.containers_view = ContainersView(self.container_model, self.settings)
        self.volumes_view = VolumesView(self.volume_model, self.settings)
        self.images_view = ImagesView(self.image_model, self.settings)
        self.object_tabs = QTabWidget()
        self.object_tabs.setObjectName("objectTabs")
        self.object_tabs.setDocumentMode(True)
        for view in (self.volumes_view, self.images_view):
            view.title.hide()  # the tab says it
            index = self.object_tabs.addTab(view, view.title_name())
            describe_tab(self.object_tabs, index,
                         self.tr("Named storage that outlives containers") if view is self.volumes_view
                         else self.tr("The images containers are made from"))
            view.title_changed.connect(self._on_view_title)
            view.status_message.connect(self.show_status_message)
        self.containers_view.status_message.connect(self.show_status_message)
        self.views_splitter.addWidget(self.containers_view)
        self.views_splitter.addWidget(self.object_tabs)
        self.side_tabs = SideTabs()
        self.side_tabs.setObjectName("sideTabs")
        self.side_tabs.setDocumentMode(True)
        self.side_tabs.hide()
        self.views_splitter.addWidget(self.side_tabs)
        self.views_splitter.setStretchFactor(0, 5)
        self.views_splitter.setStretchFactor(1, 4)
        self.views_splitter.setStretchFactor(2, 2)
        # explicit minimums: the window stays resizable to small sizes whatever the panels want
        self.containers_view.setMinimumWidth(150)
        self.object_tabs.setMinimumWidth(150)
        self.side_tabs.setMinimumSize(120, 100)
        self.views_splitter.setSizes([470, 400, 370])  # Image, Size and the inspector on screen
        self.selection = SelectionHub(self.containers_view, self.volumes_view, self.images_view, self)
        self.views = (self.containers_view, self.volumes_view, self.images_view)
        for view in self.views:
            view.refresh_state()

    @Slot(str)
    def _on_view_title(self, text: str) -> None:
        view = self.sender()
        index = self.object_tabs.indexOf(view)
        if index >= 0:
            self.object_tabs.setTabText(index, text)

    @Slot(str)
    def show_status_message(self, text: str) -> None:
        if text:
            self.statusBar().showMessage(text, 8000)
        else:
            self.statusBar().clearMessage()

    @Slot(object)
    def show_prefetched(self, snapshot) -> None:
        """The start-up prefetch's lists (None: it failed), shown while the session waits to
        connect; ``prefetch_wait`` then times out at once and the session connects (and reloads)."""
        self.prefetch_shown = snapshot is not None and self.loader.apply_prefetched(snapshot)
        self.prefetch_wait.start(0)  # once the event loop has painted them

    @Slot()
    def compute_volume_sizes(self) -> None:
        self.loader.compute_volume_sizes()

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
        self.view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.sizes_action = QAction(self.tr("Compute volume &sizes"), self)
        self.sizes_action.triggered.connect(self.compute_volume_sizes)
        self.view_menu.addAction(self.sizes_action)
        for view in (self.containers_view, self.volumes_view):
            action = QAction(view.related_menu_label(), self)
            action.setCheckable(True)
            action.setChecked(view.related_toggle.isChecked())
            action.toggled.connect(view.related_toggle.setChecked)
            view.related_toggle.toggled.connect(action.setChecked)
            self.view_menu.addAction(action)
        self.view_menu.addSeparator()

    @Slot(object)
    def show_state(self, state: SessionState) -> None:
        self.status_widget.show_state(state)
        if state.phase == "disconnected":
            self.banner.title.setText(self.tr("<b>Not connected to a Docker engine</b>"))
            self.banner.detail.setText(state.message)
            self.banner.retry.show()
            self.banner.show()
        elif state.phase == "not_answering":
            # the rows stay readable; the banner says they may be out of date
            self.banner.title.setText(self.tr("<b>The engine is not answering since {0}</b>").format(
                clock_time(state.since)))
            self.banner.detail.setText(self.tr(
                "The lists below show what was known at {0} and may be out of date. Actions are off "
                "until the engine answers again; volgui checks every few seconds and then reloads "
                "everything.\n{1}").format(clock_time(state.since), state.message))
            self.banner.retry.hide()
            self.banner.show()
        else:
            self.banner.hide()
        for view in self.views:
            view.set_connected(state.phase != "disconnected")
        # the platform appends " — volgui" (the application's display name) unless the title ends
        # with it: say it once, at the end
        title = "volgui"
        if state.info is not None:
            title = f"{state.info.host} — volgui"
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
            if isinstance(saved, QByteArray) and splitter.restoreState(saved):
                if splitter is self.vertical_splitter:
                    self._bottom_share_kept = False
        tab = self.settings.value("window/objectTab")
        if tab is not None and str(tab).isdigit():
            self.object_tabs.setCurrentIndex(int(tab))

    def save_settings(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        for splitter in (self.views_splitter, self.vertical_splitter):
            self.settings.setValue(f"window/{splitter.objectName()}", splitter.saveState())
        for view in self.views:
            view.save_state()
        self.settings.setValue("window/objectTab", self.object_tabs.currentIndex())
        self.settings.setValue("app/version", __version__)
        self.settings.sync()

    def closeEvent(self, event) -> None:
        self.save_settings()
        self.hide()  # gone at once, while a cancelled operation may take a moment to put things back
        self.closing.emit()  # features stop their own threads here
        self.loader.shutdown()
        self.session.shutdown()
        super().closeEvent(event)
