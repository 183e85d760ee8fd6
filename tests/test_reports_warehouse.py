"""Feedback reports become findings, scores, computed star ratings, indicators and peer learning."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import duckdb
import pytest

from tests.conftest import build

EVAL = Path(__file__).resolve().parent / "eval"
REPORTS = ["rep_tr_1", "rep_tr_2", "rep_fa_1", "rep_fa_2", "rep_en_1", "rep_en_2"]


@pytest.fixture(scope="module", params=["chromium", "libreoffice"])
def report_db(request, tmp_path_factory):
    root = tmp_path_factory.mktemp(f"reports-{request.param}")
    raw = root / "raw"
    raw.mkdir()
    rows = ["path,organization"]
    for report in REPORTS:
        shutil.copy(EVAL / f"pdf-{request.param}" / f"{report}.pdf", raw)
        label = json.loads((EVAL / "labels" / f"{report}.json").read_text(encoding="utf-8"))
        rows.append(f"{report}.pdf,{label['manifest_organization']}")
    (raw / "manifest.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    settings, _ = build(root, raw)
    with duckdb.connect(str(settings.warehouse), read_only=True) as con:
        yield con


def test_every_labeled_finding_is_read_with_its_criterion_and_theme(report_db):
    for report in REPORTS:
        label = json.loads((EVAL / "labels" / f"{report}.json").read_text(encoding="utf-8"))
        rows = report_db.execute(
            "select f.criterion_code, f.finding_type, f.theme, f.framework from core.findings f "
            "join core.documents d using (document_id) where d.source_path = ?",
            [f"{report}.pdf"],
        ).fetchall()
        assert sorted((c, t) for c, t, _, _ in rows) == sorted((f["criterion"], f["finding_type"]) for f in label["findings"]), (
            report
        )
        assert all(theme is not None for _, _, theme, _ in rows), report
        assert {framework for *_, framework in rows} == {label["framework"]}, report


def test_star_ratings_are_computed_from_points_with_the_band_file(report_db):
    rows = report_db.execute(
        """
        select o.canonical_name, r.scheme, r.points, r.stars, r.level_code, r.basis, b.min_points, b.max_points
        from mart.star_ratings r
        join core.organizations o using (organization_id)
        join ref.star_bands b on b.scheme = r.scheme and b.level_code = r.level_code
        order by 1
        """
    ).fetchall()
    found = {name: (scheme, points, stars, level, basis) for name, scheme, points, stars, level, basis, *_ in rows}
    assert found["Maltepe Belediyesi"] == ("kalder", 472, 4, "kalder_yetkinlik_4", "computed")
    assert found["Leeds City Council"] == ("efqm", 448, 4, "efqm_recognised_4", "computed")
    assert found["Tepebaşı Belediyesi"][2] == 3 and found["شهرداری رشت"][2] == 3
    assert found["شهرداری شیراز"][3] == "iran_crystal" and found["شهرداری شیراز"][2] is None
    for _name, _scheme, points, _stars, _level, _basis, low, high in rows:
        assert low <= points and (high is None or points <= high)


def test_indicators_from_scores_and_findings_rank_only_real_peer_groups(report_db):
    rows = dict(
        ((name, code), (value, rank))
        for name, code, value, rank in report_db.execute(
            "select o.canonical_name, b.indicator_code, b.value, b.rank from mart.benchmark_indicators b "
            "join core.organizations o using (organization_id)"
        ).fetchall()
    )
    assert rows[("Maltepe Belediyesi", "total_points")] == (472, None)  # a peer group of one is not ranked
    assert rows[("Leeds City Council", "theme_score_pct_leadership")][0] == pytest.approx(58.0)
    label = json.loads((EVAL / "labels" / "rep_tr_1.json").read_text(encoding="utf-8"))
    kinds = [f["finding_type"] for f in label["findings"]]
    assert rows[("Maltepe Belediyesi", "strengths_per_improvement_area")][0] == pytest.approx(
        kinds.count("strength") / kinds.count("improvement_area")
    )
    assert rows[("Maltepe Belediyesi", "results_points_share")][0] == pytest.approx(
        (92 + 86) / (62 + 55 + 48 + 88 + 41 + 92 + 86)
    )


def test_peer_learning_pairs_improvements_with_peer_strengths_on_the_same_theme(report_db):
    rows = report_db.execute(
        """
        select a.canonical_name, p.theme, b.canonical_name, p.link, p.improvement_evidence is not null, p.peer_strength_evidence is not null
        from mart.peer_learning p
        join core.organizations a on a.organization_id = p.organization_id
        join core.organizations b on b.organization_id = p.peer_organization_id
        """
    ).fetchall()
    assert ("شهرداری رشت", "strategy", "شهرداری شیراز", "peer_group", True, True) in rows
    assert all(a != b for a, _, b, *_ in rows)
