"""Recognize the same document arriving twice (a PDF and its HTML page, a re-published copy).

Each document is summarized by the smallest hashes of its word 5-shingles
(a bottom-k sketch); two documents whose sketches overlap by at least
SIMILARITY are the same text. An inverted index on sketch values keeps this
linear in practice.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict

SKETCH_SIZE = 64
SHINGLE = 5
SIMILARITY = 0.8
COMMON_POSTINGS = 32  # a sketch value more documents share than this does not nominate candidates
_WORD = re.compile(r"\w+", re.UNICODE)


def sketch(text: str) -> frozenset[int]:
    """Bottom-k hashes of the word shingles of a text."""
    words = _WORD.findall(text.casefold())
    shingles = {" ".join(words[i : i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1))}
    hashes = sorted(int.from_bytes(hashlib.blake2b(s.encode(), digest_size=8).digest(), "big") for s in shingles)
    return frozenset(hashes[:SKETCH_SIZE])


def _resemblance(a: frozenset[int], b: frozenset[int]) -> float:
    union = sorted(a | b)[:SKETCH_SIZE]
    return sum(1 for h in union if h in a and h in b) / max(1, len(union))


def find_duplicates(sketches: list[tuple[str, frozenset[int]]]) -> dict[str, str]:
    """Map each repeating document to the first (in the given order) that it repeats.

    Candidates come from the sketch values few earlier documents share: a value
    that many documents share (boilerplate, a template) would make the search
    quadratic. Skipping it loses nothing, because a document it could still make
    a duplicate must share enough of the rare values as well (see _needed_rare).
    """
    index: dict[int, list[int]] = defaultdict(list)
    duplicate_of: dict[str, str] = {}
    for position, (document_id, current) in enumerate(sketches):
        original = _first_original(current, sketches, index)
        if original is not None:
            duplicate_of[document_id] = duplicate_of.get(original, original)
            continue
        for value in current:
            index[value].append(position)
    return duplicate_of


def _needed_rare(current: frozenset[int], common: int) -> float:
    """Rare values an earlier sketch must share with `current` to possibly pass the checks.

    Resemblance counts shared values among at most SKETCH_SIZE, and at least
    min(SKETCH_SIZE, len(current)), of the union's smallest: reaching SIMILARITY
    takes that share of shared values, of which at most `common` are common ones.
    """
    needed = max(SKETCH_SIZE * SIMILARITY / 2, SIMILARITY * min(SKETCH_SIZE, len(current)))
    return needed - common


def _first_original(
    current: frozenset[int], sketches: list[tuple[str, frozenset[int]]], index: dict[int, list[int]]
) -> str | None:
    votes: dict[int, int] = defaultdict(int)
    common: list[int] = []
    for value in current:
        postings = index.get(value, ())
        if len(postings) > COMMON_POSTINGS:
            common.append(value)
            continue
        for earlier in postings:
            votes[earlier] += 1
    needed = _needed_rare(current, len(common))
    if needed <= 0:  # a sketch of common values only: every document holding one is a candidate
        for value in common:
            for earlier in index[value]:
                votes.setdefault(earlier, 0)
    for earlier in sorted(e for e, shared in votes.items() if shared >= needed):
        other = sketches[earlier][1]
        if len(current & other) >= SKETCH_SIZE * SIMILARITY / 2 and _resemblance(current, other) >= SIMILARITY:
            return sketches[earlier][0]
    return None
