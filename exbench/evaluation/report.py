"""The figures of an evaluation as plain-text tables, with each miss when asked."""

from __future__ import annotations

from dataclasses import dataclass, field

from exbench.evaluation.real_docs import RealScore
from exbench.evaluation.score import Tally
from exbench.evaluation.text_recall import NumberTally

HEADER = f"{'producer':<16} {'facts':<16} {'lang':<5} {'precision':>9} {'recall':>7} {'tp':>4} {'fp':>4} {'fn':>4}"


@dataclass
class ProducerScore:
    producer: str
    tallies: dict[str, dict[str, Tally]]
    persian_token_recall: float | None
    persian_bigram_recall: float | None
    persian_numbers: NumberTally | None = None
    unextracted: dict[str, str] = field(default_factory=dict)  # labeled id -> why the run quarantined it or read part
    persian_documents: int = 0  # how many pages the Persian recalls are a mean over (pooling weighs by it)


@dataclass
class SetScore:
    """One labeled set scored once per producer, on one split."""

    eval_dir: str
    split: str
    documents: int
    producers: list[ProducerScore]
    notes: list[str] = field(default_factory=list)


def _ratio(value: float, defined: bool, width: int) -> str:
    return f"{value:>{width}.3f}" if defined else f"{'-':>{width}}"  # nothing extracted or nothing to find: no ratio


def _documents(count: int) -> str:
    return f"{count} document" + ("" if count == 1 else "s")


def _row(name: str, kind: str, language: str, tally: Tally) -> str:
    precision = _ratio(tally.precision, tally.tp + tally.fp > 0, 9)
    recall = _ratio(tally.recall, tally.tp + tally.fn > 0, 7)
    return f"{name:<16} {kind:<16} {language:<5} {precision} {recall} {tally.tp:>4} {tally.fp:>4} {tally.fn:>4}"


def _persian_lines(score: ProducerScore) -> list[str]:
    lines = []
    if score.persian_token_recall is not None:
        lines.append(
            f"{score.producer:<16} persian text     fa    token recall {score.persian_token_recall:.3f}, "
            f"bigram recall {score.persian_bigram_recall:.3f}"
        )
    numbers = score.persian_numbers
    if numbers is not None and numbers.source:
        lines.append(
            f"{score.producer:<16} persian numbers        {numbers.found}/{numbers.source} found, {numbers.wrong} not in the source"
            f" ({numbers.flagged} of them flagged unsure, {numbers.wrong - numbers.flagged} trusted)"
            + (f"; trusted and wrong: {', '.join(numbers.trusted_examples[:8])}" if numbers.trusted_examples else "")
        )
    return lines


def report(scores: list[ProducerScore], verbose: bool = False) -> str:
    """A plain-text table of the figures: one row per producer, fact kind and language."""
    lines = [HEADER]
    for score in scores:
        for kind, by_language in sorted(score.tallies.items()):
            lines += [_row(score.producer, kind, language, tally) for language, tally in sorted(by_language.items())]
        lines += _persian_lines(score)
        if verbose:
            for kind, by_language in sorted(score.tallies.items()):
                lines += [f"  {kind}: {miss}" for miss in by_language["all"].misses]
    return "\n".join(lines)


def set_report(result: SetScore, verbose: bool = False) -> str:
    """The heading (which set, which split, how many documents), the notes, then the table."""
    heading = f"== {result.eval_dir}, split {result.split} ({_documents(result.documents)})"
    notes = [f"note: {note}" for note in result.notes] + [
        f"note: {score.producer}: {_documents(len(score.unextracted))} quarantined or read in part, their facts missed: "
        + ", ".join(f"{doc} ({reason})" for doc, reason in score.unextracted.items())
        for score in result.producers
        if score.unextracted
    ]
    return "\n".join([heading, *notes, report(result.producers, verbose)])


def real_docs_report(folder: str, score: RealScore, verbose: bool = False) -> str:
    """Precision and recall per kind and language on the real documents; with `verbose`, each miss and false positive."""
    unread = {doc: state for doc, state in score.documents.items() if state != "ok"}
    lines = [f"== real documents in {folder} ({_documents(len(score.documents))})"]
    lines += [f"note: {doc} is {state}" for doc, state in sorted(unread.items())]
    lines.append(HEADER)
    for kind, by_language in sorted(score.tallies.items()):
        lines += [_row("real", kind, language, tally) for language, tally in sorted(by_language.items())]
    if verbose:
        for kind in ("metrics", "recognitions"):
            lines += [f"  {kind}: {miss}" for miss in score.tallies[kind]["all"].misses]
    return "\n".join(lines)
