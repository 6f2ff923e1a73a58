"""Errors of local files are not reported as an unreachable engine."""

import errno

from volgui.engine.errors import from_docker


def test_a_local_permission_error_names_the_file_not_the_docker_group():
    exc = PermissionError(errno.EACCES, "Permission denied", "/srv/backups/.volgui-download-x")
    err = from_docker(exc, host="unix:///var/run/docker.sock")
    assert "/srv/backups/.volgui-download-x" in err.message
    assert "Permission denied" in err.message
    assert "docker group" not in err.message and "not reachable" not in err.message


def test_a_full_disk_is_a_disk_problem():
    err = from_docker(OSError(errno.ENOSPC, "No space left on device"), host="unix:///x.sock")
    assert "No space left on device" in err.message and "not reachable" not in err.message


def test_socket_errors_still_explain_the_connection():
    refused = from_docker(ConnectionRefusedError(errno.ECONNREFUSED, "Connection refused"), host="tcp://h:2375")
    assert "connection refused" in refused.message and "tcp://h:2375" in refused.message
    denied = from_docker(PermissionError(errno.EACCES, "Permission denied"), host="unix:///var/run/docker.sock")
    assert "docker group" in denied.message
