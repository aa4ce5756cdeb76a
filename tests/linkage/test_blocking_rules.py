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
