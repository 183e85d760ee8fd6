"""Who owns a count: the organization assessed for the counts of one assessment, the organizer for a programme's.

A count of one assessment (its team, hours, findings) is the assessed
organization's, never an assessing body's; a count of a whole programme (every
applicant of an award or a festival) is the organizer's (lexicons' metrics.json
`assessed_side`, `programme_side`).
"""

from __future__ import annotations

import re
from functools import cache

from exbench.extraction.fact_owners import member_body, not_a_members_body
from exbench.extraction.lexicons import any_match, fold, load
from exbench.extraction.metric_counted import counted_units_of, not_counted
from exbench.extraction.metric_hosts import run_by_host
from exbench.extraction.metric_programmes import programme_before, programme_referred
from exbench.extraction.model import DOCUMENT_SUBJECT, NAMED, NOT_FOUND, DocumentContext
from exbench.extraction.organizations import find_organizations, is_assessment_body
from exbench.extraction.sentence_view import SentenceView


def metric_owner(
    view: SentenceView, context: DocumentContext, code: str, position: int, programme: str | None
) -> dict[str, str | None]:
    """Who a count belongs to. A count of one assessment (its team, hours, findings) is the assessed
    organization's, never an assessing body's. A count of a whole programme is its organizer's: the
    organization the sentence names (not a name it counts), else the one award body the document names in full
    when the sentence names it by its scheme's bare word ("KalDer’in"), else none when the sentence speaks of the programme without naming who runs
    it (lexicon `unnamed_programme`), else the one the document's own organization is a unit of (a
    municipality's festival of its units), else the assessing body or the organization the sentence before
    names, else the document's own organization (it runs the programme), never the section's. A count known
    to be a programme's only by its size ("sized", the sentence does not say so) takes only an organizer the
    sentence names, the parent, an assessing body or the programme whose own page it is: else none. Findings of
    that size (lexicon `sized_side`: "1,488 strengths and 1,702 areas for improvement" in a programme's reports)
    are read as one assessment's first, and go to the organizer only where that finds no owner."""
    shared = load("metrics")
    sized_total = programme == "sized" and code in shared.get("sized_side", [])
    if sized_total:  # findings summed over a programme's reports: the organizer's where the text gives them no one else
        own = metric_owner(view, context, code, position, None)
        if own["organization"]:
            return own
    if programme and (code in shared.get("programme_side", []) or sized_total):
        return run_by_host(_programme_owner(view, context, code, position, programme), context, programme)
    parent = _parent_of(context.subject, context.language)
    if (
        parent
        and code in shared.get("programme_side", [])
        and any_match(_language_block(view, context).get("parent_words", []), view.folded)
    ):
        return {"organization": parent, "organization_basis": NAMED}  # "Belediyemiz personelinden oluşan 38 iç değerlendirici"
    return _assessed_owner(view, context, code, position)


def _programme_owner(
    view: SentenceView, context: DocumentContext, code: str, position: int, programme: str
) -> dict[str, str | None]:
    """The organizer of the programme a count is a whole programme's (metric_owner)."""
    counted = counted_units_of(view, position)
    before = _on_its_line(view, position, view.organization_before(position, skip_assessors=False, skip_agents=False))
    before = not_a_members_body(view, before)
    named = counted or not_counted(view, before) or _agent_after(view, code, position) or member_body(view, context.subject)
    if not named and context.subject and fold(context.subject) in view.folded:
        named = context.subject  # the finder missed a name the sentence spells out in full
    if named:
        return {"organization": _organizer_of(_in_full(named, context), context), "organization_basis": NAMED}
    sole_body = context.award_bodies[0] if len(context.award_bodies) == 1 else None
    if sole_body and (_names_body_bare(view.folded) or (not view.organizations and _names_body_bare(view.preceding))):
        return {"organization": sole_body, "organization_basis": NAMED}
    programme_named = programme_referred(view, context.programmes, context.language)
    if any_match(_language_block(view, context).get("unnamed_programme", []), view.folded):
        # the sentence speaks of the programme or its secretariat without naming who runs it ("به گفته دبیر
        # جایزه", "the programme as a whole"): not the applicant the document is about, but the award body
        # named before it (a letterhead "دبیرخانه جایزه ..."), else the programme the document names in full
        body = next((name for name in reversed(view.earlier) if is_assessment_body(name)), None) or programme_named
        body = body or _sole_programme(view, context)
        return {"organization": body, "organization_basis": DOCUMENT_SUBJECT if body else NOT_FOUND}
    programme_named = programme_named or programme_before(view, context.programmes)
    if programme_named:  # "Across all state program applicants this cycle, ... 61 volunteer examiners"
        return {"organization": programme_named, "organization_basis": DOCUMENT_SUBJECT}
    self_assessed = _language_block(view, context).get("self_assessment", [])
    if any_match(self_assessed, view.folded) or (not view.organizations and any_match(self_assessed, view.preceding)):
        # an organization assesses its own units ("öz değerlendirme sürecinde 18 iç değerlendirici 11 müdürlüğü
        # değerlendirmiş"): the programme is its own (or its parent's), never an award body's named before; so
        # is the count of a sentence that names no one after one that speaks of the self-assessment ("خودارزیابی
        # سالانه سازمان‌ها ... به پایان رسید. امسال ۹ سازمان و منطقه ارزیابی شدند ...")
        parent = _parent_of(context.subject, context.language)
        return {"organization": parent, "organization_basis": DOCUMENT_SUBJECT} if parent else context.owner(None)
    organizer = _organizer(view, context, strict=programme == "sized")
    if organizer:
        return {"organization": organizer, "organization_basis": DOCUMENT_SUBJECT}
    if sole_body and not context.subject_basis:  # a page of no organization's own (news, a winners list)
        return {"organization": sole_body, "organization_basis": DOCUMENT_SUBJECT}
    if programme == "sized" and not is_assessment_body(context.subject or "") and not _is_programme(context.subject, context):
        return {"organization": None, "organization_basis": NOT_FOUND}
    return context.owner(None)  # the document's own organization runs the programme ("our festival")


def _assessed_owner(view: SentenceView, context: DocumentContext, code: str, position: int) -> dict[str, str | None]:
    """The owner of a count of one assessment, or of a programme's count no programme is said of (metric_owner)."""
    shared = load("metrics")
    assessed_side = code in shared.get("assessed_side", [])
    if assessed_side and _counted_as_ours(view, context, position):  # the speaker's: a turn's unit, else the document's
        return context.owner(None, view.section_owner) if view.section_owner else context.owner("")
    owner = not_counted(view, view.organization_before(position, skip_assessors=assessed_side, skip_agents=assessed_side))
    if assessed_side:
        owner = not_a_members_body(view, _not_a_site(view, context, owner))
    # "NHH Estates ... following its assessment. A team of four assessors ...": the sentence names no one, or only
    # the body that assessed ("... با حضور ۵ ارزیاب از سوی سازمان مدیریت صنعتی انجام شد")
    assessors_only = not any(m.canonical and not is_assessment_body(m.canonical) for m in view.organizations)
    if owner is None and assessed_side and len(view.paragraph_assessed) == 1 and assessors_only:
        owner = view.paragraph_assessed[0]
    unowned = not view.section_owner and not (context.subject and context.subject_basis)  # no heading's, not the page's own
    if owner is None and assessed_side and unowned and not any(m.canonical for m in view.organizations):
        owner = _referred_back(view, context, position)
    named_before = any(m.canonical == owner and m.end <= position for m in view.organizations)
    if not named_before and not view.section_owner and assessed_side:  # a unit before the count beats a name after it
        owner = _bare_unit(view, context, position) or owner
    return context.owner(_in_full(owner, context) if owner else owner, view.section_owner)


def _referred_back(view: SentenceView, context: DocumentContext, position: int) -> str | None:
    """The organization a possessive pronoun before the count refers back to ("Calder Fire and Rescue Service took
    the Gold Award ... Its team of six assessors spent 210 hours"): the one the sentence before, in the same
    paragraph, names (in full or by its short name), when it names one only (lexicon metrics.json `refers_back`).
    Only on a page of no organization's own (news, a round-up): on an organization's own page "its team" may be an
    assessing body's, and the count stays the page's organization's."""
    if not view.preceding or not any_match(_language_block(view, context).get("refers_back", []), view.folded[:position]):
        return None
    shorts = {fold(short): mention.canonical for short, mention in view.short_names.items()}
    named = {name for name in view.earlier if fold(name) in view.preceding}
    named |= {name for short, name in shorts.items() if re.search(rf"(?<!\w){re.escape(short)}(?!\w)", view.preceding)}
    return named.pop() if len(named) == 1 else None


def _agent_after(view: SentenceView, code: str, position: int) -> str | None:
    """The organization a count of applicants names after it as their agent or their parent ("۲۴ سازمان و شرکت
    تابعه شهرداری ارزیابی شدند", "... assessed by the Foundation"): it ran the programme."""
    if code not in load("metrics").get("programme_counts", []):
        return None
    return next((m.canonical for m in view.organizations if m.start > position and m.canonical and view.is_agent(m)), None)


def _not_a_site(view: SentenceView, context: DocumentContext, named: str | None) -> str | None:
    """A name the sentence gives only as the place the team visited ("spent 3.5 days on site at Fenmoor General
    Hospital") is a site of the organization assessed, not the one assessed (lexicon `site_before`)."""
    sites = _language_block(view, context).get("site_before", [])
    mentions = [m for m in view.organizations if named and m.canonical == named]
    if mentions and all(any_match(sites, view.folded[max(0, m.start - 30) : m.start]) for m in mentions):
        return None
    return named


def _sole_programme(view: SentenceView, context: DocumentContext) -> str | None:
    """The programme whose secretary or secretariat an unnamed sentence speaks of ("به گفته دبیر جایزه، ... ۱۱۲ سازمان
    ارزیابی شدند"): the one award programme the document names in full, when the sentence names no organization
    and the document names no award body but that programme (an institute named as its organizer may run it)."""
    if len(context.programmes) != 1 or view.organizations:
        return None
    programme = context.programmes[0]
    return programme if all(fold(body) == fold(programme) for body in context.award_bodies) else None


def _is_programme(name: str | None, context: DocumentContext) -> bool:
    """Whether the document's own organization is an award programme it names in full (the programme's newsletter):
    a count the size of a whole programme on its own page is its own."""
    return bool(name) and fold(name) in {fold(programme) for programme in context.programmes}


def _organizer_of(named: str, context: DocumentContext) -> str:
    """A unit does not run the programme it applied to: a programme's count that names the document's own
    organization, a unit of another (a heading "گزارش ارزیابی سازمان ... شهرداری X" run into "در پنجمین دوره
    جشنواره ... ۲۳ سازمان ارزیابی شدند"), is the parent's, which runs the festival or award of its units."""
    parent = _parent_of(context.subject, context.language)
    return parent if parent and named == context.subject else named


def _on_its_line(view: SentenceView, position: int, named: str | None) -> str | None:
    """A name the sentence gives only after the figure, on a later line, is not the figure's: a line of figures
    with no full stop ("31 organisations assessed · 118 volunteer assessors") runs into the next line's sentence
    ("Wyreside Housing Group also joined ...")."""
    if not named:
        return named
    mentions = [m for m in view.organizations if m.canonical == named]
    if mentions and all(m.start > position and "\n" in view.text[position : m.start] for m in mentions):
        return None
    return named


def _names_body_bare(folded: str) -> bool:
    """Whether a sentence names an award body only by the bare word of its scheme ("KalDer’in 2024 ödül döneminde 41
    kuruluş değerlendirilmiş", "BQF's 36 assessors"), which the finder takes for no organization: its programme
    counts are the body's the document names in full; so are those of a sentence that names no one after one that
    names the body so ("KalDer’in açıkladığı verilere göre bu yıl 58 kuruluş değerlendirildi. 240 gönüllü
    değerlendirici toplam 11.600 saat çalıştı."). A body whose name is also a model's ("EFQM modeline göre") names
    the model, not who ran the programme."""
    models = load("recognitions").get("model_bodies", [])
    bodies = load("organizations").get("assessment_bodies", [])
    return any(match.group(0) not in models for pattern in bodies for match in re.finditer(pattern, folded))


def _language_block(view: SentenceView, context: DocumentContext) -> dict:
    """The sentence's language's metric rules."""
    return load("metrics").get(view.language or context.language or "", {})


def _in_full(named: str, context: DocumentContext) -> str:
    """A name that is only the opening words of the document's own organization's name ("the Fire Service" for
    "the Fire Service of X Municipality") is that organization, unless it is the organization that one is a
    unit of (Turkish names the parent first)."""
    subject = context.subject
    if not subject or named == _parent_of(subject, context.language):  # "X Belediyesi" before "X Belediyesi İtfaiye Müdürlüğü"
        return named
    return subject if fold(subject).startswith(fold(named) + " ") else named


def _organizer(view: SentenceView, context: DocumentContext, strict: bool = False) -> str | None:
    """The parent of the document's own organization, else the assessing body or (unless `strict`) the
    organization the sentence before names, the last named first. An award programme named in full (its
    secretariat: "سازمان مدیریت صنعتی | دبیرخانه جایزه ملی تعالی سازمانی") is run by the body the page also
    names, which organizes it: the programme only when the sentence names it or the page names no such body."""
    parent = _parent_of(context.subject, context.language)
    if parent:
        return parent
    if len(context.programme_hosts) == 1 and context.programme_hosts[0] == context.subject:
        return context.subject  # the page's own organization says it runs the programme: not the body it works with
    found = [
        name
        for name in reversed(view.earlier)
        if name != context.subject and (is_assessment_body(name) or (not strict and fold(name) in view.preceding))
    ]
    programmes = {fold(programme) for programme in context.programmes}
    bodies = [name for name in found if fold(name) not in programmes]
    in_sentence = [name for name in found if fold(name) in programmes and fold(name) in view.folded]
    return next(iter(in_sentence or bodies or found), None)


@cache
def _parent_of(subject: str, language: str | None) -> str | None:
    """The organization the document's own organization is a unit of ("... شهرداری کرانه‌شهر")."""
    if not subject:
        return None
    mentions = find_organizations(subject, language)
    return mentions[0].parent if len(mentions) == 1 and mentions[0].canonical == subject else None


def _bare_unit(view: SentenceView, context: DocumentContext, position: int) -> str | None:
    """A unit named bare before the count ("Zabıta Müdürlüğü’nü 3 kişilik değerlendirici ekibi ...") in a document of
    the organization it is a unit of (a municipality's council minutes): that organization's unit ("Sarıkaya
    Belediyesi Zabıta Müdürlüğü"). Lexicon `bare_units`: the unit's capitalised words (`words`), its head as a name
    ends in (`head`), the kinds of organization that have such units (`parent_types`)."""
    subject, language = context.subject, view.language or context.language
    units = _language_block(view, context).get("bare_units", [])
    if not units or not subject or _parent_of(subject, language):
        return None
    own = [m for m in find_organizations(subject, language) if m.canonical == subject]
    drop = set(load("organizations").get(language or "", {}).get("drop_name_tokens", []))
    found: tuple[int, str] | None = None
    for unit in units:
        if not own or own[0].org_type not in unit["parent_types"]:
            continue
        for match in re.finditer(unit["pattern"], view.text[:position]):
            words = match.group("words").split()
            while words and words[0] in drop:  # "Ayrıca Zabıta Müdürlüğü": a sentence's opening word is no name
                words.pop(0)
            inside = any(m.start <= match.start("words") < m.end for m in view.organizations)
            if words and not inside and not drop & set(words) and (found is None or match.start() > found[0]):
                found = (match.start(), f"{subject} {' '.join(words)} {unit['head']}")
    return found[1] if found else None


def _counted_as_ours(view: SentenceView, context: DocumentContext, position: int) -> bool:
    """Whether the count's own noun is in the first person ("16 kişilik iç değerlendirme ekibimize", "our team of
    seven"): the speaker's team, of the document's own organization, whatever the sentence named before it ("Üniversitenin
    12 akademisyeni ... 16 kişilik ... ekibimize rehberlik etti"). Lexicon metrics.json `ours`: `before` and `after`
    the number."""
    ours = _language_block(view, context).get("ours", {})
    return any_match(ours.get("before", []), view.folded[max(0, position - 40) : position]) or any_match(
        ours.get("after", []), view.folded[position : position + 60]
    )
