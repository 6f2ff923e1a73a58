"""The keyboard reaches every pane: Ctrl+1…9 goes to the n-th pane at the top (Containers,
Volumes, Images, then the side tabs), Alt+1…9 to the n-th bottom tab (Activity, Backups, Logs,
Stats, terminals…), F6 / Shift+F6 to the next or previous pane shown; Shift+F10 and the Menu key
open the focused widget's context menu at its current item.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QPoint, Qt, Slot
from PySide6.QtGui import QAction, QContextMenuEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QApplication, QTabWidget, QWidget

from volgui.ui.window.context import WindowContext


def _takes_tab(widget: QWidget) -> bool:
    return (widget.isVisible() and widget.isEnabled()
            and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus))


def focus_target(page: QWidget) -> QWidget | None:
    """The widget to focus in a pane: its painted text view or list when it has one, else the
    first in its tab order."""
    candidates = [w for w in page.findChildren(QWidget) if _takes_tab(w)]
    if _takes_tab(page):
        candidates.insert(0, page)
    for kind in (lambda w: callable(getattr(type(w), "accessible_lines", None)),
                 lambda w: isinstance(w, QAbstractItemView)):
        for widget in candidates:
            if kind(widget):
                return widget
    widget = page.nextInFocusChain()
    while widget is not None and widget is not page:
        if page.isAncestorOf(widget) and _takes_tab(widget):
            return widget
        widget = widget.nextInFocusChain()
    return candidates[0] if candidates else None


class PaneNavigator(QObject):
    def __init__(self, ctx: WindowContext) -> None:
        super().__init__(ctx.window)
        self.ctx = ctx
        window = ctx.window
        self.go_actions: list[QAction] = []
        for n in range(1, 10):
            for keys, text, where in (("Ctrl", self.tr("Go to pane {0}"), "top"),
                                      ("Alt", self.tr("Go to bottom tab {0}"), "bottom")):
                action = QAction(text.format(n), window)
                action.setObjectName(f"goTo{where.title()}{n}Action")
                action.setShortcut(QKeySequence(f"{keys}+{n}"))
                action.setData((where, n - 1))
                action.triggered.connect(self._on_go)
                window.addAction(action)
                self.go_actions.append(action)
        self.next_action = self._action(self.tr("Next pane"), "F6", self.next_pane, "nextPaneAction")
        self.previous_action = self._action(self.tr("Previous pane"), "Shift+F6", self.previous_pane,
                                            "previousPaneAction")
        self.menu_action = self._action(self.tr("Context menu"), "Shift+F10", self.context_menu,
                                        "contextMenuAction")
        self.menu_action.setShortcuts([QKeySequence("Shift+F10"), QKeySequence(Qt.Key.Key_Menu)])

    def _action(self, text: str, keys: str, slot, name: str) -> QAction:
        action = QAction(text, self.ctx.window)
        action.setObjectName(name)
        action.setShortcut(QKeySequence(keys))
        action.triggered.connect(slot)
        self.ctx.window.addAction(action)
        return action

    # -- the panes ----------------------------------------------------------------------------
    def top_panes(self) -> list[tuple[QWidget, QTabWidget | None]]:
        """(pane, the tab widget holding it or None): the views, then the side tabs."""
        ctx = self.ctx
        object_tabs = ctx.window.object_tabs
        found: list[tuple[QWidget, QTabWidget | None]] = [(ctx.containers_view, None)]
        for view in (ctx.volumes_view, ctx.images_view):
            found.append((view, object_tabs if object_tabs.indexOf(view) >= 0 else None))
        found.extend((ctx.side_tabs.widget(i), ctx.side_tabs) for i in range(ctx.side_tabs.count()))
        return found

    def bottom_panes(self) -> list[tuple[QWidget, QTabWidget | None]]:
        tabs = self.ctx.bottom_tabs
        return [(tabs.widget(i), tabs) for i in range(tabs.count())]

    def panes(self) -> list[tuple[QWidget, QTabWidget | None]]:
        """Every pane in screen order (hidden ones included): F6's round."""
        return self.top_panes() + self.bottom_panes()

    def go_to(self, index: int, panes: list[tuple[QWidget, QTabWidget | None]] | None = None) -> bool:
        panes = self.panes() if panes is None else panes
        if not 0 <= index < len(panes):
            return False
        page, tabs = panes[index]
        if tabs is not None:
            if not tabs.isVisible():
                tabs.show()
            tabs.setCurrentWidget(page)
        target = focus_target(page)
        if target is None:
            return False
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return True

    def current_index(self) -> int:
        focus = QApplication.focusWidget()
        for i, (page, _tabs) in enumerate(self.panes()):
            if focus is not None and (focus is page or page.isAncestorOf(focus)):
                return i
        return -1

    def _step(self, delta: int) -> None:
        panes = self.panes()
        here = self.current_index()
        for k in range(1, len(panes) + 1):
            i = (here + delta * k) % len(panes)
            page, tabs = panes[i]
            shown = page.isVisible() if tabs is None else tabs.isVisible() and tabs.currentWidget() is page
            if shown and self.go_to(i):
                return

    @Slot()
    def _on_go(self) -> None:
        where, index = self.sender().data()
        self.go_to(index, self.top_panes() if where == "top" else self.bottom_panes())

    @Slot()
    def next_pane(self) -> None:
        self._step(1)

    @Slot()
    def previous_pane(self) -> None:
        self._step(-1)

    @Slot()
    def context_menu(self) -> None:
        """The focused widget's context menu, where its current item is (as a right click)."""
        widget = QApplication.focusWidget()
        if widget is None or widget.window() is not self.ctx.window:
            return
        target, pos = widget, widget.rect().center()
        if isinstance(widget, QAbstractItemView):
            target = widget.viewport()
            rect = widget.visualRect(widget.currentIndex())
            pos = rect.center() if rect.isValid() else QPoint(8, 8)
            if widget.contextMenuPolicy() == Qt.ContextMenuPolicy.CustomContextMenu:
                widget.customContextMenuRequested.emit(pos)
                return
        event = QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, pos, target.mapToGlobal(pos))
        QApplication.sendEvent(target, event)
