"""Compose projects as the engine's labels describe them: no compose binary is needed.

``docker compose`` (and the older ``docker-compose``) label every container, volume and network
it makes with ``com.docker.compose.project``; containers also carry the service, the project's
working directory and config files. ``projects_of`` groups a snapshot by those labels in one
pass, so the Projects list costs one walk over rows the views already hold.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from volgui.engine.dto.objects import Container, Volume

PROJECT = "com.docker.compose.project"
SERVICE = "com.docker.compose.service"
WORKING_DIR = "com.docker.compose.project.working_dir"
CONFIG_FILES = "com.docker.compose.project.config_files"
VOLUME = "com.docker.compose.volume"
NETWORK = "com.docker.compose.network"
ONEOFF = "com.docker.compose.oneoff"
PREFIX = "com.docker.compose."
CONFIG_FILES_LIMIT = 32  # config files kept per project (a hostile label may list thousands)


def label_value(labels: tuple[tuple[str, str], ...], key: str) -> str:
    """The value of ``key`` in a row's label pairs, ``""`` when absent (no dict built per call)."""
    for k, v in labels:
        if k == key:
            return v
    return ""


def project_of(obj: Container | Volume) -> str:
    """The compose project a container or volume belongs to; ``""`` for the ungrouped."""
    return label_value(obj.labels, PROJECT)


def compose_info(labels: tuple[tuple[str, str], ...]) -> tuple[str, str, str, tuple[str, ...]]:
    """``(project, service, working dir, config files)`` from a row's labels (``""`` when absent)."""
    return (label_value(labels, PROJECT), label_value(labels, SERVICE), label_value(labels, WORKING_DIR),
            split_config_files(label_value(labels, CONFIG_FILES)))


def split_config_files(text: str) -> tuple[str, ...]:
    """The config files label: comma-separated paths (bounded)."""
    return tuple(p.strip() for p in text.split(",", CONFIG_FILES_LIMIT)[:CONFIG_FILES_LIMIT] if p.strip())


@dataclass(frozen=True, slots=True)
class Project:
    """One compose project (``name`` ``""``: the containers and volumes of no project)."""

    name: str
    services: tuple[str, ...] = ()
    containers: tuple[Container, ...] = ()
    volumes: tuple[str, ...] = ()  # volumes labelled with the project
    used_volumes: tuple[str, ...] = ()  # every named volume its containers mount (project's or not)
    working_dir: str = ""
    config_files: tuple[str, ...] = ()

    @property
    def running(self) -> int:
        return sum(1 for c in self.containers if c.running)

    @property
    def ungrouped(self) -> bool:
        return not self.name

    @property
    def all_volumes(self) -> tuple[str, ...]:
        """The project's own volumes and the others its containers mount, each once, sorted."""
        return tuple(sorted(set(self.volumes) | set(self.used_volumes)))


def projects_of(containers: Iterable[Container], volumes: Iterable[Volume]) -> list[Project]:
    """Every project of these rows, sorted by name, then the ungrouped ones (when there are any)."""
    found: dict[str, dict] = {}

    def entry(name: str) -> dict:
        item = found.get(name)
        if item is None:
            item = found[name] = {"services": set(), "containers": [], "volumes": [], "used": set(),
                                  "working_dir": "", "config_files": ()}
        return item

    for c in containers:
        name = project_of(c)
        item = entry(name)
        item["containers"].append(c)
        item["used"].update(c.volume_names)
        if name:
            service = label_value(c.labels, SERVICE)
            if service:
                item["services"].add(service)
            if not item["working_dir"]:
                item["working_dir"] = label_value(c.labels, WORKING_DIR)
            if not item["config_files"]:
                item["config_files"] = split_config_files(label_value(c.labels, CONFIG_FILES))
    for v in volumes:
        entry(project_of(v))["volumes"].append(v.name)
    projects = [Project(name, tuple(sorted(item["services"])),
                        tuple(sorted(item["containers"], key=lambda c: c.name)),
                        tuple(sorted(item["volumes"])), tuple(sorted(item["used"])),
                        item["working_dir"], item["config_files"])
                for name, item in found.items()]
    return sorted(projects, key=lambda p: (p.ungrouped, p.name.lower()))


def compose_labels(labels: dict[str, str]) -> bool:
    """True when a container was made by compose (its re-create is undone by ``compose up``)."""
    return PROJECT in labels
