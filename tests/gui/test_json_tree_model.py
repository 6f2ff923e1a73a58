"""The raw inspect JSON as a tree model: contract, paths, masking."""

import json

from PySide6.QtCore import QModelIndex, Qt

from conftest import DATA_DIR
from volgui.engine.dto.inspect import MASK, secret_env_paths
from volgui.models.json_tree import COPY_ROLE, PATH_ROLE, JsonTreeModel

RECORDED = json.loads((DATA_DIR / "inspect-20.10.json").read_text())


def test_model_contract_on_a_real_container(qtmodeltester):
    model = JsonTreeModel()
    model.set_json(RECORDED["inspect_container"], secret_env_paths(RECORDED["inspect_container"]))
    qtmodeltester.check(model)


def test_model_contract_on_small_documents(qtmodeltester):
    model = JsonTreeModel()
    for doc in ({}, [], {"a": []}, [1, [2, {"b": None}]], {"x": {"y": {"z": True}}}):
        model.set_json(doc)
        qtmodeltester.check(model)


def test_rows_keys_values_and_types():
    model = JsonTreeModel()
    model.set_json({"Name": "/web", "Args": ["1000"], "State": {"Running": True, "Pid": 7}, "X": None})
    assert model.rowCount() == 4
    texts = [(model.index(r, 0).data(), model.index(r, 1).data(), model.index(r, 2).data()) for r in range(4)]
    assert texts == [("Name", "/web", "string"), ("Args", "[1 item]", "array"),
                     ("State", "{2 keys}", "object"), ("X", "null", "null")]
    args = model.index(1, 0)
    assert model.rowCount(args) == 1
    first = model.index(0, 0, args)
    assert first.data() == "[0]"
    assert first.data(PATH_ROLE) == ("Args", 0)
    assert model.path_text(first) == "Args[0]"
    assert model.parent(first) == args
    assert model.parent(args) == QModelIndex()


def test_index_for_path_finds_nested_nodes():
    model = JsonTreeModel()
    model.set_json(RECORDED["inspect_container"])
    index = model.index_for_path(("HostConfig", "Binds", 1))
    assert index.isValid()
    assert model.index(index.row(), 1, index.parent()).data() == "/tmp:/host:ro"
    assert model.path_text(index) == "HostConfig.Binds[1]"
    assert not model.index_for_path(("HostConfig", "Nope")).isValid()
    assert not model.index_for_path(("HostConfig", "Binds", 9)).isValid()


def test_secrets_masked_until_revealed(qtbot):
    raw = RECORDED["inspect_container"]
    model = JsonTreeModel()
    model.set_json(raw, secret_env_paths(raw))
    env = model.index_for_path(("Config", "Env", 0), 1)
    assert env.data() == f"DB_PASSWORD={MASK}"
    assert env.data(COPY_ROLE) == f"DB_PASSWORD={MASK}"
    assert model.index_for_path(("Config", "Env", 2), 1).data() == "MODE=prod"
    with qtbot.waitSignal(model.dataChanged):
        model.set_revealed(True)
    assert env.data() == "DB_PASSWORD=hunter2"
    assert model.copy_text(env) == "DB_PASSWORD=hunter2"


def test_copy_of_an_object_is_json():
    model = JsonTreeModel()
    model.set_json({"a": {"b": [1, "x"]}})
    assert json.loads(model.copy_text(model.index(0, 0))) == {"b": [1, "x"]}
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Key"
