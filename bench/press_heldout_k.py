# ruff: noqa: RUF001, E501 - articles are kept as written, one per line.
"""An eleventh held-out set (K): written together with set J, before the fixes of that period, and kept for a later measurement.

Run it once, later, on the code of that time (``bench/monitor_independent.py
--set k``); that first run is the only one that counts as held out, and
nothing may be tuned on it before. Same form as ``bench/press_heldout.py``,
30 articles, 10 per language: 7 about a case (a follow-up after arrival, a
relative's story, a life story told in relative time, custody, refuge at a
mission, residence now, a short wire brief) and 3 about nobody (a group visit,
a trip into the North, an abductee's family, a policy story, a custody report
or obituary naming someone who is not a case but shares a decoy's facts). Five
cases: a Japanese wife from Ishinomaki caught by border guards near Helong, a
Japanese husband from Hamamatsu who reached the consulate in Shenyang in 2014,
a returnee from Kurashiki living in Amagasaki and working in Osaka (her Korean
name and her Japanese name, in kanji, hangul and romanized), the son of a
Japanese wife held in Kunming and flown to Japan from Bangkok, and the
granddaughter of a Japanese wife who reached the embassy in Beijing and lives
in Tokyo. Five decoys share their birth years, prefectures or birthplaces,
departure years and custody places; one is deceased and one closed. Some
articles carry no publication date. Names are invented.
"""

from __future__ import annotations

from datetime import date

from bench.press_heldout import HeldOutArticle, HeldOutCase, _case
from hogo.monitor.scoring import EventFacts, NameFacts

E = EventFacts
CASES: tuple[HeldOutCase, ...] = (
    # 601: a Japanese wife born in Ishinomaki in 1942, went in 1962 aged 20, caught by
    # Chinese border guards near Helong in August 2026.
    _case(
        601,
        sex="F",
        born=date(1942, 1, 1),
        birthplace="宮城県石巻市",
        category="japanese_spouse",
        names=(NameFacts("小野寺", "フサ", ""),),
        events=(
            E(date(1962, 6, 1), "location", "KP", "", "self"),
            E(date(2026, 8, 10), "location", "CN", "Helong, Jilin", "host_security"),
        ),
    ),
    # 602: a Japanese husband born in Hamamatsu in 1940, went in 1963 with his Korean wife,
    # out in the winter of 2013, at the consulate in Shenyang from late January 2014, home in May 2014.
    _case(
        602,
        sex="M",
        born=date(1940, 1, 1),
        birthplace="静岡県浜松市",
        category="japanese_spouse",
        names=(NameFacts("岡本", "茂", ""),),
        events=(
            E(date(1963, 3, 1), "location", "KP", "", "self"),
            E(date(2014, 1, 28), "location", "CN", "Shenyang, Liaoning", "diplomatic_mission"),
            E(date(2014, 5, 22), "location", "JP", "静岡県浜松市", "self"),
        ),
        status="resettlement",
    ),
    # 603: a former resident born in Kurashiki in 1951 (Japanese name 梁川玉子), went in 1966
    # aged 15, held briefly in Tumen in 2006, in Japan since 2007, lives in Amagasaki, works in Osaka.
    _case(
        603,
        sex="F",
        born=date(1951, 1, 1),
        birthplace="岡山県倉敷市",
        category="former_resident",
        names=(NameFacts("梁", "玉順", ""), NameFacts("梁川", "玉子", "")),
        events=(
            E(date(1966, 10, 1), "location", "KP", "", "self"),
            E(date(2006, 4, 1), "location", "CN", "Tumen, Jilin", "host_police"),
            E(date(2007, 2, 1), "location", "JP", "兵庫県尼崎市", "self"),
        ),
        status="resettlement",
    ),
    # 604: the son of a Japanese wife from Toyama (went in 1961), born in Kimchaek in 1970;
    # out in January 2026 via Yanji, Shenyang and Chengdu; held by police in Kunming in April;
    # handed over in Bangkok and flown to Haneda in September 2026.
    _case(
        604,
        sex="M",
        born=date(1970, 1, 1),
        birthplace="咸鏡北道 金策",
        category="descendant",
        names=(NameFacts("韓", "龍男", ""), NameFacts("西田", "和枝", "mother")),
        events=(
            E(date(2026, 1, 15), "location", "CN", "Yanji, Jilin", "broker"),
            E(date(2026, 4, 9), "location", "CN", "Kunming, Yunnan", "host_police"),
            E(date(2026, 9, 16), "location", "JP", "富山県", "self"),
        ),
        relations=frozenset({"mother"}),
        status="arrived",
    ),
    # 605: the granddaughter of a Japanese wife from Kochi (went in 1960), born in Sinuiju in
    # 1994; in Dandong from November 2024; at the embassy in Beijing in October 2025; in Tokyo since January 2026.
    _case(
        605,
        sex="F",
        born=date(1994, 1, 1),
        birthplace="平安北道 新義州",
        category="descendant",
        names=(NameFacts("全", "春花", ""), NameFacts("横山", "トシ", "grandmother")),
        events=(
            E(date(2024, 11, 1), "location", "CN", "Dandong, Liaoning", "self"),
            E(date(2025, 10, 20), "location", "CN", "Beijing", "diplomatic_mission"),
            E(date(2026, 1, 20), "location", "JP", "東京都", "self"),
        ),
        relations=frozenset({"grandmother"}),
        status="resettlement",
    ),
    # Decoys.
    # 611: another Japanese wife from Miyagi born in 1942, went in 1962, held by border guards in Helong in June 2026.
    _case(
        611,
        sex="F",
        born=date(1942, 1, 1),
        birthplace="宮城県",
        category="japanese_spouse",
        names=(NameFacts("遠藤", "トキ", ""),),
        events=(
            E(date(1962, 10, 1), "location", "KP", "", "self"),
            E(date(2026, 6, 5), "location", "CN", "Helong, Jilin", "host_security"),
        ),
    ),
    # 612: another Japanese husband from Shizuoka born in 1940, went in 1963, at the consulate
    # in Shenyang in 2013, in Japan in 2014; closed.
    _case(
        612,
        sex="M",
        born=date(1940, 1, 1),
        birthplace="静岡県",
        category="japanese_spouse",
        names=(NameFacts("杉山", "弘", ""),),
        events=(
            E(date(1963, 5, 1), "location", "KP", "", "self"),
            E(date(2013, 9, 1), "location", "CN", "Shenyang, Liaoning", "diplomatic_mission"),
            E(date(2014, 1, 1), "location", "JP", "静岡県", "self"),
        ),
        status="closed",
    ),
    # 613: another returnee from Okayama born in 1951, went in 1966, lives in Osaka since 2009.
    _case(
        613,
        sex="F",
        born=date(1951, 1, 1),
        birthplace="岡山県",
        category="former_resident",
        names=(NameFacts("高", "淑子", ""),),
        events=(
            E(date(1966, 5, 1), "location", "KP", "", "self"),
            E(date(2009, 6, 1), "location", "JP", "大阪府大阪市", "self"),
        ),
        status="resettlement",
    ),
    # 614: another son of a Japanese wife born in Kimchaek in 1970, held by police in Kunming in February 2026.
    _case(
        614,
        sex="M",
        born=date(1970, 1, 1),
        birthplace="咸鏡北道 金策",
        category="descendant",
        names=(NameFacts("安", "哲男", ""),),
        events=(E(date(2026, 2, 10), "location", "CN", "Kunming, Yunnan", "host_police"),),
        relations=frozenset({"mother"}),
    ),
    # 615: another granddaughter of a Japanese wife born in Sinuiju in 1994, in Dandong in 2024; deceased.
    _case(
        615,
        sex="F",
        born=date(1994, 1, 1),
        birthplace="平安北道 新義州",
        category="descendant",
        names=(NameFacts("白", "恵英", ""),),
        events=(E(date(2024, 3, 1), "location", "CN", "Dandong, Liaoning", "broker"),),
        relations=frozenset({"grandmother"}),
        status="deceased",
    ),
)

A = HeldOutArticle
ARTICLES: tuple[HeldOutArticle, ...] = (
    # English: 7 about a case.
    A("en", "follow_up", date(2026, 9, 17), 604,
      "A North Korean man whose mother was Japanese arrived in Japan on Wednesday, five months after police in the southwestern Chinese city of Kunming detained him near the border with Laos, the Foreign Ministry said. "
      "Han Ryong Nam, 56, flew into Haneda from Bangkok, where China had allowed him to travel and where Japanese diplomats took charge of him, a ministry spokesperson said. Before his arrest he had crossed more than 3,000 kilometers of China, from Yanji by bus and train through Shenyang and Chengdu. "
      "Han was born in Kimchaek on North Korea's northeast coast. His mother, Kazue Nishida, from Toyama Prefecture, went to the North in 1961 and died there in 1999. "
      "\"My mother always said Japan would one day take her children back,\" Han told reporters in halting Japanese before leaving the airport with relatives from Toyama."),
    A("en", "relative", date(2026, 3, 8), 605,
      "When Jon Chun Hwa was a girl in Sinuiju, her grandmother would hum a tune none of the neighbors knew. Only this winter, in a Tokyo classroom, did Jon learn it was a children's song from Kochi, where her grandmother, Toshi Yokoyama, grew up before marrying a Korean man and sailing for North Korea in 1960. "
      "\"She made me promise that one of us would see Japan,\" said Jon, 31, who reached Japan in January after three months inside the Japanese Embassy in Beijing. She lives in Tokyo and studies at a Japanese-language school in Shinjuku. "
      "Her grandmother died in 2011. Jon's parents are still in the North, and she has not told them where she is."),
    A("en", "life_story", date(2024, 11, 20), 602,
      "In his 80s now, Shigeru Okamoto can still recite every stop on the line from Hamamatsu to Niigata. He rode it in March 1963 with his Korean wife and their two small sons, one of the few Japanese husbands to join the repatriation. "
      "What followed were fifty years in North Korea: a collective farm outside Sariwon, a son lost to illness during the famine, and the name everyone used for him, \"the Japanese.\" In the winter of 2013 he crossed into China, and early the next year he walked into the Japanese consulate general in Shenyang. "
      "Okamoto, who turned 84 this year, came home to Hamamatsu in 2014 and lives with his nephew's family."),
    A("en", "custody", date(2026, 8, 21), 601,
      "Chinese border guards have detained an 84-year-old Japanese woman who fled North Korea, near Helong in China's Jilin Province, a Japanese support group said on Friday. "
      "Fusa Onodera, born in Ishinomaki, Miyagi Prefecture, went to North Korea in 1962 with her husband, a Korean resident of Japan. She waded across the Tumen River earlier this month with her granddaughter, who was also taken into custody, the group said. "
      "The group urged Tokyo to secure her release before she can be sent back. A Chinese Foreign Ministry spokesperson said he had no information on the case."),
    A("en", "refuge", date(2014, 2, 14), 602,
      "A Japanese national in his 70s who followed his Korean wife to North Korea half a century ago has sought protection at Japan's Consulate General in Shenyang, government sources said Friday. "
      "The man, a native of Hamamatsu, Shizuoka Prefecture, entered the consulate late last month after several weeks in hiding in northeastern China. Tokyo has asked Beijing to let him leave."),
    A("en", "resettled", date(2025, 11, 12), 603,
      "AMAGASAKI, Hyogo — Yang Ok Sun wakes at five, takes the train into Osaka and by seven is chopping cabbage in the kitchen of a barbecue restaurant in Ikuno Ward, home to many ethnic Koreans. "
      "Born in 1951 in Kurashiki, Okayama Prefecture, she went to North Korea with her parents at 15 and spent four decades there before escaping in 2006. She lives in Amagasaki, just across the river from Osaka, and at work goes by the Japanese name she grew up with, Tamako Yanagawa. "
      "\"Over there I was the girl from Japan,\" she said. \"Here I am the woman from the North.\""),
    A("en", "brief", None, 601,
      "TOKYO (Kyodo) — Chinese authorities have released Fusa Onodera, a Japanese woman held since August after fleeing North Korea, and she could fly home within days, according to a government official."),
    # English: 3 about nobody.
    A("en", "into_north", date(2026, 6, 9), None,
      "A 52-year-old man from Shizuoka Prefecture flew from Tokyo to Shenyang last month and crossed into North Korea by train from Dandong, saying he wanted to live in the homeland of his late father, a former Korean resident of Japan, a relative said Tuesday. "
      "North Korean state media showed the man being welcomed at Pyongyang station. Japan's Foreign Ministry advises against all travel to the North."),
    A("en", "general", date(2026, 4, 15), None,
      "Japan will extend resettlement support, including language classes and a monthly allowance, to the grandchildren of Japanese spouses who fled North Korea, under a revision approved by the Cabinet on Tuesday. "
      "About 140 people who have come from the North since 2000 will be eligible, officials said. Most are in their 60s and 70s, but a growing number are in their 20s and 30s."),
    A("en", "stranger_custody", date(2026, 7, 3), None,
      "A Japanese woman in her 80s who fled North Korea has been in the custody of Chinese border police in Helong since June, according to a relative in Sendai. "
      "The woman, Miyo Kanno, 84, from Miyagi Prefecture, went to the North with her Korean husband in 1962, the relative said, adding that the family had not been allowed to contact her."),
    # Japanese: 7 about a case.
    A("ja", "follow_up", date(2026, 9, 17), 604,
      "中国雲南省昆明市で4月に公安当局に拘束された、日本人妻を母に持つ男性、韓龍男（ハン・リョンナム）さん（56）が16日、タイ・バンコクから羽田空港に到着した。外務省が明らかにした。"
      "韓さんは北朝鮮東部の金策で生まれた。母親の和枝さんは富山県出身で、昭和36年に在日朝鮮人の夫と北朝鮮に渡り、平成11年に亡くなった。韓さんは今年1月に脱北し、延吉から瀋陽、成都を経て昆明まで逃れたところで拘束された。"
      "韓さんは到着後、「母の国に来られた」と短く話した。当面は富山県内の親族の支援を受けて暮らす。"),
    A("ja", "relative", date(2026, 11, 2), 604,
      "「母は死ぬまで、立山をもう一度見たいと言っていた」。9月に来日した韓龍男さん（56）は先月、母・西田和枝さんの生まれた富山県の山あいの集落を初めて訪ね、西田家の墓に手を合わせた。"
      "和枝さんは1961年、在日朝鮮人の夫と新潟から北朝鮮へ渡った。韓さんはその9年後、咸鏡北道の金策で生まれた。和枝さんは日本の歌を口ずさむことも禁じられ、1999年に病死した。"
      "墓前でいとこの男性（71）から母の幼い頃の写真を手渡されると、韓さんは言葉を失った。"),
    A("ja", "life_story", date(2024, 6, 20), 603,
      "倉敷の町工場の2階で育った少女は、昭和41年の秋、両親に手を引かれて新潟港の帰国船に乗った。梁玉順さん、当時15歳。学校では「梁川玉子」と呼ばれていた。"
      "北朝鮮での暮らしは40年に及んだ。清津の製鉄所で働き、結婚し、2人の子を育てた。平成18年に豆満江を渡って中国に逃れ、図們で公安に捕まったが、数日後に釈放された。翌年、日本に戻った。"
      "70代になった今、梁さんは兵庫県尼崎市の団地で暮らし、週3日、大阪市生野区の焼き肉店で働く。「倉敷にはまだ帰っていない。帰るのが怖いんです」"),
    A("ja", "custody", date(2026, 8, 22), 601,
      "北朝鮮から脱出した宮城県石巻市出身の日本人妻、小野寺フサさん（84）が今月、中国吉林省和龍市近郊で中国の国境警備隊に拘束されたことが21日、分かった。支援団体が明らかにした。一緒に豆満江を渡った孫娘も拘束されたという。"
      "小野寺さんは昭和37年、20歳で在日朝鮮人の夫とともに北朝鮮に渡った。夫は既に亡くなっている。"
      "支援団体は「高齢で、北朝鮮に送還されれば命に関わる」として、日本政府に早期の保護を求めている。"),
    A("ja", "refuge", date(2025, 10, 24), 605,
      "北京の日本大使館に今月、北朝鮮から逃れてきた女性が駆け込み、保護されていることが23日、分かった。女性の祖母は高知県出身の日本人妻だという。"
      "関係者によると、女性は平安北道新義州出身の全春花（チョン・チュンファ）さん（31）。昨年11月に鴨緑江を渡り、丹東の飲食店で働きながら機会をうかがっていた。祖母の横山トシさんは1960年に夫と北朝鮮に渡り、2011年に亡くなった。"),
    A("ja", "resettled", date(2026, 5, 18), 605,
      "東京都内で暮らす全春花さん（32）は、今春から新宿区の日本語学校に通っている。休み時間には教科書の隅に、祖母から教わった高知の童歌の歌詞を書き写す。"
      "祖母の横山トシさんは高知県出身で、1960年に北朝鮮へ渡った。全さんは新義州で生まれ、北京の日本大使館を経て今年1月に来日した。「いつか高知で祖母の親類を探したい」と話す。"),
    A("ja", "brief", date(2014, 5, 30), 602,
      "北朝鮮から脱出し、瀋陽の日本総領事館を経て帰国した静岡県浜松市出身の岡本茂さん（74）が29日、浜松市内で記者会見し、51年ぶりの故郷について「駅前だけは見覚えがあった」と話した。"),
    # Japanese: 3 about nobody.
    A("ja", "group", date(1998, 1, 29), None,
      "北朝鮮に住む日本人妻の第2次里帰り団12人が28日、北京経由で成田空港に到着した。57歳から79歳までの女性たちで、多くが1960年前後に在日朝鮮人の夫と海を渡った。"
      "一行は1週間、それぞれの故郷で親族と過ごす。到着ロビーでは、半世紀近く会えなかった姉妹と抱き合う姿も見られた。"),
    A("ja", "obituary", date(2025, 10, 6), None,
      "宋玉子さん（そん・おくじゃ＝北朝鮮帰国者の支援団体元代表）3日、病気のため大阪市内の病院で死去、74歳。岡山県出身。葬儀は近親者で行った。"
      "昭和41年に家族と北朝鮮に渡り、2009年に脱北。大阪で暮らしながら、帰還事業の実態を各地で証言した。"),
    A("ja", "stranger_custody", date(2026, 3, 5), None,
      "中国雲南省昆明市で2月、北朝鮮から逃れた男性が公安当局に拘束されたことが4日、分かった。支援団体によると、男性は咸鏡北道金策出身の呉成哲（オ・ソンチョル）さん（55）で、母親は日本人妻だという。"
      "呉さんはラオス国境を目指していたとみられる。"),
    # Korean: 7 about a case.
    A("ko", "follow_up", date(2014, 5, 23), 602,
      "(도쿄=연합뉴스) 중국 선양 주재 일본총영사관에 머물던 일본인 남성 오카모토 시게루(74) 씨가 22일 일본에 도착했다. 1963년 재일조선인 아내와 함께 북한으로 건너간 지 51년 만이다. "
      "시즈오카현 하마마쓰 출신인 오카모토 씨는 지난해 겨울 탈북해 올해 1월 말 총영사관에 들어갔다. 중국 정부는 약 4개월 만에 출국을 허가했다. "
      "나리타공항에 마중 나온 조카는 \"삼촌이 살아 돌아올 줄은 몰랐다\"며 눈시울을 붉혔다."),
    A("ko", "relative", None, 605,
      "\"할머니가 일본말로 부르던 노래를 이제야 알아듣게 됐어요.\" "
      "평안북도 신의주 출신 전춘화(31) 씨의 할머니 요코야마 도시 씨는 고치현 출신 일본인 처로, 1960년 재일조선인 남편을 따라 북송선을 탔다. 할머니는 손녀에게 몰래 일본어 동요를 가르쳤고, 2011년 세상을 떠났다. "
      "전 씨는 베이징 주재 일본대사관을 거쳐 올해 1월 일본에 입국해 도쿄에서 살고 있다."),
    A("ko", "life_story", None, 603,
      "1951년 오카야마현 구라시키에서 태어난 양옥순 씨는 열다섯 살에 부모를 따라 북송선을 탔다. 일본 학교에서는 야나가와 다마코로 불렸다. "
      "북한에서 40년을 산 뒤 두만강을 건넜고, 투먼에서 공안에 잡혔다가 며칠 만에 풀려났다. 이듬해 일본으로 돌아와 지금은 효고현 아마가사키에 산다. "
      "70대가 된 양 씨는 \"북한에서 보낸 세월이 일본에서 산 세월보다 길다\"고 말했다."),
    A("ko", "custody", date(2026, 4, 14), 604,
      "(서울=연합뉴스) 일본인 어머니를 둔 50대 탈북민 남성이 중국 윈난성 쿤밍에서 공안에 체포됐다고 대북 인권단체가 14일 밝혔다. "
      "단체에 따르면 함경북도 김책 출신 한용남(56) 씨는 지난 9일 쿤밍의 한 숙소에서 붙잡혔다. 한 씨는 1월 탈북한 뒤 옌지에서 버스와 기차로 선양, 청두를 거쳐 라오스 국경으로 향하던 중이었다. "
      "한 씨의 어머니 니시다 가즈에 씨는 도야마현 출신으로 1961년 북송선을 탔다. 단체는 일본 정부에 신병 인수를 요청했다."),
    A("ko", "refuge", date(2025, 10, 25), 605,
      "(베이징=연합뉴스) 일본인 할머니를 둔 30대 탈북 여성이 베이징 주재 일본대사관에 진입해 보호를 받고 있다고 외교 소식통이 25일 전했다. "
      "소식통에 따르면 신의주 출신 전춘화(31) 씨는 지난해 11월 압록강을 건너 단둥의 식당에서 일하다 이달 대사관에 들어갔다. 전 씨의 할머니는 고치현 출신 일본인 처다."),
    A("ko", "resettled", date(2019, 7, 8), 602,
      "시즈오카현 하마마쓰시의 오카모토 시게루(79) 씨는 매주 목요일 동네 공민관에서 한국어 교실 강사로 나선다. "
      "그는 1963년 재일조선인 아내와 함께 북한으로 건너가 50년을 살았고, 2014년 선양 일본총영사관을 거쳐 고향으로 돌아왔다. 지금은 조카 가족과 함께 산다. "
      "\"북한에서 배운 말이 여기서 쓸모가 있을 줄은 몰랐습니다.\""),
    A("ko", "brief", date(2026, 8, 22), 601,
      "북한을 탈출한 일본인 처 오노데라 후사(84) 씨가 중국 허룽 인근에서 국경경비대에 붙잡혔다고 일본 지원단체가 21일 밝혔다."),
    # Korean: 3 about nobody.
    A("ko", "group", date(2025, 8, 30), None,
      "북송 재일동포 2세와 일본인 처 가족 등 18명으로 꾸려진 방문단이 29일 니가타항 옛 귀국선 부두를 찾았다. 50대부터 80대까지인 참가자들은 1959년부터 1984년까지 이곳을 떠난 가족들을 기리며 헌화했다."),
    A("ko", "general", None, None,
      "일본인 납치 피해자 가족들이 도쿄에서 국민대회를 열고 조속한 귀국을 촉구했다. 1978년 후쿠이현 해안에서 실종된 특정실종자 하야시 미쓰오(실종 당시 20세) 씨의 여동생(66)은 \"오빠가 사라진 지 47년이 지났다\"며 \"부모님은 끝내 소식을 듣지 못했다\"고 호소했다."),
    A("ko", "into_north", date(2026, 10, 2), None,
      "미야기현 출신 70대 일본인 여성이 북한 국적 남편을 따라 중국 단둥을 거쳐 평양에 들어간 것으로 확인됐다. 일본 외무성은 여성이 지난달 간사이공항에서 선양행 항공편에 오른 사실을 파악하고 경위를 조사하고 있다."),
)  # fmt: skip
