"""How to reach an SSH server as the ``ssh`` command would: ~/.ssh/config, known_hosts only (no Qt).

Shared by SSH engines and SFTP backup folders, so both trust the same host keys and read the same
config: a host key that is not in known_hosts is refused, never accepted on first sight.
"""

from __future__ import annotations

from pathlib import Path


def connect_params(hostname: str, port: int | None, username: str | None, timeout: float) -> dict:
    """Keyword arguments for ``paramiko.SSHClient.connect``, with ~/.ssh/config applied."""
    import paramiko  # lazy: slow to import, and needed only for ssh

    params = {"hostname": hostname, "port": port or 22, "username": username,
              "timeout": min(timeout, 20), "banner_timeout": min(timeout, 20)}
    config_file = Path.home() / ".ssh" / "config"
    if config_file.exists():
        conf = paramiko.SSHConfig.from_path(str(config_file)).lookup(hostname or "")
        params["hostname"] = conf.get("hostname", params["hostname"])
        if port is None and "port" in conf:
            params["port"] = int(conf["port"])
        if username is None and "user" in conf:
            params["username"] = conf["user"]
        if "identityfile" in conf:
            params["key_filename"] = conf["identityfile"]
    return params


def verifying_client():
    """A paramiko client that knows the system's and the person's known hosts and refuses others."""
    import paramiko  # lazy, as above

    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    return client
