"""Reported counts: strengths, areas for improvement, projects, assessors, hours...

A metric is a number that a rule of the lexicon ties to a metric noun, in a
clause that reports (not plans), that is not money or population, and that
belongs to the organization named nearest before it, else to the one the section's
heading names, else to the document's own when the document is its own
(DocumentContext.owner), else to none.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from exbench.extraction.fact_owners import members_body
from exbench.extraction.lexicons import any_match, fold, load
from exbench.extraction.metric_cells import team_family
from exbench.extraction.metric_earlier import with_earlier_figures
from exbench.extraction.metric_guards import is_count
from exbench.extraction.metric_owners import metric_owner
from exbench.extraction.metric_programmes import programme_sized, sized_total
from exbench.extraction.metric_team_totals import with_team_total
from exbench.extraction.metric_years import period_year
from exbench.extraction.model import NAMED, DocumentContext, Metric
from exbench.extraction.quotes import quote
from exbench.extraction.sentence_view import SentenceView, compile_rule
from exbench.reference import metric_units


def is_percent_code(code: str) -> bool:
    """Whether a metric is a percentage: its unit in the metric catalog says so (sql/seeds/metric_catalog.csv)."""
    return metric_units().get(code) == "percent"


def _expanded_rules(block: dict, language: str) -> list[dict]:
    """Special rules, then every noun of every metric in every template, then the fallbacks."""
    rules = list(block.get("rules", []))
    for code, nouns in block.get("nouns", {}).items():
        for name, template in block.get("templates", {}).items():
            for noun in nouns:
                pattern = template.replace("{NOUN}", f"(?:{noun})").replace("{N}", "{" + code + "}")
                rules.append({"id": f"{language}.{code}.{name}", "pattern": pattern})
    return rules + list(block.get("fallback_rules", []))


@cache
def _rules(language: str) -> tuple:
    block = load("metrics").get(language)
    if not block:
        return ()
    compiled = []
    for rule in _expanded_rules(block, language):
        regex, groups = compile_rule(rule["pattern"])
        compiled.append((rule["id"], regex, groups, rule.get("context"), rule.get("add", 0), rule.get("free", False)))
    return tuple(compiled)


def metrics_in_sentence(view: SentenceView, context: DocumentContext, paragraph_year: int | None) -> list[Metric]:
    """Every metric a rule finds in one sentence; a number feeds one metric at most."""
    language = view.language or context.language
    if not language or language not in load("metrics"):
        return []
    if not any(stem in view.folded for stem in load("metrics")[language].get("triggers", ())) or not view.numbers:
        return []
    found: list[Metric] = []
    positions: list[int] = []
    claimed: set[int] = set()
    for rule_id, regex, groups, rule_context, add, free in _rules(language):
        if rule_context and not any(c in view.folded or c in view.preceding for c in _contexts(rule_context)):
            continue  # the context may be set by the sentence before, in the same paragraph ("The team ... Together they spent 190 hours")
        for match in regex.finditer(view.templated):
            indexes = {name: int(match.group(name)) for name, _ in groups if match.group(name) is not None}
            if claimed & set(indexes.values()):
                continue
            totals: dict[str, float] = {}
            first_position: dict[str, int] = {}
            spans: dict[str, list[tuple[int, int]]] = {}
            valid = True
            for name, code in groups:
                number = view.numbers[indexes[name]]
                percent = is_percent_code(code.rstrip("+"))
                if number.is_percent != percent or number.value <= 0:
                    valid = False
                if not percent and number.value != int(number.value):
                    valid = False
                if not is_count(view, number.start, number.end, language):
                    valid = False
                key = code.rstrip("+")
                totals[key] = totals.get(key, 0) + number.value
                first_position.setdefault(key, number.start)
                spans.setdefault(key, []).append((number.start, number.end))
            if not valid:
                continue
            if add:  # a member the rule names in words, not in the number: "a team leader and {N} assessors"
                totals[next(iter(totals))] += add
            # Every number the match reads is used up, the values and the {_} ones alike: the
            # breakdown after a total ("26 units: 14 districts, 8 agencies and 4 companies") is no metric. A rule
            # that is `free` uses up only its values: the numbers it steps over are counts of their own
            # ("۲۲ سازمان ... با حضور ۴۰ ارزیاب ارزیابی شدند").
            gap = set() if free else {int(i) for i in _PLACEHOLDER_INDEX.findall(match.group(0))}
            claimed |= set(indexes.values()) | gap
            for code, value in totals.items():
                position = first_position[code]
                found.append(
                    Metric(
                        None,
                        metric_code=code,
                        value=float(value),
                        period_year=period_year(view, context, language, paragraph_year),
                        evidence=quote(view.page, view.span, position, spans[code]),
                        rule=rule_id,
                    )
                )
                positions.append(position)
    found, positions = _without_parts(found, positions, view.text, language)
    told = _speaks_of_programme(view, language, {m.metric_code for m in found})
    programme = "told" if told else "sized" if programme_sized(found) else None
    owned = [
        replace(m, **metric_owner(view, context, m.metric_code, p, programme or sized_total(m)))
        for m, p in zip(found, positions, strict=True)
    ]
    if programme == "told":
        owned = _one_organizer(owned)
    kind = _team_kind_before(view, language) or _self_assessed(view, language)
    counted, positions = with_team_total(view, qualified_hours(_of_one_kind(view, language, owned), kind), positions, language)
    own_years = (paragraph_year, context.cycle_year, context.as_of_year)
    return with_earlier_figures(view, counted, positions, language, own_years)


def _one_organizer(found: list[Metric]) -> list[Metric]:
    """A sentence that counts a programme's applicants speaks of one programme: the organizer named for the count of
    organizations assessed runs the team the sentence counts too ("Büyükşehir Belediyesi’nin bu yılki ödül
    programında 21 birim ve şirket değerlendirilmiş, süreçte 42 değerlendirici görev almıştır"), where no name
    stands nearer to that count."""
    shared = load("metrics")
    named = [m for m in found if m.metric_code in shared.get("programme_counts", []) and m.organization_basis == NAMED]
    if len({m.organization for m in named}) != 1:
        return found
    side = set(shared.get("programme_side", []))
    return [
        replace(m, organization=named[0].organization, organization_basis=NAMED)
        if m.metric_code in side and m.organization_basis != NAMED
        else m
        for m in found
    ]


def _self_assessed(view: SentenceView, language: str) -> str | None:
    """Internal assessors, when the sentence speaks of a self-assessment (lexicon `self_assessment`): an organization
    assesses itself with its own people, so the hours it gives ("216 saat çalışarak ... öz değerlendirmesini
    tamamlamıştır") are internal hours, as every writer labels them."""
    return "assessors_internal" if any_match(load("metrics")[language].get("self_assessment", []), view.folded) else None


def _speaks_of_programme(view: SentenceView, language: str, codes: set[str]) -> bool:
    """Whether a sentence counts a whole programme (every applicant of an award or festival), not one assessment:
    it counts the organizations assessed, or speaks of the assessments in the plural or of the programme
    (lexicon `programme_context`)."""
    block = load("metrics")
    if codes & set(block.get("programme_counts", [])) or any_match(block[language].get("programme_context", []), view.folded):
        return True
    if any_match(block[language].get("one_team", []), view.folded):
        return False  # "ارزیابی این سازمان را تیمی ... انجام داد": one assessment's team, whatever came before
    if any_match(block[language].get("programme_plural", []), view.folded):
        return True
    # a sentence that names an organization (or refers to one: "ارزیابی این شرکت ...") speaks of its own assessment;
    # the body its assessors are members of ("... ۸ ارزیاب خارجی عضو انجمن ارزیابان تعالی") was not assessed
    named = [m for m in view.organizations if not members_body(view, m)]
    return not named and _counts_applicants(view.preceding, language)


_FIGURE = re.compile(r"\d+(?:[.,]\d+)*")


def _counts_applicants(preceding: str, language: str) -> bool:
    """Whether the sentence before in the paragraph counted the organizations a programme assessed ("... 12 birim
    başvurmuş, 9 birim saha değerlendirmesine alınmıştır"): the paragraph speaks of the programme, and the
    sentence after it ("Süreçte toplam 27 kurum içi değerlendirici görev yapmıştır") counts the programme's team."""
    if not preceding:
        return False
    templated = _FIGURE.sub("⟪0⟫", preceding)
    counts = set(load("metrics").get("programme_counts", []))
    return any(
        regex.search(templated)
        for rule_id, regex, groups, *_ in _rules(language)
        if {code.rstrip("+") for _, code in groups} & counts
    )


def _without_parts(found: list[Metric], positions: list[int], text: str, language: str) -> tuple[list[Metric], list[int]]:
    """A total and its parts in one sentence ("a combined 438 hours (342 hours of review and 96 hours on
    site)", "230 hours in the assessment, of which 96 hours were spent on site", "Eleven organizations were
    evaluated ...; the Panel of Judges ordered site visits at six of them") are one count: the total. Lexicon
    `part_before` and `part_after`: the words before or after a number that make it a part of a count before it."""
    folded = fold(text)
    block = load("metrics")[language]
    parts = {
        j
        for j, metric in enumerate(found)
        if (
            any_match(block.get("part_before", []), folded[max(0, positions[j] - 20) : positions[j]])
            or any_match(block.get("part_after", []), folded[positions[j] : positions[j] + 40])
        )
        and any(m.metric_code == metric.metric_code and positions[i] < positions[j] for i, m in enumerate(found))
    }
    for code in {m.metric_code for m in found}:
        same = [i for i, m in enumerate(found) if m.metric_code == code]
        for i in same:
            rest = [j for j in same if j != i]
            if len(rest) >= 2 and found[i].value == sum(found[j].value for j in rest):
                parts |= set(rest)
    parts |= _bracketed_parts(found, positions, text)
    kept = [i for i in range(len(found)) if i not in parts]
    return [found[i] for i in kept], [positions[i] for i in kept]


_BRACKET_AFTER_COUNT = re.compile(r"\S*[^\d()]{1,40}?\(([^()]*)\)")
_COLON_AFTER_COUNT = re.compile(r"\S*[^\d():.;]{1,40}?:([^.;]*)")


def _bracketed_parts(found: list[Metric], positions: list[int], text: str) -> set[int]:
    """A count in brackets right after a count of the same thing breaks it down ("three assessors (one from the
    Platform, two peer assessors)"), as does one in the list a colon opens after it ("5 assessors: team leader,
    deputy team leader, 3 assessors"): a part, not a count of its own, even when its other parts name no noun. So is
    a count of a team of no kind in brackets after a count of one kind ("4 dış değerlendirici (takım lideri,
    takım lideri yardımcısı ve 2 değerlendirici)"): the members of that kind; the kinds in brackets after a whole
    team ("63 assessors (41 internal, 22 external)") are counts of their own."""
    parts: set[int] = set()
    for i, total in enumerate(found):
        bracket = _BRACKET_AFTER_COUNT.match(text, positions[i]) or _COLON_AFTER_COUNT.match(text, positions[i])
        if not bracket:
            continue
        for j, metric in enumerate(found):
            code = metric.metric_code
            same = code == total.metric_code or (code == team_family(total.metric_code) and code != total.metric_code)
            if j != i and same and bracket.start(1) <= positions[j] < bracket.end(1):
                parts.add(j)
    return parts


def _contexts(rule_context: str | list[str]) -> list[str]:
    """A rule's context: one stem, or several of which any will do."""
    return [rule_context] if isinstance(rule_context, str) else list(rule_context)


_PLACEHOLDER_INDEX = re.compile(r"⟪(\d+)⟫")


def _team_kind_before(view: SentenceView, language: str) -> str | None:
    """The one kind of assessors (internal or external) the sentence before in the paragraph (or the row before)
    counts, if it counts one kind only: "... 4 iç değerlendirici tarafından değerlendirilmiştir. Değerlendiriciler
    toplam 64 saat çalışmıştır" are the internal team's hours."""
    if not view.preceding:
        return None
    nouns = load("metrics")[language].get("nouns", {})
    kinds = [code for code in load("metrics").get("qualified_by", {}).get("assessment_hours", {}) if code in nouns]
    named = [code for code in kinds if any(_counts_before(noun, view.preceding) for noun in nouns[code])]
    return named[0] if len(named) == 1 else None


def _counts_before(noun: str, preceding: str) -> bool:
    """Whether the sentence before counts people of a noun, as running text ("4 iç değerlendirici") or as a row of
    key and value ("İç değerlendirici: 14 kişi", the row above "Çalışma: 392 adam-saat")."""
    return bool(re.search(r"\d[\d.,]*\s+" + noun, preceding) or re.search(r"(?:^|\n)\s*" + noun + r"\s*:\s*\d", preceding))


def qualified_hours(found: list[Metric], kind_before: str | None = None) -> list[Metric]:
    """Hours a sentence gives to assessors who are all internal (or all external) are internal
    (external) assessment hours: "16 internal assessors over 420 hours"; so are the hours of a sentence that
    counts no assessors after one that counted a team of one kind (`kind_before`)."""
    qualify = load("metrics").get("qualified_by", {})
    codes = {m.metric_code for m in found}
    team_codes = set(qualify.get("assessment_hours", {})) | set(load("metrics").get("unqualified_counts", []))
    if kind_before and not codes & team_codes:
        codes.add(kind_before)
    result = []
    for metric in found:
        by = qualify.get(metric.metric_code, {})
        present = [code for code in by if code in codes]
        if len(present) == 1 and not codes & set(load("metrics").get("unqualified_counts", [])):
            metric = replace(metric, metric_code=by[present[0]])
        result.append(metric)
    return result


def _of_one_kind(view: SentenceView, language: str, found: list[Metric]) -> list[Metric]:
    """A team the sentence says is all internal (or all external) counts internal (external) assessors: "1 takım
    lideri ve 3 değerlendirici (tamamı Belediye iç değerlendiricisi)"."""
    kinds = [
        code for code, words in load("metrics")[language].get("team_of_one_kind", {}).items() if any_match(words, view.folded)
    ]
    if len(kinds) != 1:
        return found
    return [replace(m, metric_code=kinds[0]) if m.metric_code == "assessors" else m for m in found]
