"""What a re-create is made of: the plan, its steps, progress and result, and the create body.

Shared by planning (``plan``), the transaction (``run``) and the text shown to a person (``text``),
so that none of them imports another's internals.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field

from volgui.engine.containers.error_text import ContainerErrors
from volgui.engine.containers.mounts import MountSpec, Target
from volgui.engine.errors import EngineError
from volgui.engine.present.i18n import QT_TRANSLATE_NOOP

WRITE_LAYER_MODES = ("copy", "snapshot", "discard")
SNAPSHOT_REPOSITORY = "volgui-snapshot"

# shown through ContainerErrors.tr (recreate.run.step_words)
STEP_WORDS = {
    "rename": QT_TRANSLATE_NOOP("ContainerErrors", "renaming the original container out of the way"),
    "create": QT_TRANSLATE_NOOP("ContainerErrors", "creating the new container"),
    "connect": QT_TRANSLATE_NOOP("ContainerErrors", "connecting the new container to its networks"),
    "stop": QT_TRANSLATE_NOOP("ContainerErrors", "stopping the original container"),
    "snapshot": QT_TRANSLATE_NOOP("ContainerErrors",
                                  "saving the original container's files to a snapshot image"),
    "copy": QT_TRANSLATE_NOOP("ContainerErrors", "copying the files of the write layer"),
    "start": QT_TRANSLATE_NOOP("ContainerErrors", "starting the new container"),
    "remove": QT_TRANSLATE_NOOP("ContainerErrors", "removing the original container"),
}


@dataclass(frozen=True)
class LayerChange:
    path: str
    kind: str  # "modified", "added", "deleted"


@dataclass(frozen=True)
class RecreateProgress:
    step: str
    index: int  # 0-based
    total: int
    text: str


@dataclass(frozen=True)
class RecreateResult:
    container_id: str
    name: str
    old_id: str
    duration: float  # seconds, from the first step to the last
    copied_paths: tuple[str, ...] = ()
    snapshot_image: str = ""
    notes: tuple[str, ...] = ()  # what a person should know afterwards (a snapshot image kept…)

    def summary(self) -> str:
        """What the activity log says."""
        return " ".join([ContainerErrors.tr("Done: {0}.").format(self.name), *self.notes])


@dataclass
class RecreatePlan:
    """Everything ``execute`` will do, computed before touching anything."""

    action: str  # "add", "remove", "replace"
    container_id: str
    name: str
    state: str
    was_running: bool
    write_layer: str
    config: dict  # Config with HostConfig inside: the body for create
    networking: dict | None  # NetworkingConfig for create (one network on API < 1.44)
    extra_networks: list[tuple[str, dict]]
    stop_timeout: int
    temp_name: str
    add: MountSpec | None = None
    remove: Target | None = None
    targets: list[Target] = field(default_factory=list)
    layer_changes: list[LayerChange] = field(default_factory=list)
    hidden: list[str] = field(default_factory=list)  # write-layer paths under the new mount
    copy_roots: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    commands: list[str] = field(default_factory=list)
    # the same lines with secret --env values in clear: only for an explicit "Copy with secrets"
    commands_with_secrets: list[str] = field(default_factory=list, repr=False)
    auto_remove: bool = False
    original: dict = field(default_factory=dict, repr=False)  # the inspect it was planned from
    diff: list[dict] = field(default_factory=list, repr=False)  # api.diff at planning time
    image_volumes: dict = field(default_factory=dict, repr=False)  # VOLUME paths of the image

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def steps(self) -> tuple[str, ...]:
        run = self.was_running
        net = ("connect",) if self.extra_networks else ()
        stop = ("stop",) if run else ()
        start = ("start",) if run else ()
        copy_ = ("copy",) if self.write_layer == "copy" else ()
        if self.write_layer == "snapshot":
            if self.auto_remove:  # the engine deletes the original when it stops: commit it first
                return ("rename", "snapshot", "create", *net, *stop, *start, "remove")
            return ("rename", *stop, "snapshot", "create", *net, *start, "remove")
        if self.auto_remove:
            return ("rename", "create", *net, *copy_, *stop, *start, "remove")
        # stopped first, so that nothing writes to the files being copied
        return ("rename", "create", *net, *stop, *copy_, *start, "remove")

    def describe(self) -> str:
        if self.action == "add" and self.add:
            return ContainerErrors.tr("Mount {0} in {1}").format(self.add.describe(), self.name)
        if self.action == "remove" and self.remove:
            return ContainerErrors.tr("Remove the mount at {0} from {1}").format(self.remove.destination,
                                                                                 self.name)
        if self.action == "replace" and self.add and self.remove:
            return ContainerErrors.tr("Replace {0} at {1} with {2}").format(
                self.remove.describe(), self.remove.destination, self.add.describe())
        return ContainerErrors.tr("Re-create {0}").format(self.name)

    def check(self) -> None:
        if self.problems:
            raise EngineError(ContainerErrors.tr("Cannot change the mounts of {0}: {1}").format(
                self.name, " ".join(self.problems)))



def _clean_mounts(mounts: list[dict] | None) -> list[dict] | None:
    if not mounts:
        return None
    return [{k: v for k, v in m.items() if not k.startswith("_")} for m in mounts]


def create_body(plan: RecreatePlan, image: str | None = None) -> dict:
    body = copy.deepcopy(plan.config)
    body["HostConfig"]["Mounts"] = _clean_mounts(body["HostConfig"].get("Mounts"))
    if image:
        body["Image"] = image
    if plan.networking:
        body["NetworkingConfig"] = plan.networking
    return body

