"""Write the benchmark report of a warehouse: read, chart, assemble, and replace the file whole."""

from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

import duckdb

from exbench.report.changes import changes_section
from exbench.report.data import load_report_data
from exbench.report.evidence_entries import EvidenceIndex
from exbench.report.page import SourceLink, render_page
from exbench.report.pictures import evidence_pictures
from exbench.report.sections import build_sections
from exbench.settings import Settings

REPORT_NAME = "report.html"


class ReportError(RuntimeError):
    """The report could not be written; the message says why in one line."""


@dataclass(frozen=True)
class ReportSummary:
    """What was written, for the CLI and the Dagster UI."""

    path: Path
    charts: int
    organizations: int
    evidence_entries: int
    empty: bool
    sections: tuple[tuple[str, int, bool], ...] = ()  # (title, table rows, chart drawn)

    @property
    def rows(self) -> int:
        """Table rows across the four sections."""
        return sum(rows for _title, rows, _drawn in self.sections)


def default_report_path(settings: Settings) -> Path:
    """warehouse/report.html: the report lives beside the warehouse it shows."""
    return settings.warehouse.parent / REPORT_NAME


def source_links(raw_dir: Path, out: Path) -> SourceLink:
    """Links from the page at `out` to the documents under `raw_dir`: relative, so the folder can move as a
    whole; a PDF opens at the cited page."""

    def link(source_path: str, page: object) -> str | None:
        if source_path.startswith("/") or ".." in Path(source_path).parts:
            return None  # never a link out of the raw folder
        relative = Path(os.path.relpath(raw_dir.resolve() / source_path, out.resolve().parent)).as_posix()
        anchor = f"#page={page}" if page is not None and source_path.lower().endswith(".pdf") else ""
        return quote(relative) + anchor

    return link


def render_report(warehouse: Path, out: Path | None = None, raw_dir: Path | None = None) -> tuple[str, ReportSummary]:
    """The page of a warehouse and what it holds (its path left to the caller).

    `out` (default: beside the warehouse) and `raw_dir` (default: the configured raw folder) place the links
    from the evidence to the documents' files.
    """
    try:
        with duckdb.connect(str(warehouse), read_only=True) as con:
            data = load_report_data(con)
    except duckdb.Error as error:
        raise ReportError(f"{warehouse} is not a readable ExBench warehouse ({str(error).splitlines()[0]})") from error
    index = EvidenceIndex()
    sections = [*build_sections(data, index), changes_section(warehouse)]
    out = out if out is not None else warehouse.parent / REPORT_NAME
    raw_dir = raw_dir if raw_dir is not None else Settings.from_env().raw_dir
    links, pictures = source_links(raw_dir, out), evidence_pictures(raw_dir)
    page = render_page(data.overview, sections, index.entries, data.documents, data.empty, links, pictures)
    drawn = 0 if data.empty else sum(s.svg is not None for s in sections)
    shown = tuple((s.title, s.rows, s.svg is not None and not data.empty) for s in sections)
    return page, ReportSummary(Path(), drawn, data.organizations, len(index.entries), data.empty, shown)


def write_report(warehouse: Path, out: Path, raw_dir: Path | None = None) -> ReportSummary:
    """Write the report of `warehouse` to `out`; a reader of `out` never sees half a page."""
    if not warehouse.exists():
        raise ReportError(f"no warehouse at {warehouse}: run `exbench run` first")
    page, summary = render_report(warehouse, out, raw_dir)
    # a plain open (not mkstemp) so the page gets the usual permissions for others to read
    temporary = out.with_name(f".{out.name}.{os.getpid()}.tmp")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        temporary.write_text(page, encoding="utf-8")
        os.replace(temporary, out)
    except OSError as error:
        raise ReportError(f"cannot write {out}: {error.strerror or error}") from error
    finally:
        # after the rename there is nothing left here; after a failure, no half page stays behind
        if temporary.parent.is_dir():
            temporary.unlink(missing_ok=True)
    return dataclasses.replace(summary, path=out)
