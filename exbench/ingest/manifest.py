"""Read raw/manifest.csv into clean hints, and say what was wrong with the rest.

A hint that breaks a rule is dropped with a warning naming file, row and
column (a date in another unambiguous format or the Solar Hijri calendar is
converted, with a warning saying how it was read); the row's other hints and every other row still apply. A manifest that
cannot be read at all gives one warning and no hints. Downstream code only
ever sees values that passed the checks here.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import posixpath
import re
import unicodedata
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from urllib.parse import urlsplit

import jdatetime

from exbench.language.digits import to_ascii_digits

MANIFEST_NAME = "manifest.csv"
MANIFEST_COLUMNS = ("source_url", "published_on", "doc_kind", "organization", "cycle_year")
# The kinds core.documents.doc_kind documents (sql/ddl/create_core.sql); the reader accepts no other.
DOC_KINDS = ("news", "feedback_report", "plan", "web_page", "other")
YEARS = range(1900, 2101)
SOLAR_HIJRI_YEARS = range(1300, 1500)
SOLAR_HIJRI_OFFSET = 621  # 1 Farvardin 1401 falls in March 2022
MAX_TEXT = 300  # characters of an organization name
MAX_URL = 2000
_SHOWN = 60  # characters of a bad value quoted in a warning
# YYYY-MM-DD; year first with / or .; day first with dots; year last with / or -
_DATE_FORMS = tuple(
    re.compile(pattern, re.ASCII)
    for pattern in (
        r"(\d{4})-(\d{2})-(\d{2})",
        r"(\d{4})[/.](\d{1,2})[/.](\d{1,2})",
        r"(\d{1,2})\.(\d{1,2})\.(\d{4})",
        r"(\d{1,2})[/-](\d{1,2})[/-](\d{4})",
    )
)
_YEAR = re.compile(r"\d{1,30}", re.ASCII)


@dataclass(frozen=True)
class InputWarning:
    """A problem with an input that did not stop the build; row and column are None when not about a cell.

    `row` is the row as a spreadsheet shows it (the header is row 1).
    """

    file: str
    row: int | None
    column: str | None
    message: str

    def line(self) -> str:
        """The warning as one line: `raw/manifest.csv row 7, column published_on: ...` (`raw/self: ...` without a cell)."""
        where = ", ".join(
            part for part in (f"row {self.row}" if self.row else "", f"column {self.column}" if self.column else "") if part
        )
        return f"{self.file} {where}: {self.message}" if where else f"{self.file}: {self.message}"

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


@dataclass(frozen=True)
class ManifestRow:
    """The clean hints of one manifest row, with the row it came from."""

    row: int
    hints: dict[str, str]


def shown(value: str) -> str:
    """A value quoted for a warning: shortened, with control and invisible characters escaped."""
    short = value if len(value) <= _SHOWN else value[: _SHOWN - 1] + "…"
    escaped = "".join(c if c.isprintable() else c.encode("unicode_escape", "backslashreplace").decode("ascii") for c in short)
    return f"'{escaped}'"


def _day(year: int, month: int, day: int) -> tuple[dt.date | None, str | None]:
    """The Gregorian day of a written year, month and day: Solar Hijri when the year is one (1300..1499)."""
    try:
        if year in SOLAR_HIJRI_YEARS:
            return jdatetime.date(year, month, day).togregorian(), None
        return dt.date(year, month, day), None
    except ValueError as error:
        return None, str(error)


def _day_month(first: int, second: int) -> tuple[int, int] | None:
    """(day, month) of a year-last date written with / or -, None when either order could be meant (03/04/2021)."""
    if first == second or second > 12 >= first:
        return (second, first) if second > 12 else (first, second)
    if first > 12 >= second:
        return first, second
    return None


def check_published_on(value: str) -> tuple[str | None, str | None]:
    """(clean value, None), (None, why it was dropped) or (converted value, what was converted).

    YYYY-MM-DD is taken as it is. Year first with / or . (2021/02/12), day
    first with dots (12.02.2021, as Turkish and Persian write it) and year last
    with / or - when only one order is possible (25/02/2021) are converted, as
    is a Solar Hijri date (1399-11-24, 1399/11/24); 03/04/2021 could be March
    or April and is dropped.
    """
    text = to_ascii_digits(value)
    iso, year_first, dotted, year_last = (pattern.fullmatch(text) for pattern in _DATE_FORMS)
    if iso or year_first:
        year, month, day = (int(part) for part in (iso or year_first).groups())
        form = "" if iso else "year/month/day"
    elif dotted or year_last:
        first, second, year = (int(part) for part in (dotted or year_last).groups())
        order = (first, second) if dotted else _day_month(first, second)
        if order is None:
            return None, f"{shown(value)} could be day/month or month/day (write YYYY-MM-DD)"
        day, month = order
        form = "day.month.year" if dotted else "day/month/year" if (day, month) == (first, second) else "month/day/year"
    else:
        return None, f"{shown(value)} is not a date (write YYYY-MM-DD)"
    hijri = year in SOLAR_HIJRI_YEARS
    found, problem = _day(year, month, day)
    if found is None:
        return None, f"{shown(value)} is not a real {'Solar Hijri ' if hijri else ''}date ({problem})"
    if not hijri and year not in YEARS:
        return None, f"{shown(value)} is outside the years {YEARS.start}..{YEARS.stop - 1}"
    if hijri:
        return found.isoformat(), f"{shown(value)} looks like a Solar Hijri date; it was read as {found.isoformat()}"
    if form:
        return found.isoformat(), f"{shown(value)} was read as {form}: {found.isoformat()}"
    return found.isoformat(), None


def check_cycle_year(value: str) -> tuple[str | None, str | None]:
    """A Gregorian year; a Solar Hijri one (1300..1499) is converted, with a note saying so."""
    text = to_ascii_digits(value)
    if not _YEAR.fullmatch(text):
        return None, f"{shown(value)} is not a year (write four digits, e.g. 2022)"
    year = int(text)
    if year in SOLAR_HIJRI_YEARS:
        gregorian = year + SOLAR_HIJRI_OFFSET
        return str(
            gregorian
        ), f"{shown(value)} looks like a Solar Hijri year; it was read as {gregorian} (the Gregorian year in which it begins)"
    if year not in YEARS:
        return None, f"{shown(value)} is not a year in {YEARS.start}..{YEARS.stop - 1}"
    return str(year), None


def check_doc_kind(value: str) -> tuple[str | None, str | None]:
    kind = re.sub(r"[\s-]+", "_", value.strip().lower())
    if kind in DOC_KINDS:
        return kind, None
    return None, f"{shown(value)} is not a document kind (one of {', '.join(DOC_KINDS)})"


def check_source_url(value: str) -> tuple[str | None, str | None]:
    if len(value) > MAX_URL:
        return None, f"{shown(value)} is longer than {MAX_URL} characters"
    if any(c.isspace() or not c.isprintable() for c in value):
        return None, f"{shown(value)} holds spaces or control characters (percent-encode them)"
    try:
        parts = urlsplit(value)
    except ValueError as error:
        return None, f"{shown(value)} is not a URL ({error})"
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None, f"{shown(value)} is not an http(s) address"
    return value, None


def check_organization(value: str) -> tuple[str | None, str | None]:
    # Control characters (tabs, line breaks, NUL) become spaces; format characters such as the
    # zero-width non-joiner are kept, since Persian spelling needs them.
    text = " ".join("".join(" " if unicodedata.category(c) == "Cc" else c for c in value).split())
    text = unicodedata.normalize("NFC", text)
    if not text:
        return None, f"{shown(value)} is empty once control characters are removed"
    if len(text) > MAX_TEXT:
        return None, f"{shown(value)} is longer than {MAX_TEXT} characters"
    return text, None


CHECKS: dict[str, Callable[[str], tuple[str | None, str | None]]] = {
    "source_url": check_source_url,
    "published_on": check_published_on,
    "doc_kind": check_doc_kind,
    "organization": check_organization,
    "cycle_year": check_cycle_year,
}


def normalize_path(value: str) -> tuple[str | None, str | None]:
    """A manifest path as the inventory spells paths (posix, relative to raw/, NFC), or why it is refused."""
    text = unicodedata.normalize("NFC", value.strip().replace("\\", "/"))
    if any(not c.isprintable() for c in text):
        return None, f"{shown(value)} holds control characters"
    if text.startswith("/") or re.match(r"[A-Za-z]:/", text):
        return None, f"{shown(value)} is an absolute path (write it relative to the raw folder)"
    clean = posixpath.normpath(text)
    if clean == ".." or clean.startswith("../"):
        return None, f"{shown(value)} points outside the raw folder"
    if clean == ".":
        return None, f"{shown(value)} names no file"
    return clean, None


class _Reader:
    """One pass over the manifest text, collecting clean rows and warnings."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.rows: dict[str, ManifestRow] = {}
        self.warnings: list[InputWarning] = []
        self.unnamed: list[int] = []  # columns without a header: a value under one is warned of

    def warn(self, row: int | None, column: str | None, message: str) -> None:
        self.warnings.append(InputWarning(self.file, row, column, message))

    def header(self, cells: list[str]) -> dict[str, int]:
        """Column name -> index of its first occurrence; unknown, repeated and unnamed columns warned of."""
        columns: dict[str, int] = {}
        if "path" not in (cell.strip().lower() for cell in cells):
            return columns  # the caller says the one thing that matters
        for index, cell in enumerate(cells):
            name = cell.strip().lower()
            if not name:
                self.unnamed.append(index)
                continue
            if name in columns:
                self.warn(
                    1,
                    name,
                    f"column {shown(cell)} appears twice (columns {columns[name] + 1} and {index + 1}); "
                    f"the first one was used and column {index + 1} ignored",
                )
            elif name != "path" and name not in MANIFEST_COLUMNS:
                self.warn(
                    1, name, f"{shown(cell)} is not a manifest column (path, {', '.join(MANIFEST_COLUMNS)}); it was ignored"
                )
                columns[name] = index
            else:
                columns[name] = index
        return columns

    def row(self, number: int, cells: list[str], columns: dict[str, int], width: int) -> None:
        if not any(cell.strip() for cell in cells):
            return
        if any(cell.strip() for cell in cells[width:]):
            self.warn(number, None, f"the row has {len(cells)} cells but the header only {width}; the extra cells were ignored")
        for index in self.unnamed:
            if index < len(cells) and cells[index].strip():
                self.warn(
                    number,
                    None,
                    f"column {index + 1} has no name in the header; its value {shown(cells[index].strip())} was ignored",
                )
        raw_path = cells[columns["path"]] if columns["path"] < len(cells) else ""
        if not raw_path.strip():
            self.warn(number, "path", "the row has no path; its hints were dropped")
            return
        path, problem = normalize_path(raw_path)
        if path is None:
            self.warn(number, "path", f"{problem}; the row was dropped")
            return
        if path in self.rows:
            self.warn(number, "path", f"{shown(raw_path)} is already given in row {self.rows[path].row}; this row was ignored")
            return
        hints: dict[str, str] = {}
        for name in MANIFEST_COLUMNS:
            index = columns.get(name)
            value = cells[index].strip() if index is not None and index < len(cells) else ""
            if not value:
                continue
            clean, note = CHECKS[name](value)
            if clean is None:
                self.warn(number, name, f"{note}; the hint was dropped")
                continue
            if note:
                self.warn(number, name, note)
            hints[name] = clean
        self.rows[path] = ManifestRow(number, hints)


def _text(manifest: Path, file: str) -> tuple[str | None, InputWarning | None]:
    try:
        data = manifest.read_bytes()
    except OSError as error:
        return None, InputWarning(file, None, None, f"the file could not be read ({error.strerror or error}); no hints were used")
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as error:
        return None, InputWarning(
            file,
            None,
            None,
            f"the file is not UTF-8 text (byte 0x{data[error.start]:02x} at offset {error.start}); save it as 'CSV UTF-8'; no hints were used",
        )


def read_manifest_rows(raw_dir: Path, file: str | None = None) -> tuple[dict[str, ManifestRow], list[InputWarning]]:
    """Clean rows of raw/manifest.csv keyed by their normalized path, and the warnings met reading it.

    Args:
        raw_dir: the raw folder.
        file: how warnings name the manifest (default: `<raw folder name>/manifest.csv`).
    """
    manifest = raw_dir / MANIFEST_NAME
    file = file or f"{raw_dir.name}/{MANIFEST_NAME}"
    if not manifest.is_file():
        return {}, []
    text, failure = _text(manifest, file)
    if text is None:
        return {}, [failure] if failure else []
    reader = _Reader(file)
    # Strict: a quote left open would otherwise swallow every row after it into one cell, in silence.
    lines = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        records = list(lines)
    except csv.Error as error:
        return {}, [
            InputWarning(file, None, None, f"the file is not valid CSV (line {lines.line_num}: {error}); no hints were used")
        ]
    if not records or not any(cell.strip() for cell in records[0]):
        reader.warn(None, None, "the file has no header row (path, " + ", ".join(MANIFEST_COLUMNS) + "); no hints were used")
        return {}, reader.warnings
    columns = reader.header(records[0])
    if "path" not in columns:
        separator = next((s for s in (";", "\t") if s in records[0][0]), None)
        advice = f" (the columns look separated by {separator!r}: save it with commas)" if separator else ""
        reader.warn(1, "path", f"the header has no path column{advice}; no hints were used")
        return {}, reader.warnings
    for number, cells in enumerate(records[1:], start=2):
        reader.row(number, cells, columns, len(records[0]))
    return reader.rows, reader.warnings


def read_manifest(raw_dir: Path) -> dict[str, dict[str, str]]:
    """Clean hints of raw/manifest.csv keyed by their path relative to raw/ (warnings left out)."""
    rows, _ = read_manifest_rows(raw_dir)
    return {path: row.hints for path, row in rows.items()}
