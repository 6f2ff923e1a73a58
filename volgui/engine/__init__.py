"""volgui's engine layer: plain Python over the docker SDK, with no Qt.

Usable as a library::

    from volgui.engine import Engine, resolve
    engine = Engine.connect_first(resolve())
    snap = engine.snapshot()
    for volume in snap.volumes:
        print(volume.name, [u.container_name for u in volume.users])

Every failure is raised as :class:`EngineError` whose ``message`` can be shown to a person.
See ``docs/engine-api.md``.
"""

from volgui.engine.cancel import CancelToken
from volgui.engine.client import Engine, EngineInfo
from volgui.engine.connection import ConnectionSpec, TLSSettings, list_contexts, resolve
from volgui.engine.dto.objects import Container, Image, Mount, Port, Snapshot, Volume, VolumeUse
from volgui.engine.errors import Cancelled, EngineError
from volgui.engine.streams.events import EngineEvent, EventStream, StreamState

__all__ = [
    "CancelToken",
    "Cancelled",
    "ConnectionSpec",
    "Container",
    "Engine",
    "EngineError",
    "EngineEvent",
    "EngineInfo",
    "EventStream",
    "Image",
    "Mount",
    "Port",
    "Snapshot",
    "StreamState",
    "TLSSettings",
    "Volume",
    "VolumeUse",
    "list_contexts",
    "resolve",
]
