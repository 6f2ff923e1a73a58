"""Bad input everywhere a person types, against the real engine and the real ``docker`` command line.

Each property: an input volgui accepts gives exactly what Docker (the ``docker`` CLI on the same
private engine, fed the same text) gives; an input volgui refuses is refused with a message that
says what is wrong, and the engine is left exactly as it was (containers and volumes snapshotted
before and after). Inputs the engine itself refuses are refused with the engine's words, and
change nothing either.

Fields covered: volume name, driver, labels and driver options (Create volume dialog →
``operations.create_volume``); container name, environment lines, port specs and volume rows
(Run dialog → ``RunSpec``); mount paths (``validate_mount_path``, ``mounts.check_destination`` and
``recreate.plan_add_mount``, the Mount dialog).
"""

from __future__ import annotations

import shlex
import shutil
import subprocess

import pytest
from hypothesis import HealthCheck, assume, event, example, given, settings
from hypothesis import strategies as st
from hypothesis.control import currently_in_test_context

from volgui.engine import EngineError
from volgui.engine.containers.mounts import check_destination
from volgui.engine.containers.recreate.plan import plan_add_mount
from volgui.engine.containers.run_spec import RunSpec, VolumeMount
from volgui.engine.validation import ValidationError, parse_env, parse_ports, validate_mount_path
from volgui.operations.volumes import create_volume

pytestmark = pytest.mark.integration

SETTINGS = settings(max_examples=40, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
DOCKER = shutil.which("docker")


# -- helpers ---------------------------------------------------------------------------------------


@pytest.fixture
def cli(engine_host, tmp_path):
    """Run the real ``docker`` command line against the private engine: (exit code, output)."""
    if DOCKER is None:
        pytest.fail("the docker command line is needed (./scripts/test installs docker.io)")

    def run(*args: str, input_file: tuple[str, str] | None = None) -> tuple[int, str]:
        argv = [DOCKER, "-H", engine_host, *args]
        if input_file is not None:
            name, text = input_file
            path = tmp_path / name
            path.write_text(text, encoding="utf-8", errors="surrogateescape")
            argv = [str(path) if a == f"@{name}" else a for a in argv]
        done = subprocess.run(argv, capture_output=True, text=True, timeout=120,
                              env={"HOME": str(tmp_path), "PATH": "/usr/bin:/bin"})
        return done.returncode, (done.stdout + done.stderr).strip()

    return run


def engine_state(api) -> tuple:
    """Every container (id, name, state, mounts) and volume (name, labels, options) on the engine."""
    containers = sorted((c["Id"], tuple(c.get("Names") or ()), c["State"],
                         tuple(sorted((m.get("Name") or m.get("Source", ""), m["Destination"])
                                      for m in c.get("Mounts") or [])))
                        for c in api.containers(all=True))
    volumes = sorted((v["Name"], tuple(sorted((v.get("Labels") or {}).items())),
                      tuple(sorted((v.get("Options") or {}).items())))
                     for v in api.volumes().get("Volumes") or [])
    return tuple(containers), tuple(volumes)


def assert_clear(exc: EngineError, *words: str) -> None:
    """A refusal a person can act on: a sentence that names what is wrong."""
    if currently_in_test_context():
        event(f"refused by {'volgui' if isinstance(exc, ValidationError) else 'the engine'}")
    assert exc.message and exc.message.strip() == exc.message
    assert len(exc.message) > 15, exc.message
    for word in words:
        assert word in exc.message, (word, exc.message)


def lines(alphabet: str, max_lines: int = 3, max_size: int = 6):
    return st.lists(st.text(alphabet=alphabet, max_size=max_size), max_size=max_lines).map("\n".join)


# -- volumes: name, driver, labels, options ----------------------------------------------------------

GOOD_NAME = st.text(alphabet="ab9_.-", min_size=0, max_size=5).map("vgtest-".__add__)
VOLUME_NAMES = st.one_of(GOOD_NAME, GOOD_NAME,
                         st.text(alphabet="ab9_.-/ :é\n", min_size=0, max_size=5).map("vgtest-".__add__),
                         st.text(alphabet="a._-/ é", min_size=0, max_size=4))
GOOD_LABEL = st.builds("{}={}".format, st.text(alphabet="ab.-_9", min_size=1, max_size=4),
                       st.text(alphabet="ab =#\té\\\"'$", max_size=5))
LABEL_LINES = st.one_of(st.lists(GOOD_LABEL, max_size=3, unique_by=lambda s: s.split("=")[0]).map("\n".join),
                        st.lists(GOOD_LABEL, max_size=3, unique_by=lambda s: s.split("=")[0]).map("\n".join),
                        lines("ab=.# \t\ré"))
DRIVERS = st.sampled_from(["local", "local", "", " local ", "my driver", "loc\tal"])
OPTION_LINES = st.lists(st.sampled_from(["type=tmpfs", "device=tmpfs", "o=size=1m", "o=", "type", "x=1",
                                         "=tmpfs", " type=tmpfs", "ty pe=x", "# type=none", ""]),
                        max_size=3).map("\n".join)


def volume_view(api, name: str) -> dict:
    v = api.inspect_volume(name)
    return {k: v.get(k) for k in ("Name", "Driver", "Labels", "Options", "Scope")}


@SETTINGS
@given(name=VOLUME_NAMES, labels=LABEL_LINES, options=OPTION_LINES, driver=DRIVERS)
def test_create_volume_accepts_as_docker_does_or_refuses_changing_nothing(engine, docker_api, cli, name,
                                                                         labels, options, driver):
    before = engine_state(docker_api)
    try:
        volume = create_volume(engine, name, driver, labels, options)
    except ValidationError as exc:  # refused by volgui before anything was sent
        assert_clear(exc)
        if exc.line is not None:
            assert f"Line {exc.line}" in exc.message
        assert engine_state(docker_api) == before
        if exc.field == "name" and name:  # the engine refuses that name too ("" = a generated name)
            code, out = cli("volume", "create", "--label", "volgui.test=1", name)
            assert code != 0, out
        return
    except EngineError as exc:  # refused by the engine (e.g. an option the driver does not know)
        assert_clear(exc)
        assert engine_state(docker_api) == before
        return
    event("accepted")
    assert volume.name == name
    ours = volume_view(docker_api, name)
    docker_api.remove_volume(name)
    # the command volgui shows, run by the real docker CLI, makes the very same volume
    from volgui.engine.present.commands import create_volume as command
    from volgui.engine.validation import parse_labels

    line = command(name, volume.driver, parse_labels(labels), parse_labels(options, what="option"))
    code, out = cli(*shlex.split(line)[1:])
    assert code == 0, (line, out)
    try:
        assert volume_view(docker_api, name) == ours, line
    finally:
        docker_api.remove_volume(name)


def test_create_volume_refusals_name_the_problem(engine, docker_api):
    before = engine_state(docker_api)
    cases = [
        (("vgtest-a b", "", ""), ("remove: space",)),
        (("vgtest-ok", "=x", ""), ("Line 1", "needs a name")),
        (("vgtest-ok", "a=1\na b=2", ""), ("Line 2", "contains spaces")),
        (("vgtest-ok", "", "type=tmpfs\ntype=none"), ("Line 2", "given twice")),
        (("vgtest-ok", "", "colour=blue"), ("colour",)),  # the engine's words
    ]
    for (name, labels, options), words in cases:
        with pytest.raises(EngineError) as info:
            create_volume(engine, name, "local", labels, options)
        assert_clear(info.value, *words)
    # (an unknown driver is refused by the engine too, but only after ~15 s of plugin look-up)
    for driver, words in (("my driver", ("driver name", "no spaces")), ("lo\tcal", ("driver name",))):
        with pytest.raises(EngineError) as info:
            create_volume(engine, "vgtest-ok", driver, "", "")
        assert_clear(info.value, *words)
    assert engine_state(docker_api) == before


# -- container: name, environment lines, port specs, volume rows ------------------------------------

GOOD_ENV = st.builds("{}={}".format, st.text(alphabet="AB_9", min_size=1, max_size=4),
                     st.text(alphabet="ab =#\t\"'$é\\", max_size=5))
ENV_LINES = st.one_of(st.lists(GOOD_ENV, max_size=3, unique_by=lambda s: s.split("=")[0]).map("\n".join),
                      st.lists(st.one_of(GOOD_ENV, st.sampled_from(["# c", "", "  X=1", "\tY=2 ", "Z=a=b"])),
                               max_size=3, unique_by=lambda s: s.strip().split("=")[0]).map("\n".join),
                      lines("AB_= \t#x\ré", max_lines=3, max_size=5))


def container_view(api, cid: str) -> dict:
    c = api.inspect_container(cid)
    return {"Env": sorted(c["Config"].get("Env") or []),
            "ExposedPorts": c["Config"].get("ExposedPorts") or {},
            "PortBindings": {k: sorted((b.get("HostIp", ""), b.get("HostPort", "")) for b in v or [])
                             for k, v in (c["HostConfig"].get("PortBindings") or {}).items()},
            "Binds": c["HostConfig"].get("Binds") or [],
            "Mounts": sorted((m.get("Type"), m.get("Name"), m["Destination"], m["RW"])
                             for m in c.get("Mounts") or [])}


def create_with_spec(api, spec: RunSpec) -> str:
    """What ``run_container`` sends to create (without starting)."""
    return api.create_container_from_config(spec.body(), spec.name or None)["Id"]


def cli_create(cli, test_image: str, *flags: str, input_file=None) -> tuple[str | None, str]:
    code, out = cli("create", "--label", "volgui.test=1", *flags, test_image, "true", input_file=input_file)
    return (out.splitlines()[-1] if code == 0 else None), out


def base_env(api, test_image: str) -> list[str]:
    return list(api.inspect_image(test_image)["Config"].get("Env") or [])


@SETTINGS
@given(text=ENV_LINES)
def test_environment_lines_accepted_as_the_env_file_gives_them(docker_api, cli, test_image, text):
    before = engine_state(docker_api)
    assume("\r" not in text.replace("\r\n", ""))  # a lone CR is a line ending to nobody
    try:
        env = parse_env(text)
    except ValidationError as exc:
        assert_clear(exc, f"Line {exc.line}")
        assert engine_state(docker_api) == before
        return
    event("accepted")
    spec = RunSpec(image=test_image, env=tuple(env), labels=(("volgui.test", "1"),))
    assert spec.problems() == []
    ours = container_view(docker_api, create_with_spec(docker_api, spec))
    theirs_id, out = cli_create(cli, test_image, "--env-file", "@env", input_file=("env", text))
    assert theirs_id is not None, out
    assert container_view(docker_api, theirs_id)["Env"] == ours["Env"], text


PORT_SPECS = st.one_of(
    st.builds("".join, st.tuples(
        st.sampled_from(["", "", "127.0.0.1:", "[::1]:", "::1:", "0.0.0.0:"]),
        st.sampled_from(["", "", "8080:", ":", "8000-8001:", "09:"]),
        st.sampled_from(["80", "80-81", "65535", "080", "1"]),
        st.sampled_from(["", "", "/tcp", "/UDP", "/sctp", "/"]))),
    st.builds("".join, st.tuples(
        st.sampled_from(["", "127.0.0.1:", "[::1]:", "::1:", "0.0.0.0:", "1.2.3:", "localhost:"]),
        st.sampled_from(["", "8080:", ":", "8000-8001:", "0:", "65536:", "x:", "09:"]),
        st.sampled_from(["80", "0", "80-81", "81-80", "65535", "", "a", "080"]),
        st.sampled_from(["", "/tcp", "/UDP", "/sctp", "/icmp", "/"]))),
    st.text(alphabet="0189:-/.[]tcpu", min_size=1, max_size=8))


@SETTINGS
@given(spec_text=PORT_SPECS)
def test_port_specs_accepted_as_docker_run_p_gives_them(docker_api, cli, test_image, spec_text):
    before = engine_state(docker_api)
    try:
        ports = parse_ports(spec_text)
    except ValidationError as exc:
        assert_clear(exc)
        assert spec_text.strip() in exc.message or "Give a port" in exc.message
        assert engine_state(docker_api) == before
        return
    event("accepted")
    spec = RunSpec(image=test_image, ports=tuple(ports), labels=(("volgui.test", "1"),))
    assert spec.problems() == []
    ours = container_view(docker_api, create_with_spec(docker_api, spec))
    theirs_id, out = cli_create(cli, test_image, "-p", spec_text)
    assert theirs_id is not None, (spec_text, out)
    theirs = container_view(docker_api, theirs_id)
    assert (ours["ExposedPorts"], ours["PortBindings"]) == (theirs["ExposedPorts"], theirs["PortBindings"]), \
        spec_text


SEGMENTS = st.sampled_from(["data", "a b", "x.y", "é", "-", "...", "x:ro", "\t", "..", ".", "", "proc", "sys",
                            "dev", " "])
MOUNT_PATHS = st.one_of(
    st.lists(st.sampled_from(["data", "a b", "x.y", "é", "-", "...", "srv", "dev", "."]), min_size=1,
             max_size=3).map(lambda parts: "/" + "/".join(parts)),
    st.builds(lambda lead, parts, tail: lead + "/".join(parts) + tail, st.sampled_from(["/", "//", "", " /"]),
              st.lists(SEGMENTS, min_size=1, max_size=3), st.sampled_from(["", "/", " ", "//"])),
    st.text(alphabet="/ad.: \n", min_size=0, max_size=6))


@SETTINGS
@given(path=MOUNT_PATHS)
@example(path="//")
@example(path="//proc")
@example(path="//data")
@example(path="/data/./x/")
@example(path="/a/../b")
@example(path="/dev/shm2")
@example(path=" /x")
def test_volume_rows_of_the_run_dialog(docker_api, cli, test_image, path):
    """``-v vgtest-rowvol:PATH``: volgui accepts a path only where docker does, with the same mount."""
    docker_api.create_volume("vgtest-rowvol")
    before = engine_state(docker_api)
    spec = RunSpec(image=test_image, volumes=(VolumeMount("vgtest-rowvol", path),),
                   labels=(("volgui.test", "1"),))
    problems = spec.problems()
    if problems:
        event("refused by volgui")
        assert all(p.strip() for p in problems)
        assert engine_state(docker_api) == before
        return
    event("accepted")
    ours = container_view(docker_api, create_with_spec(docker_api, spec))
    theirs_id, out = cli_create(cli, test_image, "-v", f"vgtest-rowvol:{path}")
    assert theirs_id is not None, (path, out)
    assert container_view(docker_api, theirs_id)["Mounts"] == ours["Mounts"], path


@SETTINGS
@given(path=MOUNT_PATHS)
@example(path="//")
@example(path="//proc")
@example(path="//data")
@example(path="/data/./x/")
@example(path="/a/../b")
@example(path="/dev/shm2")
@example(path=" /x")
def test_mount_path_checks_never_accept_what_docker_refuses(docker_api, cli, test_image, path):
    """``validate_mount_path`` and ``check_destination``: a path they accept, docker mounts there."""
    results = {}
    for name in ("validate_mount_path", "check_destination"):
        try:
            if name == "check_destination":
                problem = check_destination(path)
            else:
                problem = validate_mount_path(path) and None
        except ValidationError as exc:
            problem = exc.message
        if problem is not None:
            assert problem.strip(), name
        results[name] = problem
    if all(problem is not None for problem in results.values()):
        event("refused by volgui")
        return
    event("accepted")
    theirs_id, out = cli_create(cli, test_image, "--mount", f"type=volume,target={path}") \
        if "," not in path and '"' not in path else (None, "")
    if theirs_id is None:
        theirs_id, out = cli_create(cli, test_image, "-v", path)
    assert theirs_id is not None, (path, results, out)
    docker_dest = docker_api.inspect_container(theirs_id)["Mounts"][0]["Destination"]
    if results["validate_mount_path"] is None:
        assert validate_mount_path(path) == docker_dest, path


@pytest.fixture
def target_container(docker_api, test_image):
    docker_api.create_volume("vgtest-planvol")
    docker_api.create_volume("vgtest-existing")
    c = docker_api.create_container(test_image, ["sleep", "3600"], name="vgtest-planned",
                                    host_config=docker_api.create_host_config(
                                        binds=["vgtest-existing:/data"]))
    return c["Id"]


@settings(SETTINGS, max_examples=25)
@given(path=MOUNT_PATHS)
@example(path="//")
@example(path="//proc")
@example(path="//data")
@example(path="/data/./x/")
@example(path="/a/../b")
@example(path="/dev/shm2")
@example(path=" /x")
def test_mount_dialog_plan_refuses_before_touching_anything(engine, docker_api, target_container, path):
    """The Mount dialog's plan: a refused path is refused up front, with a sentence, nothing touched."""
    before = engine_state(docker_api)
    inspect_before = docker_api.inspect_container(target_container)
    plan = plan_add_mount(engine, target_container, "vgtest-planvol", path, write_layer="discard")
    assert engine_state(docker_api) == before
    assert docker_api.inspect_container(target_container) == inspect_before
    if not plan.ok:
        event("refused by volgui")
        assert all(p.strip() for p in plan.problems)
        with pytest.raises(EngineError) as info:
            from volgui.engine.containers.recreate.plan import execute

            execute(engine, plan)
        assert "Cannot change the mounts" in info.value.message
        assert engine_state(docker_api) == before
        return
    # what the plan accepts, the engine takes: the new container has the volume at that path
    event("accepted")
    target = plan.add.target
    assert target != "/data" and target.startswith("/")
    probe = docker_api.create_container_from_config(
        {"Image": inspect_before["Config"]["Image"], "Cmd": ["true"], "Labels": {"volgui.test": "1"},
         "HostConfig": {"Mounts": [plan.add.as_api()], "Binds": ["vgtest-existing:/data"]}}, None)
    mounts = {m["Destination"] for m in docker_api.inspect_container(probe["Id"])["Mounts"]}
    assert target in mounts, (path, mounts)
