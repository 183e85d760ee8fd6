"""A sensor on raw/: a new, changed or removed file starts a build.

Its first evaluation only records what raw/ holds (the cursor): turning the
daemon on does not start a full build unasked; the next change does.
"""

import hashlib

import dagster as dg

from assets.resources import ExbenchPaths
from pipelines.jobs import build_everything, every_shard_request


def raw_fingerprint(paths: ExbenchPaths) -> str:
    """Hash of the names, sizes and modification times under raw/ (cheap: nothing is read)."""
    raw_dir = paths.settings().raw_dir
    digest = hashlib.sha256()
    if raw_dir.is_dir():
        for path in sorted(raw_dir.rglob("*")):
            if path.is_file():
                stat = path.stat()
                digest.update(f"{path.relative_to(raw_dir)}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()[:20]


@dg.sensor(job=build_everything, minimum_interval_seconds=60, default_status=dg.DefaultSensorStatus.RUNNING)
def raw_folder_sensor(context: dg.SensorEvaluationContext, paths: ExbenchPaths) -> dg.SensorResult:
    """Requests a build when the files under raw/ change (not on its first evaluation, which sets the cursor)."""
    fingerprint = raw_fingerprint(paths)
    if context.cursor is None:
        return dg.SensorResult(
            skip_reason="first evaluation: raw/ as it is now is the starting point; a change will start a build",
            cursor=fingerprint,
        )
    if fingerprint == context.cursor:
        return dg.SensorResult(skip_reason="raw/ has not changed")
    return dg.SensorResult(run_requests=[every_shard_request(run_key=fingerprint)], cursor=fingerprint)
