"""Pure helpers for the benchmark report: sizes, medians over repeats, fits, verdicts, Markdown.

No Qt, no engine: run.py feeds them the figures it measured; tests/unit checks them.
"""

from __future__ import annotations

import math
import statistics

# Issue 20's targets, per size ("VxC": V volumes, C containers; "*": every size).
TARGETS: dict[str, dict[str, float]] = {
    "ratio_cli": {"1000x1000": 1.5, "10000x300": 5.0},
    "burst_block_ms": {"1000x1000": 50, "5000x5000": 50},
    "rss_mb": {"1000x1000": 120, "10000x300": 250},
    "event_p50_ms": {"*": 50},
    "event_p99_ms": {"*": 150},
    "events_missed": {"*": 0},
    "filter_block_ms": {"10000x300": 50},
}

# (key, what it is, unit) in the order the summary shows them
FIGURES: list[tuple[str, str, str]] = [
    ("cli_s", "`docker ps -a` + `docker volume ls`", "s"),
    ("floor_s", "Qt floor: start → an empty PySide6 window shown (no engine)", "s"),
    ("bare_s", "bare script: start → both tables filled", "s"),
    ("volgui_s", "volgui: start → both views populated", "s"),
    ("floor_ratio_cli", "Qt floor / CLI", "×"),
    ("bare_ratio_cli", "bare script / CLI", "×"),
    ("ratio_cli", "volgui / CLI", "×"),
    ("ratio_bare", "volgui / bare script", "×"),
    ("rss_mb", "volgui RSS when populated", "MB"),
    ("bare_rss_mb", "bare script RSS", "MB"),
    ("burst_block_ms", "longest GUI block, 500 volumes created then removed", "ms"),
    ("event_p50_ms", "event → row updated, p50 (worst kind)", "ms"),
    ("event_p99_ms", "event → row updated, p99 (worst kind)", "ms"),
    ("events_missed", "events whose row was not updated within 5 s", "count"),
    ("filter_block_ms", "filter box, longest block of any keystroke", "ms"),
    ("filter_key_p50_ms", "filter box, median keystroke block", "ms"),
]

LINEAR_CURVATURE_MAX = 0.10  # curvature may explain at most this share of the largest figure


def parse_size(token: str) -> tuple[int, int]:
    """``"1000"`` → (1000 volumes, 1000 containers); ``"10000x300"`` → (10000, 300)."""
    token = token.strip().lower().replace("_", "").replace(" ", "")
    volumes, _, containers = token.partition("x")
    v = int(volumes)
    c = int(containers) if containers else v
    if v < 1 or c < 1:
        raise ValueError(f"size {token!r}: volumes and containers must be at least 1")
    return v, c


def size_key(volumes: int, containers: int) -> str:
    return f"{volumes}x{containers}"


def target_for(figure: str, key: str) -> float | None:
    targets = TARGETS.get(figure, {})
    return targets.get(key, targets.get("*"))


def spread(values: list[float | None]) -> dict | None:
    """Median, min and max of the values that were measured (None: not measured)."""
    got = [v for v in values if v is not None and not (isinstance(v, float) and math.isnan(v))]
    if not got:
        return None
    return {"median": round(statistics.median(got), 3), "min": round(min(got), 3),
            "max": round(max(got), 3), "n": len(got)}


def verdict(median: float | None, target: float | None) -> dict | None:
    """Pass when the median is at or under the target; otherwise by how many percent it misses."""
    if target is None:
        return None
    if median is None:
        return {"target": target, "median": None, "pass": False, "text": "not measured"}
    ok = median <= target
    if ok:
        return {"target": target, "median": median, "pass": True, "misses_by_pct": None, "text": "pass"}
    if target == 0:  # a count that should be none
        return {"target": target, "median": median, "pass": False, "misses_by_pct": None,
                "text": f"misses: {median:g} instead of 0"}
    over = round((median - target) / target * 100)
    return {"target": target, "median": median, "pass": False, "misses_by_pct": over,
            "text": f"misses by {over}%"}


def _solve(matrix: list[list[float]], rhs: list[float]) -> list[float]:
    """Gaussian elimination with partial pivoting (tiny systems: normal equations)."""
    n = len(rhs)
    a = [[*row, b] for row, b in zip(matrix, rhs, strict=True)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(a[r][col]))
        if abs(a[pivot][col]) < 1e-12:
            raise ValueError("singular system")
        a[col], a[pivot] = a[pivot], a[col]
        for r in range(col + 1, n):
            f = a[r][col] / a[col][col]
            for k in range(col, n + 1):
                a[r][k] -= f * a[col][k]
    x = [0.0] * n
    for r in range(n - 1, -1, -1):
        x[r] = (a[r][n] - sum(a[r][k] * x[k] for k in range(r + 1, n))) / a[r][r]
    return x


def polyfit(xs: list[float], ys: list[float], degree: int) -> list[float]:
    """Least-squares coefficients [c0, c1, …] of y = c0 + c1·x + c2·x² …"""
    m = degree + 1
    matrix = [[sum(x ** (i + j) for x in xs) for j in range(m)] for i in range(m)]
    rhs = [sum(y * x ** i for x, y in zip(xs, ys, strict=True)) for i in range(m)]
    return _solve(matrix, rhs)


def growth(xs: list[float], ys: list[float]) -> dict | None:
    """How a figure grows with the number of rows: a least-squares line (slope per 1000 rows,
    intercept, R²) and whether it is linear: a quadratic fit's x² term may explain at most
    ``LINEAR_CURVATURE_MAX`` of the figure at the largest size (needs ≥ 3 sizes)."""
    if len(xs) < 2 or len(set(xs)) < 2:
        return None
    intercept, slope = polyfit(xs, ys, 1)
    mean = statistics.fmean(ys)
    ss_tot = sum((y - mean) ** 2 for y in ys)
    ss_res = sum((y - intercept - slope * x) ** 2 for x, y in zip(xs, ys, strict=True))
    out = {"slope_per_1000_rows": round(slope * 1000, 4), "intercept": round(intercept, 4),
           "r2": round(1 - ss_res / ss_tot, 4) if ss_tot else 1.0,
           "curvature_share": None, "linear": None}
    if len(set(xs)) >= 3:
        c0, c1, c2 = polyfit(xs, ys, 2)
        x_max = max(xs)
        at_max = c0 + c1 * x_max + c2 * x_max ** 2
        share = c2 * x_max ** 2 / at_max if at_max else 0.0
        out["curvature_share"] = round(share, 3)
        out["linear"] = share <= LINEAR_CURVATURE_MAX
    return out


def num(value: float) -> str:
    """Three significant digits, but never an exponent: 0.618, 16.6, 152, 1666."""
    return f"{value:.0f}" if abs(value) >= 100 else f"{value:.3g}"


def _cell(s: dict | None) -> str:
    if not s:
        return "—"
    text = num(s["median"])
    if s["n"] > 1 and s["min"] != s["max"]:
        text += f" ({num(s['min'])}–{num(s['max'])})"
    return text


def markdown(report: dict) -> str:
    """The summary: every figure per size (median, min–max over repeats) and the verdicts."""
    sizes = report["sizes"]
    keys = list(sizes)
    head = [f"{sizes[k]['volumes']} vol + {sizes[k]['containers']} ctr" for k in keys]
    lines = [f"Medians of {report['repeat']} repetition(s) (min–max in brackets).", "",
             "| figure | " + " | ".join(head) + " |", "|---" * (len(keys) + 1) + "|"]
    for fig, label, unit in FIGURES:
        cells = [_cell(sizes[k]["figures"].get(fig)) for k in keys]
        lines.append(f"| {label} ({unit}) | " + " | ".join(cells) + " |")
    lines += ["", "| growth with rows (containers + volumes) | slope per 1000 rows | R² | "
              "curvature share | linear |", "|---|---|---|---|---|"]
    for name, g in report.get("growth", {}).items():
        if g:
            lines.append(f"| {name} | {num(g['slope_per_1000_rows'])} | {g['r2']} | {g['curvature_share']} | "
                         f"{ {True: 'yes', False: 'no', None: '—'}[g['linear']] } |")
    lines += ["", "| verdict: figure | size | target | median | result |", "|---|---|---|---|---|"]
    for row in report.get("verdicts", []):
        median = "—" if row["median"] is None else num(row["median"])
        target = row["target"] if isinstance(row["target"], str) else f"≤ {row['target']:g}"
        lines.append(f"| {row['figure']} | {row['size']} | {target} | {median} | {row['text']} |")
    lines += _profile_lines(sizes)
    return "\n".join(lines) + "\n"


def _profile_lines(sizes: dict, limit: int = 6) -> list[str]:
    """Per size and profiled phase, the functions with the most own time (``--profile``)."""
    lines = []
    for key, entry in sizes.items():
        for phase, prof in (entry.get("profiles") or {}).items():
            if not prof:
                continue
            how = ("python -X importtime" if phase == "imports" else "cProfile, GUI thread")
            lines += ["", f"Where the time goes, {key}, {phase} ({how}, {prof['total_ms']:.0f} ms):", "",
                      "| function or module | calls | own ms | cumulative ms |", "|---|---|---|---|"]
            lines += [f"| `{r.get('function') or r.get('module')}` | {r.get('calls', '—')} | {r['own_ms']} | "
                      f"{r['cumulative_ms']} |" for r in prof["by_own_time"][:limit]]
    return lines
