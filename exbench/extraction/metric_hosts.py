"""The body a document says runs an award programme, which owns the programme's counts.

News of an award names who organizes it apart from the sentence that gives the
programme's figures: "... به میزبانی سازمان مدیریت صنعتی، برگزارکننده این جایزه"
then "دبیر جایزه ملی ... گفت: ۹۴ سازمان ارزیابی شدند"; "Ege Kıyı Belediyeler
Birliği'nin bu yıl altıncısını düzenlediği ... Ödülleri" then "Birlik verilerine
göre ... 16'sı değerlendirmeye alındı"; "organised by the Association of ...".
The figures are the organizer's, not the programme's name nor no one's.
Lexicons' metrics.json `programme_host`: `programme` (words of an award or
programme the sentence must speak of), `before` (what ends right before the
organizer's name), `after` (what opens right after it) and `subject_runs` (the
verb that ends a sentence whose subject, the organization it opens with, runs
the programme: "X (KTBB), ... “... Programı”nı yürütmektedir", "X runs the ...
Awards").
"""

from __future__ import annotations

from collections.abc import Sequence

from exbench.extraction.lexicons import any_match, fold, load
from exbench.extraction.model import DOCUMENT_SUBJECT, DocumentContext
from exbench.extraction.sentence_view import SentenceView

_REACH = 60  # characters either side of a name where its role as the organizer is said


def programme_hosts(views: Sequence[SentenceView], language: str | None) -> tuple[str, ...]:
    """The organizations the document says organize, run or host an award programme, in the order first named."""
    found: dict[str, None] = {}
    for index, view in enumerate(views):
        block = load("metrics").get(view.language or language or "", {}).get("programme_host", {})
        # the programme's name may run on to the next unit, where a narrow column's line ends mid-name
        following = views[index + 1].folded if index + 1 < len(views) else ""
        if not block or not any_match(block.get("programme", []), view.folded + " " + following):
            continue
        for mention in view.organizations:
            name = view.subject if mention.self_reference else mention.canonical  # "Birliğimizin ... düzenlediği"
            if not name:
                continue
            before = view.folded[max(0, mention.start - _REACH) : mention.start]
            after = view.folded[mention.end : mention.end + _REACH]
            if any_match(block.get("before", []), before) or any_match(block.get("after", []), after):
                found.setdefault(name, None)
        opener = _sentence_subject(view)
        if opener and any_match(block.get("subject_runs", []), view.folded):
            found.setdefault(opener, None)
    return tuple(found)


def _sentence_subject(view: SentenceView) -> str | None:
    """The organization a sentence opens with (its subject, where the verb comes last or follows it), if any."""
    first = view.organizations[0] if view.organizations else None
    if first is None or view.text[: first.start].strip():
        return None
    return view.subject if first.self_reference else first.canonical


def run_by_host(owner: dict[str, str | None], context: DocumentContext, programme: str | None) -> dict[str, str | None]:
    """A programme's count given to the programme's own name, or left to no one though the sentence speaks of the
    programme ("told"), is the one organizer the document names; one known only by its size is the document's own
    organization's when the document says it runs the programme."""
    if len(context.programme_hosts) != 1:
        return owner
    host = context.programme_hosts[0]
    named = owner.get("organization")
    if named and fold(named) in {fold(name) for name in context.programmes} and fold(named) != fold(host):
        return {"organization": host, "organization_basis": DOCUMENT_SUBJECT}
    if named is None and (programme == "told" or host == context.subject):
        return {"organization": host, "organization_basis": DOCUMENT_SUBJECT}
    return owner
