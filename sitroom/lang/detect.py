"""Which language a report is in: cheap for the usual case, careful for the rest.

First the share of each installed pack's function words ("the", "of", "said"...): a report
in a language sitroom reads settles there, with no model loaded. A report where no pack's
function words reach the threshold, and whose letters are mostly in one script (not a
translation beside the original), goes to a statistical detector (py3langid, whose model
ships inside its wheel: offline), trusted only above a probability. Too short a text, or an
unsure detector, gives None: the caller keeps the declared (or default) language, so a
terse English headline is never turned away.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from sitroom.lang import DEFAULT_LANGUAGE, LANG_DIR, _yaml, language_name, normalize, packs

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


@dataclass(frozen=True)
class Detection:
    code: str
    name: str
    probability: float
    method: str  # "function words" or "statistical"


def settings() -> dict[str, Any]:
    return _yaml(LANG_DIR / "detect.yaml")


@lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    # Languages with an ISO 639-1 code only: the model's dialect and creole classes (Egyptian
    # Arabic, Nigerian Pidgin...) would split a language's probability between near-twins.
    identifier.set_languages([c for c in identifier.nb_classes if len(c) == 2])
    return identifier


def article_language(article: Any) -> str:
    """The language an article is read in: the one its input declares when that is not the
    default, else the one its text is in (when that can be told), else the default.
    (``article`` is a `sitroom.model.Article`: its ``language`` and ``text``.)"""
    declared = normalize(article.language)
    if declared and declared != DEFAULT_LANGUAGE:
        return declared
    found = detect(article.text)
    return found.code if found is not None else (declared or DEFAULT_LANGUAGE)


def detect(text: str) -> Detection | None:
    """The language of ``text``, or None when the text is too short or the detector unsure."""
    conf = settings()
    words = [w.lower() for w in _WORD.findall(text[:20000])]
    if len(words) < int(conf["min_words"]):
        return None
    best_code, best_share = "", 0.0
    for code, pack in packs().items():
        function_words = pack.words("function_words")
        share = sum(w in function_words for w in words) / len(words)
        if share > best_share:
            best_code, best_share = code, share
    if best_code and best_share >= float(conf["function_word_share"]):
        return Detection(best_code, language_name(best_code), best_share, "function words")
    script, share = _dominant_script(text[:20000])
    if share < float(conf["dominant_script_share"]):
        return None  # mixed scripts: neither the original nor its translation dominates
    # Judge the text in its main script only: a place name quoted in its own script beside
    # an English sentence says nothing about the report's language.
    main = "".join(ch if not ch.isalpha() or _script(ch) == script else " " for ch in text[:20000])
    code, probability = _identifier().classify(main)
    if probability < float(conf["min_probability"]):
        return None
    code = normalize(str(code))
    return Detection(code, language_name(code), float(probability), "statistical")



def _script(ch: str) -> str:
    return unicodedata.name(ch, "UNKNOWN").split(" ")[0]


def _dominant_script(text: str) -> tuple[str, float]:
    """The script most of the text's letters are written in (LATIN, ARABIC...) and its share."""
    scripts = Counter(_script(ch) for ch in text if ch.isalpha())
    total = sum(scripts.values())
    if not total:
        return "", 0.0
    script, count = scripts.most_common(1)[0]
    return script, count / total
