"""The manifest's columns and the check of each value: a clean value, a converted one with a note, or why it was dropped."""

from __future__ import annotations

import csv
import posixpath
import re
import unicodedata
from collections.abc import Callable
from functools import cache
from urllib.parse import urlsplit

from exbench.ingest.countries import code_of_name, country_code, country_name, country_of_url
from exbench.ingest.input_warnings import shown
from exbench.ingest.manifest_dates import check_cycle_year, check_published_on
from exbench.reference import seed_file

MANIFEST_COLUMNS = ("source_url", "published_on", "doc_kind", "organization", "cycle_year", "country", "org_type")
# The kinds core.documents.doc_kind documents (sql/ddl/create_core.sql); the reader accepts no other.
DOC_KINDS = ("news", "feedback_report", "plan", "web_page", "other")
MAX_TEXT = 300  # characters of an organization name
MAX_URL = 2000

Check = Callable[[str], tuple[str | None, str | None]]


@cache
def org_types() -> tuple[str, ...]:
    """The kinds of organization ref.codes lists (sql/seeds/codes.csv, code_kind org_type)."""
    with seed_file("codes").open(encoding="utf-8", newline="") as rows:
        return tuple(row["code"] for row in csv.DictReader(rows) if row["code_kind"] == "org_type")


def check_doc_kind(value: str) -> tuple[str | None, str | None]:
    kind = re.sub(r"[\s-]+", "_", value.strip().lower())
    if kind in DOC_KINDS:
        return kind, None
    return None, f"{shown(value)} is not a document kind (one of {', '.join(DOC_KINDS)})"


def check_source_url(value: str) -> tuple[str | None, str | None]:
    if len(value) > MAX_URL:
        return None, f"{shown(value)} is longer than {MAX_URL} characters"
    if any(c.isspace() or not c.isprintable() for c in value):
        return None, f"{shown(value)} holds spaces or control characters (percent-encode them)"
    try:
        parts = urlsplit(value)
    except ValueError as error:
        return None, f"{shown(value)} is not a URL ({error})"
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None, f"{shown(value)} is not an http(s) address"
    return value, None


def check_organization(value: str) -> tuple[str | None, str | None]:
    # Control characters (tabs, line breaks, NUL) become spaces; format characters such as the
    # zero-width non-joiner are kept, since Persian spelling needs them.
    text = " ".join("".join(" " if unicodedata.category(c) == "Cc" else c for c in value).split())
    text = unicodedata.normalize("NFC", text)
    if not text:
        return None, f"{shown(value)} is empty once control characters are removed"
    if len(text) > MAX_TEXT:
        return None, f"{shown(value)} is longer than {MAX_TEXT} characters"
    return text, None


def check_country(value: str) -> tuple[str | None, str | None]:
    """The country of the document's organization as an ISO 3166-1 alpha-2 code (TR, IR, AF, GB)."""
    code = country_code(value)
    if code:
        return code, None
    named = code_of_name(value)
    hint = f"; {named} is {country_name(named)}" if named else ""
    return None, f"{shown(value)} is not an ISO 3166-1 alpha-2 country code (write two letters, e.g. TR, IR, GB{hint})"


def check_org_type(value: str) -> tuple[str | None, str | None]:
    """The kind of the document's organization, one of ref.codes' org_type codes."""
    kind = re.sub(r"[\s-]+", "_", value.strip().lower())
    if kind in org_types():
        return kind, None
    return None, f"{shown(value)} is not a kind of organization (one of {', '.join(org_types())})"


CHECKS: dict[str, Check] = {
    "source_url": check_source_url,
    "published_on": check_published_on,
    "doc_kind": check_doc_kind,
    "organization": check_organization,
    "cycle_year": check_cycle_year,
    "country": check_country,
    "org_type": check_org_type,
}


def country_of_site(hints: dict[str, str]) -> tuple[str | None, str | None]:
    """(country, note) the site's country-code domain adds to a row's hints: the domain's country when the row
    gives none, a note when it gives another one (the column wins), (None, None) for a generic domain."""
    site = country_of_url(hints["source_url"]) if "source_url" in hints else None
    if site is None or hints.get("country") == site:
        return None, None
    if "country" in hints:
        return None, (
            f"the site's domain is {country_name(site)}'s ({site}) but the country column says "
            f"{hints['country']}; {hints['country']} was used"
        )
    return site, None


def normalize_path(value: str) -> tuple[str | None, str | None]:
    """A manifest path as the inventory spells paths (posix, relative to raw/, NFC), or why it is refused."""
    text = unicodedata.normalize("NFC", value.strip().replace("\\", "/"))
    if any(not c.isprintable() for c in text):
        return None, f"{shown(value)} holds control characters"
    if text.startswith("/") or re.match(r"[A-Za-z]:/", text):
        return None, f"{shown(value)} is an absolute path (write it relative to the raw folder)"
    clean = posixpath.normpath(text)
    if clean == ".." or clean.startswith("../"):
        return None, f"{shown(value)} points outside the raw folder"
    if clean == ".":
        return None, f"{shown(value)} names no file"
    return clean, None
