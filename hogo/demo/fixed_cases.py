"""The two fixed cases: the one drawn from public reporting, and the one the tests search for.

The reported case (the 64-year-old Japanese spouse held in Jilin in early
2003) carries an invented name and only the facts the reports give.
"""

from __future__ import annotations

from datetime import date, timedelta

from hogo.cases.models import BrokerDecision, Category, Custodian, EventKind, Priority
from hogo.cases.workflow import Status
from hogo.demo.plan import (
    CASEWORKERS,
    CasePlan,
    EventPlan,
    HouseholdPlan,
    PersonPlan,
    RelationPlan,
    Step,
    TransitionPlan,
)
from hogo.demo.stories import FOREIGN_MINISTRIES
from hogo.people.actions import NameInput
from hogo.people.models import NameKind, RelationKind, Sex

S = Status

# The case described in the news reports of January 2003 (shared/reports beside the checkout).
REPORT_DATE = date(2003, 1, 28)
REPORT_CASE_NAME = ("鈴木", "和子")
REPORT_CASE_BIRTH_YEAR = 1938  # 64 on REPORT_DATE unless her birthday had already passed
REPORT_HUSBAND_NAME = ("朴", "英哲")
# The case the browser test searches for by its kana reading.
KIM_NAME = ("金", "正一")


def avoids_reserved_names(plan: PersonPlan) -> bool:
    """Random persons must not share the names the tests and the reports' case use."""
    reserved = {KIM_NAME, REPORT_CASE_NAME, REPORT_HUSBAND_NAME, ("朴", "和子")}
    return not any(
        (n.family, n.given) in reserved
        for n in plan.names
        if n.kind in (NameKind.LEGAL, NameKind.MARRIED)
    )


def report_household() -> HouseholdPlan:
    """The 64-year-old Japanese spouse of the January 2003 reports; nothing beyond them.

    The reports give months, not days: each event is kept as known, to the month
    (or the year), and shown so.
    """
    family, given = REPORT_CASE_NAME
    husband_family, husband_given = REPORT_HUSBAND_NAME
    her = PersonPlan(
        "report-her",
        (
            NameInput(NameKind.LEGAL, family, given),
            NameInput(NameKind.READING, "スズキ", "カズコ"),
            NameInput(NameKind.MAIDEN, family, given),
            NameInput(NameKind.MARRIED, husband_family, given),
            NameInput(NameKind.HANGUL, "박", "화자"),
        ),
        Sex.FEMALE,
        str(REPORT_CASE_BIRTH_YEAR),
        "東日本 (eastern Japan)",
        "日本",
    )
    husband = PersonPlan(
        "report-husband",
        (
            NameInput(NameKind.LEGAL, husband_family, husband_given),
            NameInput(NameKind.READING, "ボク", "エイテツ"),
            NameInput(NameKind.HANGUL, "박", "영철"),
        ),
        Sex.MALE,
        "",
        "",
        "朝鮮",
    )
    officer = CASEWORKERS[0]
    steps: tuple[Step, ...] = (
        EventPlan(
            officer,
            EventKind.LOCATION,
            date(1959, 1, 1),
            {
                "country": "KP",
                "custodian": Custodian.SELF,
                "text": "Went to North Korea in 1959 (only the year is recorded) with her "
                "husband, a Korean resident of Japan, under the repatriation programme.",
            },
            precision="year",
        ),
        EventPlan(
            officer,
            EventKind.LOCATION,
            date(2002, 11, 1),
            {
                "country": "CN",
                "custodian": Custodian.SELF,
                "text": "Fled from North Korea to China in November 2002 (day not recorded).",
            },
            precision="month",
        ),
        EventPlan(
            officer,
            EventKind.CONTACT,
            date(2002, 11, 1),
            {
                "contact_with": "her supporters",
                "text": "Sought refuge in Japan through her supporters.",
            },
            precision="month",
        ),
        TransitionPlan(officer, S.VERIFYING, "Request for refuge received through supporters."),
        EventPlan(
            officer,
            EventKind.BROKER,
            date(2002, 12, 1),
            {
                "organisation": "so-called mediating organisation (name not recorded)",
                "decision": BrokerDecision.REFUSED,
                "text": "Demanded a huge sum in cash as a condition for handing her over "
                "(amount not recorded). The government refused to negotiate with them.",
            },
            precision="month",
        ),
        TransitionPlan(officer, S.LOCATED, "Held by a mediating organisation in China."),
        EventPlan(
            officer,
            EventKind.LOCATION,
            date(2003, 1, 1),
            {
                "country": "CN",
                "region": "Jilin",
                "custodian": Custodian.HOST_SECURITY,
                "text": "Taken into custody by security authorities in Jilin together with "
                "members of the mediating organisation; believed questioned on how she "
                "got out of North Korea.",
            },
            precision="month",
        ),
        TransitionPlan(
            officer, S.IN_HOST_CUSTODY, "In the custody of security authorities in Jilin."
        ),
        EventPlan(
            officer,
            EventKind.NOTE,
            REPORT_DATE,
            {"text": "Her husband has reportedly been arrested by North Korean authorities."},
        ),
        EventPlan(
            officer,
            EventKind.DIPLOMATIC_REQUEST,
            REPORT_DATE,
            {
                "addressee": FOREIGN_MINISTRIES["CN"],
                "request": "Hand her over to Japan's protection.",
                "outcome": "Final negotiations on her handover have begun.",
            },
        ),
        TransitionPlan(
            officer, S.HANDOVER_NEGOTIATION, "Final negotiations with China on her handover."
        ),
    )
    case = CasePlan(
        person_key=her.key,
        category=Category.JAPANESE_SPOUSE,
        compartment="shenyang",
        creator=officer,
        officer=officer,
        priority=Priority.URGENT,
        summary=(
            "Japanese spouse, 64, a native of eastern Japan. Went to North Korea in 1959 with "
            "her husband, a Korean resident of Japan, who has reportedly been arrested by North "
            "Korean authorities. Fled to China in November. A mediating organisation demanded a "
            "huge sum in cash for handing her over; the government refused to negotiate. Taken "
            "into custody by security authorities in Jilin together with members of that "
            "organisation. Handover under negotiation with China's foreign ministry."
        ),
        steps=steps,
        members=((husband.key, "husband"),),
    )
    return HouseholdPlan(
        (her, husband), (RelationPlan(husband.key, her.key, RelationKind.SPOUSE),), (case,)
    )


def kim_household(today: date) -> HouseholdPlan:
    family, given = KIM_NAME
    kim = PersonPlan(
        "kim",
        (
            NameInput(NameKind.LEGAL, family, given),
            NameInput(NameKind.READING, "キン", "セイイチ"),
            NameInput(NameKind.HANGUL, "김", "정일"),
            NameInput(NameKind.ALIAS, "金田", given),
        ),
        Sex.MALE,
        "昭和10年3月5日",
        "新潟県",
        "朝鮮",
    )
    officer = CASEWORKERS[0]
    steps: tuple[Step, ...] = (
        EventPlan(
            officer,
            EventKind.CONTACT,
            today - timedelta(days=20),
            {"contact_with": "a relative in Japan", "channel": "telephone"},
        ),
        TransitionPlan(officer, S.VERIFYING, "Identity details received from a relative."),
        EventPlan(
            officer,
            EventKind.LOCATION,
            today - timedelta(days=6),
            {
                "country": "CN",
                "region": "Dandong, Liaoning",
                "custodian": Custodian.NGO_SAFE_HOUSE,
                "text": "Reached a safe house near the border.",
            },
        ),
        TransitionPlan(officer, S.LOCATED, "Whereabouts confirmed: Dandong, Liaoning."),
    )
    case = CasePlan(
        person_key=kim.key,
        category=Category.FORMER_RESIDENT,
        compartment="shenyang",
        creator=officer,
        officer=officer,
        priority=Priority.HIGH,
        summary="Reached a safe house near the border.",
        steps=steps,
    )
    return HouseholdPlan((kim,), (), (case,))
