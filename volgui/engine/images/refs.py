"""Image references as a person types them: checked, split into repository and tag, and the
registry they live in (bounded: a reference over :data:`MAX_REF` characters is refused)."""

from __future__ import annotations

import re

from volgui.engine.containers.error_text import ContainerErrors
from volgui.engine.errors import EngineError

MAX_REF = 512
DEFAULT_REGISTRY = "docker.io"
# name components: lowercase alphanumerics with single separators; a first component with a dot,
# a colon or "localhost" is a registry host (with an optional port)
_COMPONENT = r"[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*"
_HOST = r"(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*" \
        r"(?::[0-9]{1,5})?|\[[0-9a-fA-F:]+\](?::[0-9]{1,5})?)"
_TAG = r"[\w][\w.-]{0,127}"
_DIGEST = r"[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}"
_REFERENCE = re.compile(
    rf"^(?P<repo>(?:{_HOST}/)?{_COMPONENT}(?:/{_COMPONENT})*)(?::(?P<tag>{_TAG}))?(?:@(?P<digest>{_DIGEST}))?$")


def check_reference(text: str) -> str:
    """The reference stripped, or why it is not one (a sentence for a person)."""
    ref = text.strip()
    if not ref:
        raise EngineError(ContainerErrors.tr("Type an image name, such as {0} or {1}.").format(
            "busybox", "registry.example.com/team/app:1.2"))
    if len(ref) > MAX_REF:
        raise EngineError(ContainerErrors.tr("An image name is at most %Ln characters long.", "", MAX_REF))
    if _REFERENCE.match(ref) is None:
        raise EngineError(ContainerErrors.tr("{0} is not an image name: use lowercase letters, digits, and "
                                             ". _ - between them; a tag follows a colon ({1}).").format(
                                                 repr(ref), "app:1.2"))
    return ref


def split(ref: str) -> tuple[str, str]:
    """``(repository, tag or digest)``; the tag is ``latest`` when none is given."""
    match = _REFERENCE.match(check_reference(ref))
    assert match is not None
    if match["digest"]:
        return match["repo"], match["digest"]
    return match["repo"], match["tag"] or "latest"


def full(ref: str) -> str:
    """The reference with its tag spelled out (``busybox`` → ``busybox:latest``)."""
    repo, tag = split(ref)
    return f"{repo}@{tag}" if ":" in tag and "@" in ref else f"{repo}:{tag}"


def registry_of(repository: str) -> str:
    """The registry host a repository lives in (Docker Hub for a name without a host)."""
    first, _, rest = repository.partition("/")
    if rest and ("." in first or ":" in first or first == "localhost"):
        return first
    return DEFAULT_REGISTRY
