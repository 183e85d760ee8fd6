"""The lexicons as the rules use them: patterns with macros, compiled once.

Rules are data (exbench/language/lexicons/, merged by exbench.language's one
loader), so a new language or a new phrasing is an edit to a file, not to code.
Patterns are written in lower case and matched against `fold(text)`, which
keeps offsets.
"""

from __future__ import annotations

import re
from functools import cache

from exbench.language import fold, load

__all__ = ["any_match", "compiled", "expand", "fold", "load"]

# Macros usable inside patterns: {zw} is an optional Persian joiner (ZWNJ, space
# or nothing between a stem and its suffix), {w} one word, {ez} the hamza Persian may write above a final ه for
# its ezafe ("جشنوارهٔ تعالی", "جایزهٔ ملی").
_MACROS = {
    "{zw}": "[\u200c ]?",
    "{ez}": "\u0654?",
    "{w}": r"[^\s،,.;:!?؟()«»“”\"]+",
}


_CLASS = re.compile(r"\[(?:\\.|[^\]])*\]")


def _dotless_i_also_dotted(pattern: str) -> str:
    """Let a written ı also match i: fold() turns upper-case I (as in "AÇIK") into i."""
    parts, cursor = [], 0
    for match in _CLASS.finditer(pattern):
        parts.append(pattern[cursor : match.start()].replace("ı", "[ıi]"))
        klass = match.group(0)
        parts.append(klass[:-1] + "i]" if "ı" in klass and "i" not in klass else klass)
        cursor = match.end()
    parts.append(pattern[cursor:].replace("ı", "[ıi]"))
    return "".join(parts)


def expand(pattern: str) -> str:
    """Replace the macros of a lexicon pattern with their regex; a written ı also matches i."""
    for macro, regex in _MACROS.items():
        pattern = pattern.replace(macro, regex)
    return _dotless_i_also_dotted(pattern)


@cache
def compiled(pattern: str) -> re.Pattern[str]:
    """A lexicon pattern compiled once (macros expanded)."""
    return re.compile(expand(pattern))


def any_match(patterns: list[str], folded_text: str) -> bool:
    """True when one of the lexicon patterns occurs in the folded text."""
    return any(compiled(pattern).search(folded_text) for pattern in patterns)
