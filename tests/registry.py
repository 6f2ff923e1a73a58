"""A private image registry on loopback for pull and push tests (Debian's ``docker-registry``).

It listens on a free ``127.0.0.1`` port with its own config and storage in a temporary folder;
the engine treats 127.0.0.0/8 registries as insecure (plain HTTP) by default, so nothing else
needs configuring. With ``users`` it asks for a password (htpasswd, bcrypt).
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

CONFIG = """version: 0.1
log:
  level: warn
storage:
  filesystem:
    rootdirectory: {storage}
  delete:
    enabled: true
http:
  addr: 127.0.0.1:{port}
{auth}"""
AUTH = """auth:
  htpasswd:
    realm: volgui-test
    path: {path}
"""


class RegistryStartError(RuntimeError):
    pass


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class LoopbackRegistry:
    def __init__(self, users: dict[str, str] | None = None) -> None:
        binary = shutil.which("docker-registry")
        if binary is None:
            raise RegistryStartError("docker-registry is not installed (apt-get install docker-registry)")
        self.base = Path(tempfile.mkdtemp(prefix="volgui-registry-", dir="/tmp"))
        self.port = _free_port()
        auth = ""
        if users:
            import bcrypt

            lines = [f"{u}:{bcrypt.hashpw(p.encode(), bcrypt.gensalt(rounds=5)).decode()}"
                     for u, p in users.items()]
            (self.base / "htpasswd").write_text("\n".join(lines) + "\n")
            auth = AUTH.format(path=self.base / "htpasswd")
        config = self.base / "config.yml"
        config.write_text(CONFIG.format(storage=self.base / "storage", port=self.port, auth=auth))
        self.log = open(self.base / "registry.log", "ab")
        self.proc = subprocess.Popen([binary, "serve", str(config)], stdout=self.log,
                                     stderr=subprocess.STDOUT, start_new_session=True)
        self._wait(users is not None)

    @property
    def host(self) -> str:
        return f"127.0.0.1:{self.port}"

    def _wait(self, auth: bool, timeout: float = 30.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RegistryStartError(f"docker-registry exited: {self.log_tail()}")
            try:
                urllib.request.urlopen(f"http://{self.host}/v2/", timeout=2).close()
                return
            except urllib.error.HTTPError as exc:
                if auth and exc.code == 401:
                    return
            except OSError:
                pass
            time.sleep(0.05)
        self.stop()
        raise RegistryStartError(f"docker-registry did not answer within {timeout:.0f}s: {self.log_tail()}")

    def log_tail(self) -> str:
        return (self.base / "registry.log").read_text(errors="replace")[-2000:]

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(10)
        self.log.close()
        shutil.rmtree(self.base, ignore_errors=True)


def random_layer_tar(size: int, name: str = "payload.bin") -> bytes:
    """A one-file root filesystem of ``size`` random bytes (gzip cannot shrink it: pulls take a while)."""
    import io
    import os
    import tarfile

    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as tar:
        info = tarfile.TarInfo(name)
        info.size = size
        tar.addfile(info, io.BytesIO(os.urandom(size)))
    return buf.getvalue()


def remove_images(api, prefixes: tuple[str, ...]) -> None:
    """Remove every image with a tag starting with one of ``prefixes`` (test leftovers)."""
    for image in api.images():
        tags = [t for t in image.get("RepoTags") or [] if t.startswith(prefixes)]
        for tag in tags:
            try:
                api.remove_image(tag, force=True)
            except Exception:
                pass
