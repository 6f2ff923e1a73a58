"""A connected engine: one low-level docker client plus what we learned about the engine.

Not thread-safe (neither is the SDK's client): each worker thread opens its own ``Engine``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from volgui.engine.connection import ConnectionSpec, open_client
from volgui.engine.dto.objects import Snapshot, build_snapshot
from volgui.engine.error_text import ConnectionErrors
from volgui.engine.errors import EngineError, from_docker
from volgui.engine.present.i18n import Context

EngineText = Context("EngineText")


@dataclass(frozen=True)
class EngineInfo:
    """What the status bar and About dialog show."""

    host: str
    source: str
    product: str  # "Docker Engine" or "Podman Engine"
    version: str
    api_version: str
    os: str = ""
    arch: str = ""
    warning: str = ""  # an unverified or unencrypted connection, in words (ConnectionSpec)

    @property
    def is_podman(self) -> bool:
        return "podman" in self.product.lower()

    def describe(self) -> str:
        return EngineText.tr("{0} {1} (API {2}) at {3}").format(self.product, self.version, self.api_version,
                                                                self.host)


def engine_info(spec: ConnectionSpec, version: dict) -> EngineInfo:
    product = "Docker Engine"
    for comp in version.get("Components") or []:
        if "podman" in (comp.get("Name") or "").lower():
            product = "Podman Engine"
            break
    return EngineInfo(
        host=spec.host,
        source=spec.source,
        product=product,
        version=str(version.get("Version", "?")),
        api_version=str(version.get("ApiVersion", "?")),
        os=str(version.get("Os", "")),
        arch=str(version.get("Arch", "")),
        warning=spec.security_warning(),
    )


class Engine:
    """The engine layer's entry point: ``Engine.connect(spec)`` then call its methods."""

    def __init__(self, spec: ConnectionSpec, api, info: EngineInfo) -> None:
        self.spec = spec
        self.api = api
        self.info = info

    @classmethod
    def connect(cls, spec: ConnectionSpec, timeout: float = 60) -> Engine:
        api = open_client(spec, timeout)  # its /version reply is on the client already
        return cls(spec, api, engine_info(spec, api.server_version))

    @classmethod
    def connect_first(cls, specs: Iterable[ConnectionSpec], timeout: float = 60) -> Engine:
        """Connect to the first engine that answers; the error lists every one tried."""
        failures = []
        for spec in specs:
            try:
                return cls.connect(spec, timeout)
            except EngineError as exc:
                failures.append((spec, exc))
        if len(failures) == 1:
            raise failures[0][1]
        tried = "\n".join(f"• {s.describe()}: {e.message}" for s, e in failures)
        raise EngineError(EngineText.tr("No Docker engine answered. Tried:\n{0}").format(tried),
                          detail=tried)

    def close(self) -> None:
        try:
            self.api.close()
        except Exception:
            pass

    def call(self, action: str, fn, *args, command: str = "", **kwargs):
        """Run an SDK call, translating failures into :class:`EngineError`."""
        try:
            return fn(*args, **kwargs)
        except EngineError:
            raise
        except Exception as exc:
            raise from_docker(exc, host=self.spec.host, action=action, command=command) from exc

    # -- listing ---------------------------------------------------------------------------
    def snapshot(self) -> Snapshot:
        """Containers, volumes and images in three requests."""
        containers = self.call(ConnectionErrors.tr("Listing containers"), self.api.containers, all=True)
        volumes = self.call(ConnectionErrors.tr("Listing volumes"), self.api.volumes)
        images = self.call(ConnectionErrors.tr("Listing images"), self.api.images)
        return build_snapshot(containers, volumes, images)

    def ping(self) -> bool:
        return bool(self.call(ConnectionErrors.tr("Ping"), self.api.ping))
