"""Icons shipped inside the package (``volgui/assets/icons``), read with ``importlib.resources``.

``icon("volgui")`` is the application icon, drawn as designed. Every other name is an action icon
(``assets/icons/actions/<name>.svg``) drawn in ``currentColor``: it is recoloured when painted from
the application palette's text colour (the disabled text colour for a disabled action, the
highlighted text colour for a selected item), so it follows the light or dark palette — also when
the palette changes while the app runs.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

APP_ICON = "volgui"


def _assets():
    return resources.files("volgui") / "assets" / "icons"


@cache
def svg_bytes(name: str) -> bytes:
    """The SVG source of an icon; ``KeyError`` names the icon when it is not shipped."""
    folder = _assets() if name == APP_ICON else _assets() / "actions"
    entry = folder / f"{name}.svg"
    if not entry.is_file():
        raise KeyError(f"no icon named {name!r} in volgui/assets/icons")
    return entry.read_bytes()


def available() -> list[str]:
    """The names of the action icons."""
    return sorted(e.name.removesuffix(".svg") for e in (_assets() / "actions").iterdir()
                  if e.name.endswith(".svg"))


def icon_color(mode: QIcon.Mode = QIcon.Mode.Normal, palette: QPalette | None = None) -> str:
    """The colour an action icon is drawn in for ``mode``, from the application palette."""
    pal = palette or QGuiApplication.palette()
    if mode == QIcon.Mode.Disabled:
        color = pal.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
    elif mode == QIcon.Mode.Selected:
        color = pal.color(QPalette.ColorGroup.Active, QPalette.ColorRole.HighlightedText)
    else:
        color = pal.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText)
    return color.name()


@cache
def _renderer(name: str, color: str | None) -> QSvgRenderer:
    data = svg_bytes(name)
    if color is not None:
        data = data.replace(b"currentColor", color.encode("ascii"))
    renderer = QSvgRenderer(QByteArray(data))
    if not renderer.isValid():
        raise ValueError(f"icon {name!r} is not a valid SVG")
    return renderer


class _SvgIconEngine(QIconEngine):
    """Renders one SVG at any size; action icons take their colour from the palette when painted."""

    def __init__(self, name: str, recolor: bool) -> None:
        super().__init__()
        self._name = name
        self._recolor = recolor

    def _color(self, mode: QIcon.Mode) -> str | None:
        return icon_color(mode) if self._recolor else None

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        renderer = _renderer(self._name, self._color(mode))
        if not self._recolor and mode == QIcon.Mode.Disabled:
            painter.setOpacity(0.45)
        renderer.render(painter, QRectF(rect))

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        pix = QPixmap(size)
        pix.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pix)
        self.paint(painter, QRect(0, 0, size.width(), size.height()), mode, state)
        painter.end()
        return pix

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float) -> QPixmap:
        pix = self.pixmap(size * scale, mode, state)
        pix.setDevicePixelRatio(scale)
        return pix

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        return size

    def clone(self) -> QIconEngine:
        return _SvgIconEngine(self._name, self._recolor)

    def key(self) -> str:
        return "volgui-svg"

    def iconName(self) -> str:
        return self._name


class _DimmedIconEngine(QIconEngine):
    """Draws another icon as it is, and its Disabled mode faded: the style's own disabled version of a
    black glyph is a dark grey that reads as enabled on a light palette."""

    OPACITY = 0.4

    def __init__(self, source: QIcon) -> None:
        super().__init__()
        self._source = source

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        if mode == QIcon.Mode.Disabled:
            painter.save()
            painter.setOpacity(painter.opacity() * self.OPACITY)
            self._source.paint(painter, rect, Qt.AlignmentFlag.AlignCenter, mode, state)
            painter.restore()
        else:
            self._source.paint(painter, rect, Qt.AlignmentFlag.AlignCenter, mode, state)

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float) -> QPixmap:
        pix = QPixmap(size * scale)
        pix.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pix)
        self.paint(painter, QRect(0, 0, pix.width(), pix.height()), mode, state)
        painter.end()
        pix.setDevicePixelRatio(scale)
        return pix

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        return self._source.actualSize(size, mode, state)

    def availableSizes(self, mode: QIcon.Mode, state: QIcon.State) -> list[QSize]:
        return self._source.availableSizes(mode, state)

    def clone(self) -> QIconEngine:
        return _DimmedIconEngine(self._source)

    def key(self) -> str:
        return "volgui-dimmed"


def dimmed_when_disabled(source: QIcon) -> QIcon:
    """``source`` with a Disabled mode that is visibly fainter than its Normal mode."""
    return QIcon(_DimmedIconEngine(source))


def icon(name: str) -> QIcon:
    """The icon ``name`` (``"volgui"`` for the application icon, else an action icon)."""
    svg_bytes(name)  # fail early, with the name, for a missing icon
    return QIcon(_SvgIconEngine(name, recolor=name != APP_ICON))


def app_icon() -> QIcon:
    return icon(APP_ICON)


def themed(theme_name: str, name: str) -> QIcon:
    """The desktop icon theme's ``theme_name`` where the platform has one, else volgui's ``name``."""
    return QIcon.fromTheme(theme_name, icon(name))
