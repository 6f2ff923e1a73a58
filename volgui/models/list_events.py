"""Which engine events change what the views show, and containers whose end the engine announced
until a listing agrees.

Engine 20.10 under load can still list a container as running when its ``die`` event arrives
(about 200 ms on a 2-core machine), and no later event comes to correct the row: a container
killed while the window was open stayed "running" in it (every benchmark run at 1000
containers). So the row shows the ``die`` at once, from the event itself (state and exit code:
the benchmark's killed row went from 240 ms to the event's own latency), a listing that still
says "running" does not undo it, and the loader fetches such a container again a moment later,
a few times at most, for the engine's own words.
"""

from __future__ import annotations

import re
from dataclasses import replace

from volgui.engine.dto.objects import Container

# Events that cannot change what the lists show.
QUIET_ACTIONS = frozenset({"exec_create", "exec_start", "exec_die", "exec_detach", "attach", "detach",
                           "resize", "top", "archive-path", "extract-to-dir", "export", "commit", "copy",
                           "mount", "unmount"})
LISTED_TYPES = frozenset({"container", "volume", "image"})
ENDED = frozenset({"die", "kill", "stop", "oom"})  # after these a container is no longer running


_EXIT_CODE = re.compile(r"-?\d{1,10}")


def ended_row(container: Container, event) -> Container:
    """``container`` as its ``die`` event describes it: exited, with the event's exit code (an
    odd code from the engine shows as "?" rather than a made-up number)."""
    code = dict(event.attributes).get("exitCode", "")
    code = code if _EXIT_CODE.fullmatch(code) else "?"
    return replace(container, state="exited", status=f"Exited ({code}) Less than a second ago")


def event_changes_lists(event) -> bool:
    """True for an engine event that can change a row of the containers, volumes or images view."""
    return event.type in LISTED_TYPES and event.base_action not in QUIET_ACTIONS


class EndedContainers:
    def __init__(self, rechecks: int) -> None:
        self.rechecks = rechecks
        self._left: dict[str, int] = {}  # container id → re-fetches left
        self._died: dict[str, object] = {}  # container id → its last ``die`` event, no start since

    def __bool__(self) -> bool:
        return bool(self._left)

    def ids(self) -> set[str]:
        return set(self._left)

    def note(self, container_id: str, action: str) -> None:
        """An engine event about one container."""
        if action in ENDED:
            self._left[container_id] = self.rechecks
        elif action == "start":
            self._left.pop(container_id, None)
            self._died.pop(container_id, None)

    def died(self, event) -> None:
        """A ``die`` event: listings that still say "running" are behind it."""
        self.note(event.id, "die")
        self._died[event.id] = event

    def correct(self, fetched):
        """``fetched`` with the rows the engine listed as running after their ``die`` shown ended."""
        if not self._died:
            return fetched
        return tuple(ended_row(c, self._died[c.id]) if c.running and c.id in self._died else c
                     for c in fetched)

    def still_running(self, fetched, asked) -> bool:
        """After a fetch (``fetched`` containers, ``asked`` ids): settle those that no longer run
        or vanished; True when one still lists as running and should be fetched again."""
        by_id = {c.id: c for c in fetched}
        again = False
        for cid in [i for i in self._left if i in by_id or i in asked]:
            container = by_id.get(cid)
            if container is None or not container.running or self._left[cid] <= 1:
                del self._left[cid]
                self._died.pop(cid, None)
            else:
                self._left[cid] -= 1
                again = True
        return again
