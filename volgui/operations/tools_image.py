"""Choose the image volgui runs ``tar`` and the fast lister in, or make one (no Qt).

Run on the session's request worker by the "Tools image for fast backups…" dialog; the choice
lives in ``helpers`` per engine for this process (the window saves it in its settings and applies
it again with :func:`choose` when the engine connects).
"""

from __future__ import annotations

from dataclasses import dataclass

from volgui.engine.volumes import direct, helpers, listers, tools_image
from volgui.engine.volumes.error_text import VolumeErrors

MAX_IMAGES = 500  # rows the dialog lists: an engine's reply is bounded before it is shown


@dataclass(frozen=True)
class ToolsImage:
    name: str
    size: int
    labelled: bool  # labelled ``volgui.tools`` (made for volgui)


@dataclass(frozen=True)
class ToolsChoices:
    images: tuple[ToolsImage, ...]
    chosen: str  # the person's choice on this engine ("" none)
    in_use: str  # the image the direct way uses now ("" none: the slower archive way)
    busybox: str  # the static busybox "Make one" would use ("" none)
    why_not: str  # why no image can be made here ("" when it can)


def choices(engine) -> ToolsChoices:
    """The local images a person can choose from, and whether volgui can make its own."""
    images = []
    for img in engine.call(VolumeErrors.tr("Listing images"), engine.api.images)[:MAX_IMAGES]:
        labels = img.get("Labels") or {}
        for tag in img.get("RepoTags") or ():
            if not isinstance(tag, str) or tag == "<none>:<none>" or tag == helpers.HELPER_IMAGE:
                continue
            size = img.get("Size")
            images.append(ToolsImage(tag[:300], size if isinstance(size, int) else -1,
                                     isinstance(labels, dict) and helpers.TOOLS_LABEL in labels))
    images.sort(key=lambda i: i.name)
    if not direct.is_local(engine):
        busybox = tools_image.Busybox(reason=VolumeErrors.tr("The engine is not on this machine: the fast "
                                                             "way is for local engines only."))
    else:
        busybox = tools_image.find_busybox(engine.info.arch)
    in_use = direct.find_tar_image(engine, refresh=True)[0] if direct.is_local(engine) else ""
    return ToolsChoices(tuple(images), helpers.chosen_tools_image(engine), in_use,
                        busybox.path, busybox.reason)


def choose(engine, image: str) -> str:
    """Run ``tar`` and the lister in ``image`` on this engine from now on ("" goes back to volgui's
    own or a labelled image); returns the image the direct way now uses ("" none)."""
    helpers.choose_tools_image(engine, image)
    direct.reconsider(engine, image)
    listers.forget_lister_image(engine)
    return direct.find_tar_image(engine, refresh=True)[0] if direct.is_local(engine) else ""


def make(engine) -> str:
    """Make ``volgui/tools:1`` from this machine's static busybox and choose it."""
    if not direct.is_local(engine):
        from volgui.engine.errors import EngineError

        raise EngineError(VolumeErrors.tr("The engine is not on this machine: volgui makes its tools image "
                                          "for local engines only."))
    image = tools_image.make_tools_image(engine)
    return choose(engine, image)


def remove_images(engine) -> bool:
    """"Remove the helper image": volgui's helper and tools images; both are made again when needed."""
    removed = helpers.remove_helper_image(engine)
    direct.reconsider(engine, tools_image.TOOLS_IMAGE)
    listers.forget_lister_image(engine)
    tools_image.forget_tried(engine)
    return removed


REMOVE_COMMAND = f"docker image rm {helpers.HELPER_IMAGE} {tools_image.TOOLS_IMAGE}"

__all__ = ["REMOVE_COMMAND", "ToolsChoices", "ToolsImage", "choices", "choose", "make", "remove_images"]
