"""The rows of a table of counts that break a row above into its parts: which part of the team each one counts.

A table of a programme's cycles gives its team and its hours, then their parts ("Assessors deployed | 52",
"of which peer (member council officers) | 31", "of which external (licensed) | 21"): a row marked as a part
(lexicon `table_counts` `part_row`) that names no metric of its own counts the metric of the row it breaks down,
the part its own words qualify (metric_cells.qualified). Where a count of a team or its hours is the sum of two
other rows of the same count, one of them of one kind (internal or external), the other is the other kind
("Üye belediyelerden görev alan değerlendirici | 23", "KalDer lisanslı dış değerlendirici | 8", "Toplam
değerlendirici | 31"): the sum says so in every column that gives all three. A part whose kind stays unknown
is no count of its own: the row it breaks down already counts it.
"""

from __future__ import annotations

from exbench.extraction.lexicons import compiled, fold
from exbench.extraction.metric_cells import cell_count, header_metric, qualified, table_lexicon, team_family
from exbench.extraction.metric_pair_lines import Table

_KINDS = ("_internal", "_external")


def row_metrics(rows: Table, language: str) -> list[str | None]:
    """The metric each row counts (None: none), its parts read under the row they break down."""
    part_row = table_lexicon(language).get("part_row")
    codes: list[str | None] = []
    parts: set[int] = set()
    parent: str | None = None
    for index, row in enumerate(rows):
        label = fold(" ".join(row[0].split())) if row else ""
        code = header_metric(row[0], language) if row else None
        if part_row and compiled(part_row).search(label) and parent:
            parts.add(index)
            code = code or _part_code(parent, label, language)
        elif code:
            parent = code
        codes.append(code)
    codes = _complemented(rows, codes, language)
    # a part that names no kind counts what its row above counts: not a count of its own
    return [None if i in parts and code and code == _parent_of(codes, parts, i) else code for i, code in enumerate(codes)]


def _part_code(parent: str, label: str, language: str) -> str:
    """The metric of the row a part breaks down, of the kind the part's words name ("of which external")."""
    family = team_family(parent)
    kind = qualified(family, label, language)
    return family + kind[len(team_family(kind)) :]


def _parent_of(codes: list[str | None], parts: set[int], index: int) -> str | None:
    return next((codes[i] for i in range(index - 1, -1, -1) if i not in parts and codes[i]), None)


def _complemented(rows: Table, codes: list[str | None], language: str) -> list[str | None]:
    """A row of a team (or its hours) of no kind that, with a row of one kind, adds up to another row of no kind
    is the other kind."""
    result = list(codes)
    for total, code in enumerate(codes):
        if not code or code not in _PLAIN:
            continue
        for part, part_code in enumerate(codes):
            if part == total or part_code != code:
                continue
            for other, other_code in enumerate(codes):
                if other in (total, part) or not other_code or team_family(other_code) != code or other_code == code:
                    continue
                if _adds_up(rows[total], rows[part], rows[other], language):
                    kind = _KINDS[1] if other_code.endswith(_KINDS[0]) else _KINDS[0]
                    result[part] = code + kind
    return result


_PLAIN = ("assessors", "assessment_hours")


def _adds_up(total: tuple[str, ...], part: tuple[str, ...], other: tuple[str, ...], language: str) -> bool:
    """Whether one row is the sum of two others in every column that gives all three, and there is such a column."""
    columns = 0
    for cells in zip(total[1:], part[1:], other[1:], strict=False):
        values = [cell_count(cell, language) for cell in cells]
        if any(value is None for value in values):
            continue
        if values[0] != values[1] + values[2] or not values[1] or not values[2]:
            return False
        columns += 1
    return columns > 0
