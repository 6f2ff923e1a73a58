"""Save images to a tar file and load them back (``docker image save`` / ``load``), with
progress and cancel (no Qt).

Save writes ``NAME.part`` beside the target and renames it only when the engine sent the
whole archive, so a cancelled or failed save leaves no file. Load reads the archive's
headers first (bounded, through the volume archive reader) and refuses a file that is not
an image archive before anything is sent; a cancelled load cuts the upload short, and the
engine, which reads ``manifest.json`` only after the layers, loads nothing.
"""

from __future__ import annotations

import contextlib
import gzip
import json
import os
import tarfile
import time
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from volgui.engine import raw_api
from volgui.engine.cancel import CancelToken
from volgui.engine.containers.error_text import ContainerErrors
from volgui.engine.errors import Cancelled, EngineError, local_file_message
from volgui.engine.images.progress import MAX_TEXT, json_lines
from volgui.engine.volumes.archive_check import members, open_archive
from volgui.engine.volumes.tar_headers import ArchiveRefused

CHUNK = 1 << 20
REPORT_EVERY = 0.1
MAX_MANIFEST = 1 << 20  # bytes of manifest.json read to name what a load brings
MAX_NAMES = 200
MAX_MEMBERS = 100_000  # entries read before refusing: an image archive has a few per layer


@dataclass(frozen=True)
class ByteProgress:
    done: int
    total: int  # 0 when unknown; a save's total is an estimate (the images' sizes)

    @property
    def fraction(self) -> float:
        return min(self.done / self.total, 1.0) if self.total > 0 else 0.0


@dataclass(frozen=True)
class ImageArchive:
    """What a load would bring, from the archive's own manifest."""

    path: str
    size: int
    tags: tuple[str, ...]
    images: int  # entries of the manifest (an untagged image has no tag)


@dataclass(frozen=True)
class SaveResult:
    path: str
    size: int


@dataclass(frozen=True)
class LoadResult:
    loaded: tuple[str, ...]  # tags, or image ids for untagged images


class _Reporter:
    def __init__(self, progress: Callable | None, total: int) -> None:
        self.progress, self.total, self.done, self.last = progress, total, 0, 0.0

    def add(self, n: int, force: bool = False) -> None:
        self.done += n
        now = time.monotonic()
        if self.progress is not None and (force or now - self.last >= REPORT_EVERY):
            self.last = now
            self.progress(ByteProgress(self.done, max(self.total, self.done)))


def save(engine, names: list[str], path: str | os.PathLike, *, expected: int = 0,
         cancel: CancelToken | None = None, progress: Callable | None = None) -> SaveResult:
    """``docker image save -o PATH NAMES``; ``expected`` sizes the progress bar."""
    target = Path(path)
    part = target.with_name(target.name + ".part")
    response = engine.call(ContainerErrors.tr("Saving images"), raw_api.image_stream_response, engine.api,
                           "GET", "/images/get", params={"names": list(names)})
    if cancel is not None:
        cancel.on_cancel(lambda: raw_api.shutdown_response(response))
    reporter = _Reporter(progress, expected)
    try:
        with open(part, "wb") as out:
            for chunk in response.iter_content(CHUNK):
                if cancel is not None:
                    cancel.raise_if_cancelled()
                out.write(chunk)
                reporter.add(len(chunk))
        if cancel is not None:
            cancel.raise_if_cancelled()
        os.replace(part, target)
    except BaseException as exc:
        part.unlink(missing_ok=True)
        if cancel is not None and cancel.cancelled:
            raise Cancelled() from None
        if isinstance(exc, OSError):
            raise EngineError(local_file_message(exc), detail=str(exc)) from exc
        raise
    finally:
        raw_api.shutdown_response(response)
    reporter.add(0, force=True)
    return SaveResult(str(target), target.stat().st_size)


def check_image_archive(path: str | os.PathLike, cancel: CancelToken | None = None) -> ImageArchive:
    """What loading ``path`` would bring; :class:`ArchiveRefused` with a clear reason when it is
    not an image archive (no ``manifest.json`` or OCI ``index.json`` at its top)."""
    name = os.path.basename(str(path))
    found: dict[str, int] = {}
    try:
        size = os.path.getsize(path)
        with open_archive(path) as fh:
            try:
                for n, member in enumerate(members(fh, cancel)):
                    if n >= MAX_MEMBERS:
                        raise ArchiveRefused(ContainerErrors.tr(
                            "It has over %Ln entries; {0} writes a few for each layer.", "",
                            MAX_MEMBERS).format("docker image save"))
                    entry = member.name.removeprefix("./")
                    if entry in ("manifest.json", "index.json", "oci-layout", "repositories"):
                        found[entry] = member.size
            finally:
                if isinstance(fh, gzip.GzipFile):  # closing a GzipFile leaves its file open
                    fh.fileobj.close()
    except ArchiveRefused as exc:
        raise ArchiveRefused(ContainerErrors.tr("{0} is not an image archive. {1}").format(
            name, exc.message)) from None
    except (OSError, EOFError, zlib.error) as exc:
        raise ArchiveRefused(ContainerErrors.tr("Cannot read {0}: {1}").format(
            name, getattr(exc, "strerror", None) or exc)) from exc
    if "manifest.json" not in found and "index.json" not in found:
        raise ArchiveRefused(ContainerErrors.tr("{0} is not an image archive: it has no {1} ({2} makes one). "
                                                "Nothing was loaded.").format(name, "manifest.json",
                                                                              "docker image save"))
    tags, images = _manifest_tags(path, found.get("manifest.json", 0))
    return ImageArchive(str(path), size, tags, images)


def _manifest_tags(path, size: int) -> tuple[tuple[str, ...], int]:
    if not 0 < size <= MAX_MANIFEST:
        return (), 0
    try:
        with tarfile.open(path, "r:*") as tar, contextlib.closing(tar.extractfile("manifest.json")) as fh:
            manifest = json.loads(fh.read(MAX_MANIFEST)) if fh is not None else []
    except (OSError, KeyError, ValueError, RecursionError, tarfile.TarError, EOFError, zlib.error):
        return (), 0
    if not isinstance(manifest, list):
        return (), 0
    tags = [str(t)[:MAX_TEXT] for entry in manifest if isinstance(entry, dict)
            for t in entry.get("RepoTags") or [] if isinstance(t, str)]
    return tuple(tags[:MAX_NAMES]), len(manifest)


def _chunks(path, cancel: CancelToken | None, reporter: _Reporter) -> Iterator[bytes]:
    with open(path, "rb") as fh:
        while chunk := fh.read(CHUNK):
            if cancel is not None:
                cancel.raise_if_cancelled()
            reporter.add(len(chunk))
            yield chunk


def load(engine, path: str | os.PathLike, *, cancel: CancelToken | None = None,
         progress: Callable | None = None) -> LoadResult:
    """``docker image load -i PATH``, after :func:`check_image_archive` accepted it."""
    archive = check_image_archive(path, cancel)
    reporter = _Reporter(progress, archive.size)
    response = engine.call(ContainerErrors.tr("Loading images"), raw_api.image_stream_response, engine.api,
                           "POST", "/images/load", params={"quiet": "1"},
                           data=_chunks(path, cancel, reporter))
    loaded: list[str] = []
    try:
        for message in json_lines(response.iter_content(64 * 1024)):
            error = message.get("error")
            if error:
                name = os.path.basename(str(path))
                raise EngineError(ContainerErrors.tr("The engine refused {0}: {1}").format(
                    name, str(error)[:MAX_TEXT]))
            text = str(message.get("stream") or "").strip()
            for prefix in ("Loaded image: ", "Loaded image ID: "):
                if text.startswith(prefix) and len(loaded) < MAX_NAMES:
                    loaded.append(text[len(prefix):][:MAX_TEXT])
    finally:
        raw_api.shutdown_response(response)
    reporter.add(0, force=True)
    return LoadResult(tuple(loaded))
