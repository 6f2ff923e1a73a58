"""Pull and push with per-layer progress and cancel (no Qt).

Both read the engine's progress stream through :mod:`progress` (bounded) and report a
:class:`~volgui.engine.images.progress.TransferProgress` at most every :data:`REPORT_EVERY`
seconds. Cancel shuts the response's socket down: the engine sees the connection close and
stops the pull. A pull that was cancelled leaves no image behind: if the image appeared
anyway (the cancel came after the last layer), it is removed again, unless it was there before.
When the cancel comes once every layer is unpacked, the engine may be recording and tagging the
image as the connection closes and then finishes that a moment later: the cancel waits for the
image (at most :data:`FINISH_WAIT` seconds) to remove it.
"""

from __future__ import annotations

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
# seconds a cancelled pull whose layers were all unpacked waits for the image to appear (the
# engine may be recording and tagging it as the connection closes: then it finishes), so that it
# is removed again; polled every FINISH_POLL seconds. Mostly the engine stops: nothing appears.
FINISH_WAIT = 5.0
FINISH_POLL = 0.1
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
            tracker: ProgressTracker | None = None) -> ProgressTracker:
    """Read a progress stream to its end, reporting as it goes; raises its in-band error."""
    tracker = tracker if tracker is not None else ProgressTracker()
    if cancel is not None:
        cancel.on_cancel(lambda: raw_api.shutdown_response(response))
    stats = {"dropped": 0}
    last = 0.0
    try:
        for message in json_lines(response.iter_content(CHUNK), stats):
            if cancel is not None and cancel.cancelled:
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


def pull(engine, reference: str, *, cancel: CancelToken | None = None,
         progress: Callable | None = None) -> TransferResult:
    """``docker pull REFERENCE`` with each layer's progress."""
    repository, tag = refs.split(reference)
    ref = f"{repository}@{tag}" if "@" in reference else f"{repository}:{tag}"
    before = _image_id(engine, ref)
    credentials = registry_auth(repository)
    params = {"fromImage": repository, "tag": tag}
    headers = {"X-Registry-Auth": credentials.header}
    tracker = ProgressTracker()
    try:
        response = engine.call(ContainerErrors.tr("Pulling {0}").format(ref), raw_api.image_stream_response,
                               engine.api, "POST", "/images/create", params=params, headers=headers)
        _follow(engine, response, cancel, progress, tracker)
    except Cancelled:
        _forget_partial(engine, ref, before, FINISH_WAIT if tracker.unpacked() else 0.0)
        raise
    image_id = _image_id(engine, ref)
    if not image_id:
        raise EngineError(ContainerErrors.tr(
            "The engine ended the pull of {0} without the image: {1}").format(ref, tracker.message))
    return TransferResult(ref, tracker.snapshot(), image_id, tracker.digest)


def _forget_partial(engine, ref: str, before: str, wait: float = 0.0) -> None:
    """After a cancelled pull: an image that appeared although cancelled is removed again —
    waiting up to ``wait`` seconds for it when the engine had every layer already."""
    deadline = time.monotonic() + wait
    after = _image_id(engine, ref)
    while after == before and time.monotonic() < deadline:
        time.sleep(FINISH_POLL)
        after = _image_id(engine, ref)
    if after and after != before:
        try:
            engine.api.remove_image(ref)
        except Exception:
            pass


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
