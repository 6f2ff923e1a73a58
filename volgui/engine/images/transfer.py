"""Pull and push with per-layer progress and cancel (no Qt).

Both read the engine's progress stream through :mod:`progress` (bounded) and report a
:class:`~volgui.engine.images.progress.TransferProgress` at most every :data:`REPORT_EVERY`
seconds. Cancel ends a push by shutting the response's socket down.

A pull that was cancelled leaves no image behind, and an image that was there before stays.
The engine's pull runs on after the client has gone until it notices: measured on Engine 20.10
under load, a pull cancelled near its end was sometimes tagged anyway (the ``pull`` event came
after the close), sometimes stored but never tagged (the request's context was cancelled between
storing the image and recording it: an untagged image stays), mostly stopped. Waiting a fixed time
for the engine guesses; instead the cancel shuts only the writing side of the connection: the
engine takes that as a closed connection, ends its pull and still writes how it ended, then ends
the stream. Once the stream has ended the engine's pull is over, and whatever it left (a tagged
image, or the untagged one) is removed. The end came within milliseconds of the close in every
measurement; :data:`WIND_DOWN` only bounds an engine or tunnel that does not pass the close on.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from volgui.engine import raw_api
from volgui.engine.cancel import CancelToken
from volgui.engine.containers.error_text import ContainerErrors
from volgui.engine.errors import Cancelled, EngineError
from volgui.engine.images import refs
from volgui.engine.images.auth import registry_auth
from volgui.engine.images.progress import ProgressTracker, TransferProgress, json_lines

REPORT_EVERY = 0.1
# seconds a cancelled pull reads on for the end of the engine's stream (see the docstring)
WIND_DOWN = 60.0
CHUNK = 64 * 1024


@dataclass(frozen=True)
class TransferResult:
    reference: str
    progress: TransferProgress
    image_id: str = ""
    digest: str = ""


def _image_id(engine, ref: str) -> str:
    try:
        return engine.api.inspect_image(ref).get("Id", "")
    except Exception:
        return ""


def _follow(engine, response, cancel: CancelToken | None, progress: Callable | None,
            tracker: ProgressTracker | None = None, *, wind_down: bool = False) -> ProgressTracker:
    """Read a progress stream to its end, reporting as it goes; raises its in-band error.

    With ``wind_down`` a cancel half-closes the connection and reads on (unreported) until the
    engine ends the stream or :data:`WIND_DOWN` passes."""
    tracker = tracker if tracker is not None else ProgressTracker()
    closer = _Closer(response, wind_down)
    if cancel is not None:
        cancel.on_cancel(closer.close)
    stats = {"dropped": 0}
    last = 0.0
    try:
        for message in json_lines(response.iter_content(CHUNK), stats):
            if cancel is not None and cancel.cancelled:
                if closer.reading_on():
                    continue  # how the engine's pull ended comes last: read to it
                break
            tracker.feed(message)
            now = time.monotonic()
            if progress is not None and now - last >= REPORT_EVERY:
                last = now
                tracker.dropped = stats["dropped"]
                progress(tracker.snapshot())
    except EngineError:
        raise
    except Exception as exc:
        if cancel is None or not cancel.cancelled:
            raise EngineError(ContainerErrors.tr("The engine stopped sending progress before the transfer "
                                                 "ended."),
                              detail=str(exc)) from exc
    finally:
        raw_api.shutdown_response(response)
    if cancel is not None:
        cancel.raise_if_cancelled()
    tracker.dropped = stats["dropped"]
    if progress is not None:
        progress(tracker.snapshot())
    return tracker


class _Closer:
    """The cancel of a stream: half-closed and read on (``wind_down``) or, failing that, shut."""

    def __init__(self, response, wind_down: bool) -> None:
        self._response, self._wind_down = response, wind_down
        self._since: float | None = None  # when the connection was half-closed
        self._done = threading.Event()

    def close(self) -> None:  # any thread: the cancel's
        if self._wind_down and raw_api.half_close_response(self._response, WIND_DOWN):
            self._since = time.monotonic()
        else:
            raw_api.shutdown_response(self._response)
        self._done.set()

    def reading_on(self) -> bool:
        """The reader, once it saw the cancel: read on to the stream's end? (False once shut, or
        when :data:`WIND_DOWN` has passed.)"""
        self._done.wait(WIND_DOWN)  # the cancel's thread is between setting the flag and closing
        return self._since is not None and time.monotonic() - self._since < WIND_DOWN


def pull(engine, reference: str, *, cancel: CancelToken | None = None,
         progress: Callable | None = None) -> TransferResult:
    """``docker pull REFERENCE`` with each layer's progress."""
    repository, tag = refs.split(reference)
    ref = f"{repository}@{tag}" if "@" in reference else f"{repository}:{tag}"
    before = _image_id(engine, ref)
    known = _untagged_ids(engine)
    credentials = registry_auth(repository)
    params = {"fromImage": repository, "tag": tag}
    headers = {"X-Registry-Auth": credentials.header}
    tracker = ProgressTracker()
    try:
        response = engine.call(ContainerErrors.tr("Pulling {0}").format(ref), raw_api.image_stream_response,
                               engine.api, "POST", "/images/create", params=params, headers=headers)
        _follow(engine, response, cancel, progress, tracker, wind_down=True)
    except Cancelled:
        snap = tracker.snapshot()
        _forget_partial(engine, ref, before, known, len(snap.layers) + snap.untracked)
        raise
    image_id = _image_id(engine, ref)
    if not image_id:
        raise EngineError(ContainerErrors.tr(
            "The engine ended the pull of {0} without the image: {1}").format(ref, tracker.message))
    return TransferResult(ref, tracker.snapshot(), image_id, tracker.digest)


def _untagged_ids(engine) -> set[str] | None:
    """The untagged images (None when the engine would not list them)."""
    try:
        return set(engine.api.images(filters={"dangling": True}, quiet=True))
    except Exception:
        return None


def _forget_partial(engine, ref: str, before: str, known: set[str] | None, layers: int) -> None:
    """After a cancelled pull whose stream has ended: remove what the engine made of it anyway.

    Tagged (``after``): the new image goes and the image that had the tag before gets it back.
    Stored but never tagged (the engine saw the cancel in between): a new untagged image with as
    many layers as the pull announced, that no tag or digest names, was there not before."""
    after = _image_id(engine, ref)
    try:
        if after and after != before:
            if before and "@" not in ref:  # a digest names one image: before == after
                repository, _, tag = ref.rpartition(":")
                engine.api.tag(before, repository, tag, force=True)
                engine.api.remove_image(after)
            else:
                engine.api.remove_image(ref)
        if known is None or not layers:
            return
        for image_id in _untagged_ids(engine) or set():
            if image_id in known or image_id == before:
                continue
            image = engine.api.inspect_image(image_id)
            if (not image.get("RepoTags") and not image.get("RepoDigests")
                    and len((image.get("RootFS") or {}).get("Layers") or ()) == layers):
                engine.api.remove_image(image_id)
    except Exception:
        pass  # best effort: the cancel itself has happened
def push(engine, reference: str, *, cancel: CancelToken | None = None,
         progress: Callable | None = None) -> TransferResult:
    """``docker push REFERENCE`` (one tag) with each layer's progress."""
    repository, tag = refs.split(reference)
    if "@" in reference:
        raise EngineError(ContainerErrors.tr("Push a tag, not a digest."))
    ref = f"{repository}:{tag}"
    image_id = _image_id(engine, ref)
    if not image_id:
        raise EngineError(ContainerErrors.tr("There is no image {0} on this engine to push.").format(ref))
    credentials = registry_auth(repository)
    response = engine.call(ContainerErrors.tr("Pushing {0}").format(ref), raw_api.image_stream_response,
                           engine.api, "POST", "/images/{0}/push", repository, params={"tag": tag},
                           headers={"X-Registry-Auth": credentials.header})
    tracker = _follow(engine, response, cancel, progress)
    return TransferResult(ref, tracker.snapshot(), image_id, tracker.aux.get("Digest", ""))
