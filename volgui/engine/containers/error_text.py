"""The one translation context of what containers, images, compose and swarm say when they fail.

Their engine and operations modules write refusals and the action labels of ``engine.call``
("{action} failed: …") themselves; lupdate files every one under ``ContainerErrors``, and the
person reads them in their language (``detail`` stays English, for the log).
"""

from __future__ import annotations

from volgui.engine.present.i18n import Context

ContainerErrors = Context("ContainerErrors")
