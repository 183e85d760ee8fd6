"""Pairs of organizations that learn from each other, listed one pair a line.

A line that is nothing but two organizations ("Bağcılar Belediyesi - Savaştepe
Belediyesi") is a pair; the document's subject says what kind of link
(expert exchange, sister city, benchmarking). In a sister-city list, a line
naming one other organization (with or without the document's own) links it to
the document's organization.
"""

from __future__ import annotations

from exbench.extraction.lexicons import any_match, compiled, fold, load
from exbench.extraction.model import DocumentContext, PageInput, PeerLink
from exbench.extraction.organizations import find_organizations
from exbench.extraction.quotes import quote
from exbench.extraction.text_units import lines


def link_type(document_text: str) -> str | None:
    """The kind of peer link the document is about, if any."""
    folded = fold(document_text)
    for block in load("structure")["peer_link_types"]:
        if any_match(block["patterns"], folded):
            return block["link_type"]
    return None


def extract_peer_links(pages: list[PageInput], context: DocumentContext, kind: str | None) -> list[PeerLink]:
    """Pairs listed line by line; nothing when the document names no kind of link."""
    if kind is None:
        return []
    found: dict[tuple[str, str], PeerLink] = {}
    glue = compiled(load("structure")["pair_glue"])  # what stands between the two names of a pair
    for page in pages:
        for line in lines(page.text):
            mentions = [m for m in find_organizations(line.text, page.language or context.language) if not m.self_reference]
            named = [m for m in mentions if m.canonical]
            if len(named) == 2 and glue.match(line.text[named[0].end : named[1].start]):
                pair = (named[0].canonical, named[1].canonical)
            elif kind == "sister_city" and context.subject:
                others = [m for m in named if m.canonical != context.subject]
                if len(others) != 1 or len(named) > 2:
                    continue
                pair = (context.subject, others[0].canonical)
            else:
                continue
            if pair[0] != pair[1] and pair not in found:
                found[pair] = PeerLink(pair[0], pair[1], kind, None, quote(page.page_number, line))
    return list(found.values())
