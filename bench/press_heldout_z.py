# ruff: noqa: RUF001, E501 - Japanese punctuation; articles are kept as written, one per line.
"""Held-out set Z: how these stories surface over years, 2024 to 2026.

Thirty articles in English, Japanese and Korean, written by hand from the facts of
the cases below: television and online news summaries, a Diet question and its
answer, a family court's registration ruling, a support group's annual report, an
op-ed by a relative, an anniversary feature and follow-ups months or years after
the first report. The five subjects are a Japanese wife who reached the consulate
in Shenyang, a former Korean resident of Japan held in Laos, a granddaughter of a
Japanese wife held in Dandong, a Japanese husband who came out through Thailand
and a son of a Japanese father sheltering at the embassy in Beijing; three of them
are now in Japan. Names appear as the press writes them: Japanese names in
katakana or hangul, Korean names in kanji with Japanese readings, romanizations,
initials, a family name only, or no name at all. Each decoy shares most facts with
one subject and is the subject of no article.
"""

from __future__ import annotations

from datetime import date

from bench.press_heldout import HeldOutArticle, HeldOutCase, _case
from hogo.monitor.scoring import EventFacts, NameFacts

E = EventFacts
N = NameFacts

CASES: tuple[HeldOutCase, ...] = (
    # 2501: a Japanese wife from Kokura who sailed from Niigata in 1960, crossed the Tumen
    # in January 2024, walked into the consulate-general in Shenyang in March and flew
    # home in October 2024; she lives in Fukuoka city now.
    _case(
        2501,
        sex="F",
        born=date(1939, 1, 1),
        birthplace="福岡県北九州市小倉",
        category="japanese_spouse",
        names=(
            N("松尾", "千代子", ""),
            N("マツオ", "チヨコ", ""),
            N("Matsuo", "Chiyoko", ""),
            N("朴", "千代子", ""),
            N("박", "천대자", ""),
            N("Pak", "Chon Dae Ja", ""),
            N("朴", "英植", "husband"),
            N("박", "영식", "husband"),
            N("박", "철", "son"),
        ),
        events=(
            E(date(1960, 5, 13), "location", "KP", "Kimchaek, North Hamgyong", "self"),
            E(date(2024, 1, 20), "location", "CN", "Yanbian, Jilin", "broker"),
            E(date(2024, 3, 8), "location", "CN", "Shenyang, Liaoning", "diplomatic_mission"),
            E(date(2024, 10, 2), "location", "JP", "Fukuoka", "self"),
        ),
        status="resettlement",
    ),
    # 2502: a Korean born in Ikuno, Osaka, who went to the North with his parents at 18 in
    # 1962; out through Yunnan in 2025, held by Lao police in Luang Namtha, then at the
    # embassy in Vientiane; arrived in Japan in September 2025 and lives in Kawasaki.
    _case(
        2502,
        sex="M",
        born=date(1944, 1, 1),
        birthplace="大阪市生野区",
        category="former_resident",
        names=(
            N("金", "光男", ""),
            N("キム", "クァンナム", ""),
            N("김", "광남", ""),
            N("金山", "光男", ""),
            N("かねやま", "みつお", ""),
            N("Kim", "Kwang Nam", ""),
            N("金", "英子", "sister"),
            N("金山", "英子", "sister"),
            N("김", "영자", "sister"),
        ),
        events=(
            E(date(1962, 8, 24), "location", "KP", "Hamhung, South Hamgyong", "self"),
            E(date(2025, 3, 20), "location", "CN", "Yunnan", "broker"),
            E(date(2025, 5, 2), "location", "LA", "Luang Namtha", "host_police"),
            E(date(2025, 6, 10), "location", "LA", "Vientiane", "diplomatic_mission"),
            E(date(2025, 9, 18), "location", "JP", "Kawasaki, Kanagawa", "self"),
        ),
        status="arrived",
    ),
    # 2503: a granddaughter of a Japanese wife, born in Hamhung in 1997; crossed the Yalu in
    # July 2025 and was arrested by state security in Dandong in August; still held. Her
    # uncle, who came to Japan in 2010, speaks for her.
    _case(
        2503,
        sex="F",
        born=date(1997, 1, 1),
        birthplace="Hamhung, North Korea",
        category="descendant",
        names=(
            N("리", "은정", ""),
            N("李", "恩貞", ""),
            N("リ", "ウンジョン", ""),
            N("Ri", "Un Jong", ""),
            N("리", "명수", "father"),
            N("리", "명철", "uncle"),
            N("李", "明哲", "uncle"),
            N("佐藤", "明", "uncle"),
            N("佐藤", "ハル", "grandmother"),
        ),
        events=(
            E(date(2025, 7, 15), "location", "CN", "Dandong, Liaoning", "broker"),
            E(date(2025, 8, 3), "location", "CN", "Dandong, Liaoning", "host_security"),
            E(date(2025, 8, 20), "diplomatic_request"),
        ),
        status="in_host_custody",
    ),
    # 2504: a Japanese husband from Kagoshima who followed his Korean wife to the North in
    # 1961; out with his daughter through China and Laos in 2023, held by Thai police in
    # Chiang Rai, sheltered at the embassy in Bangkok, in Japan since March 2024 (Saitama).
    _case(
        2504,
        sex="M",
        born=date(1940, 1, 1),
        birthplace="鹿児島県",
        category="japanese_spouse",
        names=(
            N("田村", "正雄", ""),
            N("タムラ", "マサオ", ""),
            N("타무라", "마사오", ""),
            N("Tamura", "Masao", ""),
            N("李", "順子", "wife"),
            N("이", "순자", "wife"),
            N("田村", "美順", "daughter"),
            N("타무라", "미순", "daughter"),
        ),
        events=(
            E(date(1961, 2, 24), "location", "KP", "Wonsan, Kangwon", "self"),
            E(date(2023, 10, 12), "location", "CN", "Jilin", "broker"),
            E(date(2023, 12, 5), "location", "TH", "Chiang Rai", "host_police"),
            E(date(2024, 1, 9), "location", "TH", "Bangkok", "diplomatic_mission"),
            E(date(2024, 3, 12), "location", "JP", "Kawaguchi, Saitama", "self"),
        ),
        status="resettlement",
    ),
    # 2505: the son of a Japanese father, born in Chongjin in 1975 and known there as Ri Chol
    # Nam; crossed into Jilin in late 2024, entered the embassy in Beijing in September 2025
    # and is still there; the Kobe family court registered him as Yamashita Tetsuo in 2026.
    _case(
        2505,
        sex="M",
        born=date(1975, 1, 1),
        birthplace="Chongjin, North Korea",
        category="descendant",
        names=(
            N("리", "철남", ""),
            N("李", "哲男", ""),
            N("Ri", "Chol Nam", ""),
            N("山下", "哲男", ""),
            N("ヤマシタ", "テツオ", ""),
            N("Yamashita", "Tetsuo", ""),
            N("山下", "清", "father"),
            N("김", "정숙", "mother"),
            N("山下", "節子", "aunt"),
        ),
        events=(
            E(date(2024, 11, 6), "location", "CN", "Helong, Jilin", "broker"),
            E(date(2025, 9, 22), "location", "CN", "Beijing", "diplomatic_mission"),
            E(date(2025, 10, 1), "diplomatic_request"),
            E(date(2026, 2, 27), "document", "JP", "Hyogo"),
        ),
        status="handover_negotiation",
    ),
    # 2506 (decoy of 2501): a Japanese wife from Omuta, Fukuoka, who also sailed in 1960 and
    # crossed into Jilin in early 2024, but was caught by Chinese police in Tumen and died
    # in a hospital there in May 2024.
    _case(
        2506,
        sex="F",
        born=date(1940, 1, 1),
        birthplace="福岡県大牟田市",
        category="japanese_spouse",
        names=(
            N("松本", "キミ子", ""),
            N("マツモト", "キミコ", ""),
            N("金", "キミ子", ""),
            N("김", "기미자", ""),
            N("Matsumoto", "Kimiko", ""),
            N("金", "正浩", "husband"),
            N("김", "정호", "husband"),
        ),
        events=(
            E(date(1960, 3, 4), "location", "KP", "Hamhung, South Hamgyong", "self"),
            E(date(2024, 2, 10), "location", "CN", "Tumen, Jilin", "host_police"),
            E(date(2024, 5, 17), "note"),
        ),
        status="deceased",
    ),
    # 2507 (decoy of 2502): a Korean born in Higashinari, Osaka, who went in 1962 and came
    # out through Yunnan and Laos in 2025, but crossed on into Thailand and is held at the
    # immigration detention centre in Bangkok.
    _case(
        2507,
        sex="M",
        born=date(1943, 1, 1),
        birthplace="大阪市東成区",
        category="former_resident",
        names=(
            N("朴", "永吉", ""),
            N("ボク", "エイキチ", ""),
            N("박", "영길", ""),
            N("新井", "永吉", ""),
            N("Pak", "Yong Gil", ""),
            N("朴", "貞子", "sister"),
        ),
        events=(
            E(date(1962, 5, 11), "location", "KP", "Chongjin, North Hamgyong", "self"),
            E(date(2025, 2, 14), "location", "CN", "Yunnan", "broker"),
            E(date(2025, 4, 8), "location", "LA", "Bokeo", "host_police"),
            E(date(2025, 6, 3), "location", "TH", "Bangkok", "host_police"),
        ),
        status="in_host_custody",
    ),
    # 2508 (decoy of 2503): a granddaughter of a Japanese wife born in Hyesan in 1998, held
    # by state security in Changbai, Jilin, since June 2025; her family is still being
    # verified.
    _case(
        2508,
        sex="F",
        born=date(1998, 1, 1),
        birthplace="Hyesan, North Korea",
        category="descendant",
        names=(
            N("김", "은정", ""),
            N("金", "恩貞", ""),
            N("Kim", "Un Jong", ""),
            N("김", "영호", "father"),
            N("鈴木", "トシ", "grandmother"),
        ),
        events=(E(date(2025, 6, 21), "location", "CN", "Changbai, Jilin", "host_security"),),
        status="verifying",
    ),
    # 2509 (decoy of 2504): a Japanese husband from Kagoshima who also went in 1961 and came
    # out through Yunnan in 2023; he reached Vientiane on his own and withdrew his request.
    _case(
        2509,
        sex="M",
        born=date(1938, 1, 1),
        birthplace="鹿児島県",
        category="japanese_spouse",
        names=(
            N("中村", "正男", ""),
            N("ナカムラ", "マサオ", ""),
            N("나카무라", "마사오", ""),
            N("Nakamura", "Masao", ""),
            N("金", "福順", "wife"),
        ),
        events=(
            E(date(1961, 6, 16), "location", "KP", "Pyongsong, South Pyongan", "self"),
            E(date(2023, 9, 2), "location", "CN", "Yunnan", "broker"),
            E(date(2023, 11, 20), "location", "LA", "Vientiane", "self"),
        ),
        status="withdrawn",
    ),
    # 2510 (decoy of 2505): the son of a Japanese father, born in Chongjin in 1974, in an NGO
    # safe house in Yanji since October 2024.
    _case(
        2510,
        sex="M",
        born=date(1974, 1, 1),
        birthplace="Chongjin, North Korea",
        category="descendant",
        names=(
            N("김", "철호", ""),
            N("金", "哲浩", ""),
            N("吉田", "哲夫", ""),
            N("Kim", "Chol Ho", ""),
            N("吉田", "勝", "father"),
        ),
        events=(E(date(2024, 10, 14), "location", "CN", "Yanji, Jilin", "ngo_safe_house"),),
        status="located",
    ),
)

A = HeldOutArticle
# fmt: off
ARTICLES: tuple[HeldOutArticle, ...] = (
A("en", "follow_up", date(2026, 3, 5), 2505, "KOBE, March 5 (Kyodo) -- The Kobe Family Court has allowed a man born in North Korea to a Japanese father to be entered in a Japanese family register, a step that confirms him as a Japanese national, his lawyer said Thursday. The man, 50, has been staying at the Japanese Embassy in Beijing since September while Tokyo and Beijing discuss how he can leave China. Born in Chongjin in 1975, he grew up under the name Ri Chol Nam. The court found in a ruling dated Feb. 27 that his father, a Japanese man who went to the North with his Korean wife and died there in 2008, never lost his nationality, so the son was Japanese from birth. He will be registered as Tetsuo Yamashita. The application, known as shuseki, was filed by the lawyer with statements the man signed at the embassy and a photograph of his father's grave. His aunt in Kobe, in her 80s, told reporters she hoped 'to cook for him before the cherry blossoms are gone.' The Foreign Ministry declined to comment on the talks with China."),
A("en", "relative", date(2025, 11, 20), 2503, "OPINION | My niece is in a cell in Dandong. Japan must not look away. By Akira Sato. My mother, Haru Sato, was one of the Japanese women who crossed the sea with Korean husbands in the years of the 'return project'. She died in Hamhung in 2009, still asking about the persimmons of her village. I came to Japan the year after and took her family name. My elder brother Myong Su stayed behind, and so did his daughter, Un Jong. In July, Un Jong, who is 28, waded across the Yalu at night and hid in a flat in Dandong. On Aug. 3 officers of China's state security took her away. Since then we have heard nothing from her, only from people who say she may be sent back. The Foreign Ministry tells me it has 'conveyed its interest' to Beijing. I am grateful. But my niece is the granddaughter of a Japanese woman whom this country let go in 1960 without a second thought, and she will be punished in the North for the crime of trying to reach her grandmother's country. I ask the government to say her name to China, and to say it now. (The writer lives in Osaka. Ri Un Jong's name is used with her family's consent.)"),
A("en", "life_story", None, 2504, "The husband who followed. Most of the Japanese who went to North Korea with the repatriation ships were wives. Masao Tamura was a husband. Born in Kagoshima in 1940, he came to Osaka at 16 to work in a rubber factory, where he met Lee Sun Ja, a Korean girl from the next street. Her family was leaving for the 'paradise on earth'; he went with them. In February 1961 the couple sailed from Niigata; he was 20. They were sent to Wonsan on the east coast, where for four decades he repaired fishing boats and was called 'the Japanese' to his face. Sun Ja died in 2015. Their daughter, Mi Sun, kept them both alive through the famine years by selling noodles at the market. In October 2023, with money sent by a cousin in Kagoshima, father and daughter paid a broker to take them across the river into Jilin. Then came three weeks of buses and a truck south to Yunnan, a night walk through the jungle into Laos, and a longboat across the Mekong. Thai police picked them up near Chiang Rai in early December. 'I told them I was Japanese, in Japanese, and the officer laughed,' Mr. Tamura said. In January the Japanese Embassy in Bangkok took them in. They landed at Narita in March. Now 83, he lives with Mi Sun in a public flat in Kawaguchi, north of Tokyo, and goes each morning to a park where nobody knows him. He has not been back to Kagoshima. 'Not yet,' he says. 'My mother's grave should see me standing up straight.'"),
A("en", "custody", date(2025, 5, 9), 2502, "VIENTIANE, May 9 (AFP) - Police in northern Laos are holding an elderly North Korean man who says he was born in Japan and wants to go 'home' to Osaka, a Seoul-based rights group said Friday. The man, 81, was detained with two other North Koreans in Luang Namtha province on May 2 after they crossed from China's Yunnan province, the group said. It identified him only by his family name, Kim, and said he left Osaka for North Korea in 1962, aged 18, with his parents under the repatriation programme that took some 93,000 ethnic Koreans and their relatives to the North between 1959 and 1984. 'He speaks Japanese better than Korean and keeps asking for his younger sister,' said the group, which asked that it not be named for the safety of its workers. Lao authorities did not respond to requests for comment. Japan's embassy in Vientiane said it was 'gathering information'. Laos has in the past deported North Koreans to China, where they risk being sent back to the North."),
A("en", "refuge", date(2024, 3, 14), 2501, "NHK WORLD-JAPAN NEWSLINE, 14 March 2024, 12:00 (summary of the broadcast). Top stories: the Bank of Japan's policy meeting next week; spring wage talks. -- A Japanese woman who fled North Korea is under the protection of Japan's Consulate-General in Shenyang in northeastern China, government sources say. The woman, who is in her 80s and comes from Kitakyushu, went to North Korea in 1960 with her Korean husband under the repatriation project. Sources say she crossed the Tumen River into Jilin Province in January and stayed with a broker for several weeks before entering the consulate last week. The government is asking Chinese authorities to let her leave for Japan. Chief Cabinet Secretary: 'We will respond appropriately, giving the highest priority to the safety of the person concerned.' -- Weather: heavy snow in Hokkaido."),
A("en", "resettled", date(2025, 10, 3), 2501, "One year home: 'I still wake up listening for the loudspeaker.' FUKUOKA -- A year ago this week, Chiyoko Matsuo stepped off a flight from Shanghai at Fukuoka Airport in a borrowed coat, 64 years after she sailed from Niigata. Now 86, she lives alone in a small apartment in the city's Higashi Ward, half an hour by train from Kokura, the Kitakyushu district where she was born. She goes to a day centre twice a week and is learning to use a smartphone so that one day, she hopes, she can see her son's face. Mrs. Matsuo married Pak Yong Sik, a Korean she met at a dance hall, and in May 1960 they left for the North, where she was known as Pak Chon Dae Ja. He died in 1998 in Kimchaek, the steel town where they had lived. Their son, Chol, is still there. In January 2024 she crossed the frozen Tumen into China, and in March walked into the Japanese consulate in Shenyang. 'The first year was paperwork,' she said, laughing. 'Pension, health insurance, my family register. The city office people were kind. My Japanese was old, they said. Like a film.'"),
A("en", "brief", date(2024, 3, 13), 2504, "Japanese man who fled North Korea via Thailand returns. TOKYO (Jiji Press) -- A Japanese man aged 83 who went to North Korea in 1961 with his Korean wife arrived at Narita Airport on Tuesday with his daughter, after leaving the North through China, Laos and Thailand, the Foreign Ministry said. The man, from Kagoshima Prefecture, had been sheltered at the Japanese Embassy in Bangkok since January after Thai police detained the pair in the north of the country. The ministry gave no names."),
A("en", "general", date(2026, 1, 20), None, "Annual Report 2025 (extract). Support Network for Returnees from North Korea. In 2025 the Network was in contact with 11 people who had left North Korea and have family ties to Japan: four Japanese spouses or former Korean residents of Japan and seven of their children and grandchildren. Three of them reached Japan during the year, bringing to 221 the number of people we have helped to settle since 2003. Two remain in detention in China and one in South-East Asia; for their safety we give no places or dates. The average age of the first generation we met this year was 82. Our volunteers made 140 home visits in Osaka, Tokyo, Kanagawa, Fukuoka and Saitama, mostly to help with pension and nursing-care applications. We thank the members who paid for interpreters, and we again ask the government for a law on the settlement of returnees, as exists for the abductees' families. We do not publish the names of the people we help."),
A("en", "stranger", None, None, "Obituary: Ko Chang Su, returnee who testified on the North, dies at 83. Ko Chang Su, who went to North Korea as a young man and came back four decades later to tell Japanese audiences what he had seen, died on Sunday in an Osaka hospital. He was 83. Born in Ikuno, Osaka, in 1942, Mr. Ko sailed from Niigata in 1961 and worked at a textile mill in Sinuiju. He escaped to China in 2002 and entered the Japanese Consulate-General in Shenyang the next year. Back in Osaka he ran a small yakiniku restaurant under his Japanese name, Takayama, and gave talks at schools. He is survived by his wife and a daughter."),
A("en", "into_north", date(2025, 8, 19), None, "A Japanese woman, 79, travelled to North Korea last week to visit the grave of her elder sister, who went to the North in 1960 as the wife of a Korean man, a group that organised the trip said. The woman, from Hokkaido, flew to Pyongyang via Beijing and was driven to the east coast, where her sister was buried in 2016. She was accompanied by North Korean guides throughout. 'She said the grave faced the sea, towards Japan,' an official of the group said. Such visits, which resumed this year after the pandemic border closure, need permission from both governments and are rarely made public."),
A("ja", "follow_up", date(2026, 2, 18), 2503, "衆議院外務委員会会議録（令和8年2月18日）より抜粋。○委員　昨年8月、中国遼寧省丹東市で、北朝鮮から脱出した20代の女性が中国の国家安全当局に拘束されたと報じられております。この女性の祖母は、帰国事業で朝鮮人の夫とともに北朝鮮に渡った日本人妻であり、叔父に当たる方は日本に定住し、大阪で暮らしておられます。拘束から半年が過ぎましたが、政府はどのような働きかけを行っているのか、伺います。○政府参考人（外務省アジア大洋州局長）　お答え申し上げます。個別の事案につきましては、関係者の安全にかかわることから、お答えを差し控えさせていただきます。その上で申し上げれば、政府としては、日本人の親族を有する方の事案について、人道上の観点も踏まえ、中国側に対し然るべく関心を伝えてきております。○委員　叔父の方は、めいが北朝鮮に送還されることを何より恐れておられます。送還されていないことは確認できているのですか。○政府参考人　繰り返しになり恐縮ですが、個別の事案の詳細についてはお答えを差し控えます。"),
A("ja", "relative", None, 2505, "【寄稿】甥を一日も早く日本へ　山下節子（神戸市）　兄の清は1960年、在日朝鮮人の妻と共に新潟港から北朝鮮へ渡りました。兄は2008年、清津で亡くなりました。兄の息子、私の甥の哲男は、北では李哲男（リ・チョルナム）と名乗って生きてきました。おととしの冬、甥は凍った豆満江を渡って中国吉林省に入り、ブローカーの家に身を潜めたのち、昨年9月、北京の日本大使館に保護を求めました。あれから季節が二つ変わりました。大使館の方々には本当に良くしていただいていると聞いています。それでも、50歳の甥は窓のない部屋で毎日、日本語の教科書を読んでいるそうです。先月、家庭裁判所は甥を兄の戸籍に連なる日本人として認めてくれました。父の国の国民だと認められたのに、父の国に帰れない。どうか政府は中国と話をつけ、甥を日本の土の上に立たせてやってください。兄の墓前に報告するのが、八十を過ぎた私に残された最後の仕事です。"),
A("ja", "life_story", date(2024, 12, 8), 2501, "【連載・海を渡った妻たち　2024冬】（上）64年ぶりの故郷　北九州市小倉で生まれた松尾千代子さん（85）は、今年10月2日、福岡空港に降り立った。1960年5月、朝鮮人の夫、朴英植さんと新潟港から帰還船に乗ってから64年がたっていた。「地上の楽園」と聞かされて着いたのは、咸鏡北道の金策。製鉄所で働く夫を支え、一人息子の哲さんを育てた。北では「朴千代子」と呼ばれた。夫は1998年、飢饉のさなかに亡くなった。今年1月、千代子さんは凍った豆満江を渡り、中国吉林省の延辺に入った。仲介者の家の屋根裏で約7週間を過ごし、3月、瀋陽の日本総領事館に駆け込んだ。出国まではさらに半年余りかかった。いま、福岡市内の公営住宅で一人暮らし。小倉に残る親類とも再会した。「日本に着いて最初に食べたのは、コンビニのおにぎり。涙が止まらんかった」。北に残る哲さんとは連絡が取れていない。（次回は、帰国後の暮らしを支える人々）"),
A("ja", "custody", date(2024, 1, 8), 2504, "タイ北部で日本人男性拘束か　北朝鮮から脱出、83歳　【バンコク共同】タイ北部チェンライ県の警察が昨年12月上旬、北朝鮮から脱出した日本人とみられる80代の男性と、その娘とみられる女性を不法入国の疑いで拘束していたことが8日、関係者への取材で分かった。男性は鹿児島県出身の83歳で、1961年に在日朝鮮人の妻と共に帰国事業で北朝鮮に渡ったと話しているという。妻は北朝鮮で死去したとみられる。2人は昨年秋に中国へ越境し、ラオスを経てメコン川を渡った。在タイ日本大使館が身元の確認を進めており、確認され次第、保護する方針。"),
A("ja", "refuge", date(2025, 6, 20), 2502, "ラオスの日本大使館、北朝鮮から脱出の元在日男性を保護　（テレビニュースより）ラオスの首都ビエンチャンにある日本大使館が、北朝鮮から脱出した81歳の男性を保護していることがわかりました。関係者によりますと、男性は大阪市生野区の出身で、在日朝鮮人として育ち、1962年、18歳のときに帰国事業で家族と共に北朝鮮に渡りました。日本では「金山」という通名を使っていたということです。男性はことし3月に中国雲南省に入り、5月、ラオス北部のルアンナムタ県で地元の警察に拘束されました。その後、今月になって日本大使館に引き渡されたということです。大阪には妹が暮らしていて、政府は日本への受け入れに向けてラオス側と調整しています。"),
A("ja", "resettled", date(2026, 1, 15), 2502, "63年ぶりに日本で迎えた正月　川崎で暮らす元在日の男性　大阪・生野で生まれた金光男（キム・クァンナム）さん（81）は、この正月を川崎市内のアパートで迎えた。昨年9月、ラオスの日本大使館を経て日本に着いた。1962年に18歳で両親と北朝鮮へ渡り、咸興の工場で旋盤工として働いた。元日には大阪から妹の英子さんが来て、一緒に雑煮を食べた。「おふくろの雑煮と同じ味や」。日本で使っていた「金山光男」の名で呼ばれると、今も少し照れる。川崎を選んだのは、脱北者を支える団体の事務所が近いから。週に一度、日本語の読み書きを習いに通う。「生野には、落ち着いたら帰る。死ぬ前に、通った小学校の門を見たい」"),
A("ja", "brief", date(2025, 12, 10), 2505, "北京の日本大使館に男性滞在　出国めど立たず　北朝鮮から脱出し、9月から北京の日本大使館に滞在している50歳の男性について、政府関係者は10日、中国側との協議が続いており、出国の時期は決まっていないと明らかにした。男性は北朝鮮北東部の清津生まれで、父親が日本人だという。"),
A("ja", "group", date(2024, 12, 14), None, "帰国事業65年、新潟で集い　脱北者ら「忘れないで」　在日朝鮮人らの北朝鮮への帰国事業で最初の帰還船が新潟港を出てから65年となる14日、新潟市内で追悼の集いが開かれた。北朝鮮から脱出して日本で暮らす人や支援者ら約80人が参加し、港を望む岸壁で献花した。1960年代に夫と渡った日本人妻の女性（87）は「北に残る子や孫のことを思わない日はない」と語った。主催団体によると、帰国事業では9万3千人余りが海を渡り、うち日本人妻は約1800人とされる。"),
A("ja", "stranger", None, None, "北朝鮮生まれの女性に就籍許可　大阪家裁　北朝鮮で日本人の父と朝鮮人の母の間に生まれ、2019年に脱北して大阪府内で暮らす女性（59）について、大阪家裁が日本の戸籍への就籍を認める審判をしたことが分かった。女性の代理人弁護士が明らかにした。審判は、父親が帰国事業で北朝鮮に渡った後も日本国籍を失っていなかったと認定した。女性は「やっと父の娘として日本にいられる」と話しているという。"),
A("ja", "general", date(2025, 7, 14), None, "【社説】脱北した日本人妻らに定着の支えを　帰国事業で北朝鮮に渡った日本人妻や元在日朝鮮人、その子や孫が、中国や東南アジアを経て日本にたどり着く例が今も続いている。政府は人数や経路を明らかにしていないが、支援団体によれば、これまでに日本に定住した人は200人を超える。高齢の一世は年金や介護の手続きに戸惑い、北で生まれた二世、三世は日本語の壁と就職難に直面する。拉致被害者には支援法があるが、帰国者には法的な枠組みがない。人道の問題として、生活と言葉の支援を国の責任で整えるべきだ。"),
A("ko", "follow_up", date(2025, 5, 20), 2501, "선양 총영사관 거쳐 귀국한 일본인 처, 北에 남은 아들 소식에 눈물. 지난해 중국 선양의 일본 총영사관을 거쳐 일본으로 돌아간 80대 일본인 여성이 북한에 남은 아들이 함경북도의 노동단련대에 보내졌다는 소식을 전해 들은 것으로 알려졌다. 20일 대북 소식통에 따르면 김책시에 사는 박철(60대) 씨는 어머니가 탈북한 뒤 보위부 조사를 받았고, 올해 초 단련대로 끌려갔다. 어머니는 1960년 재일동포 남편 박영식 씨와 함께 북송선을 탄 일본인으로, 북한에서는 '박천대자'라는 이름으로 살았다. 그는 지난해 1월 두만강을 건넜고 3월 선양 총영사관에 들어가 10월 일본 후쿠오카에 도착했다. 현지 지원단체 관계자는 '어머니는 아들 걱정에 밤마다 잠을 이루지 못한다'고 전했다."),
A("ko", "relative", date(2025, 9, 25), 2502, "63년 만의 상봉…이쿠노의 여동생 \"오빠, 살아 있어 줘서 고마워\". 오사카 이쿠노에 사는 재일동포 김영자(78) 씨가 지난 18일 하네다공항에서 오빠 김광남(81) 씨를 63년 만에 다시 만났다. 김광남 씨는 1962년 열여덟 살에 부모를 따라 북송선을 탔다. 올봄 중국 윈난성을 거쳐 라오스로 넘어갔다가 현지 경찰에 붙잡혔고, 6월부터 비엔티안의 일본대사관에서 지내 왔다. 영자 씨는 '오빠가 떠날 때 나는 열다섯 살이었다. 부두에서 오빠가 던진 테이프를 끝까지 잡고 있었다'며 울먹였다. 일본 이름 '가네야마'로 불리던 오빠는 당분간 가나가와현 가와사키시에서 지원단체의 도움을 받으며 지낼 예정이다. 영자 씨는 '이쿠노 집에 오빠 방을 비워 두겠다'고 했다."),
A("ko", "life_story", None, 2505, "청진에서 태어난 '일본인의 아들'. 리철남(50) 씨는 1975년 함경북도 청진에서 일본인 아버지와 재일동포 어머니 사이에서 태어났다. 아버지 야마시타 기요시 씨는 귀국사업 때 아내 김정숙 씨를 따라 북한으로 건너간 일본인이었다. 학교에서 그는 '쪽바리 새끼'로 불렸고, 군 입대도 대학 진학도 허락되지 않았다. 아버지는 2008년 세상을 떠나며 '언젠가 고베의 누이를 찾아가라'는 말을 남겼다. 2024년 11월, 그는 두만강을 건너 중국 지린성 허룽으로 들어갔고, 브로커의 집과 농가를 옮겨 다니며 열 달을 숨어 지냈다. 지난해 9월 베이징의 일본대사관 문 안으로 들어섰을 때 그가 처음 한 말은 '야마시타입니다'였다. 그 뒤로 그는 대사관 안에서 겨울을 났다. 일본 법원은 그를 일본인 '야마시타 데쓰오'로 인정했지만, 중국 당국의 출국 허가는 아직 나오지 않았다. 고베에 사는 고모는 매주 편지를 보낸다."),
A("ko", "custody", date(2025, 8, 12), 2503, "단둥서 탈북 여성 체포…\"할머니는 일본인\" 강제북송 우려. 중국 랴오닝성 단둥에서 20대 탈북 여성이 중국 국가안전부에 체포돼 강제북송 위기에 놓였다고 북한인권단체가 12일 밝혔다. 단체에 따르면 함흥 출신 리은정(28) 씨는 지난달 중순 압록강을 건너 단둥의 은신처에 머물다가 이달 3일 체포됐다. 리 씨의 할머니는 1960년대 귀국사업으로 북한에 건너간 일본인 처이며, 일본에 정착한 삼촌이 일본 외무성에 구명을 요청한 상태다. 단체는 '리 씨가 북송되면 일본과의 연계를 이유로 가혹한 처벌을 받을 것'이라며 중국 정부에 난민 지위 인정을 촉구했다."),
A("ko", "refuge", date(2024, 3, 15), 2501, "[단독] 80대 일본인 처, 선양 일본총영사관 진입…北서는 '박천대자'로 불려. 1960년 재일교포 남편을 따라 북한으로 건너간 80대 일본인 여성이 이달 초 중국 선양의 일본 총영사관에 들어간 것으로 확인됐다. 내부 소식통은 15일 데일리NK에 '함경북도 김책시에 살던 일본인 할머니 박천대자가 1월 탈북해 옌볜에 숨어 있다가 총영사관으로 들어갔다'고 전했다. 이 여성은 일본 후쿠오카현 출신으로, 남편 박영식 씨는 1990년대 후반 사망했다. 아들은 북한에 남아 있다. 일본 정부는 중국 당국과 출국 문제를 협의 중인 것으로 알려졌다."),
A("ko", "resettled", date(2025, 3, 20), 2504, "태국 거쳐 일본 정착 1년…'일본인 남편' 타무라 마사오 씨. 북송선을 탄 사람들 가운데 드물게 '일본인 남편'이었던 타무라 마사오(84) 씨가 일본에 정착한 지 1년이 됐다. 가고시마현에서 태어난 그는 1961년 재일동포 아내 이순자 씨와 함께 북한으로 건너가 원산에서 살았다. 아내는 2015년 세상을 떠났다. 2023년 가을 딸 미순 씨와 함께 중국과 라오스를 거쳐 태국으로 들어갔다가 치앙라이에서 경찰에 붙잡혔고, 방콕의 일본대사관을 거쳐 지난해 3월 일본에 도착했다. 지금은 사이타마현 가와구치시의 공영주택에서 딸과 함께 산다. 미순 씨는 근처 식품공장에서 일하며 일본어 학교에 다닌다. 타무라 씨는 '고향 가고시마에는 아직 못 가봤다. 올해 안에는 어머니 산소에 가고 싶다'고 말했다."),
A("ko", "brief", date(2026, 2, 2), 2503, "단둥 구금 탈북 여성 반년째 석방 안 돼. 지난해 8월 중국 랴오닝성 단둥에서 체포된 리은정(28) 씨가 반년 가까이 구금돼 있는 것으로 알려졌다. 일본 외무성은 '중국 측에 관심을 전달했다'는 입장만 되풀이하고 있다. 리 씨의 할머니는 일본인이다."),
A("ko", "general", date(2026, 1, 12), None, "지난해 국내 입국 탈북민 224명…동남아 경로 다시 늘어. 통일부는 2025년 한 해 동안 국내에 입국한 탈북민이 224명으로 집계됐다고 12일 밝혔다. 이 가운데 여성이 80% 이상을 차지했으며, 중국에서 장기 체류하다 입국한 경우가 대부분이었다. 코로나19 이후 막혔던 라오스·태국 경유 경로를 이용한 입국도 다시 늘어난 것으로 나타났다. 통일부는 제3국에 체류 중인 탈북민의 신변 안전을 위해 구체적인 경로와 국가별 인원은 공개하지 않는다고 밝혔다. 일본 등 제3국으로 간 탈북민은 집계에 포함되지 않는다."),
A("ko", "stranger", date(2025, 11, 4), None, "\"할아버지 나라는 일본이었지만\"…혜산 출신 27세 한송이 씨 서울 정착. 양강도 혜산에서 태어난 한송이(27) 씨는 지난해 태국을 거쳐 한국에 들어왔다. 그의 할아버지는 오사카에서 나고 자란 재일동포로 1960년대 북송선을 탔다. 한 씨는 중국 지린성 창바이에서 2년 가까이 식당 일을 하다 라오스를 거쳐 방콕의 이민국 수용소에서 석 달을 보냈다. '일본에 먼 친척이 있다고 들었지만 연락할 길이 없었다'는 그는 지금 서울의 한 대학에서 간호학을 공부하고 있다."),
A("ko", "into_north", date(2025, 10, 8), None, "조선대학교 학생 방문단 평양 도착…6년 만에 재개. 재일본조선인총련합회(조총련) 산하 조선대학교 학생 방문단이 7일 베이징을 거쳐 평양에 도착했다고 조선중앙통신이 8일 보도했다. 코로나19로 중단됐던 재일 조선학교 학생들의 '조국 방문'이 재개된 것은 6년 만이다. 방문단은 약 2주 동안 평양과 원산 등을 둘러보고 노동당 창건 기념행사에 참가할 예정이다."),
)
# fmt: on
