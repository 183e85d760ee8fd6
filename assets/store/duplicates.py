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
    """Map each repeating document to the first (in the given order) that it repeats."""
    index: dict[int, list[int]] = defaultdict(list)
    duplicate_of: dict[str, str] = {}
    for position, (document_id, current) in enumerate(sketches):
        votes: dict[int, int] = defaultdict(int)
        for value in current:
            for earlier in index[value]:
                votes[earlier] += 1
        for earlier, shared in sorted(votes.items()):
            if shared >= SKETCH_SIZE * SIMILARITY / 2 and _resemblance(current, sketches[earlier][1]) >= SIMILARITY:
                original = sketches[earlier][0]
                duplicate_of[document_id] = duplicate_of.get(original, original)
                break
        if document_id not in duplicate_of:
            for value in current:
                index[value].append(position)
    return duplicate_of
