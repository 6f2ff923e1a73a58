"""The engines a person can switch between: discovered ones and ones they added.

Discovered: the local default socket, every Docker CLI context, Podman's sockets when present.
The same engine reached several ways (``DOCKER_HOST``, the default, a context on one socket) is
listed once (:func:`unique_by_endpoint`): two rows for one engine look like two engines.
Added: ``ssh://user@host``, ``tcp://host:2376`` with TLS (paths to CA, certificate, key),
``unix://`` paths — saved as JSON under volgui's config dir. Only paths are stored, never a
private key's contents or a password. TLS verification is on unless explicitly turned off.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

from volgui.engine.connection import (
    DEFAULT_SOCKET,
    ConnectionSpec,
    TLSSettings,
    context_spec,
    list_contexts,
    normalize_host,
    podman_sockets,
    resolve,
)
from volgui.engine.error_text import ConnectionErrors
from volgui.engine.errors import EngineError
from volgui.engine.present.i18n import Context

SCHEMES = ("unix", "tcp", "ssh", "npipe", "http", "https")


@dataclass(frozen=True)
class EngineProfile:
    """One engine in the switcher. ``key`` is stable across runs (used for settings)."""

    key: str
    name: str
    host: str
    kind: str  # "local", "context", "podman", "custom"
    tls: TLSSettings | None = None
    context: str | None = None
    description: str = ""

    def spec(self, env: Mapping[str, str] | None = None) -> ConnectionSpec:
        if self.kind == "context" and self.context:
            return context_spec(self.context, os.environ if env is None else env, f"context {self.context}")
        return ConnectionSpec(self.host, self.name, self.tls, self.context)

    @property
    def editable(self) -> bool:
        return self.kind == "custom"

    @property
    def tls_unverified(self) -> bool:
        return self.tls is not None and not self.tls.verify


@dataclass(frozen=True)
class ValidatedProfile:
    profile: EngineProfile
    warnings: tuple[str, ...] = field(default=())


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "engine"


def make_custom_profile(name: str, host: str, *, ca_cert: str = "", client_cert: str = "",
                        client_key: str = "", tls: bool | None = None,
                        verify: bool = True) -> ValidatedProfile:
    """Check what a person typed in the "Add engine" dialog; raise EngineError with a clear message."""
    name = name.strip()
    if not name:
        raise EngineError(ConnectionErrors.tr("Give the engine a name."))
    if not host.strip():
        raise EngineError(ConnectionErrors.tr("Enter the engine's address, e.g. ssh://me@server or "
                                              "tcp://server:2376."))
    url = normalize_host(host)
    scheme = url.split("://", 1)[0]
    if scheme not in SCHEMES:
        raise EngineError(ConnectionErrors.tr("“{0}://” is not an engine address. Use unix://, tcp://, "
                                              "ssh:// or npipe://.").format(scheme))
    rest = url.split("://", 1)[1]
    host_port = r"^([^@/\s]+@)?[A-Za-z0-9.\-\[\]:]+$"
    if scheme in ("tcp", "ssh", "http", "https") and not re.match(host_port, rest):
        if scheme == "ssh":
            raise EngineError(ConnectionErrors.tr("“{0}” is not a valid address: expected host or host:port "
                                                  "(with an optional user@).").format(host))
        raise EngineError(ConnectionErrors.tr("“{0}” is not a valid address: expected host or "
                                              "host:port.").format(host))
    if scheme == "unix" and not rest.startswith("/"):
        raise EngineError(ConnectionErrors.tr("A unix:// address needs an absolute socket path, e.g. "
                                              "unix:///run/docker.sock."))
    warnings: list[str] = []
    paths = {"CA certificate": ca_cert, "client certificate": client_cert, "client key": client_key}
    missing = {"CA certificate": ConnectionErrors.tr("The CA certificate file {0} does not exist."),
               "client certificate": ConnectionErrors.tr("The client certificate file {0} does not exist."),
               "client key": ConnectionErrors.tr("The client key file {0} does not exist.")}
    use_tls = tls if tls is not None else any(paths.values())
    tls_settings = None
    if use_tls:
        if scheme not in ("tcp", "https"):
            raise EngineError(ConnectionErrors.tr("TLS applies to tcp:// engines only."))
        for label, path in paths.items():
            if path and not Path(path).expanduser().is_file():
                raise EngineError(missing[label].format(path))
        if bool(client_cert) != bool(client_key):
            raise EngineError(ConnectionErrors.tr("Give both the client certificate and the client key, or "
                                                  "neither."))
        if verify and not ca_cert:
            raise EngineError(ConnectionErrors.tr("To verify the engine, give the CA certificate that signed "
                                                  "it (or explicitly turn verification off)."))
        if not verify:
            warnings.append(ConnectionErrors.tr("TLS verification is off: anyone between you and the engine "
                                                "can impersonate it and take control of your containers."))
        tls_settings = TLSSettings(
            ca_cert=str(Path(ca_cert).expanduser()) if ca_cert else None,
            client_cert=str(Path(client_cert).expanduser()) if client_cert else None,
            client_key=str(Path(client_key).expanduser()) if client_key else None,
            verify=verify,
        )
    elif scheme == "tcp":
        warnings.append(ConnectionErrors.tr("This engine is reached over plain TCP without TLS: anyone on "
                                            "the network can control it. Use TLS or SSH for engines on other "
                                            "machines."))
    profile = EngineProfile(key=f"custom:{_slug(name)}", name=name, host=url, kind="custom", tls=tls_settings)
    return ValidatedProfile(profile, tuple(warnings))


Profiles = Context("Profiles")  # names and descriptions of the engines found, as a person reads them


def discover(env: Mapping[str, str] | None = None) -> list[EngineProfile]:
    """The local default, every Docker context, and Podman's sockets that exist."""
    env = os.environ if env is None else env
    found = [EngineProfile("local", Profiles.tr("Local Docker"), DEFAULT_SOCKET, "local",
                           description=Profiles.tr("the default Docker socket"))]
    if env.get("DOCKER_HOST"):
        found.insert(0, EngineProfile("env", "DOCKER_HOST", normalize_host(env["DOCKER_HOST"]), "local",
                                      description=Profiles.tr("from the DOCKER_HOST variable")))
    for ctx in list_contexts(env):
        found.append(EngineProfile(f"context:{ctx.name}", ctx.name, ctx.host, "context", context=ctx.name,
                                   description=ctx.description or Profiles.tr("Docker context")))
    for sock in podman_sockets(env):
        if os.path.exists(sock.removeprefix("unix://")):
            rootless = "/podman/podman.sock" in sock and not sock.startswith("unix:///run/podman")
            name = Profiles.tr("Podman (rootless)") if rootless else "Podman"
            found.append(EngineProfile(f"podman:{'user' if rootless else 'system'}", name, sock, "podman",
                                       description=Profiles.tr("Podman's Docker-compatible socket")))
    return found


def endpoint_of(host: str) -> str:
    """One spelling per engine address: a unix socket with links resolved (``/var/run`` is
    ``/run``), scheme and host in lower case, no trailing slash."""
    scheme, _, rest = normalize_host(host).partition("://")
    scheme = scheme.lower()
    if scheme == "unix":
        return "unix://" + os.path.realpath(rest)
    rest = rest.rstrip("/")
    if scheme != "ssh":  # a user name before @ keeps its case
        rest = rest.lower()
    return f"{scheme}://{rest}"


def _profile_endpoint(profile: EngineProfile, env: Mapping[str, str]) -> str | None:
    """Where a profile connects (None: cannot tell without connecting)."""
    try:
        if profile.kind == "context" and profile.context:
            return endpoint_of(context_spec(profile.context, env, profile.name).host)
        if profile.host:
            return endpoint_of(profile.host)
        # the default engine: the first candidate that exists, as connecting would pick it
        specs = resolve(env=env)
    except (EngineError, OSError, ValueError):
        return None
    for spec in specs:
        if not spec.host.startswith("unix://") or os.path.exists(spec.host.removeprefix("unix://")):
            return endpoint_of(spec.host)
    return None


def unique_by_endpoint(profiles: list[EngineProfile], env: Mapping[str, str] | None = None
                       ) -> list[EngineProfile]:
    """The profiles with one row per engine: the first of each endpoint is kept and its
    description names the others (so a person still sees where DOCKER_HOST points)."""
    env = os.environ if env is None else env
    kept: list[EngineProfile] = []
    others: dict[int, list[str]] = {}
    seen: dict[str, int] = {}
    for profile in profiles:
        endpoint = _profile_endpoint(profile, env)
        if endpoint is not None and endpoint in seen:
            others.setdefault(seen[endpoint], []).append(profile.name)
            continue
        if endpoint is not None:
            seen[endpoint] = len(kept)
        kept.append(profile)
    for index, names in others.items():
        p = kept[index]
        also = ConnectionErrors.tr("the same engine as {0}").format(", ".join(names))
        kept[index] = replace(p, description=f"{p.description} ({also})" if p.description else also)
    return kept


class ProfileStore:
    """Custom engine profiles in a JSON file (paths only, never secrets)."""

    VERSION = 1

    def __init__(self, path: Path) -> None:
        self.path = Path(path)

    def load(self) -> list[EngineProfile]:
        try:
            data = json.loads(self.path.read_text())
        except FileNotFoundError:
            return []
        except (OSError, ValueError) as exc:
            raise EngineError(ConnectionErrors.tr("The saved engines in {0} cannot be read: {1}").format(
                self.path, exc)) from exc
        out = []
        for item in data.get("profiles", []):
            tls = item.get("tls")
            out.append(EngineProfile(
                key=item["key"], name=item["name"], host=item["host"], kind="custom",
                tls=TLSSettings(**tls) if tls else None, description=item.get("description", "")))
        return out

    def save(self, profiles: list[EngineProfile]) -> None:
        items = []
        for p in profiles:
            if p.kind != "custom":
                continue
            items.append({"key": p.key, "name": p.name, "host": p.host,
                          "tls": asdict(p.tls) if p.tls else None, "description": p.description})
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps({"version": self.VERSION, "profiles": items}, indent=2))
        os.replace(tmp, self.path)

    def add(self, profile: EngineProfile) -> list[EngineProfile]:
        profiles = [p for p in self.load() if p.key != profile.key] + [profile]
        self.save(profiles)
        return profiles

    def remove(self, key: str) -> list[EngineProfile]:
        profiles = [p for p in self.load() if p.key != key]
        self.save(profiles)
        return profiles
