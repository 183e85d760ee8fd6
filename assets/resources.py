"""Dagster resources: the paths of one ExBench instance, resolved at run time."""

from __future__ import annotations

import dagster as dg

from exbench.settings import Settings


class ExbenchPaths(dg.ConfigurableResource):
    """Raw folder, warehouse file and exports folder; empty means 'from the environment'."""

    raw_dir: str = ""
    warehouse: str = ""
    exports_dir: str = ""

    def settings(self) -> Settings:
        return Settings.from_env(self.raw_dir or None, self.warehouse or None, self.exports_dir or None)
