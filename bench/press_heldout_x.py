# ruff: noqa: RUF001, E501 - articles are kept as written, one per line.
"""Held-out set X for the press monitor: thirty articles in English, Japanese and Korean.

Written by hand, before the scorer ever saw it, from the facts of the cases below:
a wife and a husband who went as Japanese spouses, a former Korean resident of
Osaka, a daughter born in the North of a Japanese mother, and a grandson of a
Japanese wife. Forms used: kanji and married names (金 幸子, 森田 幸子), a Japanese
alias of a Korean resident (新井 正男), hangul in southern and northern spelling
(이미옥, 리미옥), English romanizations (Park Jeong-nam, Kim Kwang-ho), family
names or initials only, and no name at all. Each case stands beside a decoy that
shares most of its facts; decoys are never the subject of an article.
"""

from __future__ import annotations

from datetime import date

from bench.press_heldout import HeldOutArticle, HeldOutCase, _case
from hogo.monitor.scoring import EventFacts, NameFacts

E = EventFacts
N = NameFacts
CASES: tuple[HeldOutCase, ...] = (
    # 2301: a woman from Nagaoka, Niigata, who went to the North in May 1962 with her
    # Korean husband; she crossed the Yalu in September 2025 and was held by Chinese
    # police in Dandong; Tokyo and Beijing are negotiating her handover. Her sister
    # lives in Nagaoka.
    _case(
        2301,
        sex="F",
        born=date(1941, 1, 1),
        birthplace="新潟県長岡市",
        category="japanese_spouse",
        names=(
            N("森田", "幸子", ""),
            N("金", "幸子", ""),
            N("Morita", "Sachiko", ""),
            N("森田", "和子", "sibling"),
            N("金", "英哲", "spouse"),
            N("김", "영철", "spouse"),
        ),
        events=(
            E(date(1962, 5, 18), "location", country="KP", region="清津"),
            E(
                date(2025, 9, 14),
                "location",
                country="CN",
                region="遼寧省丹東市",
                custodian="host_police",
            ),
        ),
        status="handover_negotiation",
    ),
    # 2302: a Korean born in Ikuno, Osaka, who went to the North at twenty in October
    # 1972; he crossed into Mongolia in October 2025, was held by the border guards in
    # Ulaanbaatar, then handed to the Japanese embassy there. His elder brother lives
    # in Osaka.
    _case(
        2302,
        sex="M",
        born=date(1952, 1, 1),
        birthplace="大阪府大阪市生野区",
        category="former_resident",
        names=(
            N("朴", "正男", ""),
            N("박", "정남", ""),
            N("新井", "正男", ""),
            N("Park", "Jeong-nam", ""),
            N("朴", "正浩", "sibling"),
            N("박", "정호", "sibling"),
        ),
        events=(
            E(date(1972, 10, 20), "location", country="KP", region="清津"),
            E(
                date(2025, 10, 22),
                "location",
                country="MN",
                region="Ulaanbaatar",
                custodian="host_security",
            ),
            E(
                date(2025, 11, 5),
                "location",
                country="MN",
                region="Ulaanbaatar",
                custodian="diplomatic_mission",
            ),
        ),
        status="in_transit",
    ),
    # 2303: a woman born in Hamhung in 1968 to a Japanese wife from Fukuoka (who died in
    # the North); she fled in 2018, sheltered in an NGO safe house in Yanji, and has
    # lived in Kawaguchi, Saitama, since 2019 under the name 佐藤 美玉.
    _case(
        2303,
        sex="F",
        born=date(1968, 1, 1),
        birthplace="咸鏡南道咸興市",
        category="descendant",
        names=(
            N("李", "美玉", ""),
            N("리", "미옥", ""),
            N("이", "미옥", ""),
            N("佐藤", "美玉", ""),
            N("佐藤", "節子", "parent"),
            N("강", "철수", "spouse"),
        ),
        events=(
            E(date(1968, 3, 1), "location", country="KP", region="咸鏡南道咸興市"),
            E(
                date(2018, 7, 9),
                "location",
                country="CN",
                region="吉林省延吉市",
                custodian="ngo_safe_house",
            ),
            E(date(2019, 3, 27), "location", country="JP", region="埼玉県川口市", custodian="self"),
        ),
        status="resettlement",
    ),
    # 2304: a Japanese man from Sapporo who went on the first ship, December 1959, with
    # his Korean wife (who died in 2011); he reached the Japanese consulate-general in
    # Shenyang in May 2025 and has lived in Hakodate since August, near his sister.
    _case(
        2304,
        sex="M",
        born=date(1936, 1, 1),
        birthplace="北海道札幌市",
        category="japanese_spouse",
        names=(
            N("山口", "武", ""),
            N("Yamaguchi", "Takeshi", ""),
            N("崔", "順子", "spouse"),
            N("최", "순자", "spouse"),
            N("山口", "久美子", "sibling"),
        ),
        events=(
            E(date(1959, 12, 14), "location", country="KP", region="清津"),
            E(
                date(2025, 5, 12),
                "location",
                country="CN",
                region="遼寧省瀋陽市",
                custodian="diplomatic_mission",
            ),
            E(date(2025, 8, 20), "location", country="JP", region="北海道函館市", custodian="self"),
        ),
        status="resettlement",
    ),
    # 2305: a grandson of a Japanese wife from Kagoshima who went in 1965; born in Hyesan
    # in 1992, he crossed into China in November 2025 and was arrested by Lao police in
    # Vientiane in February 2026. His mother fled earlier and lives in Osaka.
    _case(
        2305,
        sex="M",
        born=date(1992, 1, 1),
        birthplace="両江道恵山市",
        category="descendant",
        names=(
            N("金", "光浩", ""),
            N("김", "광호", ""),
            N("Kim", "Kwang-ho", ""),
            N("金", "春花", "parent"),
            N("김", "춘화", "parent"),
        ),
        events=(
            E(date(1992, 4, 1), "location", country="KP", region="両江道恵山市"),
            E(date(2025, 11, 2), "location", country="CN", region="吉林省長白", custodian="broker"),
            E(
                date(2026, 2, 10),
                "location",
                country="LA",
                region="Vientiane",
                custodian="host_police",
            ),
        ),
        status="in_host_custody",
    ),
    # 2306 (decoy of 2301): another Niigata woman born in 1941 who went in 1962 as a
    # Japanese wife; she died in Dandong in 2024 before her case could be taken up.
    _case(
        2306,
        sex="F",
        born=date(1941, 1, 1),
        birthplace="新潟県上越市",
        category="japanese_spouse",
        names=(N("石田", "房子", ""), N("韓", "房子", ""), N("韓", "東植", "spouse")),
        events=(
            E(date(1962, 9, 21), "location", country="KP", region="清津"),
            E(
                date(2024, 3, 2),
                "location",
                country="CN",
                region="遼寧省丹東市",
                custodian="broker",
            ),
        ),
        status="deceased",
    ),
    # 2307 (decoy of 2302): a Korean born in Higashiosaka in 1952 who went in 1972; his
    # family asked that his case be withdrawn after he chose to stay in Mongolia.
    _case(
        2307,
        sex="M",
        born=date(1952, 1, 1),
        birthplace="大阪府東大阪市",
        category="former_resident",
        names=(
            N("高", "英洙", ""),
            N("고", "영수", ""),
            N("高山", "英夫", ""),
            N("高", "英淑", "sibling"),
        ),
        events=(
            E(date(1972, 5, 26), "location", country="KP", region="清津"),
            E(date(2025, 6, 3), "location", country="MN", region="Ulaanbaatar", custodian="self"),
        ),
        status="withdrawn",
    ),
    # 2308 (decoy of 2303): a woman born in Hamhung in 1968 to a Japanese mother, who
    # came through Yanji and lives in Chiba.
    _case(
        2308,
        sex="F",
        born=date(1968, 1, 1),
        birthplace="咸鏡南道咸興市",
        category="descendant",
        names=(
            N("鄭", "順姫", ""),
            N("정", "순희", ""),
            N("中村", "順子", ""),
            N("中村", "ハル", "parent"),
        ),
        events=(
            E(date(1968, 8, 1), "location", country="KP", region="咸鏡南道咸興市"),
            E(
                date(2016, 4, 11),
                "location",
                country="CN",
                region="吉林省延吉市",
                custodian="ngo_safe_house",
            ),
            E(date(2016, 12, 5), "location", country="JP", region="千葉県船橋市", custodian="self"),
        ),
        status="resettlement",
    ),
    # 2309 (decoy of 2304): a Japanese husband from Asahikawa, born 1936, who went in
    # December 1959; located in Shenyang in 2025, not yet in any mission.
    _case(
        2309,
        sex="M",
        born=date(1936, 1, 1),
        birthplace="北海道旭川市",
        category="japanese_spouse",
        names=(N("佐々木", "実", ""), N("Sasaki", "Minoru", ""), N("文", "玉姫", "spouse")),
        events=(
            E(date(1959, 12, 21), "location", country="KP", region="清津"),
            E(
                date(2025, 7, 30),
                "location",
                country="CN",
                region="遼寧省瀋陽市",
                custodian="unknown",
            ),
        ),
        status="located",
    ),
    # 2310 (decoy of 2305): another grandson of a Japanese wife, born in Hyesan in 1992,
    # held by police in Laos.
    _case(
        2310,
        sex="M",
        born=date(1992, 1, 1),
        birthplace="両江道恵山市",
        category="descendant",
        names=(N("朴", "哲民", ""), N("박", "철민", ""), N("Pak", "Chol-min", "")),
        events=(
            E(date(1992, 10, 1), "location", country="KP", region="両江道恵山市"),
            E(
                date(2025, 12, 18),
                "location",
                country="LA",
                region="Luang Namtha",
                custodian="host_police",
            ),
        ),
        status="in_host_custody",
    ),
)

A = HeldOutArticle
# fmt: off
ARTICLES: tuple[HeldOutArticle, ...] = (
    # English
    A("en", "follow_up", date(2025, 10, 8), 2301, "TOKYO — Japan and China have entered final talks on handing over an elderly Japanese woman who has been held by police in the Chinese border city of Dandong since she crossed from North Korea last month, government sources said Wednesday. The woman, 84, a native of Niigata Prefecture, went to North Korea in 1962 with her Korean husband under the postwar repatriation program. Her husband is believed to have remained in the North. Officials at the Prime Minister's Office declined to comment, citing the safety of those involved. The sources said Beijing had signaled it would treat the case on humanitarian grounds, but no date for her transfer has been set."),
    A("en", "relative", date(2026, 2, 24), 2305, "OSAKA — For nearly nine years Kim Chun-hwa has told herself that her son would follow her out. Now he has, and he is sitting in a police cell in Laos. \"I cannot sleep. I only want him to be on Japanese soil before anything happens,\" said Kim, who fled North Korea herself and has lived in Osaka since 2017. Her son, 33, was detained in Vientiane this month with several other North Koreans, according to a support group. Kim's mother, a woman from Kagoshima, married a Korean and crossed to the North in 1965; she never returned. \"My mother is Japanese. That makes him her grandson,\" Kim said, holding a photograph of the young man taken in Hyesan. The Foreign Ministry said it was aware of the case but would not discuss details."),
    A("en", "life_story", None, 2304, "HAKODATE, Hokkaido — Takeshi Yamaguchi was 23 when he walked up the gangway of the first repatriation ship at Niigata, his Korean wife beside him and a promise of a new life ahead. It would be more than 65 years before he saw Japan again. Now 89 and walking with a cane, Yamaguchi lives in a small apartment a few minutes from his younger sister, Kumiko. \"I thought I would die there,\" he said in his first interview since returning, recalling decades of farm labour, the famine of the 1990s and the death of his wife, Choi Sun-ja, in 2011. Last spring, in his late 80s, he made his way across the border and into the Japanese consulate in Shenyang. \"My sister recognised my voice before my face,\" he said. \"That is how long it has been.\""),
    A("en", "custody", date(2026, 2, 14), 2305, "VIENTIANE (Reuters) - Lao police have detained five North Koreans, including a man in his early 30s who is the grandson of a Japanese woman, near the capital, a human rights group and a diplomatic source said on Saturday. The group had travelled overland from China's Jilin province over several months with the help of brokers, the rights group said. The man, born in the northern city of Hyesan, has asked to be sent to Japan, where his mother lives, the source said. Laos has in the past deported North Koreans to China. Japan's embassy in Vientiane said it was \"gathering information\"."),
    A("en", "refuge", date(2025, 11, 7), 2302, "ULAANBAATAR — A 73-year-old man who was born in Osaka and moved to North Korea in 1972 has been placed under the protection of the Japanese Embassy in Mongolia after two weeks in the custody of Mongolian border authorities, people familiar with the matter said. The man, identified only by his family name, Park, was one of more than 93,000 ethnic Koreans and family members who left Japan under a repatriation campaign promoted by Pyongyang. He crossed into Mongolia in late October. A brother who lives in Osaka has been informed. Officials said arrangements for his travel to Japan were under way."),
    A("en", "resettled", date(2025, 12, 16), 2303, "KAWAGUCHI, Saitama — On weekday mornings Ri Mi-ok, 57, pushes elderly residents' wheelchairs through the corridors of a care home north of Tokyo. Few of them know she was born in Hamhung, a North Korean industrial city, to a Japanese mother who had followed her Korean husband there. Ri escaped in 2018, spent months hiding in an aid group's apartment in Yanji, China, and arrived in Japan the following spring. \"My mother always said Japan was home. She did not live to see it, so I came for her,\" she said. She now uses a Japanese name at work and is studying for a caregiver's licence."),
    A("en", "brief", date(2025, 9, 20), 2301, "DANDONG, China (Kyodo) — An elderly Japanese woman who crossed the Yalu River from North Korea was taken into custody by Chinese police here last week, sources said Saturday. She is believed to be in her 80s and to have lived in the North since the 1960s."),
    A("en", "into_north", date(2025, 8, 12), None, "KYOTO — A 78-year-old man from Kyoto will travel to Pyongyang next month to visit the grave of his elder sister, who went to North Korea in 1961 as the wife of a Korean resident and died there in 2004, a civic group arranging the trip said. It will be his first visit to the North. \"I only want to put flowers on her grave and bring a little soil home,\" he said. The trip, via Beijing, was approved by North Korean authorities in July."),
    A("en", "group", date(2025, 12, 15), None, "NIIGATA — About 60 people gathered at the port of Niigata on Sunday to mark 66 years since the first repatriation ship left for North Korea, among them relatives of Japanese wives who never came back and several returnees who later fled. Speakers called on the government to do more for an estimated 1,800 Japanese spouses who went to the North, most of whom are now dead or in their 80s and 90s. A woman who returned in 2003 laid a wreath at the pier."),
    A("en", "general", None, None, "EDITORIAL: Japan has quietly brought home scores of people who fled North Korea, among them Japanese wives, former Korean residents and their descendants. The secrecy has protected lives, but it has also left the public with no idea of the scale of the task or of what is owed to these people. The government should publish, at least in outline, how many it has taken in, how long they wait in third countries, and what support they receive once here. Language lessons and a housing allowance are not a resettlement policy."),
    # Japanese
    A("ja", "follow_up", date(2025, 9, 2), 2304, "北朝鮮を脱出し、５月に中国・瀋陽の日本総領事館に保護された北海道出身の男性（８９）が８月２０日に帰国していたことが、関係者への取材で分かった。男性は１９５９年１２月、在日朝鮮人の妻と第１次帰国船で北朝鮮に渡った。妻は既に死去。男性は現在、道南の都市で妹の近くに住み、健康状態に大きな問題はないという。政府は「個別の事案についてはお答えを差し控える」としている。"),
    A("ja", "relative", date(2025, 9, 25), 2301, "「姉が生きていてくれた。それだけで十分です」。長岡市の森田和子さん（８０）は、声を詰まらせた。６３年前、朝鮮人の夫と北朝鮮へ渡った姉の幸子さん（８４）が今月、中国側に越境して保護されたとの連絡を受けた。姉からの最後の手紙は十数年前に途絶えていた。和子さんは「寒いところでつらい思いをしてきた。早く古里の雪を見せてあげたい」と話し、政府に一日も早い帰国実現を求めた。"),
    A("ja", "life_story", None, 2302, "大阪・生野の路地で育ったＡさんは、二十歳の秋、「地上の楽園」という言葉を信じて新潟港から帰国船に乗った。それから５３年。北朝鮮で炭鉱労働と監視の暮らしを送り、両親を見送った。７０代になった今年、意を決して国境を越えた。日本で「新井」の通名で過ごした少年時代の記憶は鮮明だという。支援者によると、Ａさんは第三国で日本の保護下にあり、大阪に住む兄との再会を待っている。"),
    A("ja", "custody", date(2025, 9, 17), 2301, "【北京＝共同】中国遼寧省丹東市の公安当局が今月中旬、北朝鮮から鴨緑江を越えて脱出した日本人とみられる女性を拘束したことが１７日、分かった。日本政府関係者によると、女性は８０代で新潟県出身。１９６２年に在日朝鮮人の夫とともに帰国事業で北朝鮮に渡った「日本人妻」とみられる。日本政府は中国側に女性の身柄引き渡しを求めている。"),
    A("ja", "refuge", date(2025, 5, 15), 2304, "中国遼寧省瀋陽の日本総領事館に今月１２日、北朝鮮から脱出した日本人男性が保護を求めて駆け込んだことが分かった。外務省関係者によると、男性は８０代後半で北海道出身。１９５９年１２月の第１次帰国船で朝鮮人の妻と北朝鮮に渡った。中国当局と協議の上、日本への移送を目指す。"),
    A("ja", "resettled", date(2026, 1, 10), 2303, "埼玉県川口市の介護施設で働く佐藤美玉さん（５７）は、北朝鮮東部の咸興で生まれた。母は福岡出身の日本人妻。２０１８年に脱北し、中国・延吉の支援団体の隠れ家で約８か月を過ごした後、翌年日本に来た。「母の国で母の名字を名乗って生きる。それが母への恩返し」。北朝鮮では李美玉の名で暮らした。今は介護福祉士の国家試験に向けて勉強を続けている。"),
    A("ja", "brief", date(2026, 2, 12), 2305, "ラオスの首都ビエンチャン近郊で今月、北朝鮮から脱出した男女５人が警察に拘束された。このうち３０代の男性は日本人妻の孫とみられ、日本政府が確認を急いでいる。"),
    A("ja", "stranger", date(2025, 11, 28), None, "タイの入管収容施設に、京都市出身の元在日朝鮮人男性（８０）が収容されていることが２８日、支援団体への取材で分かった。男性は１９６１年に家族と帰国船で北朝鮮に渡り、今年夏に脱出。ラオス経由でタイに入国したという。支援団体は日本政府に保護を要請している。"),
    A("ja", "group", date(2025, 10, 19), None, "北朝鮮に渡った日本人妻の家族ら約３０人が１９日、東京都内で集会を開き、高齢化が進む日本人妻の早期帰国を政府に求める決議を採択した。参加者からは「もう時間がない」「せめて消息だけでも知りたい」との声が相次いだ。帰国事業で北朝鮮に渡った日本人妻は約１８００人とされる。"),
    A("ja", "general", date(2026, 3, 1), None, "【社説】脱北者の保護　実態の公表と支援の拡充を。政府はこれまで、北朝鮮から脱出した日本人妻や元在日朝鮮人らを数多く保護してきたとされるが、その人数や経緯は明らかにしていない。関係国への配慮や当事者の安全確保は当然だが、帰国後の生活支援が十分かどうかを検証する仕組みは必要だ。日本語教育や就労支援、住宅確保の実態を、少なくとも概数で示すべきである。"),
    # Korean
    A("ko", "follow_up", date(2026, 3, 5), 2305, "라오스 비엔티안에서 현지 경찰에 구금된 탈북민 김광호(33)씨의 신병 처리를 놓고 일본과 라오스 정부가 협의에 들어간 것으로 5일 알려졌다. 김씨는 재일교포와 결혼해 1965년 북송선을 탄 일본인 여성의 손자로, 양강도 혜산 출신이다. 그의 어머니는 2017년 먼저 탈북해 일본 오사카에 정착했다. 대북 인권단체 관계자는 \"강제 북송 우려가 있는 만큼 신속한 처리가 필요하다\"고 말했다."),
    A("ko", "relative", date(2025, 11, 12), 2302, "\"동생이 살아서 국경을 넘었다는 말을 듣고 밤새 울었습니다.\" 일본 오사카 이쿠노구에 사는 재일동포 박정호(76)씨는 53년 전 북송선을 탄 동생 정남씨 소식에 목이 메었다. 스무 살이던 동생은 1972년 가을 니가타항에서 배에 올랐다. 박씨는 \"몽골에서 일본대사관 보호를 받고 있다고 들었다. 하루라도 빨리 얼굴을 보고 싶다\"고 말했다."),
    A("ko", "life_story", None, 2304, "일본 홋카이도 출신의 야마구치 다케시씨는 스물셋이던 1959년 겨울, 재일조선인 아내 최순자씨와 함께 첫 북송선에 올랐다. 그로부터 66년. 아내를 북에서 먼저 떠나보낸 그는 여든아홉의 나이에 중국 선양의 일본총영사관 문을 두드렸다. 지금은 홋카이도 남부의 한 도시에서 여동생 가까이 산다. 그는 \"아내의 고향이 남쪽 경상도였다. 한 번도 가보지 못한 채 눈을 감았다\"며 말끝을 흐렸다."),
    A("ko", "custody", date(2025, 9, 18), 2301, "중국 랴오닝성 단둥 공안이 이달 중순 압록강을 건너 탈북한 80대 일본인 여성을 붙잡아 조사하고 있다고 일본 언론이 18일 보도했다. 이 여성은 니가타현 출신으로 1962년 재일조선인 남편 김영철씨와 함께 북송사업으로 북한에 건너간 이른바 '일본인 처'로 알려졌다. 일본 정부는 중국 측에 신병 인도를 요청했다."),
    A("ko", "refuge", date(2025, 11, 8), 2302, "몽골 국경수비대에 붙잡혔던 재일교포 출신 탈북민 박모(73)씨가 울란바토르 주재 일본대사관의 보호를 받게 됐다고 외교 소식통이 8일 전했다. 오사카에서 태어난 박씨는 1972년 북송선을 타고 북한으로 건너갔으며, 지난달 하순 몽골 국경을 넘었다. 소식통은 \"일본행 절차가 진행 중\"이라고 말했다."),
    A("ko", "resettled", date(2025, 12, 20), 2303, "함흥에서 태어나 일본 사이타마현 가와구치에 정착한 리미옥(57)씨는 일본인 어머니의 성을 따 '사토'라는 이름으로 산다. 2018년 탈북해 중국 옌지의 민간단체 쉼터에 머물다 이듬해 일본에 들어왔다. 요양시설에서 일하는 그는 \"어머니는 끝내 일본 땅을 밟지 못했다. 그 몫까지 살겠다\"고 했다."),
    A("ko", "brief", date(2026, 2, 11), 2305, "라오스 경찰이 10일 비엔티안 인근에서 탈북민 5명을 체포했다. 이 가운데 30대 남성 1명은 일본인 처의 손자인 것으로 전해졌다."),
    A("ko", "into_north", date(2025, 9, 30), None, "조총련 계열 재일동포 방문단 40여 명이 다음 달 초 베이징을 거쳐 평양을 방문한다고 조선신보가 30일 전했다. 방문단에는 1960년대 북송된 가족을 만나려는 70~80대 동포들이 다수 포함됐다. 방문단은 평양과 원산 등지에서 열흘간 머물 예정이다."),
    A("ko", "general", None, None, "통일부에 따르면 지난해 국내에 입국한 탈북민은 200명 남짓으로, 코로나19 이전의 10분의 1 수준에 머물렀다. 제3국 체류 기간이 길어지고 브로커 비용이 크게 오른 탓이라는 분석이다. 전문가들은 재일교포 출신 북송자와 그 후손처럼 일본과 연고가 있는 탈북민에 대해서는 한일 간 협력 체계가 필요하다고 지적한다."),
    A("ko", "stranger", date(2026, 1, 22), None, "태국 이민국 수용소에 20대 탈북 여성 최모씨가 석 달째 수용돼 있는 것으로 22일 확인됐다. 최씨는 1999년 함경북도 회령에서 태어났으며, 외할머니가 1961년 북송선을 탄 일본인으로 알려졌다. 최씨는 한국행을 희망하고 있다고 지원단체 측은 밝혔다."),
)
# fmt: on
