from __future__ import annotations

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MonitorConfig(AppConfig):
    name = "hogo.monitor"
    label = "monitor"

    def ready(self) -> None:
        from hogo.audit.registry import register

        register(
            "monitor.ingest", _("a press article was stored (from a file, feed, page or paste)")
        )
        register("monitor.duplicate", _("an article arrived again and was recognised as stored"))
        register("monitor.score", _("the system scored an article against every open case"))
        register("monitor.alert", _("an exposure alert was raised on a case"))
        register("monitor.inbox", _("a list of exposure alerts, with case references, was shown"))
        register("monitor.view_article", _("an article and its alerts on visible cases were shown"))
        register("monitor.acknowledge", _("an exposure alert was acknowledged"))
        register(
            "monitor.dismiss", _("an exposure alert was dismissed as unrelated, with a reason")
        )
        register("monitor.export", _("open exposure alerts were exported from the command line"))
        register("monitor.add_feed", _("a feed was added to the monitor"))
        register("monitor.poll", _("a feed was polled"))
        register("monitor.change_feed", _("a feed's name or polling interval was changed"))
        register("monitor.pause_feed", _("a feed was paused: the worker no longer polls it"))
        register("monitor.resume_feed", _("a paused feed was resumed"))
