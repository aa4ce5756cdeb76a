# ruff: noqa: RUF001, E501 - Japanese punctuation; articles are kept as written, one per line.
"""A held-out labelled set for the press monitor, written by hand, not from a template.

Each article was written as a reporter would write it, in English or Japanese, from
the facts of a case below (or of no case: a decoy), before the scorer was run on
it; the set is never used to tune rules or weights. The cases stand beside decoy
cases that share many of their facts (same departure year, province or age), and
a case that is deceased, which must never be alerted.

Kinds: ``follow_up`` (a later story on a case already reported), ``relative``
(an adult child of a Japanese spouse), ``elderly`` (a long stay in the North told
in relative time), ``resettled`` (born in one city, living in another now),
``refuge`` (reached a consulate), ``into_north`` (a person going the other way),
``group`` (a group visit), ``general`` (policy).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from hogo.monitor.scoring import CaseFacts, EventFacts, NameFacts, relation_keys


@dataclass(frozen=True)
class HeldOutCase:
    facts: CaseFacts
    status: str


@dataclass(frozen=True)
class HeldOutArticle:
    language: str
    kind: str
    published: date | None  # None: the article carries no date
    case_id: int | None
    text: str


def _case(
    case_id: int,
    *,
    sex: str,
    born: date,
    birthplace: str,
    category: str,
    names: tuple[NameFacts, ...],
    events: tuple[EventFacts, ...],
    relations: frozenset[str] = frozenset(),
    status: str = "located",
) -> HeldOutCase:
    departures = frozenset(e.occurred_on.year for e in events if e.country == "KP")
    # As hogo.monitor.selectors builds a case's facts: each member's relation is both
    # the label of their names and one of the case's relations.
    relations = relations | {name.relation for name in names if name.relation}
    return HeldOutCase(
        CaseFacts(
            case_id=case_id,
            sex=sex,
            birth_date=born,
            birth_precision="year",
            birthplace=birthplace,
            category=category,
            names=names,
            events=events,
            departure_years=departures,
            relations=relation_keys(relations),
        ),
        status,
    )


E = EventFacts
CASES: tuple[HeldOutCase, ...] = (
    # 1: the woman of the January 2003 reports, handed over and flown to Japan.
    _case(
        1,
        sex="F",
        born=date(1938, 1, 1),
        birthplace="東日本 (eastern Japan)",
        category="japanese_spouse",
        names=(NameFacts("鈴木", "和子", ""), NameFacts("朴", "英哲", "husband")),
        events=(
            E(date(1959, 1, 1), "location", "KP", "", "self"),
            E(date(2002, 11, 1), "location", "CN", "", "self"),
            E(date(2002, 12, 1), "broker", "", "", "", "refused"),
            E(date(2003, 1, 1), "location", "CN", "Jilin", "host_security"),
            E(date(2003, 1, 28), "diplomatic_request"),
        ),
        relations=frozenset({"husband"}),
        status="handover_negotiation",
    ),
    # 2: a woman from Osaka, 46 years in the North, sheltered in Yanji then at the consulate.
    _case(
        2,
        sex="F",
        born=date(1923, 1, 1),
        birthplace="大阪府",
        category="japanese_spouse",
        names=(NameFacts("山本", "トシ", ""),),
        events=(
            E(date(1960, 5, 1), "location", "KP", "", "self"),
            E(date(2006, 3, 1), "location", "CN", "Yanji, Jilin", "ngo_safe_house"),
            E(date(2006, 5, 1), "location", "CN", "Shenyang, Liaoning", "diplomatic_mission"),
        ),
    ),
    # 3: born in Kawasaki, crossed the Tumen, held by Chinese police, lives in Matsudo now.
    _case(
        3,
        sex="F",
        born=date(1941, 1, 1),
        birthplace="神奈川県川崎市",
        category="japanese_spouse",
        names=(NameFacts("高橋", "節子", ""),),
        events=(
            E(date(1961, 1, 1), "location", "KP", "", "self"),
            E(date(2010, 9, 1), "location", "CN", "Tumen, Jilin", "host_police"),
            E(date(2011, 2, 1), "location", "JP", "千葉県松戸市", "self"),
        ),
        status="resettlement",
    ),
    # 4: the son of a Japanese spouse, born in Chongjin, brought to Japan secretly.
    _case(
        4,
        sex="M",
        born=date(1961, 1, 1),
        birthplace="咸鏡北道 清津",
        category="descendant",
        names=(NameFacts("李", "成男", ""), NameFacts("李", "春子", "mother")),
        events=(
            E(date(2002, 5, 1), "location", "CN", "Dandong, Liaoning", "broker"),
            E(date(2002, 8, 1), "location", "JP", "", "self"),
        ),
        relations=frozenset({"mother"}),
        status="arrived",
    ),
    # 5: a former resident of Japan who reached the consulate-general in Shenyang.
    _case(
        5,
        sex="M",
        born=date(1940, 1, 1),
        birthplace="兵庫県神戸市",
        category="former_resident",
        names=(NameFacts("金", "哲洙", ""),),
        events=(
            E(date(1960, 8, 1), "location", "KP", "", "self"),
            E(date(2009, 9, 1), "location", "CN", "Shenyang, Liaoning", "diplomatic_mission"),
        ),
    ),
    # Decoys: cases that share facts with the ones above.
    _case(
        11,
        sex="F",
        born=date(1938, 1, 1),
        birthplace="福岡県",
        category="japanese_spouse",
        names=(NameFacts("佐藤", "良子", ""),),
        events=(
            E(date(1960, 1, 1), "location", "KP", "", "self"),
            E(date(2015, 4, 1), "location", "CN", "Shenyang, Liaoning", "host_security"),
        ),
    ),
    _case(
        12,
        sex="F",
        born=date(1940, 1, 1),
        birthplace="大阪府",
        category="japanese_spouse",
        names=(NameFacts("中村", "幸子", ""),),
        events=(
            E(date(1960, 1, 1), "location", "KP", "", "self"),
            E(date(2022, 6, 1), "location", "CN", "Yanji, Jilin", "ngo_safe_house"),
        ),
    ),
    _case(
        13,
        sex="F",
        born=date(1923, 1, 1),
        birthplace="大阪府",
        category="japanese_spouse",
        names=(NameFacts("田中", "キヨ", ""),),
        events=(
            E(date(1960, 1, 1), "location", "KP", "", "self"),
            E(date(2005, 11, 1), "location", "CN", "Yanji, Jilin", "ngo_safe_house"),
        ),
        status="deceased",
    ),
    _case(
        14,
        sex="M",
        born=date(1961, 1, 1),
        birthplace="両江道 恵山",
        category="descendant",
        names=(NameFacts("朴", "光男", ""),),
        events=(E(date(2013, 5, 1), "location", "CN", "Dandong, Liaoning", "broker"),),
        relations=frozenset({"father"}),
    ),
    _case(
        15,
        sex="F",
        born=date(1965, 1, 1),
        birthplace="大阪府",
        category="japanese_national",
        names=(NameFacts("小林", "恵", ""),),
        events=(E(date(2023, 3, 1), "location", "CN", "Dandong, Liaoning", "self"),),
    ),
    _case(
        16,
        sex="F",
        born=date(1936, 1, 1),
        birthplace="新潟県",
        category="japanese_spouse",
        names=(NameFacts("斎藤", "ミツ", ""),),
        events=(
            E(date(1959, 12, 1), "location", "KP", "", "self"),
            E(date(2002, 10, 1), "location", "CN", "Yanji, Jilin", "host_security"),
        ),
    ),
)

A = HeldOutArticle
ARTICLES: tuple[HeldOutArticle, ...] = (
    A("en", "follow_up", date(2003, 3, 21), 1,
      "A Japanese woman who escaped from North Korea late last year landed at Kansai International Airport on Thursday aboard a flight from Shenyang, setting foot in her homeland for the first time in 44 years. "
      "The 65-year-old, who comes from eastern Japan, had been held for about two weeks by Chinese authorities in Jilin Province after a group that smuggled her across the border demanded money from Tokyo. "
      "Foreign Ministry officials escorted her through a side exit. She is expected to stay with relatives while the government arranges support."),
    A("ja", "follow_up", date(2003, 3, 21), 1,
      "昨年11月に北朝鮮を脱出し中国で保護されていた日本人妻の女性（65）が20日、瀋陽からの便で関西空港に到着し、44年ぶりに日本の土を踏んだ。"
      "女性は東日本出身で、吉林省で中国当局に拘束されていた。仲介団体が多額の金銭を要求したが、政府は交渉に応じなかった。"
      "外務省によると、女性は当面、親族の元に身を寄せる。"),
    A("en", "elderly", date(2006, 7, 14), 2,
      "After 46 years in North Korea, an 83-year-old woman from Osaka has returned to Japan. "
      "She had crossed into China this spring and hid in Yanji before supporters helped her reach the Japanese consulate general in Shenyang in May. "
      "\"I never thought I would see Osaka again,\" she told reporters through a relative."),
    A("ja", "elderly", date(2006, 7, 14), 2,
      "大阪府出身の日本人妻の女性（83）が13日、帰国した。北朝鮮で46年暮らしたという。"
      "女性は今春中国に逃れ、延吉の支援者宅に身を寄せた後、5月に瀋陽の日本総領事館にたどり着いた。"),
    A("en", "resettled", date(2012, 4, 2), 3,
      "Born in Kawasaki in 1941, she left for North Korea with her husband at 20. "
      "Half a century later she waded across the Tumen River, was detained by Chinese police in the town of Tumen and, after months of talks, was allowed to fly to Japan. "
      "Now 71, she lives alone in a small apartment in Matsudo, Chiba Prefecture, and asked that her name not be printed."),
    A("ja", "resettled", date(2012, 4, 2), 3,
      "千葉県松戸市に住む女性（71）は川崎市で生まれ、1961年に夫と北朝鮮へ渡った。"
      "2010年に豆満江を越えて中国に入り、図們で中国の警察に拘束された後、日本への帰国が認められた。"),
    A("en", "relative", date(2003, 2, 4), 4,
      "A man in his early 40s whose mother is a Japanese woman who moved to North Korea in 1960 was secretly brought to Japan last summer, sources close to the matter said. "
      "The man, who was born and raised in Chongjin on the country's northeast coast, slipped into China and waited in Dandong for several months. "
      "His mother, now 74, remains in the North."),
    A("ja", "relative", date(2003, 2, 4), 4,
      "日本人妻を母に持つ40代前半の男性が昨年夏、政府の協力でひそかに日本に入国していたことが分かった。"
      "男性は清津で生まれ育ち、中国に逃れて丹東で数カ月過ごした。母親（74）は北朝鮮に残っている。"),
    A("en", "refuge", date(2009, 10, 20), 5,
      "A 69-year-old man who grew up in Kobe and moved to North Korea in 1960 under the repatriation program reached the Japanese consulate-general in Shenyang last month, diplomatic sources said. "
      "He is a former Korean resident of Japan and is waiting for Chinese permission to leave."),
    A("ja", "refuge", date(2009, 10, 20), 5,
      "1960年の帰還事業で北朝鮮に渡った元在日朝鮮人の男性（69）が先月、瀋陽の日本総領事館に駆け込んだ。男性は神戸市出身。"
      "中国側の出国許可を待っている。"),
    A("en", "into_north", date(2023, 9, 12), None,
      "A 58-year-old Japanese woman from Osaka crossed into North Korea from Dandong in March and has not been heard from since, her family said. "
      "Police believe she went of her own will."),
    A("ja", "into_north", date(2023, 9, 12), None,
      "大阪府出身の女性（58）が3月、丹東から北朝鮮に入国したまま連絡が取れなくなっている。家族によると、自らの意思で渡ったとみられる。"),
    A("en", "group", date(1997, 11, 10), None,
      "A group of fifteen Japanese wives aged 55 to 84 arrived at Narita on Saturday for a week-long visit home, the first such trip allowed by Pyongyang. "
      "Most went to North Korea between 1959 and 1962 with their Korean husbands."),
    A("ja", "group", date(1997, 11, 10), None,
      "北朝鮮に住む日本人妻15人（55～84歳）が8日、一時帰国のため成田空港に到着した。"
      "多くは1959年から1962年にかけて夫とともに北朝鮮に渡った。"),
    A("en", "general", date(2003, 2, 5), None,
      "The government is considering a law to support Japanese spouses and their children who escape from North Korea, Deputy Chief Cabinet Secretary Shinzo Abe said. "
      "Dozens have already been taken into protective custody, officials said."),
    A("ja", "general", date(2003, 2, 5), None,
      "政府は北朝鮮を脱出した日本人妻やその子どもを支援する法整備を検討している。外務省はすでに数十人を保護したと明らかにした。"),
)  # fmt: skip
