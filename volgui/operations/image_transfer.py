"""Long image operations, each run in a job of its own (pull, push, save, load), and the load's
check of an archive before anything is sent (no Qt)."""

from __future__ import annotations

from volgui.engine.images.archive import ImageArchive, LoadResult, SaveResult, check_image_archive, load, save
from volgui.engine.images.auth import RegistryAuth, registry_auth
from volgui.engine.images.refs import split
from volgui.engine.images.transfer import TransferResult, pull, push


def credentials(_engine, reference: str) -> RegistryAuth:
    """Who the engine will sign in as for ``reference`` (from the Docker CLI's config)."""
    return registry_auth(split(reference)[0])


def check_archive(_engine, path: str) -> ImageArchive:
    return check_image_archive(path)


def save_images(engine, refs: list[str], path: str, expected: int = 0, *, cancel=None,
                progress=None) -> SaveResult:
    return save(engine, refs, path, expected=expected, cancel=cancel, progress=progress)


def load_images(engine, path: str, *, cancel=None, progress=None) -> LoadResult:
    return load(engine, path, cancel=cancel, progress=progress)


def pull_image(engine, reference: str, *, cancel=None, progress=None) -> TransferResult:
    return pull(engine, reference, cancel=cancel, progress=progress)


def push_image(engine, reference: str, *, cancel=None, progress=None) -> TransferResult:
    return push(engine, reference, cancel=cancel, progress=progress)
