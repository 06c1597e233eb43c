"""Near-duplicate articles: syndicated copies of one report with small edits.

Decision (explicit): an article whose word-shingle Jaccard similarity to a stored article
reaches ``copy_threshold`` (0.7) and that states the same numbers is a *copy*. It is
stored as an article linked to the original, its events are not extracted again, and it
is added as one more source to each of the original's events. A rewrite below the
threshold, or a near-copy whose numbers changed (an updated toll), is an ordinary
article: extracted, and its events fused one by one.

Lookup is a persistent LSH index: a MinHash signature (datasketch) cut into bands, one
indexed row per band, so finding candidates costs a few index probes however many
articles are stored; each candidate is confirmed with the exact Jaccard of the texts.
"""

from __future__ import annotations

import hashlib
import re
import struct
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from datasketch import MinHash

from sitroom.fuse.config import NearDupConfig, load_config
from sitroom.model import Article

if TYPE_CHECKING:
    from sitroom.store import Store

_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class Copy:
    """This article is a near-duplicate of ``original_id``."""

    original_id: str
    similarity: float

    @property
    def reason(self) -> str:
        return (
            f"near-duplicate of article {self.original_id} (shingle Jaccard"
            f" {self.similarity:.2f}): linked, not extracted again"
        )


def shingles(text: str, k: int | None = None) -> set[str]:
    """Lower-cased word k-grams; punctuation and spacing edits do not change them."""
    k = k or load_config().neardup.shingle_words
    words = [w.lower() for w in _WORD.findall(text)]
    if len(words) <= k:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + k]) for i in range(len(words) - k + 1)}


def numbers(text: str) -> set[str]:
    """The figures a report states (digits and number words): a changed toll is news."""
    number_words = load_config().neardup.number_words
    words = (w.lower() for w in _WORD.findall(text))
    return {w for w in words if w.isdigit() or w in number_words}


def jaccard(a: set[str], b: set[str]) -> float:
    if not a and not b:
        return 1.0
    return len(a & b) / len(a | b)


def minhash(shingle_set: set[str], cfg: NearDupConfig | None = None) -> MinHash:
    cfg = cfg or load_config().neardup
    template = _template(cfg.num_perm)
    mh = MinHash(
        num_perm=cfg.num_perm, seed=1, permutations=template.permutations, scheme=template.scheme
    )
    mh.update_batch([s.encode("utf-8") for s in shingle_set])
    return mh


@lru_cache(maxsize=2)
def _template(num_perm: int) -> MinHash:
    """A MinHash whose seeded permutations every signature reuses (datasketch draws them
    again for each one otherwise)."""
    return MinHash(num_perm=num_perm, seed=1)


def band_keys(text: str, cfg: NearDupConfig | None = None) -> list[int]:
    """One signed 64-bit key per LSH band (band number mixed in), for an indexed column."""
    return list(_band_keys(text, cfg or load_config().neardup))


@lru_cache(maxsize=32)  # the writer asks for an article's bands up to three times
def _band_keys(text: str, cfg: NearDupConfig) -> tuple[int, ...]:
    values = minhash(shingles(text, cfg.shingle_words), cfg).hashvalues
    keys = []
    for band in range(cfg.bands):
        chunk = values[band * cfg.rows : (band + 1) * cfg.rows]
        digest = hashlib.blake2b(
            struct.pack(f"<I{cfg.rows}Q", band, *(int(v) for v in chunk)), digest_size=8
        ).digest()
        keys.append(struct.unpack("<q", digest)[0])
    return tuple(keys)


def best_copy(text: str, candidates: dict[str, str], threshold: float | None = None) -> Copy | None:
    """The stored article (id → text) this text copies: similar enough, same figures."""
    if not candidates:  # most articles: no stored one shares an LSH band
        return None
    threshold = load_config().neardup.copy_threshold if threshold is None else threshold
    mine, figures = shingles(text), numbers(text)
    best: Copy | None = None
    for article_id, other in candidates.items():
        if numbers(other) != figures:
            continue  # an update, not a copy: extract it
        sim = jaccard(mine, shingles(other))
        if sim >= threshold and (best is None or sim > best.similarity):
            best = Copy(article_id, round(sim, 4))
    return best


def find_copy(store: Store, article: Article, keys: list[int] | None = None) -> Copy | None:
    """The stored original this article copies, if any (call before extracting it)."""
    keys = keys if keys is not None else band_keys(article.text)
    ids = [i for i in store.similar_articles(keys) if i != article.id]
    texts = {}
    for article_id in ids:
        stored = store.get_article(article_id)
        if stored is not None:
            texts[article_id] = stored.text
    return best_copy(article.text, texts)
