# ruff: noqa: RUF001, E501 - articles are kept as written, one per line.
"""Held-out set S for the press monitor: thirty articles in English, Japanese and Korean.

Written by hand, before the scorer ever saw it, from the facts of the cases
below, the way reporters of each language write (a radio and a television
transcript, an editorial, a column, local-paper notes, a question-and-answer
interview, a reader's letter, wire briefs, features with quotes). Five cases
stand beside five decoy cases that share their birth years, prefectures,
departure years, places of custody, sex and category; one decoy is deceased and
one withdrawn, so neither may be alerted. Nine articles are about nobody. The
set is run once, with ``bench/monitor_independent.py --set s``, and never used to
tune rules or weights.
"""

from __future__ import annotations

from datetime import date

from bench.press_heldout import HeldOutArticle, HeldOutCase, _case
from hogo.monitor.scoring import EventFacts, NameFacts

E = EventFacts
N = NameFacts

CASES: tuple[HeldOutCase, ...] = (
    # 1801: a Japanese wife, Okamoto Yoshie (married name O / 呉), born 1943 in
    # Shimonoseki, Yamaguchi; went to North Korea in 1960 with her husband O Jae-gun
    # and lived in Sunchon; her brother Okamoto Yoshio lives in Shimonoseki. Crossed
    # China and Mongolia and took refuge at the Japanese Embassy in Ulaanbaatar on
    # 9 February 2026; the handover is being negotiated.
    _case(
        1801,
        sex="F",
        born=date(1943, 1, 1),
        birthplace="山口県下関市",
        category="japanese_spouse",
        names=(
            N("岡本", "芳江", ""),
            N("呉", "芳江", ""),
            N("呉", "在根", "husband"),
            N("岡本", "義雄", "brother"),
        ),
        events=(
            E(date(1960, 10, 14), "location", "KP"),
            E(date(2026, 2, 9), "location", "MN", "Ulaanbaatar", "diplomatic_mission"),
        ),
        relations=frozenset({"husband", "brother"}),
        status="handover_negotiation",
    ),
    # 1802: a Japanese husband, Terada Osamu, born 1936 in Nagaoka, Niigata; went to
    # North Korea on one of the first ships in December 1959 with his Korean wife Cho
    # Ok-hui (趙玉姫) and lived in Kangso; his niece Terada Michiko lives in Nagaoka.
    # Held by police in Kunming, Yunnan, since 20 November 2025 on his way to Myanmar.
    _case(
        1802,
        sex="M",
        born=date(1936, 1, 1),
        birthplace="新潟県長岡市",
        category="japanese_spouse",
        names=(N("寺田", "修", ""), N("趙", "玉姫", "wife"), N("寺田", "美智子", "niece")),
        events=(
            E(date(1959, 12, 14), "location", "KP"),
            E(date(2025, 11, 20), "location", "CN", "Kunming, Yunnan", "host_police"),
        ),
        relations=frozenset({"wife", "niece"}),
        status="in_host_custody",
    ),
    # 1803: a former Korean resident of Japan, Ryang Tong-ho (梁東浩, 양동호), known
    # in Japan as Yanagawa Hiroshi (梁川浩); born 1950 in Kitakyushu (Kokura), went in
    # 1963 and lived in Tokchon; his sister Ryang Tong-suk (梁東淑) stayed in Japan.
    # Sheltered by an NGO in Shenyang in August 2025, arrived in Japan on 18 November
    # 2025 and lives in Kitakyushu again.
    _case(
        1803,
        sex="M",
        born=date(1950, 1, 1),
        birthplace="福岡県北九州市",
        category="former_resident",
        names=(
            N("梁", "東浩", ""),
            N("양", "동호", ""),
            N("梁川", "浩", ""),
            N("梁", "東淑", "sister"),
        ),
        events=(
            E(date(1963, 7, 5), "location", "KP"),
            E(date(2025, 8, 22), "location", "CN", "Shenyang, Liaoning", "ngo_safe_house"),
            E(date(2025, 11, 18), "location", "JP", "福岡県", "self"),
        ),
        relations=frozenset({"sister"}),
        status="arrived",
    ),
    # 1804: a child born in the North, Mun Yong-hui (文英姫, 문영희), born 1970 in
    # Hyesan to the Japanese wife Kitamura Yoshiko (北村芳子) of Hikone, Shiga, and Mun
    # Kwang-su; held by state security in Jilin city since 12 January 2026.
    _case(
        1804,
        sex="F",
        born=date(1970, 1, 1),
        birthplace="Hyesan, Ryanggang (恵山)",
        category="descendant",
        names=(
            N("文", "英姫", ""),
            N("문", "영희", ""),
            N("北村", "芳子", "mother"),
            N("文", "光洙", "father"),
        ),
        events=(E(date(2026, 1, 12), "location", "CN", "Jilin, Jilin", "host_security"),),
        relations=frozenset({"mother", "father"}),
        status="in_host_custody",
    ),
    # 1805: a grandchild, Choe Un-ha (崔恩河, 최은하), a woman born 1995 in Anju; her
    # grandmother Hori Mitsu (堀ミツ) was a Japanese wife from Fukuchiyama, Kyoto, her
    # mother is Choe Myong-sun. Went from Nanning through Vietnam (Ho Chi Minh City)
    # with a broker and is held in immigration detention in Bangkok (in transit).
    _case(
        1805,
        sex="F",
        born=date(1995, 1, 1),
        birthplace="Anju, South Pyongan (安州)",
        category="descendant",
        names=(
            N("崔", "恩河", ""),
            N("최", "은하", ""),
            N("堀", "ミツ", "grandmother"),
            N("崔", "明順", "mother"),
        ),
        events=(
            E(date(2025, 12, 10), "location", "CN", "Nanning, Guangxi", "broker"),
            E(date(2026, 1, 20), "location", "VN", "Ho Chi Minh City", "broker"),
            E(date(2026, 2, 14), "location", "TH", "Bangkok", "host_police"),
        ),
        relations=frozenset({"grandmother", "mother"}),
        status="in_transit",
    ),
    # 1806 (decoy): a Japanese wife, Matsunaga Fumiko (married name Paek / 白), born
    # 1943 in Ube, Yamaguchi; went in 1960; reported, not located.
    _case(
        1806,
        sex="F",
        born=date(1943, 1, 1),
        birthplace="山口県宇部市",
        category="japanese_spouse",
        names=(N("松永", "冨美子", ""), N("白", "冨美子", ""), N("白", "永吉", "husband")),
        events=(E(date(1960, 5, 27), "location", "KP"),),
        relations=frozenset({"husband"}),
        status="reported",
    ),
    # 1807 (decoy, deceased): a Japanese husband, Igarashi Shigeru, born 1936 in
    # Niigata city; went in December 1959 with his wife Pak Chun-ja; died in Kangso.
    _case(
        1807,
        sex="M",
        born=date(1936, 1, 1),
        birthplace="新潟県新潟市",
        category="japanese_spouse",
        names=(N("五十嵐", "茂", ""), N("朴", "春子", "wife")),
        events=(E(date(1959, 12, 21), "location", "KP"),),
        relations=frozenset({"wife"}),
        status="deceased",
    ),
    # 1808 (decoy, withdrawn): a former resident, Ha Jong-nam (河正男), known as
    # Kawamoto Masao (河本正男), born 1950 in Kitakyushu (Yahata); went in 1963.
    _case(
        1808,
        sex="M",
        born=date(1950, 1, 1),
        birthplace="福岡県北九州市",
        category="former_resident",
        names=(N("河", "正男", ""), N("河本", "正男", "")),
        events=(E(date(1963, 3, 1), "location", "KP"),),
        status="withdrawn",
    ),
    # 1809 (decoy): a child born in the North, Hwang Sun-ok (黄順玉), born 1970 in
    # Hyesan to a Japanese mother; at large in Jilin city since December 2025.
    _case(
        1809,
        sex="F",
        born=date(1970, 1, 1),
        birthplace="Hyesan, Ryanggang (恵山)",
        category="descendant",
        names=(N("黄", "順玉", ""), N("황", "순옥", ""), N("原田", "キヌ", "mother")),
        events=(E(date(2025, 12, 5), "location", "CN", "Jilin, Jilin", "self"),),
        relations=frozenset({"mother"}),
        status="located",
    ),
    # 1810 (decoy): a grandchild, An Mi-ran (安美蘭), a woman born 1995 in Anju; held
    # by immigration police in Bangkok since February 2026.
    _case(
        1810,
        sex="F",
        born=date(1995, 1, 1),
        birthplace="Anju, South Pyongan (安州)",
        category="descendant",
        names=(N("安", "美蘭", ""), N("안", "미란", ""), N("吉岡", "シズ", "grandmother")),
        events=(E(date(2026, 2, 3), "location", "TH", "Bangkok", "host_police"),),
        relations=frozenset({"grandmother"}),
        status="in_transit",
    ),
)

# fmt: off
ARTICLES: tuple[HeldOutArticle, ...] = (
    # English
    HeldOutArticle("en", "follow_up", date(2026, 3, 4), 1801, "Q&A: Where things stand for the Japanese woman in Ulaanbaatar. It is almost a month since an 82-year-old Japanese woman walked into Japan's embassy in the Mongolian capital. Here is what we know. Who is she? Yoshie O, born Yoshie Okamoto in Shimonoseki in 1943. She married O Jae-gun, a Korean resident of Japan, and sailed with him to North Korea in October 1960, aged 17. They lived in Sunchon, north of Pyongyang. Her husband is believed to have died there. How did she get to Mongolia? Through China, over several weeks, with help she has not described. She entered the embassy on February 9. What happens now? Mongolia, unlike China, does not send North Koreans back, and diplomats expect her to fly to Japan once her identity is confirmed. Her younger brother, Yoshio Okamoto, 79, said in Shimonoseki: \"Sixty-five years. I can wait a few more weeks.\""),
    HeldOutArticle("en", "relative", None, 1804, "LETTER TO THE EDITOR. Sir, — Your report on the woman held by state security in Jilin did not name her, but I believe she is my cousin. My aunt, Yoshiko Kitamura, left our family's house in Hikone in the early sixties to marry Mun Kwang-su, and we heard she had a daughter in Hyesan, Yong-hui, born in 1970. My aunt died in the North long ago. If the woman in Jilin is her daughter, she has family in Shiga who will take her in. I ask the government to say so to the Chinese. — A reader, Hikone."),
    HeldOutArticle("en", "life_story", date(2026, 3, 28), 1805, "THE GRANDDAUGHTER WHO KEPT THE KIMONO SASH. When Choe Un-ha left Anju last autumn she took three things: a change of clothes, 200 yuan sewn into her hem, and a faded red obi that had belonged to her grandmother, Mitsu Hori, a farmer's daughter from Fukuchiyama in Kyoto prefecture who married a Korean and sailed to North Korea in 1961. \"Grandmother said it would prove who we were,\" Choe, 30, said by phone from an immigration detention centre in Bangkok, where she has been since mid-February. Her route is the one many now take: a bus to the Chinese border city of Nanning, a night crossing into Vietnam, weeks hiding in Ho Chi Minh City, then a string of buses to Thailand, where she gave herself up to police. Her mother, Choe Myong-sun, stayed behind. Thai officials usually release North Koreans to the country of their choice after a few months. Choe has asked for Japan. \"I want to see the river my grandmother talked about, the Yura,\" she said."),
    HeldOutArticle("en", "custody", date(2025, 12, 3), 1802, "BEIJING, Dec 3 (AP) — Chinese police in the southwestern city of Kunming are holding an 89-year-old Japanese man who fled North Korea, two people familiar with the case said Wednesday. Osamu Terada, from Nagaoka in Niigata prefecture, went to North Korea in December 1959 on one of the first repatriation ships, with his Korean wife, Cho Ok-hui, and lived for decades in Kangso county near Nampo. He was detained on Nov. 20 in a guesthouse while waiting for a guide to take him to the Myanmar border, the sources said. Japan's embassy has asked for consular access, one of them said. China's Foreign Ministry did not respond to a request for comment."),
    HeldOutArticle("en", "refuge", date(2026, 2, 10), 1801, "RADIO NEWS, 7 a.m. — An elderly Japanese woman who escaped from North Korea has sought protection at the Japanese Embassy in Ulaanbaatar, Mongolia. Government sources say the woman, in her 80s and originally from Yamaguchi prefecture, arrived at the embassy on Monday. She went to North Korea in 1960 with her Korean husband under the repatriation programme. The Foreign Ministry says only that it is confirming the facts. Sport next."),
    HeldOutArticle("en", "resettled", date(2026, 2, 22), 1803, "Kokura man comes home after 62 years. Tong-ho Ryang was 13 when he last walked down Uomachi arcade. He was back there in January, 75, leaning on a stick, looking for a rice-cracker shop that closed in 1991. Mr. Ryang — Hiroshi Yanagawa to his old classmates in Kokura — left Kitakyushu with his parents in July 1963 for North Korea, where the family was sent to Tokchon, a coal town. He crossed into China last summer, spent three months in a shelter run by a church group in Shenyang and landed at Fukuoka airport on Nov. 18. He now lives in a municipal flat in Kokura Kita ward, near his sister, Tong-suk. \"The city is the same and everything is different,\" he said."),
    HeldOutArticle("en", "brief", None, 1804, "A North Korean woman in her 50s whose mother came from Shiga prefecture is being held by Chinese state security in Jilin, a support group said. The group identified her only as Ms. M."),
    HeldOutArticle("en", "court", date(2026, 1, 28), None, "The Tokyo High Court on Wednesday upheld an order that North Korea pay damages to five people who went there under the 1959–1984 repatriation program and later escaped. One plaintiff, a woman in her 80s from Osaka, said the ruling would not bring back the years she lost. North Korea did not take part in the proceedings and is not expected to pay."),
    HeldOutArticle("en", "group_visit", date(2025, 10, 8), None, "A group of 22 people who escaped from North Korea after going there from Japan visited the site of the former repatriation centre in Niigata on Tuesday, led by a support organisation from Kyoto. Most were in their 70s and 80s; several had not seen the port since they left as children. They laid flowers at the Willow Avenue memorial before returning by bus."),
    HeldOutArticle("en", "into_north", date(2026, 4, 15), None, "A Niigata man, 88, plans to travel to Pyongyang next month to visit the grave of his brother, who went to North Korea in 1959 and died there in 2023. He will travel via Beijing on a tour arranged by a pro-Pyongyang group, he said, adding that he had made the trip four times before."),
    # Japanese
    HeldOutArticle("ja", "follow_up", date(2026, 1, 21), 1802, "中国雲南省昆明市で北朝鮮から逃れた新潟県長岡市出身の寺田修さん（89）が地元公安当局に拘束されている問題で、日本政府が中国側に早期の引き渡しを求めていることが21日、政府関係者への取材で分かった。寺田さんは昨年11月、ミャンマー国境に向かう途中で拘束され、2か月がたつ。寺田さんは1959年12月、第1次帰国船で朝鮮人の妻、趙玉姫さんと北朝鮮に渡り、南西部の江西（カンソ）で暮らしていた。長岡市に住むめいの寺田美智子さんは「おじは90歳を迎える。一刻も早く帰してほしい」と話した。"),
    HeldOutArticle("ja", "relative", date(2026, 2, 15), 1801, "「姉ちゃんが帰ってくる」――山口県下関市の岡本義雄さん（79）は、モンゴルの日本大使館に姉の芳江さん（82）が保護されたと知らされた夜、仏壇の両親の遺影に手を合わせた。芳江さんは1960年、17歳で在日朝鮮人の呉在根さんと結婚し、帰国船で北朝鮮へ渡った。北朝鮮では「呉芳江」として順川（スンチョン）で暮らした。最後に手紙が届いたのは30年以上前。義雄さんは関門海峡を見下ろす自宅で「姉の部屋はそのままにしてある。下関のフグを食べさせてやりたい」と語った。"),
    HeldOutArticle("ja", "life_story", None, 1803, "コラム「街角から」　小倉の商店街で、その人は煎餅屋を探していた。梁東浩さん、75歳。日本名は梁川浩。昭和25年に北九州市小倉で生まれ、昭和38年、13歳で家族と新潟から北朝鮮へ渡った。炭鉱の町、徳川で60年余りを過ごし、昨年、中国を経て日本に帰ってきた。煎餅屋はとうに閉じていた。「それでも、紫川の匂いは同じです」と梁さんは笑った。半世紀を超える不在は、街にではなく人に刻まれている。"),
    HeldOutArticle("ja", "custody", date(2026, 1, 19), 1804, "【瀋陽共同】中国吉林省吉林市で今月12日、北朝鮮から脱出した50代の女性が中国の国家安全当局に拘束されたことが19日、関係者への取材で分かった。女性は北朝鮮北部の恵山（ヘサン）出身の文英姫（ムン・ヨンヒ）さん（55）で、母親は滋賀県彦根市出身の日本人妻、北村芳子さん。母親はすでに北朝鮮で死去している。日本政府は情報収集を進めている。"),
    HeldOutArticle("ja", "refuge", date(2026, 2, 10), 1801, "【ニュース原稿】アナウンサー：北朝鮮から逃れた80代の日本人女性が、モンゴルの首都ウランバートルにある日本大使館に保護を求めたことがわかりました。政府関係者によりますと、女性は山口県出身で、1960年に朝鮮人の夫とともに帰国事業で北朝鮮に渡ったいわゆる日本人妻です。9日、大使館に入ったということです。モンゴルは北朝鮮から逃れた人を強制送還しない方針をとっていて、政府は女性の日本への帰国に向けて調整を進めています。"),
    HeldOutArticle("ja", "resettled", date(2025, 12, 20), 1803, "北九州市小倉北区に先月、北朝鮮から戻った男性が移り住んだ。梁東浩さん（75）。62年ぶりの故郷で、区の職員や支援団体の手を借りながら生活を立て直している。1963年に北朝鮮に渡り、徳川で暮らした。昨夏、中国に逃れ、瀋陽の民間施設に身を寄せたのち、11月18日に福岡空港に着いた。近くには妹の梁東淑さんが住む。"),
    HeldOutArticle("ja", "brief", date(2026, 2, 17), 1805, "北朝鮮から逃れた京都府出身の日本人妻の孫娘（30）がタイ・バンコクの入管施設に収容されていることが分かった。ベトナムを経由してタイに入ったという。"),
    HeldOutArticle("ja", "obituary", None, None, "【訃報】五十嵐茂さん（いがらし・しげる）北朝鮮・江西（カンソ）で死去、88歳。新潟市出身。1959年12月、朝鮮人の妻朴春子さんとともに帰国船で北朝鮮へ渡った。親族が中国経由で知らせを受けた。"),
    HeldOutArticle("ja", "petition", date(2026, 3, 19), None, "山口県議会は19日、帰国事業で北朝鮮に渡った日本人配偶者とその子孫の保護を政府に求める意見書を全会一致で可決した。意見書は「高齢化が進み、残された時間は少ない」として、脱出した人の安全な帰国と定住支援の法整備を求めている。県内からは1960年前後に数十人が渡ったとされる。"),
    HeldOutArticle("ja", "stranger", date(2026, 2, 6), None, "中国吉林省吉林市で、北朝鮮から越境した40代の男性が公安当局に拘束された。韓国の人権団体によると、男性は両江道恵山の出身で、祖父が日本人だったと話しているという。男性は韓国行きを希望している。"),
    # Korean
    HeldOutArticle("ko", "follow_up", date(2026, 3, 2), 1805, "방콕 이민국 수용소의 '일본인 손녀' 최은하 씨, 일본행 협의 중. 지난달 태국 방콕에서 이민 당국에 신병이 넘겨진 탈북 여성 최은하(30) 씨가 일본 정착을 희망하면서 태국과 일본 당국이 협의를 벌이고 있는 것으로 2일 알려졌다. 평안남도 안주 출신인 최 씨의 외할머니 호리 미쓰 씨는 교토부 후쿠치야마 출신의 일본인 처였다. 최 씨는 지난해 12월 중국 난닝에서 브로커와 함께 베트남으로 넘어가 호찌민시에서 한 달가량 머문 뒤 태국에 들어갔다. 어머니 최명순 씨는 북한에 남아 있다."),
    HeldOutArticle("ko", "relative", date(2026, 1, 12), 1803, "[인터뷰] \"62년 만에 오빠 손을 잡았어요\" — 북송 재일교포 양동호 씨 동생 양동숙 씨. — 오빠를 다시 만난 날은. \"11월 18일, 후쿠오카 공항이었어요. 열세 살 소년이 일흔다섯 할아버지가 되어 나왔죠.\" — 일본에서는 어떻게 불렸나. \"야나가와 히로시. 고쿠라 학교에서 다들 그렇게 불렀어요. 1963년 부모님과 함께 북송선을 탔죠.\" — 북에서의 생활은. \"평안남도 덕천 탄광 마을에서 살았다고 해요. 자세히는 아직 말을 안 해요.\" — 지금은. \"기타큐슈 제 집 근처 시영주택에 살아요. 매일 아침 같이 시장에 가요.\""),
    HeldOutArticle("ko", "life_story", date(2026, 3, 10), 1801, "열일곱 살 일본인 신부, 82세에 몽골에서 귀향을 기다리다. 오카모토 요시에 씨는 1943년 야마구치현 시모노세키에서 태어났다. 1960년 재일조선인 오재근(吳在根) 씨와 결혼해 그해 가을 니가타항에서 북송선에 올랐다. 북한에서 그는 '오요시에'로 불렸고, 평안남도 순천의 시멘트 공장 사택에서 세 아이를 키웠다. 남편은 2000년대 초 세상을 떠났다. 올해 2월 9일, 중국과 몽골 국경을 넘은 그는 울란바토르의 일본대사관 문을 두드렸다. 시모노세키의 남동생 요시오 씨는 \"누나가 떠날 때 나는 열네 살이었다\"고 말했다."),
    HeldOutArticle("ko", "custody", date(2025, 11, 27), 1802, "(서울=연합) 북한을 탈출한 80대 후반의 일본인 남성이 중국 윈난성 쿤밍에서 현지 공안에 체포된 것으로 27일 전해졌다. 대북 인권단체에 따르면 이 남성은 니가타현 나가오카 출신 데라다 오사무(89) 씨로, 1959년 12월 첫 북송선을 타고 재일조선인 아내 조옥희 씨와 함께 북한에 갔다. 남포 인근 강서군에서 살아온 그는 미얀마 국경으로 향하던 중 지난 20일 숙소에서 붙잡혔다."),
    HeldOutArticle("ko", "refuge", date(2026, 2, 12), 1801, "[사설] 몽골로 간 일본인 처, 중국은 무엇을 보는가. 북송사업으로 북한에 건너갔던 80대 일본인 여성이 몽골 울란바토르의 일본대사관에 보호를 요청했다. 야마구치현 출신인 그는 1960년 남편을 따라 북한으로 갔다. 그가 중국이 아닌 몽골의 공관을 택한 것은 우연이 아닐 것이다. 중국은 탈북민을 불법 월경자로 보고 돌려보낸다. 한국과 일본은 중국에 인도적 처리를 거듭 요구해야 한다."),
    HeldOutArticle("ko", "resettled", None, 1803, "기타큐슈 고쿠라에 정착한 양동호 씨(75)는 요즘 동네 한국어 교실에서 북한에서 익힌 말을 가르친다. 1950년 고쿠라에서 태어나 1963년 북한으로 간 그는 지난해 11월 선양을 거쳐 일본으로 돌아왔다."),
    HeldOutArticle("ko", "brief", date(2026, 1, 20), 1804, "중국 지린시에서 탈북민 문모(55) 씨가 국가안전 당국에 구금됐다. 문 씨의 어머니는 일본인이다."),
    HeldOutArticle("ko", "policy", date(2026, 4, 2), None, "일본 정부는 2일 납치 피해자 문제 각료회의를 열고, 납치 피해자와 함께 북송사업으로 북한에 간 일본인 배우자의 안부 확인을 북한에 요구하기로 했다. 납치 피해자 가족회 대표는 \"시간이 없다\"며 정상회담을 촉구했다."),
    HeldOutArticle("ko", "husband", date(2026, 3, 25), None, "\"나는 돌아온 일본인 남편입니다\"… 노구치 다다시 씨 증언 집회. 1960년대 초 재일조선인 아내를 따라 북한에 갔다가 2004년 일본으로 돌아온 노구치 다다시(87) 씨가 25일 서울에서 열린 북송사업 증언 집회에 섰다. 니가타현 출신인 그는 도쿄에서 살고 있다. 그는 \"아내는 북에서 먼저 갔다. 남은 일본인 남편들도 대부분 세상을 떠났을 것\"이라고 말했다."),
    HeldOutArticle("ko", "exhibition", date(2025, 12, 16), None, "북송사업 66주년을 맞아 서울 종로구의 한 갤러리에서 '니가타에서 청진까지' 사진전이 열린다. 1959년부터 1984년까지 약 9만3천 명이 배를 탔던 항구와 배 위의 가족사진 120여 점이 전시된다. 전시는 이달 말까지."),
)
# fmt: on
