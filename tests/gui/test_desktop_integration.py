"""Desktop citizenship: packaged icons that follow the palette, Help → About, the crash dialog and
its log, translations, and a dark palette that renders readably."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QMenu

import volgui
from volgui import paths
from volgui.app import build_window
from volgui.ui.dialogs.about import AboutDialog
from volgui.ui.window import appearance, icons
from volgui.ui.window.crash import CrashHandler


@pytest.fixture
def app_palette(qapp):
    """Lets a test change the application palette and style; puts them back afterwards."""
    palette, style = QPalette(qapp.palette()), qapp.style().name()
    yield qapp
    qapp.setStyle(style)
    qapp.setPalette(palette)


def _opaque_colors(icon: QIcon, mode=QIcon.Mode.Normal, size: int = 24) -> set[str]:
    image = icon.pixmap(size, size, mode).toImage()
    return {image.pixelColor(x, y).name() for x in range(size) for y in range(size)
            if image.pixelColor(x, y).alpha() == 255}


def _luminance(color: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF())


def _contrast(a: QColor, b: QColor) -> float:
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


# -- icons -------------------------------------------------------------------------------------

def test_every_packaged_icon_renders(qapp):
    assert len(icons.available()) >= 10
    for name in [*icons.available(), "volgui"]:
        assert not icons.icon(name).pixmap(32, 32).isNull(), name
    assert not icons.app_icon().isNull()
    packaged = Path(volgui.__file__).parent / "assets" / "icons" / "volgui.svg"
    assert icons.svg_bytes("volgui") == packaged.read_bytes()


def test_unknown_icon_is_named_in_the_error(qapp):
    with pytest.raises(KeyError, match="no-such-icon"):
        icons.icon("no-such-icon")


def test_action_icons_follow_the_palette(app_palette):
    refresh = icons.icon("refresh")  # made once, painted after each palette change
    light = QPalette(app_palette.palette())
    light.setColor(QPalette.ColorRole.WindowText, QColor("#202020"))
    app_palette.setPalette(light)
    assert _opaque_colors(refresh) == {"#202020"}
    app_palette.setPalette(appearance.dark_palette())
    dark_text = appearance.dark_palette().color(QPalette.ColorRole.WindowText).name()
    assert _opaque_colors(refresh) == {dark_text}
    disabled = appearance.dark_palette().color(QPalette.ColorGroup.Disabled,
                                               QPalette.ColorRole.WindowText).name()
    assert _opaque_colors(refresh, QIcon.Mode.Disabled) == {disabled}


def test_app_icon_keeps_its_colours(app_palette):
    before = _opaque_colors(icons.app_icon(), size=64)
    app_palette.setPalette(appearance.dark_palette())
    assert _opaque_colors(icons.app_icon(), size=64) == before


# -- window, menu, About -----------------------------------------------------------------------

def test_window_has_the_icon_and_help_menu_last(qtbot, tmp_path):
    window = build_window(host=f"unix://{tmp_path}/absent.sock")
    qtbot.addWidget(window)
    assert not window.windowIcon().isNull()
    features = window.context.features
    menus = [a.menu() for a in window.menuBar().actions() if a.menu() is not None]
    assert menus[-1] is features.help_menu and features.help_menu.objectName() == "helpMenu"
    late = window.menuBar().addMenu("&Late feature")  # a feature that adds its menu afterwards
    menus = [a.menu() for a in window.menuBar().actions() if isinstance(a.menu(), QMenu)]
    assert menus[-2] is late and menus[-1] is features.help_menu
    assert features.about_action in features.help_menu.actions()
    assert not window.quit_action.icon().isNull() and not window.refresh_action.icon().isNull()
    window.close()


def test_about_lists_the_versions(qtbot, tmp_path):
    window = build_window(host=f"unix://{tmp_path}/absent.sock")
    qtbot.addWidget(window)
    window.show()
    window.context.features.about_action.trigger()
    dialog = window.context.features.about_opener.dialog
    assert dialog.isVisible()
    import docker
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import qVersion

    rows = {name: label.text() for name, label in dialog.rows.items()}
    assert rows["volgui"] == volgui.__version__
    assert rows["Qt"] == qVersion() and rows["PySide6"] == pyside_version
    assert rows["Docker SDK for Python"] == docker.__version__
    assert rows["Python"].startswith(sys.version.split()[0])
    assert rows["Engine"] == "not connected"
    dialog.close()
    window.close()


@pytest.mark.integration
def test_about_names_the_connected_engine(qtbot, engine_host):
    window = build_window(host=engine_host)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.session.state.connected, timeout=10000)
    window.context.features.about_action.trigger()
    dialog = window.context.features.about_opener.dialog
    engine = dialog.rows["Engine"].text()
    assert engine == window.session.state.info.describe()
    assert "Docker Engine" in engine and engine_host in engine
    dialog.copy_button.click()
    copied = QGuiApplication.clipboard().text()
    assert f"volgui: {volgui.__version__}" in copied and f"Engine: {engine}" in copied
    dialog.close()
    window.close()


# -- unexpected errors -------------------------------------------------------------------------

def _raise(exc: BaseException):
    try:
        raise exc
    except BaseException as caught:
        return type(caught), caught, caught.__traceback__


def test_unexpected_error_is_logged_and_shown_with_copy(qtbot, config_dir):
    handler = CrashHandler()
    handler.handle(*_raise(ZeroDivisionError("the answer divided by nothing")))
    dialog = handler.dialog
    qtbot.addWidget(dialog)
    assert dialog.isVisible()
    log = paths.log_dir() / "volgui.log"
    assert log.is_relative_to(config_dir)
    text = log.read_text()
    assert "ZeroDivisionError: the answer divided by nothing" in text and "Traceback" in text
    assert f"volgui {volgui.__version__}, Qt " in text
    assert str(log) in dialog.where.text()
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == dialog.details.toPlainText()
    assert "ZeroDivisionError" in QGuiApplication.clipboard().text()

    handler.handle(*_raise(KeyError("second")))  # one dialog collects further errors
    assert handler.dialog is dialog and dialog.count == 2
    assert "KeyError: 'second'" in dialog.details.toPlainText()
    assert log.read_text().count("Traceback") == 2
    dialog.close()
    handler.deleteLater()


def test_error_in_a_thread_reaches_the_gui_thread(qtbot, config_dir):
    handler = CrashHandler()
    handler.install()
    try:
        assert sys.excepthook == handler.handle
        worker = threading.Thread(target=lambda: 1 / 0, name="volgui-test-crash")
        worker.start()
        worker.join()
        qtbot.waitUntil(lambda: handler.dialog is not None and handler.dialog.isVisible(), timeout=5000)
    finally:
        handler.uninstall()
    qtbot.addWidget(handler.dialog)
    assert "volgui-test-crash" in handler.dialog.details.toPlainText()
    assert "ZeroDivisionError" in (paths.log_dir() / "volgui.log").read_text()
    handler.dialog.close()
    handler.deleteLater()


def test_log_that_cannot_be_written_is_said_in_the_dialog(qtbot, config_dir):
    (config_dir / "logs").write_text("a file where the folder should be")
    handler = CrashHandler()
    handler.handle(*_raise(RuntimeError("boom")))
    qtbot.addWidget(handler.dialog)
    assert "could not be saved" in handler.dialog.where.text()
    handler.dialog.close()
    handler.deleteLater()


# -- translations ------------------------------------------------------------------------------

_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About volgui</source>
        <translation>Über volgui</translation>
    </message>
</context>
</TS>
"""


def test_translations_for_the_locale_are_loaded(app_palette, qtbot, tmp_path):
    ts = tmp_path / "volgui_de.ts"
    ts.write_text(_TS, encoding="utf-8")
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), "-silent", str(ts)], check=True, capture_output=True, timeout=60)
    assert (tmp_path / "volgui_de.qm").is_file()
    app = QApplication.instance()
    translators = appearance.install_translators(app, QLocale("de_DE"), folder=tmp_path)
    try:
        assert len(translators) == 2  # Qt's own (qtbase_de) and volgui's
        dialog = AboutDialog()
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == "Über volgui"
    finally:
        for translator in translators:
            app.removeTranslator(translator)
    assert AboutDialog().windowTitle() == "About volgui"
    qtbase_only = appearance.install_translators(app, QLocale("de_DE"), folder=tmp_path / "none")
    assert qtbase_only != []  # qtbase
    for translator in qtbase_only:  # only these: the session's English catalogue stays installed
        app.removeTranslator(translator)


def test_translations_folder_ships_in_the_package():
    folder = appearance.translations_dir()
    assert folder is not None and folder.is_dir()
    assert folder.is_relative_to(Path(volgui.__file__).parent)


# -- light and dark ----------------------------------------------------------------------------

def test_dark_palette_is_readable():
    pal = appearance.dark_palette()
    role, group = QPalette.ColorRole, QPalette.ColorGroup

    def ratio(fg, bg, fg_group=group.Active):
        return _contrast(pal.color(fg_group, fg), pal.color(group.Active, bg))

    assert ratio(role.WindowText, role.Window) >= 7
    assert ratio(role.Text, role.Base) >= 7
    assert ratio(role.ButtonText, role.Button) >= 7
    assert ratio(role.HighlightedText, role.Highlight) >= 4.5
    assert ratio(role.WindowText, role.Window, group.Disabled) >= 3
    assert ratio(role.PlaceholderText, role.Base) >= 3
    assert ratio(role.Mid, role.Window) >= 3  # some widgets draw secondary text in palette(mid)
    assert ratio(role.Link, role.Base) >= 4.5
    assert appearance.is_dark(pal)


def test_color_scheme_switches_and_the_window_renders_dark(app_palette, qtbot, tmp_path):
    appearance.apply_color_scheme(app_palette, "dark")
    assert appearance.is_dark(app_palette.palette())
    window = build_window(host=f"unix://{tmp_path}/absent.sock")
    qtbot.addWidget(window)
    window.resize(1000, 700)
    window.show()
    qtbot.waitExposed(window)
    image = window.grab().toImage()
    samples = [image.pixelColor(x, y) for x in range(0, image.width(), 10)
               for y in range(0, image.height(), 10)]
    dark_share = sum(1 for c in samples if c.lightnessF() < 0.35) / len(samples)
    assert dark_share > 0.8, "most of the window should be drawn in the dark palette"
    assert any(c.lightnessF() > 0.75 for c in samples), "text drawn in the light text colour"
    window.close()
    appearance.apply_color_scheme(app_palette, "light")
    assert not appearance.is_dark(app_palette.palette())
    with pytest.raises(ValueError, match="sepia"):
        appearance.apply_color_scheme(app_palette, "sepia")
