"""Several labeled sets' figures summed into one: the estimate over every unseen half at once.

One blind batch is a few dozen documents, so its ratios swing with a single
page; the honest figure for "how does this do on documents nobody tuned on" is
every batch's test half pooled, counted fact by fact, not a mean of ratios.
"""

from __future__ import annotations

from collections import defaultdict

from exbench.evaluation.report import ProducerScore, SetScore
from exbench.evaluation.score import Tally
from exbench.evaluation.text_recall import NumberTally


def _summed(tallies: list[Tally]) -> Tally:
    return Tally(
        tp=sum(t.tp for t in tallies),
        fp=sum(t.fp for t in tallies),
        fn=sum(t.fn for t in tallies),
        misses=[miss for t in tallies for miss in t.misses],
    )


def _numbers(scores: list[ProducerScore]) -> NumberTally | None:
    present = [s.persian_numbers for s in scores if s.persian_numbers is not None]
    if not present:
        return None
    total = NumberTally()
    for numbers in present:
        total.source += numbers.source
        total.found += numbers.found
        total.wrong += numbers.wrong
        total.flagged += numbers.flagged
        total.wrong_examples += numbers.wrong_examples
        total.trusted_examples += numbers.trusted_examples
    return total


def _weighted(scores: list[ProducerScore], value: str) -> float | None:
    """The Persian text recall of all sets: each set's per-document mean weighed by its Persian documents."""
    weighed = [(getattr(s, value), s.persian_documents) for s in scores if getattr(s, value) is not None]
    documents = sum(count for _, count in weighed)
    return sum(v * count for v, count in weighed) / documents if documents else None


def _producer(name: str, scores: list[ProducerScore], sets: list[str]) -> ProducerScore:
    kinds: dict[str, dict[str, list[Tally]]] = defaultdict(lambda: defaultdict(list))
    for score in scores:
        for kind, by_language in score.tallies.items():
            for language, tally in by_language.items():
                kinds[kind][language].append(tally)
    unextracted = {
        f"{folder}:{doc}": why for folder, score in zip(sets, scores, strict=True) for doc, why in score.unextracted.items()
    }
    return ProducerScore(
        producer=name,
        tallies={kind: {lang: _summed(t) for lang, t in by_language.items()} for kind, by_language in kinds.items()},
        persian_token_recall=_weighted(scores, "persian_token_recall"),
        persian_bigram_recall=_weighted(scores, "persian_bigram_recall"),
        persian_numbers=_numbers(scores),
        unextracted=unextracted,
        persian_documents=sum(s.persian_documents for s in scores),
    )


def pooled(results: list[SetScore]) -> SetScore:
    """One SetScore of many: every producer's counts summed over the sets that have it."""
    by_producer: dict[str, list[tuple[str, ProducerScore]]] = defaultdict(list)
    for result in results:
        for score in result.producers:
            by_producer[score.producer].append((result.eval_dir, score))
    producers = [
        _producer(name, [score for _, score in pairs], [folder for folder, _ in pairs]) for name, pairs in by_producer.items()
    ]
    splits = sorted({result.split for result in results})
    return SetScore(
        eval_dir=f"{len(results)} sets pooled",
        split="/".join(splits),
        documents=sum(result.documents for result in results),
        producers=producers,  # each set's own notes were printed with its own table
    )
