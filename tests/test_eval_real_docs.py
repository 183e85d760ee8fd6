"""The real-documents scorer: facts matched by code, value (or scheme, year) and organization, on tiny warehouses."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner

from exbench.evaluation.real_docs import find_real_docs, load_real_labels, name_keys, score_real_docs
from exbench.evaluation.report import real_docs_report
from exbench.warehouse.build import create_schemas
from pipelines.cli import main

HEPDAK = "Hemşirelik Eğitim Programları Değerlendirme ve Akreditasyon Derneği (HEPDAK)"
EGE = "Ege Üniversitesi Hemşirelik Fakültesi"
QUOTE = "toplam 3 program değerlendirmesi yapmış"


def _insert(con: duckdb.DuckDBPyConnection, table: str, **row: object) -> None:
    # test data only: the identifiers are this file's own literals, the values are bound
    con.execute(f"insert into {table} ({', '.join(row)}) values ({', '.join('?' * len(row))})", list(row.values()))


@pytest.fixture(scope="module")
def empty_warehouse(tmp_path_factory) -> Path:
    """The warehouse's tables, empty: made once, copied by each test."""
    path = tmp_path_factory.mktemp("real-docs") / "empty.duckdb"
    with duckdb.connect(str(path)) as con:
        create_schemas(con)
    return path


@pytest.fixture()
def warehouse(empty_warehouse, tmp_path):
    """A function filling a copy of the empty warehouse."""

    def fill(metrics: list[tuple], recognitions: list[tuple] = ()) -> Path:
        return _fill(Path(shutil.copy(empty_warehouse, tmp_path / "w.duckdb")), metrics, recognitions)

    return fill


def _fill(path: Path, metrics: list[tuple], recognitions: list[tuple]) -> Path:
    """Two documents, HEPDAK known by its short name only, Ege by its full name.

    metrics: (document, organization, code, value, page, low_confidence[, documents that also say it]);
    recognitions: (document, organization, scheme, stars, year, page).
    Each fact is kept once and has its sayings in core.fact_sources, as the build writes them.
    """
    with duckdb.connect(str(path)) as con:
        for org, name in [("o_hep", "HEPDAK"), ("o_ege", EGE)]:
            _insert(con, "core.organizations", organization_id=org, canonical_name=name)
        _insert(con, "core.organization_aliases", organization_id="o_hep", alias="HEPDAK'ın", language="tr")
        for doc, file in [("d_eval", "tr_eval.pdf"), ("d_law", "fa_law.pdf")]:
            _insert(con, "core.documents", document_id=doc, source_path=file, status="ok")
        for number, (doc, org, code, value, page, unsure, *also) in enumerate(metrics):
            for kept, sayer in [(True, doc)] + [(False, other) for other in (also[0] if also else [])]:
                _insert(
                    con,
                    "core.fact_sources",
                    fact_table="reported_metrics",
                    fact_id=f"fm{number}",
                    document_id=sayer,
                    page=page,
                    evidence=QUOTE,
                    kept=kept,
                )
            _insert(
                con,
                "core.reported_metrics",
                metric_id=f"m{number}",
                fact_id=f"fm{number}",
                document_id=doc,
                organization_id=org,
                metric_code=code,
                value=value,
                page=page,
                evidence=QUOTE,
                low_confidence=unsure,
            )
        for number, (doc, org, scheme, stars, year, page) in enumerate(recognitions):
            _insert(
                con,
                "core.fact_sources",
                fact_table="recognitions",
                fact_id=f"fr{number}",
                document_id=doc,
                page=page,
                evidence="akredite edildi",
                kept=True,
            )
            _insert(
                con,
                "core.recognitions",
                recognition_id=f"r{number}",
                fact_id=f"fr{number}",
                document_id=doc,
                organization_id=org,
                scheme=scheme,
                level="akreditasyon",
                stars=stars,
                year=year,
                page=page,
                evidence="akredite edildi",
                low_confidence=False,
            )
    return path


def _labels(metrics: list[dict] = (), recognitions: list[dict] = ()) -> dict[str, dict]:
    return {
        "tr_eval": {"doc": "tr_eval", "language": "tr", "metrics": list(metrics), "recognitions": list(recognitions)},
        "fa_law": {"doc": "fa_law", "language": "fa", "metrics": [], "recognitions": []},  # nothing to find
    }


ASSESSED = {"metric_code": "organizations_assessed", "value": 3, "page": 12, "quote": QUOTE, "organization": HEPDAK}

METRIC_CASES = [
    # (what, extracted metrics, labeled metrics, (tp, fp, fn) of metrics, (tp, fp, fn) of metric_values)
    (
        "right metric, short name of the label's organization",
        [("d_eval", "o_hep", "organizations_assessed", 3, 12, False)],
        [ASSESSED],
        (1, 0, 0),
        (1, 0, 0),
    ),
    (
        "right value, wrong organization",
        [("d_eval", "o_ege", "organizations_assessed", 3, 12, False)],
        [ASSESSED],
        (0, 1, 1),
        (1, 0, 0),
    ),
    (
        "right organization, wrong value",
        [("d_eval", "o_hep", "organizations_assessed", 4, 12, False)],
        [ASSESSED],
        (0, 1, 1),
        (0, 1, 1),
    ),
    ("a metric on a document whose list is empty", [("d_law", None, "assessors", 2, 3, False)], [], (0, 1, 0), (0, 1, 0)),
    (
        "any catalog code counts on an empty list",
        [("d_law", "o_hep", "member_organizations", 32, 1, False)],
        [],
        (0, 1, 0),
        (0, 1, 0),
    ),
    (
        "one fact read on several pages counts once",
        [("d_eval", "o_hep", "organizations_assessed", 3, 4, False), ("d_eval", "o_hep", "organizations_assessed", 3, 12, False)],
        [ASSESSED],
        (1, 0, 0),
        (1, 0, 0),
    ),
    (
        "a row flagged low_confidence is not asserted",
        [("d_eval", "o_hep", "organizations_assessed", 3, 12, True)],
        [ASSESSED],
        (0, 0, 1),
        (0, 0, 1),
    ),
    (
        "a fact two documents say is credited to the one that kept no copy",
        [("d_law", "o_hep", "organizations_assessed", 3, 12, False, ["d_eval"])],
        [ASSESSED],
        (1, 1, 0),
        (1, 1, 0),
    ),
    (
        "a label without organization takes any",
        [("d_eval", None, "organizations_assessed", 3, 12, False)],
        [{**ASSESSED, "organization": None}],
        (1, 0, 0),
        (1, 0, 0),
    ),
]


def _counts(tally) -> tuple[int, int, int]:
    return tally.tp, tally.fp, tally.fn


@pytest.mark.parametrize("what, extracted, labeled, metrics, values", METRIC_CASES, ids=[c[0] for c in METRIC_CASES])
def test_metrics_are_matched_by_code_value_and_organization(warehouse, what, extracted, labeled, metrics, values):
    score = score_real_docs(warehouse(extracted), _labels(metrics=labeled))
    assert _counts(score.tallies["metrics"]["all"]) == metrics
    assert _counts(score.tallies["metric_values"]["all"]) == values


def _recognition(year: int | None, organization: str = EGE) -> dict:
    return {
        "scheme": "other",
        "level": "HEPDAK akreditasyonu",
        "stars": None,
        "year": year,
        "page": 5,
        "quote": "",
        "organization": organization,
    }


RECOGNITION_CASES = [
    ("right scheme, year and organization", [("d_eval", "o_ege", "other", None, 2016, 5)], [_recognition(2016)], (1, 0, 0)),
    ("wrong year", [("d_eval", "o_ege", "other", None, 2015, 5)], [_recognition(2016)], (0, 1, 1)),
    ("wrong scheme", [("d_eval", "o_ege", "iso", None, 2016, 5)], [_recognition(2016)], (0, 1, 1)),
    ("wrong organization", [("d_eval", "o_hep", "other", None, 2016, 5)], [_recognition(2016)], (0, 1, 1)),
    (
        "a label without a year takes any year",
        [("d_eval", "o_hep", "other", None, 2018, 9)],
        [_recognition(None, HEPDAK)],
        (1, 0, 0),
    ),
    (
        "a label with a year picks before one without",
        [("d_eval", "o_hep", "other", None, 2018, 9), ("d_eval", "o_hep", "other", None, 2014, 9)],
        [_recognition(None, HEPDAK), _recognition(2014, HEPDAK)],
        (2, 0, 0),
    ),
    ("a recognition on a document whose list is empty", [("d_law", "o_ege", "iso", None, 2019, 1)], [], (0, 1, 0)),
]


@pytest.mark.parametrize("what, extracted, labeled, expected", RECOGNITION_CASES, ids=[c[0] for c in RECOGNITION_CASES])
def test_recognitions_are_matched_by_scheme_year_and_organization(warehouse, what, extracted, labeled, expected):
    score = score_real_docs(warehouse([], extracted), _labels(recognitions=labeled))
    assert _counts(score.tallies["recognitions"]["all"]) == expected


def test_tallies_are_kept_per_language(warehouse):
    extracted = [("d_eval", "o_hep", "organizations_assessed", 3, 12, False), ("d_law", None, "assessors", 2, 3, False)]
    score = score_real_docs(warehouse(extracted), _labels(metrics=[ASSESSED]))
    assert _counts(score.tallies["metrics"]["tr"]) == (1, 0, 0)
    assert _counts(score.tallies["metrics"]["fa"]) == (0, 1, 0)


def test_the_verbose_report_names_document_and_page_of_each_miss_and_false_positive(warehouse):
    extracted = [("d_law", None, "assessors", 2, 3, False)]
    score = score_real_docs(warehouse(extracted), _labels(metrics=[ASSESSED]))
    text = real_docs_report("real-docs", score, verbose=True)
    assert f"tr_eval p12 missed organizations_assessed 3 ({HEPDAK})" in text
    assert "fa_law p3 false positive assessors 2 (no organization" in text
    assert "real             metrics          fa            -       -" not in text  # fa has a false positive: precision 0
    assert "real             recognitions     fa            -       -    0    0    0" in text


def test_a_document_the_pipeline_did_not_keep_is_noted(warehouse):
    labels = {**_labels(), "en_gone": {"doc": "en_gone", "language": "en", "metrics": [], "recognitions": []}}
    assert "note: en_gone is missing" in real_docs_report("real-docs", score_real_docs(warehouse([]), labels))


@pytest.mark.parametrize(
    "name, keys",
    [
        (
            HEPDAK,
            [
                "hemsirelik egitim programlari degerlendirme ve akreditasyon dernegi (hepdak)",
                "hemsirelik egitim programlari degerlendirme ve akreditasyon dernegi",
                "hepdak",
            ],
        ),
        (EGE, ["ege universitesi hemsirelik fakultesi"]),
        ("Kadıköy Belediyesi'nin", ["kadikoy belediyesi"]),
    ],
)
def test_labeled_names_are_tried_whole_without_brackets_and_by_the_bracketed_short_name(name, keys):
    assert name_keys(name) == keys


def test_the_real_documents_are_found_beside_or_above_the_project(tmp_path):
    real = tmp_path / "shared" / "real-docs"
    real.mkdir(parents=True)
    project = tmp_path / "wt" / "project"
    project.mkdir(parents=True)
    assert find_real_docs(project) is None  # a folder without labels.json is not a set
    (real / "labels.json").write_text(json.dumps([{"doc": "a", "language": "en", "metrics": [], "recognitions": []}]))
    assert find_real_docs(project) == real.resolve()
    assert list(load_real_labels(real)) == ["a"]


def test_eval_without_real_documents_notes_it_and_succeeds(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["eval", "--real-docs"])
    assert result.exit_code == 0, result.output
    assert "real documents skipped" in result.output


def test_eval_of_a_folder_without_labels_fails_in_one_line(tmp_path):
    result = CliRunner().invoke(main, ["eval", "--real-docs", str(tmp_path)])
    assert result.exit_code == 1
    assert "has no labels.json" in result.output
