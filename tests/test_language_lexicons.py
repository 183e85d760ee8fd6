"""One loader merges shared/ with one folder per language: a language's data comes only from its folder,
so a new language is a folder and a registry entry."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path

import pytest

from exbench.language import LANGUAGES, Language, LexiconError, Lexicons, by_code, load
from exbench.language.lexicons import ROOT

TOPICS = sorted(path.stem for path in Path(str(ROOT), "shared").glob("*.json"))
XX = Language("xx", "Testish", "Latn", "0123456789", "ENGLISH", None, "xx")


def _write(root: Path, folder: str, topic: str, data: dict) -> None:
    (root / folder).mkdir(parents=True, exist_ok=True)
    (root / folder / f"{topic}.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


@pytest.fixture
def tiny(tmp_path: Path) -> Path:
    """A lexicon root with a shared skeleton, English and a made-up language."""
    _write(
        tmp_path,
        "shared",
        "words",
        {
            "_doc": "a test topic",
            "kinds": [{"kind": "award", "patterns": ["\\bprix\\b"]}, {"kind": "meeting", "patterns": []}],
            "heading": "^(?:⟦heading⟧)\\s*:",
            "ordered": ["⟦early⟧", "neutral"],
            "slots": {"heading": ["§"], "early": [], "closing": []},
            "closing": "(?:⟦closing⟧)$",
        },
    )
    _write(
        tmp_path,
        "en",
        "words",
        {
            "en": {"months": {"may": 5}},
            "kinds": {"award": {"patterns": ["award"]}},
            "slots": {"heading": ["findings"], "early": ["first"]},
            "ordered": ["last"],
        },
    )
    _write(
        tmp_path,
        "xx",
        "words",
        {
            "_note": "for people only",
            "xx": {"months": {"mai": 5}},
            "kinds": {"meeting": {"patterns": ["rencontre"]}},
            "slots": {"heading": ["constats"]},
        },
    )
    return tmp_path


def test_a_made_up_language_is_picked_up_from_its_folder(tiny):
    english = by_code("en")
    merged = Lexicons(tiny, [english, XX]).load("words")
    assert merged["xx"] == {"months": {"mai": 5}} and merged["en"] == {"months": {"may": 5}}
    assert merged["kinds"] == [
        {"kind": "award", "patterns": ["\\bprix\\b", "award"]},
        {"kind": "meeting", "patterns": ["rencontre"]},
    ]
    assert merged["heading"] == "^(?:§|findings|constats)\\s*:"
    assert merged["ordered"] == ["first", "neutral", "last"]  # a whole-item slot places the languages' items
    assert "_note" not in merged and "slots" not in merged and merged["_doc"] == "a test topic"


def test_two_languages_may_share_a_word_with_one_meaning(tiny):
    _write(tiny, "xx", "words", {"shared_words": {"festival": 1}})
    _write(tiny, "en", "words", {"shared_words": {"festival": 1}})
    assert Lexicons(tiny, [by_code("en"), XX]).load("words")["shared_words"] == {"festival": 1}


def test_without_its_registry_entry_a_folder_is_not_read(tiny):
    merged = Lexicons(tiny, [by_code("en")]).load("words")
    assert "xx" not in merged and merged["heading"] == "^(?:§|findings)\\s*:"
    assert merged["kinds"][1]["patterns"] == []


def test_a_slot_no_language_fills_matches_nothing(tiny):
    merged = Lexicons(tiny, [replace(XX, code="yy", lexicons="missing")]).load("words")
    assert merged["heading"] == "^(?:§)\\s*:" and merged["ordered"] == ["neutral"]
    assert merged["closing"] == "(?:(?!))$" and re.search(merged["closing"], "any text") is None


@pytest.mark.parametrize(
    ("part", "message"),
    [
        ({"en": {"months": {}}}, "gives data for 'en'"),  # a folder speaking for another language
        ({"heading": "^x"}, "would replace"),  # two parts giving different values for one place
        ({"kinds": {"ceremony": {"patterns": ["x"]}}}, "no shared record named 'ceremony'"),
        ({"xx": {"pattern": "⟦nowhere⟧"}}, "no slot 'nowhere'"),
        ({"slots": {"nowhere": ["x"]}}, "declares no slot 'nowhere'"),
    ],
)
def test_what_cannot_be_merged_is_an_error_naming_the_file(tiny, part, message):
    _write(tiny, "xx", "words", part)
    with pytest.raises(LexiconError, match=re.escape(message)):
        Lexicons(tiny, [by_code("en"), XX]).load("words")


_ARABIC_SCRIPT = re.compile(r"(?![\u0660-\u066d])[\u0621-\u06ff]")  # letters; the Arabic percent sign is a shared symbol
_TURKISH_ONLY = re.compile(r"[ığşĞŞİ]")


def _strings(value, key=None):
    if isinstance(value, dict):
        for inner_key, inner in value.items():
            # an organization's name is who it is, in any language; notes for people may quote any language
            if inner_key != "canonical_name" and not inner_key.startswith("_"):
                yield inner_key
                yield from _strings(inner, inner_key)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item, key)
    elif isinstance(value, str):
        yield value


@pytest.mark.parametrize(("dropped", "letters"), [("fa", _ARABIC_SCRIPT), ("tr", _TURKISH_ONLY)])
@pytest.mark.parametrize("topic", TOPICS)
def test_dropping_a_language_drops_all_its_words(topic, dropped, letters):
    kept = [entry for entry in LANGUAGES if entry.code != dropped]
    merged = Lexicons(ROOT, kept).load(topic)
    assert dropped not in merged
    assert [s for s in _strings(merged) if letters.search(s)] == []


@pytest.mark.parametrize("topic", TOPICS)
def test_every_language_of_the_package_merges_without_error(topic):
    assert load(topic) == Lexicons(ROOT, LANGUAGES).load(topic)


def test_the_rules_see_the_shapes_they_always_read():
    assert list(load("dates")) == ["_doc", "fa", "tr", "en"]
    reports = load("reports")
    strength = reports["sections"]["strength"]
    assert strength.startswith("^(?:نقاط\\s+قوت|نقطه\\s+قوت|") and strength.endswith(")\\s*(?::|$)")
    assert strength.index("نقاط") < strength.index("(?:güçlü|kuvvetli)") < strength.index("strengths?")  # registry order
    recognitions = load("recognitions")
    efqm = next(block for block in recognitions["levels"] if block["scheme"] == "efqm")["patterns"]
    assert efqm[0].startswith("recogni[sz]ed") and "جایزه{ez}\\s+(?:جهانی\\s+)?efqm" in efqm  # names of every language, one block
    assert recognitions["star_number"].startswith("(?<!\\w)(?:\\d|")  # digits, then each language's number words
    assert list(recognitions["not_attained"]) == ["fa", "tr", "en"]
