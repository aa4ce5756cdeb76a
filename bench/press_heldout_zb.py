# ruff: noqa: RUF001, E501 - Japanese punctuation; articles are kept as written, one per line.
"""Held-out set ZB for the press monitor: thirty articles written by hand.

Ten articles in English (a wire service, a magazine, a Japanese English-language
daily), ten in Japanese (national dailies, a regional paper, a weekly magazine, a
public broadcaster) and ten in Korean (South Korean dailies and broadcasters, a
defector outlet, a Zainichi paper), written from the facts of the cases below and
mostly dated early 2027. They follow cases along the whole chain: an escape told a
year later, a handover after months of talks, a first year of resettlement (work,
language school, support payments, a family reunion), a death in custody of
someone else reported beside a living subject, and commentary.

People are named as reporters name them: family name only, initials, aliases,
Korean married names, hangul renderings of Japanese names, Japanese names taken
by Zainichi families, several romanizations, or not at all; ages as numbers,
decades ("in her 80s", "late 70s") or at the time of an event. Five decoy cases
share most facts with a subject and are never the subject of an article.
"""

from __future__ import annotations

from datetime import date

from bench.press_heldout import HeldOutArticle, HeldOutCase, _case
from hogo.monitor.scoring import EventFacts, NameFacts

E = EventFacts
N = NameFacts

CASES: tuple[HeldOutCase, ...] = (
    # 2701: a Japanese wife from Joetsu who went north in 1961, waded the Tumen in January
    # 2026, was held by Lao police in November and reached the embassy in Vientiane in
    # January 2027; talks on her handover are under way.
    _case(
        2701,
        sex="F",
        born=date(1944, 1, 1),
        birthplace="新潟県上越市 (Joetsu, Niigata)",
        category="japanese_spouse",
        names=(
            N("佐野", "ヨシ子", ""),
            N("さの", "よしこ", ""),
            N("Sano", "Yoshiko", ""),
            N("사노", "요시코", ""),
            N("金", "英子", ""),
            N("김", "영자", ""),
            N("Kim", "Yong-ja", ""),
            N("金", "在哲", "spouse"),
            N("김", "재철", "spouse"),
            N("김", "혜숙", "child"),
            N("Kim", "Hye-suk", "child"),
        ),
        events=(
            E(date(1961, 6, 1), "location", "KP", "Hamgyong-bukto", "unknown"),
            E(date(2026, 1, 15), "location", "CN", "Jilin", "broker"),
            E(date(2026, 11, 3), "location", "LA", "Luang Namtha", "host_police"),
            E(date(2027, 1, 22), "location", "LA", "Vientiane", "diplomatic_mission"),
        ),
        status="handover_negotiation",
    ),
    # 2702: a Zainichi boy from Ikuno, Osaka, who sailed north with his parents in 1960 at
    # ten; crossed into Russia at Khasan in March 2026, held by the border service, handed
    # to the consulate-general in Vladivostok in December after months of talks, flew to
    # Osaka in January 2027, where his younger sister lives.
    _case(
        2702,
        sex="M",
        born=date(1950, 1, 1),
        birthplace="大阪市生野区 (Ikuno, Osaka)",
        category="former_resident",
        names=(
            N("高", "英男", ""),
            N("고", "영남", ""),
            N("Ko", "Yong-nam", ""),
            N("Koh", "Young-nam", ""),
            N("高山", "英男", ""),
            N("たかやま", "ひでお", ""),
            N("Takayama", "Hideo", ""),
            N("高山", "明子", "sibling"),
            N("고", "명자", "sibling"),
        ),
        events=(
            E(date(1960, 5, 1), "location", "KP", "Pyongan-namdo", "unknown"),
            E(date(2026, 3, 12), "location", "RU", "Primorsky Krai", "host_security"),
            E(date(2026, 4, 20), "diplomatic_request", "RU", "Primorsky Krai", "host_security"),
            E(date(2026, 12, 16), "location", "RU", "Vladivostok", "diplomatic_mission"),
            E(date(2027, 1, 12), "location", "JP", "Osaka", "self"),
        ),
        status="arrived",
    ),
    # 2703: a granddaughter of a Japanese wife, born in Hamhung in 1994; left through China
    # in February 2025, held by Mongolian border police in April, at the embassy in
    # Ulaanbaatar in May, in Japan since July 2025; language school, a job, support payments.
    _case(
        2703,
        sex="F",
        born=date(1994, 1, 1),
        birthplace="咸興 (Hamhung, North Korea)",
        category="descendant",
        names=(
            N("리", "은정", ""),
            N("李", "恩貞", ""),
            N("Ri", "Un-jong", ""),
            N("Lee", "Eun-jung", ""),
            N("平田", "恵美", ""),
            N("ひらた", "えみ", ""),
            N("Hirata", "Emi", ""),
            N("平田", "キヌ", "grandparent"),
            N("리", "정희", "parent"),
        ),
        events=(
            E(date(2025, 2, 10), "location", "CN", "Jilin", "broker"),
            E(date(2025, 4, 10), "location", "MN", "Dornogovi", "host_police"),
            E(date(2025, 5, 6), "location", "MN", "Ulaanbaatar", "diplomatic_mission"),
            E(date(2025, 7, 2), "location", "JP", "Saitama", "self"),
        ),
        status="resettlement",
    ),
    # 2704: a Japanese husband from Omuta who followed his Korean wife north in 1962; went
    # into the consulate-general in Shenyang in June 2025, in Japan since October 2025,
    # living in Kitakyushu; his son born in the North joined him in February 2027.
    _case(
        2704,
        sex="M",
        born=date(1940, 1, 1),
        birthplace="福岡県大牟田市 (Omuta, Fukuoka)",
        category="japanese_spouse",
        names=(
            N("松尾", "勝", ""),
            N("まつお", "まさる", ""),
            N("Matsuo", "Masaru", ""),
            N("마쓰오", "마사루", ""),
            N("宋", "勝", ""),
            N("송", "승", ""),
            N("金", "順姫", "spouse"),
            N("김", "순희", "spouse"),
            N("松尾", "哲", "child"),
            N("송", "철", "child"),
            N("Song", "Chol", "child"),
        ),
        events=(
            E(date(1962, 3, 1), "location", "KP", "Hwanghae-namdo", "unknown"),
            E(date(2025, 4, 28), "location", "CN", "Liaoning", "broker"),
            E(date(2025, 6, 18), "location", "CN", "Shenyang", "diplomatic_mission"),
            E(date(2025, 10, 30), "location", "JP", "Fukuoka", "self"),
            E(date(2027, 2, 14), "contact", "JP", "Fukuoka", "self"),
        ),
        status="resettlement",
    ),
    # 2705: a Japanese wife from Maizuru, 87, who went north in 1960; crossed the Yalu in
    # November 2026 and is held by police in Dandong, where another detainee died in December.
    _case(
        2705,
        sex="F",
        born=date(1939, 1, 1),
        birthplace="京都府舞鶴市 (Maizuru, Kyoto)",
        category="japanese_spouse",
        names=(
            N("中川", "春江", ""),
            N("なかがわ", "はるえ", ""),
            N("Nakagawa", "Harue", ""),
            N("나카가와", "하루에", ""),
            N("鄭", "春愛", ""),
            N("정", "춘애", ""),
            N("Jong", "Chun-ae", ""),
            N("鄭", "昌洙", "spouse"),
            N("정", "창수", "spouse"),
        ),
        events=(
            E(date(1960, 8, 1), "location", "KP", "Pyongan-bukto", "unknown"),
            E(date(2026, 11, 20), "location", "CN", "Liaoning", "host_police"),
            E(date(2026, 12, 9), "diplomatic_request", "CN", "Liaoning", "host_police"),
        ),
        status="in_host_custody",
    ),
    # 2706 (decoy of 2701): a Japanese wife from Niigata city, also gone in 1961, crossed
    # into Yanbian in February 2026 and died in a safe house in Yanji that August.
    _case(
        2706,
        sex="F",
        born=date(1943, 1, 1),
        birthplace="新潟県新潟市 (Niigata)",
        category="japanese_spouse",
        names=(
            N("佐々木", "ヨシ", ""),
            N("Sasaki", "Yoshi", ""),
            N("사사키", "요시", ""),
            N("朴", "英順", ""),
            N("박", "영순", ""),
            N("Pak", "Yong-sun", ""),
        ),
        events=(
            E(date(1961, 9, 1), "location", "KP", "Hamgyong-bukto", "unknown"),
            E(date(2026, 2, 8), "location", "CN", "Jilin", "ngo_safe_house"),
        ),
        status="deceased",
    ),
    # 2707 (decoy of 2702): a Zainichi man from Higashiosaka, gone in 1960, who left a
    # logging camp near Khabarovsk in 2024; the case is on hold since contact was lost.
    _case(
        2707,
        sex="M",
        born=date(1951, 1, 1),
        birthplace="東大阪市 (Higashiosaka)",
        category="former_resident",
        names=(
            N("金", "光男", ""),
            N("김", "광남", ""),
            N("Kim", "Kwang-nam", ""),
            N("金田", "光男", ""),
            N("Kaneda", "Mitsuo", ""),
        ),
        events=(
            E(date(1960, 2, 1), "location", "KP", "Kangwon-do", "unknown"),
            E(date(2024, 7, 1), "location", "RU", "Khabarovsk Krai", "self"),
        ),
        status="on_hold",
    ),
    # 2708 (decoy of 2703): a Japanese wife's granddaughter born in Hamhung in 1995, also out
    # through Mongolia in 2025, who chose South Korea; the case was closed.
    _case(
        2708,
        sex="F",
        born=date(1995, 1, 1),
        birthplace="咸興 (Hamhung, North Korea)",
        category="descendant",
        names=(
            N("김", "은희", ""),
            N("Kim", "Un-hui", ""),
            N("木村", "恵子", ""),
            N("Kimura", "Keiko", ""),
            N("木村", "ハル", "grandparent"),
        ),
        events=(
            E(date(2025, 3, 2), "location", "MN", "Dornogovi", "host_police"),
            E(date(2025, 8, 20), "location", "KR", "Seoul", "self"),
        ),
        status="closed",
    ),
    # 2709 (decoy of 2704): a Japanese husband from Kurume, gone in 1962, who entered the
    # embassy in Hanoi in September 2026; his handover is being negotiated.
    _case(
        2709,
        sex="M",
        born=date(1939, 1, 1),
        birthplace="福岡県久留米市 (Kurume, Fukuoka)",
        category="japanese_spouse",
        names=(
            N("松田", "実", ""),
            N("Matsuda", "Minoru", ""),
            N("마쓰다", "미노루", ""),
            N("李", "玉蓮", "spouse"),
        ),
        events=(
            E(date(1962, 1, 1), "location", "KP", "Hwanghae-namdo", "unknown"),
            E(date(2026, 9, 14), "location", "VN", "Hanoi", "diplomatic_mission"),
        ),
        status="handover_negotiation",
    ),
    # 2710 (decoy of 2705): a Japanese wife from Kyoto city, gone in 1960, held by police in
    # Tonghua, Jilin, since November 2026.
    _case(
        2710,
        sex="F",
        born=date(1940, 1, 1),
        birthplace="京都府京都市 (Kyoto)",
        category="japanese_spouse",
        names=(
            N("中村", "春子", ""),
            N("Nakamura", "Haruko", ""),
            N("나카무라", "하루코", ""),
            N("崔", "春子", ""),
            N("최", "춘자", ""),
        ),
        events=(
            E(date(1960, 10, 1), "location", "KP", "Pyongan-bukto", "unknown"),
            E(date(2026, 11, 26), "location", "CN", "Jilin", "host_police"),
        ),
        status="in_host_custody",
    ),
)

A = HeldOutArticle
d = date
# fmt: off
ARTICLES: tuple[HeldOutArticle, ...] = (
    # English
    A("en", "follow_up", d(2027, 1, 13), 2702, "OSAKA, Jan 13 (Wire) - A 76-year-old man who was taken to North Korea as a child in 1960 arrived at Kansai International Airport on Tuesday evening, ending ten months in Russia during which Tokyo and Moscow negotiated his release. The man, identified by the Japanese government only by his family name Ko, was born in Osaka's Ikuno ward to Korean parents and sailed from Niigata with them under the repatriation programme at the age of ten. He crossed the Tumen river into Russia near Khasan last March and was held by the Federal Security Service's border directorate in Primorsky Krai. Japan's Foreign Ministry said he was transferred to its consulate-general in Vladivostok on Dec. 16 'after lengthy consultations with the Russian side'. A younger sister who stayed in Japan met him at the airport, a relatives' group said. He did not speak to reporters."),
    A("en", "relative", d(2027, 2, 19), 2704, "KITAKYUSHU - For eighteen months Masaru Matsuo kept a photograph of his son on the shelf above his futon. Last Sunday the son, a man of 58 with grey at his temples, walked out of the arrivals gate at Fukuoka airport. 'I told him he looks like my father,' said Matsuo, 86, who followed his Korean wife to North Korea in 1962 and escaped through China in 2025, sheltering for four months at the Japanese consulate-general in Shenyang before he was flown home that October. His son, who was known in the North as Song Chol, was born in South Hwanghae province and has taken the family name Matsuo; he will live with his father in a municipal flat in Kitakyushu's Yahatanishi ward. The wife, Kim Sun-hui, died in 2019. Officials declined to say how the son left the North. A support group said he would begin Japanese classes in April."),
    A("en", "life_story", d(2027, 2, 1), 2701, "THE LONG WAY OUT. A year ago this January, a woman of 82 stepped into the Tumen river in her socks, because her shoes, she said later, 'were the only good thing I owned'. She had lived in North Korea since 1961, when she left Joetsu on the Japan Sea coast at seventeen with a Korean husband she had met at a dance hall. In the North she was Kim Yong-ja; in the family register in Niigata she is still Sano Yoshiko. Her husband is long dead. A daughter, Hye-suk, stayed behind. The crossing into Yanbian was arranged by a broker paid by a church in Seoul; from there she spent ten months moving south by bus and on foot, through Yunnan and into northern Laos, where police in Luang Namtha picked her up last November. Through the broker, whose messages we have seen, she asked to be sent 'to Japan, not to Korea'. This January she was moved to the Japanese embassy in Vientiane. Tokyo and Vientiane are talking. She is waiting, the broker writes, 'and knitting'."),
    A("en", "custody", d(2027, 1, 9), 2705, "BEIJING, Jan 9 (Wire) - A North Korean man in his 60s died last month in a police detention centre in Dandong, the Chinese border city on the Yalu river, where an elderly Japanese-born woman is also being held, according to two people in contact with detainees' families. The man, who was not named, had crossed the river in October and was awaiting repatriation; the cause of death was not disclosed. The woman, 87, is from Maizuru in Kyoto prefecture and went to North Korea in 1960 with her Korean husband, a Japanese government source said. She crossed in November and asked to go to Japan. Tokyo has formally asked Beijing to hand her over, the source said. Chinese authorities did not respond to questions."),
    A("en", "refuge", d(2027, 1, 4), 2702, "Japan's Foreign Ministry confirmed on Monday that a former Korean resident of Japan who had been held by Russian border guards since March is now under the protection of its consulate-general in Vladivostok. The man, in his mid-70s, was born in Osaka and went to North Korea in the 1960 repatriation. He entered Russia across the land border near Khasan, the ministry said. 'We are arranging his travel,' a spokesperson said, declining to give his name. A relatives' group in Osaka named him as Takayama Hideo, the Japanese name his family used before they left. - Japan Daily English"),
    A("en", "resettled", d(2027, 1, 25), 2703, "Eighteen months after she landed at Narita, Emi Hirata, 32, works the evening shift at a bento factory in Kawaguchi and goes to a Japanese language school in Tokyo's Ikebukuro three mornings a week. Born in Hamhung as Ri Un-jong, she is the granddaughter of a Japanese woman, Hirata Kinu, who moved to North Korea in 1960; she took her grandmother's name when she registered in Saitama. Her route out, in 2025, ran through China and across the Gobi into Mongolia, where border police detained her before she was passed to the Japanese embassy in Ulaanbaatar. Her settlement allowance ended in December; she now receives a monthly support payment from the prefecture while she studies for the N2 exam. 'The kanji are like my grandmother's handwriting,' she said. 'I had never seen them printed.'"),
    A("en", "brief", None, 2704, "IN BRIEF - An 86-year-old man who lived in North Korea for more than six decades before returning to Japan in 2025 was reunited this week in Fukuoka with a son born there, local officials said. The man, from Omuta, had sheltered at Japan's consulate in Shenyang."),
    A("en", "into_north", d(2027, 2, 11), None, "Zainichi students make Pyongyang trip despite sanctions. A group of 38 senior students from a Korean school in Tokyo flew to Pyongyang via Beijing for the Lunar New Year, the pro-Pyongyang General Association of Korean Residents in Japan said. It was the first such school trip since 2019. Japanese customs checked their luggage on return in 2019 and confiscated gifts; a ministry official said 'the rules have not changed'."),
    A("en", "general", d(2027, 3, 2), None, "COMMENTARY: The handover problem. Every escape from North Korea by someone with a claim on Japan now ends in the same place: a room in a foreign ministry somewhere, and months of talks. Last year one man waited nine months in Russia; a woman in her 80s is still in a Chinese cell, and another sits in an embassy in Southeast Asia. Japan has no policy for them beyond case-by-case diplomacy, and the people in question - wives who left in the 1960s, Zainichi children who grew old in the North, their grandchildren - have no time for case-by-case. Tokyo should agree standing arrangements with Beijing, Moscow and the ASEAN capitals before the next crossing, not after it."),
    A("en", "stranger", d(2027, 1, 28), None, "From Niigata, letters that still come. Each spring a letter arrives at a farmhouse outside Joetsu postmarked Chongjin. Its writer, 83, left in 1961 with a Korean husband and has never come back; her younger brother, 79, reads them aloud to his grandchildren. 'She says she is well. She always says she is well,' he said. She has not asked to leave, he says, and he has not asked her to."),
    # Japanese
    A("ja", "follow_up", d(2027, 2, 6), 2705, "【北京＝共同】中国遼寧省丹東市の公安当局に拘束されている日本人妻の女性（87）について、日本政府は引き渡しを求める協議を続けているが、中国側からの回答はまだないという。関係者によると女性は京都府舞鶴市出身で、1960年に朝鮮人の夫とともに北朝鮮に渡った。昨年11月に鴨緑江を越え、日本への帰国を希望している。同じ施設では12月に北朝鮮から来た男性が死亡しており、家族の支援団体は「高齢で体調が心配だ」と話している。"),
    A("ja", "relative", d(2027, 1, 18), 2703, "祖母の名を継いで　北朝鮮生まれの孫、埼玉で２度目の冬\n\n「祖母はいつも『ひらた』と自分の名字を小さな声で言っていた」。埼玉県川口市に住む平田恵美さん（32）は、北朝鮮・咸興で生まれ育った。祖母の平田キヌさんは1960年に在日朝鮮人の夫と北朝鮮に渡った日本人妻で、2010年に亡くなった。母親の李貞姫さんは今も北朝鮮にいる。恵美さんは2025年、中国を経てモンゴルに抜け、国境警備当局に保護された後、ウランバートルの日本大使館を経て同年７月に来日した。「母をいつか呼びたい。でも今は日本語の勉強が先」と話す。（埼玉版）"),
    A("ja", "life_story", None, 2704, "【週刊誌　特集】　６３年ぶりの「ただいま」――ある日本人夫の半生\n\n福岡県大牟田市の炭鉱町で生まれた松尾勝さんは、22歳だった1962年、在日朝鮮人の妻・順姫さんを追って新潟港から帰国船に乗った。北朝鮮では「宋勝」と名乗り、黄海南道の農場で働いた。妻は2019年に死去。2025年春、中国の仲介者の手引きで国境を越え、６月、瀋陽の日本総領事館に駆け込んだ。４か月後に帰国し、いまは北九州市で暮らす。「日本語が出てこないのが一番つらかった」と松尾さん（86）。北朝鮮に残した息子との再会を、この冬ようやく果たした。"),
    A("ja", "custody", d(2027, 1, 15), 2702, "ロシア極東で拘束の男性、帰国までの10か月　在日朝鮮人の帰国事業で北朝鮮へ\n\n大阪市生野区出身で、1960年の帰国事業で10歳の時に両親と北朝鮮に渡った高英男さん（76）は、昨年３月、豆満江を渡ってロシア沿海地方のハサン付近に入り、連邦保安局（FSB）の国境警備局に拘束された。日本政府は４月に引き渡しを要請したが、協議は長引き、ウラジオストクの日本総領事館に身柄が移されたのは12月16日だった。今月12日に関西空港に到着し、大阪に住む妹の明子さんと再会した。通名の高山英男として生野区で育った幼なじみは「顔を見てすぐ分かった」と話した。"),
    A("ja", "refuge", d(2027, 1, 27), 2701, "ラオスの日本大使館、北朝鮮から逃れた日本人妻を保護　新潟出身の80代\n\n外務省関係者によると、北朝鮮から脱出し、ラオス北部で警察に拘束されていた新潟県上越市出身の女性（83）が今月22日、ビエンチャンの日本大使館に移された。女性は1961年に北朝鮮へ渡り、現地では金英子と名乗っていた。昨年１月に豆満江を越えて中国吉林省に入り、東南アジア経由で逃れたとされる。日本政府はラオス政府と帰国に向けた協議を進めている。上越市の親族は「生きていてくれただけでうれしい」と話した。（新潟日報）"),
    A("ja", "resettled", d(2027, 3, 8), 2704, "【NHK　ニュース】北朝鮮から帰国して１年余り、福岡県北九州市で暮らす86歳の男性が、きょう、市内の日本語教室に初めて息子と並んで座りました。男性は1962年に朝鮮半島出身の妻とともに北朝鮮に渡った日本人で、おととし10月に帰国しました。先月、北朝鮮で生まれた息子が来日し、２人で市営住宅に暮らしています。男性は国の支援金と年金で生活していますが、息子は就職先を探しています。男性は「息子が日本の生活に慣れるまで、自分が元気でいなければ」と話していました。"),
    A("ja", "brief", d(2027, 2, 2), 2703, "北朝鮮出身の孫世代　就労支援を拡充へ　政府は、北朝鮮から来日した日本人妻の子や孫を対象に、日本語学校の学費補助を延長する方針を固めた。2025年にモンゴル経由で来日した埼玉県の30代女性は「支援金が切れると学校に通えなくなる」と訴えていた。"),
    A("ja", "general", d(2027, 1, 30), None, "【解説】北朝鮮からの「帰国者」、昨年は過去最多　外務省によると、2026年に北朝鮮を出て日本に到着した日本人妻や元在日朝鮮人とその家族は11人で、統計を取り始めてから最も多かった。うち４人は第三国での拘束が半年を超えた。専門家は「高齢化が進み、協議の長期化は命に関わる」と指摘する。受け入れ自治体の負担も増えており、政府は定着支援金の見直しを検討している。"),
    A("ja", "stranger", None, None, "丹東の拘置施設で男性死亡　脱北後に拘束　中国遼寧省丹東市の公安当局の施設で、北朝鮮から鴨緑江を渡って拘束されていた60代の男性が死亡したことがわかった。関係者によると、男性は北朝鮮の新義州出身で、昨年10月に拘束され、送還を待っていた。死因は明らかになっていない。男性の親族は韓国に住んでいるという。"),
    A("ja", "group", d(2027, 2, 24), None, "帰国船の港で追悼式　新潟　1959年から始まった在日朝鮮人の帰国事業で、北朝鮮に渡った人々をしのぶ集いが新潟市の中央埠頭で開かれた。北朝鮮から戻った日本人妻の家族や元在日朝鮮人ら約60人が参加し、船が出た岸壁に花を手向けた。主催団体は「戻れずに亡くなった人も多い」と話した。"),
    # Korean
    A("ko", "follow_up", d(2027, 3, 10), 2701, "[단독] 라오스 주재 일본대사관에 머무는 일본인 처 김영자 씨, 송환 협상 두 달째\n\n1961년 북한으로 건너간 일본 니가타현 출신 여성 사노 요시코(83·북한명 김영자) 씨가 라오스 비엔티안의 일본대사관에 들어간 지 한 달 반이 지났지만 일본 송환은 아직 결정되지 않았다. 김씨는 지난해 1월 두만강을 건너 중국 옌볜으로 탈출했고, 동남아를 거쳐 라오스 북부 루앙남타에서 경찰에 붙잡혔다. 탈북을 도운 선교사는 \"북에 남은 딸 혜숙 씨 걱정에 밤잠을 못 이룬다\"고 전했다."),
    A("ko", "relative", d(2027, 1, 20), 2702, "[자이니치 신문] 67년 만에 돌아온 오빠 — 이쿠노의 고명자 씨\n\n오사카 이쿠노구에서 50년 넘게 야키니쿠 식당을 해온 고명자(73) 씨에게 지난 12일은 \"두 번째 생일\"이다. 1960년 귀국선을 타고 부모와 함께 북으로 간 오빠 고영남(76) 씨가 러시아에서 열 달 만에 풀려나 간사이공항에 내린 날이다. 당시 열 살이던 오빠는 일본 이름 '다카야마 히데오'로 불렸다. 당시 일곱 살로 외할머니와 오사카에 남았던 명자 씨는 \"오빠가 러시아 국경수비대에 잡혀 있다는 소식을 듣고 매일 기도했다\"고 말했다."),
    A("ko", "life_story", d(2027, 2, 12), 2705, "\"여든일곱에 압록강을 건넜다\" — 단둥에 갇힌 일본인 아내\n\n교토부 마이즈루에서 태어난 나카가와 하루에 씨는 스물한 살이던 1960년, 재일조선인 남편 정창수 씨를 따라 북송선에 올랐다. 북한에서는 정춘애라는 이름으로 평안북도에서 60여 년을 살았다. 남편이 세상을 떠난 뒤 일본의 친척과 연락이 닿았고, 지난해 11월 압록강을 건넜다가 랴오닝성 단둥 공안에 붙잡혔다. 같은 구류시설에서 12월 탈북 남성 한 명이 숨졌다는 소식에 가족들은 애를 태우고 있다. 일본 정부는 중국에 신병 인도를 요청한 상태다."),
    A("ko", "custody", d(2027, 1, 8), 2701, "[데일리NK] 라오스 북부서 붙잡힌 80대 일본인 처… \"한국 아닌 일본행 원해\"\n\n지난해 11월 라오스 루앙남타주에서 현지 경찰에 체포된 80대 여성이 1961년 북송된 일본인 처로 확인됐다고 대북 소식통이 전했다. 이 여성은 함경북도에서 살다가 지난해 1월 두만강을 넘어 중국 지린성으로 탈출했으며, 브로커를 통해 윈난성을 거쳐 라오스로 들어갔다. 소식통은 \"본인이 일본으로 가겠다는 뜻을 분명히 했다\"고 말했다. 여성의 일본 이름은 사노, 북한 이름은 김 씨로 알려졌다."),
    A("ko", "refuge", d(2025, 6, 21), 2704, "선양 일본총영사관에 85세 일본인 남성 진입… 1962년 아내 따라 입북\n\n중국 랴오닝성 선양의 일본총영사관에 북한에서 탈출한 85세 일본인 남성이 18일 들어가 보호를 받고 있다고 외교 소식통이 밝혔다. 후쿠오카현 출신인 이 남성은 1962년 재일조선인 아내를 따라 북한으로 건너가 황해남도에서 살았으며, 북한에서는 송승이라는 이름을 썼다. 지난 4월 중국으로 넘어와 브로커의 도움으로 선양까지 이동했다. 일본 정부는 중국 당국과 출국 절차를 협의하고 있다."),
    A("ko", "resettled", d(2027, 2, 15), 2703, "[KBS 뉴스] 몽골 거쳐 일본으로… 북한 출신 '일본인 3세'의 첫해\n\n앵커: 북한에서 태어나 일본으로 간 일본인 처의 손녀가 정착 1년 반을 맞았습니다.\n기자: 함흥 출신 리은정 씨, 올해 서른둘입니다. 지금은 외할머니 성을 따 '히라타 에미'라는 이름으로 사이타마현에 살고 있습니다. 2025년 몽골 국경에서 붙잡혔다가 울란바토르 일본대사관을 거쳐 일본에 왔습니다. 낮에는 일본어학교, 밤에는 도시락 공장에서 일합니다. 리씨는 같은 해 몽골을 거쳐 한국으로 온 친구와 가끔 통화한다고 말했습니다."),
    A("ko", "brief", None, 2705, "단둥 구류 일본인 처 소식 — 교토 출신 87세 여성, 지난해 11월 압록강 넘어. 일 정부 인도 요청, 중국 측 무응답."),
    A("ko", "into_north", d(2027, 2, 9), None, "조선학교 학생 38명 평양 설맞이 방문… 2019년 이후 처음\n\n총련 계열 도쿄조선중고급학교 3학년 학생들이 베이징을 거쳐 평양에 도착했다고 조선중앙통신이 보도했다. 학생들은 만경대 학생소년궁전 등을 둘러볼 예정이다. 일본 정부는 귀국 시 휴대품 검사를 예고했다."),
    A("ko", "general", d(2027, 1, 29), None, "통일부 \"지난해 탈북민 입국 236명\"… 중국 공안 단속 강화로 제3국 체류 장기화\n\n통일부는 2026년 국내에 입국한 탈북민이 236명으로 집계됐다고 밝혔다. 여성이 84%를 차지했다. 통일부 관계자는 \"중국과 러시아, 동남아 국가에서 구금되는 기간이 길어지는 추세\"라며 \"일본행을 희망하는 귀국자 출신은 별도로 일본 정부와 협의 중\"이라고 말했다."),
    A("ko", "group", None, None, "태국 이민국 수용소에 탈북민 6명… 10대 2명 포함 — 방콕 이민국 수용소에 북한 출신 6명이 수용돼 있다고 현지 선교단체가 밝혔다. 이들은 라오스 국경을 넘어 치앙라이에서 붙잡혔으며 모두 한국행을 원하고 있다."),
)
# fmt: on
