"""The benchmark report's arithmetic (benchmarks/figures.py: sizes, medians, fits, verdicts) and
its reading of ``python -X importtime`` (benchmarks/profiles.py)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest


def _load(name: str):
    spec = importlib.util.spec_from_file_location(
        f"bench_{name}", Path(__file__).resolve().parents[2] / "benchmarks" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


figures = _load("figures")
profiles = _load("profiles")


def test_a_size_is_volumes_and_containers():
    assert figures.parse_size("1000") == (1000, 1000)
    assert figures.parse_size("10000x300") == (10000, 300)
    assert figures.parse_size(" 10_000X300 ") == (10000, 300)
    assert figures.size_key(10000, 300) == "10000x300"
    with pytest.raises(ValueError):
        figures.parse_size("0")


def test_targets_are_per_size_or_for_every_size():
    assert figures.target_for("ratio_cli", "1000x1000") == 1.5
    assert figures.target_for("ratio_cli", "10000x300") == 5.0
    assert figures.target_for("ratio_cli", "100x100") is None
    assert figures.target_for("event_p99_ms", "100x100") == 150


def test_spread_ignores_what_was_not_measured():
    got = figures.spread([3.0, None, 1.0, float("nan"), 2.0])
    assert got == {"median": 2.0, "min": 1.0, "max": 3.0, "n": 3}
    assert figures.spread([None]) is None


def test_verdict_passes_at_the_target_and_says_by_how_much_it_misses():
    assert figures.verdict(1.5, 1.5)["pass"] is True
    missed = figures.verdict(7.5, 1.5)
    assert missed["pass"] is False and missed["misses_by_pct"] == 400 and missed["text"] == "misses by 400%"
    assert figures.verdict(2, 0)["text"] == "misses: 2 instead of 0"
    assert figures.verdict(None, 50)["text"] == "not measured"
    assert figures.verdict(10, None) is None


def test_a_line_is_fitted_exactly_and_called_linear():
    xs = [200, 2000, 10000, 10300]
    g = figures.growth(xs, [0.5 + 0.0003 * x for x in xs])
    assert g["slope_per_1000_rows"] == pytest.approx(0.3)
    assert g["intercept"] == pytest.approx(0.5)
    assert g["r2"] == pytest.approx(1.0)
    assert g["linear"] is True


def test_a_quadratic_cost_is_not_linear():
    xs = [200, 2000, 5000, 10000]
    g = figures.growth(xs, [0.5 + 6e-8 * x * x for x in xs])
    assert g["linear"] is False and g["curvature_share"] > 0.5


def test_numbers_read_without_exponents():
    assert [figures.num(v) for v in (0.6181, 16.637, 151.96, 1665.5)] == ["0.618", "16.6", "152", "1666"]


def test_growth_needs_two_sizes_to_fit_and_three_to_judge():
    assert figures.growth([100], [1.0]) is None
    assert figures.growth([100, 1000], [1.0, 2.0])["linear"] is None


def test_the_summary_has_a_row_per_figure_and_a_verdict_per_target():
    spread = {"median": 2.0, "min": 1.0, "max": 3.0, "n": 3}
    report = {"repeat": 3, "sizes": {"1000x1000": {"volumes": 1000, "containers": 1000,
                                                   "figures": {"ratio_cli": spread}}},
              "growth": {},
              "verdicts": [{"figure": "volgui / CLI", "size": "1000x1000", **figures.verdict(2.0, 1.5)},
                           {"figure": "cost growth", "size": "all", "target": "linear", "median": 0.02,
                            "pass": True, "text": "pass"}]}
    text = figures.markdown(report)
    assert "| volgui / CLI (×) | 2 (1–3) |" in text
    assert "| volgui / CLI | 1000x1000 | ≤ 1.5 | 2 | misses by 33% |" in text
    assert "| cost growth | all | linear | 0.02 | pass |" in text


def test_import_times_are_read_with_their_nesting():
    stderr = ("import time: self [us] | cumulative | imported package\n"
              "import time:       120 |        120 |     docker.errors\n"
              "import time:      3000 |       3120 |   docker\n"
              "import time:       500 |       3620 | volgui.app\n"
              "a Qt warning in between\n")
    got = profiles.import_times(stderr, limit=2)
    assert got["modules"] == 3 and got["total_ms"] == 3.6
    assert [r["module"] for r in got["by_own_time"]] == ["docker", "volgui.app"]
    nested = [(r["module"], r["depth"]) for r in got["by_cumulative_time"]]
    assert nested == [("volgui.app", 0), ("docker", 1)]
