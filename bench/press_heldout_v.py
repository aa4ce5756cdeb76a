# ruff: noqa: RUF001, E501 - articles are kept as written, one per line.
"""Held-out set V for the press monitor: thirty articles in English, Japanese and Korean.

Written by hand, before the scorer ever saw it, from the facts of the cases below,
ten articles a language. Seven are about a case (kinds ``follow_up``, ``relative``,
``life_story``, ``custody``, ``refuge``, ``resettled``, ``brief``) and three about
nobody in the files (``into_north``, ``group``, ``general``, ``stranger``).

The case files hold names in kanji, hangul for Koreans, a Japanese alias (tsūmei),
a married name taken in the North and the Japanese name of a daughter born there.
The articles name people as reporters of each language would: kanji with the age in
full-width brackets after the name, katakana for a Korean name (キム・チョルミン),
hangul with the age before or after 씨, hangul transliterations of Japanese names
(와타나베 스미코, 나카시마 요시오), Latin spellings as English-language papers
print them (Ko, Kim Chol-min, Yang Jong-suk). Many withhold the name and give
an age, a region, a year or only relative time (63년 만에, "forty-six years later",
来日して3か月). The five decoys each share most facts of one case and are other
people; one is deceased and one withdrawn. The set is committed unrun.
"""

from __future__ import annotations

from datetime import date

from bench.press_heldout import HeldOutArticle, HeldOutCase, _case
from hogo.monitor.scoring import EventFacts, NameFacts

E = EventFacts
N = NameFacts

CASES: tuple[HeldOutCase, ...] = (
    # 2101: a Japanese wife from Aizuwakamatsu who sailed from Niigata in May 1962, aged 21,
    # with her Korean husband Hong Jae-sik (died 2009), and lived in Wonsan. In August 2025 a
    # paid guide took her over the Yalu to Dandong; on 3 September she walked into the
    # consulate general in Shenyang, where she waits while Tokyo and Beijing negotiate. Her
    # younger sister Sato Yoshie lives in Kitakata.
    _case(
        2101,
        sex="F",
        born=date(1941, 1, 1),
        birthplace="福島県会津若松市 (Aizuwakamatsu, Fukushima)",
        category="japanese_spouse",
        names=(
            N("渡部", "澄子", ""),
            N("洪", "澄子", ""),
            N("洪", "在植", "husband"),
            N("홍", "재식", "husband"),
            N("佐藤", "芳江", "sister"),
        ),
        events=(
            E(date(1962, 5, 11), "location", "KP", "江原道元山 (Wonsan, Kangwon)"),
            E(date(2025, 8, 19), "location", "CN", "遼寧省丹東 (Dandong, Liaoning)", "broker"),
            E(
                date(2025, 9, 3),
                "location",
                "CN",
                "遼寧省瀋陽 (Shenyang, Liaoning)",
                "diplomatic_mission",
            ),
        ),
        relations=frozenset({"spouse", "sibling"}),
        status="handover_negotiation",
    ),
    # 2102: a Japanese husband, a welder born in Sasebo, who followed his wife Yang Jong-suk,
    # a Korean born in Japan, to the North in March 1972 at 24 and worked in Pyongsong. She
    # died in 2019; a son stays in the North. He crossed the Tumen river in October 2024,
    # was held by the police in Tumen through the winter, and arrived in Japan in March
    # 2025. He lives in Kawaguchi, Saitama.
    _case(
        2102,
        sex="M",
        born=date(1947, 1, 1),
        birthplace="長崎県佐世保市 (Sasebo, Nagasaki)",
        category="japanese_spouse",
        names=(
            N("中島", "義雄", ""),
            N("梁", "貞淑", "wife"),
            N("양", "정숙", "wife"),
        ),
        events=(
            E(date(1972, 3, 17), "location", "KP", "平安南道平城 (Pyongsong, South Pyongan)"),
            E(date(2024, 10, 28), "location", "CN", "吉林省図們 (Tumen, Jilin)", "host_police"),
            E(date(2025, 3, 14), "location", "JP", "埼玉県川口市 (Kawaguchi, Saitama)", "self"),
        ),
        relations=frozenset({"spouse", "parent"}),
        status="resettlement",
    ),
    # 2103: a Korean born in Nagata, Kobe, known in Japan as Takayama Hideo, who went to
    # the North in August 1979 at 26 to join his parents and worked at a fish-processing
    # plant in Chongjin. He left in the summer of 2025 through China and Laos and has been
    # held at the immigration detention centre in Bangkok since 6 October. His younger
    # sister Ko Yong-suk (Takayama Eiko) lives in Ikuno, Osaka.
    _case(
        2103,
        sex="M",
        born=date(1953, 1, 1),
        birthplace="兵庫県神戸市長田区 (Nagata, Kobe, Hyogo)",
        category="former_resident",
        names=(
            N("高", "英男", ""),
            N("고", "영남", ""),
            N("高山", "英男", ""),
            N("高", "英淑", "sister"),
            N("고", "영숙", "sister"),
            N("高山", "英子", "sister"),
        ),
        events=(
            E(date(1979, 8, 24), "location", "KP", "咸鏡北道清津 (Chongjin, North Hamgyong)"),
            E(
                date(2025, 10, 6),
                "location",
                "TH",
                "バンコク入国管理局収容センター (Immigration Detention Center, Bangkok)",
                "host_police",
            ),
        ),
        relations=frozenset({"sibling"}),
        status="in_host_custody",
    ),
    # 2104: a daughter born in Hamhung in 1976 to Ishida Kazue of Nagaoka (who sailed in 1963
    # and died in 2004) and Pak Tong-su; there was no ship for her, so her first event is her
    # birth in the North. Mongolian border troops took her in Dornod on 10 June 2025; the
    # embassy in Ulaanbaatar took her in on 24 June; she arrived on 30 September and lives in
    # Niigata city near her uncle Ishida Takashi, under the name Ishida Narumi.
    _case(
        2104,
        sex="F",
        born=date(1976, 1, 1),
        birthplace="咸鏡南道咸興 (Hamhung, South Hamgyong)",
        category="descendant",
        names=(
            N("朴", "成美", ""),
            N("박", "성미", ""),
            N("石田", "成美", ""),
            N("石田", "和枝", "mother"),
            N("朴", "東洙", "father"),
            N("박", "동수", "father"),
            N("石田", "隆", "uncle"),
        ),
        events=(
            E(date(1976, 1, 1), "location", "KP", "咸鏡南道咸興 (Hamhung, South Hamgyong)"),
            E(date(2025, 6, 10), "location", "MN", "ドルノド県 (Dornod)", "host_security"),
            E(
                date(2025, 6, 24),
                "location",
                "MN",
                "ウランバートル (Ulaanbaatar)",
                "diplomatic_mission",
            ),
            E(date(2025, 9, 30), "location", "JP", "新潟県新潟市 (Niigata)", "self"),
        ),
        relations=frozenset({"parent"}),
        status="arrived",
    ),
    # 2105: a grandson of Yoshikawa Mitsu, a Japanese wife from Kochi who sailed in 1960 and
    # died in Sinuiju in 2011. Born in Sinuiju in 1994 to her daughter Ri Yong-ae, who stays
    # in the North. He crossed in the autumn of 2025 and since 22 November has been at a
    # church charity's shelter in Qingdao. Mitsu's younger brother Makoto lives in Kochi.
    _case(
        2105,
        sex="M",
        born=date(1994, 1, 1),
        birthplace="平安北道新義州 (Sinuiju, North Pyongan)",
        category="descendant",
        names=(
            N("金", "哲民", ""),
            N("김", "철민", ""),
            N("李", "英愛", "mother"),
            N("리", "영애", "mother"),
            N("吉川", "ミツ", "grandmother"),
            N("吉川", "誠", "great-uncle"),
        ),
        events=(
            E(date(1994, 1, 1), "location", "KP", "平安北道新義州 (Sinuiju, North Pyongan)"),
            E(
                date(2025, 11, 22),
                "location",
                "CN",
                "山東省青島 (Qingdao, Shandong)",
                "ngo_safe_house",
            ),
        ),
        relations=frozenset({"parent"}),
        status="located",
    ),
    # 2106, decoy of 2101: another Japanese wife born in 1941 in Fukushima (Koriyama), who
    # sailed in October 1962 with Choe Yong-nam and lived in Kosong. She reached the same
    # consulate in Shenyang in March 2024 and died there of heart failure that April.
    _case(
        2106,
        sex="F",
        born=date(1941, 1, 1),
        birthplace="福島県郡山市 (Koriyama, Fukushima)",
        category="japanese_spouse",
        names=(
            N("遠藤", "キヨ", ""),
            N("崔", "キヨ", ""),
            N("崔", "龍男", "husband"),
            N("최", "용남", "husband"),
            N("遠藤", "清", "brother"),
        ),
        events=(
            E(date(1962, 10, 26), "location", "KP", "江原道高城 (Kosong, Kangwon)"),
            E(
                date(2024, 3, 2),
                "location",
                "CN",
                "遼寧省瀋陽 (Shenyang, Liaoning)",
                "diplomatic_mission",
            ),
        ),
        relations=frozenset({"spouse", "sibling"}),
        status="deceased",
    ),
    # 2107, decoy of 2102: another Japanese husband born in 1947 in Nagasaki prefecture
    # (Nagasaki city), who went in May 1972 with his wife Shin Sun-ja and lived in Sunchon.
    # Held by the police in Tumen from December 2024, he arrived in June 2025 and lives in
    # Funabashi, Chiba.
    _case(
        2107,
        sex="M",
        born=date(1947, 1, 1),
        birthplace="長崎県長崎市 (Nagasaki)",
        category="japanese_spouse",
        names=(
            N("松尾", "勝", ""),
            N("申", "順子", "wife"),
            N("신", "순자", "wife"),
        ),
        events=(
            E(date(1972, 5, 19), "location", "KP", "平安南道順川 (Sunchon, South Pyongan)"),
            E(date(2024, 12, 5), "location", "CN", "吉林省図們 (Tumen, Jilin)", "host_police"),
            E(date(2025, 6, 20), "location", "JP", "千葉県船橋市 (Funabashi, Chiba)", "self"),
        ),
        relations=frozenset({"spouse"}),
        status="resettlement",
    ),
    # 2108, decoy of 2103: another Korean born in 1953 in Hyogo (Amagasaki), known there as
    # Kanemoto Masamichi, who went in June 1979 and lived in Kimchaek. Held at the same
    # Bangkok detention centre since September 2025, he asked to go to South Korea instead
    # and withdrew his request to hogo. His brother Kim Jong-sik lives in Amagasaki.
    _case(
        2108,
        sex="M",
        born=date(1953, 1, 1),
        birthplace="兵庫県尼崎市 (Amagasaki, Hyogo)",
        category="former_resident",
        names=(
            N("金", "正道", ""),
            N("김", "정도", ""),
            N("金本", "正道", ""),
            N("金", "正植", "brother"),
            N("김", "정식", "brother"),
        ),
        events=(
            E(date(1979, 6, 15), "location", "KP", "咸鏡北道金策 (Kimchaek, North Hamgyong)"),
            E(
                date(2025, 9, 15),
                "location",
                "TH",
                "バンコク入国管理局収容センター (Immigration Detention Center, Bangkok)",
                "host_police",
            ),
        ),
        relations=frozenset({"sibling"}),
        status="withdrawn",
    ),
    # 2109, decoy of 2104: another daughter of a Japanese mother (Kobayashi Teruko), born in
    # 1976 in South Hamgyong (Tanchon), who crossed into Dornod in July 2025 and was taken to
    # the embassy in Ulaanbaatar; she is on her way to Japan.
    _case(
        2109,
        sex="F",
        born=date(1976, 1, 1),
        birthplace="咸鏡南道端川 (Tanchon, South Hamgyong)",
        category="descendant",
        names=(
            N("鄭", "明姫", ""),
            N("정", "명희", ""),
            N("小林", "明美", ""),
            N("小林", "照子", "mother"),
        ),
        events=(
            E(date(1976, 1, 1), "location", "KP", "咸鏡南道端川 (Tanchon, South Hamgyong)"),
            E(date(2025, 7, 8), "location", "MN", "ドルノド県 (Dornod)", "host_security"),
            E(
                date(2025, 7, 20),
                "location",
                "MN",
                "ウランバートル (Ulaanbaatar)",
                "diplomatic_mission",
            ),
        ),
        relations=frozenset({"parent"}),
        status="in_transit",
    ),
    # 2110, decoy of 2105: another grandson of a Japanese wife (Ueda Haru), born in 1994 in
    # North Pyongan (Sakju), sheltered since October 2025 in a safe house in Qingdao; his
    # mother Kim Sun-ok stays in the North.
    _case(
        2110,
        sex="M",
        born=date(1994, 1, 1),
        birthplace="平安北道朔州 (Sakju, North Pyongan)",
        category="descendant",
        names=(
            N("李", "光赫", ""),
            N("리", "광혁", ""),
            N("金", "順玉", "mother"),
            N("김", "순옥", "mother"),
            N("上田", "ハル", "grandmother"),
        ),
        events=(
            E(date(1994, 1, 1), "location", "KP", "平安北道朔州 (Sakju, North Pyongan)"),
            E(
                date(2025, 10, 30),
                "location",
                "CN",
                "山東省青島 (Qingdao, Shandong)",
                "ngo_safe_house",
            ),
        ),
        relations=frozenset({"parent"}),
        status="located",
    ),
)

A = HeldOutArticle
# fmt: off
ARTICLES: tuple[HeldOutArticle, ...] = (
    A("en", "follow_up", date(2025, 10, 8), 2101, "TOKYO (AP) — An elderly Japanese woman who escaped from North Korea has now spent five weeks inside Japan’s consulate general in the northeastern Chinese city of Shenyang while Tokyo and Beijing negotiate her departure, Japanese officials said Wednesday. The woman, 84, entered the consulate in early September after crossing the Yalu River with the help of a paid guide, as The Associated Press reported at the time. She had lived in North Korea since 1962, when she sailed from Niigata with her ethnic Korean husband under a resettlement program that took about 93,000 Koreans and their Japanese spouses and children to the North between 1959 and 1984. Her husband died in 2009, relatives say. A Foreign Ministry official, who spoke on condition of anonymity because he was not authorized to discuss the case, said she was receiving medical care and that talks with China were “moving forward.” “She is tired, but she eats well, and every morning she asks when she can go home,” the official said. Her younger sister, who lives in Fukushima prefecture, has appealed for her return before winter. China treats North Koreans who cross its border as illegal migrants and sends many of them back, although it has let some leave for third countries after long negotiations."),
    A("en", "relative", date(2026, 1, 22), 2105, "Makoto Yoshikawa was 15 when his elder sister Mitsu walked up the gangway of a Soviet-built ship at Niigata with her Korean husband and a suitcase of winter clothes. He never saw her again. Last month, aged 80, he picked up the telephone at his home in Kochi, on the southern island of Shikoku, and heard a young man speaking careful, old-fashioned Japanese. ‘He said: “Is this Grandmother Mitsu’s brother? I am her grandson, Chol-min,”’ Mr Yoshikawa recalled. ‘I had to sit down on the floor.’ The caller, Kim Chol-min, 31, crossed out of North Korea in the autumn and is staying at a shelter run by a church-backed charity in Qingdao, in China’s Shandong province, according to the charity’s director, who asked not to be named for the safety of the people in her care. Mitsu died in 2011 in Sinuiju, the border city where her grandson grew up; his mother is still in the North. Mr Yoshikawa has written to the Foreign Ministry asking for help to bring his great-nephew to Japan. ‘My sister is buried over there,’ he said. ‘The least I can do is get the boy out.’ The ministry said it did not comment on individual cases."),
    A("en", "life_story", None, 2103, "He was 26, some years out of a Korean high school in Kobe, when he waved from the deck of the Mangyongbong at the relatives crowding the quay in Niigata. His parents had gone ahead and written that there was work and a flat waiting for him. Forty-six years later the man – now 72, thin, with a fish-gutter’s scarred hands – sits in a crowded cell at Bangkok’s immigration detention centre, waiting to learn whether he will be allowed back into the country where he was born. Mr Ko, who asked that his given name not be printed because a son remains in the North, spent most of those decades at a fish-processing plant on the east coast. He married there, buried both parents there, and survived the famine of the 1990s by trading dried squid to Chinese smugglers. ‘In Kobe I was a Korean. Over there I was a Japanese,’ he told a visitor from a Japanese support group, speaking through the bars. ‘I was never allowed to be only myself.’ His younger sister, who still lives in Osaka, is the only member of the family left in Japan; she has not heard his voice since the early 1980s, when the letters stopped. He left the North last summer, walked through southern China into Laos and crossed the Mekong into Thailand, where foreigners who enter illegally are held until another country agrees to take them."),
    A("en", "custody", date(2025, 1, 16), 2102, "SEOUL — A Japanese man who spent more than half a century in North Korea is being held by the Chinese police in the border city of Tumen after fleeing the North in the fall, according to a Japanese support group and a South Korean missionary who has been in contact with him. The man, 77, was born in Sasebo, a port city in Nagasaki Prefecture, and moved to North Korea in 1972 with his wife, an ethnic Korean from Japan, under a repatriation program run by the Red Cross societies of the two countries. The support group, which is based in Osaka, identified him only by his family name, Nakashima. He was detained in late October at a guesthouse in Tumen, across the river from North Korea, together with a North Korean woman who had helped him cross, said the missionary, who asked not to be named because he works in China without permission. Japan’s Foreign Ministry declined to comment. In the past, Beijing has quietly allowed a few Japanese citizens who escaped the North to leave for Japan after months of talks; ethnic Koreans caught with them are usually sent back."),
    A("en", "refuge", date(2025, 7, 2), 2104, "ULAANBAATAR, July 2 (Reuters) - A woman born in North Korea to a Japanese mother has taken refuge at Japan’s embassy in Ulaanbaatar after crossing into Mongolia, two sources familiar with the matter said on Wednesday. The woman, 49, was picked up by Mongolian border troops in the eastern province of Dornod in early June and was handed to the embassy later that month, the sources said. She grew up in Hamhung, an industrial city on North Korea’s east coast. Her mother, a native of Niigata prefecture, moved to North Korea in 1963 with her Korean husband and died there in 2004, according to one of the sources. Japan’s Foreign Ministry said it could not comment on individual cases for the safety of those involved. Mongolia’s foreign ministry did not respond to a request for comment. Mongolia, which has ties with both Koreas, has in the past let North Koreans caught on its territory travel on to South Korea."),
    A("en", "resettled", date(2025, 7, 27), 2102, "In a two-room flat above a coin laundry in Kawaguchi, a commuter town on the northern edge of Tokyo, Yoshio Nakashima keeps a single photograph from North Korea: his wife, Yang Jong-suk, laughing on a beach near Nampo some time in the early 1980s. Nakashima, 78, was born in Sasebo, the naval port in Nagasaki, and was 24 when he followed her on to a ship at Niigata in 1972. She was a Korean born in Japan; he was a Japanese welder who did not want to be left behind. She died in 2019. He spent the winter in a police cell in the Chinese border city of Tumen before officials negotiated his release, and landed at Haneda in March. ‘People ask if I am happy to be home,’ he says. ‘I was born in Sasebo. Home is a word I have not decided about yet.’ On Thursdays he goes to a support group in Tokyo where he has met others who came back the same way, among them a 66-year-old woman who left Japan as a baby in 1960 and escaped from Hyesan two decades ago. The government pays his rent for the first year. He is learning to use a smartphone and a train pass and, he says, to stop counting the rice."),
    A("en", "brief", date(2025, 10, 14), 2103, "BANGKOK, Oct 14 (AFP) – A 72-year-old man who moved from Japan to North Korea decades ago is being held at Bangkok’s immigration detention centre after entering Thailand from Laos, a Thai police official said Tuesday. Japan’s embassy said it was “aware of the case” and in contact with Thai authorities."),
    A("en", "group", date(2026, 3, 15), None, "About 40 people who left Japan for North Korea under the postwar repatriation program and later escaped gathered in Tokyo on Saturday, many meeting for the first time since they sailed from Niigata decades ago. “We were on the same ship in 1961 and I did not recognize her,” said Kazuko Hirano, 82, a native of Yamaguchi Prefecture, embracing Ri Sun-hui, 81, who grew up in Kawasaki. Both women crossed into China in the 2000s and have lived in Japan for nearly 20 years. Kim Tae-ho, 70, who was taken to the North as a boy in 1965 from Hiroshima and escaped in 2008, read out the names of friends who died in the famine of the 1990s. The gathering was organized by Hope Bridge, a Tokyo group that supports people who have fled the North. Its head, Shigeru Tanabe, said roughly 200 former returnees and their family members now live in Japan, most of them in their 70s and 80s. Participants urged the government to say how many more are waiting in China and Southeast Asia."),
    A("en", "general", date(2025, 11, 27), None, "EDITORIAL: Japan owes the returnees a law. Some 93,000 people — Koreans who had lived in Japan, about 1,800 Japanese wives, a smaller number of Japanese husbands, and their children — left for North Korea between 1959 and 1984 on the promise of a “paradise on earth.” Since the early 2000s a few hundred of them have made their way back, nearly always after years of hiding in China or a long wait in a detention cell in Southeast Asia. More than two decades after the Foreign Ministry first admitted that it had taken “dozens” of them into protective custody, the government still treats each case as a secret favor rather than a duty. Those who arrive receive a year of help with rent and language lessons, and little else; those who were born in the North, and hold no Japanese passport, depend on the discretion of immigration officials. The support law passed for the abduction victims in 2002 shows what a statute can do: a pension, housing, work, and a public promise. The returnees, most of them now in their late 70s and 80s, do not have time for another decade of discretion."),
    A("en", "stranger", date(2026, 5, 6), None, "VIENTIANE, Laos (AP) — Laotian police have detained a 66-year-old man who says he was born in Japan and taken to North Korea as a child, a Tokyo-based aid group said Wednesday, urging Laos not to send him back to China. The man was born in Kawasaki, near Tokyo, and was 7 when his parents took him to the North in 1966, according to the group, North Star Aid. He was arrested with two North Korean women at a bus station in Luang Namtha province, near the Chinese border, last week. He has a brother in Yokohama, the group said. Japan’s embassy in Vientiane said it was gathering information."),
    A("ja", "follow_up", date(2025, 10, 2), 2104, "北朝鮮で生まれ育ち、モンゴルに逃れていた日本人女性の娘（49）が9月30日、日本に到着した。本紙が7月に報じたように、女性は6月、モンゴル東部ドルノド県で国境警備隊に身柄を確保され、その後ウランバートルの日本大使館に保護されていた。関係者によると、女性の母親は新潟県出身で、1963年に在日朝鮮人の夫とともに帰国事業で北朝鮮に渡り、2004年に咸興で亡くなった。女性は成田空港から新潟市に向かい、当面は母親の親族のもとに身を寄せるという。外務省は「個別の案件についてはお答えを差し控える」としている。"),
    A("ja", "relative", date(2025, 9, 21), 2101, "「生きているうちに、もう一度会いたい。それだけです」。中国・瀋陽の日本総領事館に保護されている日本人妻、渡部澄子さん（84）の妹、佐藤芳江さん（80）＝喜多方市＝は、自宅の仏壇に手を合わせながら話した。澄子さんは会津若松市出身。1962年5月、在日朝鮮人の夫、洪在植さんと新潟港から帰国船に乗った。21歳だった。夫婦は元山で暮らしたとみられ、当初は月に1度届いた手紙も70年代半ばに途絶えた。夫は2009年に亡くなったという。芳江さんが姉の無事を知ったのは今月初め、外務省からの電話だった。「母は最後まで姉の名前を呼んでいた。早く会津に連れて帰りたい」。日中両政府は女性の出国に向けて協議を続けている。"),
    A("ja", "life_story", None, 2102, "【連載・半世紀の海峡（3）】24歳で海を渡った男は、53年ぶりに祖国の土を踏んだ。埼玉県内で暮らす中島さん（78）は長崎県佐世保市で生まれた。造船所で溶接工として働いていた頃、在日朝鮮人の妻と出会った。妻が帰国事業で北朝鮮へ渡ると決めたとき、「一人で残るという考えはなかった」。平安南道の工場町で、日本人であることは隠しようがなかった。配給が止まった90年代、近所で何人もが飢えて死んだ。6年前に妻を亡くし、昨年秋、中朝国境の川を渡った。中国の警察に拘束され、日本に着いたのは今年の春だった。「帰ってきた、という実感はまだない。向こうに息子がいるから」。中島さんは今も毎朝、北の方角を向いて茶を飲む。"),
    A("ja", "custody", date(2025, 10, 18), 2103, "北朝鮮から脱出し、タイの首都バンコクにある入国管理局の収容施設に収容されている元在日朝鮮人の男性（72）について、支援団体「北の家族をつなぐ会」（大阪市）は17日、日本政府に早期の受け入れを求める要望書を外務省に提出した。同会によると、男性は神戸市長田区出身で、朝鮮高級学校を卒業し、家業のケミカルシューズ工場を手伝っていた1979年、先に渡った両親を追って帰国事業で北朝鮮に渡った。清津の水産加工場で働いていたという。今夏に北朝鮮を出て中国、ラオスを経由し、今月初めにタイに入国したところを拘束された。大阪市生野区に住む妹（70）は「兄は日本で生まれ育った。日本に帰してほしい」と話している。男性は日本国籍を持たず、受け入れには出入国在留管理庁の判断が必要となる。"),
    A("ja", "refuge", date(2025, 12, 12), 2105, "北朝鮮から脱出した日本人妻の孫にあたる男性（31）が、中国山東省青島市にある支援団体の施設に身を寄せていることが11日、分かった。男性はキム・チョルミンさん。祖母は高知県出身で、1960年に在日朝鮮人の夫とともに北朝鮮に渡り、2011年に平安北道新義州で死去した。施設を運営する団体によると、キムさんは11月下旬に施設にたどり着いた。施設には同じく北朝鮮を出た40代と20代の女性2人も滞在している。高知市に住む祖母の弟、吉川誠さん（80）は「姉の孫を日本に迎えたい」と話している。"),
    A("ja", "resettled", date(2026, 1, 9), 2104, "北朝鮮・咸興で生まれ育った石田成美さん（49）が来日して3か月が過ぎた。母・和枝さんの古里に近い新潟市のアパートで一人で暮らし、週3回、市内の日本語教室に通う。「雪の降り方が咸興と似ている」と笑う。和枝さんは長岡市出身。1963年、在日朝鮮人の夫と帰国船に乗った。成美さんは北朝鮮では「朴成美」として育ち、母から日本の童謡を教わった。母は2004年に亡くなった。昨年6月にモンゴルへ逃れ、日本大使館を経て9月末に来日した。叔父の石田隆さん（81）は「和枝の娘が帰ってきてくれた」と目を細める。春からは市内の食品工場で働く予定だ。"),
    A("ja", "brief", date(2025, 9, 5), 2101, "【北京共同】中国遼寧省瀋陽の日本総領事館に、北朝鮮から脱出した80代の日本人女性が保護されていることが4日、分かった。女性は福島県出身で、帰国事業で北朝鮮に渡った日本人妻とみられる。"),
    A("ja", "into_north", None, None, "帰国事業で北朝鮮に渡った姉の墓参りのため、東京都足立区の女性（76）が来月、北京経由で平壌を訪れる。姉は1961年に在日朝鮮人の夫と北朝鮮に渡り、平壌郊外で20年前に亡くなった。女性は「姉の墓に故郷山形の土を供えたい」と話す。訪朝は民間団体が主催し、日本人妻の家族ら5人が参加する予定。外務省は北朝鮮への渡航自粛を求めている。"),
    A("ja", "general", date(2026, 2, 20), None, "政府は20日の衆院予算委員会で、北朝鮮から脱出して日本に定住した元在日朝鮮人や日本人妻とその家族が、昨年末時点で約200人に上ると明らかにした。外務省の担当局長が答弁した。政府がこうした人数を国会で示すのは異例。帰国事業では1959年から84年までに約9万3千人が北朝鮮に渡り、このうち日本国籍を持つ人は約6800人とされる。定住者の多くは高齢で、支援団体は住宅や医療、日本語学習の支援を定めた法整備を求めている。局長は「関係国との関係もあり、個別の経緯は明らかにできない」と述べた。"),
    A("ja", "group", date(2025, 12, 14), None, "北朝鮮に渡った日本人妻の家族らでつくる「北に渡った家族を思う会」は13日、大阪市内で年次集会を開き、約60人が参加した。1959年に帰国船で北朝鮮に渡った母を持つ山口市の吉村和子さん（74）、2004年に脱北して日本に戻った元日本人妻の平田ハルさん（88）＝横浜市＝らが体験を語った。平田さんは「北で亡くなった仲間の名前を忘れないでほしい」と訴えた。会は日本人妻の安否確認と遺骨の返還を政府に求める決議を採択した。"),
    A("ko", "follow_up", date(2025, 12, 3), 2103, "태국 방콕 이민국 수용소에 두 달째 갇혀 있는 재일교포 출신 탈북민 고영남(72)씨의 일본행이 늦어지고 있다. 본지가 10월 보도한 고씨는 일본 고베시 나가타구에서 태어나 1979년 북송선을 타고 북한에 건너갔다. 함경북도 청진의 수산물 가공공장에서 일했다고 한다. 지난여름 북한을 떠나 중국과 라오스를 거쳐 10월 초 태국에 들어갔다가 체포됐다. 일본 국적이 없어 일본 정부가 입국을 허가할지 결정해야 하는 상황이다. 같은 수용소에는 탈북 여성 김모(45)씨 등 10여 명이 한국행을 기다리고 있다. 오사카에 사는 여동생 고영숙씨(70)는 본지와의 통화에서 “오빠가 태어난 나라로 돌아올 수 있게 해달라”고 말했다."),
    A("ko", "relative", None, 2104, "“누나가 북에서 낳은 딸이 제 앞에 앉아 있다니, 아직도 꿈같습니다.” 일본 니가타시에 사는 이시다 다카시(81)씨는 조카 박성미(49)씨 이야기를 하다 목이 멨다. 박씨의 어머니 이시다 가즈에씨는 1963년 재일조선인 남편 박동수씨를 따라 북송선을 탔다. 박씨는 함경남도 함흥에서 태어나 자랐고, 어머니는 2004년 세상을 떠났다. 박씨는 지난해 몽골로 탈출해 일본대사관의 보호를 받다 일본에 들어왔다. 이시다씨는 “누나는 죽을 때까지 니가타 바다 얘기를 했다고 한다”며 “조카가 그 바다를 보게 돼 다행”이라고 말했다."),
    A("ko", "life_story", date(2025, 11, 2), 2101, "스물한 살 새색시는 여든넷 할머니가 됐다. 일본 후쿠시마현 아이즈와카마쓰 출신의 와타나베 스미코(84)씨. 재일조선인 남편을 따라 북송선에 오른 지 63년 만에 북한을 빠져나왔다. 그는 지금 중국 선양의 일본 총영사관에서 두 달째 출국을 기다리고 있다. 북에서 보낸 세월은 ‘일본 여자’라는 꼬리표와의 싸움이었다. 남편은 ‘귀국자’라는 이유로 좋은 일자리에서 밀려났고, ‘고난의 행군’ 때는 일본에서 가져간 기모노를 팔아 옥수수를 샀다. 남편 홍재식씨는 16년 전 세상을 떠났다. 일본의 여동생과는 수십 년 연락이 끊겼다. 그는 지원단체 관계자에게 이렇게 말했다고 한다. “고향 집 감나무를 한 번만 더 보고 싶다.”"),
    A("ko", "custody", date(2025, 6, 19), 2104, "몽골 동부 도르노드주에서 탈북 여성 1명이 국경수비대에 붙잡힌 것으로 19일 알려졌다. 대북 소식통에 따르면 이 여성 A(49)씨는 이달 10일께 중국 네이멍구를 거쳐 몽골 국경을 넘었다. A씨는 함경남도 함흥 출신으로, 어머니가 북송사업 때 북한으로 건너간 일본인인 것으로 전해졌다. A씨는 몽골 당국 조사에서 일본행을 희망한다고 밝혔다. 몽골은 그동안 탈북민을 주로 한국으로 보내왔으나, 일본 측도 신병 인도를 요청할 것으로 보인다."),
    A("ko", "refuge", date(2025, 9, 6), 2101, "북한을 탈출한 80대 일본인 여성이 중국 랴오닝성 선양의 일본 총영사관에 들어간 것으로 5일 확인됐다. 일본 언론에 따르면 이 여성은 후쿠시마현 출신으로 1962년 재일조선인 남편과 함께 북송선을 탄 이른바 ‘일본인 처’다. 지난달 압록강을 건너 단둥에 머물다 브로커의 도움으로 총영사관에 진입한 것으로 알려졌다. 중국 외교부는 “관련 상황을 알지 못한다”고 밝혔다. 일본 정부는 중국 측과 출국 문제를 협의하고 있다."),
    A("ko", "resettled", date(2026, 2, 10), 2102, "일본 나가사키현 사세보에서 태어나 북한에서 반세기를 산 ‘일본인 남편’ 나카시마 요시오(78)씨가 사이타마현 가와구치시에 정착한 지 11개월이 됐다. 나카시마씨는 1972년 재일조선인 아내 양정숙씨를 따라 북한으로 건너가 평안남도 평성에서 용접공으로 일했다. 아내가 숨진 뒤 2024년 가을 두만강을 건넜고, 중국 투먼 공안에 넉 달 넘게 구금됐다가 지난해 3월 일본에 도착했다. 그는 “일본말이 아직 입에 붙지 않는다”며 웃었다. 지원단체에 따르면 이처럼 일본에 정착한 북송 관련 탈북민은 200명 안팎이다."),
    A("ko", "brief", date(2025, 12, 30), 2105, "중국 칭다오의 민간단체 보호시설에 머물고 있는 일본인 처의 손자 김철민(31)씨가 일본행을 희망하고 있다고 단체 측이 30일 밝혔다. 김씨는 평안북도 신의주 출신이다."),
    A("ko", "stranger", None, None, "재일교포 북송자 출신 탈북민 이정순씨(74)가 서울에서 자서전 ‘니가타에서 온 편지’를 펴냈다. 후쿠오카에서 태어난 이씨는 1962년 열한 살 때 부모를 따라 북송선을 탔고, 2006년 두만강을 건너 한국에 왔다. 함경북도 회령에서 광부의 아내로 살았던 40여 년을 담담하게 적었다. 이씨는 “일본에 있는 사촌들에게도 이 책을 보내고 싶다”고 말했다."),
    A("ko", "general", date(2026, 4, 8), None, "통일부에 따르면 북송사업으로 북한에 건너갔다가 탈북해 국내에 입국한 재일교포 출신은 지금까지 300여 명으로 집계됐다. 1959년부터 1984년까지 일본에서 북한으로 건너간 재일조선인과 일본인 가족은 9만3000여 명에 이른다. 국회에는 이들의 피해 실태를 조사하는 특별법안이 발의돼 있다. 법안을 대표 발의한 의원은 “북송은 재일동포 인권 문제이자 한일 공동의 과제”라고 말했다. 일본 정부는 자국에 정착한 이들의 규모를 공개하지 않고 있다."),
    A("ko", "into_north", date(2025, 8, 15), None, "조총련 계열 재일조선인 학생 60여 명으로 구성된 ‘조국방문단’이 14일 베이징을 거쳐 평양에 도착했다고 조선중앙통신이 15일 보도했다. 방문단은 조선대학교와 각지 조선고급학교 학생들로, 2주 동안 머물며 만경대 등을 둘러볼 예정이다. 일본 정부는 대북 제재에 따라 방북 자제를 요청하고 있어 이들의 재입국을 둘러싼 논란도 예상된다."),
)
# fmt: on
