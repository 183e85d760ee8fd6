"""Asset group `documents`: the register of the files in raw/."""

from collections import Counter

import dagster as dg

from assets.metadata import OWNERS, markdown_list, preview, row_count
from assets.resources import ExbenchPaths
from exbench.steps.register_files import RawFolderMissing, register_files

LOGGED_WARNINGS = 200  # a manifest wrong on every row of thousands would flood the log


@dg.asset(group_name="documents", owners=OWNERS, kinds={"python"})
def raw_documents(context: dg.AssetExecutionContext, paths: ExbenchPaths) -> dg.MaterializeResult:
    """Every file under raw/ with its hash, media type and manifest hints."""
    settings = paths.settings()
    try:
        registered = register_files(settings)
    except RawFolderMissing as error:
        raise dg.Failure(str(error)) from None
    rows, warnings = registered.rows, registered.warnings
    for warning in warnings[:LOGGED_WARNINGS]:
        context.log.warning(warning.line())
    if len(warnings) > LOGGED_WARNINGS:
        context.log.warning(f"{len(warnings) - LOGGED_WARNINGS} more warnings about the inputs, in the register")
    refused = [f"{row['source_path']}: {row['problem']}" for row in rows if row["problem"]]
    context.log.info(f"{len(rows)} files in {settings.raw_dir}")
    return dg.MaterializeResult(
        metadata={
            **row_count(len(rows)),
            "files": len(rows),
            "by_media_type": dict(Counter(row["media_type"] or "unknown" for row in rows)),
            "refused_before_reading": markdown_list(refused),
            "input_warnings": len(warnings),
            "input_warnings_list": markdown_list([w.line() for w in warnings]),
            "preview": preview(
                ["source_path", "media_type", "size_bytes", "doc_kind", "problem"],
                [(r["source_path"], r["media_type"], r["size_bytes"], r["hints"].get("doc_kind"), r["problem"]) for r in rows],
            ),
        }
    )
