"""Every page of the demo, as each of its users reads it, speaks in words, not internal codes.

Internal names are snake_case (`in_transit`, `japanese_national`, `host_security`,
`cases.add_event`): a reader should meet their labels instead. The pages are read
from a loaded demo, in every language, and their visible text (not attributes,
not scripts) is searched for such names.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from django.conf import settings
from django.test import Client
from django.urls import reverse

from hogo.access import cases_visible_to
from hogo.accounts.models import Role, User
from hogo.approvals.models import Request
from hogo.audit.models import AuditEntry
from hogo.stats.actions import publish_table
from tests.conftest import sign_in_verified
from tests.demo.conftest import TODAY, LoadedDemo

# A snake_case word in running text; not part of a path, a query, or a file name.
CODE = re.compile(r"(?<![\w./:=?&-])[a-z]+(?:_[a-z]+)+(?![\w/-]|\.\w)")
LANGUAGES = ("en", "ja", "ko")


class _VisibleText(HTMLParser):
    """The text a reader sees: no tags, attributes, scripts, styles or form values."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style", "textarea", "template"):
            self._hidden += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style", "textarea", "template") and self._hidden:
            self._hidden -= 1

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self.parts.append(data)


def visible_text(html: str) -> str:
    parser = _VisibleText()
    parser.feed(html)
    return " ".join(parser.parts)


def codes_in(html: str) -> set[str]:
    return set(CODE.findall(visible_text(html)))


def test_the_scanner_finds_a_code_in_text_and_ignores_attributes() -> None:
    html = '<p class="in_transit" title="on_hold">Status: in_transit</p><script>a_b()</script>'
    assert codes_in(html) == {"in_transit"}
    assert codes_in("<li>Moved to on_hold.</li>") == {"on_hold"}
    assert codes_in("<p>in transit · hogo_demo.sqlite3 · /cases/?q=a_b</p>") == set()


class TestDemoPagesShowNoCodes(LoadedDemo):
    @classmethod
    def setUpTestData(cls) -> None:
        super().setUpTestData()
        statistician = User.objects.filter(role=Role.STATISTICIAN, is_active=True).first()
        if statistician is not None:
            publish_table(
                "arrivals_by_quarter",
                start=TODAY.replace(year=TODAY.year - 2, month=1, day=1),
                end=TODAY.replace(year=TODAY.year - 1, month=12, day=31),
                actor=statistician,
                today=TODAY,
            )

    def _pages(self, user: User) -> list[str]:
        pages = [reverse("approvals:notifications")]
        pages += [reverse("accounts:security"), reverse("accounts:tokens")]
        by_role = {
            Role.CASEWORKER: ["cases:list", "monitor:inbox", "approvals:list", "people:create"],
            Role.SUPERVISOR: ["cases:list", "stats:dashboard", "registries:list", "support:rules"],
            Role.SECURITY_OFFICER: ["cases:list", "monitor:inbox"],
            Role.AUDITOR: ["audit:log"],
            Role.ADMINISTRATOR: ["accounts:list"],
            Role.STATISTICIAN: ["stats:overview"],
            Role.PAYMENT_OFFICER: ["support:batches"],
        }
        pages += [reverse(name) for name in by_role.get(Role(user.role), [])]
        if user.role in (Role.CASEWORKER, Role.SUPERVISOR):
            mine = cases_visible_to(user)
            seen: set[str] = set()
            for case in mine.order_by("pk"):
                if case.status in seen:
                    continue
                seen.add(case.status)
                pages.append(reverse("cases:detail", args=[case.pk]))
                pages.append(reverse("people:detail", args=[case.person_id]))
            for request in Request.objects.filter(proposed_by=user)[:3]:
                pages.append(reverse("approvals:detail", args=[request.pk]))
        if user.role == Role.STATISTICIAN:
            from hogo.stats.models import Release

            pages += [reverse("stats:release", args=[r.pk]) for r in Release.objects.all()]
        return pages

    def test_no_page_shows_an_internal_code(self) -> None:
        assert AuditEntry.objects.exists()
        found: dict[str, set[str]] = {}
        read = 0
        for user in User.objects.filter(is_active=True).exclude(role=""):
            client = Client(raise_request_exception=True)
            sign_in_verified(client, user)
            for language in LANGUAGES:
                client.cookies[settings.LANGUAGE_COOKIE_NAME] = language
                for url in self._pages(user):
                    response = client.get(url, HTTP_ACCEPT_LANGUAGE=language, follow=True)
                    assert response.status_code == 200, (user.username, url)
                    read += 1
                    codes = codes_in(response.content.decode())
                    if codes:
                        found.setdefault(f"{user.role} {language} {url}", set()).update(codes)
        assert read > 50
        assert found == {}
