"""Which engine to talk to, and opening a connection to it.

Resolution order (first that applies wins; an explicit choice never silently falls back):

1. ``--host URL`` or ``--context NAME`` given by the person;
2. ``DOCKER_HOST`` (with ``DOCKER_TLS_VERIFY`` / ``DOCKER_CERT_PATH``);
3. ``DOCKER_CONTEXT``, then ``currentContext`` in the Docker CLI's ``config.json``;
4. the default Docker socket, then Podman's sockets (rootless, rootful) — tried in turn.
"""

from __future__ import annotations

import hashlib
import json
import os
import socket
import urllib.parse
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from volgui.engine import abort, raw_api, ssh_params
from volgui.engine.error_text import ConnectionErrors
from volgui.engine.errors import EngineError, connection_failure_message

DEFAULT_SOCKET = "unix:///var/run/docker.sock"
ROOTFUL_PODMAN_SOCKET = "unix:///run/podman/podman.sock"


@dataclass(frozen=True)
class TLSSettings:
    """Paths to TLS material (never the contents) and whether the server is verified."""

    ca_cert: str | None = None
    client_cert: str | None = None
    client_key: str | None = None
    verify: bool = True


@dataclass(frozen=True)
class ConnectionSpec:
    """One way to reach an engine, and where that choice came from (for messages)."""

    host: str
    source: str
    tls: TLSSettings | None = None
    context: str | None = None
    note: str = ""  # how the TLS variables were read, when that differs from a first guess

    def describe(self) -> str:
        return f"{self.host} ({self.source})"

    def security_warning(self) -> str:
        """What a person must know about this connection's safety ("" when it is verified or local)."""
        scheme = self.host.split("://", 1)[0].lower() if "://" in self.host else ""
        if scheme not in ("tcp", "http", "https"):
            return ""  # unix sockets, ssh and npipe carry their own protection
        if self.tls is not None and not self.tls.verify:
            return ConnectionErrors.tr("TLS without verifying the engine's certificate: anyone between you "
                                       "and the engine can pretend to be it and see everything you send.")
        if self.tls is None and scheme != "https":
            text = ConnectionErrors.tr("Plain TCP, not encrypted: anyone on the network can read what you "
                                       "send and control this engine.")
            if self.host.rstrip("/").endswith(":2376"):
                text += " " + ConnectionErrors.tr("Port 2376 is Docker's TLS port: set DOCKER_TLS_VERIFY=1 "
                                                  "and DOCKER_CERT_PATH to use TLS.")
            return text
        return ""


def docker_config_dir(env: Mapping[str, str]) -> Path:
    if env.get("DOCKER_CONFIG"):
        return Path(env["DOCKER_CONFIG"])
    return Path(env.get("HOME") or Path.home()) / ".docker"


def _tls_from_env(env: Mapping[str, str]) -> TLSSettings | None:
    """TLS from the environment, as the Docker CLI reads it, never less safe.

    - ``DOCKER_TLS_VERIFY`` set to anything but "" (even "0"): TLS, verifying the engine;
    - ``DOCKER_TLS`` set: TLS; without ``DOCKER_TLS_VERIFY`` the engine is not verified (the one
      explicit way to turn verification off, as ``docker --tls``);
    - ``DOCKER_CERT_PATH`` alone: where the files are. The CLI then speaks plain HTTP, which a TLS
      engine refuses; volgui uses TLS *with* verification instead (see :func:`tls_note`);
    - ``ca.pem``/``cert.pem``/``key.pem`` there (default ``~/.docker``).
    """
    verify_set = bool(env.get("DOCKER_TLS_VERIFY"))
    tls_set = bool(env.get("DOCKER_TLS"))
    cert_path = env.get("DOCKER_CERT_PATH")
    if not (verify_set or tls_set or cert_path):
        return None
    base = Path(cert_path) if cert_path else docker_config_dir(env)
    return TLSSettings(
        ca_cert=str(base / "ca.pem"),
        client_cert=str(base / "cert.pem"),
        client_key=str(base / "key.pem"),
        verify=verify_set or not tls_set,
    )


def tls_note(env: Mapping[str, str]) -> str:
    """A word on how the TLS variables were read, when the CLI would have done otherwise."""
    if env.get("DOCKER_CERT_PATH") and not env.get("DOCKER_TLS_VERIFY") and not env.get("DOCKER_TLS"):
        return ConnectionErrors.tr("DOCKER_CERT_PATH is set without DOCKER_TLS_VERIFY: volgui uses TLS and "
                                   "verifies the engine with the CA there (set DOCKER_TLS_VERIFY=1 to say "
                                   "so).")
    return ""


def context_spec(name: str, env: Mapping[str, str], source: str) -> ConnectionSpec:
    """The endpoint of Docker CLI context ``name``; an unknown context is an error."""
    if name == "default":
        host = env.get("DOCKER_HOST") or DEFAULT_SOCKET
        return ConnectionSpec(host, f"{source}: default", _tls_from_env(env) if env.get("DOCKER_HOST")
                              else None, context="default")
    config = docker_config_dir(env)
    digest = hashlib.sha256(name.encode()).hexdigest()
    meta_path = config / "contexts" / "meta" / digest / "meta.json"
    try:
        meta = json.loads(meta_path.read_text())
    except FileNotFoundError:
        known = ", ".join(c.name for c in list_contexts(env)) or ConnectionErrors.tr("none")
        message = ConnectionErrors.tr("Docker context “{0}” ({1}) does not exist. Known contexts: {2}. List "
                                      "them with `docker context ls`.")
        raise EngineError(message.format(name, source, known)) from None
    except (OSError, ValueError) as exc:
        raise EngineError(ConnectionErrors.tr("Docker context “{0}” cannot be read: {1}").format(
            name, exc)) from exc
    endpoint = (meta.get("Endpoints") or {}).get("docker") or {}
    host = endpoint.get("Host")
    if not host:
        raise EngineError(ConnectionErrors.tr("Docker context “{0}” has no Docker endpoint.").format(name))
    tls_dir = config / "contexts" / "tls" / digest / "docker"
    tls = None
    if tls_dir.is_dir():
        files = {f: tls_dir / f for f in ("ca.pem", "cert.pem", "key.pem")}
        if any(p.exists() for p in files.values()):
            tls = TLSSettings(
                ca_cert=str(files["ca.pem"]) if files["ca.pem"].exists() else None,
                client_cert=str(files["cert.pem"]) if files["cert.pem"].exists() else None,
                client_key=str(files["key.pem"]) if files["key.pem"].exists() else None,
                verify=not endpoint.get("SkipTLSVerify", False),
            )
    return ConnectionSpec(host, source, tls, context=name)


@dataclass(frozen=True)
class ContextInfo:
    name: str
    host: str
    description: str = ""


def list_contexts(env: Mapping[str, str] | None = None) -> list[ContextInfo]:
    """Every context in the Docker CLI's configuration (the implicit ``default`` is not listed)."""
    env = os.environ if env is None else env
    meta_root = docker_config_dir(env) / "contexts" / "meta"
    found = []
    if meta_root.is_dir():
        for meta_path in sorted(meta_root.glob("*/meta.json")):
            try:
                meta = json.loads(meta_path.read_text())
            except (OSError, ValueError):
                continue
            host = ((meta.get("Endpoints") or {}).get("docker") or {}).get("Host", "")
            found.append(ContextInfo(meta.get("Name", "?"), host,
                                     (meta.get("Metadata") or {}).get("Description", "")))
    return sorted(found, key=lambda c: c.name)


def podman_sockets(env: Mapping[str, str]) -> list[str]:
    sockets = []
    runtime = env.get("XDG_RUNTIME_DIR")
    if runtime:
        sockets.append(f"unix://{runtime}/podman/podman.sock")
    sockets.append(ROOTFUL_PODMAN_SOCKET)
    return sockets


def resolve(host: str | None = None, context: str | None = None,
            env: Mapping[str, str] | None = None) -> list[ConnectionSpec]:
    """The engines to try, in order. Raises :class:`EngineError` for a bad explicit choice."""
    env = os.environ if env is None else env
    if host and context:
        raise EngineError(ConnectionErrors.tr("Give either --host or --context, not both."))
    if host:
        return [ConnectionSpec(normalize_host(host), "--host", _tls_from_env(env), note=tls_note(env))]
    if context:
        return [context_spec(context, env, "--context")]
    if env.get("DOCKER_HOST"):
        return [ConnectionSpec(normalize_host(env["DOCKER_HOST"]), "DOCKER_HOST", _tls_from_env(env),
                               note=tls_note(env))]
    if env.get("DOCKER_CONTEXT"):
        return [context_spec(env["DOCKER_CONTEXT"], env, "DOCKER_CONTEXT")]
    current = _current_context(env)
    if current and current != "default":
        return [context_spec(current, env, "currentContext in config.json")]
    specs = [ConnectionSpec(DEFAULT_SOCKET, ConnectionErrors.tr("default Docker socket"))]
    specs += [ConnectionSpec(s, ConnectionErrors.tr("Podman socket")) for s in podman_sockets(env)]
    return specs


def _current_context(env: Mapping[str, str]) -> str | None:
    path = docker_config_dir(env) / "config.json"
    try:
        return json.loads(path.read_text()).get("currentContext") or None
    except (OSError, ValueError):
        return None


def normalize_host(host: str) -> str:
    """Accept the forms people type: a bare socket path, ``host:port``, or a full URL."""
    host = host.strip()
    if host.startswith("/"):
        return f"unix://{host}"
    if "://" not in host:
        return f"tcp://{host}"
    return host


def open_client(spec: ConnectionSpec, timeout: float = 60):
    """A low-level ``docker.APIClient`` for ``spec``; makes one blocking ``/version`` call,
    whose reply is kept as ``api.server_version``."""
    api = new_client(spec, timeout)
    try:
        server = api.version(api_version=False)
        api.server_version = server  # kept so callers need not ask the engine a second time
        raw_api.use_api_version(api, _negotiate(server.get("ApiVersion", "")))
        return api
    except Exception as exc:  # the SDK raises many kinds here; all mean "did not answer"
        api.close()
        message = connection_failure_message(spec.host, exc)
        raise EngineError(f"{message} {spec.note}" if spec.note else message,
                          detail=f"{type(exc).__name__}: {exc}") from exc


def new_client(spec: ConnectionSpec, timeout: float = 60, api_version: str = ""):
    """A low-level ``docker.APIClient`` for ``spec`` that has asked nothing yet, speaking
    ``api_version`` (the engine's, as learnt before; capped at the SDK's own): for a cheap
    request such as ``/_ping`` where a ``/version`` call first would be waste."""
    # lazy: the docker SDK (about 0.2 s to import) is not loaded at start-up
    import docker.tls

    tls = None
    if spec.tls is not None:
        client_cert = None
        if spec.tls.client_cert and spec.tls.client_key:
            client_cert = (spec.tls.client_cert, spec.tls.client_key)
        try:
            tls = docker.tls.TLSConfig(
                client_cert=client_cert,
                ca_cert=spec.tls.ca_cert if spec.tls.verify else None,
                verify=spec.tls.ca_cert if spec.tls.verify and spec.tls.ca_cert else spec.tls.verify,
            )
        except Exception as exc:  # missing or unreadable files: say which, connect to nothing
            message = ConnectionErrors.tr("Cannot use TLS for {0}: {1}").format(spec.host, exc)
            raise EngineError(f"{message} {spec.note}".strip(),
                              detail=f"{type(exc).__name__}: {exc}") from exc
    base_url = spec.host
    if tls is not None and base_url.startswith("tcp://"):
        base_url = "https://" + base_url[len("tcp://"):]
    try:
        api = _new_client(spec, base_url, tls, timeout)
        if api_version:
            raw_api.use_api_version(api, _negotiate(api_version))
        return api
    except Exception as exc:  # the SDK raises many kinds here; all mean "did not answer"
        message = connection_failure_message(spec.host, exc)
        raise EngineError(f"{message} {spec.note}" if spec.note else message,
                          detail=f"{type(exc).__name__}: {exc}") from exc


def _new_client(spec: ConnectionSpec, base_url: str, tls, timeout: float):
    """The SDK's low-level client, without any request yet (ssh:// authenticates)."""
    import docker
    import docker.constants

    if base_url.startswith("unix://"):
        _close_failed_unix_sockets()
        _preflight_unix(base_url[len("unix://"):], timeout)
    elif base_url.startswith("ssh://"):
        _preflight_ssh(base_url, timeout)
    # Not version="auto": its failed probe inside the constructor would leak the session.
    api = docker.APIClient(base_url=base_url, tls=tls or False, timeout=timeout,
                           version=docker.constants.DEFAULT_DOCKER_API_VERSION)
    raw_api.track_connections(api, abort.opened)  # an owner thread's abort can end its calls
    if spec.tls is not None and spec.tls.verify and spec.tls.ca_cert:
        # requests lets REQUESTS_CA_BUNDLE / CURL_CA_BUNDLE override the session's CA, which
        # would verify the engine against the system CAs instead of the one the person gave.
        api.trust_env = False
    return api


def _close_failed_unix_sockets() -> None:
    """docker SDK 7.x leaks the socket when a unix connect fails (e.g. the engine is restarting):
    close it. Same behaviour otherwise; applied once."""
    from docker.transport import unixconn  # lazy: the docker SDK is not loaded at start-up

    if getattr(unixconn.UnixHTTPConnection.connect, "_volgui_closes_on_failure", False):
        return

    def connect(self) -> None:
        self.sock = connect_unix(self.unix_socket, self.timeout)

    connect._volgui_closes_on_failure = True
    unixconn.UnixHTTPConnection.connect = connect


def connect_unix(path: str, timeout: float | None,
                 kind: type[socket.socket] = socket.socket) -> socket.socket:
    """A socket of ``kind`` connected to unix socket ``path``; closed again when that fails."""
    sock = kind(socket.AF_UNIX, socket.SOCK_STREAM)
    sock.settimeout(timeout)
    try:
        sock.connect(path)
    except BaseException:
        sock.close()
        raise
    return sock


def _preflight_unix(path: str, timeout: float) -> None:
    """Connect once ourselves: the SDK leaks its socket when a unix connect fails."""
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
        sock.settimeout(min(timeout, 10))
        sock.connect(path)


def _preflight_ssh(url: str, timeout: float) -> None:
    """Authenticate once ourselves, as the SDK will: a failure inside the SDK's constructor
    leaves paramiko's transport thread running with nothing to close it."""
    parsed = urllib.parse.urlparse(url)
    client = ssh_params.verifying_client()
    try:
        client.connect(**ssh_params.connect_params(parsed.hostname, parsed.port, parsed.username, timeout))
    finally:
        client.close()


def _negotiate(server_api: str) -> str:
    """The API version both sides speak: the server's, capped at what the SDK knows."""
    # lazy: the docker SDK is not loaded at start-up
    import docker.constants
    from docker.utils import version_lt

    ours = docker.constants.DEFAULT_DOCKER_API_VERSION
    if not server_api:
        return ours
    return server_api if version_lt(server_api, ours) else ours
