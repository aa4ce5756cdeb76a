# ruff: noqa: RUF001, E501 - articles are kept as written, one per line.
"""Held-out set P for the press monitor, written by hand before the scorer saw it.

Five cases and five decoy cases (one deceased, one closed) that share their
birth years, prefectures or birthplaces, departure years, places of custody,
sex and category. Thirty articles, ten per language (English, Japanese,
Korean): per language seven about a case, one of each kind ``follow_up``,
``relative`` (a relative speaks), ``life_story``, ``custody``, ``refuge``,
``resettled`` and ``brief`` (a short wire item with a surname or initials),
and three about nobody (an obituary of the deceased decoy, a stranger held in
China with a decoy's facts, a petition, a court case, a trip into the North,
a husband who is no case, policy news). Five articles carry no date.

The articles were written from the cases' facts alone, without reading the
scorer, its tests or its explanations. The set is a measurement: run it once,
with ``bench/monitor_independent.py --set p``; that first run is the one that
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
    # 1501: a Japanese wife born in 1941 in Obama, Fukui, recorded under her maiden
    # name Nishikawa Miyoko and her married name Kim Miyoko; left Niigata in 1961
    # with her Korean husband Kim Song-ho (died) for Hamhung; crossed into China in
    # January 2025, a broker's demand was refused, held by police in Tumen since
    # 11 February 2025. Her younger sister Sumiko lives in Obama.
    _case(
        1501,
        sex="F",
        born=date(1941, 1, 1),
        birthplace="福井県小浜市 (Obama, Fukui)",
        category="japanese_spouse",
        names=(
            N("西川", "美代子", ""),
            N("金", "美代子", ""),
            N("金", "成浩", "husband"),
            N("西川", "澄子", "sister"),
        ),
        events=(
            E(date(1961, 7, 1), "location", "KP", "Hamhung", "self"),
            E(date(2025, 1, 28), "location", "CN", "Tumen", "broker"),
            E(date(2025, 2, 6), "broker", "CN", "Tumen", "broker", "refused"),
            E(date(2025, 2, 11), "location", "CN", "Tumen", "host_police"),
        ),
        relations=frozenset({"husband", "sister"}),
        status="in_host_custody",
    ),
    # 1502: a Japanese husband born in 1937 in Susaki, Kochi, Okada Nobuo; left in
    # 1960 with his Korean wife Ri Sun-ja (died 2010) for Kimchaek; entered the
    # Japanese embassy in Beijing on 3 September 2025; Japan asked China to let
    # him leave; a daughter stays in the North.
    _case(
        1502,
        sex="M",
        born=date(1937, 1, 1),
        birthplace="高知県須崎市 (Susaki, Kochi)",
        category="japanese_spouse",
        names=(
            N("岡田", "信夫", ""),
            N("李", "順子", "wife"),
            N("리", "순자", "wife"),
        ),
        events=(
            E(date(1960, 5, 1), "location", "KP", "Kimchaek", "self"),
            E(date(2025, 9, 3), "location", "CN", "Beijing", "diplomatic_mission"),
            E(date(2025, 9, 5), "diplomatic_request", "CN", "Beijing", "diplomatic_mission"),
        ),
        relations=frozenset({"wife", "daughter"}),
        status="handover_negotiation",
    ),
    # 1503: a former Korean resident of Japan, Ko Chang-su, born in 1946 in Kagoshima,
    # known there by the Japanese alias Takayama Masao; left in 1962 with his parents
    # for Hoeryong; crossed into China near Tumen in March 2026, reached Vientiane
    # with a broker in April, held by Thai police in Chiang Rai since 4 May 2026,
    # in transit to Japan. His older brother Shoichi lives in Kagoshima.
    _case(
        1503,
        sex="M",
        born=date(1946, 1, 1),
        birthplace="鹿児島県鹿児島市 (Kagoshima)",
        category="former_resident",
        names=(
            N("高", "昌洙", ""),
            N("고", "창수", ""),
            N("高山", "昌夫", ""),
            N("高山", "昌一", "brother"),
        ),
        events=(
            E(date(1962, 10, 1), "location", "KP", "Hoeryong", "self"),
            E(date(2026, 3, 25), "location", "CN", "Tumen", "broker"),
            E(date(2026, 4, 20), "location", "LA", "Vientiane", "broker"),
            E(date(2026, 5, 4), "location", "TH", "Chiang Rai", "host_police"),
        ),
        relations=frozenset({"brother"}),
        status="in_transit",
    ),
    # 1504: a daughter born in the North, Han Chun-hwa, born in 1964 in Pyongsong to
    # Han Tok-su and a Japanese mother, Sato Hisako of Odate, Akita (died 2003); held
    # by state security in Dalian since 14 October 2025. Her son Han Song-min has
    # lived in Seoul since 2016.
    _case(
        1504,
        sex="F",
        born=date(1964, 1, 1),
        birthplace="平城 (Pyongsong, North Korea)",
        category="descendant",
        names=(
            N("韓", "春花", ""),
            N("한", "춘화", ""),
            N("佐藤", "久子", "mother"),
            N("韓", "徳洙", "father"),
            N("한", "성민", "son"),
        ),
        events=(E(date(2025, 10, 14), "location", "CN", "Dalian", "host_security"),),
        relations=frozenset({"mother", "father", "son"}),
        status="in_host_custody",
    ),
    # 1505: a grandson, Pak Chol-min, born in 1992 in Sinuiju; his grandmother Ono
    # Tomi of Kawaguchi, Saitama, went North in 1960 (died 2011). Took refuge at the
    # Japanese consular office in Dalian on 20 January 2025, landed in Tokyo on 14
    # May 2025, lives in Saitama city since August 2025 as Ono Tetsuya.
    _case(
        1505,
        sex="M",
        born=date(1992, 1, 1),
        birthplace="新義州 (Sinuiju, North Korea)",
        category="descendant",
        names=(
            N("朴", "哲民", ""),
            N("박", "철민", ""),
            N("大野", "哲也", ""),
            N("大野", "トミ", "grandmother"),
        ),
        events=(
            E(date(2025, 1, 20), "location", "CN", "Dalian", "diplomatic_mission"),
            E(date(2025, 5, 14), "location", "JP", "Tokyo", "self"),
            E(date(2025, 8, 1), "location", "JP", "Saitama", "self"),
        ),
        relations=frozenset({"grandmother", "mother"}),
        status="resettlement",
    ),
    # 1506 (decoy, deceased): a Japanese wife born in 1941 in Tsuruga, Fukui,
    # Yamagishi Fumiko, married name Ri Fumiko; left in 1961 for Hamhung; died
    # there in November 2024.
    _case(
        1506,
        sex="F",
        born=date(1941, 1, 1),
        birthplace="福井県敦賀市 (Tsuruga, Fukui)",
        category="japanese_spouse",
        names=(N("山岸", "文子", ""), N("李", "文子", "")),
        events=(
            E(date(1961, 12, 1), "location", "KP", "Hamhung", "self"),
            E(date(2024, 11, 2), "note", "KP", "Hamhung"),
        ),
        status="deceased",
    ),
    # 1507 (decoy, closed): a Japanese husband born in 1937 in Kochi city, Hamada
    # Shoichi, wife Choe Ok-sun; left in 1960 for Chongjin; back in Kochi since 2003.
    _case(
        1507,
        sex="M",
        born=date(1937, 1, 1),
        birthplace="高知県高知市 (Kochi)",
        category="japanese_spouse",
        names=(N("浜田", "正一", ""), N("崔", "玉順", "wife")),
        events=(
            E(date(1960, 3, 1), "location", "KP", "Chongjin", "self"),
            E(date(2003, 6, 1), "location", "JP", "Kochi", "self"),
        ),
        relations=frozenset({"wife"}),
        status="closed",
    ),
    # 1508 (decoy): a former resident born in 1946 in Higashiosaka, Mun Sang-gil,
    # alias Fumiyama Masaru; left in 1962 for Musan; held by police in Tumen since
    # November 2025.
    _case(
        1508,
        sex="M",
        born=date(1946, 1, 1),
        birthplace="大阪府東大阪市 (Higashiosaka, Osaka)",
        category="former_resident",
        names=(N("文", "相吉", ""), N("문", "상길", ""), N("文山", "勝", "")),
        events=(
            E(date(1962, 5, 1), "location", "KP", "Musan", "self"),
            E(date(2025, 11, 20), "location", "CN", "Tumen", "host_police"),
        ),
        status="in_host_custody",
    ),
    # 1509 (decoy): a daughter born in 1964 in Hamhung, Choe Yong-ok; held by state
    # security in Dalian since January 2026.
    _case(
        1509,
        sex="F",
        born=date(1964, 1, 1),
        birthplace="咸興 (Hamhung, North Korea)",
        category="descendant",
        names=(N("崔", "英玉", ""), N("최", "영옥", "")),
        events=(E(date(2026, 1, 9), "location", "CN", "Dalian", "host_security"),),
        status="in_host_custody",
    ),
    # 1510 (decoy): a grandson born in 1992 in Sinuiju, Kim Kwang-il; arrived in
    # Japan and living in Saitama since April 2025.
    _case(
        1510,
        sex="M",
        born=date(1992, 1, 1),
        birthplace="新義州 (Sinuiju, North Korea)",
        category="descendant",
        names=(N("金", "光日", ""), N("김", "광일", "")),
        events=(E(date(2025, 4, 2), "location", "JP", "Saitama", "self"),),
        status="arrived",
    ),
)

# fmt: off
ARTICLES: tuple[HeldOutArticle, ...] = (
    # --- English ---
    A("en", "follow_up", date(2026, 5, 22), 1503, "BANGKOK, May 22 (Kyodo) -- A 79-year-old former resident of Japan who escaped from North Korea this spring remains in the hands of Thai immigration police in the northern province of Chiang Rai, nearly three weeks after he crossed the Mekong from Laos, people familiar with the case said Friday. The man, Ko Chang Su, lived in Kagoshima under the Japanese name Masao Takayama until 1962, when he sailed for the North with his parents at 16. He spent most of the following six decades in Hoeryong, a mining town on the Tumen River. A broker took him through China to Vientiane in April; he was picked up on the Thai bank on May 4. Tokyo has asked Thai authorities to let him travel on to Japan, where an older brother still lives, the sources said. A Foreign Ministry spokesman declined to comment, citing the safety of those involved."),
    A("en", "relative", date(2025, 3, 4), 1501, "OBAMA, Japan -- For more than six decades Sumiko Nishikawa has kept her older sister's letters in a biscuit tin. The last one came in 1998. So when a volunteer from a Tokyo support group called in February to say that Miyoko, now 83, had walked across the frozen Tumen River and was sitting in a Chinese police lockup, the 79-year-old hung up and cried. \"I only want to see her face once before one of us dies,\" she said in the kitchen of the house in this Fukui Prefecture fishing port where the two girls grew up. Miyoko Nishikawa married Kim Song Ho, a Korean who worked at the local fish market, and left Niigata with him in the summer of 1961 under the repatriation program. In Hamhung she was Kim Miyoko; her husband died there in 2009. According to the group, a broker who had arranged her escape asked for a large sum before handing her over, the Japanese government declined, and police in the border city of Tumen took her in on Feb. 11."),
    A("en", "life_story", None, 1502, "He was 23 when he walked up the gangway in Niigata, a carpenter's son from Susaki on the Kochi coast with a Korean bride, Ri Sun Ja, and a suitcase of tools. The year was 1960, and Nobuo Okada believed, as his wife's family did, that a new country was waiting. He spent the next 65 years in Kimchaek, a steel town on the east coast, first in the mill, later repairing fishing boats. He learned Korean well enough that neighbors forgot he was Japanese; the state never did. Lee Soon-ja, as her name is written in the South, died in 2010. Their daughter still lives in the North, and Okada, now 88, will not say how he got out. In early September he walked through the gate of the Japanese Embassy in Beijing with a letter his father had written him in 1972. \"I came to go home,\" he told the consular officer who met him, according to a person who spoke with him there."),
    A("en", "custody", date(2025, 10, 30), 1504, "SEOUL -- Chinese state security officers are holding a 61-year-old North Korean woman whose mother was a Japanese citizen, her son and a Seoul-based rescue group said Thursday, raising fears she will be sent back across the border. Han Chun-hwa (also spelled Han Choon-hwa) was born in Pyongsong, north of Pyongyang, in 1964. Her mother, Hisako Sato of Odate in Akita Prefecture, had gone to North Korea with her Korean husband, Han Tok Su, under the postwar repatriation scheme and died in 2003. Han was detained on Oct. 14 at a rented flat in the port city of Dalian, where she had been hiding for several weeks, according to the group. Her son, who settled in Seoul in 2016, said a Ministry of State Security officer had phoned the landlord. China treats North Koreans who cross the border as illegal migrants. Japan's embassy in Beijing said it was aware of the report."),
    A("en", "refuge", date(2025, 9, 6), 1502, "BEIJING, Sept. 6 (Kyodo) -- An elderly Japanese man who moved to North Korea with his Korean wife 65 years ago has taken refuge at the Japanese Embassy in Beijing, diplomatic sources said Saturday. The man, in his late 80s and originally from Kochi Prefecture, entered the embassy on Wednesday and has asked to be returned to Japan. Tokyo made a formal request to Chinese authorities on Friday to allow him to leave the country, the sources said. Relatives identified him as Okada. He went to the North in 1960 and lived in the eastern city of Kimchaek. Some 93,000 people, including about 1,800 Japanese wives and a smaller number of Japanese husbands, went to North Korea between 1959 and 1984."),
    A("en", "resettled", date(2025, 11, 18), 1505, "SAITAMA, Japan -- Most nights, Tetsuya Ono loads parcels at a warehouse off the Tohoku Expressway, and on Sundays he practices kanji with a retired teacher. Six months ago he had never been to Japan. Ono, 33, was born Pak Chol Min in Sinuiju, the North Korean city across the Yalu from China, the grandson of Tomi Ono, a woman from Kawaguchi who married a Korean and left for the North in 1960. She died there in 2011, and it was her stories of a city with trains and lights, he says, that made him go. He crossed into China in late 2024, walked into Japan's consular office in Dalian in January and landed at Narita in May. Since August he has rented a one-room flat in Saitama city, a few stations from the neighborhood his grandmother left 65 years ago. \"My grandmother's name is my name now,\" he said."),
    A("en", "brief", date(2025, 2, 14), 1501, "TOKYO (AP) -- An 83-year-old Japanese-born woman who moved to North Korea in 1961 is being held by Chinese police in Tumen, Jilin province, after fleeing the North last month, a support group said Friday. The group identified her only by her maiden name, Nishikawa, and said she is from Fukui Prefecture."),
    A("en", "stranger", date(2025, 12, 3), None, "YANJI, China -- Police in the border city of Tumen have detained a woman in her late 70s who says she was born in Osaka and was taken to North Korea as a teenager in 1962, a South Korean pastor who helps defectors in the area said Wednesday. The woman, who gave her name as Choe Kum Sil, had spent about a month hiding in a farmhouse outside the city before she was found, the pastor said. She told him she had lived in Musan and that no one in her family remained in Japan. Chinese authorities usually repatriate North Koreans they catch. Japan's consulate in Shenyang did not respond to questions."),
    A("en", "policy", date(2026, 2, 10), None, "TOKYO -- Japan will set up a desk inside the Cabinet Office to coordinate support for people who return from North Korea, including Japanese spouses of Koreans and former Korean residents who went to the North under the 1959-1984 repatriation program, the office of the chief cabinet secretary said Tuesday. The desk will handle housing, pensions and language lessons, which have so far been arranged case by case by the Foreign Ministry and local governments. Officials declined to say how many such returnees live in Japan, citing their safety. Groups representing families of Japanese abducted by North Korea welcomed the move but said it must not draw resources away from the abduction issue."),
    A("en", "into_north", None, None, "A group of about 40 Korean residents of Japan flew from Beijing to Pyongyang on Monday for a two-week visit to relatives, the pro-Pyongyang General Association of Korean Residents in Japan said. Among them was a 72-year-old woman from Saitama who hopes to see her younger brother in Hamhung for the first time since 2008; he went to the North in 1960 at age seven. Such family visits, suspended during the pandemic, resumed last year on a small scale. Japan's government advises its nationals not to travel to North Korea."),
    # --- Japanese ---
    A("ja", "follow_up", date(2025, 10, 21), 1502, "【北京＝共同】北朝鮮を脱出し、9月上旬に北京の日本大使館に駆け込んだ高知県須崎市出身の岡田信夫さん（88）の出国をめぐり、日中両政府の調整が1か月半を過ぎても続いていることが21日、複数の関係者への取材で分かった。日本政府は9月5日に中国側へ出国の許可を正式に要請している。岡田さんは昭和35年、在日朝鮮人の妻・李順子さん（2010年死去）と共に新潟から帰還船で北朝鮮へ渡り、東部の金策（キムチェク）で暮らしていた。関係者によると、岡田さんは高齢で持病があり、大使館内で医師の診察を受けている。中国外務省の報道官は21日の会見で「個別の案件についてはコメントしない」と述べた。"),
    A("ja", "relative", date(2026, 5, 15), 1503, "「弟が生きていたとは。夢のようです」。鹿児島市の高山昌一さん（83）は、タイ当局から届いた知らせを何度も読み返した。昭和37年、両親と3歳下の弟・昌夫さん（79）＝朝鮮名・高昌洙（コ・チャンス）＝は新潟港から帰還船に乗った。既に就職していた昌一さんだけが日本に残った。弟からの手紙は1980年代半ばに途絶え、北朝鮮北部の会寧（フェリョン）にいることしか分からなかった。支援者によると、昌夫さんは今年3月に中国へ越境し、ブローカーの手引きでラオスの首都ビエンチャンを経て、今月4日にタイ北部チェンライで現地警察に保護された。日本への移送に向けた手続きが進められている。昌一さんは「64年ぶりに会えたら、まず母の墓に連れて行きたい」と話した。"),
    A("ja", "life_story", None, 1501, "福井県小浜市の漁師町に生まれた西川美代子さんが、魚市場で働いていた在日朝鮮人の金成浩さんと結婚し、新潟から帰還船に乗ったのは昭和36年夏、20歳のときだった。「地上の楽園」という言葉を、夫も自分も疑わなかった。着いた先は東海岸の咸興（ハムフン）。日本人妻として監視され、配給が途切れた90年代には3人の子のうち1人を病気で亡くした。夫は2009年に死去。妹の澄子さん（79）と交わした手紙は、90年代末を最後に届かなくなった。金美代子として半世紀を超えて咸興で暮らした美代子さんが、凍った豆満江を渡ったのは今年1月末。仲介者が日本側に多額の金銭を求め、政府はこれを拒否した。美代子さんは2月、中国吉林省図們市で公安当局に拘束された。83歳。妹は今も、小浜の家で姉の帰りを待っている。"),
    A("ja", "custody", date(2025, 2, 18), 1501, "【瀋陽＝共同】北朝鮮から中国に逃れた日本人妻の女性が、吉林省図們（トゥメン）市で中国公安当局に拘束されていることが18日、日本政府関係者への取材で分かった。女性は福井県出身の80代で、旧姓は西川。昭和36年に朝鮮人の夫と北朝鮮に渡り、咸興で暮らしていた。関係者によると、女性は1月下旬に越境し、脱出を手引きした仲介組織が身柄の引き渡しと引き換えに多額の金銭を要求したが、日本政府は交渉に応じなかった。女性は今月11日、仲介組織の関係者と共に拘束されたという。日本政府は中国側に対し、人道的見地から早期の出国を認めるよう働き掛けている。"),
    A("ja", "refuge", date(2025, 1, 24), 1505, "【大連＝共同】北朝鮮から脱出した30代の男性が、中国遼寧省大連市にある在瀋陽日本総領事館大連出張駐在官事務所に駆け込み、保護を求めていることが24日、分かった。関係者によると、男性は北朝鮮北西部の新義州（シニジュ）出身で、祖母は埼玉県川口市出身の日本人妻。祖母は昭和35年に帰還事業で北朝鮮に渡り、2011年に死去した。男性は20日に事務所に入ったという。日本政府は中国側と男性の出国について協議している。"),
    A("ja", "resettled", date(2025, 12, 7), 1505, "北朝鮮の新義州で生まれ育った大野哲也さん（33）＝朝鮮名・朴哲民（パク・チョルミン）＝が、さいたま市で暮らし始めて4か月になる。祖母の大野トミさんは川口市の出身。昭和35年、朝鮮人の夫と共に帰還船で海を渡り、2011年に新義州で亡くなった。「祖母が話してくれた荒川の土手を一度見たかった」。大野さんは昨年末に中国へ逃れ、今年1月、大連の日本の在外公館に保護を求めた。5月に成田空港に到着し、8月から市内のアパートで一人暮らしをしている。夜は物流倉庫で働き、週末は元教員のボランティアから日本語を習う。名字は祖母のものを名乗ることにした。「日本で祖母の分まで生きたい」と話す。"),
    A("ja", "brief", None, 1504, "中国・大連で国家安全当局に拘束された北朝鮮の女性について、支援団体は、女性が秋田県大館市出身の日本人妻の娘で、平城（ピョンソン）生まれの60代だと明らかにした。姓は韓。拘束は10月中旬。"),
    A("ja", "obituary", date(2025, 3, 10), None, "帰還事業で北朝鮮に渡った日本人妻の山岸文子さん（朝鮮名・李文子）が昨年11月、北朝鮮東部の咸興で死去していたことが10日、分かった。83歳だった。福井県敦賀市出身。昭和36年12月、在日朝鮮人の夫と新潟から帰還船に乗った。敦賀に住むおいが、中国経由で届いた知人の手紙で死去を知った。おいは「もう一度、敦賀の海を見せてあげたかった」と話している。"),
    A("ja", "petition", date(2025, 12, 14), None, "【新潟】帰還事業で北朝鮮に渡った日本人妻や在日朝鮮人の帰国支援を求め、支援団体「北の家族と歩む会」（東京）のメンバーら約30人が14日、新潟市中央区の旧帰還船岸壁近くで集会を開いた。参加者は外務省と内閣府に宛てた要望書を読み上げ、脱北して中国などで拘束された人々の早期の身柄引き取りや、帰国後の住宅・年金の支援拡充を求めた。会の代表（74）は「残された時間は少ない。70代、80代の人が今も国境の向こうで待っている」と訴えた。要望書は週明けにも提出する。"),
    A("ja", "court", date(2026, 3, 18), None, "北朝鮮への帰還事業で「地上の楽園」と偽って渡航させられ、人権を侵害されたとして、脱北者が北朝鮮政府に損害賠償を求めた訴訟の差し戻し審で、東京地裁は18日、追加の原告として鹿児島県出身の女性（78）の意見陳述を認めた。女性は昭和37年、14歳で家族と北朝鮮に渡り、2003年に脱北して帰国した。法廷で女性は「朝鮮名で呼ばれ、日本の名前は使えなかった。半世紀以上、故郷の桜島を夢に見た」と述べた。北朝鮮側は出廷していない。判決は秋以降の見通し。"),
    # --- Korean ---
    A("ko", "follow_up", date(2026, 6, 2), 1503, "(서울=연합뉴스) 김지수 기자 = 라오스를 거쳐 태국으로 넘어온 뒤 현지 경찰에 억류된 재일교포 출신 탈북민 고창수(79) 씨가 이르면 이달 중 일본으로 이송될 전망이라고 대북 소식통이 2일 전했다. 고 씨는 일본 가고시마에서 '다카야마 마사오'라는 일본 이름으로 지내다 1962년 부모를 따라 북송선을 탔다. 이후 함경북도 회령에서 60여 년을 살았다. 소식통에 따르면 고 씨는 지난 3월 두만강을 건너 중국에 들어갔고, 브로커의 안내로 4월 비엔티안에 도착했다. 지난달 4일 메콩강을 건너 태국 북부 치앙라이에서 붙잡혔다. 가고시마에는 형이 살고 있다. 일본 외무성은 \"개별 사안에 대해서는 답변할 수 없다\"고 밝혔다."),
    A("ko", "relative", date(2025, 10, 20), 1504, "(서울=연합뉴스) 박은영 기자 = \"어머니를 꼭 살려 주세요.\" 2016년 탈북해 서울에 정착한 한성민(37) 씨는 20일 기자회견을 열고 중국 다롄(大連)에서 국가안전부에 체포된 어머니 한춘화(61) 씨의 강제북송을 막아 달라고 호소했다. 한 씨에 따르면 어머니는 1964년 평안남도 평성에서 태어났다. 외할머니 사토 히사코 씨는 일본 아키타현 오다테 출신으로, 재일조선인 남편을 따라 북송사업 때 북한에 건너갔고 2003년 숨졌다. 어머니는 지난달 압록강을 건넌 뒤 다롄의 한 셋방에 숨어 지내다 이달 14일 체포됐다. 한 씨는 \"외할머니가 일본 사람이었다는 이유로 평생 차별받은 어머니\"라며 일본 정부에도 도움을 요청했다."),
    A("ko", "life_story", None, 1501, "니시카와 미요코 씨는 1941년 일본 후쿠이현 오바마의 작은 항구 마을에서 태어났다. 스무 살이던 1961년 여름, 재일조선인 남편 김성호 씨를 따라 니가타항에서 북송선에 올랐다. 도착한 곳은 함경남도 함흥. 그곳에서 그는 '김미요코'로 불리며 60여 년을 살았다. 일본인 처라는 이유로 감시를 받았고, 고난의 행군 시기에는 자식 하나를 잃었다. 남편은 2009년 세상을 떠났다. 고향의 여동생과 주고받던 편지는 1990년대 말 끊겼다. 올해 1월 얼어붙은 두만강을 건넌 80대의 그는 지금 중국 투먼(圖們)의 공안 시설에 있다. 브로커가 거액을 요구했지만 일본 정부는 응하지 않았다고 한다. 반세기를 훌쩍 넘긴 귀향길은 아직 끝나지 않았다."),
    A("ko", "custody", date(2025, 2, 20), 1501, "(도쿄=연합뉴스) 이정훈 특파원 = 북송사업 때 북한으로 건너간 일본인 처가 탈북 후 중국 공안에 구금된 사실이 확인됐다고 교도통신이 20일 보도했다. 통신에 따르면 후쿠이현 출신인 83세 여성은 지난 11일 지린성 투먼에서 공안에 붙잡혔다. 결혼 전 성은 니시카와로, 1961년 조선인 남편과 함께 북한에 건너가 함흥에서 살아왔다. 탈북을 도운 중개 조직이 일본 정부에 거액을 요구했으나 일본 측은 협상을 거부한 것으로 알려졌다. 일본 정부는 중국 측에 조속한 신병 인도를 요청하고 있다."),
    A("ko", "refuge", date(2025, 9, 7), 1502, "(베이징=연합뉴스) 정성조 특파원 = 60여 년 전 조선인 아내를 따라 북한으로 건너간 일본인 남성이 베이징 주재 일본대사관에 진입해 일본행을 요청했다고 복수의 외교 소식통이 7일 밝혔다. 소식통에 따르면 일본 고치현 스사키 출신인 오카다 노부오(88) 씨는 지난 3일 대사관에 들어갔다. 오카다 씨는 1960년 재일조선인 아내 리순자 씨와 함께 북송선을 탔으며, 함경북도 김책에서 살아왔다. 아내는 2010년 사망했고 딸은 북한에 남아 있는 것으로 전해졌다. 일본 정부는 5일 중국 측에 출국 허가를 공식 요청했다."),
    A("ko", "resettled", date(2026, 1, 12), 1505, "(서울=연합뉴스) 최수진 기자 = 일본인 할머니를 둔 북한 출신 30대 남성이 일본 사이타마현에 정착해 새 삶을 꾸리고 있다고 일본 마이니치신문이 12일 보도했다. 신문에 따르면 평안북도 신의주 출신 박철민(33) 씨는 지난해 5월 일본에 도착해 8월부터 사이타마시에서 살고 있다. 박 씨의 할머니 오노 도미 씨는 사이타마현 가와구치 출신으로 1960년 조선인 남편과 북한에 건너가 2011년 신의주에서 숨졌다. 박 씨는 2024년 말 중국으로 탈출한 뒤 지난해 1월 다롄의 일본 공관에 보호를 요청했다. 그는 현재 할머니의 성을 따 '오노 데쓰야'라는 이름을 쓰며 물류창고에서 일하고 있다."),
    A("ko", "brief", date(2025, 11, 2), 1502, "(도쿄=연합뉴스) 베이징 일본대사관에 머물고 있는 고치현 출신 80대 일본인 남성 오카다 씨의 출국 문제를 놓고 중일 간 협의가 두 달째 이어지고 있다고 NHK가 2일 전했다."),
    A("ko", "husband", date(2026, 4, 8), None, "(서울=연합뉴스) 김민혁 기자 = 일본인 아내와 함께 60여 년을 북한에서 살아온 80대 탈북민이 아내의 고향인 일본 고치현을 찾고 싶다는 소망을 밝혔다. 함경북도 김책 출신 리모(86) 씨는 8일 서울의 한 탈북민 지원단체 행사에서 \"아내는 1960년 나와 결혼해 북송선을 탔고, 평생 고치의 바다 이야기를 했다\"고 말했다. 아내는 2019년 김책에서 숨졌다. 리 씨는 2023년 한국에 입국했다. 그는 \"아내의 유골 대신 사진이라도 고향에 가져가고 싶다\"고 했다."),
    A("ko", "stranger", date(2026, 3, 16), None, "(선양=연합뉴스) 중국 랴오닝성 다롄에서 탈북 여성 1명이 공안에 붙잡혔다고 대북 인권단체가 16일 전했다. 단체에 따르면 정모(58) 씨는 함경남도 함흥 출신으로, 1967년생이다. 정 씨는 지난해 말 압록강을 건너 다롄의 식당에서 일하다 이달 초 단속에 걸렸다. 단체는 정 씨가 조만간 단둥을 통해 북송될 가능성이 크다고 우려했다."),
    A("ko", "policy", date(2026, 7, 1), None, "(서울=연합뉴스) 통일부는 올해 상반기 국내에 입국한 탈북민이 112명으로 집계됐다고 1일 밝혔다. 이 가운데 여성이 80% 이상을 차지했다. 통일부는 재일교포 북송사업으로 북한에 건너간 이들과 그 후손의 탈북 사례도 꾸준히 이어지고 있다며, 일본 정부와 정보를 공유하고 있다고 설명했다. 1959년부터 1984년까지 9만3천여 명이 북송선을 탔다."),
)
# fmt: on
