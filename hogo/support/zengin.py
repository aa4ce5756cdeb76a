"""Zengin (全銀協) fixed-length files: the transfer request and the bank's result.

No database here. A file is records of 120 bytes in Shift_JIS (cp932), one per
line (CRLF), names in half-width katakana:

    1 header   2 data (one per payment)   8 trailer (count, total)   9 end

The transfer file follows the 総合振込 layout. The remitter's name comes from
settings and nothing in the file names a programme or a benefit: a bank
statement shows only the remitter and the amount. Customer code 1 carries the
payment id, which is how the bank's result finds its way back.

The result file is read in the layout of the Zengin 口座振替 result: data
records as above with a result code at byte 112 (0 paid, 9 returned, any other
digit failed), and a trailer that also gives the paid and failed counts and
amounts.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

import jaconv
from zengin_code import Bank  # type: ignore[import-untyped, unused-ignore]

RECORD = 120
ENCODING = "cp932"


class ZenginError(ValueError):
    """The file or a value cannot be written or read: the message says where."""


def half_width(text: str) -> str:
    """Half-width katakana and ASCII, upper case, as banks accept names."""
    converted = jaconv.z2h(jaconv.hira2kata(text), kana=True, ascii=True, digit=True)
    return converted.upper()


def _single_byte(char: str) -> bool:
    return (" " <= char <= "~") or ("\uff61" <= char <= "\uff9f")


def check_kana(text: str, width: int) -> str:
    """The name as the file will hold it; ZenginError if it has kanji or is too long."""
    converted = half_width(text.strip())
    if not converted or not all(_single_byte(c) for c in converted):
        raise ZenginError(f"{text!r} must be written in katakana or Latin letters")
    if len(converted) > width:
        raise ZenginError(f"{text!r} is longer than {width} half-width characters")
    return converted


def _alpha(text: str, width: int) -> bytes:
    converted = "".join(c for c in half_width(text) if _single_byte(c))
    return converted.encode(ENCODING)[:width].ljust(width, b" ")


def _number(value: int, width: int) -> bytes:
    if value < 0 or len(str(value)) > width:
        raise ZenginError(f"{value} does not fit in {width} digits")
    return str(value).rjust(width, "0").encode("ascii")


def _digits(text: str, width: int) -> bytes:
    if not (text.isascii() and text.isdigit() and len(text) == width):
        raise ZenginError(f"{text!r} is not {width} digits")
    return text.encode("ascii")


def check_branch(bank_code: str, branch_code: str) -> tuple[str, str]:
    """The bank's and the branch's kana names from the Zengin code list; ZenginError if unknown."""
    bank = Bank.all.get(bank_code)
    if bank is None:
        raise ZenginError(f"no bank has the code {bank_code!r}")
    branch = bank.branches.get(branch_code)
    if branch is None:
        raise ZenginError(f"{bank.name} has no branch with the code {branch_code!r}")
    return str(bank.kana), str(branch.kana)


@dataclass(frozen=True)
class Account:
    bank_code: str
    branch_code: str
    account_type: str  # "1" ordinary, "2" current
    number: str  # 7 digits
    holder_kana: str


@dataclass(frozen=True)
class Remitter:
    code: str  # 10 digits, given by the bank
    name: str  # as the statement should show it
    account: Account


@dataclass(frozen=True)
class Transfer:
    payment_id: int
    amount: int
    account: Account


def _header(remitter: Remitter, on: date) -> bytes:
    source = remitter.account
    bank_kana, branch_kana = check_branch(source.bank_code, source.branch_code)
    return b"".join(
        [
            b"1",
            b"21",  # 総合振込
            b"0",  # Shift_JIS
            _digits(remitter.code, 10),
            _alpha(remitter.name, 40),
            f"{on:%m%d}".encode("ascii"),
            _digits(source.bank_code, 4),
            _alpha(bank_kana, 15),
            _digits(source.branch_code, 3),
            _alpha(branch_kana, 15),
            _digits(source.account_type, 1),
            _digits(source.number, 7),
            b" " * 17,
        ]
    )


def _data(transfer: Transfer) -> bytes:
    to = transfer.account
    bank_kana, branch_kana = check_branch(to.bank_code, to.branch_code)
    return b"".join(
        [
            b"2",
            _digits(to.bank_code, 4),
            _alpha(bank_kana, 15),
            _digits(to.branch_code, 3),
            _alpha(branch_kana, 15),
            b" " * 4,
            _digits(to.account_type, 1),
            _digits(to.number, 7),
            _alpha(to.holder_kana, 30),
            _number(transfer.amount, 10),
            b"0",
            _number(transfer.payment_id, 10),
            b" " * 10,
            b"7",
            b" ",
            b" " * 7,
        ]
    )


def transfer_file(remitter: Remitter, groups: Sequence[tuple[date, Sequence[Transfer]]]) -> bytes:
    """One header, its transfers and a trailer per transfer date, then the end record."""
    records: list[bytes] = []
    for on, transfers in groups:
        records.append(_header(remitter, on))
        records.extend(_data(t) for t in transfers)
        total = sum(t.amount for t in transfers)
        records.append(b"8" + _number(len(transfers), 6) + _number(total, 12) + b" " * 101)
    records.append(b"9" + b" " * 119)
    for record in records:
        assert len(record) == RECORD, record
    return b"\r\n".join(records) + b"\r\n"


@dataclass(frozen=True)
class Result:
    payment_id: int
    amount: int
    outcome: str  # "paid", "failed" or "returned"


@dataclass(frozen=True)
class ResultFile:
    results: list[Result]
    declared_count: int
    declared_total: int


def _records(data: bytes) -> list[bytes]:
    lines = [line for line in data.replace(b"\r\n", b"\n").split(b"\n") if line]
    if len(lines) == 1 and len(lines[0]) > RECORD:
        lines = [lines[0][i : i + RECORD] for i in range(0, len(lines[0]), RECORD)]
    for number, line in enumerate(lines, start=1):
        if len(line) != RECORD:
            raise ZenginError(f"record {number} is {len(line)} bytes, not {RECORD}")
    return lines


def _int(field: bytes, what: str, number: int) -> int:
    text = field.decode("ascii", errors="replace").strip()
    if not text.isdigit():
        raise ZenginError(f"record {number}: {what} is not a number")
    return int(text)


def parse_results(data: bytes) -> ResultFile:
    """The bank's result file; ZenginError when it is not one, or does not add up."""
    results: list[Result] = []
    count = total = 0
    trailers = 0
    for number, record in enumerate(_records(data), start=1):
        kind = record[:1]
        if kind == b"2":
            code = record[111:112].decode("ascii", errors="replace")
            if not code.isdigit():
                raise ZenginError(f"record {number}: the result code is not a digit")
            outcome = "paid" if code == "0" else "returned" if code == "9" else "failed"
            results.append(
                Result(
                    payment_id=_int(record[91:101], "customer code 1", number),
                    amount=_int(record[80:90], "the amount", number),
                    outcome=outcome,
                )
            )
        elif kind == b"8":
            trailers += 1
            count += _int(record[1:7], "the count", number)
            total += _int(record[7:19], "the total", number)
            paid_count = _int(record[19:25], "the paid count", number)
            paid_total = _int(record[25:37], "the paid total", number)
            failed_count = _int(record[37:43], "the failed count", number)
            failed_total = _int(record[43:55], "the failed total", number)
            if paid_count + failed_count != _int(record[1:7], "the count", number) or (
                paid_total + failed_total != _int(record[7:19], "the total", number)
            ):
                raise ZenginError(f"record {number}: paid and failed do not add up to the total")
        elif kind not in (b"1", b"9"):
            raise ZenginError(f"record {number} is of no known kind")
    if trailers == 0:
        raise ZenginError("the file has no trailer record")
    if count != len(results) or total != sum(r.amount for r in results):
        raise ZenginError("the records do not add up to the trailer's count and total")
    return ResultFile(results, count, total)


def result_file(on: date, results: Sequence[Result], *, remitter: Remitter) -> bytes:
    """A result file as a bank would write it: for tests, the demo and rehearsals."""
    records = [_header(remitter, on)]
    for result in results:
        code = {"paid": b"0", "returned": b"9"}.get(result.outcome, b"1")
        record = bytearray(
            _data(
                Transfer(
                    payment_id=result.payment_id, amount=result.amount, account=remitter.account
                )
            )
        )
        record[111:112] = code
        records.append(bytes(record))
    paid = [r for r in results if r.outcome == "paid"]
    failed = [r for r in results if r.outcome != "paid"]
    records.append(
        b"8"
        + _number(len(results), 6)
        + _number(sum(r.amount for r in results), 12)
        + _number(len(paid), 6)
        + _number(sum(r.amount for r in paid), 12)
        + _number(len(failed), 6)
        + _number(sum(r.amount for r in failed), 12)
        + b" " * 65
    )
    records.append(b"9" + b" " * 119)
    return b"\r\n".join(records) + b"\r\n"
