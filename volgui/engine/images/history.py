"""An image's layers as ``docker image history`` shows them: size and the command that made
each (no Qt). Bounded: at most :data:`MAX_LAYERS` rows, commands cut at :data:`MAX_COMMAND`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

MAX_LAYERS = 1000
MAX_COMMAND = 4000
MAX_TIME = 253402300800  # the end of year 9999: datetime's limit
_NOP = "/bin/sh -c #(nop) "
_SHELL = "/bin/sh -c "


@dataclass(frozen=True, slots=True)
class HistoryLayer:
    id: str  # "<missing>" for a layer built elsewhere (only the final image has an id here)
    created: datetime | None
    created_by: str  # as Dockerfile-like text: "RUN apk add …", "CMD [\"sh\"]"
    size: int
    comment: str = ""
    tags: tuple[str, ...] = ()

    @property
    def empty(self) -> bool:
        """A metadata step (ENV, CMD, LABEL…) that adds no files."""
        return self.size == 0


def dockerfile_text(created_by: str) -> str:
    """``/bin/sh -c #(nop)  CMD ["sh"]`` → ``CMD ["sh"]``; ``/bin/sh -c apk add x`` → ``RUN apk add x``."""
    text = created_by.strip()
    if text.startswith(_NOP):
        return text[len(_NOP):].strip()
    if text.startswith(_SHELL):
        return "RUN " + text[len(_SHELL):].strip()
    return text


def _number(value) -> int:
    """A count from outside: 0 unless a positive number; clamped (JSON allows Infinity)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not value > 0:
        return 0
    return int(min(value, 2 ** 63))


def parse_history(raw) -> tuple[HistoryLayer, ...]:
    """The engine's ``GET /images/{name}/history`` answer, newest layer first; bad rows skipped."""
    layers = []
    for row in raw if isinstance(raw, list) else []:
        if len(layers) >= MAX_LAYERS:
            break
        if not isinstance(row, dict):
            continue
        created = _number(row.get("Created"))
        tags = row.get("Tags")
        layers.append(HistoryLayer(
            id=str(row.get("Id") or "<missing>")[:80],
            created=datetime.fromtimestamp(created, UTC) if 0 < created < MAX_TIME else None,
            created_by=dockerfile_text(str(row.get("CreatedBy") or ""))[:MAX_COMMAND],
            size=_number(row.get("Size")),
            comment=str(row.get("Comment") or "")[:MAX_COMMAND],
            tags=tuple(str(t)[:256] for t in tags[:32]) if isinstance(tags, list) else (),
        ))
    return tuple(layers)
