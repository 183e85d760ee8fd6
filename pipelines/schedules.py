"""A daily rebuild, so the warehouse follows raw/ even if the sensor is off."""

import dagster as dg

from pipelines.jobs import build_everything

daily_rebuild = dg.ScheduleDefinition(
    name="daily_rebuild",
    job=build_everything,
    cron_schedule="0 3 * * *",
    execution_timezone="UTC",
    description="Every day at 03:00 UTC; unchanged documents are reused from the cache.",
)
