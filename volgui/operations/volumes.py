"""Everyday actions on volumes: create, remove, prune exactly what a preview showed (no Qt).

A volume in use is refused, naming its containers, never forced.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from volgui.engine.cancel import CancelToken
from volgui.engine.dto.objects import Volume, parse_container, parse_volume, volume_users
from volgui.engine.error_text import ConnectionErrors
from volgui.engine.errors import EngineError
from volgui.engine.present import commands
from volgui.engine.present.i18n import Context
from volgui.engine.validation import parse_labels, validate_driver, validate_volume_name
from volgui.operations.batch import BatchError, BatchResult, run_batch


def users_by_volume(engine) -> dict:
    containers = tuple(parse_container(c) for c in engine.call(
        ConnectionErrors.tr("Listing containers"), engine.api.containers, all=True))
    return volume_users(containers)


VolumeText = Context("VolumeText")


def _in_use(name: str, uses) -> str:
    names = sorted({VolumeText.tr("{0} (running)").format(u.container_name) if u.running else u.container_name
                    for u in uses})
    return VolumeText.tr("“{0}” is in use by {1} — remove those containers first.").format(
        name, ", ".join(names))


def create_volume(engine, name: str, driver: str = "local", labels: dict | str | None = None,
                  options: dict | str | None = None) -> Volume:
    """``docker volume create``; refuses a name that exists (Docker would silently reuse it)."""
    driver = validate_driver(driver)
    name = validate_volume_name(name, driver)
    labels = parse_labels(labels) if isinstance(labels, str) else dict(labels or {})
    options = parse_labels(options, what="option") if isinstance(options, str) else dict(options or {})
    command = commands.create_volume(name, driver, labels, options)
    listed = engine.call(ConnectionErrors.tr("Listing volumes"), engine.api.volumes, filters={"name": name})
    existing = [v["Name"] for v in (listed.get("Volumes") or [])]
    if name in existing:
        raise EngineError(VolumeText.tr("A volume named “{0}” already exists: choose another name (Docker "
                                        "would quietly reuse the existing one).").format(name),
                          status=409, command=command)
    raw = engine.call(ConnectionErrors.tr("Create volume {0}").format(name), engine.api.create_volume, name,
                      driver=driver, driver_opts=options or None, labels=labels or None, command=command)
    return parse_volume(raw)

def remove_volumes(engine, names, *, cancel: CancelToken | None = None,
                   progress: Callable | None = None) -> BatchResult:
    """``docker volume rm``; a volume in use is refused (naming its containers), never forced."""
    names = [names] if isinstance(names, str) else list(names)
    command = commands.remove_volumes(names)
    users = users_by_volume(engine)
    return _remove_volume_batch(engine, "Remove volume", names, users, command, cancel, progress)


def _remove_volume_batch(engine, action, names, users, command, cancel, progress,
                         single_raises: bool = True) -> BatchResult:
    def step(name: str, _shown: str) -> None:
        if users.get(name):
            raise EngineError(_in_use(name, users[name]), status=409, command=command)
        try:
            engine.call(ConnectionErrors.tr("Remove volume {0}").format(name), engine.api.remove_volume, name,
                        command=command)
        except EngineError as exc:
            if exc.status == 409:  # a container started using it since we looked
                fresh = users_by_volume(engine).get(name, ())
                if fresh:
                    exc.message = _in_use(name, fresh)
                    exc.args = (exc.message,)
            raise

    return run_batch(engine, action, [(n, n) for n in names], step, command, cancel, progress, single_raises)


def prune(engine, names, *, sizes: dict[str, int] | None = None, cancel: CancelToken | None = None,
          progress: Callable | None = None) -> BatchResult:
    """Delete exactly ``names`` (from :func:`prune_preview`), each only if still unused.

    Unlike ``api.prune_volumes()`` this never deletes a volume created after the preview.
    """
    names = list(names)
    command = commands.remove_volumes(names)
    users = users_by_volume(engine)
    try:
        result = _remove_volume_batch(engine, "Prune", names, users, command, cancel, progress,
                                      single_raises=False)
    except BatchError as exc:
        freed = _freed(exc.result.done, sizes)
        exc.result = BatchResult(exc.result.action, exc.result.done, exc.result.failed, command, freed)
        raise
    return BatchResult(result.action, result.done, result.failed, command, _freed(result.done, sizes))


def _freed(done: Sequence[str], sizes: dict[str, int] | None) -> int | None:
    if sizes is None:
        return None
    values = [sizes.get(n, -1) for n in done]
    return None if any(v < 0 for v in values) else sum(values)



__all__ = ["create_volume", "prune", "remove_volumes", "users_by_volume"]
