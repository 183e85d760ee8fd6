"""Jobs are selections over the asset graph."""

import dagster as dg

from assets.partitions import SHARDS

# Dagster's tags for a run over a range of partitions (a single-run backfill)
RANGE_START_TAG = "dagster/asset_partition_range_start"
RANGE_END_TAG = "dagster/asset_partition_range_end"

build_everything = dg.define_asset_job(
    name="build_everything",
    selection=dg.AssetSelection.all(),
    description="Read raw/, extract facts, build and publish the warehouse, write the jury exports.",
)

refresh_exports = dg.define_asset_job(
    name="refresh_exports",
    selection=dg.AssetSelection.assets("jury_exports"),
    description="Write the jury exports again from the published warehouse.",
)

register_documents = dg.define_asset_job(
    name="register_documents",
    selection=dg.AssetSelection.assets("raw_documents"),
    description="Hash and register the files of raw/: the first step of a build spread over machines.",
)

build_shards = dg.define_asset_job(
    name="build_shards",
    selection=dg.AssetSelection.assets("document_pages", "document_facts"),
    description="Read and extract the documents of one shard (a partition); a deployment backfills every shard, "
    "a run per shard on its own worker, after register_documents and before build_warehouse.",
)

build_warehouse = dg.define_asset_job(
    name="build_warehouse",
    selection=dg.AssetSelection.assets("document_facts").downstream(include_self=False),
    description="Build, check and publish the warehouse from every shard's cache; write the exports and the report.",
)


def every_shard_request(run_key: str | None = None) -> dg.RunRequest:
    """A build of every shard in one run, as one machine does it: a range over every partition key.

    A range rather than the single key `all`: the run then records a
    materialization for each shard partition as well, so after a one-machine
    build the UI shows every partition materialized, not one of seventeen.
    """
    keys = SHARDS.get_partition_keys()
    return dg.RunRequest(
        run_key=run_key,
        tags={RANGE_START_TAG: keys[0], RANGE_END_TAG: keys[-1]},
    )
