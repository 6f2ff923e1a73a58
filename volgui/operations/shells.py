"""The shell helpers' user operations, run on the request worker (no Qt): see
``volgui.engine.containers.shells`` for what each helper is."""

from __future__ import annotations

from volgui.engine.containers import shells
from volgui.engine.containers.shells import ShellHelper


def open_debug_shell(engine, container_id: str) -> ShellHelper:
    """"Debug shell": a helper beside the container (or in a copy of a stopped one)."""
    return shells.debug_shell(engine, container_id)


def open_volume_shell(engine, volume: str, read_only: bool = True) -> ShellHelper:
    """"Open a shell in this volume": a helper with the volume at /volume."""
    return shells.volume_shell(engine, volume, read_only)


def close_shell(engine, shell: ShellHelper) -> None:
    """The terminal tab closed: remove its helper (and a stopped container's copy)."""
    shells.close_shell(engine, shell)


__all__ = ["ShellHelper", "close_shell", "open_debug_shell", "open_volume_shell"]
