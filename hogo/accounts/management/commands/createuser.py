"""`hogo createuser`: open an account from the shell, through the same action as the page."""

from __future__ import annotations

import getpass
import secrets
import sys
from pathlib import Path
from typing import Any, TextIO

from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import transaction

from hogo.accounts import actions
from hogo.accounts.models import Compartment, Role, User

PROMPT_ATTEMPTS = 3


def _messages(error: ValidationError) -> str:
    return " ".join(error.messages)


class Command(BaseCommand):
    help = (
        "Create an account with one role and its compartments. The password comes from "
        "--password-file (a file, or - for standard input), is typed twice at a prompt, "
        "or is generated and printed once with --generate-password. With --print-token an "
        "API token is issued too and printed once; only its hash is stored. A one-time "
        "enrolment code is printed too: give it to the user in person; with it, at their "
        "first sign-in, they set up their second factor. The account, the code and the "
        "token are recorded in the audit log with the system as actor; the password and "
        "the secrets never are."
    )

    stealth_options = ("stdin",)

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("username", metavar="NAME")
        parser.add_argument(
            "--role",
            required=True,
            metavar="ROLE",
            help=f"one of: {', '.join(Role.values)}",
        )
        parser.add_argument(
            "--compartment",
            dest="compartments",
            action="append",
            default=[],
            metavar="CODE",
            help="a compartment the user belongs to; repeat for several",
        )
        source = parser.add_mutually_exclusive_group()
        source.add_argument(
            "--password-file",
            type=Path,
            metavar="F",
            help="read the password from the first line of F (- for standard input)",
        )
        source.add_argument(
            "--generate-password",
            action="store_true",
            help="generate a strong password and print it once",
        )
        parser.add_argument(
            "--print-token",
            action="store_true",
            help="also issue an API token and print it once",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        stdin: TextIO = options.get("stdin") or sys.stdin
        username = User.normalize_username(options["username"].strip())
        role = self._role(options["role"])
        codes: list[str] = list(dict.fromkeys(options["compartments"]))
        self._check_compartments(codes)
        self._check_username(username)

        # The password is settled before the transaction: on SQLite a transaction
        # holds the database's write lock, which must not wait on someone typing.
        candidate = User(username=username, role=role)
        generated = bool(options["generate_password"])
        if options["password_file"] is not None:
            password = self._read_password_file(options["password_file"], stdin)
            self._validate(password, candidate)
        elif generated:
            password = secrets.token_urlsafe(24)
        else:
            password = self._prompt_password(candidate, stdin)

        with transaction.atomic():
            new, raw_token = self._create(
                username=username,
                role=role,
                codes=codes,
                password=password,
                print_token=bool(options["print_token"]),
            )

        self.stdout.write(f"created {new.user.username} ({role.label})")
        if generated:
            self.stdout.write(f"password: {password}")
        if raw_token is not None:
            self.stdout.write(f"token: {raw_token}")
        # The operator acts as the system: the account is open at once, with its code.
        assert new.enrolment_code_expires_at is not None
        expires = new.enrolment_code_expires_at.strftime("%Y-%m-%d %H:%M %Z")
        self.stdout.write(f"enrolment code: {new.enrolment_code} (once, until {expires})")

    def _role(self, value: str) -> Role:
        try:
            return Role(value.strip().lower())
        except ValueError:
            raise CommandError(
                f"unknown role {value!r}; use one of: {', '.join(Role.values)}"
            ) from None

    def _check_compartments(self, codes: list[str]) -> None:
        known = set(Compartment.objects.filter(code__in=codes).values_list("code", flat=True))
        unknown = [code for code in codes if code not in known]
        if unknown:
            existing = ", ".join(Compartment.objects.values_list("code", flat=True)) or "none"
            raise CommandError(
                f"unknown compartment {', '.join(map(repr, unknown))}; existing: {existing}"
            )

    def _check_username(self, username: str) -> None:
        # The rule is create_account's; asked early so that nobody types a password in vain.
        try:
            actions.clean_username(username)
        except ValidationError as error:
            raise CommandError(f"username {username!r} refused: {_messages(error)}") from None

    def _read_password_file(self, path: Path, stdin: TextIO) -> str:
        try:
            text = stdin.readline() if str(path) == "-" else path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            raise CommandError(f"cannot read the password file: {error}") from None
        lines = text.splitlines()
        password = lines[0] if lines else ""
        if not password:
            raise CommandError("the password file is empty")
        return password

    def _validate(self, password: str, user: User) -> None:
        try:
            validate_password(password, user)
        except ValidationError as error:
            raise CommandError(f"password refused: {_messages(error)}") from None

    def _prompt_password(self, user: User, stdin: TextIO) -> str:
        if not (hasattr(stdin, "isatty") and stdin.isatty()):
            raise CommandError(
                "no terminal to ask for a password: use --password-file or --generate-password"
            )
        for _attempt in range(PROMPT_ATTEMPTS):
            password = getpass.getpass("Password: ")
            if password != getpass.getpass("Password (again): "):
                self.stderr.write("The passwords do not match.")
                continue
            try:
                validate_password(password, user)
            except ValidationError as error:
                self.stderr.write(f"Password refused: {_messages(error)}")
                continue
            return password
        raise CommandError("no acceptable password given; nothing was created")

    def _create(
        self, *, username: str, role: Role, codes: list[str], password: str, print_token: bool
    ) -> tuple[actions.NewAccount, str | None]:
        compartments = list(Compartment.objects.filter(code__in=codes))
        if len(compartments) != len(codes):
            # Removed since the check above: refuse rather than create a narrower account.
            raise CommandError("a compartment disappeared while the account was being created")
        try:
            new = actions.create_account(
                actor=None,
                username=username,
                role=role.value,
                password=password,
                compartments=compartments,
                via="createuser",
            )
        except ValidationError as error:
            raise CommandError(f"cannot create {username!r}: {_messages(error)}") from None
        if not print_token:
            return new, None
        _token, raw = actions.issue_token(actor=None, owner=new.user, label="createuser")
        return new, raw
