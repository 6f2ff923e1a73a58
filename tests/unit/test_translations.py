"""The shipped catalogues: complete, up to date with the sources, compiled, plurals right.

German and Spanish are shipped whole; ``volgui_en`` carries the English plural forms. The
window-level check (no English left on screen, nothing clipped) is tests/gui/test_translated_window.py.
"""

from __future__ import annotations

import re
import runpy
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from volgui.engine.present import display, i18n

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "volgui" / "assets" / "translations"
SHIPPED = ("de", "es")
TOOLS = runpy.run_path(str(ROOT / "packaging" / "translations.py"))
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%[sdn]|<b>|</b>")


def _messages(lang: str) -> list[ET.Element]:
    return list(ET.parse(FOLDER / f"volgui_{lang}.ts").getroot().iter("message"))


@pytest.mark.parametrize("lang", SHIPPED)
def test_catalogue_is_complete(lang):
    unfinished, broken = [], []
    for m in _messages(lang):
        source, tr = m.findtext("source"), m.find("translation")
        numerus = m.get("numerus") == "yes"
        forms = [f.text or "" for f in tr.iter("numerusform")] if numerus else [tr.text or ""]
        if tr.get("type") in ("unfinished", "vanished", "obsolete") or not all(forms):
            unfinished.append(source)
        for form in forms:
            if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(form)):
                broken.append(f"{source!r} -> {form!r}")
            if source.count("&") != form.count("&"):  # the accelerator is kept
                broken.append(f"{source!r} -> {form!r} (accelerator)")
    assert unfinished == [], f"{len(unfinished)} untranslated in volgui_{lang}.ts: {unfinished[:10]}"
    assert broken == [], "placeholders changed:\n" + "\n".join(broken)


def test_catalogues_hold_every_text_of_the_sources(tmp_path):
    """lupdate over today's sources finds nothing the committed catalogues lack (run
    ``packaging/translations.py update`` after adding or changing a tr() text)."""
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "volgui").rglob("*.py"))
    subprocess.run([*TOOLS["_tool"]("lupdate"), "-locations", "none", *sources, "-ts", str(fresh)],
                   cwd=ROOT, check=True, capture_output=True)
    wanted = {(c.findtext("name"), m.findtext("source")) for c in ET.parse(fresh).getroot().iter("context")
              for m in c.iter("message")}
    for lang in (*SHIPPED, "en"):
        root = ET.parse(FOLDER / f"volgui_{lang}.ts").getroot()
        have = {(c.findtext("name"), m.findtext("source"))
                for c in root.iter("context") for m in c.iter("message")
                if m.find("translation").get("type") not in ("vanished", "obsolete")}
        assert wanted - have == set(), f"volgui_{lang}.ts lacks {sorted(wanted - have)[:10]}"


@pytest.fixture(scope="module")
def compiled(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("qm")
    written = TOOLS["compile_all"](out)
    assert sorted(p.name for p in written) == ["volgui_de.qm", "volgui_en.qm", "volgui_es.qm"]
    return out


@pytest.fixture
def translator(qapp, compiled):
    installed: list[QTranslator] = []

    def use(lang: str) -> None:
        t = QTranslator()
        assert t.load(str(compiled / f"volgui_{lang}.qm"))
        qapp.installTranslator(t)
        installed.append(t)
        i18n.set_translator(QCoreApplication.translate)

    yield use
    for t in installed:
        qapp.removeTranslator(t)
    i18n.set_translator(None)


@pytest.mark.parametrize(("lang", "one", "two"), [
    ("de", "vor 1 Minute", "vor 2 Minuten"),
    ("es", "hace 1 minuto", "hace 2 minutos"),
    ("en", "1 minute ago", "2 minutes ago"),
])
def test_plural_forms(translator, lang, one, two):
    translator(lang)
    assert QCoreApplication.translate("Display", "%Ln minute(s) ago", None, 1) == one
    assert QCoreApplication.translate("Display", "%Ln minute(s) ago", None, 2) == two


@pytest.mark.parametrize(("lang", "expected"), [
    ("de", "vor 1.234 Minuten"), ("es", "hace 1234 minutos"), ("en", "1,234 minutes ago")])
def test_counts_are_written_as_the_language_writes_numbers(translator, lang, expected):
    """``%Ln``: the desktop's locale groups the digits (Spanish groups only from five digits)."""
    translator(lang)
    before = QLocale()
    QLocale.setDefault(QLocale(lang))
    try:
        assert QCoreApplication.translate("Display", "%Ln minute(s) ago", None, 1234) == expected
    finally:
        QLocale.setDefault(before)


def test_engine_text_goes_through_the_installed_translator(translator):
    assert display.human_age(0.0 + 1_000_000, now=1_000_000 + 7200) == "2 hours ago"  # no translator: English
    translator("de")
    assert display.human_age(1_000_000.0, now=1_000_000 + 7200) == "vor 2 Stunden"
    assert display.exit_meaning(0).startswith("gestoppt")
    assert display.state_word("running") == "läuft"
    assert display.state_word("something new") == "something new"  # an engine's own word stays


def test_engine_text_without_qt_is_english():
    i18n.set_translator(None)
    assert display.human_age(1_000_000.0, now=1_000_000 + 60) == "1 minute ago"
    assert display.human_age(1_000_000.0, now=1_000_000 + 180) == "3 minutes ago"
    assert i18n.Context("X").tr("%Ln file(s)", "", 1) == "1 file"
    assert i18n.Context("X").tr("%Ln file(s)", "", 1234) == "1,234 files"
