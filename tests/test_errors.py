"""One exception hierarchy: every refusal is a SitroomError; the CLI prints it as one line."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from sitroom.errors import (
    ConfigError,
    InputError,
    ModelMissing,
    SitroomError,
    StoreError,
    explain,
)


def test_the_named_exceptions_share_one_base():
    from sitroom.actors import ActorFileError
    from sitroom.api.params import BadParam
    from sitroom.components import RegistryError
    from sitroom.fuse.rules import RuleError
    from sitroom.ingest import BadInput
    from sitroom.nlp import ModelMissing as NlpModelMissing
    from sitroom.store import StoreError as StoreStoreError

    for cls in (ActorFileError, BadParam, RegistryError, RuleError, BadInput):
        assert issubclass(cls, SitroomError) and issubclass(cls, ValueError), cls
    assert NlpModelMissing is ModelMissing and StoreStoreError is StoreError
    assert issubclass(BadInput, InputError) and issubclass(RuleError, ConfigError)


@pytest.mark.parametrize(
    ("error", "code"),
    [(InputError("bad date 'x': expected an ISO date like 2024-04-23"), 2),
     (StoreError("cannot open store s.db: disk full; free space and re-run"), 1)],
)
def test_a_command_prints_a_sitroom_error_as_one_line(error, code):
    from sitroom.cli.app import SitroomTyper

    app = SitroomTyper()

    @app.command()
    def boom() -> None:
        raise error

    @app.command()
    def other() -> None:  # two commands, so Typer keeps the command names
        pass

    result = CliRunner().invoke(app, ["boom"])
    assert result.exit_code == code
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert lines == [f"error: {error}"]
    assert "Traceback" not in result.output


def test_a_bug_keeps_its_traceback():
    from sitroom.cli.app import SitroomTyper

    app = SitroomTyper()

    @app.command()
    def boom() -> None:
        raise KeyError("not sitroom's to explain")

    @app.command()
    def other() -> None:
        pass

    result = CliRunner().invoke(app, ["boom"])
    assert isinstance(result.exception, KeyError)


def test_a_failure_line_is_one_line_whoever_raised_it():
    """A library's multi-line message (a database driver's, say) must not break the
    failures table: the first line, named by its type."""
    assert explain(RuntimeError("connection refused\nIs the server running?")) == (
        "RuntimeError: connection refused"
    )
    assert explain(RuntimeError()) == "RuntimeError"
    assert explain(InputError("no such file: x.txt\nmore")) == "no such file: x.txt"


def test_an_unknown_component_is_a_config_error_naming_the_valid_ones():
    from sitroom.pipeline import select

    with pytest.raises(ConfigError, match="valid: actors, events"):
        select(["nope"])


def test_serve_says_which_ports_are_valid(tmp_path):
    from sitroom.cli import app

    db = str(tmp_path / "x.db")
    result = CliRunner().invoke(app, ["serve", "--db", db, "--allow-ingest", "--port", "0"])
    assert result.exit_code == 2
    assert "choose a port from 1 to 65535" in result.output


#: Where a bare ValueError is right: pydantic validators (FastAPI turns them into 422
#: answers) and invariants whose failure is a bug, not something a user can fix.
BARE_RAISES_ALLOWED = {
    "sitroom/api/schemas.py",  # pydantic field validators
    "sitroom/fuse/merge.py",  # canonical() of no mention: a caller's bug
    "sitroom/events/classify.py",  # an (event_type, sub_event_type) outside ACLED's taxonomy
    "sitroom/nlp/fast.py",  # a model pattern outside its match: spaCy's own ValueError, a bug
}


def test_what_a_user_can_hit_is_a_sitroom_error_not_a_bare_builtin():
    """Every refusal a user can meet is a SitroomError (one line, a next step), never a
    bare ValueError/RuntimeError (a traceback in the CLI)."""
    import ast
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    found = []
    for path in sorted((root / "sitroom").rglob("*.py")):
        rel = path.relative_to(root).as_posix()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            exc = node.exc if isinstance(node, ast.Raise) else None
            name = exc.func if isinstance(exc, ast.Call) else exc
            bare = isinstance(name, ast.Name) and name.id in ("ValueError", "RuntimeError")
            if bare and rel not in BARE_RAISES_ALLOWED:
                found.append(f"{rel}:{node.lineno}")
    assert not found, f"raise a SitroomError subclass (sitroom/errors.py) instead: {found}"


def test_a_broken_actor_file_is_one_line_naming_the_line(tmp_path):
    from sitroom.actors import ActorFileError
    from sitroom.actors.data_files import read_file

    broken = tmp_path / "mine.yaml"
    broken.write_text('actors: [\n  - name: "x\n', encoding="utf-8")
    with pytest.raises(ActorFileError, match=r"mine.yaml: not valid YAML at line 2 .*fix the file"):
        read_file(broken)
    assert "\n" not in str(pytest.raises(ActorFileError, read_file, broken).value)


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["extract", "--no-such-option", "x.txt"], "No such option: --no-such-option (see 'sitroom extract --help')"),
        (["extract"], "Missing argument 'paths' (usage: sitroom extract [OPTIONS]"),
        (["no-such-command"], "No such command 'no-such-command' (see 'sitroom --help')"),
        (["gazetteer", "nope"], "No such command 'nope' (see 'sitroom gazetteer --help')"),
        (["gazetteer", "lookup"], "see 'sitroom gazetteer lookup --help'"),
        (["events", "--limit", "many"], "Invalid value for '--limit'"),
    ],
)
def test_a_command_line_mistake_is_one_line_naming_the_help(args, says):
    """Click's usage box (several lines in a frame) becomes one error line with the way on."""
    from sitroom.cli import app

    result = CliRunner().invoke(app, args, prog_name="sitroom")
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert result.exit_code == 2
    assert len(lines) == 1 and lines[0].startswith("error: ") and says in lines[0], lines
    assert not any(ch in result.output for ch in "╭╰│")


def test_help_is_still_clicks(tmp_path):
    from sitroom.cli import app

    for args in (["--help"], ["extract", "--help"], ["gazetteer", "--help"]):
        result = CliRunner().invoke(app, args, prog_name="sitroom")
        assert result.exit_code == 0 and "Usage: sitroom" in result.output and "--help" in result.output
    bare = CliRunner().invoke(app, ["gazetteer"], prog_name="sitroom")  # a bare group shows its help
    assert "Usage: sitroom gazetteer" in bare.output and "error:" not in bare.output


def test_the_internal_refusals_are_sitroom_errors_too():
    from sitroom.api.ingest import Unavailable
    from sitroom.ingest.extractors import ArticleTimeout

    assert issubclass(ArticleTimeout, SitroomError) and issubclass(Unavailable, SitroomError)


def test_a_caught_error_is_told_as_one_line():
    """What a batch reports for one article: sitroom's own message as it is, a bug by
    its type."""
    from sitroom.errors import explain
    from sitroom.ingest.extractors import failure
    from sitroom.model import Article

    refusal = InputError("report is empty\nsecond line: pass a file with text")
    assert explain(refusal) == "report is empty"
    assert explain(KeyError("x")) == "KeyError: 'x'"
    article = Article("A text written for this test.", origin="mine.txt")
    assert failure(article, refusal).message == "extraction failed: report is empty"
    assert failure(article, ZeroDivisionError("division by zero")).message == (
        "extraction failed: ZeroDivisionError: division by zero"
    )
