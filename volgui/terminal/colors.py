"""Colours: pyte's colour names and hex strings → QColor, following the application palette."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

_NAMES = ("black", "red", "green", "brown", "blue", "magenta", "cyan", "white")
# Tango-like, readable on dark and light backgrounds.
_DARK_BG = ("#2e3436", "#cc0000", "#4e9a06", "#c4a000", "#3465a4", "#75507b", "#06989a", "#d3d7cf",
            "#555753", "#ef2929", "#8ae234", "#fce94f", "#729fcf", "#ad7fa8", "#34e2e2", "#eeeeec")
_LIGHT_BG = ("#000000", "#c01c28", "#26a269", "#a2734c", "#12488b", "#a347ba", "#2aa1b3", "#d0cfcc",
             "#5e5c64", "#f66151", "#33d17a", "#c88800", "#2a7bde", "#c061cb", "#33c7de", "#ffffff")


class ColorScheme:
    """Maps pyte colours to QColors; ``default`` fg/bg come from the palette."""

    def __init__(self, palette: QPalette) -> None:
        self.background = palette.color(QPalette.ColorRole.Base)
        self.foreground = palette.color(QPalette.ColorRole.Text)
        self.selection = palette.color(QPalette.ColorRole.Highlight)
        self.selection_text = palette.color(QPalette.ColorRole.HighlightedText)
        dark = self.background.lightnessF() < 0.5
        self.ansi = [QColor(c) for c in (_DARK_BG if dark else _LIGHT_BG)]
        self._cache: dict[tuple[str, bool, bool], QColor] = {}

    def color(self, name: str, foreground: bool, bold: bool = False) -> QColor:
        key = (name, foreground, bold)
        found = self._cache.get(key)
        if found is None:
            found = self._cache[key] = self._resolve(name, foreground, bold)
        return found

    def _resolve(self, name: str, foreground: bool, bold: bool) -> QColor:
        if name == "default":
            return self.foreground if foreground else self.background
        bright = name.startswith("bright")
        base = name[6:] if bright else name
        if base in _NAMES:
            index = _NAMES.index(base) + (8 if bright or (bold and foreground) else 0)
            return self.ansi[index]
        if len(name) == 6:
            color = QColor("#" + name)
            if color.isValid():
                return color
        return self.foreground if foreground else self.background
