"""The demo opens its compartments, accounts and authenticators through the actions:
the same username rule and the same audit entries as a page or `hogo createuser`."""

from __future__ import annotations

from django_otp.plugins.otp_totp.models import TOTPDevice

from hogo.accounts.models import EnrolmentCode, User
from hogo.audit.models import AuditEntry
from hogo.demo import generator
from tests.demo.conftest import LoadedDemo


class TestDemoAccounts(LoadedDemo):
    def test_every_account_is_audited_in_the_one_shape_of_account_creation(self) -> None:
        entries = AuditEntry.objects.filter(action="accounts.create")
        assert entries.count() == len(generator.ACCOUNTS)
        for entry in entries:
            assert set(entry.changes) == {"username", "role", "compartments"}
            assert entry.data == {"via": "demo", "active": True}
            assert entry.actor_id is None

    def test_every_compartment_is_created_by_the_action(self) -> None:
        created = AuditEntry.objects.filter(action="accounts.compartment_create")
        codes = sorted(entry.changes["code"][1] for entry in created)
        assert codes == sorted(generator.ALL_COMPARTMENTS)

    def test_each_demo_user_signs_in_with_an_authenticator_the_system_enrolled(self) -> None:
        for account in generator.ACCOUNTS:
            user = User.objects.get(username=account.username)
            assert user.is_active
            assert user.check_password(generator.DEMO_PASSWORD)
            assert TOTPDevice.objects.filter(user=user, confirmed=True).count() == 1
        enrolled = AuditEntry.objects.filter(action="accounts.factor_enrol")
        assert {entry.data["via"] for entry in enrolled} == {"demo"}
        # An account with a factor keeps no enrolment code that could enrol another.
        assert not EnrolmentCode.objects.exists()
