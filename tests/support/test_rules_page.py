"""The rules page says plainly which shipped amounts are not verified against the law."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.test import Client
from django.urls import reverse

from hogo.accounts.models import User
from hogo.support.models import RuleVersion


@pytest.mark.django_db
def test_the_old_age_benefit_is_shown_as_unverified_and_the_monthly_benefit_is_not(
    programmes: None, supervisor: User, client_for: Callable[..., Client]
) -> None:
    old_age = RuleVersion.objects.get(benefit__code="old-age")
    monthly = RuleVersion.objects.get(
        benefit__programme__code="abductee-act", benefit__code="monthly"
    )
    assert old_age.unverified
    assert "第5条の2" in old_age.citation
    assert not monthly.unverified
    text = client_for(supervisor).get(reverse("support:rules")).content.decode()
    assert text.count("data-unverified") == 1
    assert "could not be checked against the ordinance" in text
