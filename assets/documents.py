"""Asset group `documents`: the register of the files in raw/."""

from collections import Counter

import dagster as dg

from assets.inventory import scan_raw
from assets.metadata import OWNERS, preview, row_count
from assets.store.cache import load, store
from assets.store.register import save_register
from pipelines.resources import ExbenchPaths


@dg.asset(group_name="documents", owners=OWNERS, kinds={"python"})
def raw_documents(context: dg.AssetExecutionContext, paths: ExbenchPaths) -> dg.MaterializeResult:
    """Every file under raw/ with its hash, media type and manifest hints."""
    settings = paths.settings()
    if not settings.raw_dir.is_dir():
        raise dg.Failure(f"The raw folder {settings.raw_dir} does not exist.")
    hashes_path = settings.cache_dir / "file-hashes.json"
    hashes = load(hashes_path) or {}
    files = scan_raw(settings.raw_dir, hashes)
    present = {f.relative_path for f in files}
    store(hashes_path, {key: value for key, value in hashes.items() if key.split("|", 1)[0] in present})
    rows = save_register(settings.cache_dir, files)
    by_type = Counter(row["media_type"] or "unknown" for row in rows)
    refused = [f"{row['source_path']}: {row['problem']}" for row in rows if row["problem"]]
    context.log.info(f"{len(rows)} files in {settings.raw_dir}")
    return dg.MaterializeResult(
        metadata={
            **row_count(len(rows)),
            "files": len(rows),
            "by_media_type": dict(by_type),
            "refused_before_reading": dg.MetadataValue.md("\n".join(f"- {r}" for r in refused) or "none"),
            "preview": preview(
                ["source_path", "media_type", "size_bytes", "doc_kind", "problem"],
                [(r["source_path"], r["media_type"], r["size_bytes"], r["hints"].get("doc_kind"), r["problem"]) for r in rows],
            ),
        }
    )
