"""Several engines at once: one EngineSession each, and a stable "active session" facade.

The window and every feature talk to ``ActiveSession``, which has the API of an
``EngineSession`` and forwards to whichever engine is selected. Each engine keeps its own
request worker and events stream, so switching back to an engine already connected is
instant, and an unreachable engine retries in the background without disturbing the others.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal, Slot

from volgui.engine.connection import resolve
from volgui.engine.error_text import ConnectionErrors
from volgui.engine.errors import EngineError
from volgui.engine.profiles import EngineProfile, ProfileStore, discover, unique_by_endpoint
from volgui.workers.registry import STOP_WAIT_MS
from volgui.workers.requests import Request
from volgui.workers.session import EngineSession, SessionState


class _Forwarder(QObject):
    """Relays one session's signals to the manager, tagged with the engine's key."""

    def __init__(self, manager: EngineManager, key: str, session: EngineSession) -> None:
        super().__init__(manager)
        self.manager, self.key, self.session = manager, key, session
        session.state_changed.connect(self._on_state)
        session.event_received.connect(self._on_event)
        session.resync_needed.connect(self._on_resync)
        session.requests.request_started.connect(self._on_request_started)
        session.requests.request_finished.connect(self._on_request_finished)

    @Slot(object)
    def _on_state(self, state) -> None:
        self.manager.engine_state_changed.emit(self.key, state)
        if self.manager.active_key == self.key:
            self.manager.active.state_changed.emit(state)

    @Slot(object)
    def _on_event(self, event) -> None:
        if self.manager.active_key == self.key:
            self.manager.active.event_received.emit(event)

    @Slot()
    def _on_resync(self) -> None:
        if self.manager.active_key == self.key:
            self.manager.active.resync_needed.emit()

    @Slot(object)
    def _on_request_started(self, request) -> None:
        self.manager.active.requests.request_started.emit(request)

    @Slot(object)
    def _on_request_finished(self, request) -> None:
        self.manager.active.requests.request_finished.emit(request)


class _RequestsFacade(QObject):
    """``active.requests``: the activity log hears requests of every engine."""

    request_started = Signal(object)
    request_finished = Signal(object)

    def __init__(self, active: ActiveSession) -> None:
        super().__init__(active)
        self._active = active

    def submit(self, *args, **kwargs) -> Request:
        return self._active.submit(*args, **kwargs)


class ActiveSession(QObject):
    """Looks like an EngineSession; is whichever engine the person selected."""

    state_changed = Signal(object)
    event_received = Signal(object)
    resync_needed = Signal()

    def __init__(self, manager: EngineManager) -> None:
        super().__init__(manager)
        self._manager = manager
        self.requests = _RequestsFacade(self)

    @property
    def manager(self) -> EngineManager:
        return self._manager

    @property
    def current(self) -> EngineSession | None:
        return self._manager.active_session

    @property
    def state(self) -> SessionState:
        s = self.current
        if s is None:
            return SessionState("disconnected", message=ConnectionErrors.tr("No engine selected."))
        return s.state

    @property
    def spec(self):
        s = self.current
        return s.spec if s is not None else None

    @property
    def profile(self) -> EngineProfile | None:
        return self._manager.active_profile

    @property
    def tried(self):
        s = self.current
        return s.tried if s is not None else []

    def submit(self, fn, *args, **kwargs) -> Request:
        """Goes to the engine active now; its result belongs to that engine."""
        s = self.current
        if s is None:
            raise EngineError(ConnectionErrors.tr("No engine is selected."))
        return s.submit(fn, *args, **kwargs)

    @Slot()
    def start(self) -> None:
        s = self.current
        if s is not None:
            s.start()

    @Slot()
    def retry(self) -> None:
        s = self.current
        if s is not None:
            s.retry()

    def shutdown(self, timeout_ms: int = STOP_WAIT_MS) -> None:
        """End the threads of every engine's session and wait until they have (see
        :meth:`EngineSession.shutdown`; ``timeout_ms`` is a backstop)."""
        self._manager.shutdown(timeout_ms)


class EngineManager(QObject):
    """The engines known to volgui, their sessions, and which one is active."""

    profiles_changed = Signal()
    engine_state_changed = Signal(str, object)  # key, SessionState
    active_changed = Signal(object)  # EngineProfile

    def __init__(self, store: ProfileStore | None = None, host: str | None = None,
                 context: str | None = None, env=None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._env = env
        self._sessions: dict[str, EngineSession] = {}
        self._forwarders: dict[str, _Forwarder] = {}
        self._profiles: list[EngineProfile] = []
        self.load_error = ""
        self.active = ActiveSession(self)
        self.active_key: str | None = None
        self._initial = self._initial_profile(host, context)
        self._held: list[EngineSession] = []  # sessions whose start waits (see hold_starts)
        self._holding = False
        self.reload_profiles()

    def _initial_profile(self, host, context) -> EngineProfile:
        """What the command line / environment asked for: the engine shown first."""
        if host:
            short = host.rstrip("/").rsplit("/", 1)[-1] if host.startswith("unix://") else host.split("://")[-1]
            return EngineProfile("cli:host", f"{short} (--host)", host, "local",
                                 description=ConnectionErrors.tr("from --host"))
        if context:
            return EngineProfile(f"context:{context}", context, "", "context", context=context)
        return EngineProfile("auto", ConnectionErrors.tr("Default engine"), "", "local",
                             description=ConnectionErrors.tr("DOCKER_HOST, the current context, the default "
                                                             "socket or Podman"))

    def reload_profiles(self) -> None:
        found = [self._initial]
        try:
            for p in discover(self._env):
                if p.key not in {f.key for f in found}:
                    found.append(p)
            found = unique_by_endpoint(found, self._env)  # one row per engine
        except Exception as exc:  # a broken Docker config must not stop the app
            self.load_error = ConnectionErrors.tr("Docker contexts could not be read: {0}").format(exc)
        if self._store is not None:
            try:
                found += [p for p in self._store.load() if p.key not in {f.key for f in found}]
            except EngineError as exc:
                self.load_error = exc.message
        self._profiles = found
        self.profiles_changed.emit()

    def profiles(self) -> list[EngineProfile]:
        return list(self._profiles)

    def profile(self, key: str) -> EngineProfile | None:
        return next((p for p in self._profiles if p.key == key), None)

    def add_profile(self, profile: EngineProfile) -> None:
        if self._store is not None:
            self._store.add(profile)
        self.reload_profiles()

    def remove_profile(self, key: str) -> None:
        session = self._sessions.pop(key, None)
        self._forwarders.pop(key, None)
        if session is not None:
            session.shutdown()
        if self._store is not None:
            self._store.remove(key)
        if self.active_key == key:
            self.active_key = None
        self.reload_profiles()

    def session(self, key: str) -> EngineSession:
        """The engine's session, created and started the first time it is needed."""
        if key not in self._sessions:
            profile = self.profile(key)
            if profile is None:
                raise EngineError(ConnectionErrors.tr("Unknown engine {0}.").format(key))
            if profile.key == "auto":
                session = EngineSession(env=self._env, parent=self)
            elif profile.kind == "context":
                session = EngineSession(context=profile.context, env=self._env, parent=self)
            else:
                session = EngineSession(host=profile.host, env=self._env, parent=self)
                if profile.tls is not None:
                    session.use_specs([profile.spec(self._env)])
            self._sessions[key] = session
            self._forwarders[key] = _Forwarder(self, key, session)
            if self._holding:
                self._held.append(session)
            else:
                session.start()
        return self._sessions[key]

    def hold_starts(self) -> None:
        """New sessions wait for ``release_starts`` to connect. At start-up, while the prefetched
        lists fill the views, the session's connect (which loads the docker SDK: about 0.2 s of
        Python in the request thread) would only compete with the GUI thread for the GIL."""
        self._holding = True

    @Slot()
    def release_starts(self) -> None:
        """Start the sessions held back (once; later calls do nothing)."""
        self._holding = False
        held, self._held = self._held, []
        for session in held:
            session.start()

    def state_of(self, key: str) -> SessionState | None:
        s = self._sessions.get(key)
        return s.state if s is not None else None

    @property
    def active_session(self) -> EngineSession | None:
        return self._sessions.get(self.active_key) if self.active_key else None

    @property
    def active_profile(self) -> EngineProfile | None:
        return self.profile(self.active_key) if self.active_key else None

    def activate(self, key: str) -> None:
        """Show this engine. Views reload from it; its connection is kept afterwards."""
        if key == self.active_key and key in self._sessions:
            return
        session = self.session(key)
        self.active_key = key
        self.active_changed.emit(self.profile(key))
        self.active.state_changed.emit(session.state)
        if session.state.connected:
            self.active.resync_needed.emit()

    @property
    def initial_key(self) -> str:
        """The engine the command line or the environment names (``--host``, ``--context``, auto)."""
        return self._initial.key

    def activate_initial(self) -> None:
        self.activate(self._initial.key)

    def shutdown(self, timeout_ms: int = STOP_WAIT_MS) -> None:
        for session in self._sessions.values():
            session.shutdown(timeout_ms)


def resolve_for(profile: EngineProfile, env=None):
    """The connection specs a profile stands for (used by the Add-engine dialog's Test button)."""
    if profile.key == "auto":
        return resolve(env=env)
    return [profile.spec(env)]
