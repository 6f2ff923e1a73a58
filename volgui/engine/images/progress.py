"""The engine's pull and push progress stream, read with bounded memory (no Qt).

The stream is newline-delimited JSON, one message per layer step (``{"id": "a1b2…",
"status": "Downloading", "progressDetail": {"current": …, "total": …}}``), with errors in-band
(``{"error": …}``, the HTTP status is already 200). It comes from outside, so every part is
bounded: a line over :data:`MAX_LINE` bytes is dropped whole, at most :data:`MAX_LAYERS`
layers are tracked by id (the rest are counted), texts are cut at :data:`MAX_TEXT`
characters, and byte counts are clamped to 0…2**53.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from volgui.engine.errors import EngineError

MAX_LINE = 64 * 1024
MAX_LAYERS = 256
MAX_TEXT = 240
MAX_BYTES = 2 ** 53
GENERAL = ("Pulling from ",)
FINISHED = ("Pull complete", "Already exists", "Pushed", "Layer already exists", "Mounted from")


def _text(value) -> str:
    return str(value)[:MAX_TEXT] if isinstance(value, (str, int, float)) else ""


def _count(value) -> int:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value != value:
        return 0
    return int(min(max(value, 0), MAX_BYTES))


@dataclass(frozen=True, slots=True)
class LayerProgress:
    id: str
    status: str
    current: int = 0
    total: int = 0

    @property
    def finished(self) -> bool:
        return self.status.startswith(FINISHED)

    @property
    def fraction(self) -> float:
        """How far this layer is, 0…1 (a finished layer is 1 whatever it counted)."""
        if self.finished:
            return 1.0
        return min(self.current / self.total, 1.0) if self.total > 0 else 0.0


@dataclass(frozen=True)
class TransferProgress:
    """What a dialog shows: each layer, the last general message, what was not tracked."""

    layers: tuple[LayerProgress, ...] = ()
    message: str = ""
    untracked: int = 0  # layers beyond MAX_LAYERS, counted only
    dropped: int = 0  # lines that were too long or not JSON objects

    @property
    def finished_layers(self) -> int:
        return sum(1 for layer in self.layers if layer.finished)

    @property
    def fraction(self) -> float:
        if not self.layers:
            return 0.0
        return sum(layer.fraction for layer in self.layers) / len(self.layers)


def json_lines(chunks: Iterable[bytes], stats: dict | None = None) -> Iterator[dict]:
    """JSON objects from byte chunks, one per line; overlong or broken lines are skipped
    (``stats["dropped"]`` counts them). Never holds more than MAX_LINE bytes of a line."""
    stats = stats if stats is not None else {}
    stats.setdefault("dropped", 0)
    buf = bytearray()
    skipping = False
    for chunk in chunks:
        start = 0
        while start < len(chunk):
            end = chunk.find(b"\n", start)
            piece = chunk[start:] if end < 0 else chunk[start:end]
            start = len(chunk) if end < 0 else end + 1
            if not skipping:
                if len(buf) + len(piece) > MAX_LINE:
                    buf.clear()
                    skipping = True
                    stats["dropped"] += 1
                else:
                    buf += piece
            if end < 0:
                continue
            if not skipping:
                decoded = _decode(buf)
                if decoded is None:
                    stats["dropped"] += 1 if buf.strip() else 0
                else:
                    yield decoded
            buf.clear()
            skipping = False
    if buf and not skipping:
        decoded = _decode(buf)
        if decoded is not None:
            yield decoded


def _error_of(message: dict) -> str:
    text = message.get("error")
    detail = message.get("errorDetail")
    if not text and isinstance(detail, dict):
        text = detail.get("message")
    return (_text(text) or "The engine reported an error.") if text else ""


def _decode(line: bytes | bytearray) -> dict | None:
    text = bytes(line).strip()
    if not text:
        return None
    try:
        value = json.loads(text)
    except (ValueError, RecursionError):
        return None
    return value if isinstance(value, dict) else None


class ProgressTracker:
    """Folds messages into per-layer state; ``feed`` raises the stream's in-band error."""

    def __init__(self) -> None:
        self._layers: dict[str, LayerProgress] = {}
        self._untracked: set[str] = set()
        self.message = ""
        self.aux: dict = {}
        self.digest = ""
        self.dropped = 0

    def feed(self, message: dict) -> None:
        error = _error_of(message)
        if error:
            raise EngineError(error, detail=error)
        status = _text(message.get("status"))
        layer_id = _text(message.get("id"))[:80]
        aux = message.get("aux")
        if isinstance(aux, dict):
            self.aux = {k: _text(v) for k, v in list(aux.items())[:8] if isinstance(k, str)}
        if status.startswith(GENERAL):  # "Pulling from app" carries the tag as its id
            layer_id = ""
        if not layer_id or not status:
            if status:
                self.message = status
                if status.startswith("Digest: "):
                    self.digest = status[len("Digest: "):].split(" ")[0]
            return
        if layer_id not in self._layers:
            if len(self._layers) >= MAX_LAYERS:
                if len(self._untracked) < MAX_LAYERS * 16:
                    self._untracked.add(layer_id)
                return
        detail = message.get("progressDetail")
        detail = detail if isinstance(detail, dict) else {}
        old = self._layers.get(layer_id)
        current, total = _count(detail.get("current")), _count(detail.get("total"))
        if not total and old is not None and status == old.status:
            current, total = old.current, old.total
        self._layers[layer_id] = LayerProgress(layer_id, status, current, total)

    def snapshot(self) -> TransferProgress:
        return TransferProgress(tuple(self._layers.values()), self.message, len(self._untracked),
                                self.dropped)
