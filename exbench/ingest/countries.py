"""The country a manifest states for a document's organization: an ISO 3166-1 code, or its site's domain.

The list of countries is the gazetteer's (lexicons/shared/gazetteer.json). A
country is never inferred from the language: Persian is written in Iran,
Afghanistan and Tajikistan alike.
"""

from __future__ import annotations

from functools import cache
from urllib.parse import urlsplit

from exbench.language.lexicons import load


@cache
def _countries() -> tuple[dict[str, str], dict[str, str]]:
    """Code -> English name, and a folded code or name -> code."""
    gazetteer = load("gazetteer")
    names: dict[str, str] = gazetteer["countries"]
    lookup = {code.casefold(): code for code in names} | {name.casefold(): code for code, name in names.items()}
    return names, lookup


def country_code(value: str) -> str | None:
    """The ISO 3166-1 alpha-2 code written (`ir`, `IR`), None when it is no code of the list."""
    code = value.strip().upper()
    return code if code in _countries()[0] else None


def code_of_name(value: str) -> str | None:
    """The code of a country written by its English name as the list spells it (`Turkey`), for a hint in a warning."""
    return _countries()[1].get(" ".join(value.split()).casefold())


def country_name(code: str) -> str:
    """The English name of a code."""
    return _countries()[0][code]


def country_of_url(url: str) -> str | None:
    """The country of a site's country-code domain (`www.ankara.bel.tr` -> TR, `x.gov.uk` -> GB); None for
    a generic domain (.com, .org, .eu) or an address that has no host name."""
    try:
        host = (urlsplit(url).hostname or "").rstrip(".")
    except ValueError:
        return None
    label = host.rsplit(".", 1)[-1].casefold() if "." in host else ""
    if len(label) != 2 or not label.isascii() or not label.isalpha():
        return None
    domains: dict[str, str] = load("gazetteer")["country_domains"]
    code = domains.get(label, label.upper())
    return code if code in _countries()[0] else None
