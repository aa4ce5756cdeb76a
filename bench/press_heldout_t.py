# ruff: noqa: RUF001, E501 - articles are kept as written, one per line.
"""Held-out set T for the press monitor: thirty articles in English, Japanese and Korean.

Written by hand, before the scorer ever saw it, from the facts of the cases below,
in the forms of ordinary news: agency wire stories with datelines (Kyodo, Yonhap,
AP), wire briefs of two or three sentences, national-paper news stories with a
lead and quotes, a regional paper's feature and a short TV news script. Each
language has seven articles about a case (``follow_up``, ``relative``,
``life_story``, ``custody``, ``refuge``, ``resettled``, ``brief``) and three about
nobody in the files (``into_north``, ``group``, ``general``, ``stranger``). The
five decoys share most facts of one case each and are never written about.
"""

from __future__ import annotations

from datetime import date

from bench.press_heldout import HeldOutArticle, HeldOutCase, _case
from hogo.monitor.scoring import EventFacts, NameFacts

E = EventFacts
N = NameFacts
CASES: tuple[HeldOutCase, ...] = (
    # 1901: a Japanese wife from Akita, born 1941, who sailed from Niigata with her Korean
    # husband in May 1962. She crossed into China in September 2025 and was taken in by
    # the police in Dandong, Liaoning, on 3 October. Her younger sister lives in Akita.
    _case(
        1901,
        sex="F",
        born=date(1941, 1, 1),
        birthplace="秋田県秋田市 (Akita, Akita)",
        category="japanese_spouse",
        names=(
            N("佐藤", "節子", ""),
            N("金", "節子", ""),
            N("김", "절자", ""),
            N("金", "東植", "husband"),
            N("佐藤", "孝子", "sister"),
            N("金", "成哲", "son"),
        ),
        events=(
            E(date(1962, 5, 18), "location", "KP", "咸鏡北道清津 (Chongjin)"),
            E(date(2025, 10, 3), "location", "CN", "遼寧省丹東 (Dandong, Liaoning)", "host_police"),
        ),
        relations=frozenset({"spouse", "sibling", "parent"}),
        status="in_host_custody",
    ),
    # 1902: a Japanese husband from Kitakyushu, born 1936, who went in September 1963 with
    # his Korean wife. He reached the Japanese embassy in Ulaanbaatar on 12 November 2025;
    # Tokyo is negotiating his passage. His younger brother lives in Kitakyushu.
    _case(
        1902,
        sex="M",
        born=date(1936, 1, 1),
        birthplace="福岡県北九州市 (Kitakyushu, Fukuoka)",
        category="japanese_spouse",
        names=(
            N("松尾", "正雄", ""),
            N("마쓰오", "마사오", ""),
            N("李", "貞順", "wife"),
            N("이", "정순", "wife"),
            N("松尾", "義男", "brother"),
        ),
        events=(
            E(date(1963, 9, 27), "location", "KP", "平安南道南浦 (Nampo)"),
            E(
                date(2025, 11, 12),
                "location",
                "MN",
                "ウランバートル (Ulaanbaatar)",
                "diplomatic_mission",
            ),
        ),
        relations=frozenset({"spouse", "sibling"}),
        status="handover_negotiation",
    ),
    # 1903: a former Korean resident of Japan, born 1948 in Kobe, who went at 23 with her
    # parents on the first ship after the pause, May 1971. She left the North through
    # Laos and has been held at Bangkok's immigration detention centre since 6 August
    # 2025. Her brother stayed in Japan and lives in Osaka.
    _case(
        1903,
        sex="F",
        born=date(1948, 1, 1),
        birthplace="兵庫県神戸市長田区 (Nagata, Kobe)",
        category="former_resident",
        names=(
            N("梁", "順玉", ""),
            N("양", "순옥", ""),
            N("梁川", "順子", ""),
            N("梁", "在洙", "brother"),
            N("양", "재수", "brother"),
        ),
        events=(
            E(date(1971, 5, 14), "location", "KP", "江原道元山 (Wonsan)"),
            E(
                date(2025, 8, 6),
                "location",
                "TH",
                "バンコク入管収容センター (Bangkok immigration detention centre)",
                "host_security",
            ),
        ),
        relations=frozenset({"sibling", "parent"}),
        status="in_host_custody",
    ),
    # 1904: a son born in Hamhung in 1966 to a Japanese mother from Yonago, Tottori, who had
    # sailed in August 1961 (the family's ship, kept in his file). He crossed to Yanji with
    # a broker in 2018, reached the consulate-general in Shenyang in March 2019 and has
    # lived in Kawaguchi, Saitama, since July 2019. His mother died in the North.
    _case(
        1904,
        sex="M",
        born=date(1966, 1, 1),
        birthplace="咸鏡南道咸興 (Hamhung, South Hamgyong)",
        category="descendant",
        names=(
            N("崔", "明浩", ""),
            N("최", "명호", ""),
            N("中村", "明", ""),
            N("中村", "久美子", "mother"),
        ),
        events=(
            E(date(1961, 8, 25), "location", "KP", "咸鏡南道咸興 (Hamhung)"),
            E(date(2018, 10, 2), "location", "CN", "吉林省延吉 (Yanji, Jilin)", "broker"),
            E(
                date(2019, 3, 14),
                "location",
                "CN",
                "遼寧省瀋陽 (Shenyang, Liaoning)",
                "diplomatic_mission",
            ),
            E(date(2019, 7, 1), "location", "JP", "埼玉県川口市 (Kawaguchi, Saitama)", "self"),
        ),
        relations=frozenset({"parent"}),
        status="resettlement",
    ),
    # 1905: a granddaughter born in Chongjin in 1994. Her grandmother, a Japanese wife from
    # Tsuruoka, Yamagata, sailed in June 1979 with her Korean husband from Kyoto and their
    # son, her father. She crossed in late 2024 and has been in an NGO's safe house in
    # Qingdao, Shandong, since 20 February 2025. Her grandmother's brother is in Tsuruoka.
    _case(
        1905,
        sex="F",
        born=date(1994, 1, 1),
        birthplace="咸鏡北道清津 (Chongjin, North Hamgyong)",
        category="descendant",
        names=(
            N("韓", "松伊", ""),
            N("한", "송이", ""),
            N("山本", "ふみ", "grandmother"),
            N("韓", "光男", "father"),
            N("山本", "勝", "great-uncle"),
        ),
        events=(
            E(date(1979, 6, 22), "location", "KP", "咸鏡北道清津 (Chongjin)"),
            E(
                date(2025, 2, 20),
                "location",
                "CN",
                "山東省青島 (Qingdao, Shandong)",
                "ngo_safe_house",
            ),
        ),
        relations=frozenset({"parent"}),
        status="located",
    ),
    # 1906 (decoy of 1901): another Japanese wife born 1941 in Akita, who sailed in 1962,
    # held by the Dandong police since November 2025.
    _case(
        1906,
        sex="F",
        born=date(1941, 1, 1),
        birthplace="秋田県能代市 (Noshiro, Akita)",
        category="japanese_spouse",
        names=(
            N("高橋", "ミツ", ""),
            N("朴", "ミツ", ""),
            N("朴", "正一", "husband"),
        ),
        events=(
            E(date(1962, 11, 30), "location", "KP", "咸鏡北道会寧 (Hoeryong)"),
            E(
                date(2025, 11, 20),
                "location",
                "CN",
                "遼寧省丹東 (Dandong, Liaoning)",
                "host_police",
            ),
        ),
        relations=frozenset({"spouse"}),
        status="in_host_custody",
    ),
    # 1907 (decoy of 1902): a Japanese husband born 1936 in Fukuoka who sailed in 1963 and
    # died in Hamhung in 2009; his nephew reported it.
    _case(
        1907,
        sex="M",
        born=date(1936, 1, 1),
        birthplace="福岡県福岡市 (Fukuoka, Fukuoka)",
        category="japanese_spouse",
        names=(
            N("古賀", "信夫", ""),
            N("張", "福順", "wife"),
        ),
        events=(
            E(date(1963, 9, 27), "location", "KP", "咸鏡南道咸興 (Hamhung)"),
            E(date(2009, 4, 1), "note", "KP", "咸鏡南道咸興 (Hamhung)"),
        ),
        relations=frozenset({"spouse"}),
        status="deceased",
    ),
    # 1908 (decoy of 1903): a former resident born 1948 in Amagasaki, Hyogo, who went in
    # 1971 and was held in Bangkok in 2025; her family withdrew the request.
    _case(
        1908,
        sex="F",
        born=date(1948, 1, 1),
        birthplace="兵庫県尼崎市 (Amagasaki, Hyogo)",
        category="former_resident",
        names=(
            N("申", "美子", ""),
            N("신", "미자", ""),
            N("平山", "美子", ""),
        ),
        events=(
            E(date(1971, 10, 22), "location", "KP", "平安北道新義州 (Sinuiju)"),
            E(
                date(2025, 6, 11),
                "location",
                "TH",
                "バンコク入管収容センター (Bangkok immigration detention centre)",
                "host_security",
            ),
        ),
        status="withdrawn",
    ),
    # 1909 (decoy of 1904): a son born 1966 in Tanchon, South Hamgyong, to a Japanese mother
    # from Shimane who sailed in 1961; in Osaka since 2018.
    _case(
        1909,
        sex="M",
        born=date(1966, 1, 1),
        birthplace="咸鏡南道端川 (Tanchon, South Hamgyong)",
        category="descendant",
        names=(
            N("金", "哲男", ""),
            N("김", "철남", ""),
            N("金田", "哲男", ""),
            N("森", "トシ子", "mother"),
        ),
        events=(
            E(date(1961, 2, 24), "location", "KP", "咸鏡南道端川 (Tanchon)"),
            E(
                date(2017, 9, 5),
                "location",
                "CN",
                "遼寧省瀋陽 (Shenyang, Liaoning)",
                "diplomatic_mission",
            ),
            E(date(2018, 1, 15), "location", "JP", "大阪府大阪市 (Osaka)", "self"),
        ),
        relations=frozenset({"parent"}),
        status="resettlement",
    ),
    # 1910 (decoy of 1905): a granddaughter born 1994 in Chongjin, whose grandparents sailed
    # in 1979, in the same NGO's safe house in Qingdao since January 2025.
    _case(
        1910,
        sex="F",
        born=date(1994, 1, 1),
        birthplace="咸鏡北道清津 (Chongjin, North Hamgyong)",
        category="descendant",
        names=(
            N("李", "恩美", ""),
            N("리", "은미", ""),
            N("青木", "キヨ", "grandmother"),
        ),
        events=(
            E(date(1979, 10, 19), "location", "KP", "咸鏡北道清津 (Chongjin)"),
            E(
                date(2025, 1, 9),
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
    # English
    A("en", "follow_up", date(2025, 10, 24), 1901, "TOKYO, Oct. 24 (Kyodo) -- Japan has asked China to hand over a Japanese woman in her 80s who has been held by police in the border city of Dandong since early this month after fleeing North Korea, government sources said Friday. The woman, 84, a native of Akita Prefecture, went to North Korea in 1962 with her ethnic Korean husband under the repatriation program. Her detention was first reported earlier this month. “We are doing everything we can through diplomatic channels,” Chief Cabinet Secretary Minoru Kihara told a regular news conference, declining to give details, citing the safety of those involved. About 1,800 Japanese wives are believed to have gone to the North between 1959 and 1984."),
    A("en", "relative", date(2025, 10, 30), 1901, "AKITA, Japan — For 63 years, Takako Sato kept every letter her older sister sent from North Korea in a biscuit tin. The last one came in 1998. Then, this month, a call from the Foreign Ministry: her sister Setsuko, now 84, had crossed the Yalu River and was being held by Chinese police. “I thought she was dead,” said Sato, 79, at her home in Akita city. “I only want to see her face once more before we both go.” Setsuko married a Korean man who had lived in Japan, Kim Dong Sik, and left with him from Niigata in 1962. Her husband died in the North; a son remains there. Officials would not say where she is held, but people familiar with the matter said it was a police facility in Dandong, across the river from Sinuiju."),
    A("en", "life_story", None, 1902, "He was 27 when he walked up the gangway in Niigata, a young steelworker from Yawata who had fallen in love with a Korean woman and followed her to what both believed was a socialist paradise. Now 89, Masao Matsuo has spent more than six decades in North Korea — on a collective farm near Nampo, then in a cement works, then, after his wife died, alone. “I stopped speaking Japanese after the first ten years. There was nobody to speak it to,” he said through a supporter, in an account relayed from abroad. He asked that his present location not be published. In the famine of the 1990s he buried two of his three children. He says he left this autumn because he wanted to die in Kitakyushu, where he was born, and where a younger brother still lives. The Japanese government says only that it is aware of the case."),
    A("en", "custody", date(2025, 8, 19), 1903, "BANGKOK (AP) — A 77-year-old woman who says she was born in Japan and lived for more than half a century in North Korea is being held at Bangkok’s immigration detention center, Thai officials and a rights group said Tuesday. The woman, an ethnic Korean who went to the North from Japan in 1971 with her parents, was arrested earlier this month after crossing into Thailand from Laos with two other North Koreans, said Pol. Col. Choengron Rimpadee of the immigration police. Thai law treats North Koreans who enter illegally as migrants to be deported, but in practice they are usually allowed to leave for South Korea or another country. Japan’s embassy said it was “confirming the facts.”"),
    A("en", "refuge", date(2025, 3, 4), 1905, "SEOUL, March 4 (Yonhap) -- A 31-year-old North Korean woman whose grandmother was a Japanese wife from Yamagata Prefecture has reached a safe house run by a Christian aid group in China’s Shandong province, the group said Tuesday. She crossed the border late last year and hopes to go to Japan, the group’s director said."),
    A("en", "resettled", date(2025, 6, 14), 1904, "KAWAGUCHI, Saitama — Choe Myong Ho sells kimchi and pickled radish from a stall near the station, and most of his customers have no idea where he learned the recipe. Choe, 59, was born in Hamhung, North Korea, in 1966, the son of a Japanese mother from Yonago in Tottori Prefecture who had gone to the North in 1961. He escaped across the Tumen River to Yanji in 2018 and spent months hiding before reaching the Japanese consulate general in Shenyang. Since 2019 he has lived here under the name Akira Nakamura, his mother’s family name. “My mother always said Japan was a country where you could buy rice anywhere,” he said. “She was right.” His mother, Kumiko, died in Hamhung in 2002. He now helps the city’s foreign-resident counter as a volunteer interpreter."),
    A("en", "brief", date(2025, 11, 20), 1902, "ULAANBAATAR, Nov. 20 (Kyodo) -- The Japanese Embassy in Mongolia is sheltering a Japanese man in his late 80s who fled North Korea, diplomatic sources said Thursday. The man went to the North in 1963 with his Korean wife, they said."),
    A("en", "into_north", date(2025, 9, 12), None, "NIIGATA — A 76-year-old woman from Joetsu left for Pyongyang via Beijing on Friday to visit the grave of her aunt, a Japanese wife who went to North Korea in 1960 and died there in 2011. The trip, arranged through a pro-Pyongyang association, is the first such family visit the North has allowed since before the pandemic. “I promised my mother I would bring some earth from Sado to put on her sister’s grave,” she said at Niigata airport."),
    A("en", "group", None, None, "About 40 former residents of Japan who returned from North Korea met in Osaka on Sunday to mark what organizers called a forgotten anniversary: the departure of the first repatriation ship from Niigata in December 1959. Many are now in their 70s and 80s. Speakers called on the government to expand a support program that covers pensions and Japanese language lessons, and to recognize those who came back as victims rather than as returnees of their own will. An estimated 200 people who went to the North under the program, and their families, now live in Japan."),
    A("en", "stranger", date(2026, 1, 22), None, "VIENTIANE, Jan. 22 (AP) — Lao authorities have detained a 70-year-old North Korean man who says he was born in Hiroshima and went to North Korea with his family in 1971, a diplomat in the Laotian capital said Thursday. The man was stopped near the Thai border with a guide, the diplomat said. Seoul has asked that he not be returned to the North."),
    # Japanese
    A("ja", "follow_up", date(2025, 9, 2), 1903, "【バンコク共同】北朝鮮を脱出し、タイの入国管理局に収容されている在日朝鮮人帰国者の女性（77）について、タイ当局が日本への出国を認める方向で調整していることが2日、関係者への取材で分かった。女性は兵庫県神戸市出身で、1971年に家族と共に北朝鮮へ渡った。8月にラオスからタイに入国し、拘束された。日本政府は女性の身元確認を進めている。"),
    A("ja", "relative", None, 1905, "「姉の孫が生きて中国まで逃げてきたと聞いて、足が震えた」。山形県鶴岡市の山本勝さん（82）は、そう言って古い白黒写真を手に取った。写っているのは、1979年に朝鮮人の夫と息子と共に新潟港から北朝鮮へ渡った姉のふみさん。ふみさんは2000年代に清津で亡くなったという。支援団体によると、ふみさんの孫に当たる30代の女性が昨年、中国へ脱出し、現在は支援団体の施設に身を寄せている。勝さんは「会えるなら鶴岡の家で迎えてやりたい」と話している。"),
    A("ja", "life_story", date(2025, 12, 8), 1901, "６３年ぶりに見る故郷の空は、どんな色をしているのだろうか――。１９６２年、夫と共に新潟から北朝鮮に渡った秋田市出身の佐藤節子さん（８４）は、中国で当局に身柄を拘束されたまま、帰国の日を待っている。２１歳で渡った北朝鮮では清津の工場で働き、３人の子を育てた。夫は２０年前に病死。食糧難の中で「日本人妻」として差別も受けたという。秋田市に住む妹の孝子さん（７９）は「姉は手紙にいつも『秋田の雪が恋しい』と書いていた。一日も早く帰らせてあげたい」と話す。支援者によると、節子さんは８０代になっても日本語を忘れていない。"),
    A("ja", "custody", date(2025, 10, 9), 1901, "【北京共同】北朝鮮を脱出した日本人妻の80代女性が、中国遼寧省丹東市の公安当局に拘束されていることが9日、分かった。複数の関係者が明らかにした。女性は秋田県出身で、1962年に在日朝鮮人の夫と北朝鮮へ渡った。日本政府は中国側に早期の引き渡しを求めている。"),
    A("ja", "refuge", date(2025, 11, 25), 1902, "北朝鮮から脱出した日本人男性が、モンゴルの首都ウランバートルの日本大使館に保護されていることが分かった。政府関係者によると、男性は福岡県北九州市出身の松尾正雄さん（89）。1963年、在日朝鮮人の妻と共に北朝鮮へ渡った。中国を経てモンゴルに入り、今月中旬に大使館に駆け込んだという。日本政府はモンゴル政府と出国手続きについて協議している。北九州市に住む弟の義男さんは取材に「兄が元気でいるならそれだけでいい」と語った。"),
    A("ja", "resettled", date(2026, 2, 17), 1904, "【埼玉】北朝鮮で生まれ、日本人の母を持つ男性が、川口市で暮らし始めて６年余りになる。崔明浩（チェ・ミョンホ）さん（５９）。１９６６年に咸興で生まれ、日本名は中村明。母の久美子さんは鳥取県米子市の出身で、１９６１年に朝鮮人の夫と北朝鮮へ渡った。崔さんは２０１８年に中国へ脱出し、翌年、瀋陽の日本総領事館を経て日本に来た。今は市内の食品工場で働きながら、夜間中学で日本語を学ぶ。「母が話していた日本の言葉を、やっと自分のものにできた」と笑う。"),
    A("ja", "brief", date(2025, 8, 20), 1903, "【バンコク時事】タイの入管当局は２０日、北朝鮮から脱出した７０代の女性を収容していると明らかにした。女性は神戸市生まれで、日本名は梁川順子さん。"),
    A("ja", "group", date(2025, 12, 14), None, "北朝鮮への帰還事業で海を渡った日本人妻や在日朝鮮人の帰国者らでつくる団体が１４日、新潟市で集会を開いた。第１次帰国船の出港から６６年。会場には脱北して日本で暮らす元帰国者や家族ら約６０人が集まった。参加者は「北に残る日本人妻の多くが８０代、９０代になった。時間がない」と訴え、政府に安否確認と帰国支援を求める決議を採択した。"),
    A("ja", "general", date(2026, 3, 3), None, "社説　帰還事業の被害者に法の支えを。北朝鮮から日本に戻った元帰国者や日本人妻の支援は、いまも予算措置と個別の対応に頼っている。拉致被害者には支援法があるのに、帰還事業で北に渡った人々には根拠となる法律がない。帰国者の多くは高齢で、日本語も十分に話せない。住まい、年金、医療、日本語教育を一体で支える仕組みが要る。政府は実態調査を急ぎ、立法を検討すべきだ。"),
    A("ja", "stranger", date(2025, 11, 5), None, "北朝鮮を脱出した秋田県出身の70代男性が、中国吉林省で保護されていることが5日、支援団体への取材で分かった。男性は在日朝鮮人の父と日本人の母の間に生まれ、1960年に一家で北朝鮮に渡った。団体は日本への入国を求めている。"),
    # Korean
    A("ko", "follow_up", date(2025, 12, 2), 1902, "(서울=연합뉴스) 몽골 주재 일본대사관에 머물고 있는 탈북 일본인 남성 마쓰오 마사오(89) 씨의 일본행을 놓고 일본과 몽골 정부가 막바지 협의를 벌이고 있다고 일본 언론이 2일 보도했다. 후쿠오카현 기타큐슈 출신인 마쓰오 씨는 1963년 재일조선인 아내와 함께 북송선을 타고 북한으로 건너갔다. 지난달 중국을 거쳐 몽골에 들어가 대사관에 진입한 것으로 알려졌다."),
    A("ko", "relative", date(2025, 7, 10), 1904, "“어머니는 돌아가실 때까지 요나고 바다 얘기를 하셨습니다.” 일본 사이타마현 가와구치시에 사는 탈북민 최명호(59) 씨는 일본인 어머니 나카무라 구미코 씨를 이렇게 기억했다. 돗토리현 요나고 출신인 어머니는 1961년 재일조선인 남편을 따라 북한으로 건너가 함흥에 정착했고, 2002년 그곳에서 숨졌다. 1966년 함흥에서 태어난 최 씨는 2018년 두만강을 건너 탈북했다. 그는 “어머니의 고향을 대신 찾아가는 것이 내 마지막 효도”라고 말했다."),
    A("ko", "life_story", date(2025, 9, 15), 1903, "54년 만이었다. 스물세 살에 고베를 떠나 북한 원산에 내린 양순옥 씨가 다시 북한 밖 땅을 밟기까지 걸린 시간이다. 1971년 부모와 함께 북송선을 탄 그는 교원으로 일하며 두 아이를 키웠다. ‘귀국자’라는 꼬리표는 평생 따라다녔다. 칠순을 훌쩍 넘긴 그는 올여름 라오스를 거쳐 태국으로 넘어갔고, 지금은 방콕 이민국 수용소에서 출국을 기다리고 있다. 오사카에 사는 남동생 양재수 씨는 “누나를 다시 만나면 고베의 옛집 자리에 데려가고 싶다”고 했다."),
    A("ko", "custody", date(2025, 10, 14), 1901, "(베이징=연합뉴스) 북한을 탈출한 80대 일본인 여성이 중국 랴오닝성 단둥 공안에 구금돼 있다고 대북 소식통이 14일 전했다. 이 여성은 1962년 재일동포 남편을 따라 북한으로 간 이른바 ‘일본인 처’로, 아키타현 출신이다. 일본 정부는 중국 측에 신병 인도를 요청한 것으로 알려졌다."),
    A("ko", "refuge", date(2025, 5, 27), 1905, "북송 재일동포의 손녀인 30대 탈북 여성이 중국 산둥성 칭다오의 한 민간단체 은신처에 머물고 있는 것으로 확인됐다. 27일 이 단체에 따르면 1994년 청진에서 태어난 한송이 씨는 지난해 말 국경을 넘었다. 한 씨의 할머니는 야마가타현 출신 일본인으로, 1979년 조선인 남편과 함께 북한에 건너갔다. 단체 관계자는 “본인이 일본행을 강하게 원하고 있다”고 말했다."),
    A("ko", "resettled", None, 1904, "[앵커] 북한에서 태어나 일본에 정착한 탈북민이 있습니다. 일본인 어머니를 둔 최명호 씨인데요. 함흥에서 태어난 최 씨는 지금 일본 사이타마현에서 새 삶을 꾸리고 있습니다. 도쿄 특파원이 만났습니다. [기자] 최 씨가 일본에 온 건 2019년. 중국 선양의 일본총영사관을 거쳐서였습니다. [인터뷰: 최명호 / 탈북민] “처음엔 말도 안 통하고 막막했지만, 지금은 여기가 제 집입니다.”"),
    A("ko", "brief", date(2025, 10, 20), 1901, "(도쿄=연합뉴스) 중국 단둥에서 구금된 일본인 처 사토 세쓰코(84) 씨의 여동생이 20일 일본 외무성에 조속한 귀국 지원을 요청했다. 세쓰코 씨는 1962년 북한으로 건너갔다."),
    A("ko", "into_north", date(2026, 4, 8), None, "(서울=연합뉴스) 재일본조선인총연합회(조총련) 대표단 20여 명이 김일성 주석 생일 기념행사 참가를 위해 8일 베이징을 거쳐 평양에 도착했다고 조선중앙통신이 보도했다. 대표단에는 1960년대 북송된 가족을 방문하려는 재일동포들도 포함됐다."),
    A("ko", "general", None, None, "재일교포 북송사업으로 북한에 건너간 약 9만3천 명 가운데 탈북해 한국이나 일본에 정착한 이들의 실태를 파악하기 위한 첫 공동 조사가 추진된다. 통일부와 민간단체들은 올해 안에 재일 귀국자 출신 탈북민의 규모와 생활 실태를 조사해 지원 방안을 마련할 계획이다. 한 관계자는 “북송 1세대는 대부분 80대 이상이어서 증언을 들을 시간이 많지 않다”고 말했다."),
    A("ko", "stranger", date(2026, 2, 3), None, "(서울=연합뉴스) 일본인 어머니를 둔 50대 탈북 남성이 베트남 호찌민에서 현지 공안에 체포됐다고 북한인권단체가 3일 밝혔다. 이 남성은 1968년 평양에서 태어났으며, 어머니는 1960년 니가타항에서 북송선을 탔다. 단체는 베트남 정부에 강제 북송을 하지 말라고 촉구했다."),
)
# fmt: on
