"""Where the time went: a cProfile dump as the top functions, with no machine paths.

Standard library only (start_probe.py may use it before volgui loads). run.py ``--profile``
puts these tables into the report, so a figure that misses its target says where its time
goes from a profile, not from a guess.
"""

from __future__ import annotations

import os
import pstats
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def shown_path(filename: str) -> str:
    """A source file as results name it: relative to the repository root, or to the import path
    entry it came from (``threading.py``, ``PySide6/...``), so that reports hold no machine paths."""
    if filename.startswith(("<", "~")):
        return filename
    path = os.path.abspath(filename)
    bases = [str(ROOT), *sorted((os.path.abspath(p) for p in sys.path if p), key=len, reverse=True)]
    for base in bases:
        if path.startswith(base.rstrip(os.sep) + os.sep):
            return os.path.relpath(path, base)
    return os.path.basename(path)


# The measuring side's own waiting; Qt's C++ work (layout, paint, the proxy's row moves) shows
# as the own time of the Qt call that ran it (processEvents, sendPostedEvents, exec), and exec's
# also holds its idle waits between keystrokes.
IDLE = ("time.sleep", "select.select", "select.poll")


def top(prof_path: str | Path, limit: int = 15) -> dict:
    """The ``limit`` functions with the most own time and the most cumulative time, in ms."""
    stats = pstats.Stats(str(prof_path))
    rows = []
    for (filename, line, name), (_cc, calls, tottime, cumtime, _callers) in stats.stats.items():
        if any(idle in name for idle in IDLE):
            continue
        where = f"{shown_path(filename)}:{line}({name})" if line else name
        rows.append({"function": where, "calls": calls, "own_ms": round(tottime * 1000, 1),
                     "cumulative_ms": round(cumtime * 1000, 1)})
    return {"total_ms": round(stats.total_tt * 1000, 1),
            "by_own_time": sorted(rows, key=lambda r: -r["own_ms"])[:limit],
            "by_cumulative_time": sorted(rows, key=lambda r: -r["cumulative_ms"])[:limit]}


def import_times(stderr: str, limit: int = 10) -> dict:
    """``python -X importtime`` output as the ``limit`` imports with the most own and the most
    cumulative time, in ms (a start of volgui up to its populated window)."""
    rows = []
    for line in stderr.splitlines():
        if not line.startswith("import time:"):
            continue
        parts = line[len("import time:"):].split("|")
        if len(parts) != 3 or not parts[0].strip().isdigit():
            continue  # the header line
        name = parts[2].rstrip()
        rows.append({"module": name.strip(), "own_ms": round(int(parts[0]) / 1000, 1),
                     "cumulative_ms": round(int(parts[1]) / 1000, 1),
                     "depth": (len(name) - len(name.lstrip()) - 1) // 2})  # nesting: two spaces a level
    return {"modules": len(rows), "total_ms": round(sum(r["own_ms"] for r in rows), 1),
            "by_own_time": sorted(rows, key=lambda r: -r["own_ms"])[:limit],
            "by_cumulative_time": sorted(rows, key=lambda r: -r["cumulative_ms"])[:limit]}
