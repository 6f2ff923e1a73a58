"""Terminal tabs in the main window: "Open terminal", "Attach", "Open in system terminal".

Other features open a terminal with :func:`open_terminal`::

    from volgui.ui.features.terminal.feature import open_terminal
    tab = open_terminal(ctx, container.id, name=container.name)   # best shell
    tab = open_terminal(ctx, container.id, command=["top"])       # a command
    tab = open_terminal(ctx, container.id, attach=True)           # main process (-it)

``ctx`` is the main window's ``WindowContext``.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QInputDialog, QMessageBox

from volgui.engine.dto.objects import Container
from volgui.ui.views.descriptions import describe_tab
from volgui.ui.window.context import WindowContext

if TYPE_CHECKING:
    from volgui.ui.features.terminal.tab import TerminalTab

FONT_SIZE_KEY = "terminal/font_size"


def _tab_module():
    """The terminal tab, with the emulator and pyte: loaded when a terminal is first opened, not
    at start-up (about 50 ms of imports, a tenth of the window's start)."""
    from volgui.ui.features.terminal import tab  # lazy: start-up time

    return tab


def open_terminal(ctx: WindowContext, container_id: str, command=None, *, attach: bool = False,
                  name: str = "", what: str = "") -> TerminalTab:
    """Open a terminal tab on ``container_id`` in ``ctx.bottom_tabs`` and focus it (``what``: a
    word for the command in the tab's title, e.g. "sh", instead of the whole command line)."""
    feature = _feature(ctx)
    return feature.open(container_id, command, attach=attach, name=name, what=what)


def _feature(ctx: WindowContext) -> TerminalFeature:
    feature = ctx.features.terminal_feature
    if feature is None:
        feature = TerminalFeature(ctx)
        ctx.features.terminal_feature = feature
    return feature


def install(ctx: WindowContext) -> None:
    _feature(ctx)


class TerminalFeature(QObject):
    def __init__(self, ctx: WindowContext) -> None:
        super().__init__(ctx.window)
        self.ctx = ctx
        window = ctx.window
        self.window = window
        self.tabs: list[TerminalTab] = []
        self.open_action = QAction(self.tr("Open &terminal"), window)
        self.open_action.setToolTip(self.tr("Open a shell in the selected container (docker exec -it)"))
        self.open_action.setShortcut(QKeySequence("Ctrl+Shift+T"))
        self.open_action.triggered.connect(self.open_selected)
        self.attach_action = QAction(self.tr("&Attach to main process"), window)
        self.attach_action.setToolTip(self.tr("Attach to the container's main process (docker attach); "
                                              "closing the tab detaches without stopping it"))
        self.attach_action.triggered.connect(self.attach_selected)
        self.command_action = QAction(self.tr("Run &command in container…"), window)
        self.command_action.setToolTip(self.tr("Run a command of your choice with a terminal "
                                               "(docker exec -it CONTAINER COMMAND)"))
        self.command_action.triggered.connect(self.command_selected)
        self.system_action = QAction(self.tr("Open in s&ystem terminal"), window)
        self.system_action.setToolTip(self.tr("Run docker exec -it in your desktop's terminal emulator"))
        self.system_action.triggered.connect(self.system_selected)
        ctx.toolbar.addAction(self.open_action)
        window.addAction(self.open_action)
        ctx.containers_view.context_actions.extend(
            [self.open_action, self.command_action, self.attach_action, self.system_action])
        ctx.bottom_tabs.tabCloseRequested.connect(self._on_tab_close_requested)
        ctx.selection.containers_selected.connect(self._on_containers_selected)
        ctx.session.state_changed.connect(self._update_actions)
        self._update_actions()
        ctx.closing.connect(self.close_all)  # before the engine sessions shut down

    # -- which container ----------------------------------------------------------------------------
    def _selected(self) -> list[Container]:
        return list(self.ctx.selection.selected_containers())

    def _targets(self) -> list[tuple[str, str]]:
        containers = self._selected()
        if containers:
            return [(c.id, c.name) for c in containers]
        text, ok = QInputDialog.getText(self.window, self.tr("Open terminal"),
                                        self.tr("Container name or ID:"))
        text = text.strip()
        return [(text, text)] if ok and text else []

    @Slot()
    def open_selected(self) -> None:
        for cid, name in self._targets():
            self.open(cid, name=name)

    @Slot(list)
    def _on_containers_selected(self, _containers: list) -> None:
        self._update_actions()

    @Slot()
    def _update_actions(self, *_args) -> None:
        """Exec needs an engine and a running container (nothing selected: the actions ask which)."""
        containers = self._selected()
        running = bool(containers) and all(c.running for c in containers)
        connected = self.ctx.session.state.connected
        for action in (self.open_action, self.command_action, self.attach_action, self.system_action):
            action.setEnabled(connected and (running or not containers))

    @Slot()
    def command_selected(self) -> None:
        targets = self._targets()
        if not targets:
            return
        command, ok = QInputDialog.getText(self.window, self.tr("Run command"),
                                           self.tr("Command to run (e.g. top, or psql -U postgres):"))
        if ok and command.strip():
            for cid, name in targets:
                self.open(cid, command.strip(), name=name)

    @Slot()
    def attach_selected(self) -> None:
        for cid, name in self._targets():
            self.open(cid, attach=True, name=name)

    @Slot()
    def system_selected(self) -> None:
        for cid, _name in self._targets():
            problem = _tab_module().open_in_system_terminal(self.ctx.session.spec, cid)
            if problem:
                QMessageBox.information(self.window, self.tr("Open in system terminal"), problem)

    # -- tabs ---------------------------------------------------------------------------------------
    def open(self, container_id: str, command=None, *, attach: bool = False, name: str = "",
             what: str = "") -> TerminalTab:
        size = float(self.ctx.settings.value(FONT_SIZE_KEY, 0) or 0)
        tab = _tab_module().TerminalTab(self.ctx.session, container_id, name, command, attach=attach,
                                        font_size=size, what=what)
        tab.title_changed.connect(self._on_title_changed)
        tab.font_box.valueChanged.connect(self._on_font_size)
        tabs = self.ctx.bottom_tabs
        index = tabs.addTab(tab, tab.title)
        describe_tab(tabs, index, self.tr("A shell inside the container: what you type runs there"))
        tabs.setCurrentIndex(index)
        self.tabs.append(tab)
        tab.view.setFocus()
        return tab

    def close_tab(self, tab: TerminalTab) -> None:
        tab.close_session()
        tabs = self.ctx.bottom_tabs
        index = tabs.indexOf(tab)
        if index >= 0:
            tabs.removeTab(index)
        if tab in self.tabs:
            self.tabs.remove(tab)
        tab.deleteLater()

    @Slot(int)
    def _on_tab_close_requested(self, index: int) -> None:
        widget = self.ctx.bottom_tabs.widget(index)
        if widget in self.tabs:
            self.close_tab(widget)

    @Slot(str)
    def _on_title_changed(self, title: str) -> None:
        tab = self.sender()
        tabs = self.ctx.bottom_tabs
        index = tabs.indexOf(tab)
        if index >= 0:
            tabs.setTabText(index, title)
            tabs.setTabToolTip(index, f"{title} ({tab.state})")

    @Slot(float)
    def _on_font_size(self, size: float) -> None:
        self.ctx.settings.setValue(FONT_SIZE_KEY, size)

    def close_all(self) -> None:
        for tab in list(self.tabs):
            self.close_tab(tab)
        if "volgui.ui.features.terminal.tab" in sys.modules:  # else no terminal was ever opened
            _tab_module().wait_for_closing()

