"""Translatable text for the engine side, without Qt.

The engine is a library (no Qt), yet its sentences reach a person: ages, states, exit codes,
lessons. They are written as ``Display.tr("%Ln minutes ago", "", n)`` — the same call shape as Qt's
``tr``, so ``pyside6-lupdate`` collects them into the one set of ``.ts`` catalogues with their
context ("Display") and plural forms. At run time a context asks the translator the application
installed (:func:`set_translator`; the ui installs ``QCoreApplication.translate``); without one —
scripts, ``volgui-backup``, tests — the English source is returned, ``%Ln`` filled in.

Why not gettext for this layer: a second catalogue format, a second tool chain and a second place
to choose the language; Qt's plural rules and lupdate already cover Python sources.

It imports nothing of volgui, so the lowest engine modules (``errors``) translate their messages
too; ``volgui.engine.present.i18n`` is the name the rest of the engine uses.
"""

from __future__ import annotations

from collections.abc import Callable

Translator = Callable[[str, str, str | None, int], str]
_translator: Translator | None = None


def set_translator(translate: Translator | None) -> None:
    """Install ``translate(context, source, disambiguation, n)`` (thread-safe, as Qt's is); None resets."""
    global _translator
    _translator = translate


def english(source: str, n: int = -1) -> str:
    """The source text as English: ``%Ln`` filled in (``1,234`` as Qt's English locale writes it),
    ``%n`` too (plain digits), ``(s)`` (Qt's plural convention) resolved."""
    if n < 0:
        return source
    return (source.replace("%Ln", f"{n:,}").replace("%n", str(n))
            .replace("(s)", "" if n == 1 else "s"))


class Context:
    """A translation context; name the variable as the context so lupdate sees ``Name.tr(...)``."""

    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name

    def tr(self, source: str, disambiguation: str = "", n: int = -1) -> str:
        translate = _translator
        if translate is None:
            return english(source, n)
        try:
            return translate(self.name, source, disambiguation or None, n)
        except Exception:  # a translator must never stop a view: the English text is still right
            return english(source, n)


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # the name lupdate looks for
    """Mark a constant for lupdate; translate it where it is shown (``Context(context).tr(value)``)."""
    return source
