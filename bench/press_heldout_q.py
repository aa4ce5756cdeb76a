# ruff: noqa: RUF001, E501 - articles are kept as written, one per line.
"""Held-out set Q for the press monitor, written by hand before the scorer saw it.

Five cases and five decoy cases (one deceased, one withdrawn) that share their
birth years, prefectures or birthplaces, departure years, places of custody,
sex and category. Thirty articles, ten per language (English, Japanese,
Korean): per language seven about a case, one of each kind ``follow_up``,
``relative`` (a relative speaks), ``life_story``, ``custody``, ``refuge``,
``resettled`` and ``brief`` (a short wire item with a surname or initials),
and three about nobody (an obituary of the deceased decoy, a stranger in
Cambodia with a decoy's facts, a petition, a group visit, a trip into the
North, a court case, a husband who is no case, policy news). Five articles
carry no date.

The articles were written from the cases' facts alone, without reading the
scorer, its tests or its explanations. The set is a measurement: run it once,
with ``bench/monitor_independent.py --set q``; that first run is the one that
counts, and nothing is tuned on it.
"""

from __future__ import annotations

from datetime import date

from bench.press_heldout import HeldOutArticle, HeldOutCase, _case
from hogo.monitor.scoring import EventFacts, NameFacts

E = EventFacts
N = NameFacts
A = HeldOutArticle

CASES: tuple[HeldOutCase, ...] = (
    # 1601: a Japanese wife born in 1939 in Nanao, Ishikawa, recorded under her
    # maiden name Matsui Toshiko and her married name Chong Toshiko; left in 1960
    # with her Korean husband Chong Thae-il (died) for Tanchon; crossed into China in
    # January 2026 and sheltered in Helong; arrived in Japan on 9 April 2026 and
    # lives with her younger sister Nakagawa Sachiko in Toyama city.
    _case(
        1601,
        sex="F",
        born=date(1939, 1, 1),
        birthplace="石川県七尾市 (Nanao, Ishikawa)",
        category="japanese_spouse",
        names=(
            N("松井", "トシ子", ""),
            N("鄭", "トシ子", ""),
            N("鄭", "泰一", "husband"),
            N("中川", "幸子", "sister"),
        ),
        events=(
            E(date(1960, 2, 1), "location", "KP", "Tanchon", "self"),
            E(date(2026, 1, 15), "location", "CN", "Helong", "ngo_safe_house"),
            E(date(2026, 4, 9), "location", "JP", "Toyama", "self"),
        ),
        relations=frozenset({"husband", "sister"}),
        status="arrived",
    ),
    # 1602: a Japanese husband born in 1936 in Uwajima, Ehime, Murakami Takashi; left
    # on the first ship in December 1959 with his Korean wife An Pok-hui (died 2018)
    # for Onsong; entered the Japanese consulate-general in Shanghai on 19 January
    # 2026; Japan asked China to let him leave. A son stays in the North.
    _case(
        1602,
        sex="M",
        born=date(1936, 1, 1),
        birthplace="愛媛県宇和島市 (Uwajima, Ehime)",
        category="japanese_spouse",
        names=(
            N("村上", "孝", ""),
            N("安", "福姫", "wife"),
            N("안", "복희", "wife"),
        ),
        events=(
            E(date(1959, 12, 14), "location", "KP", "Onsong", "self"),
            E(date(2026, 1, 19), "location", "CN", "Shanghai", "diplomatic_mission"),
            E(date(2026, 1, 21), "diplomatic_request", "CN", "Shanghai", "diplomatic_mission"),
        ),
        relations=frozenset({"wife", "son"}),
        status="handover_negotiation",
    ),
    # 1603: a former Korean resident of Japan, Ryang Jae-gun, born in 1950 in
    # Kumamoto, known there by the Japanese alias Yanagawa Kazuo; left in 1961 with
    # his family for Musan; held by state security in Hunchun since 8 July 2026. His
    # older sister Tanoue Keiko (born Yanagawa) stayed in Kumamoto.
    _case(
        1603,
        sex="M",
        born=date(1950, 1, 1),
        birthplace="熊本県熊本市 (Kumamoto)",
        category="former_resident",
        names=(
            N("梁", "在根", ""),
            N("양", "재근", ""),
            N("梁川", "和夫", ""),
            N("田上", "恵子", "sister"),
        ),
        events=(
            E(date(1961, 9, 1), "location", "KP", "Musan", "self"),
            E(date(2026, 7, 8), "location", "CN", "Hunchun", "host_security"),
        ),
        relations=frozenset({"sister"}),
        status="in_host_custody",
    ),
    # 1604: a son born in the North, Ji Myong-chol, born in 1966 in Onsong to Ji
    # Chang-ho and a Japanese mother, Kuroki Haru of Nichinan, Miyazaki (died 1999);
    # reached an NGO shelter in Phnom Penh on 10 June 2026, in Manila on 3 August
    # 2026 waiting to fly on, in transit. His cousin Kuroki Makoto lives in Nichinan.
    _case(
        1604,
        sex="M",
        born=date(1966, 1, 1),
        birthplace="穏城 (Onsong, North Korea)",
        category="descendant",
        names=(
            N("池", "明哲", ""),
            N("지", "명철", ""),
            N("黒木", "ハル", "mother"),
            N("池", "昌浩", "father"),
            N("黒木", "誠", "cousin"),
        ),
        events=(
            E(date(2026, 6, 10), "location", "KH", "Phnom Penh", "ngo_safe_house"),
            E(date(2026, 8, 3), "location", "PH", "Manila", "self"),
        ),
        relations=frozenset({"mother", "father", "cousin"}),
        status="in_transit",
    ),
    # 1605: a granddaughter, Ri Un-jong, born in 1995 in Hamhung; her grandmother
    # Watanabe Kiyo of Iwaki, Fukushima, went North in 1962 (died 2014). Took refuge
    # at the Japanese consulate-general in Shanghai on 3 March 2025, landed in Tokyo
    # on 18 June 2025, lives in Takasaki, Gunma, since July 2025 as Watanabe Megumi.
    _case(
        1605,
        sex="F",
        born=date(1995, 1, 1),
        birthplace="咸興 (Hamhung, North Korea)",
        category="descendant",
        names=(
            N("李", "恩貞", ""),
            N("리", "은정", ""),
            N("渡辺", "恵", ""),
            N("渡辺", "キヨ", "grandmother"),
        ),
        events=(
            E(date(2025, 3, 3), "location", "CN", "Shanghai", "diplomatic_mission"),
            E(date(2025, 6, 18), "location", "JP", "Tokyo", "self"),
            E(date(2025, 7, 15), "location", "JP", "Gunma", "self"),
        ),
        relations=frozenset({"grandmother", "mother"}),
        status="resettlement",
    ),
    # 1606 (decoy, deceased): a Japanese wife born in 1939 in Kanazawa, Ishikawa,
    # Kitamura Yoshi, married name Choe Yoshi; left in 1960 for Tanchon; died there
    # in 2022.
    _case(
        1606,
        sex="F",
        born=date(1939, 1, 1),
        birthplace="石川県金沢市 (Kanazawa, Ishikawa)",
        category="japanese_spouse",
        names=(N("北村", "ヨシ", ""), N("崔", "ヨシ", "")),
        events=(
            E(date(1960, 8, 1), "location", "KP", "Tanchon", "self"),
            E(date(2022, 3, 1), "note", "KP", "Tanchon"),
        ),
        status="deceased",
    ),
    # 1607 (decoy, withdrawn): a Japanese husband born in 1936 in Tokushima, Mori
    # Kiyoshi, wife Ha Jong-ja; left in December 1959 for Hamhung; last contact in
    # 2025; the family withdrew the request.
    _case(
        1607,
        sex="M",
        born=date(1936, 1, 1),
        birthplace="徳島県徳島市 (Tokushima)",
        category="japanese_spouse",
        names=(N("森", "清", ""), N("河", "貞子", "wife")),
        events=(
            E(date(1959, 12, 14), "location", "KP", "Hamhung", "self"),
            E(date(2025, 5, 1), "contact", "KP", "Hamhung", "self"),
        ),
        relations=frozenset({"wife"}),
        status="withdrawn",
    ),
    # 1608 (decoy): a former resident born in 1950 in Yatsushiro, Kumamoto, Kang
    # Song-nam, alias Oyama Shigeo; left in 1961 for Musan, still there (contact in
    # February 2026).
    _case(
        1608,
        sex="M",
        born=date(1950, 1, 1),
        birthplace="熊本県八代市 (Yatsushiro, Kumamoto)",
        category="former_resident",
        names=(N("姜", "成男", ""), N("강", "성남", ""), N("大山", "成男", "")),
        events=(
            E(date(1961, 9, 1), "location", "KP", "Musan", "self"),
            E(date(2026, 2, 10), "contact", "KP", "Musan", "self"),
        ),
        status="located",
    ),
    # 1609 (decoy): a son born in 1966 in Hoeryong, Choe Chol-su; at an NGO shelter
    # in Phnom Penh since June 2026, in transit.
    _case(
        1609,
        sex="M",
        born=date(1966, 1, 1),
        birthplace="会寧 (Hoeryong, North Korea)",
        category="descendant",
        names=(N("崔", "哲洙", ""), N("최", "철수", "")),
        events=(E(date(2026, 6, 20), "location", "KH", "Phnom Penh", "ngo_safe_house"),),
        status="in_transit",
    ),
    # 1610 (decoy): a granddaughter born in 1995 in Hamhung, Kim Sun-ae; living in
    # Utsunomiya, Tochigi, since October 2025.
    _case(
        1610,
        sex="F",
        born=date(1995, 1, 1),
        birthplace="咸興 (Hamhung, North Korea)",
        category="descendant",
        names=(N("金", "順愛", ""), N("김", "순애", "")),
        events=(E(date(2025, 10, 1), "location", "JP", "Tochigi", "self"),),
        status="resettlement",
    ),
)

# fmt: off
ARTICLES: tuple[HeldOutArticle, ...] = (
    # --- English ---
    A("en", "follow_up", date(2026, 8, 6), 1604, "MANILA, Aug. 6 (Kyodo) -- A North Korean man whose late mother was Japanese arrived in Manila this week after nearly two months at a shelter in Cambodia and is expected to fly on to Japan, people involved in his journey said Thursday. Ji Myong Chol, 60, was born in 1966 in Onsong, in the far north of the country, where his mother, Haru Kuroki of Nichinan in Miyazaki Prefecture, had settled with a Korean husband under the repatriation program. She died in 1999. Ji crossed into China in the spring and traveled overland through Vietnam to Phnom Penh, where a church-run group sheltered him from June 10. A cousin in Miyazaki has offered to take him in. Japan's Foreign Ministry said it could not discuss individual cases."),
    A("en", "relative", date(2025, 9, 24), 1605, "IWAKI, Japan -- The photograph on Kazue Watanabe's family altar shows a young woman in a kimono on the deck of a ship, waving. It was taken in Niigata in 1962, the day Kiyo Watanabe, her aunt, left for North Korea with her Korean husband. \"We never saw her again,\" said Watanabe, 71, who runs a dry cleaner near the Iwaki station in Fukushima Prefecture. \"Now her granddaughter is in Gunma, and she has my aunt's chin.\" The granddaughter, Ri Un Jong (also written Lee Eun-jung), 30, grew up in Hamhung and reached Japan in June after taking refuge at the Japanese consulate general in Shanghai. She now goes by Megumi Watanabe and works at a food plant in Takasaki. Kiyo Watanabe died in Hamhung in 2014, the family learned only last year. The two women met for the first time in August. \"She cried, I cried,\" Watanabe said. \"Sixty-three years is a long time to wait for a letter.\""),
    A("en", "life_story", None, 1601, "Toshiko Matsui was 21 and newly married when she boarded a Soviet-built ship in Niigata with her husband, Chong Thae Il, a Korean who ran a small ironworks in Nanao on the Noto Peninsula. That was February 1960. For the next 66 years she lived in Tanchon, a mining town on North Korea's east coast, as Chong Toshiko, the wife of a man who soon lost his standing and, in the 1990s, his health. He died in 2004. She kept a pressed camellia from her mother's garden in a Korean dictionary. This winter, at 86, she waded across a shallow stretch of the Tumen in the dark, spent weeks hidden by a Christian aid group in Helong, China, and in April stepped off a plane in Japan. She lives now with her younger sister, Sachiko Nakagawa, in Toyama, across the bay from where she was born. \"My Japanese is old,\" she said, \"but it came back in a day.\""),
    A("en", "custody", date(2026, 7, 20), 1603, "SEOUL, July 20 (Yonhap) -- Chinese state security agents have detained a 76-year-old man who once lived in Japan and spent more than six decades in North Korea, a Seoul-based human rights group said Monday. Ryang Jae Gun, also romanized Yang Jae-geun, was taken from a guesthouse in Hunchun, a Chinese city where the borders of China, North Korea and Russia meet, on July 8, the group said. Born in Kumamoto in 1950 and known there by the Japanese name Kazuo Yanagawa, he went to North Korea with his parents in 1961 at age 11 and lived in Musan, a mining town on the Tumen River. His older sister, who stayed in Japan, has asked Tokyo to intervene. A South Korean foreign ministry official said Seoul was \"closely following\" reports of North Koreans detained in China."),
    A("en", "refuge", date(2026, 1, 23), 1602, "SHANGHAI (AP) -- An 89-year-old Japanese man who left for North Korea on the first repatriation ship in 1959 has taken refuge at Japan's consulate general in Shanghai, Japanese officials said Friday, in what may be one of the oldest such escapes on record. The man, Takashi Murakami, from Uwajima in Ehime Prefecture, entered the consulate on Monday. Tokyo formally asked Beijing on Wednesday to allow him to travel to Japan, the officials said, speaking on condition of anonymity. Murakami married a Korean woman, An Pok Hui, and lived with her in Onsong, near the Chinese border, until her death in 2018. A son remains in North Korea. China's foreign ministry said it would handle the matter \"in accordance with law and humanitarian principles.\""),
    A("en", "resettled", date(2026, 6, 14), 1601, "TOYAMA, Japan (Kyodo) -- Two months after returning from North Korea, an 86-year-old Japanese woman has settled into a quiet life in Toyama city with her sister, local officials said Sunday. The woman, born in Nanao, Ishikawa Prefecture, went to the North in 1960 with her Korean husband and spent 66 years in the eastern city of Tanchon. She fled to China in January and arrived in Japan on April 9. Her younger sister, Sachiko Nakagawa, 82, said the two walk along the Jinzu River each morning. Officials did not give the woman's name, but people close to the family identified her as Toshiko, born Matsui."),
    A("en", "brief", date(2025, 9, 2), 1605, "TAKASAKI, Japan (Jiji) -- A 30-year-old woman from North Korea whose grandmother was from Fukushima Prefecture has settled in Takasaki, Gunma Prefecture, officials said Tuesday. She was identified only as R., born in Hamhung."),
    A("en", "group", None, None, "NAHA, Japan -- Members of an Okinawa citizens' group that supports returnees from North Korea visited a government resettlement office in Tokyo on Tuesday and asked for more Korean-speaking counselors and for housing outside the capital. The group, founded in 2019 by a retired teacher in Naha, says at least six people connected to Okinawa went to North Korea under the 1959-1984 repatriation program. \"Many of the people who come back now are in their 70s and 80s, and some are grandchildren who do not speak Japanese at all,\" the group's leader said. Officials promised to study the request."),
    A("en", "into_north", date(2026, 10, 5), None, "NIIGATA, Japan -- A 74-year-old woman from Tochigi Prefecture left Niigata on Monday on her way to Pyongyang via Beijing to visit the grave of her older sister, who went to North Korea in 1960 as the wife of a Korean resident of Japan and died in Hamhung in 2021. The trip was arranged by the General Association of Korean Residents in Japan. \"I have waited 65 years to stand where she is,\" the woman said before leaving. Japan discourages travel to North Korea and has banned direct flights and ship calls."),
    A("en", "court", date(2026, 11, 12), None, "TOKYO -- A Tokyo court on Thursday ordered North Korea to pay damages to five people who said they were lured there by false promises under a decades-long repatriation program, in a rare ruling against the North's government. The plaintiffs, who escaped to Japan between 2001 and 2009, include a 77-year-old man from Kumamoto who went to the North in 1961 and a woman in her 80s from Ishikawa Prefecture. North Korea did not take part in the proceedings and is not expected to pay. \"The money does not matter. The record matters,\" one plaintiff told reporters."),
    # --- Japanese ---
    A("ja", "follow_up", date(2026, 8, 19), 1603, "【北京＝時事】北朝鮮から中国に逃れ、7月に吉林省琿春（フンチュン）市で中国の国家安全当局に拘束された熊本市出身の元在日朝鮮人、梁在根（リャン・ジェグン）さん（76）について、日本政府が中国側に人道的配慮を求める申し入れを行っていたことが19日、分かった。梁さんは熊本で「梁川和夫」の通名を使って暮らし、昭和36年、11歳で家族と共に北朝鮮に渡った。北部の茂山（ムサン）で60年以上暮らした。関係者によると、梁さんは拘束後、取り調べのため別の施設に移されたとみられる。熊本市に住む姉は「元気でいるのかだけでも知りたい」と話している。"),
    A("ja", "relative", date(2026, 6, 26), 1604, "宮崎県日南市で農業を営む黒木誠さん（68）の元に、カンボジアの支援団体から一枚の写真が届いたのは今月半ばだった。写っていたのは、誠さんの叔母・黒木ハルさんの息子、池明哲（チ・ミョンチョル）さん（60）。ハルさんは昭和35年、在日朝鮮人の夫・池昌浩さんと新潟から北朝鮮へ渡り、北部の穏城（オンソン）で暮らした。明哲さんは1966年、穏城で生まれた。ハルさんは1999年に亡くなったという。明哲さんは今春に中国へ逃れ、ベトナムを経て、今月10日からプノンペンの支援施設に身を寄せている。誠さんは「叔母の顔にそっくり。日南に来るなら、うちの離れを使ってもらう」と話した。"),
    A("ja", "life_story", None, 1602, "愛媛県宇和島市の真珠養殖場で働いていた村上孝さんが、在日朝鮮人の安福姫さんと結婚したのは23歳の春だった。昭和34年12月、新潟港から出た最初の帰還船に、夫婦は乗っていた。行き先は中国国境に近い穏城（オンソン）。日本人の夫という珍しい立場は、工場でも地域でも常に警戒の目を向けられた。息子が生まれ、妻は2018年に亡くなった。「宇和島の海の色を、もう一度見たい」。89歳になった村上さんは今年1月、上海の日本総領事館に入り、帰国を申し出た。渡航から66年。息子は北に残っている。"),
    A("ja", "custody", date(2026, 7, 16), 1603, "【瀋陽＝共同】中国吉林省琿春市で、北朝鮮から逃れた70代の男性が中国の国家安全当局に拘束されたことが16日、分かった。支援団体によると、男性は熊本県出身の元在日朝鮮人で、通名は梁川。昭和36年に家族と北朝鮮に渡り、茂山で暮らしていた。拘束は8日で、宿泊先の民宿に当局者が踏み込んだという。日本政府は事実関係の確認を進めている。"),
    A("ja", "refuge", date(2026, 1, 22), 1602, "【上海＝共同】北朝鮮から脱出した80代の日本人男性が、上海の日本総領事館に駆け込み、日本への帰国を求めていることが22日、日本政府関係者への取材で分かった。男性は愛媛県出身で、昭和34年12月に在日朝鮮人の妻と帰還船で北朝鮮に渡った。関係者によると男性は19日に総領事館に入り、日本政府は21日、中国側に出国を認めるよう要請した。男性は村上孝さん（89）とみられる。健康状態に大きな問題はないという。"),
    A("ja", "resettled", date(2025, 10, 3), 1605, "群馬県高崎市の食品工場で働く渡辺恵さん（30）は、北朝鮮東部の咸興（ハムフン）で生まれ、李恩貞（リ・ウンジョン）として育った。祖母の渡辺キヨさんは福島県いわき市の出身で、昭和37年に朝鮮人の夫と北朝鮮に渡り、2014年に亡くなった。恵さんは今年3月、中国・上海の日本総領事館に保護を求め、6月に羽田空港に到着。7月から高崎市の市営住宅で暮らしている。名前は祖母の姓をもらった。「工場の人は私の日本語を笑わない。それがうれしい」と恵さんは話す。"),
    A("ja", "brief", None, 1601, "北朝鮮から帰国した石川県七尾市出身の女性（86）＝旧姓松井＝が、富山市の妹宅に身を寄せている。女性は昭和35年に渡航した。"),
    A("ja", "stranger", date(2026, 7, 2), None, "【バンコク＝共同】カンボジアの首都プノンペンで、北朝鮮から逃れた50代の男性が支援団体に保護されていることが2日、分かった。団体によると、男性の母親は沖縄県那覇市出身の日本人妻で、昭和36年に北朝鮮へ渡った。男性は北東部の清津（チョンジン）生まれの57歳で、日本に親族は確認されていないという。団体は男性の意向を聞いた上で、韓国行きを支援する方針。"),
    A("ja", "petition", date(2026, 3, 27), None, "宮崎県議会は27日、帰還事業で北朝鮮に渡った日本人妻や元在日朝鮮人とその子孫の帰国支援を国に求める意見書を全会一致で可決した。意見書は、中国や第三国で身柄を拘束される人が相次いでいると指摘し、早期の引き取りと、帰国後の生活支援の制度化を求めている。県内からも昭和30年代に少なくとも十数人が渡航したとされる。"),
    A("ja", "policy", date(2026, 9, 15), None, "政府は15日、北朝鮮からの帰国者の受け入れを担う関係省庁連絡会議の初会合を首相官邸で開いた。官房副長官は「帰国者の多くが高齢で、日本語を話せない孫の世代も増えている」と述べ、住宅、年金、日本語教育を一体で支援する方針を示した。帰国者の人数や氏名は、本人や北朝鮮に残る家族の安全のため公表しない。拉致被害者家族会は、拉致問題が後回しにされないよう求めた。"),
    # --- Korean ---
    A("ko", "follow_up", date(2026, 3, 4), 1602, "(베이징=연합뉴스) 김대호 특파원 = 상하이 주재 일본총영사관에 들어간 89세 일본인 남성의 출국 문제를 놓고 중일 간 협의가 한 달 넘게 이어지고 있다고 외교 소식통이 4일 전했다. 에히메현 우와지마 출신인 무라카미 다카시 씨는 1959년 12월 첫 북송선을 타고 조선인 아내 안복희 씨와 함께 북한에 건너가 함경북도 온성에서 살았다. 아내는 2018년 숨졌다. 무라카미 씨는 지난 1월 19일 총영사관에 진입했으며, 일본 정부는 이틀 뒤 중국에 출국 허가를 요청했다. 소식통은 \"고령이라 건강이 가장 큰 변수\"라고 말했다."),
    A("ko", "relative", date(2026, 7, 24), 1603, "(도쿄=연합뉴스) 박상현 특파원 = \"동생이 열한 살 때 헤어졌습니다. 65년이 지났지만 목소리는 기억합니다.\" 일본 구마모토시에 사는 다노우에 게이코 씨는 24일 연합뉴스와 통화에서 중국 훈춘에서 국가안전부에 구금된 동생 양재근(76) 씨의 석방을 호소했다. 다노우에 씨의 가족은 구마모토에서 '야나가와'라는 일본 성을 쓰며 살았다. 1961년 부모와 동생은 북송선을 탔고, 이미 일본인과 약혼한 다노우에 씨만 남았다. 동생은 함경북도 무산에서 살아온 것으로 알려졌다. 동생은 이달 8일 훈춘의 한 민박에서 붙잡혔다."),
    A("ko", "life_story", None, 1604, "지명철 씨는 1966년 함경북도 온성에서 태어났다. 어머니 구로키 하루 씨는 일본 미야자키현 니치난 출신으로, 1960년 재일조선인 남편 지창호 씨와 함께 북송선을 탔다. 어머니는 아들에게 몰래 일본 동요를 가르쳤다. \"일본 사람 자식\"이라는 꼬리표는 군 입대에도, 직장 배치에도 따라다녔다. 어머니는 1999년 세상을 떠났다. 60세가 된 올해 봄, 지 씨는 두만강을 건넜다. 중국 남부와 베트남을 거쳐 6월 캄보디아 프놈펜의 보호시설에 닿았고, 이제 마닐라를 거쳐 어머니의 고향으로 가는 길을 기다리고 있다."),
    A("ko", "custody", date(2026, 7, 15), 1603, "(서울=연합뉴스) 중국 지린성 훈춘에서 재일교포 출신 70대 탈북민이 중국 국가안전부에 체포됐다고 북한인권단체가 15일 밝혔다. 단체에 따르면 양재근(76) 씨는 1950년 일본 구마모토에서 태어나 '야나가와 가즈오'라는 일본 이름으로 자랐으며, 1961년 가족과 함께 북송선을 타고 북한으로 건너가 무산에서 살았다. 양 씨는 지난 8일 체포됐다. 단체는 중국 정부에 강제북송 중단을 촉구했다."),
    A("ko", "refuge", date(2026, 1, 24), 1602, "(상하이=연합뉴스) 66년 전 북송선을 탔던 일본인 남성이 상하이 일본총영사관에 진입해 귀국을 요청했다고 교도통신이 24일 보도했다. 에히메현 출신 80대 남성 무라카미 씨는 1959년 조선인 아내를 따라 북한에 건너가 온성에서 살았다. 일본 정부는 중국 측에 출국을 허가해 달라고 요청했다."),
    A("ko", "resettled", date(2026, 2, 9), 1605, "(도쿄=연합뉴스) 일본인 할머니의 나라로 건너간 함흥 출신 30대 탈북 여성이 군마현 다카사키에 정착해 식품공장에서 일하고 있다. 리은정(30) 씨는 할머니 와타나베 기요 씨의 성을 따 '와타나베 메구미'라는 일본 이름을 쓰고 있다. 할머니는 후쿠시마현 이와키 출신으로 1962년 북한에 건너가 2014년 함흥에서 별세했다. 리 씨는 지난해 3월 상하이 일본총영사관을 거쳐 6월 일본에 입국했고, 7월부터 다카사키 시영주택에 살고 있다. 그는 \"할머니가 보고 싶어 한 바다를 이와키에서 봤다\"고 말했다."),
    A("ko", "brief", date(2026, 4, 11), 1601, "(도쿄=연합뉴스) 1960년 북송선을 탔던 80대 일본인 처 마쓰이 씨가 66년 만에 일본에 돌아와 도야마현의 여동생 집에 머물고 있다고 NHK가 11일 보도했다. 이시카와현 나나오 출신이다."),
    A("ko", "obituary", date(2026, 5, 20), None, "(도쿄=연합뉴스) 북송사업 때 북한으로 건너간 일본인 처 기타무라 요시 씨가 2022년 함경남도 단천에서 별세한 사실이 뒤늦게 확인됐다고 홋코쿠신문이 20일 보도했다. 향년 83세. 이시카와현 가나자와 출신인 기타무라 씨는 1960년 조선인 남편과 함께 북한에 건너갔다. 가나자와의 조카가 지인을 통해 소식을 전해 들었다."),
    A("ko", "group", date(2025, 11, 27), None, "(서울=연합뉴스) 일본 도쿠시마현과 에히메현의 시민단체 관계자 12명이 27일 경기 안성의 탈북민 정착지원시설 하나원을 방문했다. 이들은 북송사업으로 북한에 건너간 일본인 처와 재일교포 후손의 정착 지원 사례를 듣고, 한국 정부와 민간단체의 협력 방안을 논의했다. 단체 대표는 \"일본에도 이런 시설이 필요하다\"고 말했다."),
    A("ko", "husband", date(2026, 9, 8), None, "(서울=연합뉴스) 일본인 아내를 북한에 두고 온 탈북민 강모(88) 씨가 8일 \"아내를 일본 고향에 보내 달라\"며 일본 정부에 탄원서를 냈다. 일본 도쿠시마에서 태어난 재일교포 강 씨는 1959년 일본인 여성과 결혼해 그해 12월 북송선을 탔고, 함경남도 함흥에 배치됐다. 강 씨는 2024년 혼자 탈북해 한국에 입국했다. 아내는 함흥에 남아 있다."),
)
# fmt: on
