"""Which engine events change what the views show, and containers whose end the engine announced
until a listing agrees.

Engine 20.10 under load can still list a container as running when its ``die`` event arrives,
and no later event comes to correct the row: a container killed while the window was open stayed
"running" in it (every benchmark run at 1000 containers). The loader fetches such a container
again a moment later, a few times at most.
"""

from __future__ import annotations

# Events that cannot change what the lists show.
QUIET_ACTIONS = frozenset({"exec_create", "exec_start", "exec_die", "exec_detach", "attach", "detach",
                           "resize", "top", "archive-path", "extract-to-dir", "export", "commit", "copy",
                           "mount", "unmount"})
LISTED_TYPES = frozenset({"container", "volume", "image"})
ENDED = frozenset({"die", "kill", "stop", "oom"})  # after these a container is no longer running


def event_changes_lists(event) -> bool:
    """True for an engine event that can change a row of the containers, volumes or images view."""
    return event.type in LISTED_TYPES and event.base_action not in QUIET_ACTIONS


class EndedContainers:
    def __init__(self, rechecks: int) -> None:
        self.rechecks = rechecks
        self._left: dict[str, int] = {}  # container id → re-fetches left

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

    def still_running(self, fetched, asked) -> bool:
        """After a fetch (``fetched`` containers, ``asked`` ids): settle those that no longer run
        or vanished; True when one still lists as running and should be fetched again."""
        by_id = {c.id: c for c in fetched}
        again = False
        for cid in [i for i in self._left if i in by_id or i in asked]:
            container = by_id.get(cid)
            if container is None or not container.running or self._left[cid] <= 1:
                del self._left[cid]
            else:
                self._left[cid] -= 1
                again = True
        return again
