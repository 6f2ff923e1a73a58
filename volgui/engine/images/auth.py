"""Registry credentials from the Docker CLI's own config (``~/.docker/config.json``, or the
folder ``DOCKER_CONFIG`` names), read afresh for each transfer so a ``docker login`` made
while volgui runs counts. Credential helpers (``credsStore``) work as the docker SDK runs them."""

from __future__ import annotations

from dataclasses import dataclass

from docker import auth
from docker.utils.config import find_config_file

from volgui.engine.containers.error_text import ContainerErrors
from volgui.engine.images.refs import DEFAULT_REGISTRY, registry_of


@dataclass(frozen=True)
class RegistryAuth:
    registry: str
    header: str  # the X-Registry-Auth value (an empty object when there are no credentials)
    username: str = ""
    config_file: str = ""

    def describe(self) -> str:
        """One sentence for the dialog: who the engine signs in as, and from where."""
        if self.username:
            return ContainerErrors.tr("Signed in to {0} as {1} (from {2}).").format(
                self.registry, self.username, self.config_file)
        if self.config_file:
            return ContainerErrors.tr("No credentials for {0} in {1}: anonymous access.").format(
                self.registry, self.config_file)
        return ContainerErrors.tr("No credentials for {0}: anonymous access.").format(self.registry)


def registry_auth(repository: str) -> RegistryAuth:
    registry = registry_of(repository)
    path = find_config_file() or ""
    config = auth.load_config(config_path=path or None)
    found = auth.resolve_authconfig(config, None if registry == DEFAULT_REGISTRY else registry) or {}
    found = {k: v for k, v in dict(found).items() if isinstance(v, str)}
    return RegistryAuth(registry, auth.encode_header(found).decode("ascii"),
                        found.get("username") or found.get("Username") or "", path)
