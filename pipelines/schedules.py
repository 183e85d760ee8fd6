"""A daily rebuild, so the warehouse follows raw/ even if the sensor is off. On by default."""

import dagster as dg

from pipelines.jobs import build_everything, every_shard_request


@dg.schedule(
    job=build_everything,
    cron_schedule="0 3 * * *",
    execution_timezone="UTC",
    default_status=dg.DefaultScheduleStatus.RUNNING,  # the daemon runs it without a click in the UI
)
def daily_rebuild(_context: dg.ScheduleEvaluationContext) -> dg.RunRequest:
    """Every day at 03:00 UTC, every shard in one run; unchanged documents are reused from the cache."""
    return every_shard_request()
