"""Display strings: pure functions, no Qt."""

import re
import time
from datetime import UTC, datetime, timedelta

import pytest

from volgui.engine.dto.objects import Container, Mount, Port, Volume, VolumeUse
from volgui.engine.present import display

NOW = datetime(2026, 11, 29, 12, 0, 0, tzinfo=UTC)


def container(**kw) -> Container:
    base = dict(id="a" * 64, name="web", image="nginx", image_id="sha256:1", command="sh",
                created=NOW, state="running", status="Up 2 minutes")
    base.update(kw)
    return Container(**base)


@pytest.mark.parametrize(("value", "text"), [
    (None, "—"), (-1, "—"), (0, "0 B"), (999, "999 B"), (1000, "1.0 kB"), (1234, "1.2 kB"),
    (15_000, "15 kB"), (1_200_000, "1.2 MB"), (999_999_999, "1000 MB"), (15 * 10**9, "15 GB"),
    (3 * 10**18, "3000 PB"),
])
def test_human_size(value, text):
    assert display.human_size(value) == text


@pytest.mark.parametrize(("value", "text"), [
    (1, "1 B"), (1023, "1.0 kB"), (1024, "1.0 kB"), (9_949, "9.9 kB"), (10_000, "10 kB"),
    (999.9, "999 B"), (2.5e6, "2.5 MB"), (-5, "—"), (10**30, "1000000000000000 PB"),
])
def test_human_size_edges(value, text):
    assert display.human_size(value) == text


def test_human_size_unknown_text():
    assert display.human_size(-1, unknown="unknown") == "unknown"
    assert display.human_size(None, unknown="") == ""
    assert display.human_size(0, unknown="unknown") == "0 B"


@pytest.mark.parametrize(("value", "spec", "text"), [
    (999, ".1f", "999 B"), (1000, ".1f", "1.0 kB"), (1500, ".1f", "1.5 kB"), (15_000, ".1f", "15.0 kB"),
    (500_000, ".1f", "500.0 kB"), (3_200_000_000, ".1f", "3.2 GB"), (None, ".1f", "—"),
    (1_984_230, ".3g", "1.98 MB"), (4_320, ".3g", "4.32 kB"), (1_500_000_000, ".3g", "1.5 GB"),
    (15_000, ".3g", "15 kB"), (123_456, ".3g", "123 kB"), (999_700, ".3g", "1000 kB"), (0, ".3g", "0 B"),
])
def test_human_size_with_a_format(value, spec, text):
    assert display.human_size(value, spec) == text


@pytest.mark.parametrize(("delta", "text"), [
    (timedelta(seconds=3), "just now"), (timedelta(seconds=42), "42 seconds ago"),
    (timedelta(minutes=1), "1 minute ago"), (timedelta(minutes=5), "5 minutes ago"),
    (timedelta(hours=1), "1 hour ago"), (timedelta(hours=30), "30 hours ago"),
    (timedelta(days=3), "3 days ago"), (timedelta(days=21), "3 weeks ago"),
    (timedelta(days=100), "3 months ago"), (timedelta(days=800), "2 years ago"),
    (timedelta(seconds=-30), "just now"),
])
def test_human_age(delta, text):
    assert display.human_age(NOW - delta, NOW) == text


@pytest.mark.parametrize(("delta", "text"), [
    (timedelta(seconds=9), "just now"), (timedelta(seconds=10), "10 seconds ago"),
    (timedelta(seconds=59), "59 seconds ago"), (timedelta(seconds=119), "1 minute ago"),
    (timedelta(minutes=59), "59 minutes ago"), (timedelta(hours=47), "47 hours ago"),
    (timedelta(hours=48), "2 days ago"), (timedelta(days=13), "13 days ago"),
    (timedelta(days=14), "2 weeks ago"),
    (timedelta(days=59), "8 weeks ago"), (timedelta(days=60), "2 months ago"),
    (timedelta(days=729), "24 months ago"), (timedelta(days=730), "2 years ago"),
    (timedelta(days=-3), "just now"),
])
def test_human_age_edges(delta, text):
    assert display.human_age(NOW - delta, NOW) == text


def test_human_age_of_timestamps():
    now = NOW.timestamp()
    assert display.human_age(now - 3 * 86400, now) == "3 days ago"
    assert display.human_age(now - 300, NOW) == "5 minutes ago"
    assert display.human_age(NOW - timedelta(hours=5), now) == "5 hours ago"
    assert display.human_age(now + 60, now) == "just now"
    assert display.human_age(0.0, now) == "—"
    assert display.human_age(time.time() - 7200) == "2 hours ago"


@pytest.mark.parametrize(("seconds", "text"), [
    (None, "—"), (0, "0 s"), (0.4, "0 s"), (42, "42 s"), (59.4, "59 s"), (59.6, "1 min 00 s"),
    (65, "1 min 05 s"), (3599, "59 min 59 s"), (3600, "1 h 00 min"), (7620, "2 h 07 min"),
    (90_000, "25 h 00 min"), (-3, "0 s"),
])
def test_human_duration(seconds, text):
    assert display.human_duration(seconds) == text


def test_unknown_times():
    assert display.human_age(None) == "—"
    assert display.human_age(datetime.fromtimestamp(0, UTC)) == "—"
    assert display.timestamp(None) == "—"
    assert display.short_age(None) == ""


def test_measured_size_shows_its_age():
    assert display.measured_size(1_200_000, NOW - timedelta(minutes=2), NOW) == "1.2 MB (2 min ago)"
    assert display.measured_size(None, NOW, NOW) == "— (0 s ago)"
    assert display.measured_size(5, None, NOW) == ""
    assert display.short_age(NOW - timedelta(hours=5), NOW) == "5 h"
    assert display.short_age(NOW - timedelta(days=5), NOW) == "5 d"


@pytest.mark.parametrize(("state", "status", "text", "tone"), [
    ("running", "Up 2 minutes", "running", "good"),
    ("running", "Up 2 minutes (healthy)", "running (healthy)", "good"),
    ("running", "Up 2 minutes (unhealthy)", "running (unhealthy)", "bad"),
    ("running", "Up 1 second (health: starting)", "running (starting)", "warn"),
    ("paused", "Up 3 minutes (Paused)", "paused", "warn"),
    ("exited", "Exited (0) 5 minutes ago", "exited (0)", "idle"),
    ("exited", "Exited (137) 5 minutes ago", "killed (137)", "warn"),
    ("exited", "Exited (143) 5 minutes ago", "stopped (143)", "idle"),
    ("exited", "Exited (1) 5 minutes ago", "exited (1)", "bad"),
    ("restarting", "Restarting (1) 2 seconds ago", "restarting", "warn"),
    ("created", "Created", "created", "idle"),
    ("dead", "Dead", "dead", "bad"),
])
def test_container_state(state, status, text, tone):
    c = container(state=state, status=status)
    assert display.container_state(c) == text
    assert display.state_tone(c) == tone


def test_exit_codes_say_how_a_container_stopped():
    assert display.exit_meaning(137) == ("stopped: killed after 10 s because it ignored the stop signal "
                                         "(exit code 137 = SIGKILL; Kill, or running out of memory, end a "
                                         "container the same way)")
    assert display.exit_meaning(137, stop_timeout=30).startswith("stopped: killed after 30 s because")
    assert display.exit_meaning(143) == ("stopped: it obeyed the stop signal and ended "
                                         "(exit code 143 = SIGTERM)")
    assert display.exit_meaning(0) == "stopped: its main process finished normally (exit code 0)"
    assert display.exit_meaning(127).endswith("not found in the image (exit code 127)")
    assert display.exit_meaning(3) == "stopped: its main process ended with error code 3"
    assert display.exit_meaning(None) == ""


def test_state_rank_puts_running_first():
    states = [container(state=s, status=st) for s, st in
              [("exited", "Exited (0) 1 minute ago"), ("running", "Up"), ("paused", "Up (Paused)")]]
    ordered = sorted(states, key=display.state_rank)
    assert [c.state for c in ordered] == ["running", "paused", "exited"]


def test_ports():
    assert display.port(Port(80)) == "80/tcp"
    assert display.port(Port(80, "tcp", 8080, "0.0.0.0")) == "8080→80/tcp"
    assert display.port(Port(5432, "tcp", 5432, "127.0.0.1")) == "127.0.0.1:5432→5432/tcp"
    assert display.port(Port(53, "udp", 5353, "::1")) == "[::1]:5353→53/udp"
    # IPv4 and IPv6 bindings of one port show once
    assert display.ports([Port(80, "tcp", 8080, "0.0.0.0"), Port(80, "tcp", 8080, "::")]) == "8080→80/tcp"


def test_mounts():
    anon = "f" * 64
    mounts = [Mount("bind", "/src", source="/home/me/src"), Mount("volume", "/data", name="data"),
              Mount("volume", "/cache", name=anon, rw=False), Mount("tmpfs", "/run")]
    assert display.mount(mounts[0]) == "/home/me/src→/src (bind)"
    assert display.mount(mounts[2]) == "ffffffffffff…→/cache (ro)"
    # volumes first, then the others, each by path inside the container
    assert display.mounts(mounts) == ("ffffffffffff…→/cache (ro), data→/data, tmpfs→/run, "
                                      "/home/me/src→/src (bind)")


def test_volume_columns():
    users = (VolumeUse("1", "backup", "/backup", True, False), VolumeUse("2", "web", "/data", False, True),
             VolumeUse("3", "worker", "/data", False, False))
    v = Volume("data", users=users, labels=(("app", "shop"), ("com.docker.volume.anonymous", "")))
    assert display.used_by(v) == "backup, web ▶, worker"
    assert display.mount_paths(v) == "/backup, /data"
    assert display.labels(v.labels) == "app=shop"
    assert display.used_by(Volume("lonely")) == ""
    assert display.volume_short_name("a" * 64, True) == "aaaaaaaaaaaa…"
    assert display.volume_short_name("data", False) == "data"


def test_filter_words_all_must_match():
    words = display.filter_words("  Web  app=SHOP ")
    assert words == ["web", "app=shop"]
    assert display.matches("web\nnginx\napp=shop", words)
    assert not display.matches("web\nnginx\napp=blog", words)
    assert display.matches("anything", [])


@pytest.mark.parametrize("seconds", [1e20, -1e20, float("nan"), float("inf"), 2**63])
def test_stamp_text_of_a_crafted_file_time_is_a_dash(seconds, hostile):
    hostile(f"file time {seconds!r}")
    assert display.stamp_text(seconds) == "—"


def test_stamp_text_is_local_date_and_time():
    assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d", display.stamp_text(1_700_000_000))


def test_name_order_sorts_numbers_by_value_and_ignores_case():
    from volgui.engine.present.display import name_order

    names = ["file-10", "File-2", "file-1", "b10", "b9", "a", "IMG_0100", "img_99", "v1.10", "v1.9"]
    assert sorted(names, key=name_order) == ["a", "b9", "b10", "file-1", "File-2", "file-10", "img_99",
                                             "IMG_0100", "v1.9", "v1.10"]
    long = ["x" + "9" * 30, "x" + "1" * 30]  # longer runs than a key pads still order the same way
    assert sorted(long, key=name_order) == sorted(long)
