# ruff: noqa: RUF001, E501 - articles are kept as written, one per line.
"""A thirteenth held-out set (M): written with L, before the scorer saw either; kept for a later measurement, to be run once.

Same form as ``bench/press_heldout.py``: a Japanese wife from Sasebo recorded
under her maiden and married names, held in Qingdao, sheltered at the
consulate-general there and now home in Nagasaki; a Japanese husband from Gifu
at the embassy in Ulaanbaatar after Mongolian border police held him; a former
resident of Japan from Nara held by state security in Changchun; a returnee's
son born in Kanggye, known in Japan by a Japanese alias, living in Kurashiki;
a Japanese wife's granddaughter born in Nampo, held in Bangkok. Five decoys
share their birth years, prefectures, birthplaces, departure years or places
of custody (one deceased, one closed). Ten articles per language: seven about
a case and three about nobody. Five articles carry no date. Names are
invented. Evaluated with ``bench/monitor_independent.py --set m``, once, as a
later measurement: no rule is to be written with it in view.
"""

from __future__ import annotations

from datetime import date

from bench.press_heldout import HeldOutArticle, HeldOutCase, _case
from hogo.monitor.scoring import EventFacts, NameFacts

E = EventFacts
CASES: tuple[HeldOutCase, ...] = (
    # 801: a Japanese wife born in Sasebo in 1943, maiden name Yamaguchi, married name Han;
    # went in 1963, held in Qingdao in March 2025, at the consulate-general in May, in Nagasaki since September.
    _case(
        801,
        sex="F",
        born=date(1943, 1, 1),
        birthplace="長崎県佐世保市",
        category="japanese_spouse",
        names=(NameFacts("山口", "千代", ""), NameFacts("韓", "千代", "")),
        events=(
            E(date(1963, 8, 1), "location", "KP", "", "self"),
            E(date(2025, 3, 1), "location", "CN", "Qingdao, Shandong", "host_security"),
            E(date(2025, 5, 1), "location", "CN", "Qingdao, Shandong", "diplomatic_mission"),
            E(date(2025, 9, 1), "location", "JP", "長崎県長崎市", "self"),
        ),
        status="arrived",
    ),
    # 802: a Japanese husband born in Gifu in 1936, went in 1960 with his Korean wife;
    # held by Mongolian border police in February 2026, at the embassy in Ulaanbaatar since March.
    _case(
        802,
        sex="M",
        born=date(1936, 1, 1),
        birthplace="岐阜県",
        category="japanese_spouse",
        names=(NameFacts("加藤", "正治", ""),),
        events=(
            E(date(1960, 2, 1), "location", "KP", "", "self"),
            E(date(2026, 2, 1), "location", "MN", "Ulaanbaatar", "host_police"),
            E(date(2026, 3, 1), "location", "MN", "Ulaanbaatar", "diplomatic_mission"),
        ),
    ),
    # 803: a former resident born in Nara in 1947, went with her parents in 1961 aged 14;
    # held by state security in Changchun in November 2025.
    _case(
        803,
        sex="F",
        born=date(1947, 1, 1),
        birthplace="奈良県奈良市",
        category="former_resident",
        names=(NameFacts("高", "順子", ""),),
        events=(
            E(date(1961, 7, 1), "location", "KP", "", "self"),
            E(date(2025, 11, 1), "location", "CN", "Changchun, Jilin", "host_security"),
        ),
    ),
    # 804: the son of a returnee from Okayama, born in Kanggye in 1970; alias Kaneda Tetsuo;
    # out through Yanji in 2013, in Kurashiki since 2014.
    _case(
        804,
        sex="M",
        born=date(1970, 1, 1),
        birthplace="慈江道 江界",
        category="descendant",
        names=(
            NameFacts("金", "哲浩", ""),
            NameFacts("金田", "哲夫", ""),
            NameFacts("金", "万吉", "father"),
        ),
        events=(
            E(date(2013, 6, 1), "location", "CN", "Yanji, Jilin", "broker"),
            E(date(2014, 2, 1), "location", "JP", "岡山県倉敷市", "self"),
        ),
        relations=frozenset({"father"}),
        status="resettlement",
    ),
    # 805: a granddaughter of a Japanese wife from Fukui, born in Nampo in 1995;
    # through Kunming in April 2026, held in immigration detention in Bangkok since June.
    _case(
        805,
        sex="F",
        born=date(1995, 1, 1),
        birthplace="南浦",
        category="descendant",
        names=(NameFacts("韓", "恵英", ""),),
        events=(
            E(date(2026, 4, 1), "location", "CN", "Kunming, Yunnan", "broker"),
            E(date(2026, 6, 1), "location", "TH", "Bangkok", "host_police"),
        ),
        relations=frozenset({"grandmother"}),
    ),
    # Decoys.
    _case(
        811,
        sex="F",
        born=date(1943, 1, 1),
        birthplace="長崎県",
        category="japanese_spouse",
        names=(NameFacts("松尾", "トシエ", ""),),
        events=(E(date(1963, 4, 1), "location", "KP", "", "self"),),
        status="closed",
    ),
    _case(
        812,
        sex="M",
        born=date(1936, 1, 1),
        birthplace="岐阜県",
        category="japanese_spouse",
        names=(NameFacts("安藤", "一郎", ""),),
        events=(
            E(date(1960, 5, 1), "location", "KP", "", "self"),
            E(date(2025, 9, 1), "location", "CN", "Qingdao, Shandong", "host_police"),
        ),
    ),
    _case(
        813,
        sex="F",
        born=date(1947, 1, 1),
        birthplace="奈良県",
        category="former_resident",
        names=(NameFacts("梁", "英子", ""),),
        events=(
            E(date(1961, 10, 1), "location", "KP", "", "self"),
            E(date(2019, 5, 1), "location", "CN", "Changchun, Jilin", "host_police"),
        ),
        status="deceased",
    ),
    _case(
        814,
        sex="M",
        born=date(1970, 1, 1),
        birthplace="慈江道 江界",
        category="descendant",
        names=(NameFacts("朴", "成哲", ""),),
        events=(E(date(2025, 12, 1), "location", "CN", "Changchun, Jilin", "host_security"),),
        relations=frozenset({"father"}),
    ),
    _case(
        815,
        sex="F",
        born=date(1995, 1, 1),
        birthplace="南浦",
        category="descendant",
        names=(NameFacts("李", "恵善", ""),),
        events=(E(date(2023, 7, 1), "location", "JP", "東京都", "self"),),
        relations=frozenset({"grandmother"}),
        status="resettlement",
    ),
)

A = HeldOutArticle
ARTICLES: tuple[HeldOutArticle, ...] = (
    # English.
    A("en", "follow_up", date(2025, 10, 6), 801,
      "NAGASAKI -- Chiyo Yamaguchi has a view of the harbour from her new flat and a drawer full of forms she cannot yet read quickly. "
      "The 82-year-old, known in North Korea as Han Chiyo after her Korean husband, returned to Japan last month, six months after Chinese security agents picked her up in Qingdao. "
      "She spent the summer inside the Japanese consulate-general in the port city while the two governments negotiated. \"I left Sasebo in 1963 thinking I would visit in three years,\" she said."),
    A("en", "refuge", date(2026, 3, 24), 802,
      "ULAANBAATAR (AP) -- A 90-year-old Japanese man who lived in North Korea for 66 years has been sheltered at Japan's embassy in the Mongolian capital since early March, a diplomat said, speaking on condition of anonymity. "
      "Masaharu Kato, a native of Gifu Prefecture, followed his Korean wife to the North in 1960. Mongolian border guards took him into custody in February after he walked across from China with two younger defectors."),
    A("en", "brief", date(2025, 12, 9), 803,
      "SEOUL (Yonhap) -- A 78-year-old woman who moved from Nara to North Korea as a girl in 1961 has been arrested by Chinese state security in Changchun, an activist group said. It gave her surname as Ko."),
    A("en", "relative", date(2026, 7, 21), 804,
      "Kim Chol Ho was ten when his father, a man from Okayama who had boarded a repatriation ship in 1960, told him quietly that Japan had paved roads and too much rice. "
      "Kim, 56, was born in Kanggye near the Chinese border and now lives in Kurashiki, where neighbours know him as Tetsuo Kaneda. His father died in the North in 1994. \"He never stopped talking about the Takahashi River,\" Kim said."),
    A("en", "custody", date(2026, 7, 8), 805,
      "BANGKOK -- Thai immigration police are holding a 31-year-old North Korean woman whose grandmother was a Japanese wife from Fukui, and supporters in Tokyo have asked that she be allowed to go to Japan rather than South Korea. "
      "Han Hye-young, born in the port city of Nampo, was arrested in June in Bangkok after travelling south from Kunming. She remains at the Suan Phlu immigration detention centre."),
    A("en", "life_story", None, 803,
      "She spent 64 years in the North and still counts in Japanese. The woman, a former resident of Japan born in Nara in the late 1940s and now in her late 70s, is being held in Changchun, China, her nephew in Osaka said. "
      "Her name, Ko Sun Ja, is also written Ko Sunja in South Korean reports."),
    A("en", "resettled", None, 801,
      "Chiyo Yamaguchi, the 82-year-old Japanese wife who came home from North Korea via the consulate in Qingdao, now lives alone in a public housing apartment in Nagasaki city, an hour from Sasebo, where she was born. "
      "She still signs some forms with her married name, Han."),
    A("en", "couple", date(2026, 5, 12), None,
      "SASEBO -- Lee Tae Sik, 83, spent 55 years in North Korea after leaving Nagasaki Prefecture in 1963 with his Japanese wife. "
      "He now gives talks to schoolchildren about the repatriation programme. His wife, who sits beside him at each talk, says little. \"This is his story,\" she said."),
    A("en", "stranger", date(2026, 1, 15), None,
      "A North Korean man in his mid-50s, born in Kanggye, has been detained by Chinese state security in Changchun, a South Korean rescue group said. "
      "The man, Ri Song Chol, said his father had come from Japan. He was caught at a railway checkpoint last month."),
    A("en", "group", date(2026, 10, 2), None,
      "Twenty-three people who left North Korea and now live in western Japan met in Okayama on Saturday to form an association, the first of its kind in the region. Members range in age from 34 to 89."),
    # Japanese.
    A("ja", "refuge", date(2025, 5, 27), 801,
      "中国山東省青島市で3月に国家安全当局に拘束された長崎県佐世保市出身の日本人妻、山口千代さん（82）が今月、釈放後に在青島日本総領事館に入ったことが分かった。"
      "山口さんは昭和38年、在日朝鮮人の夫と北朝鮮へ渡り、現地では韓千代を名乗っていた。外務省は日本への移送に向けて中国側と調整している。"),
    A("ja", "custody", date(2026, 2, 19), 802,
      "【北京時事】中国からモンゴルに越境した岐阜県出身の日本人男性、加藤正治さん（90）が今月、モンゴル国境警備当局に拘束された。関係者が明らかにした。"
      "加藤さんは昭和35年、朝鮮人の妻に伴って北朝鮮に渡った。日本政府は大使館を通じて身柄の引き渡しを求める方針。"),
    A("ja", "relative", date(2026, 9, 2), 805,
      "タイ・バンコクの入管施設に収容されている南浦出身の女性、韓恵英さん（31）が、支援者を通じて手記を寄せた。"
      "「祖母は福井の出身で、日本の歌を教えてくれた。祖母の国で暮らしたい」。祖母は日本人妻として北朝鮮に渡り、数年前に亡くなったという。"),
    A("ja", "resettled", date(2026, 6, 16), 804,
      "倉敷市内の介護施設で働く金田哲夫さん（56）は、北朝鮮の江界で生まれた。本名は金哲浩。父親は岡山県出身の元在日朝鮮人で、帰国事業で北朝鮮に渡った。"
      "平成25年に脱北し、延吉を経て翌年来日した。「父の故郷で暮らせることが、せめてもの親孝行」と話す。"),
    A("ja", "follow_up", date(2025, 11, 25), 801,
      "62年ぶりに日本へ戻った山口千代さん（82）が長崎市内で講演した。20歳で結婚し、夫の「祖国」へ。北では韓千代と呼ばれ、炭鉱の町で40年以上働いた。"
      "「帰れる日が来るとは思わなかった」。80代に入った今、市営住宅で一人暮らしをしている。"),
    A("ja", "life_story", date(2025, 12, 11), 803,
      "14歳で両親に連れられて海を渡ってから64年。奈良県出身の元在日朝鮮人女性、高順子さん（78）は、脱北後に身を寄せた中国吉林省長春市で先月、国家安全当局に拘束された。"
      "支援団体によると、高さんは70代後半で持病がある。北朝鮮に送還される恐れがあり、団体は日本政府に保護を求めている。"),
    A("ja", "brief", None, 802,
      "外務省は、モンゴルの日本大使館で北朝鮮から逃れた日本人男性（90）を保護していると明らかにした。男性は岐阜県出身。"),
    A("ja", "court", date(2026, 3, 26), None,
      "北朝鮮の帰還事業で「地上の楽園」と虚偽の宣伝をされ、人権を侵害されたとして、脱北者5人が北朝鮮政府に損害賠償を求めた訴訟の控訴審で、東京高裁は26日、原告側の請求を一部認めた。"
      "原告は60代から80代で、昭和30年代から40年代に北朝鮮へ渡った。"),
    A("ja", "group", date(2026, 8, 20), None,
      "北朝鮮に渡った日本人妻の親族らが20日、外務省を訪れ、中国で拘束された脱北者の早期保護を求める約1万人分の署名を提出した。代表の女性（74）は「叔母は90歳を超えたはず」と語った。"),
    A("ja", "into_north", date(2025, 10, 28), None,
      "奈良県在住の在日朝鮮人女性（77）が、新潟から北京を経由して訪朝し、南浦に住む姉と約60年ぶりに再会した。姉は1961年に帰国事業で渡っていた。"),
    # Korean.
    A("ko", "custody", date(2025, 12, 10), 803,
      "북송 재일교포 출신 탈북민 고순자(78) 씨가 지난달 중국 창춘에서 국가안전부에 체포돼 강제북송 위기에 처했다고 북한인권단체가 10일 밝혔다. "
      "나라현에서 태어난 고 씨는 1961년 14세 때 부모를 따라 북한으로 건너갔다."),
    A("ko", "resettled", date(2026, 4, 14), 804,
      "자강도 강계 출신 김철호(56) 씨는 일본 구라시키에서 '가네다 데쓰오'라는 일본식 이름으로 산다. 아버지는 오카야마현 출신 재일교포로 북송선을 탔다. "
      "김 씨는 2013년 옌지를 거쳐 탈북해 이듬해 일본에 정착했고, 지금은 요양원에서 일한다."),
    A("ko", "relative", date(2026, 7, 10), 805,
      "\"할머니의 고향 후쿠이에 꼭 가보고 싶습니다.\" 태국 방콕 이민국 수용소에 있는 남포 출신 한혜영(31) 씨는 인권단체를 통해 이렇게 전했다. "
      "할머니는 일본인 처로 북한에 건너갔다. 한 씨는 지난 4월 쿤밍을 거쳐 태국에 들어갔다가 6월 체포됐다."),
    A("ko", "refuge", date(2026, 3, 25), 802,
      "북한에서 66년을 산 일본인 남성 가토 마사하루(90) 씨가 몽골 울란바토르의 일본대사관에 머물고 있다고 외교 소식통이 전했다. "
      "기후현 출신인 가토 씨는 1960년 조선인 아내와 함께 북한으로 갔으며, 지난 2월 중국에서 몽골로 넘어가다 국경경비대에 붙잡혔다."),
    A("ko", "follow_up", date(2025, 10, 1), 801,
      "중국 칭다오 주재 일본총영사관에 머물던 일본인 처 야마구치 지요(82) 씨가 지난달 나가사키로 귀국했다. "
      "북한에서 한지요라는 이름으로 살아온 야마구치 씨는 62년 만에 고향 땅을 밟았다."),
    A("ko", "life_story", date(2026, 11, 3), 804,
      "아버지가 들려준 오카야마 이야기를 품고 자란 김철호 씨는 이제 50대 중반이다. 강계에서 태어나 40년 넘게 북한에서 살다가 탈북했고, 일본에서 산 지도 12년이 됐다."),
    A("ko", "brief", None, 803,
      "중국 창춘에서 구금된 70대 후반 탈북 여성 고모 씨가 여전히 구류 상태라고 인권단체가 전했다."),
    A("ko", "stranger", date(2025, 10, 16), None,
      "기후현 출신 일본인 남성 아오야마 겐지(89) 씨가 중국 칭다오에서 공안에 붙잡혔다고 일본 지원단체가 밝혔다. 아오야마 씨는 1960년 조선인 아내를 따라 북한으로 갔다."),
    A("ko", "general", None, None,
      "통일부는 일본을 거쳐 입국한 북송 재일교포 후손 탈북민에게도 정착지원금을 지급하는 방안을 검토하고 있다고 밝혔다."),
    A("ko", "into_north", date(2026, 5, 19), None,
      "재일동포 방문단 20여 명이 니가타를 떠나 베이징을 거쳐 평양에 들어갔다. 방문단에는 남포와 강계에 사는 친척을 만나려는 70대와 80대가 포함됐다."),
)  # fmt: skip
