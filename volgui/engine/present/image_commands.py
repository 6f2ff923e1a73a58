"""The ``docker image …`` (and disk-use) command lines of the image actions, shell-quoted (no Qt).

Beside :mod:`commands` so the image actions' lines live in one place; dialogs show them live and
the activity log records them.
"""

from __future__ import annotations

import os
from collections.abc import Iterable

from volgui.engine.present.commands import quote


def _join(parts: Iterable[str]) -> str:
    return " ".join(quote(p) for p in parts)


def image_ref(image_id: str, tags: Iterable[str] = ()) -> list[str]:
    """What a person types to name an image: its tags, else its short id."""
    tags = list(tags)
    return tags or [image_id.removeprefix("sha256:")[:12]]


def remove_images(refs: Iterable[str]) -> str:
    return f"docker image rm {_join(refs)}"


def prune_images(unused: bool) -> str:
    """``docker image prune -f`` (dangling) or ``-a -f`` (every image no container uses)."""
    return "docker image prune -a -f" if unused else "docker image prune -f"


def tag_image(source: str, target: str) -> str:
    return f"docker image tag {quote(source)} {quote(target)}"


def history(ref: str) -> str:
    return f"docker image history --no-trunc {quote(ref)}"


def pull(ref: str) -> str:
    return f"docker image pull {quote(ref)}"


def push(ref: str) -> str:
    return f"docker image push {quote(ref)}"


def save(refs: Iterable[str], path: str | os.PathLike) -> str:
    return f"docker image save -o {quote(str(path))} {_join(refs)}"


def load(path: str | os.PathLike) -> str:
    return f"docker image load -i {quote(str(path))}"


def disk_use() -> str:
    return "docker system df -v"


def prune_containers() -> str:
    return "docker container prune -f"


def prune_build_cache() -> str:
    return "docker builder prune -f"
