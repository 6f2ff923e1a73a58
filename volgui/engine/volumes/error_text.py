"""The one translation context of what the volume layer says to a person (no Qt).

Errors, progress lines, and the action labels that head an engine error ("Restoring into data
failed: …") of ``engine/volumes`` and the volume operations are written
``VolumeErrors.tr("…").format(…)``, so lupdate files them together and a German or Spanish reader
gets them in their language.
"""

from __future__ import annotations

from volgui.engine.present.display import count
from volgui.engine.present.i18n import Context, english

VolumeErrors = Context("VolumeErrors")


def entry_count(n: int, grouped: bool = True) -> str:
    """"1 entry", "2,000 entries" (``grouped``) or "2000 entries": the catalogue's plural forms, else
    the English as before (Qt's "(s)" cannot spell "entries", so without a translator it is ours)."""
    said = VolumeErrors.tr("%Ln entry(s)", "", n)
    if said != english("%Ln entry(s)", n):
        return said
    return count(n, "entry", "entries") if grouped else f"{n} {'entry' if n == 1 else 'entries'}"
