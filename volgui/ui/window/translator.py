"""volgui's translator: a catalogue looked up by context, then by the text alone.

lupdate files a text under the class (or object name) it sees at the call; Qt looks it up under
the class of the object whose ``tr`` runs. They differ when a feature's function calls
``window.tr("Activity")`` (lupdate: "window", Qt: "MainWindow"). packaging/translations.py
compiles every text once more in the empty context, and this translator looks there when the
context has no entry — so a text is translated wherever it is asked for. Thread-safe: it only reads.
"""

from __future__ import annotations

from PySide6.QtCore import QTranslator


class CatalogueTranslator(QTranslator):
    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        """The translation, or None when there is none: Qt then asks the next translator (an empty
        string would be taken as the translation and break Qt's own ``"F%1"``)."""
        text = super().translate(context, source, disambiguation, n)
        if not text and context:
            text = super().translate("", source, disambiguation, n)
        return text or None
