"""Several sets scored at once: the pooled table counts every fact of every set, not a mean of their ratios."""

from __future__ import annotations

from exbench.evaluation.pooled import pooled
from exbench.evaluation.report import ProducerScore, SetScore, set_report
from exbench.evaluation.score import Tally
from exbench.evaluation.text_recall import NumberTally


def _score(producer: str, tp: int, fp: int, fn: int, bigram: float | None = None, persian: int = 0) -> ProducerScore:
    tally = Tally(tp, fp, fn, [f"missed {fn}"])
    return ProducerScore(
        producer,
        {"metrics": {"all": tally, "tr": Tally(tp, fp, fn)}},
        bigram,
        bigram,
        NumberTally(source=10 * persian, found=9 * persian) if persian else None,
        {"tr_x01": "partial"} if fp else {},
        persian_documents=persian,
    )


def test_counts_are_summed_so_a_small_set_weighs_by_its_facts():
    small = SetScore("tests/a", "test", 2, [_score("chromium", 1, 0, 1)])  # recall 0.5 on two facts
    large = SetScore("tests/b", "test", 20, [_score("chromium", 18, 2, 0)])  # recall 1.0 on eighteen
    result = pooled([small, large])
    tally = result.producers[0].tallies["metrics"]["all"]
    assert (tally.tp, tally.fp, tally.fn) == (19, 2, 1)
    assert round(tally.recall, 3) == 0.95  # not the mean of 0.5 and 1.0
    assert (result.eval_dir, result.split, result.documents) == ("2 sets pooled", "test", 22)
    assert result.producers[0].unextracted == {"tests/b:tr_x01": "partial"}  # which set the unread page is in


def test_persian_text_recall_is_weighed_by_each_sets_persian_pages():
    one = SetScore("tests/a", "dev", 4, [_score("libreoffice", 1, 0, 0, bigram=0.90, persian=1)])
    three = SetScore("tests/b", "dev", 12, [_score("libreoffice", 1, 0, 0, bigram=1.00, persian=3)])
    score = pooled([one, three]).producers[0]
    assert round(score.persian_bigram_recall, 3) == 0.975
    assert (score.persian_numbers.source, score.persian_numbers.found, score.persian_documents) == (40, 36, 4)


def test_a_producer_only_some_sets_have_is_pooled_over_those_and_printed_once():
    with_html = SetScore("tests/a", "test", 3, [_score("chromium", 2, 0, 0), _score("html", 3, 0, 0)])
    without = SetScore("tests/b", "test", 3, [_score("chromium", 1, 0, 1)])
    text = set_report(pooled([with_html, without]))
    assert text.splitlines()[0] == "== 2 sets pooled, split test (6 documents)"
    rows = [line.split() for line in text.splitlines() if line.split()[1:3] == ["metrics", "all"]]
    assert [(row[0], row[5], row[7]) for row in rows] == [("chromium", "3", "1"), ("html", "3", "0")]
