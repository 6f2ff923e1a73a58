"""The Raw part of the inspect panel: the whole inspect JSON as a searchable tree."""

from __future__ import annotations

import json

from PySide6.QtCore import QModelIndex, QPoint, Qt, Signal, Slot
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from volgui.engine.dto.inspect import (
    PathPart,
    format_command,
    go_template,
    json_path,
    masked_copy,
    search_json,
)
from volgui.models.json_tree import VALUE_ROLE, JsonTreeModel
from volgui.ui.views.wrapping_delegate import WrappingDelegate


def _button(text: str, tooltip: str, name: str) -> QToolButton:
    button = QToolButton()
    button.setText(text)
    button.setToolTip(tooltip)
    button.setObjectName(name)
    button.setAutoRaise(True)
    return button


class JsonView(QWidget):
    copied = Signal(str)  # what was put on the clipboard

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = JsonTreeModel(self)
        self.matches: list[tuple[PathPart, ...]] = []
        self.match_index = -1
        self.subject: tuple[str, str] | None = None  # (kind, name) for docker inspect --format

        self.search_box = QLineEdit()
        self.search_box.setObjectName("jsonSearch")
        self.search_box.setPlaceholderText(self.tr("Search keys and values"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.textChanged.connect(self.search)
        self.search_box.returnPressed.connect(self.next_match)
        self.match_label = QLabel()
        self.match_label.setProperty("muted", True)
        self.prev_button = _button("↑", self.tr("Previous match (Shift+F3)"), "previousMatch")
        self.next_button = _button("↓", self.tr("Next match (F3)"), "nextMatch")
        self.prev_button.clicked.connect(self.previous_match)
        self.next_button.clicked.connect(self.next_match)
        search_row = QHBoxLayout()
        search_row.addWidget(self.search_box, 1)
        search_row.addWidget(self.match_label)
        search_row.addWidget(self.prev_button)
        search_row.addWidget(self.next_button)

        self.expand_button = _button(self.tr("Expand all"), self.tr("Expand every node"), "expandAll")
        self.collapse_button = _button(self.tr("Collapse all"), self.tr("Collapse every node"), "collapseAll")
        self.expand_button.clicked.connect(self.expand_all)
        self.collapse_button.clicked.connect(self.collapse_all)
        # the copy actions share one menu button: the panel stays usable when narrow
        self.copy_menu = QMenu(self)
        self.copy_value_action = self.copy_menu.addAction(self.tr("Copy value"), self.copy_value)
        self.copy_path_action = self.copy_menu.addAction(
            self.tr("Copy path (like HostConfig.Binds[0])"), self.copy_path)
        self.copy_format_action = self.copy_menu.addAction(
            self.tr("Copy docker inspect --format command"), self.copy_format_command)
        self.copy_menu.addSeparator()
        self.copy_json_action = self.copy_menu.addAction(self.tr("Copy the whole JSON"), self.copy_json)
        self.copy_button = _button(self.tr("Copy"), self.tr("Copy the selected value, its path, or all"),
                                   "copyMenu")
        self.copy_button.setMenu(self.copy_menu)
        self.copy_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        tools = QHBoxLayout()
        for b in (self.expand_button, self.collapse_button, self.copy_button):
            tools.addWidget(b)
        tools.addStretch(1)

        self.tree = QTreeView()
        self.tree.setObjectName("jsonTree")
        self.tree.setModel(self.model)
        # a value reads whole in the narrow inspector column: it wraps onto more lines
        self.tree.setUniformRowHeights(False)
        self.tree.setWordWrap(True)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # keys: paths and ids keep both ends
        self.tree.setItemDelegateForColumn(JsonTreeModel.VALUE, WrappingDelegate(self.tree))
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._on_context_menu)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 190)
        header.resizeSection(2, 60)
        self._user_sized = False
        header.sectionHandleDoubleClicked.connect(self._on_user_sized)
        header.sectionResized.connect(self._on_section_resized)
        header.sectionPressed.connect(self._on_user_sized)
        self.path_label = QLabel()
        self.path_label.setObjectName("jsonPath")
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.path_label.setProperty("muted", True)
        self.tree.selectionModel().currentChanged.connect(self._on_current_changed)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(3)
        layout.addLayout(search_row)
        layout.addLayout(tools)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.path_label)

        for text, keys, slot in ((self.tr("Next match"), QKeySequence.StandardKey.FindNext, self.next_match),
                                 (self.tr("Previous match"), QKeySequence.StandardKey.FindPrevious,
                                  self.previous_match),
                                 (self.tr("Copy value"), QKeySequence.StandardKey.Copy, self.copy_value)):
            action = QAction(text, self)
            action.setShortcut(keys)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_key_column()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._fit_key_column()

    def _fit_key_column(self) -> None:
        """The key column takes a share of a narrow panel, so values stay readable."""
        if not self._user_sized:
            # our own width: the tree's viewport is not resized yet while the tab is hidden
            width = self.width() - 24
            self.tree.header().resizeSection(0, max(110, min(220, int(width * 0.36))))

    @Slot(int)
    def _on_user_sized(self, _section: int) -> None:
        self._user_sized = True

    @Slot(int, int, int)
    def _on_section_resized(self, section: int, old: int, new: int) -> None:
        if section == JsonTreeModel.VALUE and old != new:
            self.tree.scheduleDelayedItemsLayout()  # wrapped values take new heights

    # -- document ----------------------------------------------------------------------------
    def set_document(self, data, hidden: frozenset = frozenset(), keep_state: bool = False) -> None:
        """Show a document; ``keep_state`` keeps the expanded nodes and the current one (a reload)."""
        expanded = self.expanded_paths() if keep_state else []
        current = self.model.path_of(self.tree.currentIndex()) if keep_state else ()
        scroll = self.tree.verticalScrollBar().value()
        self.model.set_json(data, hidden)
        for path in expanded:
            index = self.model.index_for_path(path)
            if index.isValid():
                self.tree.expand(index)
        if current:
            index = self.model.index_for_path(current)
            if index.isValid():
                self.tree.setCurrentIndex(index)
        if keep_state:
            self.tree.verticalScrollBar().setValue(scroll)
        self.search(self.search_box.text(), move=not keep_state)

    def set_revealed(self, revealed: bool) -> None:
        self.model.set_revealed(revealed)
        self.search(self.search_box.text(), move=False)

    def expanded_paths(self) -> list[tuple[PathPart, ...]]:
        out = []
        stack = [QModelIndex()]
        while stack:
            parent = stack.pop()
            for row in range(self.model.rowCount(parent)):
                index = self.model.index(row, 0, parent)
                if self.tree.isExpanded(index):
                    out.append(self.model.path_of(index))
                    stack.append(index)
        return out

    @Slot()
    def expand_all(self) -> None:
        self.tree.expandAll()

    @Slot()
    def collapse_all(self) -> None:
        self.tree.collapseAll()

    # -- search ------------------------------------------------------------------------------
    @Slot(str)
    def search(self, text: str, move: bool = True) -> int:
        """Find keys and values containing ``text``; the first match is expanded and selected."""
        self.matches = search_json(self.model.document, text, hidden=self.model.hidden_paths)
        if not self.matches:
            self.match_index = -1
            self.match_label.setText(self.tr("no match") if text.strip() else "")
            return 0
        if move or self.match_index >= len(self.matches):
            self.match_index = 0
            self._go(0)
        else:
            self._show_count()
        return len(self.matches)

    @Slot()
    def next_match(self) -> None:
        if self.matches:
            self._go((self.match_index + 1) % len(self.matches))

    @Slot()
    def previous_match(self) -> None:
        if self.matches:
            self._go((self.match_index - 1) % len(self.matches))

    def _go(self, i: int) -> None:
        self.match_index = i
        index = self.model.index_for_path(self.matches[i])
        parent = index.parent()
        while parent.isValid():
            self.tree.expand(parent)
            parent = parent.parent()
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        self._show_count()

    def _show_count(self) -> None:
        self.match_label.setText(self.tr("{0} of {1}").format(self.match_index + 1, len(self.matches)))

    # -- copying -----------------------------------------------------------------------------
    def set_subject(self, kind: str, name: str) -> None:
        """Whose JSON this is, for ``docker inspect --format`` commands."""
        self.subject = (kind, name)

    def current_path(self) -> str:
        return self.model.path_text(self.tree.currentIndex())

    def format_command(self) -> str:
        """``docker inspect --format '{{index .HostConfig.Binds 0}}' web`` for the current node."""
        index = self.tree.currentIndex()
        if not index.isValid() or self.subject is None:
            return ""
        path = self.model.path_of(index)
        value = self.model.data(index, VALUE_ROLE)
        return format_command(*self.subject, go_template(path, isinstance(value, dict | list)))

    @Slot()
    def copy_format_command(self) -> None:
        command = self.format_command()
        if command:
            self._copy(command)

    def _copy(self, text: str) -> None:
        QGuiApplication.clipboard().setText(text)
        self.copied.emit(text)

    @Slot()
    def copy_value(self) -> None:
        index = self.tree.currentIndex()
        if index.isValid():
            self._copy(self.model.copy_text(index))

    @Slot()
    def copy_path(self) -> None:
        index = self.tree.currentIndex()
        if index.isValid():
            self._copy(self.model.path_text(index))

    @Slot()
    def copy_json(self) -> None:
        data = masked_copy(self.model.document, self.model.hidden_paths)
        self._copy(json.dumps(data, indent=2, ensure_ascii=False))

    @Slot(QModelIndex, QModelIndex)
    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.path_label.setText(json_path(self.model.path_of(current)) if current.isValid() else "")
        self.path_label.setToolTip(self.format_command())

    @Slot(QPoint)
    def _on_context_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.addActions(self.copy_menu.actions())
        menu.addSeparator()
        menu.addAction(self.tr("Expand all"), self.expand_all)
        menu.addAction(self.tr("Collapse all"), self.collapse_all)
        menu.popup(self.tree.viewport().mapToGlobal(pos))
