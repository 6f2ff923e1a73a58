"""One exception type for everything that goes wrong talking to an engine.

The message is written for a person ("what happened — what to do"); ``detail`` keeps the
engine's own words for the activity log and bug reports.
"""

from __future__ import annotations

import errno


class EngineError(Exception):
    """An engine operation failed; ``message`` is fit to show a person as it is."""

    def __init__(self, message: str, *, detail: str = "", status: int | None = None,
                 command: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.detail = detail
        self.status = status
        self.command = command

    def __str__(self) -> str:
        return self.message

    @property
    def is_connection_error(self) -> bool:
        return self.status is None and bool(self.detail) and "connect" in self.detail.lower()


class Cancelled(EngineError):  # noqa: N818 - reads as the fact it reports
    """The person cancelled the operation; nothing is left half done."""

    def __init__(self, message: str = "Cancelled.") -> None:
        super().__init__(message)


def _root_cause(exc: BaseException) -> BaseException:
    seen = set()
    while exc.__cause__ is not None or exc.__context__ is not None:
        nxt = exc.__cause__ or exc.__context__
        if id(nxt) in seen:
            break
        seen.add(id(nxt))
        exc = nxt
        if isinstance(exc, OSError) and exc.errno is not None:
            break
    return exc


def connection_failure_message(host: str, exc: BaseException) -> str:
    """Explain why ``host`` did not answer, with a hint a person can act on."""
    text = f"{exc}"
    root = _root_cause(exc)
    low = (text + " " + str(root)).lower()
    if isinstance(root, PermissionError) or "permission denied" in low:
        return (f"Docker engine not reachable at {host}: permission denied — "
                "is your user in the docker group? (log out and in again after adding it)")
    if isinstance(root, FileNotFoundError) or getattr(root, "errno", None) == errno.ENOENT \
            or "no such file" in low:
        return f"Docker engine not reachable at {host}: the socket does not exist — is the engine running?"
    if isinstance(root, ConnectionRefusedError) or "connection refused" in low:
        return f"Docker engine not reachable at {host}: connection refused — is the engine running?"
    if "not found in known_hosts" in low:
        return (f"Docker engine at {host}: the server's SSH host key is not known — connect once with "
                f"`ssh {host.removeprefix('ssh://')}` to check and accept it, then retry.")
    if "certificate verify failed" in low or "unknown ca" in low or "self-signed certificate" in low:
        return (f"Docker engine at {host}: its TLS certificate is not signed by the CA you gave "
                "(certificate verify failed) — check the CA certificate, or whether this is the right "
                "engine.")
    if "timed out" in low or "timeout" in low:
        return f"Docker engine at {host} did not answer in time — it may be overloaded or hung."
    if "certificate" in low or "ssl" in low or "tls" in low:
        return (f"Docker engine at {host}: the TLS handshake failed — check the CA, client certificate "
                f"and key ({_short(str(root) or text)})")
    if "authentication" in low or ("auth" in low and "ssh" in host):
        return f"Docker engine at {host}: SSH authentication failed — check your key and agent."
    return f"Docker engine not reachable at {host}: {_short(str(root) or text)}"


def _short(text: str, limit: int = 200) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def from_docker(exc: BaseException, *, host: str = "", action: str = "", command: str = "") -> EngineError:
    """Translate any exception raised by the docker SDK into an :class:`EngineError`."""
    if isinstance(exc, EngineError):
        return exc
    # lazy: the docker SDK and requests are not loaded at start-up
    import docker.errors
    import requests.exceptions

    prefix = f"{action} failed: " if action else ""
    if isinstance(exc, docker.errors.NotFound):
        explanation = getattr(exc, "explanation", None) or str(exc)
        return EngineError(f"{prefix}{_engine_words(explanation)}", detail=str(exc), status=404,
                           command=command)
    if isinstance(exc, docker.errors.APIError):
        explanation = getattr(exc, "explanation", None) or str(exc)
        status = exc.status_code
        words = _engine_words(explanation)
        if status == 409 and "in use" in words.lower():
            words = words + " (remove or stop the containers that use it first)"
        return EngineError(f"{prefix}{words}", detail=str(exc), status=status, command=command)
    if isinstance(exc, OSError) and (exc.filename is not None or exc.errno in _DISK_ERRNOS):
        # a local file or disk (a backup folder, a download target), not the engine's socket
        return EngineError(f"{prefix}{local_file_message(exc)}", detail=f"{type(exc).__name__}: {exc}",
                           command=command)
    if isinstance(exc, docker.errors.DockerException | requests.exceptions.RequestException | OSError):
        return EngineError(connection_failure_message(host or "the engine", exc),
                           detail=f"{type(exc).__name__}: {exc}", command=command)
    return EngineError(f"{prefix}{_short(str(exc)) or type(exc).__name__}",
                       detail=f"{type(exc).__name__}: {exc}", command=command)


_DISK_ERRNOS = (errno.ENOSPC, errno.EDQUOT, errno.EROFS)


def local_file_message(exc: OSError) -> str:
    """"Cannot use /backups/x.tar: Permission denied" — for errors of files on this computer."""
    what = exc.strerror or str(exc)
    if exc.filename is None:
        return f"Cannot write to this computer's disk: {what}"
    name = f"{exc.filename} → {exc.filename2}" if exc.filename2 is not None else f"{exc.filename}"
    return f"Cannot use {name}: {what}"


def _engine_words(explanation: str | bytes) -> str:
    if isinstance(explanation, bytes):
        explanation = explanation.decode(errors="replace")
    text = _short(str(explanation), 400)
    return text[:1].upper() + text[1:] if text else "The engine refused the request."
