"""Look and language of the application: the system's style, palette, font and locale.

volgui follows the desktop: it keeps the style, palette and font that the platform theme gives
(KDE, GNOME through the portal or gtk3 theme…) and sets no fonts or colours of its own. Only
when there is no platform style at all does it pick Fusion. ``--color-scheme light|dark`` asks
the platform for that scheme and, where the platform cannot switch (no theme, offscreen), uses
Fusion with a matching palette.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from volgui.engine.present import i18n
from volgui.ui.window.translator import CatalogueTranslator

SCHEMES = ("auto", "light", "dark")


def ensure_style(app: QApplication) -> None:
    """Fusion only when the platform gave no real style (Qt's bare "Windows" fallback)."""
    if app.style().name().lower() == "windows" and "Fusion" in QStyleFactory.keys():
        app.setStyle("Fusion")


def is_dark(palette: QPalette | None = None) -> bool:
    pal = palette or QGuiApplication.palette()
    return pal.color(QPalette.ColorRole.Window).lightness() < pal.color(
        QPalette.ColorRole.WindowText).lightness()


def dark_palette() -> QPalette:
    """A dark palette for Fusion, with the contrast of the common desktop dark themes."""
    pal = QPalette()
    window, base, alt = QColor("#2b2d30"), QColor("#1e1f22"), QColor("#26282b")
    text, dim = QColor("#e6e6e6"), QColor("#7f8389")
    button, highlight = QColor("#35373b"), QColor("#3471cc")
    roles = {
        QPalette.ColorRole.Window: window, QPalette.ColorRole.WindowText: text,
        QPalette.ColorRole.Base: base, QPalette.ColorRole.AlternateBase: alt,
        QPalette.ColorRole.ToolTipBase: QColor("#3c3f41"), QPalette.ColorRole.ToolTipText: text,
        QPalette.ColorRole.PlaceholderText: dim, QPalette.ColorRole.Text: text,
        QPalette.ColorRole.Button: button, QPalette.ColorRole.ButtonText: text,
        QPalette.ColorRole.BrightText: QColor("#ff6b6b"), QPalette.ColorRole.Highlight: highlight,
        QPalette.ColorRole.HighlightedText: QColor("#ffffff"), QPalette.ColorRole.Link: QColor("#7aa7ff"),
        QPalette.ColorRole.LinkVisited: QColor("#b89cff"), QPalette.ColorRole.Light: QColor("#505357"),
        # Mid draws frames, and some widgets use it for secondary text: keep it readable on Window
        QPalette.ColorRole.Midlight: QColor("#45484d"), QPalette.ColorRole.Mid: QColor("#7a7e85"),
        QPalette.ColorRole.Dark: QColor("#1b1c1e"), QPalette.ColorRole.Shadow: QColor("#0c0c0d"),
    }
    for role, color in roles.items():
        pal.setColor(QPalette.ColorGroup.All, role, color)
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        pal.setColor(QPalette.ColorGroup.Disabled, role, dim)
    pal.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Highlight, QColor("#4a4d52"))
    return pal


def apply_color_scheme(app: QApplication, scheme: str) -> None:
    """``auto`` follows the system; ``light``/``dark`` force one."""
    if scheme not in SCHEMES:
        raise ValueError(f"unknown colour scheme {scheme!r} (choose {', '.join(SCHEMES)})")
    if scheme == "auto":
        return
    want_dark = scheme == "dark"
    hints = app.styleHints()
    if hasattr(hints, "setColorScheme"):  # Qt 6.8: the platform theme switches, if it can
        hints.setColorScheme(Qt.ColorScheme.Dark if want_dark else Qt.ColorScheme.Light)
    if is_dark(app.palette()) != want_dark:
        app.setStyle("Fusion")
        app.setPalette(dark_palette() if want_dark else app.style().standardPalette())


# -- translations ------------------------------------------------------------------------------

def translations_dir() -> Path | None:
    """``volgui/assets/translations`` as a folder on disk (the wheel and the bundles install it so)."""
    entry = resources.files("volgui") / "assets" / "translations"
    try:
        path = Path(str(entry))
    except TypeError:  # pragma: no cover - a zipped install; translations then stay off
        return None
    return path if path.is_dir() else None


def install_translators(app: QApplication, locale: QLocale | None = None,
                        folder: Path | None = None) -> list[QTranslator]:
    """Load Qt's own and volgui's translations for the desktop's language, where a ``.qm`` exists.

    volgui's files are ``volgui_<lang>.qm`` in ``volgui/assets/translations`` (compiled from the
    ``.ts`` sources at build time, packaging/translations.py). A language without a catalogue gets
    ``volgui_en`` (the English plural forms). The engine side's text (``engine.present.i18n``) is
    routed through the same translators. Returns the installed translators; keep them referenced
    for as long as the app runs.
    """
    locale = locale or QLocale.system()
    installed: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ours = str(folder or translations_dir() or "")
    for name, where in (("qtbase", qt_dir), ("volgui", ours)):
        if not where:
            continue
        translator = CatalogueTranslator(app) if name == "volgui" else QTranslator(app)
        if translator.load(locale, name, "_", where) or (
                name == "volgui" and translator.load(QLocale(QLocale.Language.English), name, "_", where)):
            app.installTranslator(translator)
            installed.append(translator)
        else:
            translator.deleteLater()
    i18n.set_translator(QCoreApplication.translate)
    return installed
