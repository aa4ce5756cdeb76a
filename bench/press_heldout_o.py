# ruff: noqa: RUF001, E501 - articles are kept as written, one per line.
"""A fifteenth held-out set (O): English, Japanese and Korean, written before the scorer saw it, to be run once, later.

Same form as ``bench/press_heldout.py`` and the shape of sets J to N: five
cases and five decoys, thirty articles. The cases: a Japanese wife from
Yamagata recorded under her maiden and married names, held in Shenyang and
then sheltered at the consulate-general there; a former resident from Saga
known by a Japanese alias, held in Bangkok and flown to Fukuoka; a daughter
born in Wonsan to a returnee from Oita, resettled in Oita; a grandson born in
Haeju held in Mongolia; a Japanese husband from Wakayama, 43 years in the
North, living in Wakayama again. The decoys share their birth year,
prefecture or birthplace, departure year or place of custody (one closed, one
deceased). Articles about nobody: a visit into the North, a court case, a
stranger held in Dalian with a decoy's facts, a petition, an obituary, a
husband who is no case, a policy story, a stranger held in Ulaanbaatar and a
group trip to Pyongyang. Names are invented. Written from the cases' facts
alone, without the scorer, its tests or its explanations; to be evaluated
once, later, with ``bench/monitor_independent.py --set o``. That first run is
the only one that counts.
"""

from __future__ import annotations

from datetime import date

from bench.press_heldout import HeldOutArticle, HeldOutCase, _case
from hogo.monitor.scoring import EventFacts, NameFacts

E = EventFacts
CASES: tuple[HeldOutCase, ...] = (
    # 1401: a Japanese wife from Yamagata (maiden name Abe, married name Pak), went 1960,
    # held by state security in Shenyang in April 2026, at the consulate-general in June 2026.
    _case(
        1401,
        sex="F",
        born=date(1939, 1, 1),
        birthplace="山形県",
        category="japanese_spouse",
        names=(NameFacts("阿部", "トシ子", ""), NameFacts("朴", "トシ子", "")),
        events=(
            E(date(1960, 9, 1), "location", "KP", "", "self"),
            E(date(2026, 4, 1), "location", "CN", "Shenyang, Liaoning", "host_security"),
            E(date(2026, 6, 1), "location", "CN", "Shenyang, Liaoning", "diplomatic_mission"),
        ),
    ),
    # 1402: a former resident born in Saga in 1944, Japanese alias Arai Mitsuo, went 1960,
    # held by Thai police in Bangkok in January 2026, flown to Fukuoka in June 2026.
    _case(
        1402,
        sex="M",
        born=date(1944, 1, 1),
        birthplace="佐賀県唐津市",
        category="former_resident",
        names=(NameFacts("崔", "光男", ""), NameFacts("新井", "光男", "")),
        events=(
            E(date(1960, 12, 1), "location", "KP", "", "self"),
            E(date(2026, 1, 1), "location", "TH", "Bangkok", "host_police"),
            E(date(2026, 6, 1), "location", "JP", "福岡県", "self"),
        ),
        status="arrived",
    ),
    # 1403: the daughter of a returnee from Oita, born in Wonsan in 1965, resettled in Oita in 2014.
    _case(
        1403,
        sex="F",
        born=date(1965, 1, 1),
        birthplace="江原道 元山",
        category="descendant",
        names=(NameFacts("韓", "明淑", ""), NameFacts("韓", "東植", "father")),
        events=(
            E(date(2013, 3, 1), "location", "CN", "Longjing, Jilin", "broker"),
            E(date(2014, 2, 1), "location", "JP", "大分県", "self"),
        ),
        relations=frozenset({"father"}),
        status="resettlement",
    ),
    # 1404: a grandson born in Haeju in 1996 (grandfather a returnee), held in Ulaanbaatar in October 2026.
    _case(
        1404,
        sex="M",
        born=date(1996, 1, 1),
        birthplace="黄海南道 海州",
        category="descendant",
        names=(NameFacts("全", "勇進", ""), NameFacts("全", "相浩", "grandfather")),
        events=(E(date(2026, 10, 1), "location", "MN", "Ulaanbaatar", "host_police"),),
        relations=frozenset({"grandfather"}),
    ),
    # 1405: a Japanese husband from Wakayama, born 1935, went in 1962, out in 2005, lives in Wakayama.
    _case(
        1405,
        sex="M",
        born=date(1935, 1, 1),
        birthplace="和歌山県",
        category="japanese_spouse",
        names=(NameFacts("山本", "清", ""), NameFacts("宋", "玉順", "wife")),
        events=(
            E(date(1962, 4, 1), "location", "KP", "", "self"),
            E(date(2005, 8, 1), "location", "JP", "和歌山県", "self"),
        ),
        status="resettlement",
    ),
    # Decoys.
    _case(
        1411,
        sex="F",
        born=date(1939, 1, 1),
        birthplace="山形県",
        category="japanese_spouse",
        names=(NameFacts("斎藤", "ミエ", ""),),
        events=(E(date(1960, 5, 1), "location", "KP", "", "self"),),
        status="closed",
    ),
    _case(
        1412,
        sex="M",
        born=date(1944, 1, 1),
        birthplace="佐賀県",
        category="former_resident",
        names=(NameFacts("文", "徳三", ""),),
        events=(
            E(date(1960, 2, 1), "location", "KP", "", "self"),
            E(date(2025, 11, 1), "location", "TH", "Bangkok", "host_police"),
        ),
    ),
    _case(
        1413,
        sex="F",
        born=date(1965, 1, 1),
        birthplace="江原道 元山",
        category="descendant",
        names=(NameFacts("宋", "英姫", ""),),
        events=(E(date(2026, 5, 1), "location", "CN", "Dalian, Liaoning", "host_police"),),
        relations=frozenset({"mother"}),
    ),
    _case(
        1414,
        sex="M",
        born=date(1996, 1, 1),
        birthplace="黄海南道 海州",
        category="descendant",
        names=(NameFacts("趙", "成民", ""),),
        events=(E(date(2025, 9, 1), "location", "MN", "Ulaanbaatar", "host_police"),),
        relations=frozenset({"grandmother"}),
    ),
    _case(
        1415,
        sex="M",
        born=date(1935, 1, 1),
        birthplace="和歌山県",
        category="japanese_spouse",
        names=(NameFacts("中西", "実", ""),),
        events=(E(date(1962, 7, 1), "location", "KP", "", "self"),),
        status="deceased",
    ),
)

A = HeldOutArticle
ARTICLES: tuple[HeldOutArticle, ...] = (
    # English.
    A("en", "follow_up", date(2026, 6, 12), 1402,
      "FUKUOKA (Kyodo) — A former Korean resident of Japan who was arrested by Thai police in Bangkok in January after fleeing North Korea arrived at Fukuoka Airport on Friday. "
      "Choe Kwang Nam, 82, grew up in Karatsu, Saga Prefecture, where he went by the name Mitsuo Arai, and left for the North in 1960 as a teenager. "
      "\"I did not think I would see Genkai Sea again,\" he told reporters, leaning on a cane."),
    A("en", "relative", date(2026, 2, 20), 1403,
      "Her father, Han Dong Sik, was a welder from Beppu who believed the posters promising a paradise. Han Myong Suk, born in Wonsan in 1965, buried him there in 1998. "
      "She crossed into China near Longjing in 2013 and has lived in Oita since the following year. \"I came back to the town he never stopped talking about,\" she said."),
    A("en", "life_story", None, 1405,
      "Kiyoshi Yamamoto was 27 when he followed his wife onto a ship bound for Chongjin. He had met Song Ok Sun at a textile mill in Wakayama. "
      "He spent 43 years in North Korea, most of them on a collective farm, before crossing into China. Now in his early 90s, he tends persimmon trees behind his sister's house in Wakayama."),
    A("en", "custody", date(2026, 10, 21), 1404,
      "ULAANBAATAR (AP) — Mongolian border police have detained a 30-year-old North Korean man who walked across the Gobi from China, a rights group said Wednesday. "
      "The man, Jon Yong Jin, was born in Haeju; his grandfather, Jon Sang Ho, moved to North Korea from Japan in the 1960s. The group asked Japan to accept him."),
    A("en", "refuge", date(2026, 6, 25), 1401,
      "SHENYANG, China (Kyodo) — An 87-year-old Japanese woman who fled North Korea has entered the Japanese Consulate General in Shenyang, weeks after being questioned by Chinese state security in the city, sources said. "
      "The woman, Toshiko Pak, née Abe, is from Yamagata Prefecture and went to the North in 1960."),
    A("en", "resettled", date(2026, 9, 3), 1403,
      "In a quiet neighbourhood of Oita city, Han Myong Suk, 61, runs a small kimchi shop. The daughter of a Korean returnee, she was born in Wonsan and has been in Japan since 2014."),
    A("en", "brief", date(2026, 1, 28), 1402,
      "Thai police in Bangkok detained a North Korean man, 81, who said he had lived in Saga, Japan, as a boy. No name was released."),
    A("en", "into_north", date(2026, 8, 30), None,
      "A delegation of 12 Japanese lawmakers and relatives flew from Beijing to Pyongyang on Saturday, the first such trip in years, hoping to visit the graves of Japanese wives who died in the North."),
    A("en", "court", None, None,
      "A Tokyo court on Tuesday dismissed a damages suit brought by four people who went to North Korea under the repatriation programme, ruling that the claims against the Pyongyang government fell outside Japanese jurisdiction. The plaintiffs, aged 61 to 85, plan to appeal."),
    A("en", "stranger_custody", date(2026, 5, 19), None,
      "Chinese police in Dalian have detained a North Korean woman in her early 60s born in Wonsan, activists said. The woman, Ri Sun Ok, is the daughter of a Japanese mother from Kyoto and had been hiding in the port city since last winter."),
    # Japanese.
    A("ja", "follow_up", date(2026, 6, 13), 1402,
      "【福岡】北朝鮮を脱出し、今年１月にタイ・バンコクで同国警察に拘束されていた元在日朝鮮人、崔光男さん（82）が12日、福岡空港に到着した。"
      "崔さんは佐賀県唐津市出身で、日本では「新井光男」の名で暮らしていた。昭和35年に帰還船で北朝鮮に渡った。"),
    A("ja", "relative", None, 1404,
      "「祖父は和歌山の港で働いていたと聞いた」。モンゴルで保護を求めている北朝鮮・海州出身の全勇進さん（30）について、韓国に住む親類がこう話した。祖父の全相浩さんは1960年代に日本から北朝鮮に渡った元在日朝鮮人だという。"),
    A("ja", "life_story", date(2026, 4, 29), 1405,
      "和歌山市の山本清さん（91）は昭和37年、朝鮮人の妻宋玉順さんと共に新潟港から帰還船に乗った。「妻を一人で行かせるわけにはいかなかった」。"
      "北朝鮮で43年を過ごし、平成17年に帰国。妻はその３年前に亡くなった。"),
    A("ja", "custody", date(2026, 4, 24), 1401,
      "中国遼寧省瀋陽で今月中旬、北朝鮮から逃れた山形県出身の80代の日本人女性が中国の国家安全当局に身柄を拘束された。関係者によると女性は朴トシ子さん（87）＝旧姓阿部＝で、1960年に帰還事業で北朝鮮に渡った。"),
    A("ja", "refuge", date(2026, 6, 25), 1401,
      "【瀋陽共同】山形県出身の日本人妻、阿部トシ子さん（87）が瀋陽の日本総領事館に保護されたことが分かった。阿部さんは４月に同市で中国当局の取り調べを受けていた。"),
    A("ja", "resettled", date(2026, 11, 18), 1405,
      "北朝鮮から平成17年に帰国した和歌山県出身の山本清さん（91）は、今も自宅で梅の木の手入れを欠かさない。"),
    A("ja", "brief", date(2026, 10, 21), 1404,
      "モンゴル当局がウランバートルで北朝鮮男性（30）を拘束。祖父が元在日朝鮮人という。"),
    A("ja", "group", date(2026, 3, 14), None,
      "帰還事業で北朝鮮に渡った日本人妻の親族らでつくる会が13日、山形市で集会を開き、安否確認を求める署名約１万２千筆を政府に提出すると決めた。"),
    A("ja", "obituary", date(2026, 7, 9), None,
      "中西ミツさん（なかにし・みつ＝帰還事業で北朝鮮に渡った弟の帰国を求め続けた）７日、老衰のため和歌山市内の病院で死去、94歳。"),
    A("ja", "couple", date(2026, 2, 7), None,
      "佐賀県出身の日本人妻と昭和35年に北朝鮮に渡った在日朝鮮人の夫（84）が、昨年末に中国大連で公安当局に拘束されていたことが分かった。妻は北朝鮮に残っているとみられる。"),
    # Korean.
    A("ko", "follow_up", date(2026, 6, 13), 1402,
      "올해 1월 태국 방콕에서 경찰에 붙잡혔던 재일동포 출신 탈북민 최광남(82) 씨가 12일 일본 후쿠오카공항에 도착했다. "
      "사가현 가라쓰 출신인 최 씨는 일본에서 아라이 미쓰오라는 이름으로 살았으며 1960년 북송선을 탔다."),
    A("ko", "relative", date(2026, 2, 21), 1403,
      "\"아버지는 벳푸 온천 이야기를 수도 없이 하셨어요.\" 원산에서 태어난 한명숙(61) 씨는 오이타현 출신 재일동포였던 아버지 한동식 씨를 이렇게 떠올렸다. 그는 2013년 룽징을 거쳐 탈북했다."),
    A("ko", "life_story", date(2026, 4, 30), 1405,
      "와카야마 출신 일본인 야마모토 기요시(91) 씨는 스물일곱이던 1962년 조선인 아내 송옥순 씨를 따라 북한으로 갔다. 43년을 북한에서 살다 2005년 일본으로 돌아왔다."),
    A("ko", "custody", date(2026, 10, 22), 1404,
      "(울란바토르=연합뉴스) 몽골 국경경비대가 중국에서 넘어온 북한 청년 전용진(30) 씨를 붙잡았다. 황해남도 해주 출신인 전 씨의 할아버지 전상호 씨는 일본에서 북송된 재일동포다."),
    A("ko", "refuge", None, 1401,
      "야마가타현 출신 일본인 처 박도시코(87·결혼 전 성 아베) 씨가 선양 주재 일본총영사관에 들어갔다. 박 씨는 앞서 선양에서 중국 국가안전 당국의 조사를 받았다."),
    A("ko", "resettled", date(2026, 9, 4), 1403,
      "오이타시에서 김치 가게를 하는 한명숙(61) 씨는 원산 출신으로 2014년 일본에 정착했다."),
    A("ko", "brief", date(2026, 6, 24), 1401,
      "선양 日총영사관에 일본인 처 박모(87) 씨 진입."),
    A("ko", "general", None, None,
      "일본 정부가 북송 재일동포와 그 자녀의 귀국 지원을 위한 전담 창구를 외무성에 신설하기로 했다. 현재 일본에 정착한 관련 탈북민은 200명가량으로 추산된다."),
    A("ko", "stranger_custody", date(2026, 9, 15), None,
      "해주 출신 30세 탈북 남성 류성철 씨가 지난해 겨울 울란바토르에서 몽골 당국에 붙잡혔다가 최근 한국으로 왔다. 할머니가 일본인 처였다."),
    A("ko", "into_north", date(2026, 8, 31), None,
      "일본 의원과 일본인 처 유족 등 12명이 30일 베이징을 거쳐 평양에 들어갔다. 북한에서 숨진 일본인 처들의 묘소 참배가 목적이다."),
)  # fmt: skip
