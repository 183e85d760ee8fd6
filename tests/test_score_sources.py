"""Two reports of one organization's cycle: the points they agree on are one score, those they disagree on two."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from exbench.settings import Settings
from pipelines.run import run_pipeline

REPORT = """KalDer Türkiye Mükemmellik Ödülü 2025
Geri Bildirim Raporu

Kurum: Yeşilova Belediyesi İtfaiye Müdürlüğü
Değerlendirme dönemi: 2025

Puan Tablosu
Kriter | Azami Puan | Alınan Puan
1. Liderlik | 100 | 52
2. Strateji | 100 | {strategy}
Toplam | 1000 | {total}
"""


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("score_sources")
    raw = root / "raw"
    raw.mkdir()
    (raw / "first_report.txt").write_text(REPORT.format(strategy=49, total=472), encoding="utf-8")
    (raw / "second_report.txt").write_text(REPORT.format(strategy=41, total=430), encoding="utf-8")
    settings = Settings(raw, root / "warehouse" / "exbench.duckdb", root / "warehouse" / "exports")
    outcome = run_pipeline(settings)
    assert outcome.success, outcome.error
    return settings.warehouse


def _scores(warehouse: Path) -> list[tuple]:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        return con.execute(
            "select c.criterion_code, c.points, d.source_path, s.kept from core.scores as c"
            " join core.fact_sources as s on s.fact_table = 'scores' and s.fact_id = c.fact_id"
            " join core.documents as d on d.document_id = s.document_id order by 1 nulls first, 2, 3"
        ).fetchall()


def test_a_total_two_reports_disagree_on_stays_with_each_report(warehouse):
    totals = [(points, path, kept) for criterion, points, path, kept in _scores(warehouse) if criterion is None]
    assert totals == [(430.0, "second_report.txt", True), (472.0, "first_report.txt", True)]


def test_points_two_reports_agree_on_are_one_score_with_both_as_sources(warehouse):
    leadership = [(points, path, kept) for criterion, points, path, kept in _scores(warehouse) if criterion == "1"]
    assert leadership == [(52.0, "first_report.txt", True), (52.0, "second_report.txt", False)]
