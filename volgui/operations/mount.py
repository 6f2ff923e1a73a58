"""Add, remove or replace a mount of a container: plan it once, then run exactly that plan (no Qt).

The mount dialog submits :func:`make_plan` on the request worker, shows the plan it gets back
and, on OK, submits :func:`run_plan` with that same plan object. The engine's ``execute``
checks first that the container has not changed since the plan was made.
"""

from __future__ import annotations

from volgui import paths
from volgui.engine.cancel import CancelToken
from volgui.engine.containers import refs
from volgui.engine.containers.error_text import ContainerErrors
from volgui.engine.containers.mounts import suggest_destination, targets
from volgui.engine.containers.recreate.plan import (
    RecreatePlan,
    RecreateProgress,
    execute,
    plan_add_mount,
    plan_remove_mount,
    plan_replace_mount,
)
from volgui.engine.errors import Cancelled, EngineError
from volgui.engine.volumes import backups, snapshots
from volgui.engine.volumes.history import HistoryError, VolumeHistory
from volgui.operations import snapshots as snap_ops


def make_plan(engine, kind: str, container_id: str, source: str, destination: str | None,
              read_only: bool | None, write_layer: str, mount_type: str = "volume") -> RecreatePlan:
    """A plan; with ``destination=None`` (add) the path is suggested from the image and free paths."""
    if kind == "remove":
        return plan_remove_mount(engine, container_id, destination or "", write_layer)
    if kind == "replace":
        return plan_replace_mount(engine, container_id, destination or "", source, read_only, write_layer)
    if destination is None:
        destination = suggested_path(engine, container_id, source, mount_type)
    return plan_add_mount(engine, container_id, source, destination, bool(read_only), write_layer,
                          mount_type=mount_type)


def suggested_path(engine, container_id: str, source: str, mount_type: str = "volume") -> str:
    """Where to mount ``source``: where it was last mounted when that path is free, else from the image.

    Reads only the container and its image (the paths already mounted, the image's VOLUMEs), so
    the plan itself is made once, with this path.
    """
    inspect = engine.call(ContainerErrors.tr("Inspecting the container"), engine.api.inspect_container,
                          container_id)
    host = inspect.get("HostConfig") or {}
    mounted = targets(inspect, refs.volumes_from_destinations(engine, host.get("VolumesFrom") or []))
    try:
        image_volumes = dict((engine.api.inspect_image(inspect["Image"]).get("Config") or {}).get("Volumes")
                             or {})
    except Exception:
        image_volumes = {}
    remembered = remembered_path(engine, source) if mount_type == "volume" else None
    taken = {t.destination for t in mounted}
    return remembered if remembered and remembered not in taken else \
        suggest_destination(image_volumes, mounted)


def remembered_path(engine, volume: str) -> str | None:
    """Where this volume was last mounted, from volgui's volume history (None when unknown)."""
    path = paths.history_file()
    if not path.exists():
        return None
    try:
        history = VolumeHistory(path)
    except (HistoryError, OSError):
        return None
    try:
        return history.suggest_path(engine.spec.host, volume)
    except Exception:  # the history is a hint: never let it stop a mount
        return None
    finally:
        history.close()


def run_plan(engine, plan: RecreatePlan, user_cancel: CancelToken, cancel=None, progress=None,
             backup_to: str | None = None, backup_volumes: tuple[str, ...] = (),
             snapshot_volumes: tuple[str, ...] = ()):
    """Run ``plan`` (the one shown); with ``backup_to``, back up ``backup_volumes`` there first;
    a snapshot of each of ``snapshot_volumes`` before anything (it can be rolled back)."""
    if cancel is not None:  # the session shutting down cancels too
        cancel.on_cancel(user_cancel.cancel)
    for i, name in enumerate(snapshot_volumes):
        if progress is not None:
            progress(RecreateProgress("backup", 0, len(plan.steps), ContainerErrors.tr(
                "Snapshot of {0} ({1}/{2})…").format(name, i + 1, len(snapshot_volumes))))
        try:
            reason = ContainerErrors.tr("before “{0}” (a re-create)").format(plan.describe())
            snapshots.snapshot(engine, name, snap_ops.folder(), cancel=user_cancel, reason=reason[:300])
        except Cancelled:
            raise
        except EngineError as exc:
            failed = ContainerErrors.tr("The snapshot of {0} failed, so the container was not touched: {1}")
            raise EngineError(failed.format(name, exc.message), detail=exc.detail) from exc
    if backup_to:
        # "Back up first": every volume the container uses is saved before anything is touched;
        # a failed backup stops here, with the container as it was
        for i, name in enumerate(backup_volumes):
            if progress is not None:
                progress(RecreateProgress("backup", 0, len(plan.steps), ContainerErrors.tr(
                    "Backing up {0} ({1}/{2})…").format(name, i + 1, len(backup_volumes))))
            try:
                backups.backup(engine, name, backup_to, cancel=user_cancel)
            except Cancelled:
                raise
            except EngineError as exc:
                failed = ContainerErrors.tr("Backing up {0} failed, so the container was not touched: {1}")
                raise EngineError(failed.format(name, exc.message), detail=exc.detail) from exc
    return execute(engine, plan, cancel=user_cancel, progress=progress)


__all__ = ["make_plan", "remembered_path", "run_plan", "suggested_path"]
