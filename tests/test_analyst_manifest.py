"""Manifest dates in another format or calendar are converted when only one reading is possible, else named and dropped."""

from __future__ import annotations

import pytest

from exbench.ingest.inventory import scan_raw


def scanned(tmp_path, text: str):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "manifest.csv").write_text(text, encoding="utf-8")
    for name in ("a.txt", "b.txt"):
        (raw / name).write_text("Kartal Belediyesi 2021 yılında ödül aldı.", encoding="utf-8")
    inventory = scan_raw(raw)
    return {f.relative_path: f.hints for f in inventory.files}, inventory.warnings


@pytest.mark.parametrize(
    ("written", "read", "said"),
    [
        ("12.02.2021", "2021-02-12", "'12.02.2021' was read as day.month.year: 2021-02-12"),
        ("2021/02/12", "2021-02-12", "'2021/02/12' was read as year/month/day: 2021-02-12"),
        ("25/02/2021", "2021-02-25", "read as day/month/year"),
        ("02/25/2021", "2021-02-25", "read as month/day/year"),
        ("1399-11-24", "2021-02-12", "'1399-11-24' looks like a Solar Hijri date; it was read as 2021-02-12"),
        ("۱۳۹۹/۱۱/۲۴", "2021-02-12", "looks like a Solar Hijri date; it was read as 2021-02-12"),
        ("1401-01-01", "2022-03-21", "Solar Hijri"),
    ],
)
def test_an_unambiguous_date_is_converted_and_said(tmp_path, written, read, said):
    hints, warnings = scanned(tmp_path, f"path,published_on,doc_kind\na.txt,{written},news\n")
    assert hints["a.txt"] == {"published_on": read, "doc_kind": "news"}
    [warning] = warnings
    assert (warning.file, warning.row, warning.column) == ("raw/manifest.csv", 2, "published_on")
    assert said in warning.message and "\n" not in warning.line()


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("03/04/2021", "could be day/month or month/day (write YYYY-MM-DD)"),
        ("1399-12-31", "is not a real Solar Hijri date"),  # Esfand has 30 days at most
        ("31.02.2021", "is not a real date"),
        ("12.02.21", "is not a date (write YYYY-MM-DD)"),
    ],
)
def test_an_ambiguous_or_impossible_date_is_dropped_with_one_line(tmp_path, written, said):
    hints, warnings = scanned(tmp_path, f"path,published_on,doc_kind\na.txt,{written},news\nb.txt,2021-02-12,plan\n")
    assert hints == {"a.txt": {"doc_kind": "news"}, "b.txt": {"published_on": "2021-02-12", "doc_kind": "plan"}}
    [warning] = warnings
    assert warning.line().startswith("raw/manifest.csv row 2, column published_on: ")
    assert said in warning.message and warning.message.endswith("the hint was dropped")


def test_cycle_year_doc_kind_and_a_missing_file_are_named(tmp_path):
    _, warnings = scanned(tmp_path, "path,cycle_year,doc_kind\na.txt,twenty,brochure\nb.txt,1401,news\ngone.pdf,2021,news\n")
    lines = [w.line() for w in warnings]
    assert any(line.startswith("raw/manifest.csv row 2, column cycle_year: 'twenty' is not a year") for line in lines)
    assert any(line.startswith("raw/manifest.csv row 2, column doc_kind: 'brochure' is not a document kind") for line in lines)
    assert any("row 3, column cycle_year" in line and "read as 2022" in line for line in lines)
    assert any("row 4" in line and "'gone.pdf' matches no file in the raw folder" in line for line in lines)


@pytest.mark.slow
def test_the_country_and_kind_the_manifest_states_reach_the_organization_and_language_guesses_none(tmp_path):
    """A fictional Persian municipality stated to be in Afghanistan is AF; one the manifest gives no country stays
    NULL although its document is Persian (Persian is Iran's, Afghanistan's and Tajikistan's); a site's domain counts."""
    import duckdb

    from tests.conftest import build

    raw = tmp_path / "raw"
    raw.mkdir()
    texts = {
        "af.txt": "شهرداری گلبهار در ارزیابی این دوره ۲۰ نقطه قوت و ۳۰ نقطه قابل بهبود داشت.",
        "none.txt": "شهرداری نسترن‌آباد در ارزیابی این دوره ۲۲ نقطه قوت و ۳۱ نقطه قابل بهبود داشت.",
        "site.txt": "شهرداری یاسمن‌شهر در ارزیابی این دوره ۲۴ نقطه قوت و ۳۲ نقطه قابل بهبود داشت.",
    }
    for name, text in texts.items():
        (raw / name).write_text(text + "\n", encoding="utf-8")
    (raw / "manifest.csv").write_text(
        "path,source_url,doc_kind,organization,cycle_year,country,org_type\n"
        "af.txt,,news,شهرداری گلبهار,2022,af,municipality\n"
        "none.txt,,news,شهرداری نسترن‌آباد,2022,,\n"
        "site.txt,https://www.example.tj/news/1,news,شهرداری یاسمن‌شهر,2022,,municipality\n",
        encoding="utf-8",
    )
    settings, _ = build(tmp_path, raw)
    with duckdb.connect(str(settings.warehouse), read_only=True) as con:
        found = dict(
            (name, (org_type, country))
            for name, org_type, country in con.execute(
                "select canonical_name, org_type, country from core.organizations"
            ).fetchall()
        )
    assert found["شهرداری گلبهار"] == ("municipality", "AF")
    assert found["شهرداری نسترن‌آباد"][1] is None  # a municipality by its head noun, in no country the text states
    assert found["شهرداری یاسمن‌شهر"] == ("municipality", "TJ")
