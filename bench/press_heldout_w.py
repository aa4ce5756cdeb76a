# ruff: noqa: RUF001, E501 - articles are kept as written, one per line.
"""Held-out set W for the press monitor: thirty articles in English, Japanese and Korean.

Written by hand, before the scorer ever saw it, from the facts of the cases below
(or of nobody in hogo's files). The forms are those a reader meets in a month: an
agency wire and its two-line brief, a national paper's scoop and its follow-up, a
regional paper's feature, a relative's account quoted at length, a TV news script,
a radio item, an NGO statement, an editorial and a Q&A explainer. Some articles
name the person, some give only a family name, initials or a pseudonym, some
withhold every name. Each decoy shares most facts of one case but is someone else;
no article is about a decoy.

Kinds: ``follow_up``, ``relative``, ``life_story``, ``custody``, ``refuge``,
``resettled``, ``brief`` (about a case), and ``into_north``, ``group``,
``general``, ``stranger`` (about nobody in the files).
"""

from __future__ import annotations

from datetime import date

from bench.press_heldout import HeldOutArticle, HeldOutCase, _case
from hogo.monitor.scoring import EventFacts, NameFacts

N = NameFacts
E = EventFacts
CASES: tuple[HeldOutCase, ...] = (
    # 2201: a Japanese wife born in Kitakyushu in 1936 who sailed in August 1961 with her
    # Korean husband; she reached the Japanese consulate-general in Shenyang in September
    # 2025, was flown to Japan in January 2026 and now lives in Fukuoka city. Her younger
    # sister Setsuko lives in Kitakyushu.
    _case(
        2201,
        sex="F",
        born=date(1936, 4, 2),
        birthplace="福岡県北九州市 (Kitakyushu, Fukuoka)",
        category="japanese_spouse",
        names=(
            N("松永", "千代子", ""),
            N("李", "千代子", ""),
            N("리", "천대자", ""),
            N("李", "明洙", "spouse"),
            N("리", "명수", "spouse"),
            N("松永", "節子", "sibling"),
        ),
        events=(
            E(date(1961, 8, 25), "location", "KP", "清津 (Chongjin)"),
            E(
                date(2025, 9, 14),
                "location",
                "CN",
                "遼寧省瀋陽 日本総領事館 (Japanese consulate-general, Shenyang, Liaoning)",
                "diplomatic_mission",
            ),
            E(date(2026, 1, 20), "location", "JP", "福岡県福岡市 (Fukuoka city)", "self"),
        ),
        status="resettlement",
    ),
    # 2202: a Japanese husband born in Sakai, Osaka, in 1941, who followed his Korean wife
    # on a ship in 1963; he crossed China and Laos and has been held in the Bangkok
    # immigration detention centre since November 2025. His younger brother Kunio lives in Sakai.
    _case(
        2202,
        sex="M",
        born=date(1941, 11, 8),
        birthplace="大阪府堺市 (Sakai, Osaka)",
        category="japanese_spouse",
        names=(
            N("岡田", "正雄", ""),
            N("Okada", "Masao", ""),
            N("朴", "順姫", "spouse"),
            N("박", "순희", "spouse"),
            N("岡田", "邦夫", "sibling"),
        ),
        events=(
            E(date(1963, 6, 14), "location", "KP", "清津 (Chongjin)"),
            E(
                date(2025, 11, 3),
                "location",
                "TH",
                "バンコク入国管理局収容センター (Bangkok immigration detention centre)",
                "host_police",
            ),
        ),
        status="in_host_custody",
    ),
    # 2203: a Korean resident of Japan born in Kobe (Nagata ward) in 1948 who went to the
    # North alone in 1972 aged 23; he escaped in 2019, waited in an NGO safe house in
    # Jilin, reached Japan in 2021 and lives in Adachi ward, Tokyo. Japanese alias Takayama.
    _case(
        2203,
        sex="M",
        born=date(1948, 3, 30),
        birthplace="兵庫県神戸市長田区 (Nagata, Kobe, Hyogo)",
        category="former_resident",
        names=(
            N("高", "英哲", ""),
            N("고", "영철", ""),
            N("高山", "英哲", ""),
            N("高", "貞順", "sibling"),
            N("고", "정순", "sibling"),
        ),
        events=(
            E(date(1972, 5, 19), "location", "KP", "清津 (Chongjin)"),
            E(date(2019, 10, 2), "location", "CN", "吉林省延吉 (Yanji, Jilin)", "ngo_safe_house"),
            E(date(2021, 6, 11), "location", "JP", "東京都足立区 (Adachi, Tokyo)", "self"),
        ),
        status="resettlement",
    ),
    # 2204: a daughter born in Hamhung in 1966 to a Japanese mother (Yamaguchi Haru, who
    # sailed in 1962 and died in the North) and a Korean father; she crossed into Mongolia
    # in February 2026, was held by the border guards in Dornod, then handed to the
    # Japanese embassy in Ulaanbaatar in March 2026. Awaiting the flight to Japan.
    _case(
        2204,
        sex="F",
        born=date(1966, 7, 21),
        birthplace="咸興 (Hamhung, North Korea)",
        category="descendant",
        names=(
            N("金", "明淑", ""),
            N("김", "명숙", ""),
            N("山口", "明子", ""),
            N("山口", "ハル", "parent"),
        ),
        events=(
            E(date(2026, 2, 11), "location", "MN", "ドルノド県 (Dornod province)", "host_security"),
            E(
                date(2026, 3, 1),
                "location",
                "MN",
                "ウランバートル 日本大使館 (Japanese embassy, Ulaanbaatar)",
                "diplomatic_mission",
            ),
        ),
        status="in_transit",
    ),
    # 2205: a grandson of a Japanese wife, born in Hyesan in 1994; held at a police station
    # in Mengla, Yunnan, in May 2025, released on an NGO's plea and since August 2025 in a
    # safe house in Vientiane. His mother is in the North; his elder sister is in Seoul.
    _case(
        2205,
        sex="M",
        born=date(1994, 1, 5),
        birthplace="恵山 (Hyesan, North Korea)",
        category="descendant",
        names=(
            N("崔", "光一", ""),
            N("최", "광일", ""),
            N("崔", "貞姫", "parent"),
            N("최", "정희", "parent"),
            N("최", "광미", "sibling"),
        ),
        events=(
            E(date(2025, 5, 18), "location", "CN", "雲南省勐臘県 (Mengla, Yunnan)", "host_police"),
            E(date(2025, 8, 30), "location", "LA", "ビエンチャン (Vientiane)", "ngo_safe_house"),
        ),
        status="located",
    ),
    # 2206 (decoy of 2201): another Japanese wife born in Fukuoka prefecture (Kurume) in
    # 1936 who sailed in 1961; she reached the same consulate in Shenyang in 2009 and died
    # there of illness before she could be flown out.
    _case(
        2206,
        sex="F",
        born=date(1936, 9, 17),
        birthplace="福岡県久留米市 (Kurume, Fukuoka)",
        category="japanese_spouse",
        names=(
            N("古賀", "ミツエ", ""),
            N("金", "ミツエ", ""),
            N("金", "相龍", "spouse"),
        ),
        events=(
            E(date(1961, 12, 15), "location", "KP", "清津 (Chongjin)"),
            E(
                date(2009, 4, 3),
                "location",
                "CN",
                "遼寧省瀋陽 日本総領事館 (Japanese consulate-general, Shenyang, Liaoning)",
                "diplomatic_mission",
            ),
        ),
        status="deceased",
    ),
    # 2207 (decoy of 2202): another Japanese husband, born in Higashiosaka in 1941, who
    # sailed in 1963; he too reached Bangkok in 2024, but asked to be left out of hogo's
    # files once his family in Japan took him in: the case was withdrawn.
    _case(
        2207,
        sex="M",
        born=date(1941, 2, 26),
        birthplace="大阪府東大阪市 (Higashiosaka, Osaka)",
        category="japanese_spouse",
        names=(
            N("森本", "和夫", ""),
            N("Morimoto", "Kazuo", ""),
            N("申", "玉子", "spouse"),
        ),
        events=(
            E(date(1963, 9, 20), "location", "KP", "清津 (Chongjin)"),
            E(
                date(2024, 7, 9),
                "location",
                "TH",
                "バンコク入国管理局収容センター (Bangkok immigration detention centre)",
                "host_police",
            ),
        ),
        status="withdrawn",
    ),
    # 2208 (decoy of 2203): another former resident born in Hyogo (Amagasaki) in 1948, who
    # went in 1972 and came back to Japan through Jilin; he lives in Osaka.
    _case(
        2208,
        sex="M",
        born=date(1948, 12, 1),
        birthplace="兵庫県尼崎市 (Amagasaki, Hyogo)",
        category="former_resident",
        names=(
            N("梁", "成浩", ""),
            N("양", "성호", ""),
            N("梁川", "成浩", ""),
        ),
        events=(
            E(date(1972, 10, 6), "location", "KP", "清津 (Chongjin)"),
            E(date(2017, 3, 22), "location", "CN", "吉林省延吉 (Yanji, Jilin)", "ngo_safe_house"),
            E(date(2018, 1, 30), "location", "JP", "大阪府大阪市生野区 (Ikuno, Osaka)", "self"),
        ),
        status="resettlement",
    ),
    # 2209 (decoy of 2204): another daughter of a Japanese mother, born in Hamhung in 1966;
    # she crossed into Mongolia in 2025 and is held by the border guards in Dornod.
    _case(
        2209,
        sex="F",
        born=date(1966, 4, 9),
        birthplace="咸興 (Hamhung, North Korea)",
        category="descendant",
        names=(
            N("朴", "英愛", ""),
            N("박", "영애", ""),
            N("田中", "ミサヲ", "parent"),
        ),
        events=(
            E(date(2025, 8, 17), "location", "MN", "ドルノド県 (Dornod province)", "host_security"),
        ),
        status="verifying",
    ),
    # 2210 (decoy of 2205): another grandson of a Japanese wife, born in Hyesan in 1994,
    # sheltered in an NGO safe house in Vientiane since 2024.
    _case(
        2210,
        sex="M",
        born=date(1994, 10, 28),
        birthplace="恵山 (Hyesan, North Korea)",
        category="descendant",
        names=(
            N("리", "철", ""),
            N("李", "哲", ""),
            N("리", "옥순", "parent"),
        ),
        events=(
            E(date(2024, 12, 2), "location", "LA", "ビエンチャン (Vientiane)", "ngo_safe_house"),
        ),
        status="located",
    ),
)

# fmt: off
ARTICLES: tuple[HeldOutArticle, ...] = (
    HeldOutArticle("en", "follow_up", date(2026, 3, 4), 2204, "ULAANBAATAR, March 4 — A North Korean woman whose mother was Japanese, held by Mongolian border guards since crossing the frontier last month, has been handed over to the Japanese Embassy in Ulaanbaatar, diplomatic sources said Wednesday. The woman, 59, was born in the eastern city of Hamhung to a Japanese mother who sailed to the North in 1962 under the repatriation programme and a Korean father, according to the sources. She had been questioned at a border post in the eastern province of Dornod after walking across the steppe from China in February, as first reported by this agency. A Japanese official said the embassy was arranging her travel “as soon as the paperwork allows,” but declined to say when. Her mother died in the North in the 1990s, the sources said."),
    HeldOutArticle("en", "relative", date(2025, 12, 10), 2202, "SAKAI, Osaka — Kunio Okada keeps a single photograph of his older brother on the family altar: a young man in a borrowed suit on the deck of a ship at Niigata, one arm round his Korean wife. “That was June 1963. I was 17. I have not seen his face since. Sixty-two years,” said Okada, now 79, a retired lathe operator. Last month his brother Masao, 84, was detained in Bangkok after crossing China and Laos, and is being held at the Thai immigration detention centre while the two governments talk. “He phoned me from a broker’s mobile. The first thing he said was, ‘Is mother’s grave still in Sakai?’ I told him yes. He cried. I cried.” Masao Okada married Park Sun-hui, a Korean resident of Osaka, in 1962 and followed her to the North the next year; she died there in 2011, his brother said. “People ask why a Japanese man would go. He loved her. That is all,” Kunio Okada said. “Now I only want him home before the winter. He is old.”"),
    HeldOutArticle("en", "life_story", date(2026, 4, 12), 2201, "She is 90 now, and every afternoon, weather permitting, she asks to be wheeled to the window of her small flat in Fukuoka that faces the sea. “The sea took me away and the sea brought me back,” says the woman, whom we call Mrs. A at her family’s request. She was born in Yawata, in what is now Kitakyushu, the daughter of a steelworker, and at 25 married a Korean man she had met at a dance hall. In the summer of 1961 they boarded a ship for North Korea, promised a “paradise on earth”. What followed was more than six decades she describes mostly in silences: years in a fishing town on the east coast, the famine of the 1990s, which took her husband, the long wait for letters from Japan that were opened before she read them. Last September, in her late 80s, she reached the Japanese consulate-general in Shenyang with help she will not describe, and in January she was flown home. “I left as a bride and I come back a great-grandmother,” she says. Her younger sister visits every week from Kitakyushu. “We talk about our mother. We are the last two who remember her voice.”"),
    HeldOutArticle("en", "custody", None, 2202, "STATEMENT. We urge the governments of Thailand and Japan to release without delay an 84-year-old Japanese man who has been held since 3 November in the immigration detention centre in Bangkok. Mr O. left Japan in 1963 with his Korean wife under the so-called repatriation programme and lived in North Korea for more than sixty years. He escaped last autumn and travelled overland through China and Laos before being arrested by Thai police. He suffers from heart disease and was taken to hospital once from the centre. He is a Japanese national. There is no reason to hold him in a crowded cell with hundreds of other detainees while his passport is prepared. We ask the Japanese Embassy to issue travel documents at once. — The North Korea Returnees Support Network, Osaka"),
    HeldOutArticle("en", "refuge", date(2025, 9, 5), 2205, "BANGKOK (Reuters) - A North Korean man whose grandmother was one of the Japanese wives who moved to North Korea in the 1960s has reached a safe house in Laos run by a Christian aid group, the group said on Friday. The man, 31, from the border city of Hyesan, was detained by Chinese police in Yunnan province in May and released weeks later after intervention by the group, which declined to be named for security reasons. He arrived in Vientiane at the end of August and is awaiting a decision on where he will be resettled, a spokesman said. His elder sister lives in South Korea."),
    HeldOutArticle("en", "resettled", date(2026, 6, 20), 2203, "TOKYO — Koh Young-chul walks his morning rounds along the Arakawa river in Adachi with the stiff gait of a man who spent years hauling timber. Born in Nagata, Kobe, in 1948 to a family that made rubber shoes, he boarded a ship for North Korea in 1972 at 24, alone, believing he would study engineering. He spent 47 years there. In 2019 he crossed the Tumen river, waited months in a church shelter in Yanji, and in 2021 landed at Narita. Now 78, he lives on a small pension in a public housing block in Tokyo and volunteers at a Korean community centre. “Kobe is my birthplace, but I cannot go back to Nagata — the street is gone, the people are gone,” he said. “Tokyo is where I can be nobody. That is a kind of freedom.” His sister in Kobe, Ko Jong-sun, visits twice a year."),
    HeldOutArticle("en", "brief", date(2026, 1, 21), 2201, "FUKUOKA (Kyodo) — An 89-year-old Japanese woman who went to North Korea with her Korean husband in 1961 arrived at Fukuoka Airport on Tuesday after months at the Japanese consulate-general in Shenyang, government sources said. She is a native of Kitakyushu and will settle in the prefecture, close to her younger sister."),
    HeldOutArticle("en", "into_north", date(2025, 10, 8), None, "NIIGATA — Seventy-nine-year-old Hiroshi Nakagawa left Niigata on Wednesday for Beijing, the first leg of a trip to Pyongyang he has been planning for twelve years. His elder sister, a Japanese wife who crossed the Sea of Japan on one of the first repatriation ships in December 1959, died in South Hamgyong province in 2004. “I only want to pour water on her grave,” he said at the airport. The trip was arranged through a Tokyo travel agency that handles visits by relatives; Japan’s government discourages travel to North Korea but does not ban it."),
    HeldOutArticle("en", "group", None, None, "PRESENTER: In Osaka this weekend, a room above a Korean barbecue restaurant in Ikuno filled with people who share one secret history. Around forty men and women who once went to North Korea as so-called returnees — and later escaped — met for the first reunion of its kind. Some went as children in the early 1960s, some as young workers in the 1970s; the oldest is 91, the youngest, a grandson of a returnee, is in his thirties. They came from Tokyo, Nagoya, Hiroshima, Seoul. Many asked not to be recorded. One woman, who left from Niigata in 1960, told us simply: ‘Here nobody asks me why I went.’ The organisers say they hope to make it a yearly event."),
    HeldOutArticle("en", "stranger", date(2026, 2, 15), None, "SEOUL — When Yoshie Harada, now 82, arrived in South Korea last year by way of Thailand, she became one of only a handful of Japanese wives of the 1959-84 repatriation to settle in Seoul rather than Japan. Born in Shimonoseki, Yamaguchi prefecture, in 1943, she sailed in 1961 with her husband, who died in 1999. “My son is here, so here is home,” she said in Korean that has lost every trace of her Japanese accent. Japan’s Foreign Ministry has offered her a passport; she has not yet decided whether to use it."),
    HeldOutArticle("ja", "follow_up", date(2026, 1, 15), 2202, "北朝鮮を脱出し、タイの入管施設に収容されている大阪府堺市出身の岡田正雄さん（84）について、日本政府がタイ当局と帰国に向けた最終調整に入ったことが15日、分かった。複数の政府関係者が明らかにした。岡田さんは1963年、在日朝鮮人の妻とともに「帰国事業」で北朝鮮に渡った。昨年秋に中国、ラオスを経てタイに入り、11月3日にバンコクの入国管理局収容センターに収容された。本紙が昨年12月に報じた後、外務省が身元の確認を進めていた。堺市に住む弟の邦夫さん（79）は「一日も早く兄の顔を見たい。母の墓に連れて行きたい」と話した。"),
    HeldOutArticle("ja", "relative", date(2025, 10, 20), 2201, "「姉が生きていた。それだけで十分です」。北九州市八幡西区の松永節子さん（85）は、震える手で一枚の便せんを見せてくれた。64年前、朝鮮人の夫と新潟港から北朝鮮へ渡った４歳上の姉から届いた最後の手紙は、1990年代の日付で止まっていた。先月、外務省の担当者から「お姉さんが中国の公館で保護されています」と電話があった。姉は今、遼寧省瀋陽の日本総領事館にいるという。「電話で話したら、北九州の言葉がそのままでね。『節ちゃん』と呼ばれて、子どもの頃に戻りました」。姉の夫はすでに亡くなったと聞かされた。帰国の時期はまだ分からない。「母の墓の前で二人並んで手を合わせたい。それまでは死ねません」"),
    HeldOutArticle("ja", "life_story", date(2026, 3, 20), 2204, "【特集・海を越えた母の記憶】母が新潟から船に乗ったのは1962年の春だった。それから60年余り。北朝鮮東部の咸興（ハムフン）で生まれた娘が、母の国を目指している。日本名を明子という50代後半のその女性は、2月、中国からモンゴルへ国境を越え、当局の保護を受けた後、ウランバートルの日本大使館に身を寄せている。母の山口ハルさんは鳥取県の農家の生まれで、在日朝鮮人の男性と結婚し、「帰国事業」で北に渡った。娘の記憶の中の母は、いつも台所で小さく日本の歌を口ずさんでいた。「ふるさと」だったという。母は1990年代の飢饉のさなかに亡くなった。「母は一度も日本に帰れなかった。私が代わりに帰ります」。支援団体を通じて寄せられた言葉だ。女性は近く日本に向かう見通しだが、受け入れ先の親族はまだ見つかっていない。"),
    HeldOutArticle("ja", "custody", date(2025, 5, 28), 2205, "【北京＝共同】中国雲南省の公安当局が今月中旬、北朝鮮から脱出した31歳の男性を同省勐臘（モンラー）県の派出所で拘束したことが28日、支援団体への取材で分かった。男性は北朝鮮北部の両江道恵山（ヘサン）出身で、祖母は1960年代に「帰国事業」で北朝鮮に渡った日本人妻だという。ラオス国境を越えようとしたところを拘束された。支援団体は北朝鮮への強制送還の恐れがあるとして、中国当局に人道的な対応を求めている。"),
    HeldOutArticle("ja", "refuge", date(2025, 9, 16), 2201, "北朝鮮に「帰国事業」で渡った日本人妻の女性が、中国遼寧省瀋陽の日本総領事館に駆け込み、保護されていることが16日、関係者への取材で分かった。女性は福岡県出身の80代で、1961年に朝鮮人の夫とともに北朝鮮に渡った。今月中旬に北朝鮮を脱出し、支援者の手引きで総領事館にたどり着いたという。政府は中国側と出国に向けた協議を始めた。日本人妻が在外公館で保護されたことが明らかになるのは異例。外務省は「個別の事案についてはお答えを差し控える」としている。"),
    HeldOutArticle("ja", "resettled", None, 2203, "（ナレーション）東京・足立区。都営住宅の一室で、高英哲さん（78）は毎朝、神戸の地図を広げます。生まれは神戸市長田区。ケミカルシューズの町です。1972年、24歳の時、ひとりで北朝鮮に渡りました。（高さん）「技術者になれると言われた。行ってみたら、木を切る仕事だった」（ナレーション）47年を北朝鮮で過ごし、2019年に脱出。中国・延吉の支援施設で身を潜め、2021年、日本に戻りました。通名は高山。長田の実家はもうありません。（高さん）「神戸は生まれた所。でも、今の家はここ、足立です」"),
    HeldOutArticle("ja", "brief", date(2026, 3, 2), 2204, "モンゴル当局に保護されていた北朝鮮出身の女性（59）が1日、ウランバートルの日本大使館に引き渡された。女性の母親は日本人妻で、外務省が日本への移送を調整している。"),
    HeldOutArticle("ja", "general", date(2025, 12, 14), None, "【社説】帰国事業の検証　残された時間は少ない。1959年から84年まで続いた在日朝鮮人らの「帰国事業」で、9万3千人余りが北朝鮮に渡った。その中には約1800人の日本人妻が含まれる。渡航から半世紀以上がたち、存命の日本人妻は多くが80代、90代だ。脱北して日本に戻った人もいるが、その数は政府も明らかにしていない。元在日朝鮮人らが北朝鮮に賠償を求めた訴訟では今年3月、東京地裁が北朝鮮に賠償を命じた。事業を後押しした日本政府や報道機関の責任も問われるべきだ。当事者の証言を記録し、事業の全体像を明らかにすることは、もはや先延ばしにできない。"),
    HeldOutArticle("ja", "into_north", date(2026, 5, 11), None, "北朝鮮で亡くなった日本人の墓参のため、遺族ら６人が11日、北京経由で平壌に向かった。一行は新潟、秋田、長崎各県などの60代から80代で、親族の多くは終戦前後に朝鮮半島北部で亡くなった。団長の男性（83）は出発前、成田空港で「今回が最後の機会かもしれない。父の眠る土地を自分の目で見たい」と語った。一行は20日に帰国する予定。"),
    HeldOutArticle("ja", "group", None, None, "北朝鮮から脱出し日本で暮らす元在日朝鮮人ら５人が、東京都内で記者会見を開き、北朝鮮での体験を語った。５人は1960年代から70年代に「帰国事業」で渡った人たちやその子どもで、出身は大阪、兵庫、愛知、福岡などさまざま。70代の男性は「地上の楽園と聞かされたが、待っていたのは監視と飢えだった」と述べた。５人はいずれも名前と顔を伏せて出席した。支援団体によると、脱北して日本に定住した帰国者とその家族は200人を超える。"),
    HeldOutArticle("ko", "follow_up", date(2025, 11, 24), 2203, "재일교포 북송사업으로 북한에 건너갔다가 탈북해 일본에 정착한 고영철(77)씨가 24일 도쿄에서 열린 북송사업 피해 증언 모임에 다시 섰다. 본지가 지난 8월 고씨의 사연을 처음 보도한 지 석 달 만이다. 고베시 나가타구에서 태어난 고씨는 1972년 스물네 살에 혼자 북송선에 올랐고, 2019년 두만강을 건너 중국 옌지의 한 민간단체 쉼터에 숨어 지내다 2021년 일본으로 돌아왔다. 현재 도쿄 아다치구에 살고 있다. 고씨는 이날 “북한에서 보낸 47년은 누구에게도 보상받을 수 없다”며 “살아서 증언할 수 있는 사람이 얼마 남지 않았다”고 말했다. 고베에 사는 누나 고정순씨도 객석에서 증언을 지켜봤다."),
    HeldOutArticle("ko", "relative", date(2025, 9, 10), 2205, "“동생이 살아 있다는 소식을 듣고 밤새 울었어요.” 서울 양천구에 사는 탈북민 최광미(35)씨는 지난달 라오스에 있는 남동생의 목소리를 4년 만에 전화로 들었다. 동생 최모(31)씨는 지난 5월 중국 윈난성에서 공안에 붙잡혔다가 한 선교단체의 도움으로 풀려나 현재 라오스의 한 안가에 머물고 있다. 남매의 외할머니는 1960년대 북송선을 타고 북한으로 건너간 일본인 처였다. 최씨는 “할머니는 돌아가실 때까지 일본말로 잠꼬대를 하셨다”며 “어머니는 아직 혜산에 계신다. 동생 일로 어머니가 피해를 보지 않을까 걱정”이라고 했다. 최씨는 동생이 한국으로 올 수 있도록 정부에 도움을 요청했다."),
    HeldOutArticle("ko", "life_story", date(2026, 2, 8), 2202, "[기획] 62년 만의 귀향길, 방콕에서 멈추다. 1963년 6월 니가타항. 스물한 살 일본 청년 오카다 마사오는 재일교포 아내 박순희의 손을 잡고 북송선에 올랐다. 일본인 남편이 아내를 따라 북한으로 간 드문 경우였다. 그 뒤 60여 년, 그는 북한 동해안의 한 공장에서 일하며 세 자녀를 키웠고, 아내를 먼저 떠나보냈다. 여든을 훌쩍 넘긴 지난해 가을, 그는 중국과 라오스를 거쳐 태국에 들어갔고 11월 방콕 이민국 수용소에 수용됐다. 오사카부 사카이시에 사는 동생은 “형은 평생 일본 국적을 버리지 않았다”고 말한다. 일본 정부는 신원 확인을 마쳤지만 그의 귀국 날짜는 아직 정해지지 않았다."),
    HeldOutArticle("ko", "custody", date(2026, 2, 20), 2204, "몽골 국경경비대가 이달 중순 중국 국경을 넘어온 50대 탈북 여성을 동부 도르노드주에서 붙잡아 조사하고 있다고 현지 소식통이 20일 전했다. 함흥 출신인 이 여성은 어머니가 1960년대 북송사업으로 북한에 건너간 일본인이라며 일본행을 희망하고 있는 것으로 알려졌다. 몽골 당국은 통상 탈북자를 한국으로 보내 왔으나, 이번에는 일본 정부와도 협의하고 있다고 소식통은 덧붙였다."),
    HeldOutArticle("ko", "refuge", date(2025, 9, 18), 2201, "(선양=연합뉴스) 북송사업 때 북한으로 건너간 일본인 처 한 명이 중국 랴오닝성 선양의 일본총영사관에 진입해 보호를 받고 있는 것으로 18일 확인됐다. 외교 소식통에 따르면 후쿠오카현 출신의 이 여성은 89세로, 1961년 조선인 남편과 함께 북송선을 탔다. 남편은 북한에서 숨진 것으로 전해졌다. 일본 정부는 중국 측과 출국 절차를 협의하고 있으며, 중국 외교부는 관련 질문에 “상황을 알지 못한다”고 답했다."),
    HeldOutArticle("ko", "resettled", None, 2201, "“64년 만에 돌아온 고향은 너무 달라져 있었어요.” 기타큐슈 야하타에서 태어난 마쓰나가 지요코 할머니는 지금 후쿠오카시의 한 아파트에서 혼자 산다. 기타큐슈에 사는 여동생이 매주 찾아온다. 스물다섯에 조선인 남편 리명수와 결혼해 1961년 북송선을 탔고, 북한에서는 ‘리천대자’라는 이름으로 살았다. 지난해 선양 일본총영사관을 거쳐 올해 1월 일본 땅을 밟았다. 할머니는 “북한에서 배운 조선말이 이제 일본말보다 편할 때가 있다”며 웃었다."),
    HeldOutArticle("ko", "brief", date(2025, 9, 1), 2205, "일본인 처의 손자인 30대 탈북 남성이 라오스 비엔티안의 민간단체 쉼터에 도착했다고 대북 인권단체가 1일 밝혔다. 이 남성은 양강도 혜산 출신으로, 지난 5월 중국 윈난성에서 공안에 구금됐다 풀려났다."),
    HeldOutArticle("ko", "general", date(2026, 1, 27), None, "[Q&A] 재일교포 북송사업이란? Q. 북송사업은 무엇인가. A. 1959년 12월부터 1984년까지 일본과 북한 적십자사의 협정에 따라 재일조선인과 그 가족 9만3천여 명이 북한으로 건너간 사업이다. Q. 일본인도 있었나. A. 조선인과 결혼한 일본인 처 약 1천800명, 일본인 남편 일부가 함께 갔다. Q. 지금은 어떻게 됐나. A. 상당수가 차별과 감시 속에 살았고, 1990년대 이후 탈북해 일본이나 한국에 정착한 사람도 있다. 일본에서는 피해자들이 북한 정부를 상대로 손해배상 소송을 내 2025년 3월 도쿄지방법원에서 북한의 배상 책임을 인정하는 판결을 받았다. Q. 남은 과제는. A. 생존한 일본인 처 대부분이 고령이어서 귀국과 가족 상봉이 시급하다는 지적이 나온다."),
    HeldOutArticle("ko", "stranger", date(2025, 7, 3), None, "중국 랴오닝성 단둥의 한 파출소에 재일교포 출신 70대 탈북 남성이 구금돼 있다고 북한인권단체가 3일 밝혔다. 단체에 따르면 이 남성은 1952년 일본 교토에서 태어나 1960년 부모를 따라 북송선을 탔으며, 지난달 압록강을 건너 단둥에 들어왔다가 검문에 걸렸다. 단체는 중국 당국에 강제북송 중단을 촉구했다. 일본에 사는 그의 사촌은 “여덟 살에 떠난 뒤 한 번도 소식을 듣지 못했다”고 말했다."),
    HeldOutArticle("ko", "group", date(2026, 4, 15), None, "북송사업 피해자와 가족들로 이뤄진 ‘북송 재일교포 가족회’ 회원 20여 명이 15일 서울 종로구에서 기자회견을 열고 한일 양국 정부에 생존 피해자 실태 조사를 요구했다. 회원들은 1960~70년대 북한으로 건너갔다 탈북한 재일교포와 일본인 처의 자녀, 손자 등으로, 대부분 한국에 정착해 있다. 회장 김모(74)씨는 “북한에 남은 일본인 처들은 이제 90세 전후”라며 “더 늦기 전에 생사라도 확인해야 한다”고 말했다."),
)
# fmt: on
