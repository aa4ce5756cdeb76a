# ruff: noqa: RUF001 - Japanese text uses full-width brackets.
"""Each rule of the extractor, in English and Japanese."""

from __future__ import annotations

import pytest

from hogo.monitor.extract import extract, places_of, prefecture_of, regions_of


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("a 64-year-old Japanese woman", "64"),
        ("the woman, aged 71, said", "71"),
        ("She is 80 years old.", "80"),
        ("The widow, 77, fled.", "77"),
        ("鈴木さん（64）は", "64"),
        ("女性は64歳で", "64"),
    ],
)
def test_it_reads_ages(text: str, age: str) -> None:
    assert extract(text).values("age") == {age}


def test_it_tells_a_departure_year_from_a_programme_range() -> None:
    facts = extract(
        "She went to North Korea in 1959. Some 93,000 people went between 1959 and 1984."
    )
    assert facts.values("departure_year") == {"1959"}
    assert facts.values("year_range") == {"1959", "1984"}


def test_it_reads_a_japanese_departure_year() -> None:
    assert extract("1960年に夫と北朝鮮へ渡った。").values("departure_year") == {"1960"}


@pytest.mark.parametrize(
    ("text", "month"),
    [("She fled in November.", "11"), ("昨年11月に脱出した。", "11"), ("early March", "3")],
)
def test_it_reads_months(text: str, month: str) -> None:
    assert extract(text).values("month") == {month}


@pytest.mark.parametrize(
    ("text", "season"),
    [("brought to Japan last summer", "last summer"), ("昨年夏に日本へ", "last summer")],
)
def test_it_reads_relative_seasons(text: str, season: str) -> None:
    assert season in extract(text).values("season")


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("held by security authorities in Jilin", "place", "jilin"),
        ("吉林省で拘束された", "place", "jilin"),
        ("a native of eastern Japan", "region", "eastern_japan"),
        ("東日本出身の女性", "region", "eastern_japan"),
        ("born in Akita prefecture", "prefecture", "akita"),
        ("秋田県出身", "prefecture", "akita"),
        ("fled North Korea", "country", "KP"),
    ],
)
def test_it_reads_places(text: str, kind: str, value: str) -> None:
    assert value in extract(text).values(kind)


@pytest.mark.parametrize(
    ("text", "custodian"),
    [
        ("She was taken into custody by security authorities in Jilin.", "host_security"),
        ("吉林省の国家安全当局に拘束された。", "host_security"),
        ("He was detained by Chinese police in Dandong.", "host_police"),
        ("a so-called mediating organization demanded a huge sum", "broker"),
    ],
)
def test_it_reads_custodians(text: str, custodian: str) -> None:
    assert custodian in extract(text).values("custodian")


def test_a_security_agency_without_a_custody_event_is_not_a_custodian() -> None:
    assert "host_security" not in extract("Security authorities declined to comment.").values(
        "custodian"
    )


def test_it_reads_a_broker_demand_and_its_refusal() -> None:
    facts = extract(
        "A mediating organization demanded a huge sum in cash. "
        "The government refused to negotiate with them."
    )
    assert facts.values("broker") == {"demand", "refused"}


@pytest.mark.parametrize(
    ("text", "relation"),
    [
        ("with her husband", "husband"),
        ("夫と一緒に", "husband"),
        ("children of Japanese spouses", "child"),
        ("married to a North Korean man", "spouse"),
    ],
)
def test_it_reads_relationships(text: str, relation: str) -> None:
    assert relation in extract(text).values("relation")


def test_it_reads_a_japanese_spouse() -> None:
    assert "japanese_spouse" in extract("日本人妻の女性").values("category")


def test_it_finds_names_but_not_titles_or_places() -> None:
    facts = extract("Foreign Minister Yoriko Kawaguchi met officials in North Korea on Monday.")
    assert [name for name, _ in facts.names] == ["Yoriko Kawaguchi"]


def test_it_finds_japanese_names_with_an_honorific() -> None:
    assert ("鈴木和子", 0) in extract("鈴木和子さんは話した。").names


def test_it_detects_the_language() -> None:
    assert extract("吉林省で拘束された日本人女性").language == "ja"
    assert extract("A woman was held in Jilin.").language == "en"


def test_recorded_places_map_to_keys() -> None:
    assert places_of("Yanbian, Jilin") == {"yanbian", "jilin"}
    assert prefecture_of("新潟県") == "niigata"
    assert "half:east" in regions_of("東日本 (eastern Japan)")
    assert "half:west" in regions_of("大阪府")


@pytest.mark.parametrize(
    ("text", "custodian"),
    [
        ("She was sheltering at a diplomatic mission in Beijing.", "diplomatic_mission"),
        ("He took refuge in the Japanese consulate-general in Shenyang.", "diplomatic_mission"),
        ("大使館に保護されている", "diplomatic_mission"),
        ("He was staying in a safe house in Yanbian.", "ngo_safe_house"),
    ],
)
def test_it_reads_refuge_as_a_custody_event(text: str, custodian: str) -> None:
    assert custodian in extract(text).values("custodian")
