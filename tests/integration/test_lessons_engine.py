"""Every lesson step, done on the private engine, is seen by its check; cleanup is exact."""

import pytest

from volgui.engine import Engine, resolve
from volgui.engine.lessons import LESSONS, LessonContext, cleanup, pick_image

pytestmark = pytest.mark.integration


@pytest.fixture
def engine(engine_host):
    eng = Engine.connect_first(resolve(host=engine_host))
    yield eng
    cleanup(eng)
    eng.close()


@pytest.mark.parametrize("lesson", LESSONS, ids=[lesson.id for lesson in LESSONS])
def test_lesson_steps_check_on_the_engine(engine, docker_api, prefix, lesson, tmp_path):
    docker_api.create_volume(f"{prefix}bystander")  # must survive the cleanup
    image, note = pick_image(engine)
    assert image == "volgui-test/busybox:latest" and note == ""  # busybox is a preferred image
    mine = tmp_path / "my files"  # the person's own folder (a space: the command shown quotes it)
    ctx = LessonContext(image, lesson.id, files_dir=str(mine))
    for number, step in enumerate(lesson.steps):
        if number == 0:
            assert not step.check(engine, ctx), f"{step.title}: checked before it was done"
        assert step.command(ctx).startswith("docker ")
        step.perform(engine, ctx)
        assert step.check(engine, ctx), f"{lesson.id}: step {number + 1} “{step.title}” not seen"
    if lesson.id == "backup":
        assert [p.name for p in mine.iterdir()] == ["volgui-learn-precious.tar"]  # not in the shared /tmp
        assert f"-v '{mine}':/backup" in lesson.steps[1].command(ctx)
    removed = cleanup(engine, lesson.id, files_dir=str(mine))
    assert all(n.startswith("learn-") or n == str(mine / "volgui-learn-precious.tar") for n in removed)
    assert not mine.exists() or list(mine.iterdir()) == []
    names = [v["Name"] for v in docker_api.volumes()["Volumes"] or []]
    assert f"{prefix}bystander" in names
    assert not [n for n in names if n.startswith("learn-")]
    assert not docker_api.containers(all=True, filters={"label": "volgui.lesson"})


def test_a_lesson_begins_once_its_second_is_over(engine, docker_api, prefix):
    """Whatever the lesson makes carries a later whole second than its start (a quick lesson's
    volume made in its very first second was neither checked nor cleaned up)."""
    from volgui.engine.lessons import lesson_clock_start
    from volgui.engine.streams.log_lines import parse_timestamp

    started = lesson_clock_start(engine)
    docker_api.create_volume(f"{prefix}after-start", labels={"volgui.test": "1"})
    created = parse_timestamp(docker_api.inspect_volume(f"{prefix}after-start")["CreatedAt"])
    assert started and int(created) > int(started)
