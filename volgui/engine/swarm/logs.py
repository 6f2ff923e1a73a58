"""A service's logs, all its tasks at once, each line with the task it came from (no Qt).

The engine gathers the tasks' logs from every node (``GET /services/{id}/logs``). With
``details=1`` each line starts with the swarm's attributes
(``com.docker.swarm.node.id=…,com.docker.swarm.service.id=…,com.docker.swarm.task.id=…``), which
is how ``docker service logs`` names the task of each line. The read is bounded: at most ``tail``
lines are asked for, at most :data:`MAX_BYTES` are read and lines longer than ``MAX_LINE`` are
cut (``log_lines``), so a service writing without end cannot fill the memory.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import unquote

from volgui.engine import raw_api
from volgui.engine.containers.error_text import ContainerErrors
from volgui.engine.errors import EngineError, from_docker
from volgui.engine.present.services import logs as logs_command
from volgui.engine.streams.log_lines import TTY, LineSplitter, parse_timestamp

MAX_BYTES = 16 * 1024 * 1024  # of the engine's answer read at most
MAX_TAIL = 10_000
ATTRIBUTE_PREFIX = "com.docker.swarm."
_MAX_ATTRS = 4096  # characters of the attribute prefix looked at


@dataclass(frozen=True)
class ServiceLogLine:
    task_id: str
    node_id: str
    stream: int  # STDOUT, STDERR or TTY (log_lines)
    timestamp: str
    text: str


@dataclass(frozen=True)
class ServiceLogs:
    lines: tuple[ServiceLogLine, ...]
    truncated: bool  # the answer was longer than MAX_BYTES: the newest lines are missing


def split_details(text: str) -> tuple[dict[str, str], str]:
    """``("k=v,k=v message")`` → the attributes and the message; no attributes: ``({}, text)``."""
    head, sep, _rest = text[:_MAX_ATTRS].partition(" ")
    if not sep or ATTRIBUTE_PREFIX not in head:
        return {}, text
    attrs = {}
    for pair in head.split(","):
        key, eq, value = pair.partition("=")
        if eq:
            attrs[unquote(key)] = unquote(value)
    return attrs, text[len(head) + 1:]


def to_line(stream: int, timestamp: str, text: str) -> ServiceLogLine:
    attrs, message = split_details(text)
    return ServiceLogLine(attrs.get(f"{ATTRIBUTE_PREFIX}task.id", ""),
                          attrs.get(f"{ATTRIBUTE_PREFIX}node.id", ""), stream, timestamp, message)


def read_service_logs(engine, service: str, *, tail: int = 1000, tty: bool = False,
                      max_bytes: int = MAX_BYTES) -> ServiceLogs:
    """The last ``tail`` lines of all the tasks of ``service`` (a name or id) together, oldest first.

    The engine applies ``tail`` to each task and sends the tasks' lines as they come; they are put
    in time order here (a line without a time keeps its place after the one before it)."""
    tail = max(1, min(int(tail), MAX_TAIL))
    params = {"stdout": 1, "stderr": 1, "timestamps": 1, "details": 1, "follow": 0, "tail": tail}
    command = logs_command(service, tail)
    try:
        response = raw_api.service_logs_response(engine.api, service, params)
    except Exception as exc:
        raise from_docker(exc, host=engine.spec.host,
                          action=ContainerErrors.tr("Reading the logs of {0}").format(service),
                          command=command) from exc
    splitter = LineSplitter(timestamps=True)
    kept: list[ServiceLogLine] = []
    buf = bytearray()
    read = 0
    truncated = False
    try:
        for chunk in response.iter_content(64 * 1024):
            read += len(chunk)
            if tty:
                lines = splitter.feed(TTY, chunk, framed=False)
            else:
                buf += chunk
                lines, used = splitter.feed_multiplexed(buf)
                del buf[:used]
            kept.extend(to_line(*line) for line in lines)
            if read >= max_bytes:
                truncated = True
                break
        kept.extend(to_line(*line) for line in splitter.flush())
    except EngineError:
        raise
    except Exception as exc:
        raise from_docker(exc, host=engine.spec.host,
                          action=ContainerErrors.tr("Reading the logs of {0}").format(service),
                          command=command) from exc
    finally:
        response.close()
    return ServiceLogs(tuple(in_time_order(kept)[-tail:]), truncated)


def in_time_order(lines: list[ServiceLogLine]) -> list[ServiceLogLine]:
    """Stable sort by the engine's timestamp; a line without one takes the time of the line before."""
    keyed = []
    last = 0.0
    for line in lines:
        when = parse_timestamp(line.timestamp)
        last = when if when is not None else last
        keyed.append((last, line))
    keyed.sort(key=lambda pair: pair[0])
    return [line for _, line in keyed]
