"""Asset group `documents`: the register of the files in raw/."""

from collections import Counter

import dagster as dg

from assets.inventory import scan_raw
from assets.metadata import OWNERS, preview, row_count
from assets.store.cache import load, store
from assets.store.register import save_register
from pipelines.resources import ExbenchPaths


LOGGED_WARNINGS = 200  # a manifest wrong on every row of thousands would flood the log


def _listed(lines: list[str], limit: int = 50) -> str:
    """A markdown list of the first `limit` lines ('none' when empty)."""
    shown = [f"- {line}" for line in lines[:limit]]
    if len(lines) > limit:
        shown.append(f"- … and {len(lines) - limit} more")
    return "\n".join(shown) or "none"


@dg.asset(group_name="documents", owners=OWNERS, kinds={"python"})
def raw_documents(context: dg.AssetExecutionContext, paths: ExbenchPaths) -> dg.MaterializeResult:
    """Every file under raw/ with its hash, media type and manifest hints."""
    settings = paths.settings()
    if not settings.raw_dir.is_dir():
        raise dg.Failure(f"The raw folder {settings.raw_dir} does not exist.")
    hashes_path = settings.cache_dir / "file-hashes.json"
    hashes = load(hashes_path) or {}
    inventory = scan_raw(settings.raw_dir, hashes)
    present = {f.relative_path for f in inventory.files}
    store(hashes_path, {key: value for key, value in hashes.items() if key.rsplit("|", 2)[0] in present})
    rows = save_register(settings.cache_dir, inventory.files, inventory.warnings)
    for warning in inventory.warnings[:LOGGED_WARNINGS]:
        context.log.warning(warning.line())
    if len(inventory.warnings) > LOGGED_WARNINGS:
        context.log.warning(f"{len(inventory.warnings) - LOGGED_WARNINGS} more warnings about the inputs, in the register")
    by_type = Counter(row["media_type"] or "unknown" for row in rows)
    refused = [f"{row['source_path']}: {row['problem']}" for row in rows if row["problem"]]
    context.log.info(f"{len(rows)} files in {settings.raw_dir}")
    return dg.MaterializeResult(
        metadata={
            **row_count(len(rows)),
            "files": len(rows),
            "by_media_type": dict(by_type),
            "refused_before_reading": dg.MetadataValue.md("\n".join(f"- {r}" for r in refused) or "none"),
            "input_warnings": len(inventory.warnings),
            "input_warnings_list": dg.MetadataValue.md(_listed([w.line() for w in inventory.warnings])),
            "preview": preview(
                ["source_path", "media_type", "size_bytes", "doc_kind", "problem"],
                [(r["source_path"], r["media_type"], r["size_bytes"], r["hints"].get("doc_kind"), r["problem"]) for r in rows],
            ),
        }
    )
