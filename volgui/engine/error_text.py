"""The translation context of the sentences the connection, listing, stream and validation code
writes itself: its error messages and the action labels given to ``Engine.call`` (the "… failed:"
prefix of an error the engine's words explain).

One context for the whole area, so the catalogues keep its sentences together and each is
translated once. It imports only ``i18n``, so even ``errors`` may use it.
"""

from __future__ import annotations

from volgui.engine.i18n import Context

ConnectionErrors = Context("ConnectionErrors")  # lupdate's context: the variable is named as it
