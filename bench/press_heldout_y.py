# ruff: noqa: RUF001, E501 - Japanese and Korean punctuation; articles are kept as written, one per line.
"""Held-out set Y for the press monitor: thirty articles of 2026, ten each in English,
Japanese and Korean, written by hand from the facts of the cases below.

The outlets are those that cover the repatriation returnees: a Korean-resident
community paper in Japan, a South Korean daily, an online outlet run by defectors,
Japanese prefectural papers and broadcast transcripts, English wire copy and long
reads. The five people reported on are a Japanese wife held by Chinese security in
Jilin, a former Korean resident of Osaka who reached a consulate in Russia's Far
East, a granddaughter of a Japanese wife held by the Thai police, a Japanese husband
who reached the consulate in Shenyang and came home, and a son of a returnee born in
Hamhung and now settled in Saitama. Each stands beside a decoy that shares most of
their facts and is never reported on.

Names appear as the outlets write them: Japanese names in kanji and kana, the
Korean names the returnees used in the North in hangul, hanja and Latin letters
(McCune-Reischauer and South Korean spellings), Japanese aliases of Korean
residents, family names only, initials, a pseudonym, and relatives who tell the
story. Some articles give the age exactly, one only as a decade; five carry no date.
"""

from __future__ import annotations

from datetime import date

from bench.press_heldout import HeldOutArticle, HeldOutCase, _case
from hogo.monitor.scoring import EventFacts, NameFacts

E = EventFacts
N = NameFacts

CASES: tuple[HeldOutCase, ...] = (
    # 2401: born in Yokote, Akita; sailed from Niigata in December 1962 with her Korean
    # husband and lived in Hoeryong as Kim Mun-ja. Crossed the Tumen with a broker in
    # January 2026 and was taken with him by Chinese state security in Yanji in February.
    _case(
        2401,
        sex="F",
        born=date(1942, 1, 1),
        birthplace="秋田県横手市 (Yokote, Akita)",
        category="japanese_spouse",
        names=(
            N("佐々木", "文子", ""),
            N("ササキ", "フミコ", ""),
            N("Sasaki", "Fumiko", ""),
            N("金", "文子", ""),
            N("김", "문자", ""),
            N("Kim", "Mun Ja", ""),
            N("金", "泰成", "husband"),
            N("김", "태성", "husband"),
            N("Kim", "Tae Song", "husband"),
            N("김", "영옥", "daughter"),
            N("金", "英玉", "daughter"),
            N("Kim", "Yong Ok", "daughter"),
            N("高橋", "和子", "sister"),
            N("タカハシ", "カズコ", "sister"),
            N("Takahashi", "Kazuko", "sister"),
        ),
        events=(
            E(date(1962, 12, 14), "location", "KP", "咸鏡北道 (North Hamgyong)"),
            E(date(2026, 1, 18), "location", "CN", "吉林省 (Jilin)", "broker"),
            E(date(2026, 2, 9), "location", "CN", "吉林省 (Jilin)", "host_security"),
            E(date(2026, 2, 12), "diplomatic_request", "CN", "吉林省 (Jilin)", "host_security"),
        ),
        status="in_host_custody",
    ),
    # 2402: Ko Yong-chol, "Takayama Hideo" at school in Ikuno, Osaka; went with his parents
    # in May 1960 aged 11. Sent to Russia's Far East as a labourer, he left his site in
    # November 2025, hid in a church shelter and reached Japan's consulate in Vladivostok.
    _case(
        2402,
        sex="M",
        born=date(1948, 1, 1),
        birthplace="大阪市生野区 (Ikuno, Osaka)",
        category="former_resident",
        names=(
            N("高", "英哲", ""),
            N("コウ", "ヨンチョル", ""),
            N("고", "영철", ""),
            N("Ko", "Yong Chol", ""),
            N("高山", "英夫", ""),
            N("タカヤマ", "ヒデオ", ""),
            N("Takayama", "Hideo", ""),
            N("高", "昌洙", "father"),
            N("고", "창수", "father"),
            N("高山", "順子", "sister"),
            N("다카야마", "준코", "sister"),
            N("Takayama", "Junko", "sister"),
        ),
        events=(
            E(date(1960, 5, 13), "location", "KP", "江原道 (Kangwon)"),
            E(
                date(2017, 6, 1),
                "location",
                "RU",
                "ハバロフスク地方 (Khabarovsk Krai)",
                "origin_state",
            ),
            E(date(2025, 11, 20), "location", "RU", "沿海地方 (Primorsky Krai)", "ngo_safe_house"),
            E(
                date(2026, 2, 24),
                "location",
                "RU",
                "沿海地方 (Primorsky Krai)",
                "diplomatic_mission",
            ),
        ),
        status="handover_negotiation",
    ),
    # 2403: Ri Un-jong, born in Chongjin, granddaughter of a Japanese wife from Yonago;
    # her mother reached South Korea in 2019. Left through Yunnan and Laos in spring 2026,
    # held by Thai police in Chiang Rai in May, moved to the Bangkok detention centre in June.
    _case(
        2403,
        sex="F",
        born=date(1996, 1, 1),
        birthplace="咸鏡北道清津 (Chongjin)",
        category="descendant",
        names=(
            N("리", "은정", ""),
            N("이", "은정", ""),
            N("李", "恩貞", ""),
            N("リ", "ウンジョン", ""),
            N("Ri", "Un Jong", ""),
            N("Lee", "Eun Jung", ""),
            N("박", "미숙", "mother"),
            N("朴", "美淑", "mother"),
            N("Pak", "Mi Suk", "mother"),
            N("上田", "トシ子", "grandmother"),
            N("우에다", "도시코", "grandmother"),
            N("Ueda", "Toshiko", "grandmother"),
        ),
        events=(
            E(date(1996, 3, 1), "location", "KP", "咸鏡北道 (North Hamgyong)"),
            E(date(2026, 3, 28), "location", "CN", "雲南省 (Yunnan)", "broker"),
            E(date(2026, 5, 19), "location", "TH", "チェンライ県 (Chiang Rai)", "host_police"),
            E(date(2026, 6, 25), "location", "TH", "バンコク (Bangkok)", "host_police"),
        ),
        status="in_host_custody",
    ),
    # 2404: Tanaka Masaru of Omuta, Fukuoka, a Japanese husband: went in August 1961 with
    # his Korean wife and lived as Jon Sung-nam. Reached the consulate in Shenyang in June
    # 2026 and landed at Fukuoka in September; his younger brother still lives in Omuta.
    _case(
        2404,
        sex="M",
        born=date(1939, 1, 1),
        birthplace="福岡県大牟田市 (Omuta, Fukuoka)",
        category="japanese_spouse",
        names=(
            N("田中", "勝", ""),
            N("タナカ", "マサル", ""),
            N("Tanaka", "Masaru", ""),
            N("전", "승남", ""),
            N("田", "勝男", ""),
            N("Jon", "Sung Nam", ""),
            N("李", "順愛", "wife"),
            N("리", "순애", "wife"),
            N("Ri", "Sun Ae", "wife"),
            N("전", "광호", "son"),
            N("田", "光浩", "son"),
            N("Jon", "Kwang Ho", "son"),
            N("田中", "稔", "brother"),
            N("タナカ", "ミノル", "brother"),
            N("Tanaka", "Minoru", "brother"),
        ),
        events=(
            E(date(1961, 8, 25), "location", "KP", "平安南道 (South Pyongan)"),
            E(date(2026, 5, 20), "location", "CN", "遼寧省 (Liaoning)", "broker"),
            E(date(2026, 6, 11), "location", "CN", "遼寧省 (Liaoning)", "diplomatic_mission"),
            E(date(2026, 9, 3), "location", "JP", "福岡県 (Fukuoka)", "self"),
        ),
        status="arrived",
    ),
    # 2405: Kang Chol-min, born in Hamhung to a returnee from Kyoto; crossed to Jilin in
    # 2011, sheltered at the Shenyang consulate and flown to Tokyo in 2012 with his wife.
    # Uses the name Oyama Satoshi and has lived in Kawaguchi, Saitama, since 2016.
    _case(
        2405,
        sex="M",
        born=date(1968, 1, 1),
        birthplace="咸鏡南道咸興 (Hamhung)",
        category="descendant",
        names=(
            N("강", "철민", ""),
            N("姜", "哲民", ""),
            N("カン", "チョルミン", ""),
            N("Kang", "Chol Min", ""),
            N("大山", "哲", ""),
            N("オオヤマ", "サトシ", ""),
            N("Oyama", "Satoshi", ""),
            N("최", "금희", "wife"),
            N("崔", "今姫", "wife"),
            N("Choe", "Kum Hui", "wife"),
            N("姜", "東植", "father"),
            N("강", "동식", "father"),
        ),
        events=(
            E(date(1968, 6, 1), "location", "KP", "咸鏡南道 (South Hamgyong)"),
            E(date(2011, 10, 5), "location", "CN", "吉林省 (Jilin)", "self"),
            E(date(2012, 2, 14), "location", "CN", "遼寧省 (Liaoning)", "diplomatic_mission"),
            E(date(2012, 5, 30), "location", "JP", "東京都 (Tokyo)", "self"),
            E(date(2016, 4, 1), "location", "JP", "埼玉県 (Saitama)", "self"),
        ),
        status="resettlement",
    ),
    # 2406 (decoy of 2401): another Japanese wife from Akita (Odate), born a year earlier,
    # who also sailed in 1962; held by Chinese police in Hunchun in 2025 and died there.
    _case(
        2406,
        sex="F",
        born=date(1941, 1, 1),
        birthplace="秋田県大館市 (Odate, Akita)",
        category="japanese_spouse",
        names=(
            N("佐藤", "良子", ""),
            N("サトウ", "ヨシコ", ""),
            N("Sato", "Yoshiko", ""),
            N("朴", "良子", ""),
            N("박", "양자", ""),
            N("Pak", "Yang Ja", ""),
            N("박", "정남", "husband"),
        ),
        events=(
            E(date(1962, 10, 5), "location", "KP", "咸鏡北道 (North Hamgyong)"),
            E(date(2025, 9, 3), "location", "CN", "吉林省 (Jilin)", "host_police"),
        ),
        status="deceased",
    ),
    # 2407 (decoy of 2402): a former resident from Higashiosaka who also went in 1960 and
    # also worked in Khabarovsk; left his site in January 2026 and is still at large.
    _case(
        2407,
        sex="M",
        born=date(1949, 1, 1),
        birthplace="大阪府東大阪市 (Higashiosaka)",
        category="former_resident",
        names=(
            N("康", "明哲", ""),
            N("강", "명철", ""),
            N("Kang", "Myong Chol", ""),
            N("康本", "明", ""),
            N("ヤスモト", "アキラ", ""),
            N("Yasumoto", "Akira", ""),
        ),
        events=(
            E(date(1960, 8, 19), "location", "KP", "江原道 (Kangwon)"),
            E(
                date(2019, 4, 1),
                "location",
                "RU",
                "ハバロフスク地方 (Khabarovsk Krai)",
                "origin_state",
            ),
            E(date(2026, 1, 10), "location", "RU", "ハバロフスク地方 (Khabarovsk Krai)", "self"),
        ),
        status="verifying",
    ),
    # 2408 (decoy of 2403): a granddaughter of a Japanese wife, born in Chongjin a year
    # later, held by police in Vientiane in 2025; the case was withdrawn when she chose Seoul.
    _case(
        2408,
        sex="F",
        born=date(1997, 1, 1),
        birthplace="咸鏡北道清津 (Chongjin)",
        category="descendant",
        names=(
            N("김", "은주", ""),
            N("金", "恩珠", ""),
            N("Kim", "Un Ju", ""),
            N("中村", "ハナ", "grandmother"),
        ),
        events=(
            E(date(1997, 5, 1), "location", "KP", "咸鏡北道 (North Hamgyong)"),
            E(date(2025, 10, 2), "location", "LA", "ビエンチャン (Vientiane)", "host_police"),
        ),
        status="withdrawn",
    ),
    # 2409 (decoy of 2404): a Japanese husband from Arao, Kumamoto, next to Omuta, who went
    # the same year; hiding in Dandong since April 2026, not at any mission.
    _case(
        2409,
        sex="M",
        born=date(1938, 1, 1),
        birthplace="熊本県荒尾市 (Arao, Kumamoto)",
        category="japanese_spouse",
        names=(
            N("松尾", "清", ""),
            N("マツオ", "キヨシ", ""),
            N("Matsuo", "Kiyoshi", ""),
            N("마", "청일", ""),
            N("Ma", "Chong Il", ""),
            N("김", "옥련", "wife"),
        ),
        events=(
            E(date(1961, 11, 10), "location", "KP", "平安南道 (South Pyongan)"),
            E(date(2026, 4, 15), "location", "CN", "遼寧省 (Liaoning)", "self"),
        ),
        status="located",
    ),
    # 2410 (decoy of 2405): a returnee's son born in Hamhung a year later, who came through
    # Shenyang in 2013 and settled in Osaka; the case was closed after resettlement.
    _case(
        2410,
        sex="M",
        born=date(1969, 1, 1),
        birthplace="咸鏡南道咸興 (Hamhung)",
        category="descendant",
        names=(
            N("강", "철수", ""),
            N("姜", "哲洙", ""),
            N("Kang", "Chol Su", ""),
            N("大川", "哲也", ""),
            N("Okawa", "Tetsuya", ""),
        ),
        events=(
            E(date(1969, 2, 1), "location", "KP", "咸鏡南道 (South Hamgyong)"),
            E(date(2013, 3, 4), "location", "CN", "遼寧省 (Liaoning)", "diplomatic_mission"),
            E(date(2013, 7, 9), "location", "JP", "大阪府 (Osaka)", "self"),
        ),
        status="closed",
    ),
)

A = HeldOutArticle
# fmt: off
ARTICLES: tuple[HeldOutArticle, ...] = (
    # English
    A("en", "follow_up", date(2026, 10, 14), 2401, "TOKYO, Oct. 14 (Kyodo) -- A Japanese-born woman who fled North Korea in January is still being held by Chinese state security officials in Jilin Province more than eight months later, and talks on handing her over to Japan have stalled, government sources said Wednesday.\nThe woman, Fumiko Sasaki, 84, a native of Yokote in Akita Prefecture, went to North Korea in December 1962 with her ethnic Korean husband under the repatriation program and lived for decades near the Chinese border in North Hamgyong Province under the name Kim Mun Ja. She crossed the Tumen River with the help of a broker and was detained with him in Yanji in early February.\nTokyo asked Beijing days later to treat her on humanitarian grounds, but Chinese officials have said only that the case is being handled under Chinese law, the sources said. Her older sister, who lives in Akita, submitted a letter to the Foreign Ministry last month asking that she be brought home \"while she can still walk off the plane.\"\nThe chief cabinet secretary declined to comment, citing the safety of the people involved."),
    A("en", "relative", date(2026, 6, 20), 2404, "OMUTA, Japan -- For sixty-five years Minoru Tanaka kept his brother's last letter from Niigata in a biscuit tin. \"See you in three years,\" it says. \"Look after mother.\"\nThe letter was written in August 1961, the week Masaru Tanaka, then 22, boarded a repatriation ship with his wife, Ri Sun Ae, a Korean woman he had met when both worked around the Miike coal mines. Of the roughly 1,800 Japanese spouses who went to North Korea under the program, only a small minority were husbands.\nLast week a Foreign Ministry official called Minoru, now 82, to tell him that his brother, 86, had walked into the Japanese consulate-general in Shenyang, in northeastern China. In the North he had lived under the name Jon Sung Nam and worked in a coal mine in South Pyongan Province, the official said; his wife died some years ago and a son remains there.\n\"I was told not to talk about how he got out,\" Minoru said at his home, a few streets from the house where they grew up. \"I just want to take him to our parents' grave.\""),
    A("en", "life_story", None, 2402, "The boy from Ikuno\nAt his primary school in Osaka's Ikuno ward he was Hideo Takayama. On the ship that left Niigata in May 1960 he became Ko Yong Chol, eleven years old, holding his father's hand on the deck while a band played on the quay.\nThe family was sent to Kangwon Province. His father, Ko Chang Su, a rubber-factory hand in Osaka, died in the 1970s; his mother in the famine. Ko drove trucks, married, was widowed. In 2017, nearly seventy, he was sent to Russia's Far East to cook for a North Korean construction crew in Khabarovsk, watched by minders who kept the workers' passports.\nLast November he walked out of the site. A Protestant pastor hid him for three months in a flat in Vladivostok, and in late February, with the pastor beside him, he rang the bell of the Japanese consulate-general. He has been there since, while Tokyo and Moscow discuss how a man with no valid passport can leave Russia.\nHis older sister Junko, who had married in Osaka and stayed behind, still lives in Ikuno. She is 82. \"He used to sing Osaka songs on the phone to me, when the phone still worked,\" she said. \"He was a child when he left. He should not have to die in a cold place.\""),
    A("en", "custody", date(2026, 5, 23), 2403, "CHIANG RAI, Thailand, May 23 (Reuters) - Thai police have detained a North Korean woman who crossed the Mekong from Laos and say she has asked to be sent to Japan rather than South Korea, officers said on Saturday.\nThe woman, 29, identified by police as Ri Un Jong and born in the North Korean port city of Chongjin, was arrested on Tuesday near Chiang Saen with two Chinese nationals who are suspected of smuggling her, a police colonel told Reuters. She told investigators her grandmother was a Japanese woman who had moved to North Korea with her Korean husband decades ago.\nNorth Koreans caught in Thailand are usually charged with illegal entry, fined and then allowed to go to a third country. Japan's embassy in Bangkok said it was aware of the report and was gathering information."),
    A("en", "refuge", date(2026, 6, 13), 2404, "Japanese man, 86, who went to N. Korea in 1961 enters consulate in China\nBEIJING, June 13 -- An 86-year-old Japanese man who moved to North Korea in 1961 with his Korean wife has entered Japan's consulate-general in Shenyang and asked to be returned to Japan, diplomatic sources said Saturday.\nThe man, Masaru Tanaka, from Omuta, Fukuoka Prefecture, arrived at the consulate on Thursday after crossing into Liaoning province late last month with the help of a broker, the sources said. In North Korea he was registered under the Korean name Jon Sung Nam.\nJapan has quietly taken in a few hundred people who joined the 1959-1984 repatriation program and later fled, but rarely a Japanese man. Japanese officials are negotiating with Chinese authorities for his departure."),
    A("en", "resettled", date(2026, 8, 2), 2405, "A Hamhung childhood, a Kawaguchi shop\nKAWAGUCHI, Saitama -- Behind the counter of a small side-dish shop near Kawaguchi Station, Kang Chol Min slices kimchi the way his mother made it in Hamhung. Customers know him as Mr. Oyama; Satoshi Oyama is the name on his residence papers.\nKang, 58, was born in 1968 in the North Korean city of Hamhung. His father, Kang Dong Sik, had grown up in Kyoto and sailed to North Korea in 1960 with the first waves of the repatriation project. \"He told me Kyoto had temples on every corner. I thought he was making it up,\" Kang says.\nIn October 2011 Kang crossed the frozen border into Jilin. Four months later he and his wife, Choe Kum Hui, slipped into the Japanese consulate in Shenyang; they were flown to Tokyo in May 2012. They lived in public housing in Tokyo for four years before moving to Kawaguchi in 2016, where rents were cheaper and there were more Korean-speaking neighbours.\n\"Japan was my father's country,\" he says. \"Now I pay taxes in it.\""),
    A("en", "brief", date(2026, 2, 14), 2401, "BEIJING (AP) -- Chinese security authorities in Jilin province are holding a Japanese woman in her 80s who fled North Korea last month, Japanese officials said Saturday. No other details were given."),
    A("en", "general", date(2026, 3, 5), None, "Japan has accepted about 200 people who fled North Korea after joining the postwar repatriation program, a senior Foreign Ministry official told an Upper House committee on Thursday, the first time in years that the government has given a figure in parliament.\nThe official declined to say how many had arrived in 2025 or where they had been protected, citing the safety of those still in the North and relations with third countries. Between 1959 and 1984 about 93,000 people went to North Korea under the program, including some 6,800 Japanese spouses and their children. Support groups say most surviving Japanese wives are now in their 80s and 90s.\nLawmakers from several parties urged the government to set up a permanent office to support returnees living in Japan, many of whom struggle with the language and with pensions."),
    A("en", "stranger", None, None, "Field notes, Ulaanbaatar. Our volunteers met Mr. P., a man in his 70s born in Kobe, who went to North Korea with his parents in 1963 and crossed into Mongolia in the autumn. He is staying with a church family while he waits for a decision on his papers. He asked us not to publish his name or photograph because two daughters remain in Sinuiju. He still remembers the tram from Sannomiya and hopes to see the sea at Suma once more. If you can help with Japanese-language materials, please contact the bulletin office."),
    A("en", "into_north", date(2026, 9, 22), None, "NIIGATA -- Setsuko Ishii, 79, left Niigata on Tuesday for Beijing, the first leg of a trip to Pyongyang to see her younger sister, a Japanese wife who moved to North Korea in 1960 and whom she last saw in 2002. The visit was arranged through a Korean residents' association and is being made at her own expense. \"She is 84 now. This is the last time, I think,\" Ishii said at the airport."),
    # Japanese
    A("ja", "follow_up", date(2026, 7, 10), 2403, "米子出身女性の孫、バンコクの収容施設へ　タイで拘束の脱北女性\nタイ北部チェンライ県で5月、不法入国の疑いで警察に拘束された北朝鮮出身の李恩貞（リ・ウンジョン）さん（29）が、6月下旬に首都バンコクの入国管理局の収容施設に移されたことが、支援団体への取材で分かった。李さんは清津市生まれ。祖母の上田トシ子さんは米子市出身で、在日朝鮮人の夫とともに帰還事業で北朝鮮に渡った日本人妻だった。\n李さんは中国雲南省からラオスを経てメコン川を渡り、タイに入った。本人は韓国ではなく日本への渡航を強く希望しているという。支援団体の代表は「祖母の古里で暮らしたいという思いは切実だ。日本政府は早く受け入れを決めてほしい」と話している。外務省は「個別の事案についてはお答えできない」としている。"),
    A("ja", "relative", date(2026, 2, 20), 2401, "「生きているうちに会いたい」　中国で拘束の妹案じる　横手の高橋さん\n「もう一度だけでいい、この手で抱きしめたい」。横手市の高橋和子さん（88）は、中国の治安当局に拘束されている妹の佐々木文子さん（83）の若い頃の写真を手に、声を詰まらせた。\n文子さんは秋田市で働いていた頃に在日朝鮮人の金泰成さんと知り合って結婚し、1962年12月、新潟港から帰還船で北朝鮮へ渡った。北朝鮮では「金文子」と名乗り、中国との国境に近い咸鏡北道の会寧で暮らした。夫は2009年に亡くなり、長女の英玉さんは今も北朝鮮にいる。\n手紙が届いたのは2000年代初めが最後だった。今月、外務省から「中国で身柄を拘束されている」と連絡を受けた。「あの子は寒がりだった。どんな所にいるのか」。高橋さんは県を通じて、早期の帰国実現を国に要望する考えだ。"),
    A("ja", "life_story", date(2026, 9, 20), 2404, "65年ぶりの古里　大牟田出身・田中勝さん\n三池炭鉱の煙突が見えていた町に、田中勝さん（87）が帰ってきた。1961年8月、22歳で妻の李順愛さんとともに新潟から帰還船に乗ってから65年。北朝鮮では「田勝男（チョン・スンナム）」の名で平安南道の炭鉱で働いた。日本人の夫として北朝鮮に渡った人は、日本人妻に比べてごくわずかだ。\n妻は20年余り前に亡くなった。長男の光浩さんは北朝鮮に残る。「息子には迷惑をかけられない」と、脱出の経緯については多くを語らない。今年5月に中国へ渡り、6月に瀋陽の日本総領事館に保護された。今月3日、福岡空港に降り立った。\n出迎えた弟の稔さん（82）と、まず両親の墓に手を合わせた。「日本語がなかなか出てこん。でも大牟田の言葉は覚えとった」と田中さんは笑った。"),
    A("ja", "custody", date(2026, 2, 11), 2401, "【NHKニュース　2月11日　正午】\nアナウンサー：中国東北部の吉林省で、北朝鮮から脱出した日本人妻の女性が、中国の治安当局に身柄を拘束されていることが、政府関係者への取材で分かりました。\n記者：女性は秋田県出身の83歳で、1962年に在日朝鮮人の夫とともに、いわゆる帰還事業で北朝鮮に渡りました。関係者によりますと、女性は先月、仲介役のブローカーの手引きで豆満江を越えて中国に入りましたが、今月9日、延吉市内でブローカーとともに治安当局に拘束されたということです。\nアナウンサー：政府は中国側に対し、人道上の観点から適切な対応をとるよう求めていく方針です。"),
    A("ja", "refuge", date(2026, 2, 25), 2402, "ロシア極東のウラジオストクにある日本の総領事館に、北朝鮮から派遣されていた労働者の男性が保護を求めて駆け込んでいたことが、関係者への取材で分かった。男性は大阪市生野区出身の元在日朝鮮人で77歳。日本名は高山英夫。\n関係者によると、男性は1960年、11歳の時に家族とともに帰還事業で北朝鮮に渡った。2017年からハバロフスクの建設現場で働かされていたが、昨年11月に現場を離れ、ウラジオストクで教会関係者にかくまわれていた。24日、総領事館に入ったという。\n日本政府はロシア側と出国に向けた調整を進めるとみられる。大阪に住む姉は「弟が生きていてくれただけでありがたい」と話している。"),
    A("ja", "resettled", date(2026, 4, 12), 2405, "脱北して14年、川口で根を張る　帰国者の子の男性\n川口市の総菜店で働く金田さん（57）＝仮名＝は、北朝鮮東部の咸興で生まれた。京都出身の在日朝鮮人だった父親が1960年に帰還事業で北朝鮮に渡り、その地で生まれた「帰国者の子」だ。\n2011年秋、国境の川を渡って中国吉林省へ。翌年2月に妻とともに瀋陽の日本総領事館に保護され、5月に日本に着いた。都内の公営住宅で暮らしたのち、10年前に川口へ移った。\n「父が話していた京都の寺を、去年初めて見に行った。父の代わりに来たと思った」。北朝鮮に残る親族を案じ、名前と顔は出さないでほしいと話した。市内には同じような境遇の人が少なくないといい、日本語教室の拡充を市に求めている。"),
    A("ja", "brief", date(2026, 9, 4), 2404, "【短信】中国・瀋陽の日本総領事館に保護されていた福岡県大牟田市出身の田中勝さん（87）が3日、福岡空港に到着した。外務省が明らかにした。田中さんは1961年に妻と北朝鮮へ渡っていた。"),
    A("ja", "general", date(2026, 6, 30), None, "衆議院外務委員会（令和8年6月）会議録より\n○委員　帰還事業で北朝鮮に渡り、その後脱出した方々について伺います。政府がこれまでに保護し、日本に受け入れた人数はどの程度でしょうか。\n○政府参考人　お答えいたします。関係者の安全確保及び関係国との関係に鑑み、個別の事案及び詳細な人数についてはお答えを差し控えますが、日本人配偶者、元在日朝鮮人及びその家族を含め、累計でおおむね200人程度と承知しております。\n○委員　高齢の日本人妻の方々が残されています。第三国で拘束されている場合の対応を急ぐべきではないですか。\n○政府参考人　在外公館を通じ、人道上の観点から関係国に適切な対応を働きかけているところでございます。"),
    A("ja", "into_north", None, None, "朝鮮大学校の学生ら約60人が、北京経由で平壌を訪れる「祖国訪問」に出発した。総聯関係者によると、一行は約3週間滞在し、各地の学校や工場を見学するほか、帰還事業で北朝鮮に渡った親族と面会する学生もいるという。日朝間の直行便はなく、学生らは関西空港から北京へ向かった。"),
    A("ja", "stranger", date(2026, 11, 8), None, "平壌で日本人妻死去　宮古市出身、86歳\n帰還事業で北朝鮮に渡った岩手県宮古市出身の日本人妻、小野寺ミツさんが10月、平壌市内の自宅で亡くなった。86歳だった。北京経由で届いた長男からの手紙で、宮古市に住むめいが知った。\n小野寺さんは1960年、在日朝鮮人の夫と北朝鮮へ渡った。2000年前後の日本人配偶者の里帰り事業には参加できず、古里の土を踏むことはなかった。めいは「浄土ケ浜の写真をいつも見たいと言っていた」と話した。"),
    # Korean
    A("ko", "follow_up", date(2026, 7, 15), 2402, "블라디보스토크 총영사관 5개월… 고영철 씨 출국 길 아직 막혀\n러시아 극동 블라디보스토크의 일본 총영사관에 몸을 의탁한 귀국자 고영철(77) 씨가 5개월째 총영사관 안에서 지내고 있다. 오사카 이쿠노 출신인 고 씨는 1960년 열한 살 때 부모를 따라 니가타에서 귀국선을 탔다. 일본 이름은 다카야마 히데오였다.\n관계자에 따르면 고 씨는 북한이 러시아에 보낸 노동자로 하바롭스크 건설 현장에서 일하다 지난해 11월 현장을 벗어났다. 일본 정부는 유효한 여권이 없는 고 씨의 출국을 위해 러시아 당국과 협의하고 있으나 진전이 더딘 것으로 알려졌다.\n이쿠노에 사는 누나 다카야마 준코(82) 씨는 \"동생이 이쿠노 골목을 다시 걸을 수 있도록 동포 사회가 힘을 모아 달라\"고 호소했다."),
    A("ko", "relative", date(2026, 5, 28), 2403, "[인터뷰] \"딸이 할머니 고향 일본으로 가게 해주세요\"\n인천에 사는 탈북민 박미숙(55) 씨는 요즘 휴대전화를 손에서 놓지 못한다. 딸 리은정(29) 씨가 지난 19일 태국 치앙라이에서 경찰에 붙잡혔다는 소식을 들은 뒤부터다.\n은정 씨는 1996년 함경북도 청진에서 태어났다. 시어머니, 그러니까 은정 씨의 할머니는 돗토리현 요나고 출신 일본인 처 우에다 도시코 씨다. 재일조선인 남편과 북송선을 타고 북으로 간 할머니는 손녀에게 일본 노래를 가르쳤다고 한다. 박 씨는 2019년 먼저 탈북해 한국에 정착했다.\n은정 씨는 올봄 중국 윈난성과 라오스를 거쳐 메콩강을 건넜다. 박 씨는 \"딸은 어릴 때부터 할머니 고향에 가보고 싶다고 했다. 본인이 원하는 곳으로 갈 수 있게 해달라\"고 말했다."),
    A("ko", "life_story", None, 2405, "[재일동포 이야기] 함흥에서 가와구치까지, 귀국자 2세 강철민 씨\n강철민 씨는 1968년 함흥에서 태어났다. 아버지 강동식 씨는 교토에서 자란 재일동포로, 1960년 귀국선을 타고 북으로 갔다. 아버지는 술을 마시면 가모가와 강변 이야기를 했다.\n2011년 가을 두만강을 건넌 강 씨는 이듬해 2월 아내 최금희 씨와 함께 선양의 일본 총영사관에 들어갔고, 그해 5월 도쿄에 도착했다. 지금은 사이타마현 가와구치시에서 '오야마 사토시'라는 일본 이름으로 반찬가게를 꾸린다.\n\"아버지가 떠난 나라에 아들이 돌아와 산다. 이상한 인연이죠.\" 강 씨는 같은 처지의 귀국자 2세들이 일본어와 일자리 문제로 고립되지 않도록 지역 민단 지부와 함께 모임을 만들고 있다."),
    A("ko", "custody", date(2026, 2, 12), 2401, "中 공안, 탈북 일본인 처 80대 여성 구금\n북한을 탈출한 80대 일본인 여성이 중국 지린성에서 현지 국가안전 당국에 구금된 것으로 12일 확인됐다. 대북 소식통에 따르면 일본 아키타현 출신인 이 여성은 1962년 재일조선인 남편과 함께 북송선을 타고 북한에 들어가 함경북도 회령에서 '김문자'라는 이름으로 살아왔다. 일본 이름은 사사키 후미코다.\n이 여성은 지난달 브로커의 도움으로 두만강을 건넜으나 이달 9일 옌지에서 브로커와 함께 붙잡혔다. 일본 정부는 중국 측에 인도적 처리를 요청한 것으로 알려졌다. 중국이 탈북자를 북한으로 송환해온 만큼 일본인 처의 처리 방향이 주목된다."),
    A("ko", "refuge", date(2026, 6, 14), 2404, "북송선 탄 '일본인 남편' 86세 노인, 선양 일본총영사관 진입\n1961년 조선인 아내를 따라 북한으로 건너간 일본인 남성이 중국 선양의 일본 총영사관에 들어가 일본 귀국을 요청한 것으로 14일 알려졌다. 대북 소식통에 따르면 후쿠오카현 오무타 출신 다나카 마사루(86) 씨는 지난달 브로커의 안내로 랴오닝성에 들어온 뒤 11일 총영사관에 진입했다.\n다나카 씨는 북한에서 '전승남'이라는 이름으로 평안남도의 탄광에서 일했으며, 아내 리순애 씨는 이미 사망했고 아들은 북한에 남아 있다. 북송사업으로 북한에 간 일본인 배우자는 대부분 여성이어서, 일본인 남편의 탈북은 매우 드문 사례다."),
    A("ko", "resettled", date(2026, 11, 20), 2404, "65년 만의 귀향 다나카 마사루 씨, 후쿠오카시 공영주택에 새 보금자리\n지난 9월 북한에서 돌아온 다나카 마사루(87) 씨가 최근 후쿠오카시 공영주택에 입주했다. 고향인 오무타에서 기차로 한 시간 거리다. 다나카 씨는 1961년 재일동포 아내 리순애 씨와 함께 북송선을 탔고, 북한에서는 전승남으로 살았다.\n다나카 씨는 주 2회 지역 민단 지부가 운영하는 교실에서 일본어와 한국어 자막이 달린 뉴스를 보며 '잊어버린 일본어'를 되찾고 있다. 동생 다나카 미노루 씨가 주말마다 찾아온다. 그는 \"북에 남은 아들 광호에게 언젠가 이 방을 보여주고 싶다\"고 말했다."),
    A("ko", "brief", date(2026, 5, 21), 2403, "태국 북부 치앙라이에서 지난 19일 북한 여성 1명이 불법 입국 혐의로 경찰에 체포됐다고 현지 언론이 전했다. 20대로 알려진 이 여성은 청진 출신으로, 일본행을 희망하고 있다."),
    A("ko", "general", date(2026, 1, 15), None, "통일부 \"지난해 입국 탈북민 236명\"… 3년 연속 200명대\n통일부는 지난해 국내에 입국한 탈북민이 236명으로 집계됐다고 15일 밝혔다. 여성이 약 80%를 차지했으며, 북한 이탈 후 중국 등 제3국에서 장기 체류하다 입국한 경우가 대부분이었다. 통일부는 또 북송사업으로 북한에 갔던 재일조선인 출신과 그 가족 가운데 일부는 한국이 아닌 일본행을 택하고 있다며, 관련 통계는 공개하지 않는다고 설명했다."),
    A("ko", "group", None, None, "[단독] 라오스서 탈북민 일행 6명 구금… 어린이 포함\n라오스 북부에서 탈북민 6명이 현지 경찰에 붙잡혀 수도 비엔티안의 이민국 시설에 구금된 것으로 파악됐다. 소식통에 따르면 일행은 30대 여성 3명과 40대 남성 1명, 10세 미만 어린이 2명으로, 중국 윈난성을 거쳐 국경을 넘었다. 이들은 한국행을 원하고 있으며, 지원 단체는 북송 가능성을 우려하고 있다."),
    A("ko", "stranger", date(2026, 8, 11), None, "[현지 취재] 옌지 식당 뒷방의 '귀국자' 최 씨\n지린성 옌지의 한 조선족 식당 뒷방에서 만난 최모(76) 씨는 가와사키에서 태어났다. 1962년 부모를 따라 귀국선을 탔고, 올봄 두만강을 건넜다. 최 씨는 \"일본에 조카가 있지만 연락처를 모른다\"며 신원이 드러날까 봐 성만 밝혀달라고 했다. 그는 식당 일을 도우며 한국이나 일본으로 갈 길을 찾고 있다."),
)
# fmt: on
