"""A backups folder on an SSH server, reached over SFTP with paramiko (no Qt).

``sftp://user@host:port/path/to/folder`` names it. The server's host key must already be in
known_hosts, as for SSH engines (``ssh_params``): an unknown or changed key is refused with a
sentence saying how to check it. Authentication is by key (agent, ~/.ssh/config, default keys)
and, when a password is given, by password; the password itself lives only in the desktop
keyring (``keyring_store``) or in memory for one run.

Files are written to ``NAME.part`` and renamed when complete, so a cancelled or broken upload
never leaves a file that looks like a finished backup.
"""

from __future__ import annotations

import hashlib
import posixpath
import re
import shlex
import stat as statmod
import urllib.parse
from dataclasses import dataclass

from volgui.engine import ssh_params
from volgui.engine.cancel import CancelToken
from volgui.engine.errors import Cancelled, EngineError
from volgui.engine.volumes.error_text import VolumeErrors
from volgui.engine.volumes.streaming import Meter

CHUNK = 256 * 1024
PART = ".part"
MAX_LISTING = 20_000  # names read from one remote folder
_HOST = re.compile(r"^[A-Za-z0-9._-]{1,253}$|^\[[0-9A-Fa-f:.]{2,45}\]$")
_USER = re.compile(r"^[A-Za-z0-9._][A-Za-z0-9._-]{0,63}$")
_NAME = re.compile(r"^[^/\x00]{1,255}$")


class PasswordNeeded(EngineError):  # noqa: N818 - reads as the fact it reports
    """The server refused every key: ask the person for a password."""


def is_remote(folder: str) -> bool:
    return isinstance(folder, str) and folder.lower().startswith("sftp://")


@dataclass(frozen=True)
class SftpTarget:
    user: str
    host: str
    port: int
    path: str

    @classmethod
    def parse(cls, url: str) -> SftpTarget:
        """The target named by ``url``; EngineError with what is wrong otherwise."""
        if not isinstance(url, str) or len(url) > 2000 or any(c in url for c in "\x00\r\n"):
            raise EngineError(VolumeErrors.tr("An SFTP folder is written sftp://user@host/path/to/folder."))
        parsed = urllib.parse.urlsplit(url.strip())
        if parsed.scheme.lower() != "sftp" or not parsed.hostname:
            raise EngineError(VolumeErrors.tr("“{0}” is not an SFTP folder: write sftp://user@host/path/to/folder.")
                              .format(url[:200]))
        if parsed.password is not None:
            raise EngineError(VolumeErrors.tr("Do not put the password in the address: volgui asks for it "
                                              "and keeps it in the desktop keyring."))
        if parsed.query or parsed.fragment:
            raise EngineError(VolumeErrors.tr("An SFTP folder's address has no “?” or “#” part."))
        try:
            port = parsed.port or 22
        except ValueError:
            raise EngineError(VolumeErrors.tr("The port in “{0}” is not a number from 1 to 65535.")
                              .format(url[:200])) from None
        user = urllib.parse.unquote(parsed.username or "")
        if not user or not _USER.match(user):
            raise EngineError(VolumeErrors.tr("Name the user: sftp://user@host/path (letters, digits, "
                                              "“.”, “_”, “-”)."))
        host = parsed.hostname
        if not _HOST.match(host) and not _HOST.match(f"[{host}]"):
            raise EngineError(VolumeErrors.tr("“{0}” is not a host name or address.").format(host[:100]))
        path = urllib.parse.unquote(parsed.path or "")
        if not path.startswith("/") or "\x00" in path or any(p == ".." for p in path.split("/")):
            raise EngineError(VolumeErrors.tr("Give the folder as an absolute path without “..”: "
                                              "sftp://user@host/srv/backups."))
        return cls(user, host, port, posixpath.normpath(path))

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        port = "" if self.port == 22 else f":{self.port}"
        return f"sftp://{self.user}@{host}{port}{urllib.parse.quote(self.path)}"

    @property
    def account(self) -> str:
        """The keyring's name for this server's password (one per user and server, not per folder)."""
        return f"sftp://{self.user}@{self.host}:{self.port}"

    def ssh_command(self) -> str:
        return f"ssh -p {self.port} {self.user}@{self.host}"

    def command(self) -> str:
        """The ``sftp`` line that opens the same folder (shown as the equivalent command)."""
        return f"sftp -P {self.port} {shlex.quote(f'{self.user}@{self.host}:{self.path}')}"


def _words(target: SftpTarget, exc: BaseException) -> str:
    """What went wrong reaching ``target``, in words a person can act on."""
    import paramiko  # lazy, as everywhere for ssh

    where = f"{target.user}@{target.host}:{target.port}"
    if isinstance(exc, paramiko.BadHostKeyException):
        return VolumeErrors.tr("The SSH host key of {0} has CHANGED since it was saved in known_hosts: "
                               "someone may be pretending to be the server. Check with its administrator; "
                               "volgui sent nothing.").format(target.host)
    text = str(exc)
    if "not found in known_hosts" in text:
        return VolumeErrors.tr("The SSH host key of {0} is not known: connect once with `{1}` to check and "
                               "accept it, then retry.").format(target.host, target.ssh_command())
    if isinstance(exc, paramiko.AuthenticationException):
        return VolumeErrors.tr("{0} refused the login: check the user, key or password.").format(where)
    if isinstance(exc, ConnectionRefusedError):
        return VolumeErrors.tr("{0} refused the connection: is an SSH server running there?").format(where)
    if isinstance(exc, TimeoutError) or "timed out" in text:
        return VolumeErrors.tr("{0} did not answer in time.").format(where)
    return VolumeErrors.tr("{0} cannot be reached: {1}").format(
        where, " ".join(text.split())[:200] or type(exc).__name__)


class SftpFolder:
    """One open SFTP connection to a target's folder. Use as a context manager."""

    def __init__(self, target: SftpTarget | str, password: str | None = None, timeout: float = 20) -> None:
        self.target = SftpTarget.parse(target) if isinstance(target, str) else target
        self._password = password
        self._timeout = timeout
        self._client = None
        self.sftp = None

    def __enter__(self) -> SftpFolder:
        self.open()
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def open(self) -> None:
        import paramiko  # lazy, as above

        t = self.target
        client = ssh_params.verifying_client()
        params = ssh_params.connect_params(t.host, t.port, t.user, self._timeout)
        params["username"] = t.user
        params["port"] = t.port
        if self._password is not None:
            params["password"] = self._password
        try:
            client.connect(**params)
            self.sftp = client.open_sftp()
            self.sftp.get_channel().settimeout(max(self._timeout, 30))
        except paramiko.AuthenticationException as exc:
            client.close()
            if self._password is None:
                raise PasswordNeeded(VolumeErrors.tr("{0} asks for a password.")
                                     .format(f"{t.user}@{t.host}")) from exc
            raise EngineError(_words(t, exc)) from exc
        except Exception as exc:
            client.close()
            raise EngineError(_words(t, exc), detail=repr(exc)) from exc
        self._client = client
        try:
            self.sftp.chdir(t.path)
        except OSError as exc:
            self.close()
            raise EngineError(VolumeErrors.tr("The folder {0} on {1} cannot be opened: {2}").format(
                t.path, t.host, exc.strerror or exc)) from exc

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
        self._client = self.sftp = None

    # -- reading -----------------------------------------------------------------------------
    def names(self) -> list[str]:
        """The plain names in the folder (bounded)."""
        out = []
        for name in self.sftp.listdir():
            if len(out) >= MAX_LISTING:
                break
            if _NAME.match(name):
                out.append(name)
        return sorted(out)

    def lstat(self, name: str):
        return self.sftp.lstat(_checked(name))

    def is_plain_file(self, name: str) -> bool:
        try:
            return statmod.S_ISREG(self.lstat(name).st_mode or 0)
        except OSError:
            return False

    def read_small(self, name: str, limit: int) -> bytes:
        """The whole file when it is at most ``limit`` bytes; EngineError when larger."""
        with self.sftp.open(_checked(name), "rb") as fh:
            data = fh.read(limit + 1)
        if len(data) > limit:
            raise EngineError(VolumeErrors.tr("{0} on {1} is larger than {2} MB.").format(
                name, self.target.host, limit >> 20))
        return data

    def _chunks(self, name: str, cancel: CancelToken | None, size: int | None = None):
        """The file's bytes in chunks, read ahead; Cancelled between chunks."""
        with self.sftp.open(_checked(name), "rb") as fh:
            fh.prefetch(size)
            while chunk := fh.read(CHUNK):
                if cancel is not None and cancel.cancelled:
                    raise Cancelled()
                yield chunk

    def sha256(self, name: str, cancel: CancelToken | None = None) -> str:
        digest = hashlib.sha256()
        for chunk in self._chunks(name, cancel):
            digest.update(chunk)
        return digest.hexdigest()

    def download(self, name: str, local: str, *, cancel=None, progress=None) -> int:
        size = self.lstat(name).st_size or 0
        meter = Meter(progress, size, "download")
        with open(local, "wb") as dst:
            for chunk in self._chunks(name, cancel, size):
                dst.write(chunk)
                meter.add(len(chunk))
        meter.report()
        return meter.done

    # -- writing -----------------------------------------------------------------------------
    def upload(self, local: str, name: str, *, cancel=None, progress=None) -> int:
        """Copy ``local`` to ``name`` through ``name.part``; a cancel removes the part file."""
        import os

        part = _checked(name) + PART
        meter = Meter(progress, os.path.getsize(local), "upload")
        try:
            with open(local, "rb") as src, self.sftp.open(part, "wb") as dst:
                dst.set_pipelined(True)
                while chunk := src.read(CHUNK):
                    if cancel is not None and cancel.cancelled:
                        raise Cancelled()
                    dst.write(chunk)
                    meter.add(len(chunk))
            self.sftp.posix_rename(part, name)
        except BaseException:
            try:
                self.sftp.remove(part)
            except Exception:  # the connection itself may be what failed
                pass
            raise
        meter.report()
        return meter.done

    def write_small(self, name: str, data: bytes) -> None:
        part = _checked(name) + PART
        with self.sftp.open(part, "wb") as fh:
            fh.write(data)
        self.sftp.posix_rename(part, name)

    def remove(self, name: str) -> None:
        self.sftp.remove(_checked(name))


def _checked(name: str) -> str:
    if not isinstance(name, str) or not _NAME.match(name) or name in (".", ".."):
        raise EngineError(VolumeErrors.tr("“{0}” is not a file name in the backups folder.")
                          .format(str(name)[:100]))
    return name
