"""Fill a private engine with N volumes and N containers (some running, most with a mount)."""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor

import docker

PREFIX = "vgbench-"
LABEL = {"volgui.bench": "1"}


def _client(host: str):
    return docker.APIClient(base_url=host, version="auto", timeout=120)


def seed(host: str, image: str, n: int, running_share: float = 0.1, workers: int = 6) -> dict:
    """Make the engine hold exactly ``n`` bench volumes and ``n`` bench containers."""
    t0 = time.monotonic()
    api = _client(host)
    have_vols = {v["Name"] for v in api.volumes().get("Volumes") or [] if v["Name"].startswith(PREFIX)}
    bench = api.containers(all=True, filters={"label": "volgui.bench"})
    have_ctrs = {c["Names"][0].lstrip("/") for c in bench}
    api.close()

    def make_volume(i: int) -> None:
        name = f"{PREFIX}vol-{i:05d}"
        if name not in have_vols:
            local.api.create_volume(name, labels=LABEL)

    def make_container(i: int) -> None:
        name = f"{PREFIX}ctr-{i:05d}"
        if name in have_ctrs:
            return
        binds = [f"{PREFIX}vol-{i:05d}:/data"] if i % 4 != 3 else []  # every 4th has no volume
        hc = local.api.create_host_config(binds=binds, network_mode="none")
        running = i < int(n * running_share)
        c = local.api.create_container(image, "sleep 100000" if running else "true", name=name,
                                       labels=LABEL, host_config=hc)
        if running:
            local.api.start(c)

    import threading

    local = threading.local()

    def run(fn, i):
        if not hasattr(local, "api"):
            local.api = _client(host)
        fn(i)

    with ThreadPoolExecutor(workers) as pool:
        list(pool.map(lambda i: run(make_volume, i), range(n)))
        list(pool.map(lambda i: run(make_container, i), range(n)))
    return {"n": n, "seconds": round(time.monotonic() - t0, 1)}


def unseed(host: str, workers: int = 6) -> None:
    api = _client(host)
    ids = [c["Id"] for c in api.containers(all=True, filters={"label": "volgui.bench"})]
    names = [v["Name"] for v in api.volumes().get("Volumes") or [] if v["Name"].startswith(PREFIX)]
    api.close()
    import threading

    local = threading.local()

    def client():
        if not hasattr(local, "api"):
            local.api = _client(host)
        return local.api

    with ThreadPoolExecutor(workers) as pool:
        list(pool.map(lambda cid: client().remove_container(cid, force=True), ids))
        list(pool.map(lambda name: client().remove_volume(name, force=True), names))
