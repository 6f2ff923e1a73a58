"""Translatable text for the engine side, without Qt: ``Context("Name").tr("…")``.

The implementation is ``volgui.engine.i18n`` (below ``errors``, so error messages are translated
too); this is the name the rest of the engine and the ui use.
"""

from __future__ import annotations

from volgui.engine.i18n import QT_TRANSLATE_NOOP, Context, Translator, english, set_translator

__all__ = ["QT_TRANSLATE_NOOP", "Context", "Translator", "english", "set_translator"]
