"""`evaluate()` end to end over the tiny gold sets, with extractors built by hand."""

import json
from datetime import date

from typer.testing import CliRunner

from sitroom.eval.gold import to_float
from sitroom.eval.runner import evaluate
from sitroom.model import Event


def oracle_events(docs):
    """Predictions equal to the gold: what a perfect pipeline would return."""
    out = []
    for doc in docs:
        events = []
        for g in doc.events:
            plover = (g.get("_plover_types") or [""])[0]
            event_type = g.get("event_type") or (
                "Violence against civilians" if g.get("_family") else ""
            )
            events.append(
                Event(
                    event_type=event_type,
                    sub_event_type=g.get("sub_event_type", ""),
                    actor1=g.get("actor1", ""),
                    actor2=g.get("actor2", ""),
                    event_date=g.get("event_date")
                    if isinstance(g.get("event_date"), date)
                    else None,
                    time_precision=g.get("time_precision") or 1,
                    latitude=to_float(g.get("latitude")),
                    longitude=to_float(g.get("longitude")),
                    fatalities=g.get("fatalities") or 0,
                    plover_type=plover,
                    confidence=1.0,
                )
            )
        out.append(events)
    return out


def test_oracle_scores_perfectly_and_nothing_scores_zero(gold_dir):
    from sitroom.eval.gold import load

    docs = [d for ds in load(gold_dir, split=None).values() for d in ds]
    by_origin = {
        f"{d.reader}:{d.doc_id}": e for d, e in zip(docs, oracle_events(docs), strict=True)
    }

    def perfect(articles):
        for a in articles:
            yield by_origin[a.origin]

    report = evaluate(gold_dir, split=None, extractor=perfect, geoparsing=False)
    for name, entry in report["readers"].items():
        assert entry["detection"]["f1"] == 1.0 or entry["gold"] == 0, name
        for field, d in entry["fields"].items():
            if d["gold"]:
                assert d["r"] == 1.0, (name, field)
        if "doc_label" in entry:
            assert entry["doc_label"]["acc"] == 1.0, name

    empty = evaluate(
        gold_dir, split=None, extractor=lambda arts: ([] for _ in arts), geoparsing=False
    )
    assert all(e["detection"]["r"] == 0.0 for e in empty["readers"].values() if e["gold"])
    assert empty["readers"]["case2021"]["doc_label"]["acc"] == 1 / 3  # the flood snippet


def test_by_field_breaks_scores_down(gold_dir):
    report = evaluate(
        gold_dir / "acled",
        split=None,
        by="country",
        extractor=lambda arts: ([] for _ in arts),
        geoparsing=False,
    )
    groups = report["readers"]["acled"]["by_group"]
    assert set(groups) == {"Sudan", "Mali", "Kenya", "Somalia"}
    assert groups["Sudan"]["gold"] == 2


def test_cli_json_output(gold_dir, monkeypatch):
    import sitroom.eval.runner as runner
    from sitroom.cli.app import app
    from sitroom.cli.eval import eval_command  # noqa: F401  (registers the command)

    real = runner.evaluate
    monkeypatch.setattr(
        runner, "evaluate", lambda *a, **k: real(*a, **k, extractor=lambda arts: ([] for _ in arts))
    )
    result = CliRunner().invoke(app, ["eval", str(gold_dir / "case"), "--split", "all", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["readers"]["case2021"]["docs"] == 3
    table = CliRunner().invoke(app, ["eval", str(gold_dir / "case"), "--split", "all"])
    assert table.exit_code == 0 and "case2021" in table.output
    md = CliRunner().invoke(app, ["eval", str(gold_dir / "case"), "--split", "all", "--markdown"])
    assert md.exit_code == 0 and md.stdout.startswith("| set |")
    assert "| case2021 | 3 | 2 | 0 |" in md.stdout


def test_cli_rejects_unknown_gold_sets(gold_dir):
    from sitroom.cli.app import app
    from sitroom.cli.eval import eval_command  # noqa: F401  (registers the command)

    result = CliRunner().invoke(app, ["eval", str(gold_dir), "--reader", "gdelt"])
    assert result.exit_code != 0 and "gdelt" in result.output


def test_dump_writes_one_line_per_document_on_dev_only(gold_dir, tmp_path):
    import pytest

    out = tmp_path / "dump.jsonl"
    evaluate(
        gold_dir / "case",
        split="dev",
        dump=out,
        geoparsing=False,
        extractor=lambda arts: (
            [Event(event_type="Protests", sub_event_type="Peaceful protest")] for _ in arts
        ),
    )
    lines = [json.loads(x) for x in out.read_text().splitlines()]
    assert {x["doc_id"] for x in lines} == {"1", "3"}
    peaceful = next(x for x in lines if x["doc_id"] == "3")
    assert peaceful["pairs"] == [{"pred": 0, "gold": 0, "detected": True}]
    with pytest.raises(ValueError):
        evaluate(
            gold_dir / "case",
            split="test",
            dump=out,
            geoparsing=False,
            extractor=lambda arts: ([] for _ in arts),
        )


def test_geoparsing_dict_renders_as_a_table_when_it_has_rows():
    from sitroom.eval.render import rows_table

    table = rows_table("geo", {"files": {"a.xml": {"acc@161km": 0.5}}, "overall": {"n": 3}})
    assert table is not None and table.row_count == 2
    assert rows_table("geo", {"error": "ImportError"}) is None


def test_markdown_scores_no_set_that_has_no_document_in_the_split():
    from sitroom.eval.render import HEADLINE, markdown

    empty = {"docs": 0, "gold": 0, "pred": 0, "detection": {"p": 0.0, "r": 0.0, "f1": 0.0},
             "fields": {}}
    scored = {**empty, "docs": 2, "gold": 2, "pred": 2,
              "detection": {"p": 0.5, "r": 1.0, "f1": 0.667}}
    lines = markdown({"readers": {"realnews": empty, "acled": scored}}).splitlines()
    assert lines[2] == "| realnews | 0 | 0 | 0 | " + " | ".join(["—"] * len(HEADLINE)) + " |"
    assert lines[3].startswith("| acled | 2 | 2 | 2 | 50.0 | 100.0 | 66.7 |")
