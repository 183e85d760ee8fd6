"""The commands that read a built warehouse: the review sheet (and merging it back) and read-only queries."""

from __future__ import annotations

from pathlib import Path

import click

from exbench.runtime.logs import printable
from exbench.settings import Settings
from pipelines.cli_errors import fail as _fail


@click.group(invoke_without_command=True)
@click.option(
    "--out",
    "out_file",
    type=click.Path(dir_okay=False),
    help="Sheet to write (default review.xlsx beside the warehouse); the same rows go to a .csv beside it.",
)
@click.option("--limit", type=click.IntRange(min=1), help="At most this many facts (the most important).")
@click.option("--warehouse", type=click.Path(dir_okay=False), help="Warehouse file to review.")
@click.option(
    "--raw", "raw_dir", type=click.Path(file_okay=False), help="Folder of the documents, to find and show the quoted words."
)
@click.pass_context
def review(ctx: click.Context, out_file: str | None, limit: int | None, warehouse: str | None, raw_dir: str | None) -> None:
    """Write the review sheet: the facts that most need a person's eyes, with their evidence and empty decision
    columns (action: confirm, set, reject, add). `exbench review apply FILE` merges the filled sheet."""
    if ctx.invoked_subcommand is not None:
        return
    settings = Settings.from_env(raw_dir, warehouse)
    if not settings.warehouse.exists():
        _fail(f"no warehouse at {settings.warehouse}: run `exbench run` first")
    from exbench.review.sheet import ReviewError, write_review_sheet

    try:
        out = Path(out_file) if out_file else settings.warehouse.parent / "review.xlsx"
        sheet = write_review_sheet(settings.warehouse, out, limit, settings.raw_dir if settings.raw_dir.is_dir() else None)
    except ReviewError as error:
        _fail(str(error))
    click.echo(f"{sheet.rows} facts to review", err=True)
    click.echo(printable(str(sheet.xlsx)))
    click.echo(printable(str(sheet.csv)))


@review.command(name="apply")
@click.argument("sheet_file", type=click.Path(dir_okay=False))
@click.option("--raw", "raw_dir", type=click.Path(file_okay=False), help="Folder of documents (default raw/ or EXBENCH_RAW_DIR).")
@click.option("--warehouse", type=click.Path(dir_okay=False), help="Warehouse whose fact ids the sheet names.")
def review_apply(sheet_file: str, raw_dir: str | None, warehouse: str | None) -> None:
    """Merge a filled review sheet (XLSX or CSV) into raw/corrections.csv: every row is checked first, and one
    bad row merges nothing. The next `exbench run` applies the decisions."""
    settings = Settings.from_env(raw_dir, warehouse)
    from exbench.review.apply import merge_sheet
    from exbench.review.sheet import ReviewError

    try:
        target, added = merge_sheet(Path(sheet_file), settings.raw_dir, settings.warehouse)
    except ReviewError as error:
        _fail(str(error))
    click.echo(f"{added} decisions merged into {printable(str(target))}; run `exbench run` to apply them", err=True)


@click.command()
@click.argument("sql", required=False)
@click.option("--csv", "as_csv", is_flag=True, help="Print CSV instead of a table.")
@click.option("--name", "query_name", help="Run a named query of sql/queries instead of SQL text.")
@click.option("--param", "params", multiple=True, metavar="KEY=VALUE", help="A parameter of the named query (repeatable).")
@click.option("--list", "list_only", is_flag=True, help="List the named queries and their parameters.")
@click.option("--warehouse", type=click.Path(dir_okay=False), help="Warehouse file to query.")
def query(
    sql: str | None, as_csv: bool, query_name: str | None, params: tuple[str, ...], list_only: bool, warehouse: str | None
) -> None:
    """Run a read-only SQL query (or a named one) on the warehouse and print the result.

    The warehouse is opened read-only with file access and extensions turned
    off, so a query can neither write nor read files nor download anything.
    """
    import duckdb

    from exbench.warehouse.named_queries import QueryError, bind, check_values, list_queries, load_query

    if list_only:
        for named in list_queries():
            click.echo(f"{named.name}: {named.description}")
            for param, (default, meaning) in named.params.items():
                required = " (required)" if named.rules[param].required else ""
                click.echo(f"    --param {param}=...  {meaning}" + (f" (default {default})" if default else required))
        return
    bound: dict[str, str | None] | list = []
    named = None
    try:
        if query_name:
            named = load_query(query_name)
            pairs = dict(p.split("=", 1) for p in params if "=" in p)
            if len(pairs) != len(params):
                raise QueryError("parameters are written KEY=VALUE")
            sql, bound = named.sql, bind(named, pairs)
        elif not sql:
            raise QueryError("give SQL text, --name NAME or --list")
    except QueryError as error:
        _fail(str(error))
    settings = Settings.from_env(warehouse=warehouse)
    if not settings.warehouse.exists():
        _fail(f"no warehouse at {settings.warehouse}: run `exbench run` first")
    from exbench.warehouse.readonly import connect_read_only

    try:
        with connect_read_only(settings.warehouse) as con:
            if named is not None:
                check_values(con, named, bound)
            cursor = con.execute(sql, bound)
            if cursor.description is None:
                return
            columns = [d[0] for d in cursor.description]
            rows = cursor.fetchall()
    except QueryError as error:
        _fail(str(error))
    except duckdb.Error as error:
        _fail(str(error).splitlines()[0])
    from pipelines.tables import print_csv, print_table

    (print_csv if as_csv else print_table)(columns, rows)
