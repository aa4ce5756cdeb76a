from __future__ import annotations

from django.apps import AppConfig


class StatsConfig(AppConfig):
    name = "hogo.stats"
    label = "stats"

    def ready(self) -> None:
        from hogo.audit.registry import register

        register("stats.publish", "a statistics table was released (what, period, protection)")
        register("stats.export", "a released statistics table was downloaded (CSV or XLSX)")
        register("stats.view_release", "a released statistics table was read")
        register("stats.view_dashboard", "a supervisor's dashboard of case figures was shown")
