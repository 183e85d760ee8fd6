"""Jobs are selections over the asset graph."""

import dagster as dg

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
