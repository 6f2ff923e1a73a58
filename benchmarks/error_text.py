"""What translating the engine side's own sentences costs: ``ConnectionErrors.tr`` per call.

    .venv/bin/python benchmarks/error_text.py [--repeat 20000]

Every ``Engine.call`` now asks the translator for its action label, also when the call succeeds,
and a refused input builds its sentence through it. Measured without a translator (scripts,
``volgui-backup``), then with the shipped German catalogue installed as the application installs
it: one ``tr`` of a label, ``Engine.call`` around a function that does nothing (the label's
lookup is all it adds to a real engine request, which takes milliseconds), a port spec that
parses (no sentence is built) and one that is refused (its sentence is). Prints a JSON report
(medians, microseconds). Not a test.
"""

from __future__ import annotations

import argparse
import json
import os
import runpy
import statistics
import tempfile
import timeit
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from volgui.engine.client import Engine
from volgui.engine.connection import ConnectionSpec
from volgui.engine.error_text import ConnectionErrors
from volgui.engine.errors import EngineError
from volgui.engine.present import i18n
from volgui.engine.validation import parse_port_spec
from volgui.ui.window.appearance import install_translators

ROOT = Path(__file__).resolve().parents[1]


def median_us(fn, repeat: int) -> float:
    return round(statistics.median(timeit.repeat(fn, number=1, repeat=repeat)) * 1e6, 2)


def refused() -> None:
    try:
        parse_port_spec("8080:80/xyz")
    except EngineError:
        pass


def figures(repeat: int) -> dict[str, float]:
    engine = Engine(ConnectionSpec("unix:///nowhere.sock", "benchmark"), api=None, info=None)
    return {
        "tr_label": median_us(lambda: ConnectionErrors.tr("Listing containers"), repeat),
        "engine_call_noop": median_us(lambda: engine.call(ConnectionErrors.tr("Listing containers"), int),
                                      repeat),
        "port_spec_ok": median_us(lambda: parse_port_spec("127.0.0.1:8080:80/tcp"), repeat),
        "port_spec_refused": median_us(refused, repeat),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=20000)
    args = parser.parse_args()
    app = QApplication([])
    i18n.set_translator(None)
    report = {"english": figures(args.repeat)}
    out = Path(tempfile.mkdtemp(prefix="volgui-qm-"))
    runpy.run_path(str(ROOT / "packaging" / "translations.py"))["compile_all"](out)
    translators = install_translators(app, QLocale("de"), out)
    report["german"] = figures(args.repeat)
    for t in translators:
        app.removeTranslator(t)
    i18n.set_translator(None)
    report["load_average"] = os.getloadavg()[0]
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
