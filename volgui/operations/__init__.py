"""One small function per user operation, run on the request worker; no Qt.

The everyday actions and their previews are gathered here, so a caller writes
``session.submit(operations.stop, [c], …)`` after ``from volgui import operations``.
"""

from volgui.operations.batch import BatchError, BatchResult
from volgui.operations.containers import (
    CONTAINER_ACTIONS,
    kill,
    pause,
    remove,
    restart,
    run,
    start,
    stop,
    unpause,
)
from volgui.operations.previews import (
    KIND_ADDED,
    KIND_DELETED,
    KIND_MODIFIED,
    WRITE_LAYER_NOTE,
    ContainerRemoval,
    RemovalPreview,
    VolumeEntry,
    VolumeKept,
    VolumePreview,
    WriteLayerChange,
    prune_preview,
    removal_preview,
    volume_removal_preview,
)
from volgui.operations.volumes import create_volume, prune, remove_volumes

__all__ = [
    "CONTAINER_ACTIONS",
    "KIND_ADDED",
    "KIND_DELETED",
    "KIND_MODIFIED",
    "WRITE_LAYER_NOTE",
    "BatchError",
    "BatchResult",
    "ContainerRemoval",
    "RemovalPreview",
    "VolumeEntry",
    "VolumeKept",
    "VolumePreview",
    "WriteLayerChange",
    "create_volume",
    "kill",
    "pause",
    "prune",
    "prune_preview",
    "removal_preview",
    "remove",
    "remove_volumes",
    "restart",
    "run",
    "start",
    "stop",
    "unpause",
    "volume_removal_preview",
]
