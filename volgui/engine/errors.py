"""One exception type for everything that goes wrong talking to an engine.

The message is written for a person ("what happened — what to do"), in the person's language
(``ErrorText``, translated through ``volgui.engine.i18n``); ``detail`` keeps the engine's own
words, untranslated, for the activity log and bug reports. Where the engine's answer is
understood (not found, in use, a name taken, not reachable) the message is a whole sentence of
ours; otherwise it carries the engine's words after ours, since they are all there is to say.
"""

from __future__ import annotations

import errno
import re

from volgui.engine.i18n import QT_TRANSLATE_NOOP, Context

ErrorText = Context("ErrorText")


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

    def __init__(self, message: str = "") -> None:
        super().__init__(message or ErrorText.tr("Cancelled."))


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
        return ErrorText.tr("Docker engine not reachable at {0}: permission denied — is your user in the "
                            "docker group? (log out and in again after adding it)").format(host)
    if isinstance(root, FileNotFoundError) or getattr(root, "errno", None) == errno.ENOENT \
            or "no such file" in low:
        return ErrorText.tr("Docker engine not reachable at {0}: the socket does not exist — is the engine "
                            "running?").format(host)
    if isinstance(root, ConnectionRefusedError) or "connection refused" in low:
        return ErrorText.tr("Docker engine not reachable at {0}: connection refused — is the engine "
                            "running?").format(host)
    if "not found in known_hosts" in low:
        return ErrorText.tr("Docker engine at {0}: the server's SSH host key is not known — connect once "
                            "with `ssh {1}` to check and accept it, then retry.").format(host,
                                                                                   host.removeprefix("ssh://"))
    if "certificate verify failed" in low or "unknown ca" in low or "self-signed certificate" in low:
        return ErrorText.tr("Docker engine at {0}: its TLS certificate is not signed by the CA you gave "
                            "(certificate verify failed) — check the CA certificate, or whether this is the "
                            "right engine.").format(host)
    if "timed out" in low or "timeout" in low:
        return ErrorText.tr("Docker engine at {0} did not answer in time — it may be overloaded or "
                            "hung.").format(host)
    if "certificate" in low or "ssl" in low or "tls" in low:
        return ErrorText.tr("Docker engine at {0}: the TLS handshake failed — check the CA, client "
                            "certificate and key ({1})").format(host, _short(str(root) or text))
    if "authentication" in low or ("auth" in low and "ssh" in host):
        return ErrorText.tr("Docker engine at {0}: SSH authentication failed — check your key and "
                            "agent.").format(host)
    return ErrorText.tr("Docker engine not reachable at {0}: {1}").format(host, _short(str(root) or text))


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

    detail = f"{action}: {exc}" if action else str(exc)
    if isinstance(exc, docker.errors.APIError):
        explanation = getattr(exc, "explanation", None) or str(exc)
        status = 404 if isinstance(exc, docker.errors.NotFound) else exc.status_code
        words = _engine_words(explanation)
        message = understood(status, words) or _failed(action, words)
        return EngineError(message, detail=detail, status=status, command=command)
    if isinstance(exc, OSError) and (exc.filename is not None or exc.errno in _DISK_ERRNOS):
        # a local file or disk (a backup folder, a download target), not the engine's socket
        return EngineError(_failed(action, local_file_message(exc)), detail=f"{type(exc).__name__}: {exc}",
                           command=command)
    if isinstance(exc, docker.errors.DockerException | requests.exceptions.RequestException | OSError):
        return EngineError(connection_failure_message(host or ErrorText.tr("the engine"), exc),
                           detail=f"{type(exc).__name__}: {exc}", command=command)
    return EngineError(_failed(action, _short(str(exc)) or type(exc).__name__),
                       detail=f"{type(exc).__name__}: {exc}", command=command)


def _failed(action: str, words: str) -> str:
    return ErrorText.tr("{0} failed: {1}").format(action, words) if action else words


# what the engine names in "No such container: web" / "get data: no such volume"
KINDS = {"container": QT_TRANSLATE_NOOP("ErrorText", "container"),
         "volume": QT_TRANSLATE_NOOP("ErrorText", "volume"),
         "image": QT_TRANSLATE_NOOP("ErrorText", "image"),
         "network": QT_TRANSLATE_NOOP("ErrorText", "network"),
         "service": QT_TRANSLATE_NOOP("ErrorText", "service"),
         "node": QT_TRANSLATE_NOOP("ErrorText", "node"),
         "task": QT_TRANSLATE_NOOP("ErrorText", "task"),
         "exec": QT_TRANSLATE_NOOP("ErrorText", "command")}
_NO_SUCH = re.compile(r"no such (\w+)(?: instance)?:\s*(\S{1,200})", re.IGNORECASE)
_NO_SUCH_AFTER = re.compile(r"(?:^|\s)(\S{1,200}): no such (\w+)", re.IGNORECASE)


def understood(status: int | None, words: str) -> str:
    """A sentence of ours for an engine answer we understand (not found, in use, a name taken), else ""."""
    low = words.lower()
    if status == 404:
        kind, name = _named(words)
        if kind in KINDS and name:
            return ErrorText.tr("Not found: {0} “{1}” — it may have been removed in the meantime.").format(
                ErrorText.tr(KINDS[kind]), name)
        return ErrorText.tr("Not found — it may have been removed in the meantime.")
    if status == 409 and "already in use" in low and "name" in low:
        return ErrorText.tr("That name is taken by another container: choose another name, or remove that "
                            "container first.")
    if status == 409 and ("in use" in low or "being used" in low):
        return ErrorText.tr("It is in use: remove or stop the containers that use it first.")
    return ""


def _named(words: str) -> tuple[str, str]:
    m = _NO_SUCH.search(words)
    if m:
        return m.group(1).lower(), m.group(2).strip("\"'“”,.")
    m = _NO_SUCH_AFTER.search(words)
    if m:
        return m.group(2).lower(), m.group(1).strip("\"'“”,.")
    return "", ""


_DISK_ERRNOS = (errno.ENOSPC, errno.EDQUOT, errno.EROFS)


def local_file_message(exc: OSError) -> str:
    """"Cannot use /backups/x.tar: Permission denied" — for errors of files on this computer."""
    what = exc.strerror or str(exc)  # the system's own words (in its language)
    if exc.filename is None:
        return ErrorText.tr("Cannot write to this computer's disk: {0}").format(what)
    name = f"{exc.filename} → {exc.filename2}" if exc.filename2 is not None else f"{exc.filename}"
    return ErrorText.tr("Cannot use {0}: {1}").format(name, what)


def _engine_words(explanation: str | bytes) -> str:
    if isinstance(explanation, bytes):
        explanation = explanation.decode(errors="replace")
    text = _short(str(explanation), 400)
    return text[:1].upper() + text[1:] if text else ErrorText.tr("The engine refused the request.")
