"""`hogo createuser`: accounts opened from the shell, audited, never half-made."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from hogo.accounts.models import ApiToken, Compartment, Role, User
from hogo.audit import log
from hogo.audit.models import AuditEntry

GOOD_PASSWORD = "ginkgo lantern harbour 42"


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.fixture
def password_file(tmp_path: Path) -> Path:
    path = tmp_path / "password"
    path.write_text(f"{GOOD_PASSWORD}\n", encoding="utf-8")
    return path


@pytest.fixture
def createuser(db: None) -> Callable[..., str]:
    def run(*args: str, stdin: io.StringIO | None = None) -> str:
        out = io.StringIO()
        call_command("createuser", *args, stdout=out, stderr=io.StringIO(), stdin=stdin)
        return out.getvalue()

    return run


@pytest.fixture
def typed(monkeypatch: pytest.MonkeyPatch) -> Callable[..., None]:
    """Answers typed at the password prompts, in order."""

    def type_in(*answers: str) -> None:
        replies: Iterator[str] = iter(answers)
        monkeypatch.setattr(
            "hogo.accounts.management.commands.createuser.getpass.getpass",
            lambda prompt="": next(replies),
        )

    return type_in


def _nothing_written() -> None:
    assert not User.objects.exists()
    assert not AuditEntry.objects.exists()
    assert not ApiToken.objects.exists()


def test_it_creates_a_user_with_a_role_and_compartments(
    createuser: Callable[..., str], east: Compartment, west: Compartment, password_file: Path
) -> None:
    output = createuser(
        "tanaka",
        "--role",
        "supervisor",
        "--compartment",
        "east",
        "--compartment",
        "west",
        "--password-file",
        str(password_file),
    )

    user = User.objects.get(username="tanaka")
    assert user.role == Role.SUPERVISOR
    assert set(user.compartments.values_list("code", flat=True)) == {"east", "west"}
    assert user.check_password(GOOD_PASSWORD)
    assert user.is_active
    assert output.splitlines()[0] == "created tanaka (Supervisor)"
    assert output.splitlines()[1].startswith("enrolment code: ")


def test_it_records_the_new_account_in_the_audit_log(
    createuser: Callable[..., str], east: Compartment, password_file: Path
) -> None:
    createuser(
        "tanaka",
        "--role",
        "caseworker",
        "--compartment",
        "east",
        "--password-file",
        str(password_file),
    )

    user = User.objects.get(username="tanaka")
    entry = AuditEntry.objects.get(action="accounts.create")
    assert (entry.action, entry.actor_id, entry.actor_label) == ("accounts.create", None, "system")
    assert (entry.object_type, entry.object_id) == ("accounts.user", str(user.pk))
    assert entry.changes == {
        "username": [None, "tanaka"],
        "role": [None, "caseworker"],
        "compartments": [None, ["east"]],
    }
    assert GOOD_PASSWORD not in str(entry.changes) + str(entry.data)
    assert log.verify().ok


def test_it_generates_and_prints_a_strong_password(createuser: Callable[..., str]) -> None:
    output = createuser("auditor1", "--role", "auditor", "--generate-password")

    password = output.splitlines()[1].removeprefix("password: ")
    assert len(password) >= 24
    assert User.objects.get(username="auditor1").check_password(password)
    assert password not in str(list(AuditEntry.objects.values("changes", "data")))


def test_it_prompts_twice_for_a_password_at_a_terminal(
    createuser: Callable[..., str], typed: Callable[..., None]
) -> None:
    typed(GOOD_PASSWORD, GOOD_PASSWORD)

    createuser("stat", "--role", "statistician", stdin=Terminal())

    assert User.objects.get(username="stat").check_password(GOOD_PASSWORD)


def test_it_asks_again_when_the_passwords_differ(
    createuser: Callable[..., str], typed: Callable[..., None]
) -> None:
    typed(GOOD_PASSWORD, "something else entirely", GOOD_PASSWORD, GOOD_PASSWORD)

    createuser("stat", "--role", "statistician", stdin=Terminal())

    assert User.objects.get(username="stat").check_password(GOOD_PASSWORD)


def test_it_gives_up_after_three_unacceptable_passwords(
    createuser: Callable[..., str], typed: Callable[..., None]
) -> None:
    typed("short", "short", "password1234", "password1234", "a", "b")

    with pytest.raises(CommandError, match="no acceptable password"):
        createuser("stat", "--role", "statistician", stdin=Terminal())

    _nothing_written()


def test_it_will_not_prompt_without_a_terminal(createuser: Callable[..., str]) -> None:
    with pytest.raises(CommandError, match="--password-file or --generate-password"):
        createuser("stat", "--role", "statistician", stdin=io.StringIO())

    _nothing_written()


def test_it_reads_the_password_from_standard_input_with_a_dash(
    createuser: Callable[..., str],
) -> None:
    createuser(
        "stat",
        "--role",
        "statistician",
        "--password-file",
        "-",
        stdin=io.StringIO(f"{GOOD_PASSWORD}\nignored\n"),
    )

    assert User.objects.get(username="stat").check_password(GOOD_PASSWORD)


@pytest.mark.parametrize("password", ["short", "12345678901234", "password1234"])
def test_it_refuses_a_weak_password_from_a_file(
    createuser: Callable[..., str], tmp_path: Path, password: str
) -> None:
    path = tmp_path / "password"
    path.write_text(password, encoding="utf-8")

    with pytest.raises(CommandError, match="password refused"):
        createuser("stat", "--role", "statistician", "--password-file", str(path))

    _nothing_written()


def test_it_refuses_an_empty_or_missing_password_file(
    createuser: Callable[..., str], tmp_path: Path
) -> None:
    empty = tmp_path / "empty"
    empty.write_text("\n", encoding="utf-8")

    with pytest.raises(CommandError, match="empty"):
        createuser("stat", "--role", "statistician", "--password-file", str(empty))
    with pytest.raises(CommandError, match="cannot read"):
        createuser("stat", "--role", "statistician", "--password-file", str(tmp_path / "none"))

    _nothing_written()


def test_it_issues_and_prints_an_api_token_when_asked(
    createuser: Callable[..., str], east: Compartment
) -> None:
    output = createuser(
        "robot",
        "--role",
        "caseworker",
        "--compartment",
        "east",
        "--generate-password",
        "--print-token",
    )

    raw = output.splitlines()[2].removeprefix("token: ")
    user = User.objects.get(username="robot")
    assert ApiToken.authenticate(raw) == user
    token = ApiToken.objects.get(user=user)
    entry = AuditEntry.objects.order_by("-seq").first()
    assert entry is not None
    assert (entry.action, entry.object_id) == ("accounts.issue_token", str(user.pk))
    assert entry.changes == {"token": [None, token.key_id]}
    assert raw not in str(list(AuditEntry.objects.values("changes", "data")))
    assert [e.action for e in AuditEntry.objects.order_by("seq")] == [
        "accounts.create",
        "accounts.enrolment_code_issue",
        "accounts.issue_token",
    ]


def test_it_issues_no_token_unless_asked(
    createuser: Callable[..., str], password_file: Path
) -> None:
    output = createuser("stat", "--role", "statistician", "--password-file", str(password_file))

    assert "token" not in output
    assert not ApiToken.objects.exists()


@pytest.mark.parametrize("role", ["admin", "superuser", "", "caseworkers"])
def test_it_refuses_an_unknown_role_and_writes_nothing(
    createuser: Callable[..., str], password_file: Path, role: str
) -> None:
    with pytest.raises(CommandError, match="unknown role") as refused:
        createuser("someone", "--role", role, "--password-file", str(password_file))

    assert "caseworker, supervisor" in str(refused.value)
    assert refused.value.returncode != 0
    _nothing_written()


def test_it_refuses_an_unknown_compartment_and_writes_nothing(
    createuser: Callable[..., str], east: Compartment, password_file: Path
) -> None:
    with pytest.raises(CommandError, match="unknown compartment 'north'") as refused:
        createuser(
            "someone",
            "--role",
            "caseworker",
            "--compartment",
            "east",
            "--compartment",
            "north",
            "--password-file",
            str(password_file),
        )

    assert "existing: east" in str(refused.value)
    assert refused.value.returncode != 0
    _nothing_written()
    assert Compartment.objects.count() == 1


@pytest.mark.parametrize("name", ["caseworker", "CaseWorker"])
def test_it_refuses_an_existing_username(
    createuser: Callable[..., str], caseworker: User, password_file: Path, name: str
) -> None:
    users = User.objects.count()

    with pytest.raises(CommandError, match="already exists"):
        createuser(name, "--role", "caseworker", "--password-file", str(password_file))

    assert User.objects.count() == users
    assert not AuditEntry.objects.exists()


@pytest.mark.parametrize("name", ["", "with space", "semi;colon"])
def test_it_refuses_an_invalid_username(
    createuser: Callable[..., str], password_file: Path, name: str
) -> None:
    with pytest.raises(CommandError):
        createuser(name, "--role", "auditor", "--password-file", str(password_file))

    _nothing_written()


def test_it_writes_nothing_when_the_audit_entry_cannot_be_written(
    createuser: Callable[..., str], password_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise RuntimeError("audit table unavailable")

    monkeypatch.setattr(AuditEntry.objects, "create", refuse)

    with pytest.raises(RuntimeError):
        createuser("stat", "--role", "statistician", "--password-file", str(password_file))

    assert not User.objects.exists()


def test_password_file_and_generated_password_exclude_each_other(
    createuser: Callable[..., str], password_file: Path
) -> None:
    with pytest.raises(CommandError):
        createuser(
            "stat",
            "--role",
            "statistician",
            "--password-file",
            str(password_file),
            "--generate-password",
        )

    _nothing_written()
