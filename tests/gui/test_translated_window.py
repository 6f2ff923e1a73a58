"""Under each shipped language every text on screen is translated and nothing is clipped.

For German and Spanish the catalogues are compiled (as at build time) and installed the way the
application does for a desktop in that language, then the main window — every tab — and every
dialog of tests/gui/test_layout.py are walked: no visible text may still be an English source
text of the catalogues or read as an English sentence, and tests/layout_check.py must find no
label, button or column header too narrow for its translated text (the inspector's tables are
read with a container and then a volume shown). The headers are checked in English too, at the
same default window size and column widths.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabBar,
    QTextEdit,
    QWidget,
)

from tests.gui.test_layout import open_dialogs, settle
from tests.layout_check import clipped_headers, layout_problems

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "volgui" / "assets" / "translations"
# Words of English sentences that are not words of German or Spanish.
ENGLISH = {"the", "and", "of", "to", "is", "not", "yet", "your", "you", "this", "its", "with", "are",
           "be", "has", "have", "from", "select", "connected", "running", "see", "no", "details", "here"}
ENGLISH -= {"no"}  # Spanish


def _english_sources(lang: str) -> tuple[set[str], set[str]]:
    """Source texts whose translation differs from them ("Container" is German too: proves nothing),
    and the texts that are this language's own ("Tag:" is German for "Tag:", not English "Tag")."""
    english, translated = set(), set()
    for m in ET.parse(FOLDER / f"volgui_{lang}.ts").getroot().iter("message"):
        source, tr = m.findtext("source"), m.find("translation")
        if m.get("numerus") != "yes" and (tr.text or "") != source:
            english.add(source.replace("&", "").strip())
            translated.add((tr.text or "").replace("&", "").strip())
        elif m.get("numerus") != "yes":
            translated.add(source.replace("&", "").strip())
    return english - translated, translated


def _plain(text: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", text)).replace("&", "").strip()


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for what a person reads in ``root``: labels, buttons, fields' hints, group
    titles, tab titles, menu and toolbar entries, column headers and the first rows of lists, text
    areas (the glossary)."""
    found: list[tuple[str, str]] = []
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisible():
            continue
        name = w.objectName() or type(w).__name__
        texts: list[str] = []
        if isinstance(w, QLabel):
            texts.append(w.text())
        elif isinstance(w, QAbstractButton):
            texts.append(w.text())
        elif isinstance(w, QLineEdit):
            texts.append(w.placeholderText())
        elif isinstance(w, QGroupBox):
            texts.append(w.title())
        elif isinstance(w, QTextEdit):  # the glossary, a lesson's text
            texts += w.toPlainText().splitlines()
        elif isinstance(w, QTabBar):
            texts += [w.tabText(i) for i in range(w.count())]
        elif isinstance(w, QAbstractItemView) and w.model() is not None:
            model = w.model()
            try:
                columns = model.columnCount(QModelIndex())
            except TypeError:  # a list model: one column, its columnCount is private
                columns = 1
            horizontal = Qt.Orientation.Horizontal
            texts += [str(model.headerData(c, horizontal) or "") for c in range(columns)]
            rows = min(30, model.rowCount(QModelIndex()))
            texts += [str(model.index(r, c).data() or "") for r in range(rows) for c in range(columns)]
        if w.isWindow():
            texts.append(w.windowTitle())
        for action in w.actions():
            texts.append(action.text())
            if isinstance(action.menu(), QMenu):
                texts += [a.text() for a in action.menu().actions()]
        found += [(name, _plain(t)) for t in texts if _plain(t)]
    return found


def english_left(root: QWidget, sources: tuple[set[str], set[str]], data: set[str]) -> list[str]:
    sources, translated = sources
    problems = []
    for where, text in visible_texts(root):
        if text.startswith(("/", "docker ")) or any(d in text for d in data):
            continue  # a path, a docker command line (never translated), a name the test made: not words
        words = set(re.findall(r"[a-z]+", text.lower()))
        if text in sources or (text.rstrip(":…") in sources and text not in translated) \
                or len(words & ENGLISH) >= 2:
            problems.append(f"{where}: {text!r}")
    return sorted(set(problems))



def inspector_headers(qtbot, window, objects) -> list[str]:
    """Clipped headers of the inspector's tables, with the container and then the volume shown."""
    panel = window.context.features.inspect_panel
    window.side_tabs.setCurrentWidget(panel)
    found = []
    for select, key in ((window.selection.select_container, objects["web"]),
                        (window.selection.select_volume, objects["volume"])):
        qtbot.waitUntil(lambda select=select, key=key: select(key), timeout=15000)
        qtbot.waitUntil(lambda key=key: panel.key == key and panel.state == "shown", timeout=15000)
        QApplication.processEvents()
        found += [f"inspector: {p}" for p in clipped_headers(panel)]
    return found


@pytest.fixture
def translated_window(language, window):  # the translators first, then the window
    return window


def test_main_window_is_translated_and_not_clipped(qtbot, translated_window, objects, language, engine_host):
    window = translated_window
    sources, data = _english_sources(language), {objects["volume"], engine_host.rsplit("/", 2)[-2], "vgtest"}
    english, clipped = [], []
    for tabs in (window.bottom_tabs, window.side_tabs, window.object_tabs):
        for i in range(tabs.count()):
            tabs.setCurrentIndex(i)
            QApplication.processEvents()
            english += english_left(window, sources, data)
            clipped += [f"{tabs.tabText(i)}: {p}" for p in layout_problems(window) + clipped_headers(window)]
    clipped += inspector_headers(qtbot, window, objects)
    assert sorted(set(english)) == [], f"English left ({language}):\n" + "\n".join(sorted(set(english)))
    assert sorted(set(clipped)) == [], f"clipped ({language}):\n" + "\n".join(sorted(set(clipped)))


def test_every_dialog_is_translated_and_not_clipped(qtbot, translated_window, objects, language, engine_host):
    window = translated_window
    sources, data = _english_sources(language), {objects["volume"], engine_host.rsplit("/", 2)[-2], "vgtest"}
    english, clipped = [], []
    for name, dialog in open_dialogs(qtbot, window, objects):
        settle(qtbot, dialog)
        english += [f"{name}: {p}" for p in english_left(dialog, sources, data)]
        clipped += [f"{name}: {p}" for p in layout_problems(dialog) + clipped_headers(dialog)]
        dialog.done(QDialog.DialogCode.Rejected)
    assert english == [], f"English left ({language}):\n" + "\n".join(english)
    assert clipped == [], f"clipped ({language}):\n" + "\n".join(clipped)


def test_column_headers_fit_in_english(qtbot, window, objects):
    """The header check of the translated tests, for the source texts (no translator installed)."""
    clipped = []
    for tabs in (window.bottom_tabs, window.side_tabs, window.object_tabs):
        for i in range(tabs.count()):
            tabs.setCurrentIndex(i)
            QApplication.processEvents()
            clipped += [f"{tabs.tabText(i)}: {p}" for p in clipped_headers(window)]
    clipped += inspector_headers(qtbot, window, objects)
    for name, dialog in open_dialogs(qtbot, window, objects):
        settle(qtbot, dialog)
        clipped += [f"{name}: {p}" for p in clipped_headers(dialog)]
        dialog.done(QDialog.DialogCode.Rejected)
    assert sorted(set(clipped)) == [], "clipped headers (en):\n" + "\n".join(sorted(set(clipped)))
