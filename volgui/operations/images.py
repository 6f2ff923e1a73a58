"""Everyday actions on images: remove (refused while a container uses it, unless those containers
go too), prune exactly what a preview listed, tag, history, and what takes space (no Qt)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from volgui.engine.cancel import CancelToken
from volgui.engine.containers.error_text import ContainerErrors
from volgui.engine.dto.objects import Container, Image, is_helper, parse_container, parse_image
from volgui.engine.errors import EngineError
from volgui.engine.images import refs
from volgui.engine.images.disk_use import DiskUse, parse_disk_use
from volgui.engine.images.history import HistoryLayer, parse_history
from volgui.engine.present import image_commands
from volgui.operations.batch import BatchResult, run_batch
from volgui.operations.containers import remove as remove_containers
from volgui.operations.previews import RemovalPreview, removal_preview


@dataclass(frozen=True)
class ImageEntry:
    image: Image
    users: tuple[Container, ...]  # containers made from it, running or not

    @property
    def refs(self) -> list[str]:
        return image_commands.image_ref(self.image.id, self.image.tags)


@dataclass(frozen=True)
class ImageRemovalPreview:
    entries: tuple[ImageEntry, ...]
    containers: RemovalPreview | None  # what removing the users too would lose and keep

    @property
    def users(self) -> tuple[Container, ...]:
        seen: dict[str, Container] = {}
        for entry in self.entries:
            for c in entry.users:
                seen.setdefault(c.id, c)
        return tuple(seen.values())

    @property
    def size(self) -> int:
        return sum(e.image.size for e in self.entries)

    def command(self, remove_containers_too: bool = False) -> str:
        rmi = image_commands.remove_images(r for e in self.entries for r in e.refs)
        if remove_containers_too and self.containers is not None:
            return f"{self.containers.command()} && {rmi}"
        return rmi


def _images(engine) -> list[Image]:
    listed = engine.call(ContainerErrors.tr("Listing images"), engine.api.images)
    return [parse_image(i) for i in listed if not is_helper(i)]


def _containers(engine) -> list[Container]:
    listed = engine.call(ContainerErrors.tr("Listing containers"), engine.api.containers, all=True)
    return [parse_container(c) for c in listed]


def _entries(engine, image_ids: Iterable[str]) -> list[ImageEntry]:
    wanted = list(image_ids)
    images = {i.id: i for i in _images(engine)}
    containers = _containers(engine)
    missing = [i for i in wanted if i not in images]
    if missing:
        raise EngineError(ContainerErrors.tr("Image {0} is no longer on this engine.").format(
            missing[0].removeprefix("sha256:")[:12]), status=404)
    return [ImageEntry(images[i], tuple(c for c in containers if c.image_id == i)) for i in wanted]


def image_removal_preview(engine, image_ids: Iterable[str]) -> ImageRemovalPreview:
    entries = _entries(engine, image_ids)
    users = [c for e in entries for c in e.users]
    return ImageRemovalPreview(tuple(entries), removal_preview(engine, users) if users else None)


def remove_images(engine, image_ids: Iterable[str], *, remove_containers_too: bool = False,
                  cancel: CancelToken | None = None, progress: Callable | None = None) -> BatchResult:
    """``docker image rm`` each image by its tags (all of them go) or its id. An image a container
    uses is refused, naming the containers, unless ``remove_containers_too`` removes them first."""
    entries = _entries(engine, image_ids)
    preview = ImageRemovalPreview(tuple(entries), None)
    users = preview.users
    if users and not remove_containers_too:
        names = ", ".join(sorted(ContainerErrors.tr("{0} (running)").format(c.name) if c.running else c.name
                                 for c in users))
        raise EngineError(ContainerErrors.tr("In use by {0}: remove those containers first, or choose to "
                                             "remove them too.").format(names), status=409,
                          command=preview.command())
    if users:
        remove_containers(engine, list(users), cancel=cancel)

    def step(image_id: str, _shown: str) -> None:
        entry = next(e for e in entries if e.image.id == image_id)
        for ref in entry.refs if entry.image.tags else [image_id]:
            engine.call(ContainerErrors.tr("Remove image {0}").format(ref), engine.api.remove_image, ref)

    targets = [(e.image.id, e.image.display_name) for e in entries]
    return run_batch(engine, "Remove image", targets, step, preview.command(bool(users)), cancel, progress)


@dataclass(frozen=True)
class ImagePrunePreview:
    unused: bool  # every image no container uses, not only the untagged ones
    images: tuple[Image, ...]

    @property
    def size(self) -> int:
        return sum(i.size for i in self.images)

    def command(self) -> str:
        return image_commands.prune_images(self.unused)


def image_prune_preview(engine, unused: bool = False) -> ImagePrunePreview:
    """The images ``docker image prune [-a]`` would remove: untagged (or all) ones no container uses."""
    used = {c.image_id for c in _containers(engine)}
    found = tuple(sorted((i for i in _images(engine) if i.id not in used and (unused or not i.tags)),
                         key=lambda i: -i.size))
    return ImagePrunePreview(unused, found)


def prune_images(engine, image_ids: Iterable[str], *, cancel: CancelToken | None = None,
                 progress: Callable | None = None) -> BatchResult:
    """Remove exactly the images a preview listed (never more), each only if still unused."""
    wanted = list(image_ids)
    images = {i.id: i for i in _images(engine)}
    used = {c.image_id for c in _containers(engine)}
    gone = 0

    def step(image_id: str, _shown: str) -> None:
        nonlocal gone
        if image_id not in images:
            return  # already gone
        if image_id in used:
            raise EngineError(ContainerErrors.tr("a container uses it now: kept"))
        image = images[image_id]
        for ref in image.tags or [image_id]:
            engine.call(ContainerErrors.tr("Remove image {0}").format(ref), engine.api.remove_image, ref)
        gone += image.size

    targets = [(i, images[i].display_name if i in images else i[:19]) for i in wanted]
    result = run_batch(engine, "Remove image", targets, step, image_commands.prune_images(False),
                       cancel, progress, single_raises=False)
    return BatchResult(result.action, result.done, result.failed, result.command, gone)


def tag_image(engine, image_id: str, target: str) -> str:
    """``docker image tag IMAGE TARGET``; returns the new tag."""
    repository, tag = refs.split(target)
    if "@" in target:
        raise EngineError(ContainerErrors.tr("A tag cannot be a digest: use a name like {0}.").format(
            "app:1.2"))
    engine.call(ContainerErrors.tr("Tag {0}").format(target), engine.api.tag, image_id, repository, tag)
    return f"{repository}:{tag}"


def image_history(engine, ref: str) -> tuple[HistoryLayer, ...]:
    return parse_history(engine.call(ContainerErrors.tr("Reading the image's history"), engine.api.history,
                                     ref))


def disk_use(engine) -> DiskUse:
    """``docker system df -v``: walks every volume's files, so only when asked."""
    return parse_disk_use(engine.call(ContainerErrors.tr("Measuring disk use"), engine.api.df))


def prune_build_cache(engine) -> BatchResult:
    """``docker builder prune -f``: build cache no build uses now."""
    answer = engine.call(ContainerErrors.tr("Prune build cache"), engine.api.prune_builds) or {}
    deleted = tuple(str(i)[:80] for i in (answer.get("CachesDeleted") or [])[:1000])
    freed = answer.get("SpaceReclaimed")
    return BatchResult("Prune build cache", deleted, (), image_commands.prune_build_cache(),
                       freed if isinstance(freed, int) else None)
