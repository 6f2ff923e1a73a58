"""Make a private engine hold exactly V bench volumes and C bench containers.

Half the containers mount a volume (even indexes mount ``vgbench-vol-<i>``), the first tenth
run ``sleep``, the others are created and never started. Seeding is incremental: what is there
already is kept (and started or killed to match), what is over is removed, so going from size
to size costs only the difference and a size looks the same whatever came before.

Speed (2 cores, busy machine, 500 creates each): the engine itself is the bottleneck (one
metadata write per volume): 6 threads of SDK calls 395 volumes/s, raw HTTP over the socket
289/s from 1 thread, 357/s from 4, 471/s from 8, 427/s from 16. So: 8 threads, one SDK client
each; 10 000 volumes take about 25 s.
"""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor

import docker

PREFIX = "vgbench-"
LABEL = {"volgui.bench": "1"}


def _client(host: str):
    return docker.APIClient(base_url=host, version="auto", timeout=900)  # mass removals: minutes


def volume_name(i: int) -> str:
    return f"{PREFIX}vol-{i:05d}"


def container_name(i: int) -> str:
    return f"{PREFIX}ctr-{i:05d}"


def _pool_map(host: str, workers: int, fn, items) -> None:
    """``fn(api, item)`` for every item, ``workers`` threads, one client per thread."""
    local = threading.local()

    def call(item) -> None:
        if not hasattr(local, "api"):
            local.api = _client(host)
        fn(local.api, item)

    with ThreadPoolExecutor(workers) as pool:
        list(pool.map(call, items))


def seed(host: str, image: str, volumes: int, containers: int | None = None,
         running_share: float = 0.1, workers: int = 8) -> dict:
    """Make the engine hold exactly ``volumes`` bench volumes and ``containers`` bench
    containers (``None``: as many as volumes). Returns what it did and how fast."""
    containers = volumes if containers is None else containers
    t0 = time.monotonic()
    api = _client(host)
    have_vols = {v["Name"] for v in api.volumes().get("Volumes") or [] if v["Name"].startswith(PREFIX)}
    bench = api.containers(all=True, filters={"label": "volgui.bench"})
    have_ctrs = {c["Names"][0].lstrip("/"): c["Id"] for c in bench}
    running_now = {c["Id"] for c in bench if c["State"] == "running"}
    api.close()
    want_vols = {volume_name(i) for i in range(volumes)}
    want_ctrs = {container_name(i) for i in range(containers)}

    extra_ctrs = [cid for name, cid in have_ctrs.items() if name not in want_ctrs]
    _pool_map(host, workers, lambda a, cid: a.remove_container(cid, force=True), extra_ctrs)
    extra_vols = sorted(have_vols - want_vols)
    _pool_map(host, workers, lambda a, name: a.remove_volume(name, force=True), extra_vols)

    t_vols = time.monotonic()
    new_vols = sorted(want_vols - have_vols)
    _pool_map(host, workers, lambda a, name: a.create_volume(name, labels=LABEL), new_vols)
    vol_s = time.monotonic() - t_vols

    def make_container(a, i: int) -> None:
        binds = [f"{volume_name(i)}:/data"] if i % 2 == 0 and i < volumes else []  # half mount one
        hc = a.create_host_config(binds=binds, network_mode="none")
        running = i < int(containers * running_share)
        # every one can be started later (a bigger size runs more of them)
        c = a.create_container(image, "sleep 100000", name=container_name(i), labels=LABEL, host_config=hc)
        if running:
            a.start(c)

    new_ctrs = [i for i in range(containers) if container_name(i) not in have_ctrs]
    _pool_map(host, workers, make_container, new_ctrs)
    # kept containers run as if made now: the same sizes give the same engine whatever came before
    kept = [(i, have_ctrs[container_name(i)]) for i in range(containers) if container_name(i) in have_ctrs]
    should_run = int(containers * running_share)
    _pool_map(host, workers, lambda a, cid: a.kill(cid),
              [cid for i, cid in kept if i >= should_run and cid in running_now])
    _pool_map(host, workers, lambda a, cid: a.start(cid),
              [cid for i, cid in kept if i < should_run and cid not in running_now])
    return {"volumes": volumes, "containers": containers, "seconds": round(time.monotonic() - t0, 1),
            "created": {"volumes": len(new_vols), "containers": len(new_ctrs)},
            "removed": {"volumes": len(extra_vols), "containers": len(extra_ctrs)},
            "volumes_per_s": round(len(new_vols) / vol_s) if new_vols and vol_s > 0 else None}


def unseed(host: str, workers: int = 8) -> None:
    """Remove every bench container and volume."""
    api = _client(host)
    ids = [c["Id"] for c in api.containers(all=True, filters={"label": "volgui.bench"})]
    names = [v["Name"] for v in api.volumes().get("Volumes") or [] if v["Name"].startswith(PREFIX)]
    api.close()
    _pool_map(host, workers, lambda a, cid: a.remove_container(cid, force=True), ids)
    _pool_map(host, workers, lambda a, name: a.remove_volume(name, force=True), names)
