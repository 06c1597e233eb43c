"""The component registry: entry points, declared fields, clear errors, one-way imports."""

from __future__ import annotations

import ast
import json
import sys
import textwrap
from datetime import date
from pathlib import Path

import pytest

from sitroom import components as registry
from sitroom.components import RegistryError, Settings, component
from sitroom.pipeline import DEFAULT_COMPONENTS, Pipeline, select

ROOT = Path(__file__).resolve().parents[1]
STAGES = ("events", "actors", "geo", "time", "fuse", "store", "pipeline", "service", "finalize")


def test_the_built_ins_come_from_entry_points():
    from importlib.metadata import entry_points

    names = {ep.name for ep in entry_points(group=registry.ENTRY_POINT_GROUP)}
    assert set(DEFAULT_COMPONENTS) <= names, "reinstall: pip install -e '.[dev]'"
    known = registry.infos()
    for name in DEFAULT_COMPONENTS:
        assert known[name].assigns, f"{name} declares nothing it assigns"


def test_an_unknown_component_lists_the_valid_ones():
    with pytest.raises(ValueError) as err:
        select(["events", "no_such_component"])
    message = str(err.value)
    assert "no_such_component" in message
    assert all(name in message for name in DEFAULT_COMPONENTS)


def test_a_component_before_what_it_reads_is_refused():
    with pytest.raises(ValueError, match="'finalize' requires .*event.actor1"):
        select(["events", "finalize"])


def test_every_default_requirement_is_met_in_order():
    assert [i.name for i in select(DEFAULT_COMPONENTS)] == list(DEFAULT_COMPONENTS)


def test_a_package_adds_a_component_through_an_entry_point(tmp_path, monkeypatch):
    """A third-party package: a module with a decorated factory and a dist-info naming it."""
    (tmp_path / "thirdparty_tagger.py").write_text(
        textwrap.dedent(
            '''
            from sitroom.components import component

            @component("tagger", requires=("candidates",), assigns=("event.tags",))
            def make_tagger(settings):
                def run(ctx):
                    for c in ctx.candidates:
                        c.event.tags = "tagged"
                return run
            '''
        )
    )
    dist = tmp_path / "thirdparty_tagger-1.0.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: thirdparty-tagger\nVersion: 1.0\n")
    (dist / "entry_points.txt").write_text(
        "[sitroom.components]\ntagger = thirdparty_tagger:make_tagger\n"
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    try:
        known = registry.infos(reload=True)
        assert known["tagger"].assigns == ("event.tags",)
        assert [i.name for i in select([*DEFAULT_COMPONENTS, "tagger"])][-1] == "tagger"
        from typer.testing import CliRunner

        from sitroom.cli import app

        out = CliRunner().invoke(app, ["components", "-f", "jsonl"])
        assert out.exit_code == 0, out.output
        rows = [json.loads(line) for line in out.output.splitlines()]
        assert [r["name"] for r in rows][: len(DEFAULT_COMPONENTS)] == list(DEFAULT_COMPONENTS)
        assert {"name": "tagger", "default": False}.items() <= rows[-1].items()
    finally:
        registry._REGISTRY.pop("tagger", None)
        sys.modules.pop("thirdparty_tagger", None)


def test_an_entry_point_that_is_not_a_component_is_named(tmp_path, monkeypatch):
    (tmp_path / "notacomponent.py").write_text("def factory(settings):\n    return None\n")
    dist = tmp_path / "notacomponent-1.0.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: notacomponent\nVersion: 1.0\n")
    (dist / "entry_points.txt").write_text("[sitroom.components]\nbroken = notacomponent:factory\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    try:
        with pytest.raises(RegistryError, match="'broken'.*not a component factory"):
            registry.infos(reload=True)
    finally:
        sys.modules.pop("notacomponent", None)
        monkeypatch.undo()
        registry.infos(reload=True)


def test_a_registered_component_runs_in_the_pipeline(pipeline):
    @component("mark_first", requires=("candidates",), assigns=("event.tags",))
    def make_mark(settings: Settings):
        def run(ctx):
            for c in ctx.candidates[:1]:
                c.event.tags = "marked"

        return run

    try:
        runner = Pipeline([*pipeline.component_names, "mark_first"], nlp=pipeline.nlp)
        from datetime import date

        from sitroom.model import Article

        text = "Gunmen killed two farmers in a village in Mali on Monday."
        events = runner(Article(text, published=date(2024, 3, 6)))
        assert events and events[0].tags == "marked"
    finally:
        registry._REGISTRY.pop("mark_first", None)


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text())
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{a.name}" for a in node.names)  # from sitroom import fuse
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
    return found


BOTTOM = [
    "sitroom/components.py",
    *sorted(str(p.relative_to(ROOT)) for p in (ROOT / "sitroom/nlp").glob("*.py")),
]


@pytest.mark.parametrize("module", BOTTOM)
def test_the_bottom_layer_imports_no_stage(module):
    stages = {
        m for m in _imports(ROOT / module)
        if m.startswith("sitroom.") and m.split(".")[1] in STAGES
    }
    assert not stages, f"{module} imports {stages}"


@pytest.mark.parametrize(
    "module", sorted(str(p.relative_to(ROOT)) for p in (ROOT / "sitroom/store").rglob("*.py"))
)
def test_no_store_module_imports_fusion(module):
    """Fusion's save transaction is `sitroom.fuse.save`, over the store's primitives: a
    store holds SQL, locking and migrations only."""
    found = _imports(ROOT / module)
    fusion = {m for m in found if m == "sitroom.fuse" or m.startswith("sitroom.fuse.")}
    assert not fusion, f"{module} imports {fusion}"


def test_hand_offs_are_typed_fields_not_scratch_keys(pipeline):
    """A value one stage leaves for another cannot hide in the untyped `data` dict."""
    from dataclasses import fields

    from sitroom.components import HANDOFFS, Candidate, Context
    from sitroom.model import Article, Event

    names = {f.name for f in fields(Candidate)}
    assert set(HANDOFFS) <= names
    doc = pipeline.nlp("Gunmen attacked a village on Monday.")
    cand = Candidate(event=Event(), sentence=next(doc.sents), trigger=doc[1])
    cand.data["my_stage_note"] = 1  # a stage's own scratch is fine
    with pytest.raises(KeyError, match="typed field of Candidate: use candidate.date_stated"):
        cand.data["date_stated"] = True
    with pytest.raises(KeyError, match="candidate.family"):
        cand.data.get("family")
    with pytest.raises(KeyError):
        Candidate(event=Event(), sentence=next(doc.sents), trigger=doc[1], data={"time_ref": 1})
    ctx = Context(article=Article(doc.text), doc=doc, published=date(2024, 3, 4))
    for name in ("events", "actors", "geo", "time", "finalize"):
        registry.registered()[name](Settings())(ctx)
    attack = ctx.candidates[0]
    assert attack.family == "kinetic" and attack.sentence_index == 0
    assert attack.date_stated is True and attack.time_ref.date == date(2024, 3, 4)
    assert attack.date_range == (date(2024, 3, 4), date(2024, 3, 4))


def _scratch_keys(path: Path) -> set[str]:
    """The string keys a module reads or writes on an object's ``data`` dict."""
    keys: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text())):
        owner = key = None
        if isinstance(node, ast.Subscript):
            owner, key = node.value, node.slice
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in ("get", "setdefault", "pop")
            and node.args
        ):
            owner, key = node.func.value, node.args[0]
        if (
            isinstance(owner, ast.Attribute)
            and owner.attr == "data"
            and isinstance(key, ast.Constant)
            and isinstance(key.value, str)
        ):
            keys.add(key.value)
    return keys


def test_no_scratch_key_is_shared_between_stage_packages():
    """Each stage package keeps its ``data`` keys to itself: a key two packages use is a
    hand-off, and belongs on `Candidate` as a typed field (`HANDOFFS`)."""
    users: dict[str, set[str]] = {}
    for stage in DEFAULT_COMPONENTS:
        for path in (ROOT / "sitroom" / stage).rglob("*.py"):
            for key in _scratch_keys(path):
                users.setdefault(key, set()).add(stage)
    assert users, "the scan found no scratch keys at all: it no longer reads the stages"
    shared = {key: sorted(stages) for key, stages in users.items() if len(stages) > 1}
    assert not shared, f"scratch keys used by several stages: {shared}"


def test_every_hand_off_is_declared_by_the_component_that_fills_it():
    """`sitroom components` names who fills each typed hand-off, and the runner checks
    that whoever reads one runs after it."""
    from sitroom.components import HANDOFFS

    assigned = {name for info in select(DEFAULT_COMPONENTS) for name in info.assigns}
    missing = [h for h in HANDOFFS if f"candidate.{h}" not in assigned]
    assert not missing, f"hand-offs no default component declares it assigns: {missing}"
