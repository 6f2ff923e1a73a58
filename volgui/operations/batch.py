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
from volgui.engine.dto.objects import Container
from volgui.engine.errors import EngineError
from volgui.engine.present.display import human_size

Target = Container | str
PAST = {"Start": "Started", "Stop": "Stopped", "Restart": "Restarted", "Pause": "Paused",
        "Unpause": "Unpaused", "Kill": "Killed", "Remove": "Removed", "Remove volume": "Removed volume",
        "Prune": "Deleted"}


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
            verb = PAST.get(self.action, f"{self.action}:")
            freed = f" ({human_size(self.freed, '.1f')})" if self.freed is not None else ""
            if len(self.done) > 3 or freed:
                noun = "volume" if "volume" in verb.lower() or self.action == "Prune" else "container"
                noun += "" if len(self.done) == 1 else "s"
                parts.append(f"{verb.removesuffix(' volume')} {len(self.done)} {noun}{freed}: "
                             f"{', '.join(self.done)}")
            else:
                parts.append(f"{verb} {', '.join(self.done)}")
        for name, reason in self.failed:
            parts.append(f"{name}: {reason}")
        if not parts:
            return f"{self.action}: nothing to do."
        return "; ".join(parts)


class BatchError(EngineError):
    """Some (maybe all) objects of a batch failed; ``result`` lists what was and was not done."""

    def __init__(self, result: BatchResult) -> None:
        if result.done:
            head = (f"{result.action} failed for {len(result.failed)} of "
                    f"{len(result.done) + len(result.failed)}; done: {', '.join(result.done)}.")
        else:
            head = f"{result.action} failed."
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
            failed.append((name, "not done (cancelled)"))
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


__all__ = ["PAST", "BatchError", "BatchResult", "Target", "as_list", "run_batch", "target_names",
           "target_ref"]
