"""How the lines of a feedback report are told apart: criterion headings, findings
headings and labels, findings-table rows, score tables, and whether a document is a
report at all (from this structure, never from its title).

Every word is lexicon data (`reports.json` of each language); patterns are matched on
`line_key`: folded text with ASCII digits, whose offsets are the page's.
"""

from __future__ import annotations

import re
from functools import cache

from exbench.extraction.lexicons import compiled, fold, load
from exbench.extraction.model import PageInput
from exbench.extraction.score_tables import ScoreTable, header_columns, named_scores
from exbench.extraction.text_units import lines
from exbench.language import to_ascii_digits


@cache
def lexicon() -> dict:
    """The merged `reports` lexicon, loaded once."""
    return load("reports")


def line_key(text: str) -> str:
    """A line as the patterns see it: folded, ASCII digits, offsets kept."""
    return to_ascii_digits(fold(text)).strip()


def is_report(pages: list[PageInput]) -> bool:
    """A feedback report by its structure, never by its title: criterion sections with findings
    headings or labels, a score table whose rows read, or a table of findings."""
    spans = [span for page in pages for span in lines(page.text)]
    keys = [line_key(span.text) for span in spans]
    marks = legend_marks(keys)
    numbered = compiled(lexicon()["numbered_criterion"])
    opens = [bool(section_heading(unnumbered(k)) or finding_label(k, s.text)) for k, s in zip(keys, spans, strict=True)]
    headed = compiled(lexicon()["numbered_heading"])
    criteria = sum(
        1
        for index, k in enumerate(keys)
        if criterion_heading(k)
        or numbered.match(k)
        or compiled(lexicon()["related_criterion"]).match(k)
        or headed.match(k)
        and index + 1 < len(keys)
        and opens[index + 1]
        and not opens[index]
    )
    sections = sum(opens)
    findings_tables = sum(1 for index in range(len(keys)) if findings_header(keys[max(0, index - 4) : index + 1]))
    rows = sum(1 for k in keys if table_row_type(k, marks))
    return (
        criteria >= 2
        and (sections >= 2 or findings_tables or score_rows(keys) >= 2)
        or (findings_tables and rows + sections >= 2 or score_rows(keys) >= 3)
        or criteria >= 2
        and bool(named_scores("\n".join(keys), None))  # a scoring profile in prose
    )


def header_short(key: str) -> bool:
    """A line that could be one cell of a table header wrapped over lines ("Kriter" / "Puan")."""
    return len(key) < 40 and not re.search(r"\d", key) and not key.endswith((".", "!", "?", "؟"))


def findings_header(keys: list[str]) -> str | None:
    """The header of a findings table ending at the last of these lines, its cells perhaps wrapped
    over the short lines before it: the longest such header (its first cell may be a running number)."""
    found = None
    for count in range(1, len(keys) + 1):
        if count > 1 and not header_short(keys[-count]):
            break
        window = " ".join(keys[-count:])
        if compiled(lexicon()["findings_table_header"]).match(window) and (
            found is None or compiled(lexicon()["findings_table_numbered"]).match(window)
        ):
            found = window
    return found


def score_header(keys: list[str]) -> tuple[list[str], str] | None:
    """The columns of a score-table header whose cells wrapped over the short lines ending here, and its text."""
    found = None
    for count in range(2, len(keys) + 1):
        if not header_short(keys[-count]):
            break
        text = " ".join(keys[-count:])
        columns = header_columns(text)
        found = (columns, text) if columns else found
    return found


def score_rows(keys: list[str]) -> int:
    """How many rows the score tables of these lines read (a header alone is no table)."""
    count, table = 0, None
    for index, key in enumerate(keys):
        if table is not None:
            belongs, row = table.row(key)
            count += row is not None
            if belongs and not (row and row.criterion is None):
                continue
            count += len(table.ordered())  # rows named, not numbered, as many as a model's criteria
            table = None
        columns = header_columns(key)
        wrapped = score_header(keys[max(0, index - 4) : index + 1])  # the widest reading of a wrapped header
        header = wrapped if wrapped and (not columns or len(wrapped[0]) >= len(columns)) else (columns, key) if columns else None
        if header:
            table = ScoreTable(header[0], header=header[1])
    return count + (len(table.ordered()) if table is not None else 0)


def unnumbered(key: str) -> str:
    """A heading without its section number ("3. puan tablosu" -> "puan tablosu")."""
    return compiled(lexicon()["heading_number"]).sub("", key, count=1)


def finding_label(key: str, text: str) -> tuple[str, re.Match[str]] | None:
    """A finding introduced by its kind ("strength 3.1 ...", "güçlü yön: ...", "قوت ۱-۲: ...");
    a label with no number or colon stands before a capital ("Strength The company's ...")."""
    for finding_type, pattern in lexicon()["finding_labels"].items():
        match = compiled(pattern).match(key)
        if match and (match.group("running") or match.group("sep") or match.group("crit") or text[match.start("text")].isupper()):
            return finding_type, match
    return None


def table_type(words: str, anywhere: bool = True) -> tuple[str, re.Match[str]] | None:
    """The first finding-type cell in a findings-table row (or at its start); a wrapped cell may have lost its spaces."""
    best = None
    for finding_type, pattern in lexicon()["table_types"].items():
        regex = compiled(r"(?<!\w)(?:" + pattern + r")(?!\w)")
        match = regex.search(words) if anywhere else regex.match(words)
        if match and (best is None or match.start() < best[1].start()):
            best = (finding_type, match)
    return best


def table_row_type(key: str, marks: dict[str, str] | None = None) -> tuple[str, int] | None:
    """The type cell of a findings-table row with the criterion's name beside its number, or a
    kind mark of the report's key after the row's codes ("1 1.1 + ...", "۲ ۱-۲ − ...")."""
    row = re.match(r"^(\d{1,2})[.)]?\s+(.+)$", key)
    if not row:
        return None
    if marks:
        coded = re.match(r"^(?:\d{1,3}(?:[.\-]\d{1,2}|[a-e])?\s+){1,2}", key)
        marked = mark_type(key[coded.end() :], marks) if coded else None
        if marked:
            return marked
    found = table_type(row.group(2))
    return (found[0], found[1].end()) if found else None


def _canonical(mark: str) -> str:
    """A dash of any length (-, –, —, −) is one mark."""
    return mark if mark == "+" else "-"


def legend_marks(keys: list[str]) -> dict[str, str]:
    """The marks a report's key gives the finding kinds ("Key: + strength, – area for improvement",
    "علامت + نشانه نقطه قوت و علامت − نشانه زمینه قابل بهبود"): the first line pairing two marks
    with two different kinds; none without such a line (a dash is a bullet otherwise)."""
    joined = (key + " " + after for key, after in zip(keys, [*keys[1:], ""], strict=True))  # a key wrapped over two lines
    return next((found for found in map(legend, joined) if found), {})


def legend(key: str) -> dict[str, str]:
    """The marks one line of a report's key gives the finding kinds, when it pairs two with two."""
    found: dict[str, str] = {}
    for match in compiled(lexicon()["legend_mark"]).finditer(key):
        kind = table_type(key[match.end() :], anywhere=False)
        if kind:
            found.setdefault(_canonical(match.group("mark")), kind[0])
    return found if len(found) >= 2 and len(set(found.values())) >= 2 else {}


def mark_type(key: str, marks: dict[str, str]) -> tuple[str, int] | None:
    """The kind a line's opening mark stands for in this report, and where its text starts."""
    match = compiled(lexicon()["finding_mark"]).match(key)
    if match and _canonical(match.group("mark")) in marks:
        return marks[_canonical(match.group("mark"))], match.end()
    return None


def criterion_named(key: str, framework: str | None, anywhere: bool = True) -> tuple[str, int] | None:
    """A criterion named by the model's own name at the start of a line ("Strategy: ...",
    "هدف، چشم‌انداز و استراتژی: ..."), and where the name ends: in the report's framework, else
    in any framework where the name is one criterion's only (unless `anywhere` is False)."""
    names = lexicon()["criterion_names"]
    for frameworks in ([framework] if framework in names else [], list(names) if anywhere else []):
        found: dict[str, int] = {}
        for name in frameworks:
            for code, patterns in names[name].items():
                for pattern in patterns:
                    match = compiled(lexicon()["criterion_name"].replace("{name}", "(?:" + pattern + ")")).match(key)
                    if match:
                        found[code] = max(found.get(code, 0), match.end())
        if found:
            return next(iter(found.items())) if len(found) == 1 else None
    return None


def finding_code(key: str) -> re.Match[str] | None:
    """A sub-criterion code closing a finding ("... [1c]", "... (2a)"): whose finding it is."""
    return compiled(lexicon()["finding_code"]).search(key)


def criterion_heading(key: str) -> re.Match[str] | None:
    for pattern in lexicon()["criterion_heading"]:
        match = compiled(pattern).match(key)
        if match:
            return match
    return None


def section_heading(key: str) -> tuple[str, int] | None:
    """A findings heading: its kind, and where the text after it starts (a heading may
    be qualified or counted: "Key Strengths (3)", "نقاط قوت کلیدی")."""
    for finding_type, pattern in lexicon()["sections"].items():
        match = compiled(pattern).match(key)
        if match:
            return finding_type, match.end()
    bare = key
    for decoration in lexicon()["heading_decoration"]:
        bare = compiled(decoration).sub("", bare, count=1)
    if bare == key:
        return None
    for finding_type, pattern in lexicon()["sections"].items():
        match = compiled(pattern).match(bare)
        if match:
            return finding_type, len(key) if match.end() == len(bare) else key.index(":") + 1
    return None
