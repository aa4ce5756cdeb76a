# ruff: noqa: RUF001, E501 - articles are kept as written, one per line.
"""Held-out set U for the press monitor: thirty articles in English, Japanese and Korean.

Written by hand, before the scorer ever saw it, from the facts of the cases below
and of no case at all. Fewer than half are plain news stories: there is a magazine
long read, an NGO's newsletter and press release, a relative's social-media posts
as a paper quoted them, a radio interview transcript, a photo caption, a
correction notice, headline-plus-summary web items, a wire brief, a local-paper
profile and a Diet committee summary. People are named in full, by family name
with 氏/さん/씨, as 최모씨, by a pseudonym the paper says is not the real name, or
not at all. Decoy cases share most facts of one case but are other people; one is
deceased and one withdrawn, and no article is about a decoy.
"""

from __future__ import annotations

from datetime import date

from bench.press_heldout import HeldOutArticle, HeldOutCase, _case
from hogo.monitor.scoring import EventFacts, NameFacts

E = EventFacts
N = NameFacts
CASES: tuple[HeldOutCase, ...] = (
    # 2001: Setsuko Tamura, born 1941 in Odate, Akita. She married Kim Jong-ho, a Korean
    # resident of Japan, and sailed with him from Niigata in May 1962. In September 2025,
    # at 84, she walked into the Japanese Consulate General in Shenyang; Tokyo is
    # negotiating her exit with Beijing. Her younger sister Kazue Sasaki lives in Odate.
    _case(
        2001,
        sex="F",
        born=date(1941, 1, 1),
        birthplace="秋田県大館市 (Odate, Akita)",
        category="japanese_spouse",
        names=(
            N("田村", "節子", ""),
            N("金", "節子", ""),
            N("김", "절자", ""),
            N("金", "正浩", "spouse"),
            N("김", "정호", "spouse"),
            N("佐々木", "和枝", "sibling"),
        ),
        events=(
            E(date(1962, 5, 18), "location", "KP", "清津 (Chongjin)"),
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
    # 2002: Yoshio Matsuoka, a Japanese husband, born 1936 in Kure, Hiroshima. He went
    # to the North in December 1971 with his wife Lee Sun-ja, a Korean resident of Japan.
    # He crossed the Tumen River and has been held by Chinese police in Tumen, Jilin,
    # since November 2025. His younger brother Shoji lives in Kure.
    _case(
        2002,
        sex="M",
        born=date(1936, 1, 1),
        birthplace="広島県呉市 (Kure, Hiroshima)",
        category="japanese_spouse",
        names=(
            N("松岡", "義男", ""),
            N("마쓰오카", "요시오", ""),
            N("李", "順子", "spouse"),
            N("이", "순자", "spouse"),
            N("松岡", "昭二", "sibling"),
        ),
        events=(
            E(date(1971, 12, 17), "location", "KP", "清津 (Chongjin)"),
            E(date(2025, 11, 20), "location", "CN", "吉林省図們 (Tumen, Jilin)", "host_police"),
        ),
        relations=frozenset({"spouse", "sibling"}),
        status="in_host_custody",
    ),
    # 2003: Yang Myong-suk (Japanese name Akiko Yanagawa), a former Korean resident of
    # Japan born 1950 in Ikuno, Osaka. She left with her parents in August 1965, aged 15.
    # She fled through China and Laos, spent weeks in the immigration detention centre
    # in Bangkok in January 2025, and since June 2025 lives in Kawasaki. Her older
    # brother Yang Myong-chol stayed in Osaka.
    _case(
        2003,
        sex="F",
        born=date(1950, 1, 1),
        birthplace="大阪府大阪市生野区 (Ikuno, Osaka)",
        category="former_resident",
        names=(
            N("梁", "明淑", ""),
            N("양", "명숙", ""),
            N("梁川", "明子", ""),
            N("梁", "明哲", "sibling"),
            N("양", "명철", "sibling"),
        ),
        events=(
            E(date(1965, 8, 20), "location", "KP", "清津 (Chongjin)"),
            E(date(2025, 1, 14), "location", "TH", "バンコク (Bangkok)", "host_police"),
            E(date(2025, 6, 10), "location", "JP", "神奈川県川崎市 (Kawasaki, Kanagawa)", "self"),
        ),
        relations=frozenset({"sibling"}),
        status="resettlement",
    ),
    # 2004: Choe Kwang-nam, born 1968 in Hamhung, the son of Miyoko Ishikawa, a Japanese
    # wife from Kurume, Fukuoka, who sailed in June 1963 with her husband Choe Tong-sik.
    # He crossed from China into Mongolia and has been held by Mongolia's border and
    # security authorities in Ulaanbaatar since February 2026.
    _case(
        2004,
        sex="M",
        born=date(1968, 1, 1),
        birthplace="咸鏡南道咸興 (Hamhung, South Hamgyong)",
        category="descendant",
        names=(
            N("崔", "光男", ""),
            N("최", "광남", ""),
            N("石川", "美代子", "parent"),
            N("崔", "東植", "parent"),
            N("최", "동식", "parent"),
        ),
        events=(
            E(date(1963, 6, 14), "location", "KP", "清津 (Chongjin)"),
            E(date(2026, 2, 10), "location", "MN", "ウランバートル (Ulaanbaatar)", "host_security"),
        ),
        relations=frozenset({"parent"}),
        status="in_host_custody",
    ),
    # 2005: Han Hye-mi, born 1994 in Chongjin, granddaughter of Toshiko Nakamura, a Japanese
    # wife from Kushiro, Hokkaido, who sailed in October 1982 with her Korean husband and
    # her daughter Pak Yang-ja (Hye-mi's mother, still in the North). An NGO sheltered
    # Hye-mi in Vientiane in December 2025; she reached Japan in March 2026, took the name
    # Emi Nakamura and lives in Kawaguchi, Saitama. Her uncle Pak Yong-su lives in Sapporo.
    _case(
        2005,
        sex="F",
        born=date(1994, 1, 1),
        birthplace="咸鏡北道清津 (Chongjin, North Hamgyong)",
        category="descendant",
        names=(
            N("韓", "恵美", ""),
            N("한", "혜미", ""),
            N("中村", "恵美", ""),
            N("朴", "良子", "parent"),
            N("박", "양자", "parent"),
        ),
        events=(
            E(date(1982, 10, 22), "location", "KP", "清津 (Chongjin)"),
            E(date(2025, 12, 5), "location", "LA", "ビエンチャン (Vientiane)", "ngo_safe_house"),
            E(date(2026, 3, 18), "location", "JP", "埼玉県川口市 (Kawaguchi, Saitama)", "self"),
        ),
        relations=frozenset({"parent"}),
        status="arrived",
    ),
    # 2006 (decoy of 2001): Fumiko Onodera, born 1941 in Yokote, Akita, married Lee Song-nam
    # and sailed in 1962; she too reached the consulate general in Shenyang, in July 2025.
    _case(
        2006,
        sex="F",
        born=date(1941, 1, 1),
        birthplace="秋田県横手市 (Yokote, Akita)",
        category="japanese_spouse",
        names=(
            N("小野寺", "文子", ""),
            N("李", "文子", ""),
            N("리", "문자", ""),
            N("李", "成南", "spouse"),
        ),
        events=(
            E(date(1962, 9, 21), "location", "KP", "清津 (Chongjin)"),
            E(
                date(2025, 7, 16),
                "location",
                "CN",
                "遼寧省瀋陽 (Shenyang, Liaoning)",
                "diplomatic_mission",
            ),
        ),
        relations=frozenset({"spouse"}),
        status="verifying",
    ),
    # 2007 (decoy of 2002): Isamu Morishita, born 1936 in Fukuyama, Hiroshima, went in 1971
    # with his wife Chang Ok-sun; held by Chinese police in Hunchun, Jilin, since October 2025.
    _case(
        2007,
        sex="M",
        born=date(1936, 1, 1),
        birthplace="広島県福山市 (Fukuyama, Hiroshima)",
        category="japanese_spouse",
        names=(
            N("森下", "勇", ""),
            N("모리시타", "이사무", ""),
            N("張", "玉順", "spouse"),
        ),
        events=(
            E(date(1971, 6, 25), "location", "KP", "清津 (Chongjin)"),
            E(date(2025, 10, 8), "location", "CN", "吉林省琿春 (Hunchun, Jilin)", "host_police"),
        ),
        relations=frozenset({"spouse"}),
        status="in_host_custody",
    ),
    # 2008 (decoy of 2003): Kim Jong-ja (Sadako Kaneda), born 1950 in Higashiosaka, left in
    # 1965; held in the Bangkok detention centre in 2024, she died there that winter.
    _case(
        2008,
        sex="F",
        born=date(1950, 1, 1),
        birthplace="大阪府東大阪市 (Higashiosaka, Osaka)",
        category="former_resident",
        names=(
            N("金", "貞子", ""),
            N("김", "정자", ""),
            N("金田", "貞子", ""),
        ),
        events=(
            E(date(1965, 5, 28), "location", "KP", "清津 (Chongjin)"),
            E(date(2024, 11, 2), "location", "TH", "バンコク (Bangkok)", "host_police"),
        ),
        status="deceased",
    ),
    # 2009 (decoy of 2004): Chong Song-chol, born 1968 in Sinpo, South Hamgyong, son of
    # Kiyo Sato, a Japanese wife from Iizuka, Fukuoka, who sailed in 1963; held in
    # Ulaanbaatar since January 2026.
    _case(
        2009,
        sex="M",
        born=date(1968, 1, 1),
        birthplace="咸鏡南道新浦 (Sinpo, South Hamgyong)",
        category="descendant",
        names=(
            N("鄭", "成哲", ""),
            N("정", "성철", ""),
            N("佐藤", "キヨ", "parent"),
        ),
        events=(
            E(date(1963, 3, 8), "location", "KP", "清津 (Chongjin)"),
            E(date(2026, 1, 19), "location", "MN", "ウランバートル (Ulaanbaatar)", "host_security"),
        ),
        relations=frozenset({"parent"}),
        status="in_host_custody",
    ),
    # 2010 (decoy of 2005): Ri Chun-hwa, born 1994 in Hoeryong, North Hamgyong, whose
    # grandmother sailed in 1982; sheltered by an NGO in Vientiane in 2025, she chose to
    # go to South Korea and the case was withdrawn.
    _case(
        2010,
        sex="F",
        born=date(1994, 1, 1),
        birthplace="咸鏡北道会寧 (Hoeryong, North Hamgyong)",
        category="descendant",
        names=(
            N("李", "春花", ""),
            N("리", "춘화", ""),
            N("이", "춘화", ""),
        ),
        events=(
            E(date(1982, 4, 30), "location", "KP", "清津 (Chongjin)"),
            E(date(2025, 9, 27), "location", "LA", "ビエンチャン (Vientiane)", "ngo_safe_house"),
        ),
        relations=frozenset({"parent"}),
        status="withdrawn",
    ),
)

A = HeldOutArticle
d = date
# fmt: off
ARTICLES: tuple[HeldOutArticle, ...] = (
    # English
    A("en", "follow_up", d(2026, 1, 15), 2002, "Japan presses China over elderly Japanese man held near North Korean border\n\nTOKYO — Japan has asked China to hand over a Japanese man in his late 80s who has been held by Chinese police near the North Korean border since November, government sources said Thursday.\n\nThe man, a native of Hiroshima Prefecture, moved to North Korea in 1971 with his wife, a Korean resident of Japan, under the postwar repatriation program. He crossed the frozen Tumen River late last year and was detained soon afterwards. He remains at a police facility in Tumen, Jilin Province, one of the sources said.\n\n\"Talks are continuing. Our first concern is his health,\" a senior Foreign Ministry official said, declining to give details. Beijing treats North Koreans who cross the border as illegal migrants, and the man travelled on North Korean papers.\n\nThe man's younger brother, who lives in the port city of Kure, told reporters last month he had not heard his brother's voice in more than half a century."),
    A("en", "relative", d(2025, 10, 6), 2001, "'Sixty-three years, and my sister is alive': Akita woman's post moves thousands\n\n\"I was 17 when the ship left Niigata. My big sister waved from the deck with her husband beside her, and I ran along the pier until there was no more pier,\" Kazue Sasaki wrote on Facebook last week.\n\nThe post by Sasaki, 80, a retired kindergarten teacher in Odate, Akita Prefecture, has been shared more than 4,000 times. In it she says that her older sister, who went to North Korea in 1962 with her Korean husband, is \"safe in the hands of the Japanese government, somewhere in China\" and waiting to come home.\n\n\"I will not write her name or where she is. I only want her to know that her little sister is waiting, and that the persimmon tree in our garden is still there,\" the post reads.\n\nSasaki confirmed to the Akita Sakigake Shimpo that she wrote the post but declined further comment. The Foreign Ministry said it does not comment on individual cases."),
    A("en", "life_story", None, 2003, "THE LONG WAY BACK TO IKUNO\n\nShe was fifteen when she climbed the gangway at Niigata, clutching a school satchel and a bag of dried persimmons her grandmother had pressed on her in Osaka. Sixty years later, Mi-suk — the name she asked us to use, which is not her real one — laughs at the memory. \"I thought we would be back for the New Year,\" she says.\n\nHer family had lived above a sandal workshop in Ikuno, the heart of Osaka's Korean community. Her father, swayed by posters promising free schooling and work for all, took his wife and four of their five children to the North in the summer of 1965. The eldest son, already apprenticed to a welder, stayed behind. It was a decision that would save her life decades later.\n\nWhat followed was half a century of factory shifts, a marriage, two children, famine and the slow shame of being a 'returnee' in a country that never trusted them. When she finally crossed into China in her seventies, it was her brother's money, wired from Osaka through three intermediaries, that paid for the journey south through Laos.\n\nThe journey ended, for a time, in a crowded cell of Bangkok's immigration detention centre, where she slept on a concrete floor beside women a third her age. \"The guards called me grandmother,\" she says.\n\nToday, in her mid-seventies, she lives alone in a small flat in a city south of Tokyo, an hour by train from a brother she had not seen in six decades. On Sundays she goes to a Korean church. She has not yet been back to Ikuno. \"Next spring,\" she says. \"When I am brave.\""),
    A("en", "custody", d(2026, 2, 20), 2004, "ULAANBAATAR, Feb 20 — Mongolian authorities are holding a North Korean man who says his mother was a Japanese woman who moved to North Korea in the 1960s, a Mongolian official said on Friday.\n\nThe 57-year-old man, who gave his family name as Choe, was detained earlier this month after crossing into Mongolia from China's Inner Mongolia region and was brought to a facility of the General Intelligence Agency in Ulaanbaatar, the official said, speaking on condition of anonymity.\n\n\"He told us he was born in Hamhung and that his mother came from Kurume in Japan,\" the official said. \"He asked to go to Japan.\"\n\nJapan's embassy in Ulaanbaatar has asked to see the man, a Japanese diplomat confirmed. Mongolia, which has ties with both Koreas, has in the past quietly allowed North Koreans to leave for third countries."),
    A("en", "refuge", d(2025, 9, 12), 2001, "Japanese wife who fled North Korea enters consulate in Shenyang\n\nAn elderly Japanese woman who moved to North Korea more than six decades ago as the wife of a Korean man has entered the Japanese Consulate General in Shenyang, northeastern China, government sources said Friday.\n\nThe woman, 84, is from Akita Prefecture and left the port of Niigata in 1962 with her husband, a Korean resident of Japan, under the repatriation program that took some 93,000 people to the North between 1959 and 1984. Her husband is believed to remain in North Korea.\n\nShe entered the consulate earlier this month after crossing the border with the help of supporters, the sources said. Japan is seeking China's permission for her to leave the country and has asked the media not to report details that could endanger those who helped her.\n\nThe Chief Cabinet Secretary's office declined to comment, saying the government \"does not discuss individual cases involving the safety of persons concerned.\""),
    A("en", "resettled", d(2026, 6, 8), 2005, "PHOTO: Emi Nakamura, 31, sorts donated winter clothes at a support center for people from North Korea in Kawaguchi, Saitama Prefecture, on June 5. Nakamura was born in Chongjin, North Korea, the granddaughter of a Japanese woman from Kushiro, Hokkaido, who moved to the North with her Korean husband in 1982. She arrived in Japan in March and has taken her grandmother's family name. At her request, her face is not shown. (Staff photo)"),
    A("en", "brief", d(2025, 12, 2), 2002, "TOKYO, Dec. 2 (Kyodo) — A Japanese man, 89, who went to North Korea in 1971 has been detained by Chinese police in Jilin Province after fleeing the country, government sources said Tuesday. The Foreign Ministry is seeking his transfer to Japan."),
    A("en", "into_north", d(2025, 8, 19), None, "NIIGATA — A 79-year-old woman from Niigata left for Pyongyang via Beijing on Tuesday to visit, for the first time, the grave of her older sister, a Japanese wife who moved to North Korea in 1961 and died there in 2019.\n\n\"I have waited 64 years to stand where she is,\" said the woman, who asked to be identified only by her family name, Hayashi. She will spend five days in the North on a trip arranged by a travel agency in Tokyo, carrying rice crackers and a photograph of their parents.\n\nThe government advises Japanese citizens against travel to North Korea, but does not forbid it."),
    A("en", "group", d(2025, 11, 3), None, "Returnees gather in Osaka: 'We are the last witnesses'\n\nSome 40 people who once lived in North Korea under the repatriation program, together with their children and grandchildren, met in Osaka on Sunday for an annual gathering organized by a support group.\n\nThe oldest, a Japanese woman of 91 who went to the North in 1960 and returned to Japan in 2003, led the room in a folk song from her native Kyushu. Several participants, now living in Tokyo, Nagoya and Fukuoka, spoke of relatives they left behind.\n\n\"Most of us are over 70. If we do not speak now, nobody will,\" said one organizer, a man who left North Korea in 2006. The group plans to publish a collection of testimonies next year."),
    A("en", "stranger", d(2026, 5, 11), None, "Seoul man born in Osaka's Ikuno seeks to visit childhood home\n\nSEOUL — A 74-year-old man who left Osaka for North Korea as a boy in 1965 and fled to South Korea in 2009 has asked Japan for a visa to visit the neighborhood where he was born, his lawyer said Monday.\n\nKim Tae-sik, who grew up in Osaka's Ikuno Ward and now lives in Seoul's Yangcheon district, holds South Korean citizenship. His previous application was turned down in 2023. \"I only want to see the school gate once more,\" Kim said in a statement."),
    # Japanese
    A("ja", "follow_up", d(2026, 4, 3), 2004, "【訂正とおわび】3月28日付国際面「モンゴルで保護の男性、母は日本人妻」の記事で、男性の年齢を「58歳」としたのは「57歳」の誤りでした。また、男性が現在いる場所を「ウランバートル郊外の収容施設」としたのは「ウランバートル市内の治安当局の施設」の誤りでした。訂正しておわびします。男性は北朝鮮・咸興生まれで、母親は福岡県久留米市出身の日本人女性。1963年に在日朝鮮人の夫と共に北朝鮮に渡ったとされています。"),
    A("ja", "relative", d(2026, 1, 22), 2002, "「兄の声をもう一度」　中国で拘束の松岡義男さん、呉の弟が心境\n\n北朝鮮から脱出し、中国吉林省で中国当局に拘束されている呉市出身の松岡義男さん（89）の弟、昭二さん（84）が21日、呉市内の自宅で取材に応じた。\n\n義男さんは1971年、在日朝鮮人の妻、順子さんと共に新潟港から帰国船で北朝鮮に渡った。昭二さんは「造船所で一緒に働いた兄が、『向こうで新しい暮らしをする』と言って出て行った。それから54年、手紙が数通来ただけ」と振り返る。\n\n義男さんは昨年11月、豆満江を渡って中国に入ったところを公安当局に拘束された。日本政府は中国側に引き渡しを求めている。昭二さんは「兄はもう90歳近い。生きているうちに呉の海を見せてやりたい」と声を詰まらせた。"),
    A("ja", "life_story", None, 2001, "連載　海を渡った妻たち（5）　63年ぶりの秋田弁\n\n電話口から聞こえてきたのは、まぎれもない秋田のなまりだった。「まんず、なんも変わってねえな」。ハルさん（仮名）は、63年ぶりに故郷の言葉で笑った。\n\n大館の高校を出て2年目の春、在日朝鮮人の夫と新潟から船に乗った。「地上の楽園」という言葉を信じたわけではない。夫と離れたくなかった、それだけだったという。\n\n北朝鮮では日本人であることを隠し、朝鮮名で暮らした。配給が途絶えた90年代には、近所の子どもに日本の歌を教えてトウモロコシを分けてもらった。夫は今も北に残る。\n\n80代になった今、ハルさんは中国にある日本の在外公館で、帰国の日を待っている。妹と電話で話せたのは、半世紀以上たって初めてのことだ。「生きているうちに、もう一度、大館のきりたんぽを食べたい」"),
    A("ja", "custody", d(2025, 11, 28), 2002, "北朝鮮脱出の日本人男性、中国で拘束　吉林省・図們の公安\n\n【北京＝共同】北朝鮮から中国に脱出した80代の日本人男性が、中国吉林省図們市の公安当局に拘束されていることが27日、複数の関係者への取材で分かった。男性は広島県出身で、1971年に在日朝鮮人の妻と北朝鮮に渡った。日本政府は男性の身柄の引き渡しを中国側に求めている。\n\n関係者によると、男性は今月、豆満江を越えて中国に入った後、図們市内で身柄を拘束された。健康状態に大きな問題はないという。中国は北朝鮮からの脱出者を不法越境者として扱っており、交渉は難航も予想される。"),
    A("ja", "refuge", d(2026, 1, 10), 2005, "会報「ともしび」第48号（2026年1月）　事務局からのご報告\n\n会員の皆さま、昨年も温かいご支援をありがとうございました。昨年12月、東南アジアの協力団体が運営するシェルターで、北朝鮮から逃れてきた30代の女性を保護しました。女性は清津生まれで、祖母は北海道釧路市出身の日本人妻です。祖母は1982年、朝鮮人の夫と当時高校生だった娘（女性の母親）を連れて北朝鮮に渡りました。\n\n女性は中国を経て約2か月かけて国境を越え、現在はシェルターで体調を整えながら日本への渡航を待っています。安全のため、国名や女性の名前は伏せさせていただきます。引き続き、渡航費用へのご協力をお願いいたします。（事務局長　大島）"),
    A("ja", "resettled", d(2025, 11, 14), 2003, "60年ぶりの日本、今は川崎で　帰国事業で北へ渡った梁明淑さん\n\n1965年、15歳で家族と共に北朝鮮へ渡った在日コリアン2世の梁明淑さん（75）＝日本名・梁川明子＝が、今年6月から川崎市で暮らしている。生まれは大阪市生野区。タイの入管施設を経て日本に戻った。\n\n「駅の看板の漢字が読めたときは、涙が出た」。川崎市内のアパートで、梁さんは静かに語る。大阪に住む兄の明哲さん（79）とは、帰国後に60年ぶりに再会した。\n\n現在は地域の日本語教室に通いながら、週に2日、近くの高齢者施設で働いている。「生野には、まだ怖くて行けない。変わってしまった街を見るのが怖いの」"),
    A("ja", "brief", d(2025, 9, 10), 2001, "日本人妻、瀋陽の総領事館に　北朝鮮から脱出\n\n1962年に夫と北朝鮮へ渡った秋田県出身の80代女性が、中国遼寧省瀋陽の日本総領事館に保護されたことが分かった。政府は中国側と出国に向けて調整している。"),
    A("ja", "general", d(2026, 2, 18), None, "衆院外務委員会（2月17日）要旨　北朝鮮帰国事業の日本人配偶者支援\n\n○A委員（立憲）　帰国事業で北朝鮮に渡った日本人配偶者のうち、存命の方はどの程度把握しているか。\n○外務省アジア大洋州局長　個別の人数は、関係者の安全に関わるためお答えを差し控える。\n○A委員　脱出して日本に戻った方の生活支援は自治体任せになっている。拉致被害者支援法に準じた立法が必要ではないか。\n○内閣府副大臣　人道的観点から、関係省庁で支援のあり方を検討している。\n○B委員（自民）　高齢化が進んでおり、時間がない。政府の姿勢を問う。\n○外務大臣　在外公館で保護を求める方には、邦人と同様に対応する方針に変わりはない。"),
    A("ja", "group", None, None, "脱北の日本人妻ら5人が会見　「北に残る家族の安否を」\n\n北朝鮮から脱出し日本で暮らす日本人妻や元在日朝鮮人ら5人が都内で記者会見し、北朝鮮に残る家族との通信の自由を求めた。5人は70〜80代で、1960年から1970年代にかけて帰国船で北朝鮮へ渡った。うち福島県出身の女性（83）は「息子と孫が向こうにいる。手紙一通でいいから届けてほしい」と訴えた。支援団体は、同様の立場の人が国内に約200人いるとしている。"),
    A("ja", "stranger", d(2026, 3, 9), None, "中国・大連で日本人妻保護か　山形出身の80代\n\n1962年に在日朝鮮人の夫と北朝鮮に渡った山形県鶴岡市出身の80代女性が、中国遼寧省大連市で支援者にかくまわれていることが8日、関係者への取材で分かった。女性は昨年末に北朝鮮を出たという。支援者は日本政府に保護を要請しているが、女性はまだ在外公館に入っておらず、政府は確認を進めている。"),
    # Korean
    A("ko", "follow_up", d(2026, 4, 8), 2004, "몽골서 억류된 '일본인 아내의 아들' 최모씨, 일본행 협의 계속\n\n(울란바토르=연합뉴스) 중국을 거쳐 몽골로 넘어갔다가 현지 당국에 억류된 북한 남성 최모(57)씨의 일본행을 놓고 일본과 몽골 정부가 협의를 이어가고 있다고 현지 소식통이 8일 전했다.\n\n최씨는 함경남도 함흥 출생으로, 어머니는 1963년 재일조선인 남편과 함께 북송선을 탄 일본 후쿠오카현 출신 여성이다. 최씨는 지난 2월 몽골 국경을 넘은 뒤 울란바토르 시내 정보기관 시설에 머물고 있다.\n\n소식통은 \"본인이 일본행을 강하게 원하고 있어 한국행은 검토되지 않고 있다\"고 말했다."),
    A("ko", "relative", d(2026, 5, 20), 2005, "\"조카가 살아서 왔다\"…日 삿포로 외삼촌의 페이스북 글\n\n\"누나는 아직 청진에 있다. 그러나 누나의 딸, 나의 조카가 살아서 일본 땅을 밟았다.\" 일본 삿포로에 사는 재일동포 박영수(62)씨가 최근 페이스북에 올린 글이 재일동포 사회에서 화제가 되고 있다.\n\n박씨의 어머니는 홋카이도 구시로 출신 일본인으로, 1982년 조선인 남편, 딸과 함께 북송선을 탔다. 당시 열여덟 살이던 박씨는 일본에 남았다. 박씨는 글에서 \"조카 혜미가 라오스의 보호소를 거쳐 3월에 일본에 왔다\"며 \"할머니의 성을 따 일본 이름을 지었다\"고 썼다.\n\n박씨는 본지와의 통화에서 \"조카의 얼굴이 어머니를 꼭 닮았다\"고 말했다."),
    A("ko", "life_story", None, 2003, "[라디오 인터뷰] \"60년 만에 돌아온 고향, 일본\" — 귀국사업 피해자 양명숙 씨\n\n진행자: 오늘은 열다섯 살에 북송선을 탔다가 70대가 돼서야 일본으로 돌아오신 분을 모셨습니다. 양명숙 선생님, 안녕하세요.\n양명숙: 네, 안녕하세요.\n진행자: 오사카 이쿠노에서 나고 자라셨다고요.\n양명숙: 네. 아버지가 '조국에 가면 공부도 공짜, 일도 다 있다'고 하셔서 부모님이랑 동생들이랑 같이 갔지요. 큰오빠만 오사카에 남았어요.\n진행자: 북한에서 보내신 세월이 반세기가 넘습니다.\n양명숙: 공장에서 일하고, 결혼하고, 애들 키우고… 고난의 행군 때는 정말 죽는 줄 알았어요. 귀국자라고 늘 감시받았고요.\n진행자: 탈출은 어떻게 하셨습니까.\n양명숙: 중국으로 넘어가서, 라오스를 거쳐 태국으로 갔어요. 방콕 이민국 수용소에서 몇 주 있었는데, 거기서 제일 나이 많은 사람이 저였어요.\n진행자: 지금은 일본에서 지내시죠.\n양명숙: 네, 도쿄 근처에서 혼자 살아요. 오빠가 가끔 와요. 60년 만에 오빠 얼굴을 봤을 때, 둘 다 할머니 할아버지가 돼 있더라고요. (웃음)"),
    A("ko", "custody", d(2025, 12, 1), 2002, "北 탈출한 80대 일본인 남성, 중국 도문서 공안에 억류\n\n(도쿄=연합뉴스) 북한을 탈출한 80대 일본인 남성이 중국 지린성 투먼(도문)에서 현지 공안에 억류된 것으로 확인됐다고 일본 언론이 28일 보도했다.\n\n보도에 따르면 히로시마현 출신인 이 남성은 1971년 재일조선인 아내와 함께 북송선을 타고 북한으로 건너갔다. 남성은 이달 두만강을 건너 중국에 들어갔다가 공안에 붙잡혔다.\n\n일본 정부는 남성을 일본으로 데려오기 위해 중국 측과 협의 중이다. 중국은 탈북자를 불법 월경자로 간주해 북한으로 송환해 왔다는 점에서 인권단체들은 강제 북송 가능성을 우려하고 있다."),
    A("ko", "refuge", d(2025, 9, 15), 2001, "[보도자료] 북송 일본인 처, 선양 주재 일본총영사관 진입…\"조속한 출국 허용 촉구\"\n\n북한 귀국사업 피해자 지원 단체인 '귀국자의 집'(대표 이은정)은 15일, 1962년 재일조선인 남편과 함께 북한으로 건너간 일본인 여성 다무라 세쓰코(84)씨가 이달 초 중국 랴오닝성 선양의 일본총영사관에 들어갔다고 밝혔다.\n\n다무라씨는 일본 아키타현 출신으로, 북한에서는 남편의 성을 따 '김절자'라는 이름으로 60여 년을 살았다. 남편 김정호씨는 북한에 남아 있는 것으로 알려졌다.\n\n단체는 \"고령인 다무라씨가 하루라도 빨리 가족 품에 돌아갈 수 있도록 중국 정부가 출국을 허용해야 한다\"고 촉구했다.\n\n문의: 귀국자의 집 사무국 02-000-0000"),
    A("ko", "resettled", d(2026, 7, 2), 2005, "청진에서 가와구치로…'일본인 할머니' 둔 30대 탈북 여성의 새 삶\n\n함경북도 청진에서 태어난 한혜미(31)씨는 올해 3월 일본에 도착해 사이타마현 가와구치시에 정착했다. 일본인 할머니가 1982년 북송선을 탄 지 44년 만에 손녀가 일본 땅을 밟은 것이다. 한씨는 현재 일본어를 배우며 지원센터에서 일하고 있다."),
    A("ko", "brief", d(2025, 6, 12), 2003, "[단신] 태국 수용소 거쳐 일본 도착한 귀국자 여성\n\n1965년 북송선을 타고 북한으로 건너갔던 오사카 출신 재일동포 여성(74)이 태국 방콕 이민국 수용소를 거쳐 지난 10일 일본에 도착했다고 지원단체가 12일 밝혔다. 여성은 가나가와현에 정착할 예정이다."),
    A("ko", "general", d(2025, 12, 14), None, "[사설] 북송 66년, 잊힌 9만3천 명을 기억해야\n\n1959년 12월 14일, 재일조선인과 일본인 가족 975명을 태운 첫 북송선이 니가타항을 떠났다. 이후 1984년까지 9만3천여 명이 '지상낙원'이라는 선전을 믿고 북한으로 건너갔다. 이 가운데 일본인 아내는 약 1천800명으로 추산된다.\n\n이들 상당수는 차별과 감시 속에 굶주림으로 세상을 떠났다. 살아남은 이들도 이제 대부분 80~90대다. 한일 양국 정부는 탈북한 귀국자와 그 자녀, 손자녀의 정착 지원을 더는 미뤄서는 안 된다."),
    A("ko", "into_north", d(2025, 10, 1), None, "조총련 '조국방문단' 평양 도착…코로나 이후 첫 대규모 방북\n\n재일본조선인총련합회(조총련) 소속 재일동포 120여 명으로 구성된 조국방문단이 30일 베이징을 거쳐 평양에 도착했다고 조선중앙통신이 1일 보도했다. 방문단에는 1960~70년대 북송된 가족을 만나려는 고령의 동포들이 다수 포함됐으며, 이들은 열흘간 평양과 함흥 등을 방문할 예정이다."),
    A("ko", "stranger", None, None, "할아버지가 탄 북송선, 손자는 서울에서 기억한다\n\n혜산 출신 탈북민 김성진(33)씨의 할아버지는 일본 고베에서 태어난 재일조선인으로, 1961년 북송선을 탔다. 김씨는 2015년 탈북해 지금은 서울 노원구에 산다. \"할아버지는 돌아가실 때까지 고베의 바다 이야기를 하셨어요. 언젠가 그 바다를 제 눈으로 보고 싶습니다.\""),
)
# fmt: on
