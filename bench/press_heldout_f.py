# ruff: noqa: RUF001, E501 - articles are kept as written, one per line.
"""A sixth held-out set (F): English, Japanese and Korean, written before the rules it measures.

Same form as ``bench/press_heldout.py``: the articles follow the way wire
services and Japanese and Korean papers report these cases (a court ruling on
a returnee's claim, a descendant held in China, an escape told years later, an
elderly spouse at a consulate, group visits, policy stories, a trip into the
North). Names are invented; the facts are of the kind such reports give.
Evaluated with ``bench/monitor_independent.py --set f``.
"""

from __future__ import annotations

from datetime import date

from bench.press_heldout import HeldOutArticle, HeldOutCase, _case
from hogo.monitor.scoring import EventFacts, NameFacts

E = EventFacts
CASES: tuple[HeldOutCase, ...] = (
    # 101: left in 1960, held in Hunchun in 2016, in Japan since 2017; told in 2020.
    _case(
        101,
        sex="F",
        born=date(1943, 1, 1),
        birthplace="福岡県",
        category="japanese_spouse",
        names=(NameFacts("山口", "節子", ""),),
        events=(
            E(date(1960, 5, 1), "location", "KP", "", "self"),
            E(date(2016, 3, 1), "location", "CN", "Hunchun, Jilin", "host_security"),
            E(date(2017, 4, 1), "location", "JP", "大阪府", "self"),
        ),
        status="resettlement",
    ),
    # 102: born in Hoeryong to a Japanese mother from Kagoshima; held in Dandong in 2021.
    _case(
        102,
        sex="M",
        born=date(1975, 1, 1),
        birthplace="咸鏡北道 会寧",
        category="descendant",
        names=(NameFacts("金", "哲男", ""), NameFacts("金", "ヨシ子", "mother")),
        events=(E(date(2021, 4, 1), "location", "CN", "Dandong, Liaoning", "host_police"),),
        relations=frozenset({"mother"}),
    ),
    # 103: born in Kyoto, went in 1960 at 17, fled in 2003, lives in Tokyo; sued in 2022.
    _case(
        103,
        sex="F",
        born=date(1942, 1, 1),
        birthplace="京都府京都市",
        category="former_resident",
        names=(NameFacts("松本", "順子", ""),),
        events=(
            E(date(1960, 8, 1), "location", "KP", "", "self"),
            E(date(2003, 7, 1), "location", "CN", "Yanji, Jilin", "self"),
            E(date(2004, 3, 1), "location", "JP", "東京都", "self"),
        ),
        status="resettlement",
    ),
    # 104: on one of the first ships from Niigata in 1959; at the Shenyang consulate in 2019.
    _case(
        104,
        sex="F",
        born=date(1935, 1, 1),
        birthplace="新潟県",
        category="japanese_spouse",
        names=(NameFacts("佐藤", "キヨ", ""),),
        events=(
            E(date(1959, 12, 1), "location", "KP", "", "self"),
            E(date(2019, 11, 1), "location", "CN", "Shenyang, Liaoning", "diplomatic_mission"),
        ),
    ),
    # Decoys.
    # Same age and departure as 101, held in Hunchun too, but in 2019.
    _case(
        111,
        sex="F",
        born=date(1943, 1, 1),
        birthplace="長野県",
        category="japanese_spouse",
        names=(NameFacts("中島", "ふみ", ""),),
        events=(
            E(date(1960, 6, 1), "location", "KP", "", "self"),
            E(date(2019, 8, 1), "location", "CN", "Hunchun, Jilin", "host_security"),
        ),
    ),
    # A Japanese spouse from Kagoshima, like 102's mother.
    _case(
        112,
        sex="F",
        born=date(1937, 1, 1),
        birthplace="鹿児島県",
        category="japanese_spouse",
        names=(NameFacts("福田", "ミツ", ""),),
        events=(
            E(date(1960, 3, 1), "location", "KP", "", "self"),
            E(date(2020, 12, 1), "location", "CN", "Dandong, Liaoning", "broker"),
        ),
    ),
    # Born in Tokyo, same age and departure as 103, recently sheltered in Yanji.
    _case(
        113,
        sex="F",
        born=date(1943, 1, 1),
        birthplace="東京都",
        category="former_resident",
        names=(NameFacts("高山", "明子", ""),),
        events=(
            E(date(1960, 9, 1), "location", "KP", "", "self"),
            E(date(2021, 6, 1), "location", "CN", "Yanji, Jilin", "ngo_safe_house"),
        ),
    ),
    # 104's twin in every fact, but deceased: never a candidate.
    _case(
        114,
        sex="F",
        born=date(1935, 1, 1),
        birthplace="新潟県",
        category="japanese_spouse",
        names=(NameFacts("小林", "ハナ", ""),),
        events=(
            E(date(1959, 12, 1), "location", "KP", "", "self"),
            E(date(2019, 10, 1), "location", "CN", "Shenyang, Liaoning", "diplomatic_mission"),
        ),
        status="deceased",
    ),
    # A descendant of the same age as 102, born elsewhere, held elsewhere.
    _case(
        115,
        sex="M",
        born=date(1975, 1, 1),
        birthplace="両江道 恵山",
        category="descendant",
        names=(NameFacts("朴", "永吉", ""),),
        events=(E(date(2021, 2, 1), "location", "CN", "Changbai, Jilin", "broker"),),
    ),
)

A = HeldOutArticle
ARTICLES: tuple[HeldOutArticle, ...] = (
    A("en", "escape_told_later", date(2020, 9, 14), 101,
      "Setsuko Yamaguchi, 77, a Fukuoka native who sailed to North Korea with her Korean husband in 1960, told a meeting in Osaka on Sunday how she was held by Chinese state security in Hunchun for five months in 2016. "
      "She reached Japan the following spring."),
    A("ja", "escape_told_later", date(2020, 9, 14), 101,
      "福岡県出身で大阪府内に住む山口節子さん（77）は1960年、朝鮮人の夫とともに北朝鮮へ渡った。2016年に脱北したが、琿春で中国の公安当局に5か月間拘束され、翌年、日本にたどり着いた。"),
    A("ko", "escape_told_later", date(2020, 9, 14), 101,
      "후쿠오카현 출신 일본인 처 야마구치 세쓰코(77) 씨는 1960년 남편을 따라 북한으로 건너갔다. 그는 2016년 탈북 직후 훈춘에서 중국 공안에 다섯 달 동안 구금됐다가 이듬해 일본에 도착했다."),
    A("en", "relative", date(2021, 6, 10), 102,
      "A 46-year-old North Korean man whose late mother, a Japanese woman from Kagoshima, moved to the North in 1960 has been held by police in Dandong since April, a Tokyo-based support group said. "
      "Born in Hoeryong, he hopes to settle in his mother's homeland."),
    A("ja", "relative", date(2021, 6, 10), 102,
      "会寧生まれの北朝鮮男性（46）が4月から丹東で中国の警察に拘束されていることが、支援団体への取材で分かった。男性の母親は鹿児島県出身の日本人妻で、1960年に帰還事業で北朝鮮へ渡った。"),
    A("ko", "relative", date(2021, 6, 10), 102,
      "어머니가 가고시마 출신 일본인 처인 40대 탈북 남성이 4월부터 단둥에서 중국 공안에 붙잡혀 있다고 지원단체가 밝혔다. 회령에서 태어난 그는 어머니의 고국인 일본에 정착하기를 바라고 있다."),
    A("en", "resettled", date(2022, 3, 24), 103,
      "The Tokyo District Court on Wednesday dismissed a damages claim by a 79-year-old woman who was born in Kyoto and, at 17, joined the repatriation of Korean residents to North Korea in 1960. "
      "The former resident of Japan fled in 2003 and now lives in Tokyo."),
    A("ja", "resettled", date(2022, 3, 24), 103,
      "京都市生まれで、1960年に17歳で帰還事業により北朝鮮へ渡った元在日朝鮮人の女性（79）が起こした損害賠償訴訟で、東京地裁は23日、請求を退けた。女性は2003年に脱北し、現在は東京都内で暮らしている。"),
    A("ko", "resettled", date(2022, 3, 24), 103,
      "교토에서 태어나 1960년 열일곱 살에 북송선을 탄 재일교포 출신 탈북 여성(79)이 북한 정부를 상대로 낸 손해배상 소송에서 도쿄지방법원이 청구를 기각했다. 2003년 탈북해 지금은 도쿄에 사는 그는 항소하겠다고 밝혔다."),
    A("en", "refuge", date(2020, 1, 20), 104,
      "A Japanese woman in her 80s who left Niigata for North Korea on one of the first repatriation ships 60 years ago has been under the protection of the Japanese Consulate General in Shenyang since November, diplomatic sources said on Monday."),
    A("ja", "refuge", date(2020, 1, 20), 104,
      "60年前に新潟港から帰還船で北朝鮮へ渡った80代の日本人妻が、昨年11月から瀋陽の日本総領事館に保護されていることが外交筋への取材で分かった。女性は新潟県出身。"),
    A("ko", "refuge", date(2020, 1, 20), 104,
      "60년 전 니가타항에서 북송선을 타고 북한으로 간 80대 일본인 처가 지난해 11월부터 선양 주재 일본 총영사관에 머물고 있다고 외교 소식통이 전했다. 그는 니가타현 출신이다."),
    A("en", "group", date(2019, 10, 2), None,
      "A delegation of ten Japanese wives, aged 60 to 81, arrived in Fukuoka this week for a rare visit home, most of them for the first time since they sailed to the North in 1960."),
    A("ja", "group", date(2019, 10, 2), None,
      "北朝鮮在住の日本人妻10人（60～81歳）が一時帰国し、福岡県や長野県の故郷を訪ねた。1960年に渡って以来、初めての帰郷という人が多い。"),
    A("ko", "into_north", date(2021, 6, 10), None,
      "40대 남성이 지난 4월 단둥에서 압록강을 건너 북한으로 들어갔다고 중국 소식통이 전했다. 그는 가고시마 출신 일본인 어머니를 둔 것으로 알려졌다."),
    A("en", "into_north", date(2022, 3, 24), None,
      "A 79-year-old Tokyo resident who was born in Kyoto crossed into North Korea from China last month to rejoin her family, according to Chinese sources."),
    A("ja", "general", date(2020, 1, 20), None,
      "政府は、北朝鮮から逃れて中国の日本公館に保護を求める日本人妻が相次いでいることから、瀋陽の総領事館の体制を強化する方針を固めた。"),
    A("ko", "general", date(2022, 3, 24), None,
      "도쿄지방법원은 북송 사업 피해자들이 낸 소송을 기각했다. 원고들은 대부분 70~80대로 도쿄와 오사카에 살고 있다."),
)  # fmt: skip
