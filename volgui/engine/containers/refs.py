"""References between containers: who depends on whom, and names instead of IDs.

Used by the re-create plan: a re-created container gets a new ID, so references by ID must be
rewritten by name, and containers that point at it must be named in a warning.
"""

from __future__ import annotations

from volgui.engine.containers.error_text import ContainerErrors
from volgui.engine.containers.mounts import normalize
from volgui.engine.present.i18n import QT_TRANSLATE_NOOP


def other_containers(engine, own_id: str) -> list[dict]:
    result = []
    for c in engine.call(ContainerErrors.tr("Listing containers"), engine.api.containers, all=True):
        if c["Id"] == own_id:
            continue
        try:
            result.append(engine.api.inspect_container(c["Id"]))
        except Exception:  # removed meanwhile
            continue
    return result


def dependents(inspect: dict, others: list[dict]) -> list[tuple[str, str]]:
    own_id, own_name = inspect["Id"], inspect["Name"].lstrip("/")

    def refers(ref: str) -> bool:
        ref = ref.split(":")[0].lstrip("/")
        return ref == own_name or (len(ref) >= 12 and own_id.startswith(ref))

    found = []
    for o in others:
        host = o.get("HostConfig") or {}
        oname = o["Name"].lstrip("/")
        # English here; the plan's warning shows them through ContainerErrors.tr
        for key, words in (("NetworkMode", QT_TRANSLATE_NOOP("ContainerErrors", "shares its network")),
                           ("IpcMode", QT_TRANSLATE_NOOP("ContainerErrors", "shares its IPC")),
                           ("PidMode", QT_TRANSLATE_NOOP("ContainerErrors", "shares its processes"))):
            mode = host.get(key) or ""
            if mode.startswith("container:") and refers(mode.split(":", 1)[1]):
                found.append((oname, words))
        if any(refers(v) for v in host.get("VolumesFrom") or []):
            found.append((oname, "--volumes-from"))
        for link in host.get("Links") or []:
            if link.split(":")[0].lstrip("/") == own_name:
                found.append((oname, "--link"))
    return found


def container_name(engine, ref: str) -> str | None:
    try:
        return engine.api.inspect_container(ref)["Name"].lstrip("/")
    except Exception:
        return None


def volumes_from_by_name(engine, entry: str) -> str:
    ref, _, mode = entry.partition(":")
    name = container_name(engine, ref) or ref
    return f"{name}:{mode}" if mode else name


def volumes_from_destinations(engine, entries: list[str]) -> frozenset[str]:
    dests = set()
    for entry in entries:
        try:
            other = engine.api.inspect_container(entry.partition(":")[0])
        except Exception:
            continue
        dests.update(normalize(m.get("Destination", "")) for m in other.get("Mounts") or [])
    return frozenset(dests)


def links_by_name(links: list[str] | None) -> list[str]:
    """``/db:/web/db`` (inspect's form) → ``db:db`` (create's form)."""
    result = []
    for link in links or []:
        target, _, alias = link.partition(":")
        result.append(f"{target.lstrip('/')}:{alias.rsplit('/', 1)[-1] or target.lstrip('/')}")
    return result


def endpoints(inspect: dict, host: dict) -> tuple[dict | None, list[tuple[str, dict]]]:
    """The first network goes into create; the others are connected afterwards (API < 1.44)."""
    mode = host.get("NetworkMode") or "default"
    if mode in ("host", "none") or mode.startswith("container:"):
        return None, []
    short = inspect["Id"][:12]
    endpoints: dict[str, dict] = {}
    for net, ep in ((inspect.get("NetworkSettings") or {}).get("Networks") or {}).items():
        cfg = {}
        if ep.get("IPAMConfig"):
            cfg["IPAMConfig"] = ep["IPAMConfig"]
        aliases = [a for a in ep.get("Aliases") or [] if a != short]
        if aliases:
            cfg["Aliases"] = aliases
        if ep.get("Links"):
            cfg["Links"] = ep["Links"]
        if ep.get("DriverOpts"):
            cfg["DriverOpts"] = ep["DriverOpts"]
        endpoints[net] = cfg
    primary = mode if mode in endpoints else ("bridge" if mode == "default" and "bridge" in endpoints else "")
    networking = None
    if primary and endpoints[primary]:
        networking = {"EndpointsConfig": {primary: endpoints[primary]}}
    extra = [(net, cfg) for net, cfg in endpoints.items() if net != primary]
    return networking, extra
