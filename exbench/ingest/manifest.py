"""Read raw/manifest.csv into clean hints, and say what was wrong with the rest.

A hint that breaks a rule is dropped with a warning naming file, row and
column (a date in another unambiguous format or the Solar Hijri calendar is
converted, with a warning saying how it was read); the row's other hints and
every other row still apply. A manifest that cannot be read at all gives one
warning and no hints. Downstream code only ever sees values that passed the
checks (manifest_columns.py, manifest_dates.py).
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

from exbench.ingest.input_warnings import InputWarning, shown
from exbench.ingest.manifest_columns import CHECKS, MANIFEST_COLUMNS, country_of_site, normalize_path

__all__ = ["MANIFEST_COLUMNS", "MANIFEST_NAME", "InputWarning", "ManifestRow", "read_manifest", "read_manifest_rows", "shown"]

MANIFEST_NAME = "manifest.csv"


@dataclass(frozen=True)
class ManifestRow:
    """The clean hints of one manifest row, with the row it came from."""

    row: int
    hints: dict[str, str]


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
        site, note = country_of_site(hints)
        if note:
            self.warn(number, "country", note)
        if site:
            hints["country"] = site
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
