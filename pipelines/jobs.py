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
