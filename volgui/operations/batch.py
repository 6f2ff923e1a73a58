"""Acting on several objects in turn: what was done and what was not, reported exactly (no Qt).

Actions on several objects act on each in turn and return a :class:`BatchResult`; when one fails
the others still run, and a :class:`BatchError` reports exactly what was done and what was not,
so nothing changes without being reported. Containers may be given as
:class:`~volgui.engine.dto.objects.Container` objects or as id/name strings.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from volgui.engine.cancel import CancelToken
from volgui.engine.containers.error_text import ContainerErrors
from volgui.engine.dto.objects import Container
from volgui.engine.errors import EngineError
from volgui.engine.present.display import human_size
from volgui.engine.present.i18n import QT_TRANSLATE_NOOP

Target = Container | str
# what a person reads (through ContainerErrors.tr): the actions' names, and what a summary says
# each did: (a few: {0} their names; many, counted: {1} the space freed, {0} the names); literal
# tr calls in lambdas, so lupdate sees the counted ones as plurals
ACTION_WORDS = {"Start": QT_TRANSLATE_NOOP("ContainerErrors", "Start"),
                "Stop": QT_TRANSLATE_NOOP("ContainerErrors", "Stop"),
                "Restart": QT_TRANSLATE_NOOP("ContainerErrors", "Restart"),
                "Pause": QT_TRANSLATE_NOOP("ContainerErrors", "Pause"),
                "Unpause": QT_TRANSLATE_NOOP("ContainerErrors", "Unpause"),
                "Kill": QT_TRANSLATE_NOOP("ContainerErrors", "Kill"),
                "Remove": QT_TRANSLATE_NOOP("ContainerErrors", "Remove"),
                "Remove volume": QT_TRANSLATE_NOOP("ContainerErrors", "Remove volume"),
                "Remove image": QT_TRANSLATE_NOOP("ContainerErrors", "Remove image"),
                "Prune": QT_TRANSLATE_NOOP("ContainerErrors", "Prune"),
                "Prune build cache": QT_TRANSLATE_NOOP("ContainerErrors", "Prune build cache"),
                "Down": QT_TRANSLATE_NOOP("ContainerErrors", "Down")}
_DONE = {
    "Start": (lambda: ContainerErrors.tr("Started {0}"),
              lambda n: ContainerErrors.tr("Started %Ln container(s){1}: {0}", "", n)),
    "Stop": (lambda: ContainerErrors.tr("Stopped {0}"),
             lambda n: ContainerErrors.tr("Stopped %Ln container(s){1}: {0}", "", n)),
    "Restart": (lambda: ContainerErrors.tr("Restarted {0}"),
                lambda n: ContainerErrors.tr("Restarted %Ln container(s){1}: {0}", "", n)),
    "Pause": (lambda: ContainerErrors.tr("Paused {0}"),
              lambda n: ContainerErrors.tr("Paused %Ln container(s){1}: {0}", "", n)),
    "Unpause": (lambda: ContainerErrors.tr("Unpaused {0}"),
                lambda n: ContainerErrors.tr("Unpaused %Ln container(s){1}: {0}", "", n)),
    "Kill": (lambda: ContainerErrors.tr("Killed {0}"),
             lambda n: ContainerErrors.tr("Killed %Ln container(s){1}: {0}", "", n)),
    "Remove": (lambda: ContainerErrors.tr("Removed {0}"),
               lambda n: ContainerErrors.tr("Removed %Ln container(s){1}: {0}", "", n)),
    "Remove volume": (lambda: ContainerErrors.tr("Removed volume {0}"),
                      lambda n: ContainerErrors.tr("Removed %Ln volume(s){1}: {0}", "", n)),
    "Prune": (lambda: ContainerErrors.tr("Deleted {0}"),
              lambda n: ContainerErrors.tr("Deleted %Ln volume(s){1}: {0}", "", n))
}


def action_word(action: str) -> str:
    """A batch action's name in the person's language ("Stop" → "Stoppen")."""
    return ContainerErrors.tr(ACTION_WORDS[action]) if action in ACTION_WORDS else action


@dataclass(frozen=True)
class BatchResult:
    """What an action did: the objects it acted on and those it could not (with why)."""

    action: str  # "Stop", "Remove", …
    done: tuple[str, ...] = ()
    failed: tuple[tuple[str, str], ...] = ()  # (name, plain-words reason)
    command: str = ""
    freed: int | None = None  # bytes, for volume removals when known

    @property
    def ok(self) -> bool:
        return not self.failed

    def summary(self) -> str:
        """``Stopped web, db``; ``Deleted 2 volumes (12 MB): a, b``; failures after ``;``."""
        parts = []
        if self.done:
            names, n = ", ".join(self.done), len(self.done)
            freed = f" ({human_size(self.freed, '.1f')})" if self.freed is not None else ""
            few, many = _DONE.get(self.action, (None, None))
            if (n > 3 or freed) and many is not None:
                parts.append(many(n).format(names, freed))
            elif n > 3 or freed:
                volumes = "volume" in self.action.lower()
                counted = (ContainerErrors.tr("%Ln volume(s)", "", n) if volumes
                           else ContainerErrors.tr("%Ln container(s)", "", n))
                parts.append(f"{action_word(self.action)}: {counted}{freed}: {names}")
            else:
                parts.append(few().format(names) if few is not None
                             else f"{action_word(self.action)}: {names}")
        for name, reason in self.failed:
            parts.append(f"{name}: {reason}")
        if not parts:
            return ContainerErrors.tr("{0}: nothing to do.").format(action_word(self.action))
        return "; ".join(parts)


class BatchError(EngineError):
    """Some (maybe all) objects of a batch failed; ``result`` lists what was and was not done."""

    def __init__(self, result: BatchResult) -> None:
        if result.done:
            head = ContainerErrors.tr("{0} failed for {1} of {2}; done: {3}.").format(
                action_word(result.action), len(result.failed), len(result.done) + len(result.failed),
                ", ".join(result.done))
        else:
            head = ContainerErrors.tr("{0} failed.").format(action_word(result.action))
        reasons = " ".join(f"{name}: {reason}" for name, reason in result.failed)
        super().__init__(f"{head} {reasons}".strip(), command=result.command)
        self.result = result


def target_ref(target: Target) -> tuple[str, str]:
    """(what to send the engine, what to show a person)."""
    if isinstance(target, Container):
        return target.id, target.name
    return str(target), str(target)


def target_names(targets: Iterable[Target]) -> list[str]:
    return [target_ref(t)[1] for t in targets]


def as_list(targets) -> list:
    """One target or many, as a list."""
    if isinstance(targets, str | Container):
        return [targets]
    return list(targets)


def run_batch(engine, action: str, targets: Sequence, step: Callable, command: str,
              cancel: CancelToken | None = None, progress: Callable | None = None,
              single_raises: bool = True) -> BatchResult:
    """``step(ref, name)`` for each target; progress is ``(done, total, name)``."""
    done: list[str] = []
    failed: list[tuple[str, str]] = []
    total = len(targets)
    for index, target in enumerate(targets):
        ref, name = target_ref(target) if isinstance(target, Container | str) else target
        if cancel is not None and cancel.cancelled:
            failed.append((name, ContainerErrors.tr("not done (cancelled)")))
            continue
        if progress is not None:
            progress((index, total, name))
        try:
            step(ref, name)
        except EngineError as exc:
            if ref != name and len(ref) >= 12:  # the engine names containers by id: say the name
                exc.message = exc.message.replace(ref, name)
                exc.args = (exc.message,)
            if total == 1 and single_raises:
                exc.command = exc.command or command
                raise
            failed.append((name, exc.message))
        else:
            done.append(name)
    if progress is not None:
        progress((total, total, ""))
    result = BatchResult(action, tuple(done), tuple(failed), command)
    if failed:
        raise BatchError(result)
    return result


__all__ = [
    "ACTION_WORDS",
    "BatchError",
    "BatchResult",
    "Target",
    "action_word",
    "as_list",
    "run_batch",
    "target_names",
    "target_ref",
]
