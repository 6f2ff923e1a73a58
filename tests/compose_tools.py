"""Running Debian's ``docker-compose`` (v1) against the private engine, for the compose tests.

It talks to the engine named by ``DOCKER_HOST``; nothing is pulled (the services use the local
test image). A missing ``docker-compose`` is a failure, never a skip: scripts/test installs it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest


def compose(engine_host: str, project_dir: Path, project: str, *args: str, files: tuple[str, ...] = (),
            check: bool = True) -> subprocess.CompletedProcess:
    binary = shutil.which("docker-compose")
    if binary is None:
        pytest.fail("docker-compose is not installed (apt-get install docker-compose)")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DOCKER_", "COMPOSE_"))}
    env["DOCKER_HOST"] = engine_host
    command = [binary, "--no-ansi", "-p", project, *(a for f in files for a in ("-f", f)), *args]
    done = subprocess.run(command, cwd=project_dir, env=env, capture_output=True, text=True, timeout=300)
    if check and done.returncode != 0:
        pytest.fail(f"{' '.join(command)} failed ({done.returncode}):\n{done.stdout}\n{done.stderr}")
    return done


def remove_project(api, project: str) -> None:
    """Everything a compose project made on the engine, found by its labels (test clean-up)."""
    label = {"label": f"com.docker.compose.project={project}"}
    for c in api.containers(all=True, filters=label):
        api.remove_container(c["Id"], force=True, v=True)
    for n in api.networks(filters=label):
        api.remove_network(n["Id"])
    for v in api.volumes(filters=label).get("Volumes") or []:
        api.remove_volume(v["Name"], force=True)
