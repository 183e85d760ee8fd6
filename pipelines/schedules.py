"""A daily rebuild, so the warehouse follows raw/ even if the sensor is off."""

import dagster as dg

from exbench.runtime.shards import EVERY_SHARD
from pipelines.jobs import build_everything


@dg.schedule(job=build_everything, cron_schedule="0 3 * * *", execution_timezone="UTC")
def daily_rebuild(_context: dg.ScheduleEvaluationContext) -> dg.RunRequest:
    """Every day at 03:00 UTC, every shard in one run; unchanged documents are reused from the cache."""
    return dg.RunRequest(partition_key=EVERY_SHARD)
