# ruff: noqa: RUF001, E501 - Japanese punctuation; articles are kept as written, one per line.
"""Held-out set ZA: a month of monitoring in late 2026, as the press delivers it.

Thirty articles in English, Japanese and Korean, written by hand from the facts of the
cases below: wire copy and the rewrite of the same event by a second outlet, short items
in Japanese regional papers, South Korean dailies and a Zainichi community paper, an
English-language Japanese daily, and relatives speaking to reporters. The five subjects
are a Japanese wife held by Chinese police in Jilin, a former resident of Osaka held in
Vladivostok, a granddaughter of a Japanese wife born in the North and held in Mongolia,
the son of a former resident of Kyoto resettled in Saitama by way of Laos and Thailand,
and a Japanese husband who reached the consulate-general in Shenyang. Each stands beside
a decoy that shares its category, age, prefecture, departure year or country of custody.

Names appear as the press gives them: family name only, initials, Japanese aliases
(tsūmei), married names, hangul renderings of Japanese names, romanizations, or no name.
"""

from __future__ import annotations

from datetime import date

from bench.press_heldout import HeldOutArticle, HeldOutCase, _case
from hogo.monitor.scoring import EventFacts, NameFacts

E = EventFacts
N = NameFacts

CASES: tuple[HeldOutCase, ...] = (
    # 2601: born in Yahata (Kitakyushu), went to the North in 1960 as the wife of a Korean
    # husband; crossed the Tumen in October 2026 and is held by Chinese police in Tumen, Jilin.
    _case(
        2601,
        sex="F",
        born=date(1940, 1, 1),
        birthplace="福岡県北九州市八幡",
        category="japanese_spouse",
        names=(
            N("松浦", "清子", ""),
            N("まつうら", "きよこ", ""),
            N("金", "清子", ""),
            N("김", "청자", ""),
            N("Matsuura", "Kiyoko", ""),
            N("金", "元吉", "husband"),
            N("松浦", "由美", "niece"),
        ),
        events=(
            E(date(1960, 4, 1), "location", "KP", "咸鏡北道清津", "self"),
            E(date(2026, 10, 19), "location", "CN", "Tumen, Jilin", "host_police"),
            E(date(2026, 11, 10), "diplomatic_request"),
        ),
        status="in_host_custody",
    ),
    # 2602: born in Ikuno, Osaka, taken north at five by his parents in 1963; a construction
    # foreman sent to Vladivostok, he walked into a police station in September 2026 and is
    # held by the Russian border service while Tokyo and Moscow talk.
    _case(
        2602,
        sex="M",
        born=date(1958, 1, 1),
        birthplace="大阪府大阪市生野区",
        category="former_resident",
        names=(
            N("朴", "正男", ""),
            N("박", "정남", ""),
            N("新井", "正男", ""),
            N("あらい", "まさお", ""),
            N("Pak", "Jong Nam", ""),
            N("新井", "順子", "sister"),
            N("朴", "順子", "sister"),
        ),
        events=(
            E(date(1963, 6, 1), "location", "KP", "", "self"),
            E(date(2019, 5, 1), "location", "RU", "Vladivostok, Primorsky Krai", "origin_state"),
            E(date(2026, 9, 28), "location", "RU", "Vladivostok, Primorsky Krai", "host_security"),
            E(date(2026, 10, 20), "diplomatic_request"),
        ),
        status="handover_negotiation",
    ),
    # 2603: born in Hyesan in 1997, granddaughter of a Japanese wife from Joetsu (Niigata);
    # crossed into China in the summer of 2026 and was held by Mongolian border guards in
    # November; her mother, who left earlier, lives in Seoul.
    _case(
        2603,
        sex="F",
        born=date(1997, 1, 1),
        birthplace="両江道恵山 (Hyesan, North Korea)",
        category="descendant",
        names=(
            N("李", "恩姫", ""),
            N("리", "은희", ""),
            N("Ri", "Un Hui", ""),
            N("리", "정숙", "mother"),
            N("高橋", "トミ", "grandmother"),
        ),
        events=(
            E(date(1997, 1, 1), "location", "KP", "Hyesan, Ryanggang", "self"),
            E(date(2026, 7, 1), "location", "CN", "Changbai, Jilin", "broker"),
            E(date(2026, 11, 6), "location", "MN", "Dornogovi", "host_security"),
        ),
        status="in_host_custody",
    ),
    # 2604: born in Hamhung in 1979, son of a former resident of Kyoto (alias Kanemoto);
    # held in Laos and then in Bangkok's immigration detention in 2025, flown to Japan in
    # April 2026 and now living in Kawaguchi, Saitama.
    _case(
        2604,
        sex="M",
        born=date(1979, 1, 1),
        birthplace="咸鏡南道咸興 (Hamhung, North Korea)",
        category="descendant",
        names=(
            N("金", "成哲", ""),
            N("김", "성철", ""),
            N("金本", "成哲", ""),
            N("かねもと", "せいてつ", ""),
            N("Kim", "Song Chol", ""),
            N("金", "永洙", "father"),
            N("金本", "永洙", "father"),
        ),
        events=(
            E(date(1979, 1, 1), "location", "KP", "Hamhung, South Hamgyong", "self"),
            E(date(2025, 8, 1), "location", "LA", "Vientiane", "host_police"),
            E(date(2025, 11, 1), "location", "TH", "Bangkok", "host_police"),
            E(date(2026, 4, 14), "location", "JP", "埼玉県川口市", "self"),
        ),
        status="resettlement",
    ),
    # 2605: a Japanese husband from Amagasaki who went north in 1961 with his Korean wife
    # (now dead); reached the Japanese consulate-general in Shenyang with his daughter in
    # November 2026.
    _case(
        2605,
        sex="M",
        born=date(1940, 1, 1),
        birthplace="兵庫県尼崎市",
        category="japanese_spouse",
        names=(
            N("山本", "勝", ""),
            N("やまもと", "まさる", ""),
            N("야마모또", "마사루", ""),
            N("리", "승", ""),
            N("Yamamoto", "Masaru", ""),
            N("李", "玉順", "wife"),
            N("岩本", "玉子", "wife"),
            N("리", "명화", "daughter"),
        ),
        events=(
            E(date(1961, 2, 1), "location", "KP", "", "self"),
            E(date(2026, 10, 25), "location", "CN", "Dandong, Liaoning", "broker"),
            E(date(2026, 11, 12), "location", "CN", "Shenyang, Liaoning", "diplomatic_mission"),
        ),
        status="handover_negotiation",
    ),
    # 2606 (decoy of 2601): a Japanese wife from Kokura, Kitakyushu, also left in 1960;
    # her death in Chongjin was reported by relatives in 2025.
    _case(
        2606,
        sex="F",
        born=date(1940, 1, 1),
        birthplace="福岡県北九州市小倉",
        category="japanese_spouse",
        names=(
            N("松尾", "ハツ", ""),
            N("崔", "ハツ", ""),
            N("최", "하쓰", ""),
            N("Matsuo", "Hatsu", ""),
        ),
        events=(
            E(date(1960, 8, 1), "location", "KP", "咸鏡北道清津", "self"),
            E(date(2025, 3, 1), "note"),
        ),
        status="deceased",
    ),
    # 2607 (decoy of 2602): born in Higashinari, Osaka, taken north in 1963; a logger in
    # Khabarovsk krai, held by the Russian security service in 2017; the family withdrew.
    _case(
        2607,
        sex="M",
        born=date(1957, 1, 1),
        birthplace="大阪府大阪市東成区",
        category="former_resident",
        names=(
            N("朴", "東石", ""),
            N("박", "동석", ""),
            N("新田", "東石", ""),
            N("Pak", "Tong Sok", ""),
        ),
        events=(
            E(date(1963, 11, 1), "location", "KP", "", "self"),
            E(date(2017, 7, 1), "location", "RU", "Khabarovsk Krai", "host_security"),
        ),
        status="withdrawn",
    ),
    # 2608 (decoy of 2603): born in Hyesan in 1996, granddaughter of a Japanese wife from
    # Fukui; held by Mongolian border guards in March 2025, now in South Korea.
    _case(
        2608,
        sex="F",
        born=date(1996, 1, 1),
        birthplace="両江道恵山 (Hyesan, North Korea)",
        category="descendant",
        names=(
            N("金", "恩実", ""),
            N("김", "은실", ""),
            N("Kim", "Un Sil", ""),
            N("小林", "サダ", "grandmother"),
        ),
        events=(
            E(date(1996, 1, 1), "location", "KP", "Hyesan, Ryanggang", "self"),
            E(date(2025, 3, 1), "location", "MN", "Ulaanbaatar", "host_security"),
            E(date(2025, 9, 1), "location", "KR", "Seoul", "self"),
        ),
        status="verifying",
    ),
    # 2609 (decoy of 2604): born in Hamhung in 1980, son of a former resident of Nagoya;
    # came through Thailand in 2025 and lives in Hirano, Osaka.
    _case(
        2609,
        sex="M",
        born=date(1980, 1, 1),
        birthplace="咸鏡南道咸興 (Hamhung, North Korea)",
        category="descendant",
        names=(
            N("崔", "光日", ""),
            N("최", "광일", ""),
            N("大山", "光日", ""),
            N("Choe", "Kwang Il", ""),
        ),
        events=(
            E(date(1980, 1, 1), "location", "KP", "Hamhung, South Hamgyong", "self"),
            E(date(2025, 6, 1), "location", "TH", "Chiang Rai", "host_police"),
            E(date(2025, 12, 1), "location", "JP", "大阪府大阪市平野区", "self"),
        ),
        status="resettlement",
    ),
    # 2610 (decoy of 2605): a Japanese husband from Nishinomiya who left in 1961; last heard
    # from by letter in 2023, still in South Pyongan.
    _case(
        2610,
        sex="M",
        born=date(1939, 1, 1),
        birthplace="兵庫県西宮市",
        category="japanese_spouse",
        names=(
            N("山下", "実", ""),
            N("やました", "みのる", ""),
            N("Yamashita", "Minoru", ""),
            N("姜", "福子", "wife"),
        ),
        events=(
            E(date(1961, 5, 1), "location", "KP", "South Pyongan", "self"),
            E(date(2023, 6, 1), "contact"),
        ),
        status="reported",
    ),
)

A = HeldOutArticle
# fmt: off
ARTICLES: tuple[HeldOutArticle, ...] = (
    # English
    A("en", "brief", date(2026, 10, 2), 2602, "VLADIVOSTOK, Oct 2 (Reuters) - A North Korean construction worker who was born in Japan has asked Russian authorities for protection after walking into a police station in Russia's Far East, a source familiar with the matter said on Friday. The man, 68, had been working on building sites in Vladivostok since 2019 and was handed to the regional border directorate of the Federal Security Service, the source said. Japan's embassy in Moscow said it was aware of the report. The man was taken to North Korea as a child in 1963 under a repatriation programme for ethnic Koreans living in Japan. (Reporting by Reuters staff; Editing by Mark Heinrich)"),
    A("en", "follow_up", date(2026, 11, 18), 2602, "Japan, Russia still in talks over Osaka-born man held in Vladivostok. Seven weeks after a 68-year-old North Korean worker sought protection in Vladivostok, Japanese officials say talks with Moscow on his transfer are continuing. The man, identified by relatives only by his Japanese alias, Arai, was born in Osaka's Ikuno ward and left for the North with his parents in 1963, when he was five. A foreign ministry official said Tokyo had formally asked Russia in October to let him leave for Japan. His sister, who never left Osaka, said she had been told he was 'well, but tired.' Russia's foreign ministry has not commented publicly."),
    A("en", "life_story", date(2026, 11, 29), 2601, "Sixty-six years on, a Yahata girl waits in a Chinese cell. When Kiyoko Matsuura boarded the repatriation ship at Niigata in the spring of 1960, she was 20 and newly married to a Korean steelworker she had met in Yahata, in what is now Kitakyushu. Her family kept her letters from Chongjin for two decades; then they stopped. Last month the woman, now 86 and known in the North as Kim Chong Ja, waded across the Tumen River and was picked up by Chinese police in Tumen, Jilin province. Her husband died in the 1990s. Japan says it has asked Beijing to allow her to travel to Japan. 'She always wrote that she missed the smell of the sea at Wakamatsu,' said a niece. Chinese authorities have not said how long she will be held."),
    A("en", "custody", date(2026, 11, 9), 2603, "ULAANBAATAR (Yonhap) -- A North Korean woman in her late 20s has been detained by Mongolian border guards after crossing from China's Inner Mongolia into Dornogovi province, a source in Ulaanbaatar said Monday. The woman, surnamed Ri, left Hyesan near the Chinese border in the summer and spent several months in China with the help of a broker, according to the source. She told officials that her grandmother was a Japanese woman who moved to the North in 1960, the source said. Mongolia has in the past allowed North Korean defectors to travel on to third countries."),
    A("en", "refuge", date(2026, 11, 14), 2605, "Elderly Japanese man enters consulate in Shenyang with daughter. An 86-year-old Japanese man who moved to North Korea with his Korean wife in 1961 has entered the Japanese Consulate-General in Shenyang, northeast China, together with his daughter, government sources said Saturday. The man, from Amagasaki, Hyogo Prefecture, crossed into China near Dandong late last month. His wife died in the North. The government is negotiating with Chinese authorities for the pair to leave for Japan, the sources said. Chief Cabinet Secretary's office declined to comment, citing the safety of those involved."),
    A("en", "resettled", date(2026, 11, 23), 2604, "From Hamhung to Kawaguchi: 'My father's Kyoto is finally mine.' Kim Song Chol, 47, works the early shift at a food-packing plant in Kawaguchi, Saitama. He was born in Hamhung, North Korea, the son of a man who grew up in Kyoto under the name Kanemoto and went to the North in the early 1960s. Kim fled last year, was arrested in Laos, and spent five months in an immigration detention centre in Bangkok before being flown to Narita in April. 'My father told me about the Kamo River every winter,' he says. 'He died before he could see it again.' Kim is taking Japanese classes twice a week at a community centre."),
    A("en", "relative", date(2026, 11, 26), 2605, "'He wants okonomiyaki first': cousin of man in Shenyang consulate waits in Amagasaki. Every evening since mid-November, Keiko Yamamoto, 79, has kept her phone by the kotatsu. Her cousin Masaru, 86, who left Amagasaki for North Korea in 1961 with his Korean wife, has been inside the Japanese consulate-general in Shenyang since Nov. 12 with his daughter. A foreign ministry official passed on a message from the daughter: her father is eating well and sleeping more. 'Masaru was the one who taught me to ride a bicycle on the Muko River embankment,' Ms. Yamamoto said. His wife, who went by the name Iwamoto in Japan, died in the North. (Correction: An earlier version of this story gave Ms. Yamamoto's age as 76. She is 79.)"),
    A("en", "general", date(2026, 11, 3), None, "Japan's government said on Tuesday it had confirmed the whereabouts of 41 Japanese nationals or their descendants who went to North Korea under the 1959-1984 repatriation programme and later left the country, the highest number in a decade. About 93,000 people, including some 1,800 Japanese wives, travelled to the North under the programme. A Cabinet Office official said the increase reflected better coordination with NGOs in China and Southeast Asia."),
    A("en", "stranger", None, None, "A Kitakyushu woman, 84, who says her elder sister went to North Korea in 1962 with a Korean husband from Tobata and settled in Hamhung, has written to the Fukuoka prefectural office asking for help finding any trace of her. 'I have only a photograph from the harbour,' said the woman, who asked to be identified only as Ms. T. She said she had never received a letter from her sister and does not know if she is alive."),
    A("en", "into_north", date(2026, 11, 20), None, "A delegation of about 40 ethnic Korean high school students from Japan left Kansai International Airport for Pyongyang via Beijing on Friday for a two-week visit organised by the pro-Pyongyang General Association of Korean Residents in Japan (Chongryon). The trip is the first since 2019."),
    # Japanese
    A("ja", "follow_up", date(2026, 11, 20), 2601, "北九州出身の女性、中国当局が拘束続ける　政府「早期の出国を要請」\n【北京＝共同】北朝鮮から中国吉林省に脱出し、10月に同省図們市の公安当局に拘束された北九州市八幡出身の日本人妻の女性（86）について、日本政府は今月上旬、中国側に日本への早期出国を認めるよう正式に要請した。関係者によると、女性は健康状態に大きな問題はないという。女性は1960年に在日朝鮮人の夫と共に帰還事業で北朝鮮へ渡り、清津で暮らしていた。"),
    A("ja", "relative", date(2026, 10, 10), 2602, "「弟は5歳のままや」　ロシアで保護の男性の姉が語る\n大阪市生野区で暮らす新井順子さん（81）は、テレビのニュースで「ウラジオストク」という言葉を聞いたとき、すぐに弟のことだと思ったという。弟の正男さんは1963年、両親に連れられて新潟港から北朝鮮へ渡った。当時5歳。すでに結婚していた順子さんだけが日本に残った。「手紙には『元気です』としか書いてこんかった。もう一度、鶴橋の市場を一緒に歩きたい」。正男さんはロシア極東で建設作業に従事した後、先月、現地の治安当局に保護を求めた。"),
    A("ja", "custody", date(2026, 10, 3), 2602, "北朝鮮労働者がロシアで保護要請　大阪出身の68歳男性\nロシア極東ウラジオストクで働いていた北朝鮮の建設労働者の男性（68）が、地元の警察署に出頭し保護を求めたことが分かった。ロイター通信が2日報じた。男性は連邦保安庁（FSB）の国境管理部門に引き渡されたという。関係者によると、男性は大阪市生野区生まれで、1963年、幼少時に家族とともに帰還事業で北朝鮮に渡った。在モスクワ日本大使館が事実関係を確認している。"),
    A("ja", "life_story", date(2026, 11, 16), 2603, "祖母の故郷・上越へ　モンゴルで保護の孫娘\n北朝鮮北部の恵山（ヘサン）で生まれ育った20代の女性が今月、モンゴル国境で保護された。女性の祖母は上越市出身の高橋トミさん。1960年、在日朝鮮人の夫と新潟港から渡った「日本人妻」の一人だ。トミさんは女性が幼い頃、日本の歌を口ずさみ、「いつか直江津の海を見せたい」と話していたという。トミさんは2000年代に亡くなった。女性は今年夏に中国吉林省の長白へ渡り、ブローカーの手引きで内モンゴルを経てモンゴルに入った。上越市に住むトミさんのおいは「本当に来られるなら、墓参りに連れて行きたい」と語った。（上越支局）"),
    A("ja", "refuge", date(2026, 11, 14), 2605, "瀋陽の日本総領事館に86歳男性　尼崎出身、61年に北朝鮮へ\n中国遼寧省瀋陽の日本総領事館に、北朝鮮から脱出した兵庫県尼崎市出身の男性（86）と娘が駆け込んでいたことが14日、政府関係者への取材で分かった。男性は1961年、朝鮮人の妻と共に帰還事業で北朝鮮に渡った日本人夫。妻は北朝鮮で死亡した。二人は10月下旬に丹東付近で中朝国境を越えたとみられる。政府は中国側と出国に向けた調整を進めている。"),
    A("ja", "resettled", date(2026, 11, 24), 2604, "〈ひと〉川口で暮らす金本成哲さん（47）　父の故郷を歩く日\n北朝鮮の咸興で生まれた。父は京都市で育った在日朝鮮人で、通名は金本。1960年代初めに帰還船で海を渡った。昨年、北朝鮮を離れラオスで拘束され、タイ・バンコクの入管施設で5カ月を過ごした。今年4月に成田へ。いま埼玉県川口市の食品工場で働く。先月、初めて京都を訪れ、父が話していた鴨川のほとりに立った。「父の代わりに来ました、と心の中で言いました」"),
    A("ja", "brief", None, 2603, "モンゴル当局、北朝鮮女性を保護　祖母は日本人妻\n【ウランバートル】モンゴル南東部ドルノゴビ県で今月、北朝鮮北部・両江道恵山出身の20代の女性がモンゴル国境警備隊に保護された。女性は祖母が新潟県出身の日本人妻だと話しているという。"),
    A("ja", "group", None, None, "日本人妻の親族ら、新潟港で献花　帰還事業の記憶語り継ぐ\n帰還事業で北朝鮮に渡った日本人妻らの親族でつくる会の約20人が、新潟市中央区の新潟西港を訪れ、岸壁に花を手向けた。参加者は福岡、大阪、兵庫などから集まり、消息不明の家族の名前を読み上げた。会の代表は「高齢化が進み、残された時間は少ない」と話した。"),
    A("ja", "stranger", date(2026, 11, 2), None, "大阪市東成区の在日コリアン2世の男性（69）が、ロシア・ハバロフスクで働いていたという北朝鮮生まれの40代の甥と連絡が取れなくなったとして、民団大阪府本部に相談していることが分かった。男性は韓国籍で、北朝鮮に渡った経験はない。甥は林業に従事していたとされるが、2022年以降消息が途絶えている。"),
    A("ja", "general", date(2026, 11, 27), None, "第220回国会　衆議院外務委員会　議事録（抄）\n○委員　帰還事業で北朝鮮に渡った日本人配偶者やその子孫が第三国で保護される事例が、本年だけで中国、ロシア、モンゴルと相次いでいる。政府の受け入れ体制について伺う。\n○政府参考人　現在、関係省庁が連携し、帰国後の日本語教育、住居、就労支援を一体で行う体制を整えているところでございます。個別の事案については、関係者の安全の観点からお答えを差し控えます。"),
    # Korean
    A("ko", "custody", date(2026, 10, 24), 2601, "중국 투먼서 80대 일본인 처 공안에 체포…\"1960년 북송선 탔다\"\n북한을 탈출한 80대 일본인 여성이 중국 지린성 투먼에서 공안에 체포된 것으로 24일 알려졌다. 대북 소식통에 따르면 이 여성은 1940년생으로 일본 기타큐슈 야하타 출신이며, 1960년 재일조선인 남편과 함께 귀국선을 타고 북한 청진으로 건너갔다. 북한에서는 '김청자'라는 이름으로 살아온 것으로 전해졌다. 소식통은 \"두만강을 건넌 지 하루 만에 붙잡혔다\"며 \"강제북송될까 우려된다\"고 말했다."),
    A("ko", "brief", date(2026, 11, 21), 2601, "[단신] 日정부, 투먼 억류 일본인 처 관련 中에 출국 요청\n일본 정부가 지난달 중국 지린성 투먼에서 공안에 체포된 일본인 처 마쓰우라(86) 씨의 일본 출국을 허용해 달라고 중국 측에 공식 요청했다고 교도통신이 20일 보도했다."),
    A("ko", "life_story", None, 2602, "〈동포의 삶〉 이쿠노에서 블라디보스토크까지 — 새 삶을 찾는 박정남 씨\n오사카 이쿠노의 조선시장 골목에서 태어난 박정남 씨는 다섯 살이던 1963년 부모 손을 잡고 니가타항에서 귀국선에 올랐다. 일본에서는 '아라이 마사오'라는 통명으로 불렸다. 북에서 건설 기술을 배운 그는 2019년 블라디보스토크 건설 현장에 파견됐고, 올해 9월 현지 경찰서를 찾아가 보호를 요청했다. 지금은 러시아 당국의 보호 아래 일본행을 기다리고 있다. 이쿠노에 남은 누나 순자 씨는 \"동생이 돌아오면 어머니 산소에 같이 가고 싶다\"고 말했다. (민단신문 오사카 지국)"),
    A("ko", "relative", date(2026, 11, 10), 2603, "\"딸이 몽골에서 붙잡혔다는 소식에 잠 못 이뤄\"…서울 사는 탈북민 어머니\n2019년 탈북해 서울에 정착한 리정숙(52) 씨는 지난 6일 딸 은희 씨가 몽골 국경경비대에 붙잡혔다는 연락을 받았다. 은희 씨는 1997년 양강도 혜산에서 태어났다. 리 씨의 어머니, 즉 은희 씨의 외할머니는 일본 니가타현 출신으로 1960년 북송선을 탄 '일본인 처' 다카하시 도미 씨다. 리 씨는 \"딸이 일본에 가고 싶어 한다면 그 뜻을 존중하겠다\"며 \"무사하기만 바란다\"고 말했다."),
    A("ko", "follow_up", date(2026, 11, 30), 2604, "라오스·태국 거쳐 일본 정착한 탈북민 김성철 씨, \"아버지 고향 교토 다녀왔다\"\n재일조선인 출신 아버지를 둔 탈북민 김성철(47) 씨가 지난달 처음으로 교토를 방문했다. 함흥 출신인 김 씨는 지난해 라오스에서 체포된 뒤 방콕 이민국 수용소를 거쳐 올해 4월 일본에 입국했으며, 현재 사이타마현 가와구치시에 살고 있다. 김 씨의 아버지는 교토에서 '가네모토'라는 통명을 썼다."),
    A("ko", "resettled", date(2026, 11, 24), 2604, "日 가와구치 식품공장에서 일하는 함흥 출신 40대…\"일본어 배우는 중\"\n함경남도 함흥에서 태어나 지난 4월 일본에 정착한 김모(47) 씨가 사이타마현 가와구치시의 한 식품공장에서 새벽 근무를 하고 있다고 일본 언론이 전했다. 김 씨의 아버지는 교토에서 자란 재일조선인으로 1960년대 초 북한으로 건너갔다."),
    A("ko", "refuge", date(2026, 11, 15), 2605, "선양 日총영사관에 80대 일본인 남성 진입…\"1961년 아내 따라 북한행\"\n북한에서 탈출한 80대 일본인 남성과 그의 딸이 중국 랴오닝성 선양의 일본 총영사관에 들어간 것으로 확인됐다. 일본 언론에 따르면 효고현 아마가사키 출신인 이 남성(86)은 1961년 조선인 아내와 함께 귀국사업으로 북한에 건너갔으며, 북한에서는 '리승'이라는 이름으로 살았다. 아내는 북한에서 숨졌다. 부녀는 지난달 말 단둥 인근에서 국경을 넘은 것으로 알려졌다."),
    A("ko", "into_north", None, None, "총련계 재일동포 고교생 방문단 40여 명이 베이징을 거쳐 평양에 도착했다고 조선중앙통신이 보도했다. 방문단은 2주간 만경대와 학교 등을 둘러볼 예정이다."),
    A("ko", "stranger", date(2026, 11, 12), None, "몽골 울란바토르 한국대사관 측은 최근 몽골 당국에 붙잡힌 30대 탈북 여성 1명의 한국행 절차를 진행 중이라고 밝혔다. 이 여성은 함경북도 무산 출신으로, 일본과 관련된 가족은 없는 것으로 알려졌다."),
    A("ko", "general", date(2026, 12, 1), None, "통일부, 올해 탈북민 입국 200명 안팎 전망…\"제3국 장기체류자 비중 늘어\"\n통일부는 올해 국내에 입국한 탈북민이 200명 안팎이 될 것으로 1일 밝혔다. 통일부 관계자는 \"중국과 러시아 등 제3국에서 오래 머물다 입국하는 사례가 늘고 있다\"고 설명했다."),
)
# fmt: on
