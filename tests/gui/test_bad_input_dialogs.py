"""Refused input reaches the person in the dialogs where it is typed, and is never sent.

The Create volume and Run dialogs agree with the validators (``tests/integration/test_bad_input.py``
compares those with the real engine): a field the validators refuse shows a message saying what is
wrong, the OK button is off, and accepting the dialog sends nothing to the engine.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from volgui.engine.errors import EngineError
from volgui.engine.validation import parse_env, parse_ports
from volgui.operations.volumes import create_volume
from volgui.ui.dialogs.create_volume import CreateVolumeDialog
from volgui.ui.dialogs.run import RunDialog

SETTINGS = settings(max_examples=60, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.function_scoped_fixture])


class RefusingEngine:
    """Stands in for the engine: any call means refused input was sent."""

    def __getattr__(self, name):
        raise AssertionError(f"refused input reached the engine ({name})")


class NoSession:
    """A session that must not be asked for anything while the input is refused."""

    submitted: list = []

    def submit(self, *args, **kwargs):
        self.submitted.append(args)
        raise AssertionError("refused input was submitted")


def validators_refuse_volume(name: str, labels: str, options: str) -> str | None:
    try:
        create_volume(RefusingEngine(), name, "local", labels, options)
    except EngineError as exc:
        return exc.message
    except AssertionError:  # it got as far as asking the engine: accepted
        return None
    return None


NAMES = st.text(alphabet="ab9_.-/ :é\n", max_size=5)
KV_LINES = st.lists(st.text(alphabet="ab=.# \t", max_size=5), max_size=3).map("\n".join)


@SETTINGS
@given(name=NAMES, labels=KV_LINES, options=KV_LINES)
def test_create_volume_dialog_shows_every_refusal_and_sends_nothing(qtbot, name, labels, options):
    dialog = CreateVolumeDialog(set())
    qtbot.addWidget(dialog)
    dialog.name_edit.setText(name)
    dialog.labels_edit.setPlainText(labels)
    dialog.options_edit.setPlainText(options)
    refused = validators_refuse_volume(name, labels, options)
    assert dialog.ok_button.isEnabled() == (refused is None)
    if refused is not None:
        if name:  # an empty name field is not nagged about, the button is just off
            # a refused option is said under the options, anything else under the name
            assert dialog.name_message.text().strip() or dialog.options_message.text().strip()
        dialog.accept()
        assert dialog.result() != dialog.DialogCode.Accepted and dialog.accepted_values() is None
    else:
        assert not dialog.name_message.isVisibleTo(dialog)
        assert not dialog.options_message.isVisibleTo(dialog)
        assert dialog.accepted_values()["name"] == name


@SETTINGS
@given(env=st.lists(st.text(alphabet="AB_= \t#x", max_size=5), max_size=3).map("\n".join),
       ports=st.text(alphabet="0189:-/.[] tcpu,", max_size=10),
       name=st.text(alphabet="ab9_.-/ ", max_size=4),
       target=st.text(alphabet="/ad.: ", max_size=5))
def test_run_dialog_shows_every_refusal_and_sends_nothing(qtbot, env, ports, name, target):
    dialog = RunDialog(NoSession(), ["volgui-test/busybox:latest"], ["vgtest-v"],
                       image="volgui-test/busybox:latest")
    qtbot.addWidget(dialog)
    dialog.env.setPlainText(env)
    dialog.ports.setText(ports)
    dialog.name.setText(name)
    dialog.add_row("vgtest-v", target)
    dialog.refresh()
    _spec, problems = dialog.spec()
    expected = []
    for parse, text in ((parse_env, env), (parse_ports, ports)):
        try:
            parse(text)
        except EngineError as exc:
            expected.append(exc.message)
    assert all(p in problems for p in expected)
    assert dialog.ok_button.isEnabled() == (not problems)
    if problems:
        assert dialog.problems.isVisibleTo(dialog)
        shown = dialog.problems.text()
        assert all(p in shown for p in problems)
        dialog.accept()  # sends nothing (NoSession would fail the test)
    dialog.reject()
