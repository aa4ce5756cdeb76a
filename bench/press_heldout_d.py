# ruff: noqa: E501 - articles are kept as written, one per line.
"""A fourth held-out set (D): Korean-language reporting, written after the Korean rules, run once.

Same form as ``bench/press_heldout.py``. Evaluated with
``bench/monitor_independent.py --set d``.
"""

from __future__ import annotations

from datetime import date

from bench.press_heldout import HeldOutArticle, HeldOutCase, _case
from hogo.monitor.scoring import EventFacts, NameFacts

E = EventFacts
CASES: tuple[HeldOutCase, ...] = (
    _case(
        61,
        sex="F",
        born=date(1937, 1, 1),
        birthplace="山形県",
        category="japanese_spouse",
        names=(NameFacts("佐々木", "ミヨ", ""),),
        events=(
            E(date(1960, 4, 1), "location", "KP", "", "self"),
            E(date(2004, 2, 1), "location", "CN", "Yanji, Jilin", "broker"),
            E(date(2004, 5, 1), "location", "CN", "Yanji, Jilin", "host_security"),
        ),
    ),
    _case(
        62,
        sex="M",
        born=date(1958, 1, 1),
        birthplace="愛知県名古屋市",
        category="former_resident",
        names=(NameFacts("朴", "正雄", ""),),
        events=(
            E(date(1962, 1, 1), "location", "KP", "", "self"),
            E(date(2010, 7, 1), "location", "CN", "Shenyang, Liaoning", "diplomatic_mission"),
        ),
    ),
    _case(
        63,
        sex="F",
        born=date(1968, 1, 1),
        birthplace="咸鏡北道 会寧",
        category="descendant",
        names=(NameFacts("黄", "英玉", ""), NameFacts("黄", "トヨ", "mother")),
        events=(
            E(date(2011, 3, 1), "location", "CN", "Tumen, Jilin", "ngo_safe_house"),
            E(date(2011, 9, 1), "location", "JP", "", "self"),
        ),
        relations=frozenset({"mother"}),
        status="arrived",
    ),
    _case(
        64,
        sex="F",
        born=date(1940, 1, 1),
        birthplace="京都府",
        category="japanese_spouse",
        names=(NameFacts("中島", "八重子", ""),),
        events=(
            E(date(1961, 1, 1), "location", "KP", "", "self"),
            E(date(2005, 8, 1), "location", "CN", "Dandong, Liaoning", "host_police"),
            E(date(2006, 1, 1), "location", "JP", "東京都江戸川区", "self"),
        ),
        status="resettlement",
    ),
    # Decoys.
    _case(
        71,
        sex="F",
        born=date(1937, 1, 1),
        birthplace="大分県",
        category="japanese_spouse",
        names=(NameFacts("後藤", "スエ", ""),),
        events=(
            E(date(1961, 1, 1), "location", "KP", "", "self"),
            E(date(2004, 4, 1), "location", "CN", "Yanji, Jilin", "host_security"),
        ),
    ),
    _case(
        72,
        sex="M",
        born=date(1958, 1, 1),
        birthplace="愛知県",
        category="former_resident",
        names=(NameFacts("李", "達夫", ""),),
        events=(E(date(1962, 1, 1), "location", "KP", "", "self"),),
        status="deceased",
    ),
)

A = HeldOutArticle
ARTICLES: tuple[HeldOutArticle, ...] = (
    A("ko", "custody", date(2004, 6, 10), 61,
      "야마가타현 출신의 일본인 처(67)가 지난달 중국 옌지에서 공안에 붙잡혔다고 대북 소식통이 10일 전했다. "
      "이 여성은 1960년 재일 조선인 남편을 따라 북한으로 건너갔으며, 올해 2월 브로커의 도움으로 두만강을 건넜다."),
    A("ko", "custody", date(2004, 6, 10), 61,
      "북한을 탈출한 60대 후반 일본인 여성이 연길에서 중국 당국에 구금돼 강제 북송 위기에 놓였다. 그녀는 야마가타 태생으로 44년 전 북송선을 탔다."),
    A("ko", "refuge", date(2010, 8, 3), 62,
      "나고야에서 나고 자란 재일교포 출신 탈북자(52)가 지난달 선양 주재 일본 총영사관에 들어가 보호를 받고 있다. 그는 1962년 부모와 함께 북한으로 갔다."),
    A("ko", "relative", date(2012, 2, 14), 63,
      "일본인 어머니를 둔 40대 탈북 여성이 지난해 가을 일본에 정착한 사실이 확인됐다. 회령에서 태어난 그는 투먼의 교회 쉼터에서 반년을 숨어 지냈다."),
    A("ko", "resettled", date(2009, 3, 5), 64,
      "도쿄 에도가와구에 사는 나카지마 야에코 씨(69)는 교토 출신이다. 1961년 북한으로 건너간 그는 2005년 단둥에서 중국 경찰에 체포됐다가 풀려나 일본으로 돌아왔다."),
    A("ko", "resettled", date(2009, 3, 5), 64,
      "교토 태생의 일본인 처 A씨(69)는 48년 만에 일본 땅을 밟은 뒤 현재 도쿄에 거주하고 있다."),
    A("ko", "into_north", date(2015, 10, 1), None,
      "교토 출신 재일교포 남성(57)이 지난달 단둥을 거쳐 북한으로 들어갔다고 일본 언론이 보도했다."),
    A("ko", "group", date(2002, 9, 25), None,
      "북한에 사는 일본인 처 10명(62~81세)이 고향 방문단으로 니가타 공항에 도착했다."),
    A("ko", "general", date(2004, 3, 2), None,
      "일본 정부는 탈북한 일본인 처와 그 가족을 지원하기 위한 법안을 검토하고 있다고 밝혔다. 1959년부터 1984년까지 약 9만3천 명이 북한으로 건너갔다."),
    A("ko", "general", date(2004, 3, 2), None,
      "대북 인권단체들은 중국에서 붙잡힌 탈북자 수십 명이 강제 송환될 위기에 처했다고 주장했다."),
)  # fmt: skip
