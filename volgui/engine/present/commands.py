"""The ``docker`` command line equivalent to each action, shell-quoted (no Qt).

Dialogs show these live and the activity log records them, so a person learns the CLI
while clicking. Containers are named by name when they have one (what a person types).
"""

from __future__ import annotations

import shlex
from collections.abc import Iterable, Mapping

CONTAINER_VERBS = ("start", "stop", "restart", "pause", "unpause", "kill")


def quote(text: str) -> str:
    return shlex.quote(str(text))


def _join(parts: Iterable[str]) -> str:
    return " ".join(quote(p) for p in parts)


def container_command(verb: str, names: Iterable[str]) -> str:
    """``docker stop web db`` — one of :data:`CONTAINER_VERBS`."""
    if verb not in CONTAINER_VERBS:
        raise ValueError(f"unknown container verb {verb!r}")
    return f"docker {verb} {_join(names)}"


def remove_containers(names: Iterable[str], *, remove_anonymous_volumes: bool = False,
                      stop_first: Iterable[str] = (), force: bool = False) -> str:
    """``docker rm [-v] [-f] NAMES``; running ones in ``stop_first`` are stopped first
    (``docker stop web && docker rm web``), which gives them time to finish writing."""
    names = list(names)
    stop = [n for n in stop_first if n in names]
    flags = ("-v " if remove_anonymous_volumes else "") + ("-f " if force else "")
    rm = f"docker rm {flags}{_join(names)}"
    return f"docker stop {_join(stop)} && {rm}" if stop else rm


def create_volume(name: str, driver: str = "local", labels: Mapping[str, str] | None = None,
                  options: Mapping[str, str] | None = None) -> str:
    """``docker volume create [--driver D] [--label k=v]… [--opt k=v]… NAME``."""
    parts = ["docker volume create"]
    if driver and driver != "local":
        parts.append(f"--driver {quote(driver)}")
    for key, value in (labels or {}).items():
        parts.append(f"--label {quote(f'{key}={value}')}")
    for key, value in (options or {}).items():
        parts.append(f"--opt {quote(f'{key}={value}')}")
    if name:
        parts.append(quote(name))
    return " ".join(parts)


def remove_volumes(names: Iterable[str], *, force: bool = False) -> str:
    """``docker volume rm [-f] NAMES``."""
    return f"docker volume rm {'-f ' if force else ''}{_join(names)}"


def prune_volumes(all_volumes: bool = True) -> str:
    """What Docker itself offers: ``docker volume prune`` (``--all`` since Engine 23 for named ones)."""
    return "docker volume prune --all" if all_volumes else "docker volume prune"


def container_diff(name: str) -> str:
    return f"docker diff {quote(name)}"


def volume_sizes() -> str:
    return "docker system df -v"
