"""The "Files" tab: the selected container's whole filesystem, running or stopped (``docker cp``).

The tab holds a placeholder until it is shown with one container selected; the browser (and its
modules) load then, so start-up pays nothing for it. A browser stays while its container is
selected; selecting another container while the tab is shown opens that one's files.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from volgui.ui.views.descriptions import describe_tab
from volgui.ui.window.context import WindowContext

if TYPE_CHECKING:  # the browser loads on first use (start-up time)
    from volgui.ui.features.container_files.browser import ContainerBrowser


def install(ctx: WindowContext) -> None:
    if ctx.features.container_files is None:
        ctx.features.container_files = ContainerFilesFeature(ctx)


class ContainerFilesFeature(QObject):
    def __init__(self, ctx: WindowContext) -> None:
        super().__init__(ctx.window)
        self.ctx = ctx
        self.browser: ContainerBrowser | None = None
        self.wanted: tuple[str, str] | None = None  # (id, name) of the one container selected
        self.tab = QWidget()
        self.tab.setObjectName("containerFilesTab")
        layout = QVBoxLayout(self.tab)
        layout.setContentsMargins(0, 0, 0, 0)
        self.placeholder = QLabel(self.tr("Select one container to see its files — running or stopped."))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        layout.addWidget(self.placeholder)
        tabs = ctx.bottom_tabs
        self.index = tabs.addTab(self.tab, self.tr("Files"))
        describe_tab(tabs, self.index,
                     self.tr("The files of the selected container, and where each one lives"))
        bar = tabs.tabBar()
        for side in (bar.ButtonPosition.RightSide, bar.ButtonPosition.LeftSide):
            if bar.tabButton(self.index, side) is not None:  # not closable, as Logs and Stats
                bar.tabButton(self.index, side).hide()
                bar.setTabButton(self.index, side, None)
        self.browse_action = QAction(self.tr("Browse files"), ctx.window)
        self.browse_action.setObjectName("containerFilesAction")
        self.browse_action.setToolTip(self.tr("See, preview, download and upload the container's files, and "
                                              "which of them live in its write layer"))
        self.browse_action.setEnabled(False)
        self.browse_action.triggered.connect(self.show_tab)
        ctx.containers_view.context_actions.append(self.browse_action)
        if ctx.features.actions_controller is not None:
            ctx.features.actions_controller.container_menu.addAction(self.browse_action)
        ctx.selection.containers_selected.connect(self._on_containers_selected)
        tabs.currentChanged.connect(self._on_tab_changed)
        ctx.session.event_received.connect(self._on_event)
        ctx.closing.connect(self.shutdown)

    @Slot()
    def show_tab(self) -> None:
        """Bring the Files tab forward (it opens the selected container's files)."""
        self.ctx.bottom_tabs.setCurrentWidget(self.tab)
        self.show_wanted()

    @Slot(list)
    def _on_containers_selected(self, containers: list) -> None:
        self.browse_action.setEnabled(len(containers) == 1)
        if len(containers) == 1:
            self.wanted = (containers[0].id, containers[0].name)
            if self.ctx.bottom_tabs.currentWidget() is self.tab:
                self.show_wanted()

    @Slot(int)
    def _on_tab_changed(self, _index: int) -> None:
        if self.ctx.bottom_tabs.currentWidget() is self.tab:
            self.show_wanted()

    def show_wanted(self) -> None:
        if self.wanted is None:
            return
        cid, name = self.wanted
        if self.browser is not None and self.browser.source.target == cid:
            self.browser.load_marks()  # cheap (docker diff): the write layer may have changed meanwhile
            return
        self.open(cid, name)

    def open(self, cid: str, name: str) -> ContainerBrowser:
        """Show the files of container ``cid`` in the tab (replacing the one shown)."""
        from volgui.ui.features.container_files.browser import ContainerBrowser  # lazy: start-up time

        self.close_browser()
        self.placeholder.setText(self.tr("Select one container to see its files — running or stopped."))
        self.browser = ContainerBrowser(self.ctx.session, cid, name, self.tab)
        self.browser.recreated.connect(self._on_recreated)
        self.placeholder.hide()
        self.tab.layout().addWidget(self.browser)
        return self.browser

    @Slot(object)
    def _on_event(self, event) -> None:
        """The container shown was removed: its files are gone (a move re-creates it: not that)."""
        browser = self.browser
        if browser is None or event.type != "container" or event.id != browser.source.target \
                or event.base_action != "destroy" or browser._transfer_job is not None:
            return
        name = browser.source.name
        self.close_browser()
        if self.wanted is not None and self.wanted[0] == event.id:
            self.wanted = None
        self.placeholder.setText(self.tr("%s was removed, and the files of its write layer with it. Select "
                                         "a container to see its files.") % name)

    @Slot(str)
    def _on_recreated(self, new_id: str) -> None:
        if self.wanted is not None:
            self.wanted = (new_id, self.wanted[1])

    def close_browser(self) -> None:
        if self.browser is not None:
            self.browser.shutdown()
            self.browser.hide()
            self.browser.deleteLater()
            self.browser = None
            self.placeholder.show()

    @Slot()
    def shutdown(self) -> None:
        self.close_browser()
