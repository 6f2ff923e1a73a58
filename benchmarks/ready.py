"""The line a timed program prints once its window is shown and its event loop runs (measure.py
reads it): ``READY {"t": <time.monotonic()>, "rss_mb": …}``; then the program quits."""

import json
import time


def announce_ready(app) -> None:
    with open("/proc/self/status") as fh:
        rss = next(int(line.split()[1]) / 1024 for line in fh if line.startswith("VmRSS:"))
    print("READY " + json.dumps({"t": time.monotonic(), "rss_mb": round(rss, 1)}), flush=True)
    app.quit()
