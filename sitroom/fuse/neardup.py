"""Near-duplicate articles: syndicated copies of one report with small edits.

Decision (explicit): an article whose word-shingle Jaccard similarity to a stored article
reaches ``copy_threshold`` (0.7) and that states the same numbers is a *copy*. It is
stored as an article linked to the original, its events are not extracted again, and it
is added as one more source to each of the original's events. A rewrite below the
threshold, or a near-copy whose numbers changed (an updated toll), is an ordinary
article: extracted, and its events fused one by one.

Lookup is a persistent LSH index: a MinHash signature cut into bands, one indexed row per
band, so finding candidates costs a few index probes however many articles are stored;
each candidate is confirmed with the exact Jaccard of the texts. The signature is
datasketch's ``affine32`` MinHash (seed 1), computed here with numpy alone: importing
datasketch loads scipy (0.5 s of every writer's start) and stored band keys must not
change (tests/fuse/test_neardup.py checks the two agree).
"""

from __future__ import annotations

import hashlib
import re
import struct
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

import numpy as np

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


#: MurmurHash3's 32-bit finalizer (shift, multiplier, shift, multiplier, shift), which
#: datasketch applies to each SHA-1 value before its affine permutations.
_FMIX32 = (16, 0x85EBCA6B, 13, 0xC2B2AE35, 16)
_MAX32 = np.uint32(0xFFFFFFFF)


def minhash(shingle_set: set[str], cfg: NearDupConfig | None = None) -> np.ndarray:
    """The MinHash signature of a shingle set (uint32, one value per permutation), equal
    to ``datasketch.MinHash(num_perm, seed=1).update_batch(...).hashvalues``."""
    cfg = cfg or load_config().neardup
    a, b = _permutations(cfg.num_perm)
    if not shingle_set:
        return np.full(cfg.num_perm, _MAX32, dtype=np.uint32)
    hv = np.fromiter(
        (struct.unpack_from("<I", hashlib.sha1(s.encode("utf-8")).digest())[0] for s in shingle_set),
        dtype=np.uint32, count=len(shingle_set),
    ).reshape(-1, 1)
    s1, m1, s2, m2, s3 = _FMIX32
    hv = hv ^ (hv >> np.uint32(s1))
    hv = hv * np.uint32(m1)
    hv = hv ^ (hv >> np.uint32(s2))
    hv = hv * np.uint32(m2)
    hv = hv ^ (hv >> np.uint32(s3))
    return (hv * a + b).min(axis=0)  # uint32 arithmetic wraps: a * h + b mod 2^32


@lru_cache(maxsize=2)
def _permutations(num_perm: int) -> tuple[np.ndarray, np.ndarray]:
    """The seeded affine permutations (odd ``a``, any ``b``), drawn as datasketch draws them."""
    gen = np.random.RandomState(1)
    a = gen.randint(0, 1 << 31, num_perm, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, num_perm, dtype=np.uint32)
    return a, b


def band_keys(text: str, cfg: NearDupConfig | None = None) -> list[int]:
    """One signed 64-bit key per LSH band (band number mixed in), for an indexed column."""
    return list(_band_keys(text, cfg or load_config().neardup))


# The writer asks for an article's bands up to three times, the last once the workers have
# extracted it: as many articles as the pool reads ahead come in between.
@lru_cache(maxsize=1024)
def _band_keys(text: str, cfg: NearDupConfig) -> tuple[int, ...]:
    values = minhash(shingles(text, cfg.shingle_words), cfg)
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
