"""The base of the containers, volumes and images views: a title, a filter box, a sortable
table over a keyed model (``view.tree``), an empty state that helps, and column choice saved in settings.

Hooks for other features:

* ``view.context_actions``: QActions shown (when visible) in the right-click menu of the rows.
* ``view.empty_action``: the QAction that the empty state's button triggers ("Create volume…").
* ``view.selected_objects()``, ``view.select_key(key)``, ``view.current_object()``.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QItemSelectionModel, QSettings, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from volgui.models.base import KEY_ROLE, OBJECT_ROLE, KeyedTableModel
from volgui.models.filter import ObjectFilterProxy
from volgui.ui.views.descriptions import describe, list_text
from volgui.ui.views.related_marker import RelatedMarks


class ObjectTree(RelatedMarks, QTableView):
    """A flat, sortable, multi-select list with full-row selection.

    A table view, not a tree view: a tree view lays out every row again after each change
    (asking the model for each row's index, flags and children: Python calls per row, about
    10 ms per 1000 rows, at every insert or removal), while a table view with fixed row heights
    only asks for the rows it paints. The name stays: the views call it their tree.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)  # Tab leaves the list, as in every other list
        self.setAlternatingRowColors(True)
        self.setSortingEnabled(True)
        self.setCornerButtonEnabled(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        rows = self.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # one height: no per-row sizing
        rows.setDefaultSectionSize(max(self.fontMetrics().height() + 6, 22))
        header = self.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.setSortIndicatorShown(True)
        header.setMinimumSectionSize(40)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

    def header(self) -> QHeaderView:
        """The column header (a tree view's name for it)."""
        return self.horizontalHeader()

    def scrollTo(self, index, hint=QAbstractItemView.ScrollHint.EnsureVisible) -> None:
        # rows inserted a moment ago: set the scroll bar's range first (a table view does that
        # later, in its delayed layout, and would scroll within the old range)
        self.executeDelayedItemsLayout()
        super().scrollTo(index, hint)


class EmptyState(QWidget):
    """Shown over an empty list: what is missing and one button to fix it."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("emptyState")
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self.title = QLabel()
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        self.detail = QLabel()
        self.detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail.setWordWrap(True)
        self.detail.setEnabled(False)  # the palette's muted text, on any theme
        self.button = QPushButton()
        self.button.hide()
        layout.addWidget(self.title)
        layout.addWidget(self.detail)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
        self._handler = None
        self.button.clicked.connect(self._on_clicked)

    def show_message(self, title: str, detail: str = "", button: str = "", handler=None) -> None:
        self.title.setText(title)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        self._handler = handler
        self.button.setText(button)
        self.button.setVisible(bool(button and handler))
        self.show()
        self.raise_()

    @Slot()
    def _on_clicked(self) -> None:
        if self._handler is not None:
            self._handler()


class ObjectView(QWidget):
    """A titled, filterable list of one kind of engine object."""

    OBJECT_ROLE = OBJECT_ROLE
    KIND = "objects"
    OBJECT_NAME = "objectsView"
    DEFAULT_WIDTHS: tuple[int, ...] = ()
    DEFAULT_HIDDEN: tuple[int, ...] = ()
    DEFAULT_ORDER: tuple[int, ...] = ()  # columns as first shown (model order when empty)
    status_message = Signal(str)  # a hint for the status bar (invalid drop, failures…)
    title_changed = Signal(str)  # "Volumes (12)", for a tab

    def __init__(self, model: KeyedTableModel, settings: QSettings | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(self.OBJECT_NAME)
        self.model = model
        self.settings = settings
        self.context_actions: list[QAction] = []
        self._empty_action: QAction | None = None
        self._related_keys: set[str] | None = None
        self.connected = True
        self._title = ""

        self.proxy = ObjectFilterProxy(self)
        self.proxy.setSourceModel(model)
        self.tree = self._make_tree()
        self.tree.setObjectName(f"{self.OBJECT_NAME}Tree")
        self.tree.related_source = model
        self.tree.setModel(self.proxy)
        self.tree.setAccessibleName(self.title_name())
        describe(self.tree, list_text())

        self.title = QLabel()
        self.title.setObjectName("viewTitle")
        self.filter_edit = QLineEdit()
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setMinimumWidth(90)
        self.filter_edit.setPlaceholderText(self.filter_placeholder())
        self.filter_edit.setToolTip(self.tr("Every word must match the name, image or a label "
                                            "(key=value)"))
        self.filter_edit.textChanged.connect(self.proxy.set_text)
        self.filter_edit.setAccessibleName(self.tr("Filter {0}").format(self.title_name()))
        self.related_toggle = QCheckBox(self.related_label())
        self.related_toggle.setToolTip(self.related_tooltip())
        self.related_toggle.toggled.connect(self._apply_related_filter)

        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.filter_edit, 1)
        bar.addWidget(self.related_toggle)
        self.tools_widget = QWidget()
        self.tools = QHBoxLayout(self.tools_widget)
        self.tools.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.tools_widget)
        self._bar = bar
        self._second_bar = QHBoxLayout()  # the toggle and tools, under the filter when narrow
        self._second_bar.setContentsMargins(0, 0, 0, 0)
        self._second_bar.addStretch(1)
        self._narrow = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addLayout(bar)
        layout.addLayout(self._second_bar)
        layout.addWidget(self.tree, 1)

        self.empty = EmptyState(self.tree)
        self.empty.hide()
        self.tree.installEventFilter(self)

        focus = QAction(self.tr("Filter"), self)
        focus.setShortcut(QKeySequence.StandardKey.Find)
        focus.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        focus.triggered.connect(self._focus_filter)
        self.addAction(focus)

        self.tree.customContextMenuRequested.connect(self._show_context_menu)
        self.tree.header().customContextMenuRequested.connect(self._show_header_menu)
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved, self.proxy.modelReset,
                       self.proxy.rowsInserted, self.proxy.rowsRemoved, self.proxy.filter_changed):
            signal.connect(self.refresh_state)
        self._restore_header()
        self.refresh_state()
        QWidget.setTabOrder(self.filter_edit, self.tree)  # the list right after its filter box

    # -- to override --------------------------------------------------------------------------
    def _make_tree(self) -> ObjectTree:
        return ObjectTree(self)

    def filter_placeholder(self) -> str:
        return self.tr("Filter by name, image or label")

    def related_label(self) -> str:
        return self.tr("Only related")

    def related_menu_label(self) -> str:
        return self.related_label()

    def related_tooltip(self) -> str:
        return ""

    def title_text(self, shown: int, total: int) -> str:
        return f"{shown}/{total}" if shown != total else str(total)

    def empty_texts(self) -> tuple[str, str, str]:
        """Title, detail and button text when there is no object at all."""
        return self.tr("Nothing here"), "", ""

    def related_empty_text(self) -> str:
        return self.tr("Nothing related to the selection")

    # -- hooks for other features -------------------------------------------------------------
    @property
    def empty_action(self) -> QAction | None:
        return self._empty_action

    @empty_action.setter
    def empty_action(self, action: QAction | None) -> None:
        if self._empty_action is not None:
            self._empty_action.changed.disconnect(self.refresh_state)
        self._empty_action = action
        if action is not None:
            action.changed.connect(self.refresh_state)  # enabled later (connected): show the button
        self.refresh_state()

    def selected_objects(self) -> list:
        sm = self.tree.selectionModel()
        rows = sorted(sm.selectedRows(0), key=lambda i: i.row())
        return [i.data(OBJECT_ROLE) for i in rows if i.data(OBJECT_ROLE) is not None]

    def selected_keys(self) -> list[str]:
        return [i.data(KEY_ROLE) for i in self.tree.selectionModel().selectedRows(0)]

    def current_object(self):
        index = self.tree.currentIndex()
        return index.data(OBJECT_ROLE) if index.isValid() else None

    def select_key(self, key: str) -> bool:
        """Select this row alone and scroll to it; reveal it if a filter hides it."""
        source = self.model.index_of(key)
        if not source.isValid():
            return False
        index = self.proxy.mapFromSource(source)
        if not index.isValid():
            self.filter_edit.clear()
            index = self.proxy.mapFromSource(source)
        if not index.isValid() and self.related_toggle.isChecked():
            self.related_toggle.setChecked(False)
            index = self.proxy.mapFromSource(source)
        if not index.isValid():
            return False
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.tree.selectionModel().setCurrentIndex(index, flags)
        self.tree.scrollTo(index)
        return True

    def set_related_filter(self, keys: set[str] | None) -> None:
        """The rows related to the other view's selection (``None``: nothing selected there)."""
        self._related_keys = keys
        self._apply_related_filter()

    @Slot()
    def _apply_related_filter(self, *_args) -> None:
        on = self.related_toggle.isChecked() and self._related_keys is not None
        self.proxy.set_only_keys(self._related_keys if on else None)

    def set_connected(self, connected: bool) -> None:
        """Disconnected: the last known rows stay, dimmed and inert."""
        self.connected = connected
        self.tree.setEnabled(connected)
        self.related_toggle.setEnabled(connected)
        self.refresh_state()

    # -- state --------------------------------------------------------------------------------
    @Slot()
    def refresh_state(self, *_args) -> None:
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        name = self.title_name()
        count = f" ({self.title_text(shown, total)})" if self.model.loaded else ""
        self.title.setText(f"<b>{name}</b>{count}")
        if f"{name}{count}" != self._title:
            self._title = f"{name}{count}"
            self.title_changed.emit(self._title)
        if shown:
            self.empty.hide()
            return
        if not self.connected and not total:
            self.empty.show_message(self.tr("Not connected"),
                                    self.tr("The list appears when an engine answers."))
        elif not self.model.loaded:
            self.empty.show_message(self.tr("Loading…"))
        elif not total:
            title, detail, button = self.empty_texts()
            action = self._empty_action
            handler = action.trigger if action is not None and action.isEnabled() else None
            self.empty.show_message(title, detail, button if handler else "", handler)
        elif self.proxy.text:
            self.empty.show_message(self.tr("Nothing matches “{0}”").format(self.proxy.text), "",
                                    self.tr("Clear filter"), self.filter_edit.clear)
        else:
            self.empty.show_message(self.related_empty_text(), "", self.tr("Show all"),
                                    lambda: self.related_toggle.setChecked(False))
        self._place_empty()

    def title_name(self) -> str:
        return self.KIND

    def eventFilter(self, watched, event) -> bool:
        if watched is self.tree and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self._place_empty()
        return super().eventFilter(watched, event)

    def _place_empty(self) -> None:
        self.empty.setGeometry(self.tree.viewport().geometry())

    @Slot()
    def _focus_filter(self) -> None:
        self.filter_edit.setFocus()
        self.filter_edit.selectAll()

    # -- menus --------------------------------------------------------------------------------
    def _row_menu_actions(self) -> list[QAction]:
        """Built-in actions after the features' ones."""
        copy = QAction(self.tr("Copy name"), self)
        copy.triggered.connect(self._copy_names)
        return [copy]

    @Slot()
    def _copy_names(self) -> None:
        names = [self.copy_text(o) for o in self.selected_objects()]
        QGuiApplication.clipboard().setText("\n".join(names))

    def copy_text(self, obj) -> str:
        return str(getattr(obj, "name", "") or getattr(obj, "id", ""))

    @Slot(object)
    def _show_context_menu(self, pos) -> None:
        menu = QMenu(self)
        added = False
        for action in self.context_actions:
            if action.isVisible():
                menu.addAction(action)
                added = True
        has_rows = bool(self.tree.selectionModel().selectedRows())
        if has_rows:
            if added:
                menu.addSeparator()
            for action in self._row_menu_actions():
                menu.addAction(action)
        if menu.isEmpty():
            return
        menu.exec(self.tree.viewport().mapToGlobal(pos))

    def header_menu(self) -> QMenu:
        menu = QMenu(self)
        header = self.tree.header()
        model = self.model
        for column in range(model.columnCount()):
            action = menu.addAction(str(model.headerData(column, Qt.Orientation.Horizontal)))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.setEnabled(column != 0)  # the name always shows
            action.setData(column)
            action.toggled.connect(self._on_column_toggled)
        menu.addSeparator()
        reset = menu.addAction(self.tr("Reset columns"))
        reset.triggered.connect(self.reset_columns)
        return menu

    @Slot(object)
    def _show_header_menu(self, pos) -> None:
        self.header_menu().exec(self.tree.header().mapToGlobal(pos))

    @Slot(bool)
    def _on_column_toggled(self, checked: bool) -> None:
        column = self.sender().data()
        self.tree.header().setSectionHidden(column, not checked)
        if checked and self.tree.header().sectionSize(column) < 40:
            self.tree.header().resizeSection(column, self._default_width(column))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_bar()

    def _fit_bar(self) -> None:
        """Below the filter when the row is too narrow for it: never cut "Only related" or a button."""
        filter_width = max(self.filter_edit.minimumWidth(), self.filter_edit.minimumSizeHint().width())
        need = (filter_width + self.related_toggle.sizeHint().width()
                + self.tools_widget.sizeHint().width() + 2 * self._bar.spacing())
        narrow = self.width() < need
        if narrow == self._narrow:
            return
        self._narrow = narrow
        for widget in (self.related_toggle, self.tools_widget):
            (self._bar if narrow else self._second_bar).removeWidget(widget)
        if narrow:
            self._second_bar.insertWidget(0, self.related_toggle)
            self._second_bar.insertWidget(1, self.tools_widget)
        else:
            self._bar.addWidget(self.related_toggle)
            self._bar.addWidget(self.tools_widget)

    def _default_width(self, column: int) -> int:
        return self.DEFAULT_WIDTHS[column] if column < len(self.DEFAULT_WIDTHS) else 100

    # -- settings -----------------------------------------------------------------------------
    def _settings_key(self) -> str:
        return f"views/{self.OBJECT_NAME}"

    @Slot()
    def reset_columns(self) -> None:
        header = self.tree.header()
        rest = (c for c in range(self.model.columnCount()) if c not in self.DEFAULT_ORDER)
        order = [*self.DEFAULT_ORDER, *rest]
        for visual, column in enumerate(order):
            header.moveSection(header.visualIndex(column), visual)
        for column in range(self.model.columnCount()):
            header.setSectionHidden(column, column in self.DEFAULT_HIDDEN)
            header.resizeSection(column, self._default_width(column))
        self.tree.sortByColumn(0, Qt.SortOrder.AscendingOrder)

    def _restore_header(self) -> None:
        self.reset_columns()
        if self.settings is None:
            return
        state = self.settings.value(f"{self._settings_key()}/header")
        same_columns = self.settings.value(f"{self._settings_key()}/columns") == ",".join(self.model.COLUMNS)
        if same_columns and isinstance(state, QByteArray) and self.tree.header().restoreState(state):
            header = self.tree.header()
            header.setSectionHidden(0, False)
            self.tree.sortByColumn(header.sortIndicatorSection(), header.sortIndicatorOrder())
        related = self.settings.value(f"{self._settings_key()}/onlyRelated")
        self.related_toggle.setChecked(related in (True, "true"))

    def save_state(self) -> None:
        if self.settings is None:
            return
        self.settings.setValue(f"{self._settings_key()}/header", self.tree.header().saveState())
        self.settings.setValue(f"{self._settings_key()}/columns", ",".join(self.model.COLUMNS))
        self.settings.setValue(f"{self._settings_key()}/onlyRelated", self.related_toggle.isChecked())


def visible_keys(view: ObjectView) -> list[str]:
    """Keys of the rows currently on screen (plus the selected ones)."""
    tree = view.tree
    rect = tree.viewport().rect()
    top = tree.rowAt(rect.top())
    if top < 0:
        return view.selected_keys()
    bottom = tree.rowAt(rect.bottom())
    last = bottom if bottom >= 0 else view.proxy.rowCount() - 1
    keys = [view.proxy.index(row, 0).data(KEY_ROLE) for row in range(top, last + 1)]
    for key in view.selected_keys():
        if key not in keys:
            keys.append(key)
    return keys


def single_shot(parent, ms: int, slot) -> QTimer:
    """A restartable single-shot timer (debounce)."""
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(ms)
    timer.timeout.connect(slot)
    return timer


