"""The demo's press articles: invented texts, ingested through the monitor as a file would be.

Two describe demo cases closely enough to raise an exposure alert (the woman held
in Jilin in early 2003, and 金 正一 at a safe house near the border); one is
about the repatriation programme in general and matches nobody. None is a real
article: they are written for the demo from the facts the demo cases carry.
"""

from __future__ import annotations

from datetime import date, timedelta

from hogo.monitor.actions import ingest_article
from hogo.monitor.models import Article, Origin
from hogo.monitor.sources import RawArticle

SOURCE = "demo press (synthetic)"


def _articles(today: date) -> list[RawArticle]:
    return [
        RawArticle(
            source=f"{SOURCE}: handover talks",
            origin=Origin.FILE,
            title="Talks begin on handover of Japanese woman held in China",
            published_on=date(2003, 1, 29),
            text=(
                "Japan and China have started talks on handing over a 64-year-old Japanese "
                "woman held by Chinese authorities after she fled North Korea in November, "
                "officials said on Wednesday.\n\n"
                "The woman, a native of eastern Japan, went to North Korea in 1959 with her "
                "husband, a Korean resident of Japan, under the repatriation programme. Her "
                "husband has reportedly been arrested by North Korean authorities.\n\n"
                "A mediating organization had demanded a large sum in cash for handing her "
                "over. She and members of that organization were later taken into custody by "
                "security authorities in Jilin."
            ),
        ),
        RawArticle(
            source=f"{SOURCE}: border safe house",
            origin=Origin.FILE,
            title="脱北した元在日朝鮮人、国境近くの支援施設に",
            published_on=today - timedelta(days=2),
            text=(
                "北朝鮮を脱出した元在日朝鮮人の金正一さんが、中国遼寧省丹東の"
                "国境近くにある支援団体の施設に身を寄せていることが分かった。\n\n"
                "金正一さんは新潟県の出身で、日本に住む親族が電話で身元を伝えたという。"
                "支援団体の関係者によると、金さんは日本への帰国を希望している。"
            ),
        ),
        RawArticle(
            source=f"{SOURCE}: programme history",
            origin=Origin.FILE,
            title="Repatriation programme remembered",
            published_on=today - timedelta(days=30),
            text=(
                "Between 1959 and 1984 some 93,000 people, among them Japanese spouses of "
                "Koreans, left Japan for North Korea under the repatriation programme. "
                "Support groups in Tokyo and Osaka held a meeting on Saturday to remember "
                "them and to ask the government to help those who have since fled to China."
            ),
        ),
    ]


def load_demo_articles(*, today: date) -> tuple[int, int]:
    """Ingest the demo articles once; returns (articles stored, alerts raised)."""
    if Article.objects.filter(source__startswith=SOURCE).exists():
        return 0, 0
    stored = alerts = 0
    for raw in _articles(today):
        result = ingest_article(raw, actor=None)
        stored += result.new
        alerts += len(result.alerts)
    return stored, alerts
