# ruff: noqa: RUF001, E501 - articles are kept as written, one per line.
"""A twelfth held-out set (L): English, Japanese and Korean, written with M before the scorer saw either.

Same form as ``bench/press_heldout.py``: a Japanese wife from Hakodate recorded
under her maiden and married names, held in Yanji and flown home; a Japanese
husband from Aomori who went south through Kunming to Laos and reached the
embassy in Vientiane; a former resident of Japan born in Hiroshima and known by
a Japanese alias, now alone in Okayama; a Japanese wife's daughter born in
Kaesong, held in Harbin; a Japanese wife's grandson born in Sariwon, working
at a care home in Gifu. Five decoys share their birth years, prefectures,
birthplaces, departure years or places of custody (one deceased, one
withdrawn). Ten articles per language: seven about a case (follow-up after
arrival, a relative's story, a life story in relative time, custody, refuge,
residence now, a short wire brief) and three about nobody (petitions, trips
into the North, policy, a stranger with a decoy's facts, a husband who is no
case). Five articles carry no date. Names are invented. Evaluated with
``bench/monitor_independent.py --set l``; the first run is the only one that
counts.
"""

from __future__ import annotations

from datetime import date

from bench.press_heldout import HeldOutArticle, HeldOutCase, _case
from hogo.monitor.scoring import EventFacts, NameFacts

E = EventFacts
CASES: tuple[HeldOutCase, ...] = (
    # 701: a Japanese wife born in Hakodate in 1941, maiden name Murakami, married name Kim;
    # went in 1960, held by police in Yanji in September 2025, back in Hakodate in January 2026.
    _case(
        701,
        sex="F",
        born=date(1941, 1, 1),
        birthplace="北海道函館市",
        category="japanese_spouse",
        names=(NameFacts("村上", "節子", ""), NameFacts("金", "節子", "")),
        events=(
            E(date(1960, 4, 1), "location", "KP", "", "self"),
            E(date(2025, 9, 1), "location", "CN", "Yanji, Jilin", "host_police"),
            E(date(2026, 1, 1), "location", "JP", "北海道函館市", "self"),
        ),
        status="arrived",
    ),
    # 702: a Japanese husband from Hirosaki, Aomori, born 1938, went in 1962 with his Korean
    # wife; through Kunming to Laos, held by Lao police, then at the embassy in Vientiane, home in 2026.
    _case(
        702,
        sex="M",
        born=date(1938, 1, 1),
        birthplace="青森県弘前市",
        category="japanese_spouse",
        names=(NameFacts("工藤", "清", ""),),
        events=(
            E(date(1962, 6, 1), "location", "KP", "", "self"),
            E(date(2025, 8, 1), "location", "CN", "Kunming, Yunnan", "broker"),
            E(date(2025, 10, 1), "location", "LA", "Vientiane", "host_police"),
            E(date(2025, 11, 1), "location", "LA", "Vientiane", "diplomatic_mission"),
            E(date(2026, 3, 1), "location", "JP", "青森県", "self"),
        ),
        status="arrived",
    ),
    # 703: a former resident born in Hiroshima in 1944, Korean name Pak Yong Ung, alias Arai Hideo;
    # went in 1963, crossed at Tumen in 2004, lives alone in Okayama since 2005.
    _case(
        703,
        sex="M",
        born=date(1944, 1, 1),
        birthplace="広島県広島市",
        category="former_resident",
        names=(NameFacts("朴", "英雄", ""), NameFacts("新井", "英雄", "")),
        events=(
            E(date(1963, 5, 1), "location", "KP", "", "self"),
            E(date(2004, 8, 1), "location", "CN", "Tumen, Jilin", "broker"),
            E(date(2005, 3, 1), "location", "JP", "岡山県岡山市", "self"),
        ),
        status="resettlement",
    ),
    # 704: a Japanese wife's daughter born in Kaesong in 1966, in a detention centre in Harbin since April 2026.
    _case(
        704,
        sex="F",
        born=date(1966, 1, 1),
        birthplace="開城",
        category="descendant",
        names=(NameFacts("李", "明淑", ""), NameFacts("李", "文子", "mother")),
        events=(E(date(2026, 4, 1), "location", "CN", "Harbin, Heilongjiang", "host_security"),),
        relations=frozenset({"mother"}),
    ),
    # 705: a grandson of a Japanese wife from Fukui, born in Sariwon in 1990; held in Bangkok in 2018,
    # in Japan since 2019, works at a care home in Ogaki, Gifu.
    _case(
        705,
        sex="M",
        born=date(1990, 1, 1),
        birthplace="黄海北道 沙里院",
        category="descendant",
        names=(NameFacts("崔", "光日", ""),),
        events=(
            E(date(2018, 11, 1), "location", "TH", "Bangkok", "host_police"),
            E(date(2019, 5, 1), "location", "JP", "岐阜県大垣市", "self"),
        ),
        relations=frozenset({"grandmother"}),
        status="resettlement",
    ),
    # Decoys.
    _case(
        711,
        sex="F",
        born=date(1941, 1, 1),
        birthplace="北海道",
        category="japanese_spouse",
        names=(NameFacts("佐々木", "フミ", ""),),
        events=(
            E(date(1960, 9, 1), "location", "KP", "", "self"),
            E(date(2024, 6, 1), "location", "CN", "Yanji, Jilin", "host_police"),
        ),
        status="deceased",
    ),
    _case(
        712,
        sex="M",
        born=date(1938, 1, 1),
        birthplace="青森県",
        category="japanese_spouse",
        names=(NameFacts("三上", "勇", ""),),
        events=(E(date(1962, 3, 1), "location", "KP", "", "self"),),
        status="withdrawn",
    ),
    _case(
        713,
        sex="M",
        born=date(1944, 1, 1),
        birthplace="広島県",
        category="former_resident",
        names=(NameFacts("李", "正雄", ""), NameFacts("松田", "正雄", "")),
        events=(
            E(date(1963, 2, 1), "location", "KP", "", "self"),
            E(date(2006, 7, 1), "location", "JP", "東京都", "self"),
        ),
        status="resettlement",
    ),
    _case(
        714,
        sex="F",
        born=date(1966, 1, 1),
        birthplace="開城",
        category="descendant",
        names=(NameFacts("鄭", "玉姫", ""),),
        events=(E(date(2026, 3, 1), "location", "CN", "Harbin, Heilongjiang", "host_police"),),
        relations=frozenset({"father"}),
    ),
    _case(
        715,
        sex="M",
        born=date(1990, 1, 1),
        birthplace="黄海北道 沙里院",
        category="descendant",
        names=(NameFacts("姜", "哲", ""),),
        events=(E(date(2025, 10, 1), "location", "LA", "Vientiane", "host_police"),),
        relations=frozenset({"grandmother"}),
    ),
)

A = HeldOutArticle
ARTICLES: tuple[HeldOutArticle, ...] = (
    # English.
    A("en", "follow_up", date(2026, 2, 12), 701,
      "HAKODATE, Japan (Kyodo) -- Setsuko Kim was 19 when she sailed out of Niigata with her Korean husband. On Wednesday, 66 years later, she stood on the snow-covered pier near her childhood home and wept. "
      "Kim, 85, who was born Setsuko Murakami in Hakodate, was picked up by Chinese police in Yanji last September after slipping out of North Korea and was allowed to leave for Japan in January following talks between Tokyo and Beijing. "
      "\"My brothers are gone, but the sea smells the same,\" she told reporters, leaning on a niece."),
    A("en", "refuge", date(2025, 12, 3), 702,
      "An 87-year-old Japanese man who spent more than six decades in North Korea has taken refuge at Japan's embassy in Vientiane after being released by Lao police, sources familiar with the case said Tuesday. "
      "The man, identified by supporters as Kiyoshi Kudo from Hirosaki in Aomori Prefecture, had followed his Korean wife to the North in 1962. He travelled overland through Kunming in southern China with the help of a broker before crossing into Laos in October, where he was detained for several weeks."),
    A("en", "life_story", date(2026, 5, 20), 703,
      "He goes by Hideo Arai at the Okayama supermarket where he buys his rice, but the name on his North Korean papers was Pak Yong Ung. "
      "Born in Hiroshima the year before the bomb, he boarded a repatriation ship at 19 and spent four decades there, hauling timber and burying two brothers, before paying a guide to take him across the river into Tumen. "
      "Now in his early 80s, he has lived in Okayama for more than 20 years. \"I was Japanese-born, Korean on paper, and belonged to neither,\" he said."),
    A("en", "relative", date(2026, 6, 2), 704,
      "\"My mother used to sing Japanese lullabies only when the neighbours were asleep,\" said Lee Myung-sook, a 60-year-old woman born in Kaesong who has been held at a detention centre in Harbin since April. "
      "Her mother, a Japanese woman from Yamaguchi who married a Korean man in Shimonoseki and moved to the North in the early 1960s, died in 1998. Lee's relatives in Japan have asked the Foreign Ministry to intervene before Chinese authorities send her back across the border."),
    A("en", "resettled", date(2026, 9, 15), 705,
      "Choe Kwang Il works the night shift at a care home for the elderly in Ogaki, Gifu Prefecture, feeding residents who remind him of the grandmother he never got to bring out. "
      "The 36-year-old, born in Sariwon, is the grandson of a woman from Fukui who went to North Korea with her Korean husband. He fled in 2018, spent two months in an immigration lock-up in Bangkok and landed in Japan the following spring."),
    A("en", "custody", date(2026, 4, 28), 704,
      "Chinese state security officers in Harbin have detained a North Korean woman in her late 50s or early 60s whose mother was Japanese, and activists fear she will be repatriated within weeks. "
      "The woman, born in Kaesong and identified only by her surname Lee, was arrested earlier this month at a bus terminal in the northeastern city, a Seoul-based rescue group said."),
    A("en", "brief", None, 702,
      "TOKYO (Reuters) - An elderly Japanese man who fled North Korea via Laos has left the Japanese embassy in Vientiane and arrived in Aomori, his home prefecture, the Foreign Ministry said. He is 88."),
    A("en", "group", date(2026, 3, 10), None,
      "About 40 relatives of Japanese spouses who went to North Korea under the repatriation programme handed a petition to the Foreign Ministry in Tokyo on Monday, urging the government to seek news of family members aged 80 to 97. "
      "\"Most of us are in our 60s and 70s now. We are running out of time,\" said the group's leader, a retired teacher from Sapporo whose aunt left in 1960."),
    A("en", "stranger", date(2025, 11, 20), None,
      "A Japanese woman in her 80s who left Hokkaido for North Korea in 1959 has been detained by police in Yanji, near the North Korean border, according to a Tokyo-based support network. "
      "The woman, Yoshiko Hatakeyama, 84, was found in a rented room with two other escapees. The group said she had no relatives left in Japan."),
    A("en", "general", None, None,
      "Japan's Lower House on Friday passed a bill extending resettlement benefits to grandchildren of Japanese spouses who lived in North Korea, a measure that officials said could cover about 200 people already in the country. "
      "The law takes effect next April."),
    # Japanese.
    A("ja", "custody", date(2025, 10, 7), 701,
      "北朝鮮を脱出した函館市出身の日本人妻、村上節子さん（84）が9月、中国吉林省延吉市で公安当局に拘束されたことが、関係者への取材で分かった。"
      "村上さんは昭和35年、在日朝鮮人の夫と帰還事業で北朝鮮に渡り、現地では金節子の名で暮らしていた。北朝鮮への送還を懸念する声が上がっている。"),
    A("ja", "refuge", date(2025, 12, 4), 702,
      "【バンコク共同】ラオスの首都ビエンチャンで、北朝鮮から逃れてきた青森県弘前市出身の日本人男性、工藤清さん（87）が先月、日本大使館に駆け込み、保護されたことが分かった。"
      "工藤さんは昭和37年、朝鮮人の妻と共に北朝鮮へ渡った。中国雲南省昆明を経てラオスに入り、10月に現地警察に一時拘束されていた。"),
    A("ja", "resettled", date(2026, 7, 30), 703,
      "岡山市の市営住宅で一人暮らしをする新井英雄さん（82）は、広島市の生まれ。本名は朴英雄という。"
      "19歳で帰国船に乗り、北朝鮮で40年余りを過ごした。平成16年に図們江を渡って脱北し、翌年から岡山で暮らす。「ここでようやく眠れるようになった」と話す。"),
    A("ja", "relative", date(2026, 8, 11), 705,
      "「祖母は福井の海の話ばかりしていた」。岐阜県大垣市の介護施設で働くチェ・グァンイルさん（36）は、祖母の記憶をそう語る。"
      "祖母は福井県出身の日本人妻で、朝鮮人の夫と北朝鮮へ渡った。チェさんは沙里院生まれ。2018年に脱北し、タイの入管施設を経て翌年日本に来た。祖母は北朝鮮で亡くなったという。"),
    A("ja", "life_story", date(2026, 4, 3), 701,
      "66年ぶりに故郷・函館に戻った村上節子さん（85）が、北海道新聞などの取材に応じた。18歳で結婚し、翌年、夫の祖国へ。"
      "「北では金節子として60年以上生きた。日本の名前で呼ばれるのは不思議な気分」。80代半ばの今、妹の家の近くで暮らしている。"),
    A("ja", "follow_up", date(2026, 3, 18), 702,
      "ラオスの日本大使館で保護されていた青森県出身の工藤清さん（88）が17日、成田空港に到着した。工藤さんは60年以上を北朝鮮で過ごした。"
      "外務省によると、当面は青森県内の親族宅に身を寄せる予定。"),
    A("ja", "brief", None, 704,
      "中国黒竜江省ハルビンで、日本人妻を母に持つ開城出身の女性（60）が国家安全当局に拘束された。支援団体が明らかにした。"),
    A("ja", "stranger", date(2026, 4, 22), None,
      "中国黒竜江省ハルビン市で先月、北朝鮮から逃れた開城出身の女性、河春花さん（60）が公安当局に拘束された。"
      "支援団体によると、河さんの父親は元在日朝鮮人で、昭和30年代に帰還事業で北朝鮮に渡った。河さんには日本に親族はいないという。"),
    A("ja", "into_north", date(2026, 8, 5), None,
      "在日朝鮮人の男性（74）が、北京経由で平壌に入り、約50年ぶりに兄弟と再会した。男性は1970年代に北へ渡った兄2人を訪ねる訪朝団に加わった。"
      "男性は広島県在住。「兄たちは痩せていた」と話した。"),
    A("ja", "group", None, None,
      "北朝鮮へ渡った日本人妻らの家族でつくる会が先月、外務省に安否確認を求める要請書を提出した。会員の多くは70代で、北に残る親族は80～90代とみられる。"),
    # Korean.
    A("ko", "refuge", date(2025, 12, 5), 702,
      "북한을 탈출한 일본인 남성 구도 기요시(87) 씨가 라오스 비엔티안의 일본대사관에 진입해 보호를 받고 있는 것으로 알려졌다. "
      "아오모리현 히로사키 출신인 구도 씨는 1962년 재일조선인 아내를 따라 북한으로 건너갔으며, 중국 쿤밍을 거쳐 라오스로 들어갔다가 10월 현지 경찰에 붙잡혔다."),
    A("ko", "custody", date(2026, 5, 7), 704,
      "일본인 어머니를 둔 탈북 여성 리명숙(60) 씨가 지난달 중국 하얼빈에서 국가안전부에 체포돼 구류 중이라고 대북 인권단체가 7일 밝혔다. "
      "개성 출신인 리 씨는 강제북송 위기에 놓여 있으며, 단체는 일본 정부에 신병 인도를 요청했다."),
    A("ko", "life_story", date(2026, 6, 25), 703,
      "히로시마에서 태어난 박영웅(82) 씨는 일본에서 '아라이 히데오'라는 통명으로 살았다. 19세에 북송선에 올라 북한에서 40여 년을 보냈고, 2004년 두만강을 건너 탈북했다. "
      "80대 초반인 그는 지금 오카야마에서 홀로 지낸다. \"돌아와 보니 내가 떠난 일본은 없었다\"고 했다."),
    A("ko", "relative", date(2026, 10, 14), 705,
      "\"할머니는 늘 후쿠이의 눈 이야기를 하셨어요.\" 사리원에서 태어난 최광일(36) 씨는 일본인 처였던 할머니를 이렇게 기억했다. "
      "2018년 탈북한 그는 방콕 이민국 수용소를 거쳐 이듬해 일본에 들어왔고, 지금은 기후현 오가키의 요양원에서 일한다."),
    A("ko", "resettled", date(2026, 6, 30), 701,
      "66년 만에 일본으로 돌아온 일본인 처 무라카미 세쓰코(85) 씨는 고향 하코다테의 공영주택에서 혼자 살고 있다. "
      "북한에서는 김절자라는 이름으로 살았던 그는 지난해 9월 중국 옌지에서 공안에 붙잡혔다가 올해 1월 귀국했다."),
    A("ko", "follow_up", date(2026, 3, 18), 702,
      "라오스 주재 일본대사관에 머물던 80대 후반 일본인 남성이 17일 일본에 도착했다. 1962년 북한으로 건너간 구도 기요시 씨로, 고향 아오모리현의 친척 집에 머물 예정이라고 교도통신이 전했다."),
    A("ko", "brief", None, 703,
      "히로시마 출신 재일동포 귀국자 박모(82) 씨가 오카야마에서 탈북 경험을 담은 수기를 펴냈다."),
    A("ko", "into_north", date(2026, 9, 8), None,
      "조총련계 재일동포 30여 명이 베이징을 거쳐 평양에 도착해 북한의 친척들을 만났다고 조선중앙통신이 8일 보도했다. 방문단은 대부분 70대로, 1960년대 북송된 가족을 찾았다."),
    A("ko", "general", date(2026, 1, 20), None,
      "일본 정부가 북송 사업으로 북한에 건너갔다가 탈북한 일본인 처와 그 후손의 정착 지원금을 내년부터 20% 늘리기로 했다. 대상은 약 300명으로 추산된다."),
    A("ko", "couple", date(2026, 7, 2), None,
      "재일조선인 출신 탈북민 윤상철(81) 씨가 일본인 아내와 함께 히로시마에서 북송 사업의 진상 규명을 요구하는 강연을 했다. "
      "1963년 북한으로 건너간 윤 씨는 2009년 탈북했다. 강연 내내 아내는 객석 맨 앞줄에 앉아 있었다."),
)  # fmt: skip
