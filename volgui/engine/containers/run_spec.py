"""Run a new container: a form's worth of settings → the API body and the ``docker run`` line.

Both come from the same ``Config``/``HostConfig`` dict, so the command shown is what is done::

    spec = RunSpec(image="busybox", name="web", volumes=(VolumeMount("data", "/data"),))
    print(spec.command_line())          # docker run --detach --name web --volume data:/data busybox
    container_id = run_container(engine, spec)
"""

from __future__ import annotations

import shlex
from dataclasses import dataclass, field

from volgui.engine.containers import create_args
from volgui.engine.containers.error_text import ContainerErrors
from volgui.engine.containers.mounts import Target, check_destination, normalize
from volgui.engine.errors import EngineError
from volgui.engine.validation import PortMapping, ValidationError, validate_container_name

RESTART_POLICIES = ("no", "on-failure", "unless-stopped", "always")


@dataclass(frozen=True)
class VolumeMount:
    """``-v source:target[:ro]``: a volume name, an absolute host folder (bind), or "" (anonymous)."""

    source: str
    target: str
    read_only: bool = False

    @property
    def is_bind(self) -> bool:
        return self.source.startswith("/")

    def as_bind(self) -> str:
        return f"{self.source}:{self.target}" + (":ro" if self.read_only else "")


@dataclass(frozen=True)
class RunSpec:
    image: str
    name: str = ""
    command: str = ""  # shell words, split like a shell would
    interactive: bool = False  # -i -t (a terminal) instead of -d
    volumes: tuple[VolumeMount, ...] = ()
    env: tuple[str, ...] = ()  # NAME=value
    ports: tuple[PortMapping, ...] = ()
    restart: str = "no"
    auto_remove: bool = False
    labels: tuple[tuple[str, str], ...] = field(default=())

    def problems(self) -> list[str]:
        """What is wrong with the form, in sentences (empty when it can run)."""
        out = []
        if not self.image.strip():
            out.append(ContainerErrors.tr("Choose an image."))
        if self.name:
            try:
                validate_container_name(self.name)
            except ValidationError as exc:
                out.append(exc.message)
        try:
            self.argv()
        except ValueError as exc:
            out.append(ContainerErrors.tr("The command cannot be split into words: {0}.").format(exc))
        seen: list[Target] = []
        for vol in self.volumes:
            problem = check_destination(vol.target, seen)
            if problem:
                out.append(problem)
            elif vol.source and not vol.is_bind and ("/" in vol.source or ":" in vol.source):
                out.append(ContainerErrors.tr("“{0}” is neither a volume name nor an absolute folder "
                                              "path.").format(vol.source))
            seen.append(Target(normalize(vol.target), "volume", vol.source))
        if self.restart not in RESTART_POLICIES:
            out.append(ContainerErrors.tr("Unknown restart policy {0}.").format(repr(self.restart)))
        if self.auto_remove and self.restart != "no":
            out.append(ContainerErrors.tr("A container removed when it stops (--rm) cannot also have a "
                                          "restart policy."))
        return out

    def argv(self) -> list[str]:
        return shlex.split(self.command) if self.command.strip() else []

    def body(self) -> dict:
        """The ``create`` body: Config with HostConfig inside."""
        binds = [v.as_bind() for v in self.volumes if v.source]
        anonymous = {normalize(v.target): {} for v in self.volumes if not v.source}
        exposed, bindings = {}, {}
        for p in self.ports:
            exposed[p.key] = {}
            bindings.setdefault(p.key, []).append({"HostIp": p.host_ip, "HostPort": p.host_port})
        host: dict = {
            "Binds": binds or None,
            "PortBindings": bindings or None,
            "RestartPolicy": {"Name": "" if self.restart == "no" else self.restart,
                              "MaximumRetryCount": 0},
            "AutoRemove": self.auto_remove,
        }
        config: dict = {
            "Image": self.image.strip(),
            "Env": list(self.env) or None,
            "Labels": dict(self.labels) or None,
            "Volumes": anonymous or None,
            "ExposedPorts": exposed or None,
            "Tty": self.interactive,
            "OpenStdin": self.interactive,
            "AttachStdin": False,
            "AttachStdout": False,
            "AttachStderr": False,
            "HostConfig": host,
        }
        argv = self.argv()
        if argv:
            config["Cmd"] = argv
        return config

    def command_line(self, reveal: bool = False) -> str:
        """``docker run …``; secret-looking ``--env`` values masked unless ``reveal``."""
        body = self.body()
        flags = create_args.container_args(body, body["HostConfig"], name=self.name.strip(), reveal=reveal)
        # -v for anonymous volumes comes from Config.Volumes; keep the form's order otherwise
        mode = ["--interactive", "--tty"] if self.interactive else ["--detach"]
        flags = [f for f in flags if f not in ("--interactive", "--tty")]
        return create_args.join(["docker", "run", *mode, *flags])


def run_container(engine, spec: RunSpec) -> str:
    """Create and start the container; returns its ID. A container that cannot start is removed."""
    problems = spec.problems()
    if problems:
        raise EngineError(" ".join(problems))
    api = engine.api
    command = spec.command_line()
    created = engine.call(ContainerErrors.tr("Creating the container"), api.create_container_from_config,
                          spec.body(), spec.name.strip() or None, command=command)
    cid = created["Id"]
    try:
        engine.call(ContainerErrors.tr("Starting the container"), api.start, cid, command=command)
    except EngineError as err:
        try:
            # v=True: the anonymous volumes made for it go too (named volumes are never removed)
            api.remove_container(cid, force=True, v=True)
        except Exception:
            pass
        raise EngineError(ContainerErrors.tr("{0} (the container was not kept)").format(err.message),
                          detail=err.detail,
                          status=err.status, command=command) from err
    return cid
