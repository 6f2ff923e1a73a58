"""Display strings for engine objects: pure functions, no Qt, tested on their own.

The item models call these from ``data()``; anything a person reads in a table cell comes
from here, so wording stays consistent between views, tooltips and dialogs. This is the one
home of sizes (``human_size``), ages (``human_age``) and durations (``human_duration``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from volgui.engine.present.i18n import QT_TRANSLATE_NOOP, Context

if TYPE_CHECKING:  # text from values: display needs no engine code, every layer may use it
    from volgui.engine.dto.objects import Container, Mount, Port, Volume

_UNITS = ("B", "kB", "MB", "GB", "TB", "PB")
Display = Context("Display")  # lupdate's context for every sentence below


def human_size(value: int | float | None, spec: str | None = None, *, unknown: str = "—") -> str:
    """Bytes in decimal units as Docker shows them: ``0 B``, ``512 B``, ``1.2 MB``, ``15 GB``.

    The one size formatter. ``spec`` formats the number above bytes: by default one decimal
    below 10 and none above; ``".1f"`` always one decimal (steady width in progress texts:
    ``50.0 MB of 200.0 MB``); ``".3g"`` three significant digits (``1.98 MB``) where a summary
    shows one size in detail. ``None`` or a negative number (the engine's "unknown") gives
    ``unknown``.
    """
    if value is None or value < 0:
        return unknown
    size = float(value)
    for unit in _UNITS:
        if size < 1000 or unit == _UNITS[-1]:
            if unit == "B":
                return f"{int(size)} B"
            if spec is None:
                return f"{size:.1f} {unit}" if size < 10 else f"{size:.0f} {unit}"
            text = format(size, spec)
            return f"{size:.0f} {unit}" if "e" in text else f"{text} {unit}"  # ".3g" of 999.7 is "1e+03"
        size /= 1000
    return f"{size:.0f} PB"  # pragma: no cover - loop always returns


def human_age(when: datetime | float | None, now: datetime | float | None = None) -> str:
    """How long ago, coarse like ``docker ps``: ``just now``, ``5 minutes ago``, ``3 weeks ago``.

    The one age formatter. ``when`` and ``now`` are datetimes or POSIX timestamps (seconds);
    ``now`` defaults to the current time. Unknown times (``None``, the epoch) give ``"—"``; times
    in the future count as now.
    """
    if isinstance(when, int | float):
        when = datetime.fromtimestamp(when, UTC)
    if when is None or when.timestamp() <= 0:
        return "—"
    if isinstance(now, int | float):
        now = datetime.fromtimestamp(now, UTC)
    now = now or datetime.now(UTC)
    seconds = int((now - when).total_seconds())
    if seconds < 0:
        seconds = 0
    if seconds < 10:
        return Display.tr("just now")
    if seconds < 60:
        return Display.tr("%Ln second(s) ago", "", seconds)
    minutes = seconds // 60
    if minutes < 60:
        return Display.tr("%Ln minute(s) ago", "", minutes)
    hours = minutes // 60
    if hours < 48:
        return Display.tr("%Ln hour(s) ago", "", hours)
    days = hours // 24
    if days < 14:
        return Display.tr("%Ln day(s) ago", "", days)
    if days < 60:
        return Display.tr("%Ln week(s) ago", "", days // 7)
    if days < 730:
        return Display.tr("%Ln month(s) ago", "", days // 30)
    return Display.tr("%Ln year(s) ago", "", days // 365)


def short_age(when: datetime | None, now: datetime | None = None) -> str:
    """Compact age for a size measurement: ``12 s``, ``2 min``, ``3 h``, ``4 d``.

    Not a second ``human_age``: it fits inside a table cell next to a size (see ``measured_size``).
    """
    if when is None:
        return ""
    now = now or datetime.now(UTC)
    seconds = max(0, int((now - when).total_seconds()))
    if seconds < 60:
        return f"{seconds} s"
    if seconds < 3600:
        return f"{seconds // 60} min"
    if seconds < 86400 * 2:
        return f"{seconds // 3600} h"
    return f"{seconds // 86400} d"


def human_duration(seconds: float | None) -> str:
    """How long something takes or will take: ``42 s``, ``3 min 05 s``, ``2 h 07 min``.

    The one duration formatter (rounded to whole seconds, never negative); ``None`` (unknown)
    gives ``"—"``.
    """
    if seconds is None:
        return "—"
    seconds = max(0, round(seconds))
    if seconds < 60:
        return f"{seconds} s"
    if seconds < 3600:
        return f"{seconds // 60} min {seconds % 60:02d} s"
    return f"{seconds // 3600} h {seconds % 3600 // 60:02d} min"


def timestamp(when: datetime | None) -> str:
    """Absolute local time for tooltips: ``2026-11-29 14:03:12``."""
    if when is None or when.timestamp() <= 0:
        return "—"
    return when.astimezone().strftime("%Y-%m-%d %H:%M:%S")


def stamp_text(seconds: float) -> str:
    """A file time (seconds since 1970) as ``2026-11-29 03:24:55`` in local time; ``—`` when it is
    not a time (a crafted archive or folder can carry any number)."""
    try:
        return datetime.fromtimestamp(seconds).strftime("%Y-%m-%d %H:%M:%S")
    except (OverflowError, OSError, ValueError, TypeError):
        return "—"


def time_text(when: datetime | None, now: datetime | None = None) -> str:
    """``2026-11-29 03:24:55 (5 minutes ago)`` in local time; ``—`` for never."""
    if when is None:
        return "—"
    return f"{when.astimezone().strftime('%Y-%m-%d %H:%M:%S')} ({human_age(when, now)})"


STOP_TIMEOUT = 10  # seconds Docker waits after the stop signal before it kills (docker stop's default)


def exit_meaning(code: int | None, stop_timeout: int | None = None) -> str:
    """What an exit code says about how a container stopped, in one sentence (empty when unknown).

    Codes above 128 are 128 + the signal that ended the process: 137 = SIGKILL (Stop kills a
    process that ignored the stop signal for the stop timeout; Kill and running out of memory too),
    143 = SIGTERM (the stop signal, obeyed)."""
    if code is None:
        return ""
    wait = STOP_TIMEOUT if stop_timeout is None or stop_timeout < 0 else stop_timeout
    if code == 0:
        return Display.tr("stopped: its main process finished normally (exit code 0)")
    if code == 137:
        return Display.tr("stopped: killed after {0} s because it ignored the stop signal (exit code 137 = "
                          "SIGKILL; Kill, or running out of memory, end a container the same way)"
                          ).format(wait)
    if code == 143:
        return Display.tr("stopped: it obeyed the stop signal and ended (exit code 143 = SIGTERM)")
    if code == 130:
        return Display.tr("stopped: interrupted, as by Ctrl+C (exit code 130 = SIGINT)")
    if code == 126:
        return Display.tr("stopped: its command could not be run (exit code 126: not executable)")
    if code == 127:
        return Display.tr("stopped: its command was not found in the image (exit code 127)")
    if 128 < code < 160:
        return Display.tr("stopped: ended by signal {0} (exit code {1})").format(code - 128, code)
    return Display.tr("stopped: its main process ended with error code {0}").format(code)


def count(n: int, word: str, many: str | None = None) -> str:
    """``1 item``, ``2 items``, ``0 entries``: a number and its noun, singular only for one.

    English only (logs, the command line): text shown in the window uses ``tr("%Ln items", "", n)``,
    whose plural forms each language's catalogue gives."""
    return f"{n} {word}" if n == 1 else f"{n:,} {many or word + 's'}"


# One line each for the words a beginner meets in the dialogs before any lesson explains them.
# Shown through Display.tr(…).
WRITE_LAYER_EXPLAINED = QT_TRANSLATE_NOOP(
    "Display", "The write layer is where a container keeps every file it creates or changes outside its "
    "volumes; it is deleted when the container is removed.")
SNAPSHOT_IMAGE_EXPLAINED = QT_TRANSLATE_NOOP(
    "Display", "A snapshot image is a new image made from the container as it is now (docker commit): the "
    "new container starts with exactly the same files.")


def recreate_pause(stop_timeout: int | None) -> str:
    """How long a running container is down while volgui re-creates it, and why."""
    wait = STOP_TIMEOUT if stop_timeout is None or stop_timeout < 0 else stop_timeout
    return Display.tr("it is stopped — its processes get up to {0} s to finish, as with docker stop — and "
                      "the new one starts right after, usually within a second or two more").format(wait)


def container_state(c: Container) -> str:
    """``running``, ``running (healthy)``, ``paused``, ``killed (137)``, ``exited (1)``…

    Short, for a column; ``exit_meaning`` is the sentence behind it (tooltips, the inspector)."""
    state = c.state or "unknown"
    if state == "exited":
        code = c.exit_code
        if code == 137:
            text = Display.tr("killed (137)")
        elif code == 143:
            text = Display.tr("stopped (143)")
        else:
            text = Display.tr("exited ({0})").format(code) if code is not None else Display.tr("exited")
    else:
        text = state_word(state)
    health = c.health
    if health and state in ("running", "restarting"):
        text += f" ({state_word(health)})"
    return text


# The engine's state and health words, as lupdate should see them; shown through state_word().
_STATE_WORDS = frozenset((
    QT_TRANSLATE_NOOP("Display", "running"), QT_TRANSLATE_NOOP("Display", "restarting"),
    QT_TRANSLATE_NOOP("Display", "paused"), QT_TRANSLATE_NOOP("Display", "created"),
    QT_TRANSLATE_NOOP("Display", "removing"), QT_TRANSLATE_NOOP("Display", "exited"),
    QT_TRANSLATE_NOOP("Display", "dead"), QT_TRANSLATE_NOOP("Display", "unknown"),
    QT_TRANSLATE_NOOP("Display", "healthy"), QT_TRANSLATE_NOOP("Display", "unhealthy"),
    QT_TRANSLATE_NOOP("Display", "starting")))


def state_word(word: str) -> str:
    """A state or health word the engine sent, translated when it is one volgui knows."""
    return Display.tr(word) if word in _STATE_WORDS else word


# Sort order for the state column: running first, then the rest, dead last.
_STATE_ORDER = {"running": 0, "restarting": 1, "paused": 2, "created": 3, "removing": 4, "exited": 5,
                "dead": 6}


def state_rank(c: Container) -> tuple[int, int]:
    return _STATE_ORDER.get(c.state, 7), c.exit_code or 0


def state_tone(c: Container) -> str:
    """A colour family for the state: ``good``, ``warn``, ``bad`` or ``idle``."""
    if c.state == "running":
        return "bad" if c.health == "unhealthy" else ("warn" if c.health == "starting" else "good")
    if c.state in ("paused", "restarting", "removing"):
        return "warn"
    if c.state == "exited" and c.exit_code == 137:
        return "warn"  # killed: often Stop on a process that ignored the stop signal
    if c.state == "dead" or (c.state == "exited" and (c.exit_code or 0) not in (0, 143)):
        return "bad"
    return "idle"


def port(p: Port) -> str:
    """``8080→80/tcp``, ``127.0.0.1:5432→5432/tcp``, or ``80/tcp`` when not published."""
    inner = f"{p.private_port}/{p.protocol}"
    if p.public_port is None:
        return inner
    host = "" if p.ip in ("", "0.0.0.0", "::") else (f"[{p.ip}]:" if ":" in p.ip else f"{p.ip}:")
    return f"{host}{p.public_port}→{inner}"


def ports(items: Iterable[Port]) -> str:
    """Published ports, once each (IPv4 and IPv6 bindings of the same port are merged)."""
    seen: list[str] = []
    for p in items:
        text = port(p)
        if text not in seen:
            seen.append(text)
    return ", ".join(seen)


def volume_short_name(name: str, anonymous: bool) -> str:
    """Anonymous volumes have 64-hex names: show the first 12 characters."""
    return name[:12] + "…" if anonymous and len(name) > 12 else name


def mount(m: Mount) -> str:
    """``data→/var/lib/data``, ``/host/dir→/src (bind)``, ``tmpfs→/run``; ``ro`` when read-only."""
    if m.is_volume:
        source = volume_short_name(m.name, len(m.name) == 64)
    elif m.type == "bind":
        source = m.source
    else:
        source = m.type
    text = f"{source}→{m.destination}"
    if m.type == "bind":
        text += " (bind)"
    if m.read_only:
        text += " (ro)"
    return text


def mounts(items: Iterable[Mount]) -> str:
    """Volumes first, then binds and others."""
    ordered = sorted(items, key=lambda m: (not m.is_volume, m.destination))
    return ", ".join(mount(m) for m in ordered)


def used_by(v: Volume) -> str:
    """Container names; running ones marked ``▶``: ``web ▶, backup``. Empty for unused volumes."""
    names: list[str] = []
    for u in v.users:
        text = f"{u.container_name} ▶" if u.running else u.container_name
        if text not in names:
            names.append(text)
    return ", ".join(names)


def mount_paths(v: Volume) -> str:
    """Where the volume appears inside its containers, each path once: ``/data, /backup``."""
    paths: list[str] = []
    for u in v.users:
        if u.destination not in paths:
            paths.append(u.destination)
    return ", ".join(paths)


def labels(pairs: Iterable[tuple[str, str]]) -> str:
    """``key=value, other=x``; Docker's own anonymous marker is left out."""
    return ", ".join(f"{k}={v}" if v else k for k, v in pairs if k != "com.docker.volume.anonymous")


def measured_size(size: int | None, when: datetime | None, now: datetime | None = None) -> str:
    """A size with the age of its measurement: ``1.2 MB (2 min ago)``; ``""`` if never measured."""
    if when is None:
        return ""
    text = human_size(size)
    age = short_age(when, now)
    return Display.tr("{0} ({1} ago)").format(text, age) if age else text


def filter_words(text: str) -> list[str]:
    """A filter box's text as lower-case words; every word must match."""
    return [w for w in text.lower().split() if w]


def matches(haystack: str, words: list[str]) -> bool:
    """True when every word occurs in ``haystack`` (already lower-case)."""
    return all(w in haystack for w in words)


def clock_time(when: datetime | None) -> str:
    """Local time of day, ``14:03:12``: when something began today (an engine not answering)."""
    if when is None or when.timestamp() <= 0:
        return "—"
    return when.astimezone().strftime("%H:%M:%S")


def not_answering_text(host: str, since: datetime | None) -> str:
    """Why an action cannot run now: the engine's heartbeat has gone unanswered."""
    return Display.tr("The Docker engine at {0} has not answered since {1} — it may be hung, overloaded or "
                      "unreachable. volgui checks every few seconds and carries on when it answers."
                      ).format(host, clock_time(since))


def latency_text(seconds: float | None) -> str:
    """A heartbeat's round trip: ``40 ms``, ``1.4 s``."""
    if seconds is None:
        return "—"
    return f"{seconds * 1000:.0f} ms" if seconds < 1 else f"{seconds:.1f} s"


UNGROUPED = "ungrouped"


def project_word(project: str) -> str:
    """The word a filter box finds a compose project's rows by: ``project:web`` (or ``ungrouped``)."""
    return f"project:{project}" if project else UNGROUPED


def project_filter(project: str) -> str:
    """The filter text that shows one project's rows (the Projects list sets it)."""
    return project_word(project.lower())


_DIGITS = re.compile(r"\d{1,19}")


def name_order(name: str) -> str:
    """A name's sort key as file managers order names: case-blind, and numbers by their value
    (``file-2`` before ``file-10``): each run of up to 19 digits is padded to 20."""
    low = name.lower()
    return _DIGITS.sub(lambda m: m.group().rjust(20, "0"), low) if _DIGITS.search(low) else low


def group_sort_key(group: str, name: str) -> str:
    """Rows sorted by group, the ungrouped last, then by name within a group."""
    return ("1\0" if not group else "0" + group.lower() + "\0") + name.lower()


def compose_tooltip(project: str, service: str, working_dir: str, config_files: Iterable[str]) -> str | None:
    """Where a compose project's row comes from: service, working directory and config files."""
    if not project:
        return Display.tr("Not part of a compose project.")
    lines = [Display.tr("Compose project: {0}").format(project)]
    if service:
        lines.append(Display.tr("Service: {0}").format(service))
    if working_dir:
        lines.append(Display.tr("Working directory: {0}").format(working_dir))
    files = list(config_files)
    if files:
        lines.append(Display.tr("Config files: {0}").format(", ".join(files)))
    return "\n".join(lines)
