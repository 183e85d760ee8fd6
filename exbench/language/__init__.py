"""Language knowledge in one place: the registry, digits, scripts, detection, the document rule, the lexicons.

A new language is a registry entry (registry.py) and a lexicon folder
(lexicons/<code>/); docs/extending.md lists what else it may touch.
"""

from exbench.language.detect import detect_language, guess_language, latin_language, script_language
from exbench.language.digits import ARABIC_INDIC, ASCII, PERSIAN, digit_range, digit_value, in_digits, to_ascii_digits
from exbench.language.documents import document_language
from exbench.language.lexicons import LexiconError, Lexicons, load
from exbench.language.registry import LANGUAGES, SCRIPTS, Language, Script, by_code, capitals, extracted, ocr_models, of_script
from exbench.language.scripts import BASIC_LATIN, is_arabic_script
from exbench.language.text import fold, letter_forms, matching_form

__all__ = [
    "ARABIC_INDIC",
    "ASCII",
    "BASIC_LATIN",
    "LANGUAGES",
    "PERSIAN",
    "SCRIPTS",
    "Language",
    "LexiconError",
    "Lexicons",
    "Script",
    "by_code",
    "capitals",
    "detect_language",
    "digit_range",
    "digit_value",
    "document_language",
    "extracted",
    "fold",
    "guess_language",
    "in_digits",
    "is_arabic_script",
    "latin_language",
    "letter_forms",
    "load",
    "matching_form",
    "ocr_models",
    "of_script",
    "script_language",
    "to_ascii_digits",
]
