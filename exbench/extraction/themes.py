"""Map a label in any language to one of the shared themes (MISSION.md 4.4)."""

from __future__ import annotations

from exbench.extraction.lexicons import compiled, fold, load


def theme_of(label: str) -> str | None:
    """The first theme whose keyword occurs in the label; None when none does."""
    folded = fold(label)
    for block in load("structure")["themes"]:
        if any(compiled(pattern).search(folded) for pattern in block["patterns"]):
            return block["theme"]
    return None
