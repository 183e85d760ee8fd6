"""Awards, labels, star levels and certificates an organization received.

Received is the point: the sentence must say an organization got it (a verb of attainment in the lexicon)
and the clause that names it must not hope, plan, apply, join or reach the shortlist. What was received comes
from closed vocabularies of each scheme's award and level names (`levels` in the `recognitions` lexicon, each
language with its inflections); a bare star level ("5 Star", "سه ستاره") takes the scheme named nearest in the
sentence, else the scheme the document is about. One recognition is made per organization of a listed set
("Ashby, Brampton and Coldwell") and per year of a listed series ("2012, 2014 ve 2021"). The year comes from
the sentence (or as so many years after one its paragraph told), else the paragraph, else the document's
date; the organization from the organization finder (or the name a Turkish participle stands before, or the one
the sentence before names when this one opens with "It"), and stays NULL when it names none.
"""

from __future__ import annotations

from collections.abc import Sequence

from exbench.extraction.lexicons import any_match, compiled
from exbench.extraction.model import DocumentContext, Recognition
from exbench.extraction.quotes import quote
from exbench.extraction.recognition_ceremonies import award_events
from exbench.extraction.recognition_clauses import attained, clause, negated, quoted, receiver_end, speech_around, told_outside
from exbench.extraction.recognition_cut_names import cut_receiver, earlier_round
from exbench.extraction.recognition_dating import (
    ceremony_year,
    counted_year,
    dates_a_level_before,
    fronted_relative_year,
    preceding_ceremony_year,
    relative_year,
    solar_relative_year,
    told_so_far,
    years_by_mention,
)
from exbench.extraction.recognition_glosses import glossed_in_full
from exbench.extraction.recognition_initials import initials_first
from exbench.extraction.recognition_internal import internal_scheme
from exbench.extraction.recognition_listings import listed_recognitions
from exbench.extraction.recognition_mentions import (
    document_year,
    issue_year,
    lexicon,
    mentions_in,
    with_schemes,
)
from exbench.extraction.recognition_owners import gives, named_in_full, owners_of, subject_shortened
from exbench.extraction.recognition_pairing import named_again, paired_receivers, respectively
from exbench.extraction.recognition_persons import employers_only
from exbench.extraction.recognition_references import referenced_levels
from exbench.extraction.recognition_row_repeats import read_apart_from_rows
from exbench.extraction.recognition_same_award import same_award_again
from exbench.extraction.recognition_same_period import same_period_year
from exbench.extraction.recognition_schemes import assessment_scheme, first_scheme, in_context, scheme_named_most
from exbench.extraction.recognition_text_speakers import speaker_owner
from exbench.extraction.recognition_units import bare_unit, own_parent, own_unit
from exbench.extraction.recognition_unnamed import (
    clause_reference,
    counted_before,
    fronted_object_subject,
    participle_subject,
    pronoun_subject,
    unnamed_receiver,
)
from exbench.extraction.recognition_years import receipt_dates, year_runs
from exbench.extraction.sentence_view import SentenceView

__all__ = ["assessment_scheme", "listed_recognitions", "read_apart_from_rows", "recognitions_in_sentence", "scheme_named_most"]


def recognitions_in_sentence(
    view: SentenceView,
    following: SentenceView | None,
    context: DocumentContext,
    paragraph_year: int | None = None,
    document_scheme: str | None = None,
    before: Sequence[SentenceView] = (),
    after: Sequence[SentenceView] = (),
) -> list[Recognition]:
    """Recognitions received that one sentence reports (the next one may date them; `before`, the sentences
    before it on the page, give the level a reference such as "the label" points back to; `after`, those after
    the next one, the attribution of a quote that names its speaker)."""
    language = view.language or context.language
    if not language:
        return []
    mentions, bodies = mentions_in(view)
    if not mentions:
        mentions = referenced_levels(view, before, document_scheme)
    if not mentions:
        return []
    outside = [m for m in mentions if told_outside(view.folded, m)]
    mentions = outside or mentions  # "(200-299 points: two stars; ...)": band definitions beside the result
    frame = lexicon()["programme_after"].get(language, [])
    # "Türkiye Mükemmellik Ödülü sürecinde ... belgesi": the award names the programme, the level was received
    # ("Kurum İçi Mükemmellik Ödülü kapsamında “Üç Yıldız” ile"): a star level the programme's name took stays
    mentions = [m for m in mentions if m.stars is not None or not any(compiled(p).match(view.folded[m.end :]) for p in frame)]
    # "... came away Recognised by EFQM with 5 Stars. X achieved 4 Stars ...": a page of no one scheme places a bare
    # star level by the scheme the sentence before it in its paragraph names
    placing = document_scheme or (first_scheme(before[-1]) if before and view.preceding else None)
    mentions = in_context(
        view.folded, with_schemes(mentions, bodies, placing, view.folded), bodies, document_scheme, view.preceding
    )
    runs = year_runs(view.text, view.folded, view.dates, language)
    mention_years = years_by_mention(view, mentions, runs)
    events = award_events(view.folded, mentions, language)  # "… of the Year at the 2024 … Awards": where, not what
    for event, title in events.items():
        if event in mention_years:
            mention_years.setdefault(title, mention_years[event])
    ceremony, ceremony_day = ceremony_year(view, following)
    received = receipt_dates(view.folded, view.dates, language)
    day = next((d for d in received if d.precision == "day"), None)
    # a year this sentence gives only as a deadline or a start does not date it through its paragraph either
    elsewhere = {d.first.year for d in view.dates if d.first is not None} - {d.first.year for d in received}
    # "… Büyük Ödülü'nü ise Ilıca Enerji A.Ş. | aldı.": a sentence cut after an abbreviation goes on in the next
    continued = following is not None and following.text[:1].islower()
    found: list[Recognition] = []
    receivers: dict[int, list[str]] = {}  # each mention's receivers, for pairing them "respectively"
    for index, mention in enumerate(mentions):
        if index in events:
            continue
        # "2023 yılında aldığı ... 4 Yıldız belgesinin ardından ... başvurmuştur", "After receiving 4 Stars in 2022, X
        # plans ...": received in the words right before it, whatever the clause then plans or applies for
        received_before = any_match(
            lexicon()["received_before"].get(language, []), view.folded[max(0, mention.start - 40) : mention.start]
        )
        if not (received_before or attained(view, language, mention.scheme)):
            # the rest of a cut sentence says it: received there, unless it is a tender or a plan ("... ihalesi ise ... verilmiştir")
            if not (continued and attained(following, language, mention.scheme)) or any_match(
                lexicon()["not_attained"].get(language, []), following.folded
            ):
                continue
        presented = any(compiled(p).match(view.folded[mention.end :]) for p in lexicon()["received_after"].get(language, []))
        if negated(view, language, clause(view.folded, mention)) and not (presented or received_before):
            continue
        speech = speech_around(view.text, mention)
        spoken = False  # the receiver is the quote's speaker, named only where the speech is introduced
        if speech and not any_match(lexicon()["attained"].get(language, []), view.folded[slice(*speech)]):
            continue  # '… belgesi aldığını hatırlatan Başkan, "Sırada 3 Yıldız var" dedi': said, not received
        previous_end = mentions[index - 1].end if index else 0
        next_start = mentions[index + 1].start if index + 1 < len(mentions) else len(view.folded)
        owners = clause_reference(view, language, mention, before) or owners_of(
            view, mention, previous_end, next_start, tuple((m.start, m.end) for m in mentions)
        )
        names = (context.subject, *view.document_names)
        if owners is None:  # "the Service received …", "CFRTA earned …", "We won …": a receiver the clause refers to
            owners = (
                unnamed_receiver(view, language, mention, names)
                or participle_subject(view, language, mention)
                or fronted_object_subject(view, language, mention)
                or pronoun_subject(view, before, language, mention)
            )
        owners = cut_receiver(view, before, mention) or owners  # "… Turizm A.Ş." | "2023 yılında … belgesini almış"
        owners = initials_first(view, names, owners, clause(view.folded, mention)[0], mention.start)
        # "İtfaiye Müdürlüğümüz ... yeniledi", "The Department's Water Reclamation Division ...": the organization's unit
        unit = own_unit(view, context.subject, previous_end, mention.start)
        if unit and all(owner in ("", context.subject) for owner in owners or [""]):
            owners = [unit]
        elif not owners or "" in owners:  # "Zabıta Müdürlüğü’ne verildi"; "Belediyemiz" in a report on a unit
            unit = bare_unit(view, context.subject, previous_end, next_start, mention.start) or own_parent(
                view, context.subject, previous_end, mention.start
            )
            owners = [unit if owner == "" and unit else owner for owner in owners or [""]] if unit else owners
        owners = subject_shortened(named_in_full(view, owners), (context.subject, *view.document_names), language)
        owners = glossed_in_full(view, owners)  # "Kuzeyyaka Su ve Altyapı A.Ş. (KUSU A.Ş.), 2022 yılında aldığı ..."
        if owners and all(o and gives(o, language) for o in owners):
            continue  # "2022 Türkiye Kalite Derneği (KalDer) Mükemmellikte ...": a giver's column, no receiver named
        if owners:
            # "X, Kalite Derneği’nin (KalDer) … törende … belgesini aldı": the body that awards it is not a receiver
            owners = [o for o in owners if not (o and gives(o, language))]
        # between the receiver and the award, and the award's clause: "X Council's chief executive Dr. Y received"
        lead = view.folded[receiver_end(view, owners, mention.start) : clause(view.folded, mention)[1]]
        if mention.generic and (
            owners is None
            or any_match(lexicon()["person_cues"].get(language, []), lead)
            or employers_only(view, language, owners, mention.end)
        ):
            continue  # an award no organization is named for, or a person is: a personal honour
        told_before = view.folded[: mention.start]
        if (
            owners is None
            and not speech
            and any_match(lexicon()["person_cues"].get(language, []), told_before)
            and not any_match(lexicon()["complementizers"].get(language, []), told_before)  # "Dr X said that the hospital ..."
        ):
            continue  # "The mayor of X, Name, received the … certificate of appreciation": his, no organization's
        if owners is None and any(compiled(p).search(view.text) for p in lexicon().get("person_receivers", {}).get(language, [])):
            continue  # "KalDer Onur Ödülü ... Prof. Dr. Nesrin Aydemir'e verildi": given to a titled person, no organization
        listed_below = view.text.rstrip().endswith(":")  # "This year the label went to:" names them in the list under it
        if owners is None and (listed_below or any_match(lexicon()["unnamed_receivers"].get(language, []), view.folded)):
            continue  # "Four municipalities receive ...": the receivers are named elsewhere, not here
        if owners and counted_before(view, language, mention, owners):
            continue  # "Four Irish local authorities received the label …, the Association … announced": not them
        if owners is None and speech and quoted(view.text, mention.start, straight=False):
            # "“2019’da 2 yıldızla başladık …” — a mayor": the speaker's organization, not the document's
            owners = speaker_owner(view, (*([following] if following else []), *after), language, speech)
            if owners is None:
                continue
            spoken = True
        if owners is None and view.text[:1].islower():
            continue  # "… Ulaşım A.Ş. | de … belgesini aldı": cut after an abbreviation, its receiver is in the part before
        years = mention_years.get(index)
        awarded_on = None
        first, last = clause(view.folded, mention)
        aside = view.folded.find("(", mention.end, last)  # "... شد ( در دوره پنجم: ۳۶۱ امتیاز)": the round before, beside it
        if years is None and earlier_round(
            view.folded, language, (first, last if aside < 0 else aside), previous_end if index else None
        ):
            continue  # "در دوره اول سه ستاره گرفته بود": an earlier round the text gives no year for
        told = view.folded[first:last]
        relative = relative_year(told, language)  # 0: "earlier this year"
        relative = fronted_relative_year(view.folded, first, language) if relative is None else relative
        if years is None and relative is not None and issue_year(context, language) is not None:
            # "last year’s winner of the UK Excellence Award"; "اسفند پارسال" counted in solar years
            solar = solar_relative_year(told, language, context.reference_date, relative)
            years = (solar or issue_year(context, language) + relative,)
        years = years or counted_year(view, runs, before, told, (previous_end, mention.start), language, context.reference_date)
        years = years or same_period_year(view, before, language)  # "Şirketin ISO 9001 belgesi ise aynı ay ... yenilendi"
        if years is None and spoken:
            continue  # "… bugün 4 yıldıza ulaştık": a speaker's "now" is no date the page gives
        if years is None:
            if day is not None:
                years, awarded_on = (day.first.year,), day.first
            elif ceremony is not None:
                years, awarded_on = (ceremony,), ceremony_day
            elif (told_before := preceding_ceremony_year(view)) is not None:
                years = (told_before,)
            else:
                # a paragraph year the next sentence names belongs to what that sentence tells ("It first ... in 2018")
                told_next = following is not None and paragraph_year in {d.first.year for d in following.dates if d.first}
                # nor one this sentence gives to another level ("in 2020 A, and this year B")
                told_here = any(paragraph_year in run.years for run in runs)
                # nor one after the document's date: "2027'de Büyük Ödül'e başvuracağız" dates a plan, not a receipt
                future = paragraph_year is not None and context.as_of_year is not None and paragraph_year > context.as_of_year
                # nor one told only after it in the paragraph: that sentence's own
                later = paragraph_year is not None and not told_so_far(view, before, paragraph_year)
                # nor one an earlier sentence of the paragraph gives to its own level
                other = paragraph_year is not None and dates_a_level_before(before, paragraph_year, view.preceding)
                fallback = (
                    paragraph_year
                    if paragraph_year not in elsewhere and not (told_next or told_here or future or later or other)
                    else None
                )
                fallback = fallback or document_year(context, language, view.folded)
                years = (fallback,)
        elif len(years) == 1 and day is not None and day.first.year == years[0]:
            awarded_on = day.first
        # "1396 و 1397 به ترتیب دو و سه ستاره": as many levels as years go pairwise
        paired = len(mention.series) == len(years) > 1
        # "A and B, which were recognised with 3 and 5 stars respectively": as many levels as receivers
        by_owner = not paired and len(mention.series) == len(owners or []) > 1 and respectively(view, language)
        receivers[len(found)] = [context.owner(o, view.section_owner)["organization"] or "" for o in owners or []]
        for rank, owner in enumerate(owners or [None]):
            for position, year in enumerate(years):
                if context.reference_date is not None and year is not None and year > context.reference_date.year:
                    continue  # "2026 yılında ise ISO 45001 belgesini almayı planlıyoruz": after the page's date, a plan
                stars = mention.series[position] if paired else mention.series[rank] if by_owner else mention.stars
                level = mention.series_levels[position] if paired else mention.series_levels[rank] if by_owner else mention.level
                held_by = context.owner(owner, view.section_owner)
                found.append(
                    Recognition(
                        **held_by,
                        scheme=internal_scheme(
                            mention.scheme, level, held_by["organization"], language, document_scheme, stars is not None
                        ),
                        level=level,
                        stars=stars if mention.scheme != "iso" else None,
                        year=year,
                        awarded_on=awarded_on if len(years) == 1 else None,
                        evidence=quote(view.page, view.span, mention.start),
                    )
                )
    found = paired_receivers(found, receivers) if respectively(view, language) else found
    found += same_award_again(found, following, language)
    seen: set = set()
    unique = []
    for recognition in found:
        if named_again(recognition, found):
            continue
        # one level named twice ("Avrupa ... Markası (ELoGE)") is one; each ISO standard is its own certificate
        level = recognition.level if recognition.scheme == "iso" else None
        key = (recognition.organization, recognition.scheme, recognition.stars, recognition.year, level)
        if key not in seen:
            seen.add(key)
            unique.append(recognition)
    return unique
