"""View ▸ High contrast: a black-and-white palette with a yellow focus colour (kept in settings).

For people who need more contrast than their desktop theme gives, and for screenshots that show
what does not rely on colour. Fusion draws it (the platform styles keep their own colours).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction, QColor, QPalette
from PySide6.QtWidgets import QApplication

from volgui.ui.window.context import WindowContext

SETTING = "appearance/highContrast"
# Fusion draws frames and check marks in a shade darker than the window: on black, none shows. An
# unchecked box or radio button and an empty field need an outline of their own.
STYLE_SHEET = """
QCheckBox::indicator, QRadioButton::indicator, QAbstractItemView::indicator {
    width: 12px; height: 12px; border: 2px solid #ffffff; background: #000000; }
QRadioButton::indicator { border-radius: 8px; }
QCheckBox::indicator:checked, QRadioButton::indicator:checked, QAbstractItemView::indicator:checked {
    background: #ffff00; }
QCheckBox::indicator:indeterminate { background: #808000; }
QCheckBox::indicator:disabled, QRadioButton::indicator:disabled { border-color: #808080; }
QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox { border: 1px solid #c0c0c0; }
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QAbstractSpinBox:focus { border: 2px solid #ffff00; }
"""


def high_contrast_palette() -> QPalette:
    """White on black, yellow selection with black text, cyan links: above 15:1 throughout."""
    pal = QPalette()
    black, white, yellow, grey = QColor("#000000"), QColor("#ffffff"), QColor("#ffff00"), QColor("#c0c0c0")
    roles = {
        QPalette.ColorRole.Window: black, QPalette.ColorRole.WindowText: white,
        QPalette.ColorRole.Base: black, QPalette.ColorRole.AlternateBase: QColor("#1a1a1a"),
        QPalette.ColorRole.ToolTipBase: black, QPalette.ColorRole.ToolTipText: white,
        QPalette.ColorRole.PlaceholderText: grey, QPalette.ColorRole.Text: white,
        QPalette.ColorRole.Button: black, QPalette.ColorRole.ButtonText: white,
        QPalette.ColorRole.BrightText: yellow, QPalette.ColorRole.Highlight: yellow,
        QPalette.ColorRole.HighlightedText: black, QPalette.ColorRole.Link: QColor("#00ffff"),
        QPalette.ColorRole.LinkVisited: QColor("#ff80ff"), QPalette.ColorRole.Light: white,
        QPalette.ColorRole.Midlight: grey, QPalette.ColorRole.Mid: white,
        QPalette.ColorRole.Dark: white, QPalette.ColorRole.Shadow: white,
    }
    for role, color in roles.items():
        pal.setColor(QPalette.ColorGroup.All, role, color)
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        pal.setColor(QPalette.ColorGroup.Disabled, role, grey)
    return pal


class ContrastToggle(QObject):
    """The View menu's check box; the scheme is the application's (every window and dialog)."""

    def __init__(self, ctx: WindowContext) -> None:
        super().__init__(ctx.window)
        self.settings = ctx.settings
        self._saved: tuple[str, QPalette] | None = None
        self.action = QAction(self.tr("&High contrast"), ctx.window)
        self.action.setObjectName("highContrastAction")
        self.action.setCheckable(True)
        self.action.setToolTip(self.tr("White on black with a yellow selection, for more contrast"))
        ctx.view_menu.addAction(self.action)
        self.action.toggled.connect(self.set_on)
        if str(self.settings.value(SETTING, "false")).lower() == "true":
            self.action.setChecked(True)

    @Slot(bool)
    def set_on(self, on: bool) -> None:
        app = QApplication.instance()
        if on and self._saved is None:
            self._saved = (app.style().name(), app.palette(), app.styleSheet())
            app.setStyle("Fusion")
            app.setPalette(high_contrast_palette())
            app.setStyleSheet(STYLE_SHEET)
        elif not on and self._saved is not None:
            style, palette, sheet = self._saved
            self._saved = None
            app.setStyleSheet(sheet)
            app.setStyle(style)
            app.setPalette(palette)
        self.settings.setValue(SETTING, on)
