"""Desktop integration of the main window: window icon, action icons, the Help menu (lessons,
glossary, keyboard shortcuts, documentation, About)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QUrl, Slot
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu

from volgui.ui.dialogs.about import HOMEPAGE, AboutDialog
from volgui.ui.dialogs.shortcuts import ShortcutsDialog
from volgui.ui.window.context import WindowContext
from volgui.ui.window.icons import app_icon, themed


class AboutOpener(QObject):
    def __init__(self, ctx: WindowContext) -> None:
        super().__init__(ctx.window)
        self.ctx = ctx
        self.window = ctx.window
        self.dialog: AboutDialog | None = None
        self.shortcuts: ShortcutsDialog | None = None

    @Slot()
    def open_about(self) -> None:
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
        self.dialog = AboutDialog(self.ctx.session, self.window)
        self.dialog.open()

    @Slot()
    def open_about_qt(self) -> None:
        QApplication.aboutQt()

    @Slot()
    def open_shortcuts(self) -> None:
        if self.shortcuts is not None:
            self.shortcuts.close()
            self.shortcuts.deleteLater()
        self.shortcuts = ShortcutsDialog(self.window)
        self.shortcuts.open()

    @Slot()
    def open_lessons(self) -> None:
        panel = self.ctx.features.learn_panel
        if panel is not None:
            self.ctx.side_tabs.show()
            self.ctx.side_tabs.setCurrentWidget(panel)

    @Slot()
    def open_glossary(self) -> None:
        panel = self.ctx.features.learn_panel
        if panel is not None:
            panel.show_glossary()

    @Slot()
    def open_docs(self) -> None:
        QDesktopServices.openUrl(QUrl(DOCS_URL))


DOCS_URL = f"{HOMEPAGE}/tree/main/docs"


class _HelpMenuLast(QObject):
    """Keeps Help the last menu of the menu bar when features added after it add their menus."""

    def __init__(self, menu: QMenu) -> None:
        super().__init__(menu)
        self.menu = menu

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.ActionAdded and event.action() is not self.menu.menuAction():
            bar = watched
            bar.removeAction(self.menu.menuAction())
            bar.addAction(self.menu.menuAction())
        return False


def help_menu(window) -> QMenu:
    """The window's Help menu (made once; other features may add to it)."""
    menu = window.menuBar().findChild(QMenu, "helpMenu")
    if menu is None:
        menu = window.menuBar().addMenu(window.tr("&Help"))
        menu.setObjectName("helpMenu")
        window.menuBar().installEventFilter(_HelpMenuLast(menu))
    return menu


def install(ctx: WindowContext) -> None:
    window = ctx.window
    window.setWindowIcon(app_icon())
    for action, theme_name, name in ((window.refresh_action, "view-refresh", "refresh"),
                                     (window.quit_action, "application-exit", "quit")):
        if action.icon().isNull():
            action.setIcon(themed(theme_name, name))

    opener = AboutOpener(ctx)
    about = QAction(themed("help-about", "about"), window.tr("&About volgui"), window)
    about.setObjectName("aboutAction")
    about.setMenuRole(QAction.MenuRole.AboutRole)
    about.triggered.connect(opener.open_about)
    about_qt = QAction(window.tr("About &Qt"), window)
    about_qt.setMenuRole(QAction.MenuRole.AboutQtRole)
    about_qt.triggered.connect(opener.open_about_qt)
    menu = help_menu(window)
    if ctx.features.learn_panel is not None:  # installed before this feature
        lessons = menu.addAction(window.tr("&Lessons"))
        lessons.setObjectName("lessonsAction")
        lessons.setToolTip(window.tr("Short guided lessons in the Learn tab"))
        lessons.triggered.connect(opener.open_lessons)
        glossary = menu.addAction(window.tr("Docker &glossary"))
        glossary.setObjectName("glossaryAction")
        glossary.triggered.connect(opener.open_glossary)
    shortcuts = QAction(window.tr("&Keyboard shortcuts"), window)
    shortcuts.setObjectName("shortcutsAction")
    shortcuts.setShortcut(QKeySequence("Ctrl+/"))
    shortcuts.triggered.connect(opener.open_shortcuts)
    window.addAction(shortcuts)
    menu.addAction(shortcuts)
    docs = menu.addAction(window.tr("&Documentation (online)"))
    docs.setObjectName("docsAction")
    docs.setToolTip(DOCS_URL)
    docs.triggered.connect(opener.open_docs)
    menu.addSeparator()
    menu.addAction(about)
    menu.addAction(about_qt)
    ctx.features.help_menu = menu
    ctx.features.about_action = about
    ctx.features.about_opener = opener
