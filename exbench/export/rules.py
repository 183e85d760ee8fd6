"""The masking rules of blind exports, read from masking.json and folded once."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from exbench.export.fold import fold_term

RULES_FILE = Path(__file__).resolve().parent / "masking.json"


@dataclass(frozen=True)
class Script:
    """How a person's name is read in one script."""

    name_needs_capital: bool
    max_name_words: int
    surname_words: int
    role_needs_given_name: bool


@dataclass(frozen=True)
class Rules:
    """Every language's word lists, folded and merged (a text may mix languages)."""

    placeholders: dict[str, str]
    scripts: dict[str, Script]
    suffixes: frozenset[str]
    cue_suffixes: frozenset[str]
    honorifics: frozenset[str]
    roles: frozenset[str]
    cues_after_name: frozenset[str]
    skip_after_cue: frozenset[str]
    stop_words: frozenset[str]
    given_names: frozenset[str]
    organization_words: frozenset[str]
    organization_word_prefixes: tuple[str, ...]


def _merged(languages: dict, field: str) -> frozenset[str]:
    return frozenset(fold_term(word) for block in languages.values() for word in block.get(field, []))


@cache
def masking_rules(path: Path = RULES_FILE) -> Rules:
    """The rules of `path` (masking.json beside this module by default)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    languages = data["languages"]
    return Rules(
        placeholders=dict(data["placeholders"]),
        scripts={name: Script(**block) for name, block in data["scripts"].items()},
        suffixes=frozenset(fold_term(s) for s in data["suffixes"]),
        cue_suffixes=frozenset(fold_term(s) for s in data["cue_suffixes"]),
        honorifics=_merged(languages, "honorifics"),
        roles=_merged(languages, "roles"),
        cues_after_name=_merged(languages, "cues_after_name"),
        skip_after_cue=_merged(languages, "skip_after_cue"),
        stop_words=_merged(languages, "stop_words"),
        given_names=_merged(languages, "given_names"),
        organization_words=_merged(languages, "organization_words"),
        organization_word_prefixes=tuple(sorted(_merged(languages, "organization_word_prefixes"))),
    )
