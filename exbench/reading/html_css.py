"""Which elements of an HTML page its own style sheet lays out as boxes of their own.

A page's markup alone does not say where its lines break: `<div class="kpi"><b>34</b>organisations
applied</div>` reads "34organisations applied" by its tags, while the page's `.kpi b {display: block}`
prints the number on a line of its own, as every PDF of the page shows it. Four blind writers drew
figures this way (key-figure boxes, a running header with a `<span>` floated apart), so the reader asks
the page's own rules (its `<style>` sheets and `style` attributes, parsed with tinycss2, the CSS parser
WeasyPrint uses) which elements are blocks and which are boxes set side by side. No cascade is
computed: a rule that makes an element a block is taken as the page's word for it.
"""

from __future__ import annotations

import tinycss2
from selectolax.lexbor import LexborHTMLParser, SelectolaxError

BLOCK = "block"
BOX = "box"
HIDDEN = "none"
_DISPLAYS = {
    "none": HIDDEN,
    "block": BLOCK,
    "flex": BLOCK,
    "grid": BLOCK,
    "list-item": BLOCK,
    "table": BLOCK,
    "table-row": BLOCK,
    "inline-block": BOX,
    "inline-flex": BOX,
    "inline-grid": BOX,
    "table-cell": BOX,
}
MARK = "data-exbench-display"


def _display(declarations: list) -> str | None:
    """BLOCK, BOX or HIDDEN when the declarations set `display` to a value that breaks a line, sets boxes
    apart or prints nothing."""
    found = None
    for item in declarations:
        if item.type == "declaration" and item.lower_name == "display":
            value = tinycss2.serialize(item.value).strip().lower().split()
            found = _DISPLAYS.get(value[0]) if value else None
    return found


def _rules(sheet: str) -> list[tuple[str, str]]:
    """(selector, kind) of each rule of a style sheet that sets display, @media rules included."""
    found: list[tuple[str, str]] = []
    for rule in tinycss2.parse_stylesheet(sheet, skip_comments=True, skip_whitespace=True):
        if rule.type == "at-rule" and rule.lower_at_keyword == "media" and rule.content is not None:
            found += _rules(tinycss2.serialize(rule.content))
        elif rule.type == "qualified-rule":
            kind = _display(tinycss2.parse_blocks_contents(rule.content, skip_whitespace=True, skip_comments=True))
            if kind:
                found += [(selector.strip(), kind) for selector in tinycss2.serialize(rule.prelude).split(",")]
    return found


def mark_displayed_boxes(tree: LexborHTMLParser) -> None:
    """Mark (attribute MARK) every element the page's style lays out as a block, as a box apart, or hides.

    A selector the HTML parser cannot match (pseudo-elements, states like :hover) is skipped: it
    styles no text of the page as printed.
    """
    rules: list[tuple[str, str]] = []
    for style in tree.css("style"):
        rules += _rules(style.text() or "")
    for selector, kind in rules:
        if ":" in selector:
            continue
        try:
            nodes = tree.css(selector)
        except SelectolaxError:
            continue
        for node in nodes:
            node.attrs[MARK] = kind
    for node in tree.css("[style]"):
        declarations = tinycss2.parse_blocks_contents(node.attributes.get("style") or "", skip_whitespace=True)
        kind = _display(declarations)
        if kind:
            node.attrs[MARK] = kind
