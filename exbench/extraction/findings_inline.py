"""Findings written as running sentences that name their criterion inline ("Under criterion 3, ...",
"Kriter 4 kapsamında ...", "در معیار ۵ ..."), with no findings heading, label or mark to tell them.

A report written so groups its findings into paragraphs by criterion: a sentence that names one criterion
is a finding of it, and a sentence that names none is of the one criterion its paragraph names, or of
the criterion heading it stands under, or of the one criterion the paragraphs around it leave out of the
model's order (criterion 5 between paragraphs of 4 and 6). A longer paragraph names its criteria one
sentence at a time: a sentence in it that names none is of none. A sentence that names two criteria, or whose
paragraph names two, is of no criterion the reader can tell, and stays out, unless it goes on with the one
before it ("However, ...", "در همین معیار، ...": `continuing_lead`). Its kind is its grammar: a
stated lack makes an area for improvement (finding_polarity).

A lead clause that announces the finding ("Ekip şunu not etmiştir: X", "Kriter 7'de ekip şu tespitlerde
bulunmuştur: X") or carries the criterion into a complement ("Assessors also noted under criterion 5
that X") is no part of it: the finding is X.
"""

from __future__ import annotations

import re

from exbench.extraction.column_cells import TERMINAL, sentence_cells
from exbench.extraction.finding_polarity import states_a_lack
from exbench.extraction.lexicons import compiled
from exbench.extraction.model import DocumentContext, Evidence, PageInput
from exbench.extraction.report_criteria import criterion_by_name, criterion_heading
from exbench.extraction.report_facts import Finding
from exbench.extraction.report_lexicon import lexicon, line_key
from exbench.extraction.report_verdicts import unmarked_report, verdict_kind
from exbench.extraction.text_units import Span, lines

__all__ = ["inline_findings", "names_criteria_inline"]

# A line shorter than this share of the page's full lines, ending a sentence, ends its paragraph.
_PARAGRAPH_END = 0.8
# A sentence with fewer words than this beside its criterion's mention is a note on the findings ("Kriter 3
# kapsamında iki bulgu dikkat çekmiştir."), no finding.
_FINDING_WORDS = 6
# A paragraph of a criterion states at most this many findings (its strength and its area).
_PARAGRAPH_SENTENCES = 2
# A heading has at most this many words.
_HEADING_WORDS = 8
# The next list item's number alone on a cell's last line ("... (۱۰۰)" / "۶."): its dot ends no sentence.
_LIST_NUMBER = re.compile(r"\s*\d{1,2}\.\s*")
# A report written so names at least this many criteria one sentence at a time.
_LEAST_NAMED = 3
# A lead clause has at most this many words.
_LEAD_WORDS = 14

Cell = list[tuple[int, Span]]


def _mentions(key: str, framework: str | None = None) -> set[str] | None:
    """The criteria a sentence names ("criterion 3", "Item 5.2", "(7.1)", or a lead of a criterion's model name
    of more than one word and a comma: "در نتایج مشتریان، ..."); None where one mention names several at once
    ("criteria 1 and 2")."""
    found: set[str] = set()
    for code, patterns in lexicon()["criterion_names"].get(framework, {}).items():
        for pattern in patterns:
            if ("\\s" in pattern or " " in pattern) and compiled(r"^(?:[^\W\d_]+\s+)?(?:" + pattern + r")\s*[,،]").match(key):
                found.add(code)
    for match in compiled(lexicon()["criterion_mention"]).finditer(key):
        if match.group("more"):
            return None
        found.add(match.group("num"))
    code = compiled(lexicon()["finding_code"]).search(key)
    if code:
        found.add(code.group("num"))
    return found


def names_criteria_inline(keys: list[str]) -> bool:
    """Sentences of the report name distinct criteria one at a time, and it says how many strengths and
    areas it holds: a report whose findings are written inline, whatever headings it has."""
    text = " ".join(keys)
    named = set()
    for sentence in re.split(r"(?<=[.!?؟])\s+", text):
        mention = _mentions(sentence)
        named |= mention if mention and len(mention) == 1 else set()
    return len(named) >= _LEAST_NAMED and unmarked_report("\n".join(keys)) is not None


def _paragraphs(pages: list[PageInput]) -> list[list[tuple[int, Span]]]:
    """The report's lines grouped into paragraphs: a line ending a sentence well short of the page's full
    lines ends one, and a line that ends no sentence and is short (a heading) stands alone."""
    result: list[list[tuple[int, Span]]] = []
    current: list[tuple[int, Span]] = []
    for page in pages:
        page_lines = lines(page.text)
        widths = sorted(len(line.text) for line in page_lines)
        full = widths[int(0.9 * (len(widths) - 1))] if widths else 0
        for line in page_lines:
            ends = line.text.rstrip().endswith(TERMINAL)
            short = len(line.text) < _PARAGRAPH_END * full
            if short and not ends and (not current or current[-1][1].text.rstrip().endswith(TERMINAL)):
                result += [current, [(page.page_number, line)]] if current else [[(page.page_number, line)]]
                current = []  # a heading, a table's row: a paragraph of its own
                continue
            current.append((page.page_number, line))
            if ends and short:
                result.append(current)
                current = []
    if current:
        result.append(current)
    return result


def _scores_heading(key: str) -> bool:
    """A heading of the report's scores ("3. Puanlama", "Scoring profile (% of criterion maximum)"): a few words
    that end no sentence."""
    bare = compiled(lexicon()["heading_number"]).sub("", key, count=1)
    short = len(bare.split()) <= _HEADING_WORDS and not bare.endswith(TERMINAL)
    return short and compiled(lexicon()["score_section"]).match(bare) is not None


def _words(text: str) -> list[str]:
    """A sentence's words beside the criterion it names."""
    return compiled(lexicon()["criterion_mention"]).sub(" ", line_key(text)).split()


def _joined(cell: Cell) -> str:
    return " ".join(span.text for _, span in cell)


def _lead_end(text: str, named: bool) -> int:
    """Where the finding starts after a lead clause that announces it (a colon) or hands it to a complement:
    naming its criterion ("... under criterion 5 that X"), or under a heading, the assessors' or a kind's clause
    ("The assessors noted that X", "An opportunity remains in that X"); 0 where there is none."""
    key = line_key(text)
    if len(key) != len(text):
        return 0  # a fold that changed the text's length gives no offsets in it
    complements = lexicon()["verdict_lead_ends"] if named else lexicon()["heading_lead_ends"]
    ends = [r"\s*:\s+"] + ([r"\s(?:" + "|".join(complements) + r")\s+"] if complements else [])
    for end in ends:
        found = compiled(end).search(key)
        if found and len(key[: found.start()].split()) <= _LEAD_WORDS and key[found.end() :].strip():
            lead = key[: found.start()]
            if end != ends[0] and named and not compiled(lexicon()["criterion_mention"]).search(lead):
                continue
            if compiled(r"(?<!\w)(?:" + "|".join(lexicon()["verdict_lead_subjects"]) + r")(?!\w)").search(lead):
                return found.end()
            if end != ends[0] and not named and verdict_kind(lead):  # "An opportunity remains in that X"
                return found.end()
    return 0


def _trim(cell: Cell, start: int) -> Cell:
    """The part of a sentence's pieces from an offset of their joined text on."""
    kept, offset = [], 0
    for page, span in cell:
        low = max(start - offset, 0)
        if low < len(span.text):
            kept.append((page, Span(span.start + low, span.end, span.text[low:])))
        offset += len(span.text) + 1
    return kept or cell


def _heading(key: str, framework: str | None) -> str | None:
    """The criterion a heading names by the criterion word and its number ("3.1 Category 1 – Leadership") or
    by the model's name; None for any other heading ("3.1 Direction" numbers a part of the report)."""
    worded = compiled(lexicon()["criterion_lead"]).sub("", key, count=1)
    found = criterion_heading(key) if compiled("^" + lexicon()["criterion_word_lead"]).match(worded) else None
    return found.group("num").split(".")[0] if found else criterion_by_name(key, framework)


def _ordered_gap(before: str | None, after: str | None) -> str | None:
    """The one criterion the model's order leaves between two paragraphs' criteria (5 between 4 and 6)."""
    if before and after and before.isdigit() and after.isdigit() and int(after) - int(before) == 2:
        return str(int(before) + 1)
    return None


def inline_findings(
    pages: list[PageInput],
    context: DocumentContext,
    framework: str | None,
    stated: dict[str, int] | None,
) -> list[Finding]:
    """The sentences of a report's paragraphs as findings of the criterion they, their paragraph or the
    criterion heading they stand under name. None at all where the report says it holds fewer of a kind
    than were read (`stated`): they are not its findings."""
    texts = {page.page_number: page.text for page in pages}
    units = []  # (paragraph's criterion or None, [(cell, own criteria)])
    heading = None
    for paragraph in _paragraphs(pages):
        if _scores_heading(line_key(paragraph[0][1].text)):
            heading = None  # "Scoring profile (% of criterion maximum)" / "C1" ...: the scores, no criterion's sentences
            continue
        if len(paragraph) == 1 and not paragraph[0][1].text.rstrip().endswith(TERMINAL):
            heading = _heading(line_key(paragraph[0][1].text), framework)
            continue
        cells = [cell for cell in sentence_cells(paragraph) if not _scores_heading(line_key(cell[0][1].text))]
        named = [(cell, _mentions(line_key(_joined(cell)), framework)) for cell in cells]
        if any(mention is None for _, mention in named):
            units.append(("?", []))  # "criteria 1 and 2": whatever this paragraph says is of no one criterion
            continue
        criteria = set().union(*(mention for _, mention in named)) if named else set()
        own = next(iter(criteria)) if len(criteria) == 1 else heading if not criteria else "?"
        said = sum(len(_words(_joined(cell))) >= _FINDING_WORDS for cell in cells)
        own = "?" if criteria and said > _PARAGRAPH_SENTENCES else own  # a long one names them one by one
        units.append((own, named))
    findings = []
    for index, (own, named) in enumerate(units):
        if own is None and named:
            before = next((u[0] for u in reversed(units[:index]) if u[0] and u[1]), None)
            after = next((u[0] for u in units[index + 1 :] if u[0] and u[1]), None)
            own = _ordered_gap(before, after)
        last = None  # the criterion of the sentence before, in this paragraph
        for cell, mention in named:
            text = _joined(cell)
            criterion = next(iter(mention)) if mention and len(mention) == 1 else own if not mention else None
            if not mention and criterion == "?" and compiled(lexicon()["continues_sentence"]).match(line_key(text)):
                criterion = last  # "However, ...", "در همین معیار، ...": the sentence before goes on
            last = criterion
            if (
                not criterion
                or criterion == "?"
                or not text.rstrip().endswith(TERMINAL)
                or _LIST_NUMBER.fullmatch(line_key(cell[-1][1].text))
            ):
                continue
            if len(_words(text)) < _FINDING_WORDS:
                continue
            cell = _trim(cell, _lead_end(text, bool(mention)))
            text = " ".join(_joined(cell).split())
            kind = "improvement_area" if states_a_lack(text) else "strength"
            page = cell[0][0]
            on_page = [span for p, span in cell if p == page]
            quote = texts[page][on_page[0].start : on_page[-1].end]
            findings.append(Finding(context.subject, framework, criterion, None, kind, text, Evidence(page, quote)))
    if stated and any(sum(f.finding_type == kind for f in findings) > count for kind, count in stated.items()):
        return []
    return findings
