"""The `exbench` command: run the pipeline, export for juries, query the warehouse.

Errors are one clear line on stderr and a non-zero exit, never a traceback.
Heavy imports (Dagster, the assets) happen inside the commands that need them.
"""

from __future__ import annotations

from pathlib import Path

import click

from exbench.evaluation.sets import GROUPS as PRODUCER_GROUPS
from exbench.evaluation.sets import PRODUCERS
from exbench.runtime.logs import error_line, new_log_path, printable, write_log
from exbench.settings import Settings, enable_progress
from pipelines.cli_errors import fail as _fail
from pipelines.cli_warehouse import query, review


class _OneLineErrors(click.Group):
    """Any unexpected error of any command: one line naming the cause, the trace in a log file."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except (click.exceptions.Exit, click.exceptions.Abort, click.ClickException, SystemExit):
            raise
        except KeyboardInterrupt:
            _fail("interrupted", 130)
        except Exception as error:  # noqa: BLE001 - the last line of defence
            import traceback

            log = write_log(new_log_path(Settings.from_env().warehouse), traceback.format_exc())
            _fail(error_line(error) + (f" (details in {log})" if log else ""))


@click.group(
    cls=_OneLineErrors,
    context_settings={"help_option_names": ["-h", "--help"]},
    epilog=(
        "Exit codes: 0 success (a run with quarantined documents still succeeds; they are listed), "
        "1 error (one line on stderr says what to do; the whole trace goes to a log file under the warehouse's "
        "folder), 2 wrong usage, 130 interrupted (the published warehouse is then unchanged unless it says otherwise)."
    ),
)
def main() -> None:
    """ExBench: excellence-award benchmarking for municipalities."""


main.add_command(review)
main.add_command(query)


@main.command()
@click.option("--raw", "raw_dir", type=click.Path(file_okay=False), help="Folder of documents (default raw/ or EXBENCH_RAW_DIR).")
@click.option(
    "--warehouse", type=click.Path(dir_okay=False), help="Warehouse file (default warehouse/exbench.duckdb or EXBENCH_WAREHOUSE)."
)
@click.option(
    "--exports",
    "exports_dir",
    type=click.Path(file_okay=False),
    help="Exports folder (default warehouse/exports or EXBENCH_EXPORTS).",
)
@click.option("--full-refresh", is_flag=True, help="Redo every document instead of reusing cached work.")
@click.option("-q", "--quiet", is_flag=True, help="No progress; only errors and the list of quarantined documents.")
def run(raw_dir: str | None, warehouse: str | None, exports_dir: str | None, full_refresh: bool, quiet: bool) -> None:
    """Materialize every asset: read raw/, build and publish the warehouse, write the exports."""
    settings = Settings.from_env(raw_dir, warehouse, exports_dir)
    if not settings.raw_dir.is_dir():
        _fail(f"the raw folder {settings.raw_dir} does not exist")
    from pipelines.run import EXIT_INTERRUPTED, run_in_child

    if not quiet:
        enable_progress()
    outcome = run_in_child(settings, full_refresh=full_refresh)
    if outcome.interrupted:
        _fail(
            "interrupted after the warehouse was published; the exports or the report may be from the previous run"
            if outcome.published
            else f"interrupted; the published warehouse is unchanged ({settings.warehouse})",
            EXIT_INTERRUPTED,
        )
    for line in outcome.warnings:
        click.echo(f"warning: {printable(line)}", err=True)
    for line in outcome.quarantined:
        click.echo(f"quarantined: {printable(line)}", err=True)
    if outcome.set_aside:
        reasons = ", ".join(f"{reason} {count}" for reason, count in outcome.set_aside.items())
        click.echo(
            f"set aside: {sum(outcome.set_aside.values())} facts that break a rule ({reasons}); see core.rejected_facts", err=True
        )
    if not outcome.success:
        state = "" if outcome.published else "; the published warehouse is unchanged"
        _fail((outcome.error or "the run failed") + state + (f" (details in {outcome.log})" if outcome.log else ""))
    if not quiet:
        for line in outcome.summary.lines() if outcome.summary else []:
            click.echo(printable(line), err=True)
        click.echo(f"warehouse: {printable(str(settings.warehouse))}", err=True)
        click.echo(f"exports: {printable(str(settings.exports_dir))}", err=True)
        from exbench.report.write import default_report_path

        click.echo(f"report: {printable(str(default_report_path(settings)))}", err=True)


@main.command()
@click.option(
    "--scheme", required=True, help="Scheme of the benchmark, a code of ref.schemes the warehouse has; a wrong one lists them."
)
@click.option("--cycle", required=True, type=int, help="Cycle year (Gregorian).")
@click.option("--blind", is_flag=True, help="Replace organization names by stable codes (needs EXBENCH_BLIND_KEY).")
@click.option(
    "--out",
    "out_dir",
    type=click.Path(file_okay=False),
    help="Exports folder (default warehouse/exports); blind packs go to <out>/blind/.",
)
@click.option("--warehouse", type=click.Path(dir_okay=False), help="Warehouse file to export from.")
@click.option(
    "--reviewed-only",
    is_flag=True,
    help="Only facts a person confirmed, corrected or added (raw/corrections.csv); the manifest says so.",
)
def export(scheme: str, cycle: int, blind: bool, out_dir: str | None, warehouse: str | None, reviewed_only: bool) -> None:
    """Write benchmark.csv, findings.csv, metrics.csv and manifest.json for one scheme and cycle.

    An unknown scheme or cycle writes nothing and lists the valid ones.
    """
    settings = Settings.from_env(warehouse=warehouse, exports_dir=out_dir)
    if not settings.warehouse.exists():
        _fail(f"no warehouse at {settings.warehouse}: run `exbench run` first")
    from exbench.export.jury import ExportError, export_pack

    try:
        if reviewed_only:
            from exbench.review.export import reviewed_copy

            with reviewed_copy(settings.warehouse) as copy:
                pack = export_pack(copy, scheme, cycle, settings.exports_dir, blind=blind)
        else:
            pack = export_pack(settings.warehouse, scheme, cycle, settings.exports_dir, blind=blind)
    except ExportError as error:
        _fail(str(error))
    if pack.rows("benchmark.csv") == 0:
        click.echo(f"note: no organization is in the {scheme} benchmark for {cycle}", err=True)
    if pack.mapping is not None:
        click.echo(f"mapping (keep private): {printable(str(pack.mapping))}", err=True)
    click.echo(printable(str(pack.folder)))


@main.command()
@click.option(
    "--out", "out_file", type=click.Path(dir_okay=False), help="HTML file to write (default report.html beside the warehouse)."
)
@click.option(
    "--warehouse",
    type=click.Path(dir_okay=False),
    help="Warehouse file to report on (default warehouse/exbench.duckdb or EXBENCH_WAREHOUSE).",
)
def report(out_file: str | None, warehouse: str | None) -> None:
    """Write the HTML benchmark report: one self-contained page whose numbers link to their evidence."""
    settings = Settings.from_env(warehouse=warehouse)
    if not settings.warehouse.exists():
        _fail(f"no warehouse at {settings.warehouse}: run `exbench run` first")
    from exbench.report.write import ReportError, default_report_path, write_report

    try:
        summary = write_report(settings.warehouse, Path(out_file).resolve() if out_file else default_report_path(settings))
    except ReportError as error:
        _fail(str(error))
    if summary.empty:
        click.echo("note: the warehouse holds no data yet; the page says so", err=True)
    click.echo(str(summary.path))


@main.command()
@click.option("--out", default="docs/data-dictionary.md", show_default=True, type=click.Path(dir_okay=False))
def docs(out: str) -> None:
    """Write the data dictionary generated from the warehouse COMMENTs."""
    from exbench.warehouse.dictionary import render

    Path(out).parent.mkdir(parents=True, exist_ok=True)
    Path(out).write_text(render(), encoding="utf-8")
    click.echo(out)


@main.command()
@click.option("--docs", "count", required=True, type=click.IntRange(min=1), help="How many documents.")
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False), help="Folder to write them to.")
def synth(count: int, out_dir: str) -> None:
    """Write a deterministic synthetic corpus of PDFs (tr/fa/en) and labels.jsonl of their facts."""
    from exbench.synth.corpus import write_corpus

    click.echo(str(write_corpus(count, Path(out_dir))))


@main.command()
@click.option(
    "--workdir", default=".bench", show_default=True, type=click.Path(file_okay=False), help="Where the corpus and runs go."
)
@click.option("--sizes", default="100,1000,3000", show_default=True, help="Corpus sizes for the time-per-document figure.")
@click.option(
    "--ocr-docs",
    default=20,
    show_default=True,
    type=click.IntRange(min=0),
    help="Documents scanned to image-only copies for the OCR figure (0: skip).",
)
def bench(workdir: str, sizes: str, ocr_docs: int) -> None:
    """Measure throughput against raw pypdfium2, incremental re-runs, memory, scaling and OCR pages per second."""
    from pipelines.bench import bench as run_bench
    from pipelines.bench import report

    chosen = tuple(int(s) for s in sizes.split(","))
    click.echo(report(run_bench(Path(workdir), chosen, main_size=min(1000, max(chosen)), ocr_docs=ocr_docs)))


@main.command(name="eval")
@click.option(
    "--set",
    "eval_dirs",
    multiple=True,
    default=("tests/eval",),
    show_default=True,
    type=click.Path(file_okay=False),
    help="Folder with docs/, labels/, pdf-<printer>/ and optionally split.json. Repeatable: each set is scored, then "
    "all of them pooled fact by fact (for example every blind batch's test half at once).",
)
@click.option(
    "--producer",
    "producers",
    multiple=True,
    default=("both",),
    show_default=True,
    type=click.Choice([*PRODUCERS, *PRODUCER_GROUPS]),
    help="Which documents, repeatable: one printer's PDFs, the HTML pages (html), image-only copies of a printer's "
    "PDFs read by OCR (scan-*); both = chromium and libreoffice, text = every printer and html, scans = every "
    "scan, all = everything. Producers the set has no folder for are skipped with a note.",
)
@click.option(
    "--split",
    type=click.Choice(["dev", "test", "all"]),
    default="all",
    show_default=True,
    help="Score only the dev or test documents of the set's split.json (write rules against dev only).",
)
@click.option(
    "--real-docs",
    "real_docs",
    is_flag=False,
    flag_value="",
    default=None,
    metavar="[DIR]",
    type=click.Path(file_okay=False),
    help="Score the real documents of DIR against its labels.json instead of a labeled set; without DIR, "
    "the first shared/real-docs beside or above the project (a note, not an error, when there is none).",
)
@click.option(
    "-v", "--verbose", is_flag=True, help="List every missed and wrong fact, with its document (and page for real documents)."
)
def evaluate_command(
    eval_dirs: tuple[str, ...], producers: tuple[str, ...], split: str, real_docs: str | None, verbose: bool
) -> None:
    """Score extraction on a labeled set or on the real documents: precision and recall per fact kind and language."""
    if real_docs is not None:
        from exbench.evaluation.real_docs import LABELS, find_real_docs
        from exbench.evaluation.report import real_docs_report
        from pipelines.evaluate import evaluate_real_docs

        folder = Path(real_docs) if real_docs else find_real_docs(Path.cwd())
        if folder is None:
            click.echo(
                f"note: no shared/real-docs with a {LABELS} beside or above {Path.cwd()}; real documents skipped", err=True
            )
            return
        if not (folder / LABELS).is_file():
            _fail(f"{folder} has no {LABELS}")
        click.echo(real_docs_report(str(folder), evaluate_real_docs(folder), verbose))
        return
    for eval_dir in eval_dirs:
        if not Path(eval_dir).is_dir():
            raise click.BadParameter(f"no folder {eval_dir}", param_hint="--set")
    from exbench.evaluation.pooled import pooled
    from exbench.evaluation.report import set_report
    from pipelines.evaluate import evaluate_set

    results = []
    for eval_dir in dict.fromkeys(eval_dirs):  # a set named twice is scored once
        results.append(evaluate_set(Path(eval_dir), producers, split))
        click.echo(set_report(results[-1], verbose))
    if len(results) > 1:
        click.echo(set_report(pooled(results)))


if __name__ == "__main__":
    main()
