"""The manifest reader: a bad hint is dropped with a warning naming file, row and column; the rest still apply."""

from __future__ import annotations

from pathlib import Path

import pytest

from exbench.ingest.inventory import read_manifest, scan_raw

HEADER = "path,source_url,published_on,doc_kind,organization,cycle_year\n"


def manifest(tmp_path: Path, text: str, encoding: str = "utf-8", files: tuple[str, ...] = ("a.txt", "b.txt")) -> Path:
    raw = tmp_path / "raw"
    raw.mkdir()
    for name in files:
        (raw / name).write_text("Some text.\n", encoding="utf-8")
    (raw / "manifest.csv").write_bytes(text.encode(encoding))
    return raw


def scanned(raw: Path):
    inventory = scan_raw(raw)
    return {f.relative_path: f.hints for f in inventory.files}, inventory.warnings


@pytest.mark.parametrize(
    ("column", "value", "expected"),
    [
        ("published_on", "2021-02-12", "2021-02-12"),
        ("published_on", " 2021-02-12 ", "2021-02-12"),
        ("published_on", "۲۰۲۱-۰۲-۱۲", "2021-02-12"),
        ("published_on", "2024-02-29", "2024-02-29"),
        ("cycle_year", "2022", "2022"),
        ("cycle_year", "۲۰۲۲", "2022"),
        ("doc_kind", "news", "news"),
        ("doc_kind", "Web page", "web_page"),
        ("doc_kind", "feedback_report", "feedback_report"),
        ("source_url", "https://example.org/news?id=1", "https://example.org/news?id=1"),
        ("source_url", "HTTP://example.org", "HTTP://example.org"),
        ("organization", "  Kartal  Belediyesi ", "Kartal Belediyesi"),
        ("organization", "شهرداری\u200cاصفهان", "شهرداری\u200cاصفهان"),
        ("organization", "Kartal\tBelediyesi\x00", "Kartal Belediyesi"),
        ("country", "ir", "IR"),
        ("country", " AF ", "AF"),
        ("country", "GB", "GB"),
        ("org_type", "Municipality", "municipality"),
        ("org_type", "metropolitan municipality", "metropolitan_municipality"),
    ],
)
def test_good_values_are_kept(tmp_path, column, value, expected):
    raw = manifest(tmp_path, f'path,{column}\na.txt,"{value}"\n')
    hints, warnings = scanned(raw)
    assert hints["a.txt"] == {column: expected}
    assert warnings == []


@pytest.mark.parametrize(
    ("column", "value", "said"),
    [
        ("published_on", "03/04/2021", "'03/04/2021' could be day/month or month/day (write YYYY-MM-DD); the hint was dropped"),
        ("published_on", "2021-13-45", "'2021-13-45' is not a real date (month must be in 1..12); the hint was dropped"),
        ("published_on", "2023-02-29", "'2023-02-29' is not a real date (day is out of range for month); the hint was dropped"),
        ("published_on", "yesterday", "'yesterday' is not a date (write YYYY-MM-DD); the hint was dropped"),
        ("published_on", "1401-13-12", "'1401-13-12' is not a real Solar Hijri date"),
        ("published_on", "0001-01-01", "is outside the years 1900..2100"),
        ("published_on", "2021-02-12T10:00", "is not a date (write YYYY-MM-DD)"),
        ("cycle_year", "99999999999999999999", "'99999999999999999999' is not a year in 1900..2100; the hint was dropped"),
        ("cycle_year", "2021.0", "'2021.0' is not a year"),
        ("cycle_year", "-2021", "is not a year"),
        ("cycle_year", "1850", "is not a year in 1900..2100"),
        ("doc_kind", "brochure", "'brochure' is not a document kind (one of news, feedback_report, plan, web_page, other)"),
        ("source_url", "javascript:alert(1)", "is not an http(s) address; the hint was dropped"),
        ("source_url", "ftp://example.org/a.pdf", "is not an http(s) address"),
        ("source_url", "https://exa mple.org", "holds spaces or control characters"),
        ("source_url", "example.org/news", "is not an http(s) address"),
        ("organization", "\x01\x02", "is empty once control characters are removed"),
        ("organization", "x" * 400, "is longer than 300 characters"),
        (
            "country",
            "Turkey",
            "'Turkey' is not an ISO 3166-1 alpha-2 country code (write two letters, e.g. TR, IR, GB; TR is Turkey)",
        ),
        ("country", "XX", "'XX' is not an ISO 3166-1 alpha-2 country code"),
        ("country", "IRN", "is not an ISO 3166-1 alpha-2 country code"),
        ("org_type", "city", "'city' is not a kind of organization (one of municipality, metropolitan_municipality"),
    ],
)
def test_bad_values_are_dropped_with_a_warning(tmp_path, column, value, said):
    other = "organization" if column == "doc_kind" else "doc_kind"
    raw = manifest(tmp_path, f'path,{column},{other}\na.txt,"{value}",news\nb.txt,,plan\n')
    hints, warnings = scanned(raw)
    assert hints == {"a.txt": {other: "news"}, "b.txt": {other: "plan"}}  # the rest of the row and other rows apply
    assert len(warnings) == 1
    warning = warnings[0]
    assert (warning.file, warning.row, warning.column) == ("raw/manifest.csv", 2, column)
    assert said in warning.message
    assert warning.message.endswith("the hint was dropped")


def test_a_solar_hijri_cycle_year_is_converted_with_a_warning(tmp_path):
    raw = manifest(tmp_path, "path,cycle_year\na.txt,1401\nb.txt,۱۴۰۱\n")
    hints, warnings = scanned(raw)
    assert hints == {"a.txt": {"cycle_year": "2022"}, "b.txt": {"cycle_year": "2022"}}
    assert [(w.row, w.column) for w in warnings] == [(2, "cycle_year"), (3, "cycle_year")]
    assert "looks like a Solar Hijri year; it was read as 2022" in warnings[0].message


def test_warning_line_names_file_row_and_column(tmp_path):
    raw = manifest(tmp_path, HEADER + "a.txt,,2021-13-45,news,A,2021\n")
    _, warnings = scanned(raw)
    assert warnings[0].line() == (
        "raw/manifest.csv row 2, column published_on: '2021-13-45' is not a real date (month must be in 1..12); the hint was dropped"
    )
    assert warnings[0].as_dict() == {
        "file": "raw/manifest.csv",
        "row": 2,
        "column": "published_on",
        "message": warnings[0].message,
    }


def test_rows_are_counted_as_a_spreadsheet_shows_them(tmp_path):
    text = HEADER + 'a.txt,,,news,"A\nmultiline name",\n\nb.txt,,yesterday,,,\n'
    _, warnings = scanned(manifest(tmp_path, text))
    assert [(w.row, w.column) for w in warnings] == [(4, "published_on")]


def test_a_duplicated_header_keeps_the_first_column(tmp_path):
    raw = manifest(tmp_path, "path,doc_kind,path\na.txt,news,b.txt\nb.txt,plan,\n")
    hints, warnings = scanned(raw)
    assert hints == {"a.txt": {"doc_kind": "news"}, "b.txt": {"doc_kind": "plan"}}
    assert [(w.row, w.column) for w in warnings] == [(1, "path")]
    assert "appears twice" in warnings[0].message and "the first one was used" in warnings[0].message


def test_an_unknown_column_is_named_and_ignored(tmp_path):
    raw = manifest(tmp_path, "path,doc_kind,publisher\na.txt,news,Someone\n")
    hints, warnings = scanned(raw)
    assert hints["a.txt"] == {"doc_kind": "news"}
    assert [(w.row, w.column) for w in warnings] == [(1, "publisher")]
    assert "is not a manifest column" in warnings[0].message


@pytest.mark.parametrize("encoding", ["cp1254", "utf-16"])
def test_a_manifest_that_is_not_utf8_gives_one_warning_and_no_hints(tmp_path, encoding):
    raw = manifest(tmp_path, HEADER + "a.txt,,,news,İzmir Büyükşehir Belediyesi,\n", encoding=encoding)
    hints, warnings = scanned(raw)
    assert hints == {"a.txt": {}, "b.txt": {}}
    assert len(warnings) == 1 and warnings[0].row is None
    assert "is not UTF-8 text" in warnings[0].message and "no hints were used" in warnings[0].message


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("path;doc_kind\na.txt;news\n", "the header has no path column (the columns look separated by ';'"),
        ("", "the file has no header row"),
        ('path,organization\na.txt,"Kartal\nb.txt,plan\n', "the file is not valid CSV (line 3: unexpected end of data)"),
        ('path,organization\na.txt,"Kartal" Belediyesi\n', "the file is not valid CSV (line 2: ',' expected after '\"')"),
        ("path,organization\na.txt," + "x" * 200_000 + "\n", "the file is not valid CSV"),
    ],
)
def test_a_manifest_that_is_not_csv_gives_one_warning(tmp_path, text, said):
    hints, warnings = scanned(manifest(tmp_path, text))
    assert hints == {"a.txt": {}, "b.txt": {}}
    assert len(warnings) == 1
    assert said in warnings[0].message and warnings[0].message.endswith("no hints were used")


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("../outside.txt", "points outside the raw folder"),
        ("sub/../../outside.txt", "points outside the raw folder"),
        ("/etc/passwd", "is an absolute path"),
        ("C:\\raw\\a.txt", "is an absolute path"),
    ],
)
def test_paths_out_of_raw_are_refused(tmp_path, written, said):
    raw = manifest(tmp_path, f'path,doc_kind\n"{written}",news\n')
    hints, warnings = scanned(raw)
    assert hints == {"a.txt": {}, "b.txt": {}}
    assert [(w.row, w.column) for w in warnings] == [(2, "path")]
    assert said in warnings[0].message and warnings[0].message.endswith("the row was dropped")


@pytest.mark.parametrize("written", ["sub\\c.txt", "./sub/c.txt", "sub//c.txt", "sub/x/../c.txt"])
def test_paths_are_normalized(tmp_path, written):
    raw = manifest(tmp_path, f'path,doc_kind\n"{written}",news\n', files=("a.txt",))
    (raw / "sub").mkdir()
    (raw / "sub" / "c.txt").write_text("Text.\n", encoding="utf-8")
    hints, warnings = scanned(raw)
    assert hints["sub/c.txt"] == {"doc_kind": "news"}
    assert warnings == []


def test_a_path_is_matched_whatever_its_unicode_normalization(tmp_path):
    decomposed = "Kadıköy_rapore\u0308.txt"
    raw = manifest(tmp_path, f"path,doc_kind\n{decomposed},news\n", files=("Kadıköy_rapor\u00eb.txt",))
    hints, warnings = scanned(raw)
    assert hints == {"Kadıköy_rapor\u00eb.txt": {"doc_kind": "news"}}
    assert warnings == []


def test_a_row_without_a_file_and_a_repeated_row_are_warned_of(tmp_path):
    raw = manifest(tmp_path, "path,doc_kind\na.txt,news\nmissing.pdf,plan\na.txt,plan\n")
    hints, warnings = scanned(raw)
    assert hints["a.txt"] == {"doc_kind": "news"}
    assert [(w.row, w.column) for w in warnings] == [(3, "path"), (4, "path")]
    assert "matches no file" in warnings[0].message
    assert "is already given in row 2" in warnings[1].message


def test_a_row_without_a_path_is_warned_of(tmp_path):
    raw = manifest(tmp_path, "path,doc_kind\n,news\n")
    _, warnings = scanned(raw)
    assert [(w.row, w.column) for w in warnings] == [(2, "path")]
    assert warnings[0].message == "the row has no path; its hints were dropped"


def test_cells_without_a_column_are_warned_of(tmp_path):
    raw = manifest(tmp_path, "path,,doc_kind\na.txt,,news,surplus\nb.txt,stray,plan\n")
    hints, warnings = scanned(raw)
    assert hints == {"a.txt": {"doc_kind": "news"}, "b.txt": {"doc_kind": "plan"}}
    assert [(w.row, w.column) for w in warnings] == [(2, None), (3, None)]
    assert "extra cells were ignored" in warnings[0].message
    assert warnings[1].message == "column 2 has no name in the header; its value 'stray' was ignored"


def test_bad_values_are_shown_escaped_and_short(tmp_path):
    raw = manifest(tmp_path, 'path,doc_kind\na.txt,"bro\x1bchure' + "x" * 100 + '"\n')
    _, warnings = scanned(raw)
    assert "'bro\\x1bchure" in warnings[0].message and "…'" in warnings[0].message
    assert len(warnings[0].message) < 200


def test_read_manifest_keeps_its_shape(tmp_path):
    raw = manifest(tmp_path, HEADER + "a.txt,,2021-02-12,news,Kartal Belediyesi,2021\nb.txt,,nope,,,\n")
    assert read_manifest(raw) == {
        "a.txt": {"published_on": "2021-02-12", "doc_kind": "news", "organization": "Kartal Belediyesi", "cycle_year": "2021"},
        "b.txt": {},
    }


@pytest.mark.parametrize(
    ("url", "country"),
    [
        ("https://www.ankara.bel.tr/haberler/1", "TR"),
        ("https://www.isfahan.ir/news", "IR"),
        ("https://kabul.gov.af/", "AF"),
        ("https://www.example.gov.uk/news", "GB"),  # the .uk domain is GB's
        ("https://WWW.EXAMPLE.DE.:443/a", "DE"),
    ],
)
def test_the_site_country_code_domain_gives_the_country(tmp_path, url, country):
    raw = manifest(tmp_path, f"path,source_url\na.txt,{url}\n")
    hints, warnings = scanned(raw)
    assert hints["a.txt"] == {"source_url": url, "country": country}
    assert warnings == []


@pytest.mark.parametrize(
    "url",
    [
        "https://example.org/news",
        "https://news.example.com/a",
        "https://europa.eu/x",
        "http://192.0.2.1/a.pdf",
        "http://localhost/a",
    ],
)
def test_a_generic_domain_gives_no_country(tmp_path, url):
    hints, _ = scanned(manifest(tmp_path, f"path,source_url\na.txt,{url}\n"))
    assert "country" not in hints["a.txt"]


def test_the_country_column_wins_over_the_domain_and_the_difference_is_named(tmp_path):
    raw = manifest(tmp_path, "path,source_url,country\na.txt,https://www.example.ir/a,AF\nb.txt,https://www.example.ir/b,IR\n")
    hints, warnings = scanned(raw)
    assert hints["a.txt"]["country"] == "AF" and hints["b.txt"]["country"] == "IR"
    [warning] = warnings
    assert (warning.row, warning.column) == (2, "country")
    assert "the site's domain is Iran's (IR) but the country column says AF; AF was used" in warning.message
