"""Everyday actions on containers: start, stop, … each on several at once, remove, run (no Qt).

Every function takes an :class:`~volgui.engine.client.Engine` first, so the GUI hands it to the
request worker as is: ``session.submit(operations.stop, [c], label=…, command=…)``.
"""

from __future__ import annotations

from collections.abc import Callable

from volgui.engine.cancel import CancelToken
from volgui.engine.containers.error_text import ContainerErrors
from volgui.engine.containers.run_spec import RunSpec, run_container
from volgui.engine.dto.objects import Container
from volgui.engine.errors import EngineError
from volgui.engine.present import commands
from volgui.engine.present.i18n import QT_TRANSLATE_NOOP
from volgui.operations.batch import BatchResult, as_list, run_batch, target_names


def _container_verb(verb: str, api_name: str, action: str, label: str):
    def run(engine, targets, *, cancel: CancelToken | None = None,
            progress: Callable | None = None, **kwargs) -> BatchResult:
        targets = as_list(targets)
        command = commands.container_command(verb, target_names(targets))

        def step(ref: str, name: str) -> None:
            engine.call(ContainerErrors.tr(label).format(name), getattr(engine.api, api_name), ref, **kwargs)

        return run_batch(engine, action, targets, step, command, cancel, progress)

    run.__name__ = verb
    run.__doc__ = f"``docker {verb}`` each container; returns a BatchResult."
    return run


start = _container_verb("start", "start", "Start", QT_TRANSLATE_NOOP("ContainerErrors", "Start {0}"))
stop = _container_verb("stop", "stop", "Stop", QT_TRANSLATE_NOOP("ContainerErrors", "Stop {0}"))
restart = _container_verb("restart", "restart", "Restart",
                          QT_TRANSLATE_NOOP("ContainerErrors", "Restart {0}"))
pause = _container_verb("pause", "pause", "Pause", QT_TRANSLATE_NOOP("ContainerErrors", "Pause {0}"))
unpause = _container_verb("unpause", "unpause", "Unpause",
                          QT_TRANSLATE_NOOP("ContainerErrors", "Unpause {0}"))
kill = _container_verb("kill", "kill", "Kill", QT_TRANSLATE_NOOP("ContainerErrors", "Kill {0}"))

CONTAINER_ACTIONS = {f.__name__: f for f in (start, stop, restart, pause, unpause, kill)}

def remove(engine, targets, *, remove_anonymous_volumes: bool = False, stop_running: bool = True,
           cancel: CancelToken | None = None, progress: Callable | None = None) -> BatchResult:
    """Remove containers (``docker rm``); running ones are stopped first when ``stop_running``
    (else the engine refuses them). Named volumes are always kept; anonymous ones too unless
    ``remove_anonymous_volumes`` (``docker rm -v``)."""
    targets = as_list(targets)
    running = []
    for target in targets:
        if isinstance(target, Container):
            if target.running:
                running.append(target.name)
    command = commands.remove_containers(target_names(targets),
                                         remove_anonymous_volumes=remove_anonymous_volumes,
                                         stop_first=running if stop_running else ())

    def step(ref: str, name: str) -> None:
        stopped = False
        if stop_running:
            state = engine.call(ContainerErrors.tr("Inspecting {0}").format(name),
                                engine.api.inspect_container, ref).get("State") or {}
            if state.get("Running") or state.get("Paused") or state.get("Restarting"):
                engine.call(ContainerErrors.tr("Stop {0}").format(name), engine.api.stop, ref)
                stopped = True
        try:
            engine.call(ContainerErrors.tr("Remove {0}").format(name), engine.api.remove_container, ref,
                        v=remove_anonymous_volumes)
        except EngineError as exc:
            if exc.status == 409 and "running" in exc.message.lower():
                running = ContainerErrors.tr("{0} is running: stop it first, or let volgui stop it.")
                exc.message = running.format(name)
            if stopped:  # say what did change
                exc.message += " " + ContainerErrors.tr("({0} was stopped but not removed.)").format(name)
            exc.args = (exc.message,)
            raise

    return run_batch(engine, "Remove", targets, step, command, cancel, progress)



def run(engine, spec: RunSpec) -> str:
    """``docker run``: create and start a container from ``spec``; its id."""
    return run_container(engine, spec)


__all__ = ["CONTAINER_ACTIONS", "kill", "pause", "remove", "restart", "run", "start", "stop", "unpause"]
