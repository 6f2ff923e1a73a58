"""Shared fixtures: isolated settings, a private Docker engine, leak guards."""

from __future__ import annotations

import os
import sys
import threading
import time
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Never let a test reach the user's own engine through the environment.
for _var in ("DOCKER_HOST", "DOCKER_CONTEXT", "DOCKER_TLS_VERIFY", "DOCKER_CERT_PATH"):
    os.environ.pop(_var, None)

sys.path.insert(0, str(Path(__file__).parent))
from swarm_engine import swarm_api, swarm_engine, swarm_host, swarm_worker  # noqa: E402,F401  (fixtures)

from private_engine import (  # noqa: E402
    TEST_IMAGE,
    TEST_PREFIX,
    EngineStartError,
    PrivateEngine,
    ensure_test_image,
)

DATA_DIR = Path(__file__).parent / "data"

# Generated hostile inputs: the same cases every run, so the suite never fails by chance
# (VOLGUI_HYPOTHESIS=explore searches new ones; a case it finds becomes a fixed test).
from hypothesis import settings as _hypothesis_settings  # noqa: E402

_hypothesis_settings.register_profile("suite", derandomize=True)
_hypothesis_settings.register_profile("explore", derandomize=False)
_hypothesis_settings.load_profile(os.environ.get("VOLGUI_HYPOTHESIS", "suite"))


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path, monkeypatch):
    """Each test gets its own config/data/home so no real settings or Docker config are read."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local/share"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / ".local/state"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(home / "run"))
    monkeypatch.setenv("VOLGUI_CONFIG_DIR", str(tmp_path / "config"))
    yield


@pytest.fixture(autouse=True)
def _no_leaked_threads(request):
    """Fail a test that leaves a thread running (a shutdown joins its workers: none may outlive it)."""
    before = set(threading.enumerate())
    yield
    if request.node.get_closest_marker("allow_thread_leak"):
        return
    deadline = time.monotonic() + 2.0
    leaked = []
    while time.monotonic() < deadline:
        leaked = [t for t in threading.enumerate() if t not in before and t.is_alive()
                  and not t.name.startswith(("paramiko", "Dummy"))]
        if not leaked:
            break
        time.sleep(0.02)
    from volgui.workers.registry import live_threads

    qthreads = live_threads()
    assert not leaked and not qthreads, f"threads leaked: {leaked} {qthreads}"


@pytest.fixture(autouse=True)
def _qt_objects_deleted_in_the_gui_thread():
    """After each test, delete what it closed (deleteLater) and collect its garbage, here in the GUI
    thread: a window left for later would hold live Qt objects that a collection started in another
    thread, or a later quit, would reach half torn down."""
    yield
    if "PySide6.QtCore" not in sys.modules:
        return
    import gc

    from PySide6.QtCore import QCoreApplication, QEvent

    if QCoreApplication.instance() is not None:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        gc.collect()


def pytest_configure(config):
    config.addinivalue_line("markers", "allow_thread_leak: the test manages its own threads")


# ---------------------------------------------------------------------------------------------
# Hostile inputs: every test that feeds crafted input records each distinct case; the summary says
# how many the run tried (docs/security.md).

_HOSTILE = pytest.StashKey[set]()


@pytest.fixture
def hostile(request):
    """``hostile("sgr: 5000-digit parameter")`` records one distinct crafted input this test tried."""
    seen = request.config.stash.setdefault(_HOSTILE, set())
    module = request.node.module.__name__ if request.node.module else request.node.nodeid

    def record(case: str) -> None:
        seen.add((module, case))

    record.seen = seen  # for the counter's own test
    return record


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    seen = config.stash.get(_HOSTILE, set())
    if seen:
        terminalreporter.write_line(f"hostile inputs tried: {len(seen)} distinct cases")


# ---------------------------------------------------------------------------------------------
# The private engine


class _Session:
    engine: PrivateEngine | None = None
    host: str | None = None
    error: str | None = None


_session = _Session()


def _session_engine() -> str:
    if _session.host:
        return _session.host
    if _session.error:
        pytest.fail(_session.error)
    provided = os.environ.get("VOLGUI_TEST_DOCKER_HOST")
    try:
        if provided:
            ensure_test_image(provided)
            _session.host = provided
        else:
            engine = PrivateEngine.create()
            _session.engine = engine
            engine.start()
            engine.ensure_test_image()
            _session.host = engine.host
    except Exception as exc:
        # Integration tests must run: a missing engine is a failure, never a skip.
        _session.error = f"cannot start the private Docker engine: {exc}"
        pytest.fail(_session.error)
    return _session.host


def pytest_sessionfinish(session, exitstatus):
    if _session.engine is not None:
        _session.engine.destroy()


@pytest.fixture
def engine_host() -> str:
    """The URL of the private engine (a ``unix://`` socket in a temporary folder)."""
    return _session_engine()


@pytest.fixture
def test_image() -> str:
    return TEST_IMAGE


@pytest.fixture
def prefix() -> str:
    return TEST_PREFIX


@pytest.fixture
def docker_api(engine_host):
    """A low-level docker client on the private engine; removes ``vgtest-`` objects afterwards."""
    import docker

    api = docker.APIClient(base_url=engine_host, version="auto", timeout=60)
    _cleanup(api)
    yield api
    _cleanup(api)
    api.close()


def _cleanup(api) -> None:
    for c in api.containers(all=True):
        names = [n.lstrip("/") for n in c.get("Names") or []]
        labels = c.get("Labels") or {}
        if any(n.startswith(TEST_PREFIX) for n in names) or "volgui.test" in labels \
                or "volgui.helper" in labels:
            try:
                api.remove_container(c["Id"], force=True, v=True)
            except Exception:
                pass
    for v in api.volumes().get("Volumes") or []:
        if v["Name"].startswith(TEST_PREFIX) or "volgui.test" in (v.get("Labels") or {}):
            try:
                api.remove_volume(v["Name"], force=True)
            except Exception:
                pass
    # anonymous volumes left by test containers
    try:
        api.prune_volumes()
    except Exception:
        pass
    # snapshot images made by re-create tests ("keep the write layer exactly"), images tests made
    for image in api.images():
        if any(t.startswith(("volgui-snapshot", TEST_PREFIX)) for t in image.get("RepoTags") or []):
            try:
                api.remove_image(image["Id"], force=True)
            except Exception:
                pass


@pytest.fixture
def restartable_engine():
    """A second private engine of the test's own, which the test may stop and start."""
    engine = PrivateEngine.create(prefix="volgui-r-")
    try:
        engine.start()
    except EngineStartError as exc:
        engine.destroy()
        pytest.fail(f"cannot start a private Docker engine: {exc}")
    yield engine
    engine.destroy()


@pytest.fixture
def config_dir(tmp_path) -> Path:
    path = tmp_path / "config"
    path.mkdir(exist_ok=True)
    return path


@pytest.fixture
def fake_engine(tmp_path):
    """``fake_engine(answers)``: a fake engine on a unix socket (tests/fake_engine.py), for
    hostile-input tests of the start-up prefetch; stopped after the test."""
    from fake_engine import FakeEngine

    engines = []

    def make(answers: dict) -> FakeEngine:
        engine = FakeEngine(tmp_path / f"fake{len(engines)}.sock", answers)
        engines.append(engine)
        return engine

    yield make
    for engine in engines:
        engine.close()
