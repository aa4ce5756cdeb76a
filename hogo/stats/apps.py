from __future__ import annotations

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class StatsConfig(AppConfig):
    name = "hogo.stats"
    label = "stats"

    def ready(self) -> None:
        from hogo.audit.registry import register

        register("stats.publish", _("a statistics table was released (what, period, protection)"))
        register("stats.export", _("a released statistics table was downloaded (CSV or XLSX)"))
        register("stats.view_release", _("a released statistics table was read"))
        register("stats.view_dashboard", _("a supervisor's dashboard of case figures was shown"))
