# ruff: noqa: RUF001, E501 - articles are kept as written, one per line.
"""A tenth held-out set (J): English, Japanese and Korean, written with set K before the fixes for set I's misses.

Same form as ``bench/press_heldout.py``, 30 articles, 10 per language: 7 about a
case (a follow-up after arrival, a relative's story, a life story told in
relative time, custody, refuge at a mission, residence now, a short wire
brief) and 3 about nobody (a group visit, a trip into the North, an abductee's
family, a policy story, a custody report or obituary naming someone who is not
a case but shares a decoy's facts). Five cases: a Japanese wife from Ehime
held in Hunchun and flown to Japan, a Japanese husband from Yamanashi who
reached the embassy in Beijing in 2008, a returnee from Shimonoseki living in
Funabashi and working in Tokyo, the daughter of a Japanese wife who reached
the consulate in Shenyang, and the grandson of a Japanese wife held in Dandong
(his name in kanji with kana, romanized and hangul, as are the wife's and the
daughter's). Five decoys share their birth years, prefectures or birthplaces,
departure years and custody places; one is deceased and one withdrawn. Some articles carry no publication date. Names are
invented. Evaluated with ``bench/monitor_independent.py --set j``; its first
run is the only one that counts as held out.
"""

from __future__ import annotations

from datetime import date

from bench.press_heldout import HeldOutArticle, HeldOutCase, _case
from hogo.monitor.scoring import EventFacts, NameFacts

E = EventFacts
CASES: tuple[HeldOutCase, ...] = (
    # 501: a Japanese wife born in Uwajima, Ehime, in 1937; went in 1960; held by police
    # in Hunchun in December 2024; flown to Haneda via Beijing in March 2025; lives in Matsuyama.
    _case(
        501,
        sex="F",
        born=date(1937, 1, 1),
        birthplace="愛媛県宇和島市",
        category="japanese_spouse",
        names=(NameFacts("上田", "キミ子", ""),),
        events=(
            E(date(1960, 10, 1), "location", "KP", "", "self"),
            E(date(2024, 12, 1), "location", "CN", "Hunchun, Jilin", "host_police"),
            E(date(2025, 3, 13), "location", "JP", "愛媛県松山市", "self"),
        ),
        status="arrived",
    ),
    # 502: a Japanese husband born in Kofu in 1936; went in 1961 with his Korean wife;
    # reached the embassy in Beijing in June 2008; home in Kofu since September 2008.
    _case(
        502,
        sex="M",
        born=date(1936, 1, 1),
        birthplace="山梨県甲府市",
        category="japanese_spouse",
        names=(NameFacts("森田", "勇", ""),),
        events=(
            E(date(1961, 5, 1), "location", "KP", "", "self"),
            E(date(2008, 6, 1), "location", "CN", "Beijing", "diplomatic_mission"),
            E(date(2008, 9, 11), "location", "JP", "山梨県甲府市", "self"),
        ),
        status="resettlement",
    ),
    # 503: a former resident born in Shimonoseki in 1947; went in 1960 aged 13; out through
    # Dandong in 2004; in Japan since 2005; lives in Funabashi, works in Tokyo.
    _case(
        503,
        sex="M",
        born=date(1947, 1, 1),
        birthplace="山口県下関市",
        category="former_resident",
        names=(NameFacts("玄", "正一", ""),),
        events=(
            E(date(1960, 12, 1), "location", "KP", "", "self"),
            E(date(2004, 8, 1), "location", "CN", "Dandong, Liaoning", "broker"),
            E(date(2005, 3, 1), "location", "JP", "千葉県船橋市", "self"),
        ),
        status="resettlement",
    ),
    # 504: the daughter of a Japanese wife from Miyazaki, born in Pyongsong in 1965; out in
    # July 2025, hid in Yanji, reached the consulate in Shenyang in September, in Japan in December.
    _case(
        504,
        sex="F",
        born=date(1965, 1, 1),
        birthplace="平安南道 平城",
        category="descendant",
        names=(NameFacts("李", "明姫", ""), NameFacts("石井", "千代", "mother")),
        events=(
            E(date(2025, 7, 1), "location", "CN", "Yanji, Jilin", "ngo_safe_house"),
            E(date(2025, 9, 15), "location", "CN", "Shenyang, Liaoning", "diplomatic_mission"),
            E(date(2025, 12, 4), "location", "JP", "宮崎県宮崎市", "self"),
        ),
        relations=frozenset({"mother"}),
        status="arrived",
    ),
    # 505: the grandson of a Japanese wife from Niigata (went in 1962), born in Tanchon in
    # 1988; crossed in September 2025; held by police in Dandong on 19 October 2025.
    _case(
        505,
        sex="M",
        born=date(1988, 1, 1),
        birthplace="咸鏡南道 端川",
        category="descendant",
        names=(NameFacts("朴", "成進", ""), NameFacts("高木", "ハル", "grandmother")),
        events=(E(date(2025, 10, 19), "location", "CN", "Dandong, Liaoning", "host_police"),),
        relations=frozenset({"grandmother"}),
    ),
    # Decoys.
    # 511: another Japanese wife from Ehime born in 1937, went in 1960, held in Hunchun in August 2024.
    _case(
        511,
        sex="F",
        born=date(1937, 1, 1),
        birthplace="愛媛県",
        category="japanese_spouse",
        names=(NameFacts("村井", "サダ", ""),),
        events=(
            E(date(1960, 4, 1), "location", "KP", "", "self"),
            E(date(2024, 8, 1), "location", "CN", "Hunchun, Jilin", "host_police"),
        ),
    ),
    # 512: another Japanese husband from Yamanashi born in 1936, went in 1961; deceased.
    _case(
        512,
        sex="M",
        born=date(1936, 1, 1),
        birthplace="山梨県",
        category="japanese_spouse",
        names=(NameFacts("名取", "忠", ""),),
        events=(
            E(date(1961, 8, 1), "location", "KP", "", "self"),
            E(date(2007, 3, 1), "location", "CN", "Beijing", "diplomatic_mission"),
        ),
        status="deceased",
    ),
    # 513: another returnee born in Shimonoseki in 1947, went in 1960, lives in Chiba (Ichikawa) since 2010.
    _case(
        513,
        sex="M",
        born=date(1947, 1, 1),
        birthplace="山口県下関市",
        category="former_resident",
        names=(NameFacts("姜", "英男", ""),),
        events=(
            E(date(1960, 2, 1), "location", "KP", "", "self"),
            E(date(2010, 6, 1), "location", "JP", "千葉県市川市", "self"),
        ),
        status="resettlement",
    ),
    # 514: another daughter of a Japanese wife, born in Pyongsong in 1965, at the consulate
    # in Shenyang in 2023; withdrawn.
    _case(
        514,
        sex="F",
        born=date(1965, 1, 1),
        birthplace="平安南道 平城",
        category="descendant",
        names=(NameFacts("金", "英愛", ""),),
        events=(E(date(2023, 4, 1), "location", "CN", "Shenyang, Liaoning", "diplomatic_mission"),),
        relations=frozenset({"mother"}),
        status="withdrawn",
    ),
    # 515: another grandson of a Japanese wife, born in 1988 (in Hyesan), held by police in
    # Dandong in September 2025.
    _case(
        515,
        sex="M",
        born=date(1988, 1, 1),
        birthplace="両江道 恵山",
        category="descendant",
        names=(NameFacts("崔", "光哲", ""),),
        events=(E(date(2025, 9, 10), "location", "CN", "Dandong, Liaoning", "host_police"),),
        relations=frozenset({"grandmother"}),
    ),
)

A = HeldOutArticle
ARTICLES: tuple[HeldOutArticle, ...] = (
    # English: 7 about a case.
    A("en", "follow_up", date(2025, 3, 14), 501,
      "TOKYO — An 87-year-old Japanese woman who spent more than six decades in North Korea arrived at Haneda airport on Thursday evening, three months after Chinese police picked her up in the border city of Hunchun, government officials said. "
      "Kimiko Ueda, who was born in Ehime Prefecture, left Niigata port in October 1960 with her Korean husband on one of the repatriation ships. She walked out of the arrivals hall in a wheelchair, accompanied by two Foreign Ministry officials who had flown with her from Beijing. "
      "\"I thought I would die there without seeing my sister's face again,\" Ueda said in a short statement read out by a relative. Her husband died in the North in the 1990s. "
      "Officials said Beijing agreed in February to let her leave on humanitarian grounds. She plans to live with a niece in Matsuyama."),
    A("en", "relative", date(2025, 9, 25), 505,
      "SEOUL — Speaking by phone from a rented room in a Chinese border city, a 37-year-old North Korean man said he had fled his country carrying a single photograph: his grandmother, in a wool coat, on a pier in Niigata in 1962. "
      "\"She told me about snow that reached the eaves, and rice cakes at New Year,\" said Pak Song Jin, who was born in Tanchon on the North's east coast. His grandmother, Haru Takagi, married a Korean man in Japan and followed him to the North; she died when Pak was a teenager. "
      "Pak crossed into China in early September and hopes to reach Japan, where he believes distant relatives still live. Activists in Seoul who arranged the call asked that the city where he is hiding not be named."),
    A("en", "life_story", None, 503,
      "Hyon Jong Il remembers the brass band. He was thirteen in December 1960 when his parents, Koreans who had settled in Shimonoseki, walked him up the gangway of a repatriation ship at Niigata. \"They told us we were going home. I had never been there,\" he says. "
      "He would spend the next 44 years in North Korea, first at a machine plant in Hamhung, later felling timber in the mountains after his father was denounced. His mother died in 1978. "
      "In the summer of 2004 he paid a smuggler to take him across the Yalu into Dandong, and a year later, with help from a Tokyo support group, he landed at Narita. "
      "Now in his late 70s, Hyon keeps the date of the ship's departure written on the first page of every notebook he owns."),
    A("en", "custody", date(2025, 10, 28), 505,
      "Chinese police have detained a North Korean man whose grandmother was Japanese in the border city of Dandong, according to a South Korean activist group and a person familiar with the case. "
      "Pak Song Jin, 37, was taken from an apartment near the Yalu River on Oct. 19 together with a Chinese national suspected of sheltering him, the Seoul-based group said on Tuesday. He has been moved to a detention center in the city. "
      "Pak, from Tanchon in South Hamgyong Province, had been in hiding since crossing the border in September. His grandmother went to North Korea from Niigata in 1962 under the repatriation project. "
      "A Japanese Foreign Ministry official said Tokyo was \"aware of the reports\" and in contact with Chinese authorities. Beijing treats North Koreans who cross the border as illegal migrants and routinely sends them back."),
    A("en", "refuge", date(2025, 10, 2), 504,
      "A 60-year-old North Korean woman whose late mother was Japanese has been staying at Japan's consulate general in Shenyang since mid-September, diplomatic sources said Thursday, as Tokyo seeks China's consent to bring her to Japan. "
      "The woman, Ri Myong Hui, was born in Pyongsong, north of Pyongyang. Her mother, Chiyo Ishii, came from Miyazaki Prefecture and crossed the sea with her Korean husband in 1961, when the repatriation ships were at their busiest. The mother died in 2010. "
      "Ri left the North in July and spent several weeks in Yanji before making the 700-kilometer journey to Shenyang, one source said. Chinese security officers guard the consulate's gate around the clock."),
    A("en", "resettled", date(2026, 2, 10), 503,
      "FUNABASHI, Chiba — Every weekday at 7 a.m., Hyon Jong Il, 78, leaves his public-housing flat in Funabashi for a Korean grocery in Tokyo's Ueno district, where he stacks shelves and chats with customers in a mix of Japanese and Korean. "
      "Born in Shimonoseki, Yamaguchi Prefecture, Hyon went to North Korea with his parents in 1960 and fled in 2004. Support groups say about 200 former repatriates now live in Japan. "
      "\"People here ask whether I am Japanese or Korean,\" he said. \"I tell them I am from Shimonoseki.\""),
    A("en", "brief", date(2008, 6, 20), 502,
      "BEIJING, June 20 (Kyodo) — A Japanese man in his 70s who left for North Korea with his Korean wife in 1961 has taken refuge in the Japanese Embassy in Beijing, diplomatic sources said Friday. The man is from Yamanashi Prefecture."),
    # English: 3 about nobody.
    A("en", "group", date(2000, 9, 27), None,
      "Twelve Japanese women who went to North Korea with their Korean husbands decades ago arrived at Haneda airport on Tuesday on a chartered flight from Pyongyang for a week-long stay, the third such home visit since 1997. "
      "The women, aged between 58 and 86, left Japan between 1959 and 1963. Several were met by brothers and sisters they had not seen since. They are due to fly back to Pyongyang on Oct. 3."),
    A("en", "stranger_custody", date(2024, 9, 5), None,
      "Chinese police in Hunchun, Jilin Province, detained an 87-year-old Japanese woman last month after she crossed the Tumen River from North Korea, a support group in Osaka said Thursday. "
      "The woman, Yoshie Kawano, is originally from Ehime Prefecture and joined her Korean husband on a repatriation ship in 1960. The group said it had asked the Foreign Ministry to intervene."),
    A("en", "obituary", date(2025, 12, 2), None,
      "Lee Chang Su, a former Korean resident of Japan who spent half a century in North Korea before escaping and later testifying in a lawsuit against Pyongyang, died on Nov. 28 at a hospital in Chiba Prefecture. He was 78. "
      "Born in Shimonoseki in 1947, Lee sailed from Niigata with his family in 1960. After his escape in 2009 he settled in Ichikawa. He is survived by a daughter."),
    # Japanese: 7 about a case.
    A("ja", "follow_up", date(2008, 9, 12), 502,
      "北京の日本大使館に6月に駆け込み、保護されていた山梨県甲府市出身の森田勇さん（72）が11日夜、北京発の旅客機で成田空港に到着した。1961年に在日朝鮮人の妻と3人の子どもを連れて北朝鮮へ渡って以来、47年ぶりの帰国となった。"
      "到着ロビーでは、甲府から駆けつけた妹（68）が「兄さん」と声を上げて抱きついた。森田さんは報道陣に「ご迷惑をおかけしました。生きて帰れるとは思わなかった」と頭を下げた。"
      "外務省によると、中国政府は人道的観点から出国を認めた。森田さんは当面、甲府市内の妹宅で暮らす。北朝鮮に残る妻子の安否は分かっていない。"),
    A("ja", "relative", date(2026, 1, 20), 504,
      "「母が話していた青島の海を、やっとこの目で見ました」。昨年12月に中国から日本に入国した李明姫さん（60）は、宮崎市の海岸で目を細めた。"
      "李さんは北朝鮮西部の平城で生まれた。母の千代さんは宮崎県出身の日本人妻で、1961年に在日朝鮮人の夫と北朝鮮へ渡り、2010年に平城で亡くなった。「日本の話をする時だけ、母は笑っていた」と李さんは振り返る。"
      "李さんは昨年7月に脱北し、9月に瀋陽の日本総領事館に駆け込んだ。現在は宮崎市内で、母のいとこにあたる女性（82）の家に身を寄せている。"),
    A("ja", "life_story", date(2016, 8, 15), 502,
      "昭和11年、甲府市生まれ。80歳になった森田勇さんは、北朝鮮で過ごした47年を「長い夢だった」と語る。"
      "在日朝鮮人の女性と結婚し、昭和36年、25歳で妻子とともに新潟港から帰国船に乗った。日本人の夫として北朝鮮に渡った男性は多くない。咸興近郊の工場で働き、最後まで「日本人」と呼ばれ続けた。"
      "平成20年、北京の日本大使館に逃げ込み、同じ年の秋に帰国した。いまは甲府市内で一人暮らしを続けている。"),
    A("ja", "custody", date(2025, 10, 29), 505,
      "【ソウル共同】北朝鮮から中国に逃れた男性、朴成進（パク・ソンジン）さん（37）が今月19日、中国遼寧省丹東市で中国公安当局に拘束されたことが分かった。韓国の脱北者支援団体が28日、明らかにした。"
      "同団体によると、朴さんは北朝鮮東部の咸鏡南道端川の出身。祖母は新潟県出身の日本人妻で、1962年に帰還事業で北朝鮮に渡った。朴さんは9月に越境し、丹東市内のアパートに潜伏していた。"
      "北朝鮮に送還される恐れがあり、同団体は日本政府に保護を求めている。外務省幹部は「事実関係を確認中だ」と述べた。"),
    A("ja", "refuge", date(2025, 10, 2), 504,
      "中国・瀋陽の日本総領事館に9月中旬、北朝鮮から逃れてきた女性（60）が駆け込み、保護されていることが1日、分かった。複数の外交筋が明らかにした。"
      "女性は李明姫さん。母親は宮崎県出身の日本人妻で、1961年に夫と北朝鮮に渡った。李さんは北朝鮮で生まれ育ち、今年7月に脱北。吉林省延吉市の支援者宅に身を隠した後、総領事館にたどり着いたという。"
      "日本政府は中国側と出国に向けた調整を進めている。"),
    A("ja", "resettled", None, 501,
      "今年3月、65年ぶりに帰国した上田キミ子さん（88）は、松山市のめいの家で穏やかな日々を送っている。朝は庭の草花に水をやり、午後は近所の公民館で同年代の女性たちとお茶を飲む。"
      "愛媛県宇和島市で生まれた上田さんは昭和35年、在日朝鮮人の夫と新潟港から北朝鮮へ渡った。昨年秋に中国へ逃れたが、暮れに琿春で中国の警察に身柄を拘束された。"
      "「宇和島のみかん畑をもう一度見たい」。体調が落ち着いたら、生まれた町を訪ねるつもりだ。"),
    A("ja", "brief", date(2025, 3, 20), 501,
      "北朝鮮から脱出し、中国当局の拘束を経て帰国した愛媛県出身の日本人妻、上田キミ子さん（87）が19日、松山市内で記者会見し、「日本に帰れて夢のよう」と語った。"),
    # Japanese: 3 about nobody.
    A("ja", "into_north", date(2025, 6, 12), None,
      "中国遼寧省丹東市から鴨緑江を渡って北朝鮮に入国しようとした愛媛県出身の男性（45）が、北朝鮮当局に拘束されたことが11日、分かった。政府関係者が明らかにした。"
      "男性は5月下旬に関西空港から瀋陽に向かい、丹東で小型船を雇ったとみられる。家族は「北朝鮮に行くとは聞いていなかった」と話している。"),
    A("ja", "general", None, None,
      "北朝鮮による拉致の可能性が排除できない特定失踪者の家族らが都内で集会を開いた。昭和52年に新潟県柏崎市の海岸近くで行方が分からなくなった大野修さん（失踪当時23歳）の姉、節子さん（79）は「弟がいなくなって今年で48年。母は何も知らないまま逝った」と声を詰まらせた。"
      "集会では、令和8年3月末までに全ての失踪者の調査結果を示すよう政府に求める決議を採択した。"),
    A("ja", "stranger_custody", date(2025, 9, 30), None,
      "北朝鮮北部の両江道恵山出身の男性、許哲（ホ・チョル）さん（37）が今月中旬、中国遼寧省丹東市で公安当局に拘束されたことが29日、分かった。支援団体によると、祖母は日本人妻で、1960年代に北朝鮮へ渡ったという。"
      "許さんは8月に越境し、知人の紹介で丹東の工場に身を寄せていた。"),
    # Korean: 7 about a case.
    A("ko", "follow_up", date(2025, 12, 5), 504,
      "(도쿄=연합뉴스) 김지훈 특파원 = 중국 선양 주재 일본총영사관에 석 달 가까이 머물던 북한 여성 이명희(60) 씨가 일본에 입국했다고 일본 외무성이 5일 밝혔다. "
      "이 씨는 전날 선양에서 베이징을 거쳐 하네다공항에 도착했다. 어머니 이시이 지요 씨는 미야자키현 출신 일본인 처로, 1961년 재일조선인 남편을 따라 귀국선에 올랐다. "
      "평안남도 평성에서 태어난 이 씨는 지난 7월 탈북해 옌지에 숨어 지내다 9월 총영사관에 들어갔다. 외무성은 이 씨가 당분간 미야자키현의 친척 집에 머물 예정이라고 전했다."),
    A("ko", "relative", date(2025, 11, 3), 505,
      "\"할머니는 눈 쌓인 니가타 이야기를 자장가처럼 들려주셨어요.\" "
      "지난달 중국 단둥에서 공안에 붙잡힌 박성진(37) 씨가 체포되기 며칠 전 국내 탈북민 지원단체 관계자에게 보낸 음성 메시지의 한 대목이다. 함경남도 단천 출신인 박 씨의 할머니 다카기 하루 씨는 니가타현 출신 일본인으로, 1962년 재일조선인 남편을 따라 북한에 들어갔다. "
      "단체 측은 박 씨가 할머니의 고향인 일본으로 가기를 간절히 바랐다고 전했다. 단체는 \"강제 북송되면 중형을 피하기 어렵다\"며 중국 정부에 선처를 호소했다."),
    A("ko", "life_story", date(2025, 5, 10), 501,
      "65년 만의 귀향이었다. 1937년 에히메현 우와지마에서 태어난 우에다 기미코 씨는 스물세 살이던 1960년 재일조선인 남편을 따라 니가타항에서 북송선에 올랐다. "
      "남편을 먼저 떠나보낸 뒤 혼자 살던 그는 지난해 11월 두만강을 건넜고, 훈춘에서 중국 공안에 붙잡혔다가 석 달여 만에 풀려나 올해 3월 일본 땅을 밟았다. "
      "만 87세인 우에다 씨는 \"고향 바다 냄새는 그대로\"라며 웃었다."),
    A("ko", "custody", date(2024, 12, 20), 501,
      "(서울=연합뉴스) 북한을 탈출한 80대 일본인 여성이 중국 지린성 훈춘에서 공안에 구금됐다고 대북 인권단체가 20일 밝혔다. "
      "단체에 따르면 우에다 기미코(87) 씨는 이달 초 훈춘 시내 민가에 숨어 있다가 현지 공안에 붙잡혔다. 우에다 씨는 에히메현 출신으로 1960년 재일조선인 남편과 함께 북한으로 건너갔다. "
      "단체는 \"고령인 데다 지병이 있어 건강이 우려된다\"며 일본 정부의 신속한 대응을 촉구했다. 주중 일본대사관 측은 \"개별 사안에 대해서는 답변할 수 없다\"고 말했다."),
    A("ko", "refuge", date(2008, 6, 21), 502,
      "(베이징=연합뉴스) 재일조선인 아내를 따라 북한으로 건너갔던 일본인 남성이 베이징 주재 일본대사관에 들어가 보호를 받고 있는 것으로 21일 확인됐다. "
      "외교 소식통에 따르면 야마나시현 고후시 출신인 모리타 이사무(72) 씨는 1961년 가족과 함께 북송선을 탔으며, 올봄 북한을 탈출했다. 모리타 씨는 대사관 측에 일본 귀국을 희망한다는 뜻을 밝혔다. "
      "일본인 처와 달리 일본인 남편이 북송 사업으로 북한에 간 사례는 드물다."),
    A("ko", "resettled", date(2025, 8, 15), 503,
      "지바현 후나바시시의 한 공영주택. 현정일(78) 씨는 매일 아침 전철을 타고 도쿄 우에노의 한국 식료품점으로 출근한다. "
      "야마구치현 시모노세키에서 태어난 그는 1960년 열세 살 때 부모를 따라 북송선에 올랐고, 44년 만인 2004년 압록강을 건너 탈북했다. 이듬해 일본으로 돌아왔다. "
      "\"북에서는 '째포'라고 불렸고, 여기서는 탈북자라고 불립니다. 저는 그냥 시모노세키 사람이에요.\""),
    A("ko", "brief", None, 503,
      "북송 사업으로 북한에 건너갔다가 탈북한 재일동포 출신 현정일 씨가 15일 도쿄에서 열린 증언 모임에서 북한에서 보낸 44년을 증언했다."),
    # Korean: 3 about nobody.
    A("ko", "group", date(2025, 12, 15), None,
      "북송 사업 66주년을 맞아 일본에 정착한 귀국자와 가족 30여 명이 14일 도쿄 도심에서 집회를 열었다. 참석자 대부분은 70∼80대로, 1959년 12월 14일 첫 귀국선이 니가타항을 떠난 날에 맞춰 해마다 모인다. "
      "이들은 \"북한에 남은 가족의 생사라도 알게 해 달라\"며 일본 정부에 조사를 촉구했다."),
    A("ko", "general", date(2026, 3, 24), None,
      "일본 정부가 북한을 탈출해 일본에 정착한 귀국자와 일본인 처의 자녀·손자녀에게 지급하는 정착 지원금을 내년도부터 늘리기로 했다. "
      "후생노동성에 따르면 지원 대상은 약 200명으로, 대부분 60대 이상이다. 일본어 교육과 취업 알선도 확대된다."),
    A("ko", "into_north", date(2025, 9, 8), None,
      "일본 지바현에 정착해 살던 60대 탈북민 남성이 중국 선양을 거쳐 북한으로 돌아간 것으로 확인됐다. "
      "북한 조선중앙TV는 지난달 말 이 남성이 평양에서 기자회견을 열어 \"일본에서의 생활은 차별뿐이었다\"고 말하는 장면을 내보냈다. 일본 경찰은 남성이 지난 7월 나리타공항에서 출국한 사실을 확인했다."),
)  # fmt: skip
