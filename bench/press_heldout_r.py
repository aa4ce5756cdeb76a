# ruff: noqa: RUF001, E501 - articles are kept as written, one per line.
"""Held-out set R for the press monitor: thirty articles in English, Japanese and Korean.

Written by hand, before the scorer ever saw it, from the facts of the cases
below, the way reporters of each language write (wire briefs, a television
transcript, an editorial, a local-paper note, a question-and-answer interview,
an NGO release, features with quotes). Five cases stand beside five decoy cases
that share their birth years, prefectures, departure years, places of custody,
sex and category; one decoy is deceased and one closed, so neither may be
alerted. Nine articles are about nobody. The set is run once, with
``bench/monitor_independent.py --set r``, and never used to tune rules or weights.
"""

from __future__ import annotations

from datetime import date

from bench.press_heldout import HeldOutArticle, HeldOutCase, _case
from hogo.monitor.scoring import EventFacts, NameFacts

E = EventFacts
N = NameFacts

CASES: tuple[HeldOutCase, ...] = (
    # 1701: a Japanese wife, Fujimori Chiyoko (married name Choe / 崔), born 1941 in
    # Matsumoto, Nagano; went to North Korea in 1961 with her husband Choe Chang-su and
    # lived in Anju; her sister Kazue lives in Matsumoto. Crossed into China and has been
    # held by state security in Yanji, Yanbian, since October 2025.
    _case(
        1701,
        sex="F",
        born=date(1941, 1, 1),
        birthplace="長野県松本市",
        category="japanese_spouse",
        names=(
            N("藤森", "千代子", ""),
            N("崔", "千代子", ""),
            N("崔", "昌洙", "husband"),
            N("藤森", "和枝", "sister"),
        ),
        events=(
            E(date(1961, 5, 19), "location", "KP"),
            E(date(2025, 10, 28), "location", "CN", "Yanji, Yanbian, Jilin", "host_security"),
        ),
        relations=frozenset({"husband", "sister"}),
        status="in_host_custody",
    ),
    # 1702: a Japanese husband, Sugiura Kenji, born 1939 in Hamamatsu, Shizuoka; went
    # to North Korea in 1960 with his Korean wife Lee Sun-nyo (李順女, died there) and
    # lived in Kusong. Took refuge at the Japanese Consulate General in Shenyang on
    # 9 December 2025; the handover is being negotiated.
    _case(
        1702,
        sex="M",
        born=date(1939, 1, 1),
        birthplace="静岡県浜松市",
        category="japanese_spouse",
        names=(N("杉浦", "健二", ""), N("李", "順女", "wife")),
        events=(
            E(date(1960, 3, 25), "location", "KP"),
            E(date(2025, 12, 9), "location", "CN", "Shenyang, Liaoning", "diplomatic_mission"),
        ),
        relations=frozenset({"wife"}),
        status="handover_negotiation",
    ),
    # 1703: a former Korean resident of Japan, Ko Myong-sik (高明植, 고명식), known in
    # Japan as Takayama Akira (高山明); born 1948 in Kobe (Nagata), went to North
    # Korea in 1962 with his parents at 14 and lived in Hyesan; his younger brother
    # Ko Myong-ho stayed in Kobe. Left China near Mudanjiang with a broker in December
    # 2025 and is held by Mongolian border police near Ulaanbaatar (in transit).
    _case(
        1703,
        sex="M",
        born=date(1948, 1, 1),
        birthplace="兵庫県神戸市",
        category="former_resident",
        names=(
            N("高", "明植", ""),
            N("고", "명식", ""),
            N("高山", "明", ""),
            N("高", "明浩", "brother"),
        ),
        events=(
            E(date(1962, 6, 8), "location", "KP"),
            E(date(2025, 12, 20), "location", "CN", "Mudanjiang, Heilongjiang", "broker"),
            E(date(2026, 1, 30), "location", "MN", "Ulaanbaatar", "host_police"),
        ),
        relations=frozenset({"brother"}),
        status="in_transit",
    ),
    # 1704: a child born in the North, Jon Hye-suk (全恵淑, 전혜숙), born 1967 in
    # Tokchon to the Japanese wife Murai Setsuko (村井節子) and Jon Jong-nam; sheltered
    # by an NGO in Shenyang in September 2025, arrived in Japan in March 2026 and is
    # resettling in Mie (Yokkaichi).
    _case(
        1704,
        sex="F",
        born=date(1967, 1, 1),
        birthplace="Tokchon, South Pyongan (徳川)",
        category="descendant",
        names=(
            N("全", "恵淑", ""),
            N("전", "혜숙", ""),
            N("村井", "節子", "mother"),
            N("全", "正男", "father"),
        ),
        events=(
            E(date(2025, 9, 15), "location", "CN", "Shenyang, Liaoning", "ngo_safe_house"),
            E(date(2026, 3, 12), "location", "JP", "三重県", "self"),
        ),
        relations=frozenset({"mother", "father"}),
        status="resettlement",
    ),
    # 1705: a grandchild, Kang Song-min (姜成民, 강성민), born 1992 in Kilju; his
    # grandmother Nishida Haru (西田ハル) was a Japanese wife from Maizuru, Kyoto, his
    # mother is Kang Mi-ok. Held by police in Nanning, Guangxi, since January 2026 on
    # his way to Vietnam.
    _case(
        1705,
        sex="M",
        born=date(1992, 1, 1),
        birthplace="Kilju, North Hamgyong (吉州)",
        category="descendant",
        names=(
            N("姜", "成民", ""),
            N("강", "성민", ""),
            N("西田", "ハル", "grandmother"),
            N("姜", "美玉", "mother"),
        ),
        events=(E(date(2026, 1, 6), "location", "CN", "Nanning, Guangxi", "host_police"),),
        relations=frozenset({"grandmother", "mother"}),
        status="in_host_custody",
    ),
    # 1706 (decoy, deceased): a Japanese wife, Komatsu Sumie (married name Han / 韓),
    # born 1941 in Suwa, Nagano; went in 1961; died in Anju in 2025.
    _case(
        1706,
        sex="F",
        born=date(1941, 1, 1),
        birthplace="長野県諏訪市",
        category="japanese_spouse",
        names=(N("小松", "澄江", ""), N("韓", "澄江", ""), N("韓", "徳三", "husband")),
        events=(E(date(1961, 8, 11), "location", "KP"),),
        relations=frozenset({"husband"}),
        status="deceased",
    ),
    # 1707 (decoy): a Japanese husband, Mochizuki Masao, born 1939 in Shizuoka city;
    # went in 1960 with his wife Pak Ok-sun; still in Kusong, being verified.
    _case(
        1707,
        sex="M",
        born=date(1939, 1, 1),
        birthplace="静岡県静岡市",
        category="japanese_spouse",
        names=(N("望月", "正雄", ""), N("朴", "玉順", "wife")),
        events=(E(date(1960, 9, 2), "location", "KP"),),
        relations=frozenset({"wife"}),
        status="verifying",
    ),
    # 1708 (decoy, closed): a former resident, Kim Yong-chol (金英哲), known as Kaneda
    # Hideo (金田英雄), born 1948 in Amagasaki, Hyogo; went in 1962.
    _case(
        1708,
        sex="M",
        born=date(1948, 1, 1),
        birthplace="兵庫県尼崎市",
        category="former_resident",
        names=(N("金", "英哲", ""), N("金田", "英雄", "")),
        events=(E(date(1962, 2, 16), "location", "KP"),),
        status="closed",
    ),
    # 1709 (decoy): a child born in the North, Ri Chun-hwa (李春花), born 1967 in
    # Tokchon to a Japanese mother; held by police in Shenyang since November 2025.
    _case(
        1709,
        sex="F",
        born=date(1967, 1, 1),
        birthplace="Tokchon, South Pyongan (徳川)",
        category="descendant",
        names=(N("李", "春花", ""), N("리", "춘화", ""), N("山内", "トミ", "mother")),
        events=(E(date(2025, 11, 3), "location", "CN", "Shenyang, Liaoning", "host_police"),),
        relations=frozenset({"mother"}),
        status="in_host_custody",
    ),
    # 1710 (decoy): a grandchild, Pak Chol (朴哲), born 1992 in Kilju; at large in
    # Nanning since December 2025.
    _case(
        1710,
        sex="M",
        born=date(1992, 1, 1),
        birthplace="Kilju, North Hamgyong (吉州)",
        category="descendant",
        names=(N("朴", "哲", ""), N("小野", "キヨ", "grandmother")),
        events=(E(date(2025, 12, 14), "location", "CN", "Nanning, Guangxi", "self"),),
        relations=frozenset({"grandmother"}),
        status="located",
    ),
)

# fmt: off
ARTICLES: tuple[HeldOutArticle, ...] = (
    # English
    HeldOutArticle("en", "follow_up", date(2026, 2, 18), 1703, "ULAANBAATAR/TOKYO — A man who left Kobe for North Korea as a 14-year-old schoolboy in 1962 has crossed from China into Mongolia, people helping him said on Wednesday, six weeks after this newspaper first reported his escape. Ko Myong-sik, 77, who went by the Japanese name Akira Takayama at his elementary school in Nagata Ward, was picked up by Mongolian border police at the end of January and is being held at a facility outside Ulaanbaatar while his identity is checked, according to a Tokyo-based support group. He spent most of the past six decades in Hyesan, a border town on the Yalu, and reached the Chinese city of Mudanjiang in December with the help of a paid guide. \"He is tired, but he asks every day when he can see the sea at Suma again,\" said a volunteer who spoke to him by phone. Japan's Foreign Ministry declined to comment on what it called an individual case. Mongolia has in the past allowed North Koreans to travel on to third countries after screening."),
    HeldOutArticle("en", "relative", None, 1701, "The last letter came in the spring of 1998, in a blue airmail envelope with a stamp of Mount Paektu. Kazue Fujimori keeps it in a biscuit tin in her kitchen in Matsumoto, along with a photograph of her elder sister on the Niigata quay, waving. Chiyoko was twenty when she married Choe Chang-su, a Korean who worked at a timber yard near Matsumoto station, and sailed with him in May 1961. \"Our father did not speak her name for ten years,\" Kazue, now in her late seventies, said. In October a stranger rang from China. Chiyoko, 84, had crossed the Tumen and was in Yanbian — and then, a week later, she was not free any more: Chinese state security officers had taken her and the man guiding her in Yanji. Kazue has written to the Foreign Ministry, to her Diet member, to anyone. \"She lived in Anju for more than sixty years. She has outlived her husband, she says. I only want her to come home before I die, or before she does.\" Support workers describe Mrs. Choe, as she is known in the North, as frail but lucid."),
    HeldOutArticle("en", "life_story", date(2026, 1, 25), 1702, "KENJI SUGIURA'S LONG WAY BACK. He was twenty when he stood on the deck of a Soviet-built ship in Niigata harbour in March 1960, holding the hand of Lee Sun-nyo, the Korean girl he had met at a Hamamatsu textile mill. His mother had begged him not to go; his friends said he would be back in three years. It took sixty-five. In the North the couple were sent to Kusong, in North Pyongan, where he repaired looms and then, when the factory closed, fished and grew maize. Sun-nyo, whom he calls by her Japanese name, Junko, died in 2011. \"After that there was nothing to keep me,\" he told a visitor through the window of the Japanese Consulate General in Shenyang, where he has lived since walking in off the street in December. Now 86, he speaks a Japanese stuck in the Showa era and asks for news of the Hamamatsu festival. Officials in Tokyo say talks with Beijing on his departure are continuing. His nephew in Shizuoka has kept a room ready for him for a month."),
    HeldOutArticle("en", "custody", date(2026, 1, 14), 1705, "PRESS RELEASE — Tokyo, 14 January 2026. The support coalition Bridge of Return calls on the Chinese authorities not to send back a 33-year-old man detained by public security police in Nanning, Guangxi, on 6 January. The man, Kang Song-min (Kang Seong-min), was born in Kilju, North Hamgyong province, in 1992. His grandmother, Nishida Haru, was born in Maizuru, Kyoto prefecture, and went to North Korea as the wife of a Korean in the 1960s; his mother, Kang Mi-ok, remains in the North. Mr. Kang was trying to reach the Vietnamese border when he was stopped at a bus station. As the grandson of a Japanese national he may be eligible for protection by Japan. We ask the Japanese government to make his case known to Beijing without delay. Contact: press office."),
    HeldOutArticle("en", "refuge", date(2025, 12, 12), 1702, "ANCHOR: Now to China, where a Japanese man in his late eighties has taken refuge inside a Japanese diplomatic mission after fleeing North Korea. Our correspondent reports from Shenyang. CORRESPONDENT: The man walked into the Japanese Consulate General here on Tuesday morning, unnoticed by the Chinese police posted outside. Sources close to the matter say he is Kenji Sugiura, born in Shizuoka prefecture in 1939, one of the few Japanese men who followed their Korean wives to the North under the repatriation program. He went in 1960. He is said to be in reasonable health. Japanese officials here would only confirm that they are, quote, 'dealing appropriately with a person who has requested protection.' China usually lets such people leave after weeks or months of talks. ANCHOR: Thank you."),
    HeldOutArticle("en", "resettled", date(2026, 6, 3), 1704, "YOKKAICHI NOTES: New neighbour joins the Japanese class at Tomida community centre. Hye-suk Jon, 58 — or Keishuku Zen, as her new residence card reads — was born in Tokchon in North Korea, the daughter of a Japanese mother from this region, Setsuko Murai, and a Korean father, Jon Jong-nam. She arrived in Japan in March after months in a church shelter in Shenyang, China, and moved to Yokkaichi in April. \"My mother always said the sea at Yokkaichi smelled of oil and salt. She was right,\" she told the class on her first evening. Volunteers are looking for a second-hand bicycle; call the centre."),
    HeldOutArticle("en", "brief", None, 1703, "A North Korean man in his 70s who lived in Kobe until 1962 is being held by border police in Mongolia, a support group said. Mr. K reached Mongolia from China in late January."),
    HeldOutArticle("en", "obituary", date(2025, 9, 20), None, "OBITUARY: Sumie Han, born Sumie Komatsu in Suwa, Nagano, in 1941, died in Anju, North Korea, this summer, her family in Japan has learned. She went to the North in 1961 with her husband, Han Tok-sam, a Korean she met in Suwa, and never returned; the one home visit she was promised in the 1990s was cancelled. Her nephew in Okaya learned of her death from a letter carried out through China. She is survived by two sons in the North."),
    HeldOutArticle("en", "petition", date(2026, 3, 2), None, "Relatives of Japanese who went to North Korea in the 1960s handed the Foreign Ministry a petition with 12,400 signatures on Monday, asking the government to set out in law how it will protect spouses and their descendants who escape. The petition, collected in Nagano, Shizuoka and Mie, says families are told nothing while cases are handled in secret. \"We understand the need for discretion,\" said one organiser, a retired teacher from Ueda. \"But fifty years of silence is not discretion.\" Ministry officials said they would study the request."),
    HeldOutArticle("en", "stranger", date(2025, 12, 2), None, "SEOUL (Reuters) — Chinese police in Shenyang detained a North Korean woman in her late fifties whose mother was Japanese, a South Korean activist said on Tuesday. The woman, identified only as Pak Kyong-ae, 58, left the North in October and was caught in a raid on a rented flat with four others, the activist said. Her mother, from Kagawa prefecture, died in the North in the 1980s. The activist said the group faced repatriation."),
    # Japanese
    HeldOutArticle("ja", "follow_up", date(2026, 2, 20), 1705, "中国広西チワン族自治区南寧市で1月、北朝鮮から逃れた男性が公安当局に拘束された問題で、男性は市内の収容施設に移されたことが20日、支援団体への取材で分かった。男性は姜成民（カン・ソンミン）さん（33）。北朝鮮北東部の吉州（キルチュ）で生まれ、祖母の西田ハルさんは京都府舞鶴市出身の日本人妻だった。ベトナム国境に向かうバスを待っていたところを拘束されたという。支援団体の代表は「日本政府は、日本人の孫であることを中国側に伝えてほしい」と話している。外務省は「個別の事案については答えを差し控える」としている。"),
    HeldOutArticle("ja", "relative", date(2026, 3, 1), 1703, "――お兄さんがモンゴルにいると知ったのは。「1月の終わりです。知らない番号から電話があって、受話器の向こうで『明浩か』と。六十何年ぶりに聞く兄の声でした」――お兄さんは神戸で「高山明」と名乗っていた。「長田の小学校ではみんなそう呼んでいました。昭和37年、兄が中学2年の年に、両親と一緒に新潟から船で渡りました。僕は祖母と神戸に残った。それきりです」――北朝鮮ではどこに。「恵山（ヘサン）です。中国との国境の町。冬は零下30度になると手紙にありました」――今の思いは。「兄は77歳です。モンゴルの施設から早く出して、神戸に帰らせてやりたい。それだけです」（聞き手・社会部）＝神戸市長田区の高明浩さん（73）"),
    HeldOutArticle("ja", "life_story", None, 1701, "連載「海を渡った妻たち」（3）松本の千代子さん。昭和16年、長野県松本市の材木商の家に生まれた藤森千代子さんは、20歳の春、在日朝鮮人の崔昌洙さんと結婚し、翌月には新潟港から清津へ向かう帰国船に乗っていた。「3年たったら里帰りできると、みんな信じていました」。夫婦が暮らしたのは平壌の北、安州（アンジュ）。千代子さんは崔千代子として農場の食堂で働き、3人の子を育てた。夫は10年ほど前に亡くなった。昨秋、84歳の千代子さんは豆満江を渡った。松本に住む妹の和枝さんは、姉が中国の延辺で当局に身柄を拘束されたと聞かされ、「半世紀以上待ったのに、まだ待たなければならないのか」と声を詰まらせた。"),
    HeldOutArticle("ja", "custody", date(2025, 11, 5), 1701, "【北京＝共同】中国吉林省延辺朝鮮族自治州の延吉市で10月下旬、北朝鮮から脱出した80代の日本人女性が中国の国家安全当局に拘束されたことが5日、分かった。関係者によると、女性は長野県出身で、1961年に在日朝鮮人の夫と共に北朝鮮に渡った「日本人妻」。案内役の男性とともに拘束された。日本政府は中国側に事実関係の確認を求めている。北朝鮮から逃れた人を中国は不法越境者として扱い、送還することがある。"),
    HeldOutArticle("ja", "refuge", date(2025, 12, 14), 1702, "社説　瀋陽の男性を一日も早く日本へ。北朝鮮から逃れた86歳の日本人男性が、中国・瀋陽の日本総領事館に保護を求めて駆け込んでから5日がたつ。男性は静岡県浜松市の出身で、1960年、朝鮮人の妻とともに帰国事業で北朝鮮へ渡った。妻はすでに亡くなったという。帰国事業で海を渡った日本人の多くは妻たちだったが、夫として渡った日本人もいた。その人たちの存在はほとんど忘れられている。総領事館は男性の身柄を預かり、中国側と出国について協議しているとみられる。高齢の男性に残された時間は長くない。政府は中国と粘り強く交渉し、早期の帰国を実現すべきだ。"),
    HeldOutArticle("ja", "resettled", date(2026, 5, 10), 1704, "四日市で新生活　北朝鮮生まれの全さん　三重県四日市市に4月から住む全恵淑（チョン・ヘスク）さん（58）は、北朝鮮中部の徳川（トクチョン）で生まれた。母の村井節子さんは四日市出身で、1960年代に在日朝鮮人の全正男さんと結婚して北朝鮮へ渡った。恵淑さんは昨年秋に中国へ逃れ、瀋陽の民間団体の施設で半年を過ごしたのち、3月に日本に到着した。市内の日本語教室に週2回通う。「母の故郷の言葉を、母の故郷で覚えたい」。母は20年前に亡くなったが、遺品の写真に写っていた諏訪神社の鳥居を、先日初めてくぐったという。"),
    HeldOutArticle("ja", "brief", date(2026, 1, 16), 1705, "北朝鮮から逃れた30代の男性が中国・南寧で公安当局に拘束されていることが分かった。男性の祖母は京都府出身の日本人妻。"),
    HeldOutArticle("ja", "group_visit", date(2025, 12, 15), None, "新潟港の「帰国船」記念碑前で14日、帰国事業の開始から66年を迎えたのに合わせ、北朝鮮から戻った人や家族ら約30人が献花した。参加者は静岡、長野、兵庫などから訪れ、北朝鮮に残る肉親の名前を一人ずつ読み上げた。主催団体の代表は「渡った9万3千人の一人ひとりに、名前と家族があった」と話した。"),
    HeldOutArticle("ja", "into_north", date(2026, 4, 22), None, "兵庫県尼崎市の在日朝鮮人の男性（77）が、平壌で開かれる行事に参加するため来月、北朝鮮を訪れる。男性は1962年に帰国船で北朝鮮へ渡った兄を訪ねるのは8回目。「兄ももう80歳を超えた。会えるうちに会っておきたい」と話す。北京経由で平壌入りする予定。"),
    HeldOutArticle("ja", "court", None, None, "北朝鮮の帰国事業で「地上の楽園」と宣伝され渡航し、人権を侵害されたとして、脱北した元在日朝鮮人らが北朝鮮政府に損害賠償を求めた訴訟の差し戻し審で、東京地裁は原告1人あたり1千万円の支払いを命じた。原告の一人で京都市在住の女性（82）は判決後の会見で「60年かかった。それでも言葉にしてもらえた」と述べた。北朝鮮側は出廷していない。"),
    # Korean
    HeldOutArticle("ko", "follow_up", date(2026, 2, 25), 1703, "[후속] 고베 출신 재일교포 고명식 씨, 몽골서 신원 확인 절차 중. 지난달 중국을 거쳐 몽골로 넘어간 재일교포 출신 탈북민 고명식(77) 씨가 울란바토르 외곽의 시설에 머물며 몽골 당국의 신원 확인을 받고 있는 것으로 25일 확인됐다. 고 씨는 1948년 일본 고베에서 태어나 '다카야마 아키라'라는 일본 이름으로 학교를 다녔고, 1962년 열네 살 때 부모를 따라 북송선을 탔다. 이후 양강도 혜산에서 60여 년을 살았다. 지원 단체 관계자는 \"작년 12월 무단장 인근에서 브로커의 도움으로 국경을 넘었다\"며 \"고령이어서 건강이 걱정\"이라고 말했다. 고베에는 동생 고명호 씨가 살고 있다."),
    HeldOutArticle("ko", "relative", date(2026, 3, 20), 1705, "\"할머니 고향 마이즈루, 손자만은 꼭 가게 해주세요\". 일본 교토부 마이즈루시에 사는 니시다 가즈오(71) 씨는 요즘 매일 아침 중국 남부 날씨를 검색한다. 1월 광시좡족자치구 난닝에서 공안에 붙잡힌 강성민(33) 씨는 그의 고모 니시다 하루 씨의 손자다. 하루 씨는 1960년대 재일조선인 남편을 따라 북한으로 건너갔고, 함경북도 길주에서 생을 마쳤다. 강 씨의 어머니 강미옥 씨는 아직 북한에 있다. 니시다 씨는 \"고모가 끝내 오지 못한 고향에 그 손자라도 오게 해 달라\"며 일본 외무성에 편지를 보냈다고 말했다. 강 씨는 베트남 국경으로 가던 중 버스터미널에서 붙잡힌 것으로 알려졌다."),
    HeldOutArticle("ko", "life_story", date(2026, 1, 30), 1702, "[사람] 스기우라 겐지, 65년 만의 귀향을 기다리는 일본인 남편. 1939년 시즈오카현 하마마쓰에서 태어난 스기우라 겐지 씨는 섬유공장에서 만난 재일조선인 여성 이순녀(리순녀) 씨와 결혼해 1960년 북한으로 갔다. 일본인 '처'가 아니라 일본인 '남편'이었다. 부부는 평안북도 구성에 배치됐다. 그는 방직기를 고치다 공장이 멈춘 뒤엔 옥수수를 길렀다. 아내는 2011년 세상을 떠났다. 80대 후반의 그는 지난해 12월 중국 선양의 일본 총영사관에 들어갔고, 지금도 그곳에서 출국을 기다린다. 그를 만난 한 인사는 \"그가 기억하는 일본은 쇼와 시대에 멈춰 있다\"고 전했다."),
    HeldOutArticle("ko", "custody", date(2025, 11, 10), 1701, "중국 지린성 옌볜조선족자치주 옌지시에서 지난달 말 탈북한 80대 일본인 여성이 중국 국가안전 당국에 구금된 것으로 알려졌다. 대북 소식통에 따르면 이 여성은 일본 나가노현 출신 후지모리 지요코(84) 씨로, 1961년 재일조선인 남편 최창수 씨와 함께 북송선을 타고 북한에 들어가 평안남도 안주에서 살아왔다. 북한에서는 '최지요코'로 불렸다고 한다. 길 안내를 맡은 조선족 남성도 함께 붙잡혔다. 일본 정부는 신병 인도를 위해 중국 측과 접촉 중인 것으로 전해졌다."),
    HeldOutArticle("ko", "refuge", date(2025, 12, 11), 1702, "북한을 탈출한 80대 일본인 남성이 중국 랴오닝성 선양 주재 일본 총영사관에 진입해 보호를 요청한 것으로 11일 알려졌다. 이 남성은 1960년 북송사업 때 한국계 아내와 함께 북한에 건너간 시즈오카현 출신으로, 아내는 북한에서 숨졌다. 일본인 남편이 공관에 진입한 사례가 알려진 것은 이례적이다. 일본 외무성은 확인을 거부했다."),
    HeldOutArticle("ko", "resettled", None, 1704, "덕천에서 욧카이치까지… 전혜숙 씨의 두 번째 인생. 평안남도 덕천에서 나고 자란 전혜숙(58) 씨는 올해 3월 어머니의 나라 일본 땅을 밟았다. 어머니 무라이 세쓰코 씨는 미에현 욧카이치 출신 일본인 처였고, 아버지 전정남 씨는 재일조선인이었다. 지난해 9월 압록강을 건넌 전 씨는 선양의 한 민간 보호소에서 겨울을 났다. 지금은 미에현 욧카이치시의 공영주택에 살며 일본어를 배운다. \"어머니가 말하던 바다 냄새가 정말 났어요.\""),
    HeldOutArticle("ko", "brief", date(2026, 1, 9), 1705, "중국 난닝에서 탈북민 강모(33) 씨가 공안에 붙잡혔다고 대북 단체가 9일 밝혔다. 강 씨의 할머니는 일본인이다."),
    HeldOutArticle("ko", "policy", date(2026, 2, 3), None, "정부, 북송 재일교포·일본인 배우자 탈북민 지원 협의체 구성. 통일부는 3일 북송사업으로 북한에 건너갔다가 탈북한 재일교포와 일본인 배우자, 그 자녀를 지원하기 위해 일본 측과 실무 협의체를 구성한다고 밝혔다. 납북자·억류자 문제와 함께 다루되, 본인 의사에 따라 한국 또는 일본 정착을 선택할 수 있도록 한다는 방침이다. 일본 납치피해자 가족회는 \"납치 문제가 뒤로 밀려서는 안 된다\"는 입장을 냈다."),
    HeldOutArticle("ko", "husband", date(2026, 2, 12), None, "[독자 투고] 시즈오카의 일본인 남편을 기억하며. 제 외삼촌은 1939년 시즈오카에서 태어난 일본인이었습니다. 재일조선인 외숙모와 결혼했지만 북송선을 타지는 않았고, 평생 시즈오카에서 두부 가게를 하다 3년 전 돌아가셨습니다. 외숙모의 형제들은 모두 1960년 북한으로 갔습니다. 외삼촌은 늘 '그때 따라갔다면'이라고 말씀하셨지요. 북한에 간 일본인 남편들의 이야기가 요즘 보도되는 것을 보며 외삼촌 생각이 났습니다."),
    HeldOutArticle("ko", "stranger", date(2026, 3, 5), None, "중국 윈난성 쿤밍에서 미얀마 국경을 향하던 탈북민 일행 5명이 공안에 붙잡혔다고 북한인권단체가 5일 전했다. 일행 중에는 함경북도 출신의 30대 남성 리철남 씨가 포함돼 있으며, 그의 외할머니는 일본인이었다고 한다. 단체는 이들이 강제 북송될 위기에 놓였다며 중국 정부에 난민 지위 인정을 촉구했다."),
)
# fmt: on
