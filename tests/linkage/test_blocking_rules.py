"""Which pairs are scored at all: a given name alone meets too many records in a large
registry, so it blocks only with something more (a near year, the day and month, the
place of birth, the family name)."""

from __future__ import annotations

from hogo.linkage import engine
from hogo.linkage.lookup import prior_model
from hogo.linkage.records import PersonRecord, ReadResult

REGISTRY = [("R1", "Kim", "Minsu", "1935-05-03", "Seoul")]
CLAIMS = [
    ("FAR", "Park", "Minsu", "1970-01-01", "Busan"),  # the given name and nothing else
    ("NEAR", "Park", "Minsu", "1939-01-01", "Busan"),  # born four years apart
    ("DAY", "Park", "Minsu", "1970-05-03", "Busan"),  # the year mistyped
    ("PLACE", "Park", "Minsu", "1970-01-01", "Seoul"),  # the date wrong altogether
    ("NAMES", "Kim", "Minsu", "1970-01-01", "Busan"),  # both names agree
    ("UNDATED", "Park", "Minsu", "", "Busan"),  # no date to compare
]


def _records(rows: list[tuple[str, str, str, str, str]]) -> ReadResult:
    records = [
        PersonRecord(
            row_id,
            line,
            {"family_name": family, "given_name": given, "birth_date": born, "birth_place": place},
        )
        for line, (row_id, family, given, born, place) in enumerate(rows, start=2)
    ]
    columns = ["family_name", "given_name", "birth_date", "birth_place"]
    return ReadResult(id_column="record_id", records=records, rejections=[], columns=columns)


def test_a_shared_given_name_alone_is_not_enough_to_be_scored() -> None:
    links, _trained = engine.run(
        _records(CLAIMS), _records(REGISTRY), threshold=0.0, trained=prior_model()
    )
    scored = set(links["left_id"])
    assert scored == {"NEAR", "DAY", "PLACE", "NAMES", "UNDATED"}


def test_names_told_in_each_others_fields_are_scored_whatever_the_dates() -> None:
    # The tsūmei given name first (博 新井 for 新井 博), born "1927" where the record says
    # 1926-01-09: neither the family key and the year nor any key and the year meet.
    registry = [
        PersonRecord(
            "R4",
            2,
            {
                "family_name": "朴",
                "given_name": "英哲",
                "other_names": "新井 博",
                "birth_date": "大正15年1月9日",
            },
        )
    ]
    links, _trained = engine.run(
        _records([("SWAPPED", "博", "新井", "1927", "")]),
        ReadResult(id_column="record_id", records=registry, rejections=[], columns=[]),
        threshold=0.0,
        trained=prior_model(),
    )
    assert set(links["left_id"]) == {"SWAPPED"}


def test_a_hangul_name_run_together_is_scored_without_a_date() -> None:
    links, _trained = engine.run(
        _records([("TOGETHER", "김민수", "", "", "")]),
        _records(REGISTRY),
        threshold=0.0,
        trained=prior_model(),
    )
    assert set(links["left_id"]) == {"TOGETHER"}


def test_a_mistyped_given_name_is_scored_with_a_year_worked_out_from_an_age() -> None:
    # Sunshk for 順植 (a letter dropped from the passport's Sunshik), born "1933" by a
    # Korean age where the manifest says 1935, the birthplace where the family lived:
    # no key of the given name, no birth year, no day and month, no town to meet.
    registry = [
        PersonRecord(
            "R5",
            2,
            {
                "family_name": "金",
                "given_name": "順植",
                "birth_date": "昭和10年4月7日",
                "birth_place": "慶尙北道",
            },
        )
    ]
    links, _trained = engine.run(
        _records(
            [
                ("TYPO", "Kim", "Sunshk", "1933", "Osaka"),
                ("UNDATED", "KIM", "Seonsikk", "", ""),
                ("OTHER", "Kim", "Younghee", "1933", "Osaka"),  # another given name
            ]
        ),
        ReadResult(id_column="record_id", records=registry, rejections=[], columns=[]),
        threshold=0.0,
        trained=prior_model(),
    )
    assert set(links["left_id"]) == {"TYPO", "UNDATED"}
