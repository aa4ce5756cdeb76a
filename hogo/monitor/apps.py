from __future__ import annotations

from django.apps import AppConfig


class MonitorConfig(AppConfig):
    name = "hogo.monitor"
    label = "monitor"

    def ready(self) -> None:
        from hogo.audit.registry import register

        register("monitor.ingest", "a press article was stored (from a file, feed, page or paste)")
        register("monitor.duplicate", "an article arrived again and was recognised as stored")
        register("monitor.score", "the system scored an article against every open case")
        register("monitor.alert", "an exposure alert was raised on a case")
        register("monitor.inbox", "a list of exposure alerts, with case references, was shown")
        register("monitor.view_article", "an article and its alerts on visible cases were shown")
        register("monitor.acknowledge", "an exposure alert was acknowledged")
        register("monitor.dismiss", "an exposure alert was dismissed as unrelated, with a reason")
        register("monitor.export", "open exposure alerts were exported from the command line")
        register("monitor.add_feed", "a feed was added to the monitor")
        register("monitor.poll", "a feed was polled")
