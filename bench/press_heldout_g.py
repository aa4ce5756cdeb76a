# ruff: noqa: RUF001, E501 - articles are kept as written, one per line.
"""A seventh hand-written set (G): English, Japanese and Korean; held out on its first run, a development set since its misses were fixed.

Same form as ``bench/press_heldout.py``: a Japanese husband at a consulate,
a Japanese spouse's granddaughter held in Laos, a returnee's life story told
with a birth year and no age, a named returnee living in another prefecture,
with decoys, group visits, policy stories and trips into the North. Names are
invented. Evaluated with ``bench/monitor_independent.py --set g``.
"""

from __future__ import annotations

from datetime import date

from bench.press_heldout import HeldOutArticle, HeldOutCase, _case
from hogo.monitor.scoring import EventFacts, NameFacts

E = EventFacts
CASES: tuple[HeldOutCase, ...] = (
    # 201: a Japanese husband from Hokkaido, went in 1961, at the Shenyang consulate in 2023.
    _case(
        201,
        sex="M",
        born=date(1938, 1, 1),
        birthplace="北海道",
        category="japanese_spouse",
        names=(NameFacts("斎藤", "勇", ""),),
        events=(
            E(date(1961, 4, 1), "location", "KP", "", "self"),
            E(date(2023, 2, 1), "location", "CN", "Shenyang, Liaoning", "diplomatic_mission"),
        ),
    ),
    # 202: a Japanese spouse's granddaughter from Hyesan; hidden in Yanji, held in Laos.
    _case(
        202,
        sex="F",
        born=date(1980, 1, 1),
        birthplace="両江道 恵山",
        category="descendant",
        names=(NameFacts("崔", "美玉", ""),),
        events=(
            E(date(2022, 11, 1), "location", "CN", "Yanji, Jilin", "broker"),
            E(date(2023, 3, 1), "location", "LA", "Vientiane", "host_police"),
        ),
        relations=frozenset({"grandmother"}),
    ),
    # 203: born in Nagoya in 1945, went in 1963, held in Tumen in 2001, lives in Osaka.
    _case(
        203,
        sex="F",
        born=date(1945, 1, 1),
        birthplace="愛知県名古屋市",
        category="former_resident",
        names=(NameFacts("宋", "英愛", ""),),
        events=(
            E(date(1963, 6, 1), "location", "KP", "", "self"),
            E(date(2001, 9, 1), "location", "CN", "Tumen, Jilin", "host_police"),
            E(date(2002, 5, 1), "location", "JP", "大阪府", "self"),
        ),
        status="resettlement",
    ),
    # 204: named, from Tottori, went in 1960, back in 2006, lives in Kobe.
    _case(
        204,
        sex="F",
        born=date(1941, 1, 1),
        birthplace="鳥取県",
        category="japanese_spouse",
        names=(NameFacts("中村", "敏子", ""),),
        events=(
            E(date(1960, 2, 1), "location", "KP", "", "self"),
            E(date(2006, 7, 1), "location", "JP", "兵庫県神戸市", "self"),
        ),
        status="resettlement",
    ),
    # Decoys.
    _case(
        211,
        sex="M",
        born=date(1938, 1, 1),
        birthplace="青森県",
        category="japanese_spouse",
        names=(NameFacts("工藤", "正", ""),),
        events=(
            E(date(1961, 5, 1), "location", "KP", "", "self"),
            E(date(2019, 2, 1), "location", "CN", "Shenyang, Liaoning", "diplomatic_mission"),
        ),
    ),
    _case(
        212,
        sex="F",
        born=date(1980, 1, 1),
        birthplace="咸鏡北道 茂山",
        category="descendant",
        names=(NameFacts("安", "順姫", ""),),
        events=(E(date(2023, 1, 1), "location", "TH", "Bangkok", "host_police"),),
        relations=frozenset({"mother"}),
    ),
    _case(
        213,
        sex="F",
        born=date(1945, 1, 1),
        birthplace="大阪府",
        category="former_resident",
        names=(NameFacts("金", "順子", ""),),
        events=(
            E(date(1963, 7, 1), "location", "KP", "", "self"),
            E(date(2022, 9, 1), "location", "CN", "Tumen, Jilin", "host_police"),
        ),
    ),
    _case(
        214,
        sex="F",
        born=date(1941, 1, 1),
        birthplace="兵庫県",
        category="japanese_spouse",
        names=(NameFacts("森", "はる", ""),),
        events=(E(date(1960, 3, 1), "location", "KP", "", "self"),),
        status="withdrawn",
    ),
    _case(
        215,
        sex="F",
        born=date(1941, 1, 1),
        birthplace="鳥取県",
        category="japanese_spouse",
        names=(NameFacts("岡田", "春江", ""),),
        events=(
            E(date(1962, 8, 1), "location", "KP", "", "self"),
            E(date(2021, 5, 1), "location", "CN", "Dandong, Liaoning", "broker"),
        ),
    ),
)

A = HeldOutArticle
ARTICLES: tuple[HeldOutArticle, ...] = (
    A("en", "refuge", date(2023, 4, 5), 201,
      "An 85-year-old Japanese man who went to North Korea with his Korean wife in 1961 entered the Japanese consulate in Shenyang in February, a government source said. "
      "The man, originally from Hokkaido, is said to be in poor health."),
    A("ja", "refuge", date(2023, 4, 5), 201,
      "1961年に朝鮮人の妻と北朝鮮に渡った北海道出身の日本人男性（85）が2月、瀋陽の日本総領事館に駆け込んでいたことが政府関係者への取材で分かった。"),
    A("ko", "refuge", date(2023, 4, 5), 201,
      "1961년 조선인 아내와 함께 북한으로 건너간 홋카이도 출신 일본인 남성(85)이 지난 2월 선양 주재 일본 총영사관에 진입했다고 정부 소식통이 전했다."),
    A("en", "relative", date(2023, 5, 15), 202,
      "A 43-year-old woman from Hyesan whose grandmother was among the Japanese wives who moved to North Korea has been detained by Lao police in Vientiane since March, activists in Seoul said. "
      "A broker had hidden her in Yanji until late last year."),
    A("ja", "relative", date(2023, 5, 15), 202,
      "祖母が日本人妻だという恵山出身の女性（43）が3月から、ラオスの首都ビエンチャンで同国の警察に拘束されている。女性は昨年末まで延吉でブローカーにかくまわれていた。"),
    A("ko", "relative", date(2023, 5, 15), 202,
      "할머니가 일본인 처였던 혜산 출신 40대 여성이 3월부터 라오스 비엔티안에서 현지 경찰에 구금돼 있다고 서울의 인권단체가 밝혔다."),
    A("en", "life_story", date(2023, 8, 20), 203,
      "Born in Nagoya in 1945, she boarded a repatriation ship in 1963 and spent 38 years in the North. "
      "Arrested by Chinese border police in Tumen in 2001, she was released months later and settled in Osaka, where she now speaks to students about her life."),
    A("ja", "life_story", date(2023, 8, 20), 203,
      "1945年、名古屋市生まれ。1963年に帰還船で北朝鮮へ渡り、2001年に脱北したが、図們で中国の国境警備隊に捕まった。現在は大阪府に住み、講演活動を続けている。"),
    A("ko", "life_story", date(2023, 8, 20), 203,
      "1945년 나고야에서 태어난 그는 1963년 북송선을 타고 북한에 갔다. 2001년 탈북했지만 투먼에서 중국 변방대에 붙잡혔고, 지금은 오사카에 살고 있다."),
    A("en", "resettled", date(2021, 12, 9), 204,
      "Toshiko Nakamura, who was born in Tottori and followed her husband to North Korea in 1960, turned 80 this month in Kobe, where she has lived since her return in 2006."),
    A("ja", "resettled", date(2021, 12, 9), 204,
      "鳥取県出身の中村敏子さん（80）は1960年に夫と北朝鮮へ渡り、2006年に帰国。現在は神戸市で暮らす。"),
    A("ko", "resettled", date(2021, 12, 9), 204,
      "돗토리현 출신 나카무라 도시코(80) 씨는 1960년 남편을 따라 북한에 갔다가 2006년 일본으로 돌아와 고베에 살고 있다."),
    A("en", "group", date(2023, 4, 5), None,
      "Six Japanese wives in their 70s and 80s who have lived in North Korea since the early 1960s visited Tokyo and Hokkaido this week as a group."),
    A("ja", "group", date(2023, 8, 20), None,
      "北朝鮮に住む日本人妻ら7人（74～86歳）が里帰りし、大阪府や兵庫県の親族と再会した。"),
    A("ko", "into_north", date(2023, 5, 15), None,
      "혜산 출신 40대 탈북 여성이 지난 3월 중국 창바이에서 압록강을 건너 북한으로 돌아갔다고 대북 소식통이 전했다."),
    A("en", "into_north", date(2021, 12, 9), None,
      "An 80-year-old woman from Tottori who had returned to Japan went back to North Korea last month to join her children, relatives said."),
    A("ja", "general", date(2023, 4, 5), None,
      "外務省は、瀋陽の総領事館に保護を求める北朝鮮からの脱出者が今年に入って増えていると明らかにした。"),
    A("ko", "general", date(2021, 12, 9), None,
      "북송 사업으로 북한에 건너간 일본인 처 가운데 생존자는 수십 명에 불과하며 대부분 80대라고 일본 정부가 밝혔다."),
)  # fmt: skip
