# ruff: noqa: RUF001, E501 - articles are kept as written, one per line.
"""A fourteenth held-out set (N): English, Japanese and Korean, written before the scorer saw it, to be run once, later.

Same form as ``bench/press_heldout.py`` and the shape of sets J to M: five
cases and five decoys, thirty articles. The cases: a Japanese wife from
Shimane recorded under her maiden and married names, held in Dandong and
flown to Japan; a grandchild born in Hyesan whose grandmother came from
Kagawa, resettled in Osaka; a former resident from Tottori known by a Japanese
alias, 46 years in the North, living in Okayama now; a son born in Chongjin to
a wife from Miyagi, held in Yanji; a Japanese husband from Iwate who reached
the embassy in Hanoi. The decoys share their birth year, prefecture or
birthplace, departure year or place of custody (one deceased, one withdrawn).
Articles about nobody: a petition, a stranger held in Yanji with a decoy's
facts, an obituary, a visit into the North, a court case, a husband who is no
case, a policy story and a stranger in Dandong. Names are invented. Written
from the cases' facts alone, without the scorer, its tests or its
explanations; to be evaluated once, later, with
``bench/monitor_independent.py --set n``. That first run is the only one that
counts.
"""

from __future__ import annotations

from datetime import date

from bench.press_heldout import HeldOutArticle, HeldOutCase, _case
from hogo.monitor.scoring import EventFacts, NameFacts

E = EventFacts
CASES: tuple[HeldOutCase, ...] = (
    # 1301: a Japanese wife from Shimane (maiden name Ishikawa, married name Kim), went 1961,
    # held by Chinese police in Dandong in February 2026, flown to Japan in May 2026.
    _case(
        1301,
        sex="F",
        born=date(1942, 1, 1),
        birthplace="島根県",
        category="japanese_spouse",
        names=(
            NameFacts("石川", "節子", ""),
            NameFacts("金", "節子", ""),
            NameFacts("金", "永洙", "husband"),
        ),
        events=(
            E(date(1961, 7, 1), "location", "KP", "", "self"),
            E(date(2026, 2, 1), "location", "CN", "Dandong, Liaoning", "host_police"),
            E(date(2026, 5, 1), "location", "JP", "島根県", "self"),
        ),
        relations=frozenset({"husband"}),
        status="arrived",
    ),
    # 1302: a grandchild, born in Hyesan in 1991; grandmother a Japanese wife from Kagawa;
    # crossed at Changbai in 2017, in Japan since 2019, lives in Osaka.
    _case(
        1302,
        sex="F",
        born=date(1991, 1, 1),
        birthplace="両江道 恵山",
        category="descendant",
        names=(NameFacts("朴", "恩貞", ""), NameFacts("小西", "キヨ", "grandmother")),
        events=(
            E(date(2017, 11, 1), "location", "CN", "Changbai, Jilin", "broker"),
            E(date(2019, 10, 1), "location", "JP", "大阪府", "self"),
        ),
        relations=frozenset({"grandmother"}),
        status="resettlement",
    ),
    # 1303: a former resident born in Tottori in 1946, Japanese alias Iwamoto Masao,
    # went in 1963 aged 17, out in 2009 after 46 years, lives in Okayama.
    _case(
        1303,
        sex="M",
        born=date(1946, 1, 1),
        birthplace="鳥取県米子市",
        category="former_resident",
        names=(NameFacts("李", "正雄", ""), NameFacts("岩本", "正雄", "")),
        events=(
            E(date(1963, 5, 1), "location", "KP", "", "self"),
            E(date(2009, 9, 1), "location", "JP", "岡山県", "self"),
        ),
        status="resettlement",
    ),
    # 1304: the son of a Japanese wife from Miyagi, born in Chongjin in 1970, held in Yanji in 2026.
    _case(
        1304,
        sex="M",
        born=date(1970, 1, 1),
        birthplace="咸鏡北道 清津",
        category="descendant",
        names=(NameFacts("姜", "哲浩", ""), NameFacts("姜", "ミツ", "mother")),
        events=(E(date(2026, 8, 1), "location", "CN", "Yanji, Jilin", "host_police"),),
        relations=frozenset({"mother"}),
    ),
    # 1305: a Japanese husband from Iwate, born 1938, went in 1960 with his Korean wife,
    # reached the Japanese embassy in Hanoi in September 2026.
    _case(
        1305,
        sex="M",
        born=date(1938, 1, 1),
        birthplace="岩手県",
        category="japanese_spouse",
        names=(NameFacts("佐藤", "勝男", ""), NameFacts("韓", "順子", "wife")),
        events=(
            E(date(1960, 3, 1), "location", "KP", "", "self"),
            E(date(2026, 9, 1), "location", "VN", "Hanoi", "diplomatic_mission"),
        ),
    ),
    # Decoys.
    _case(
        1311,
        sex="F",
        born=date(1942, 1, 1),
        birthplace="島根県",
        category="japanese_spouse",
        names=(NameFacts("渡部", "フミ", ""),),
        events=(E(date(1961, 10, 1), "location", "KP", "", "self"),),
        status="deceased",
    ),
    _case(
        1312,
        sex="F",
        born=date(1991, 1, 1),
        birthplace="両江道 恵山",
        category="descendant",
        names=(NameFacts("金", "星愛", ""),),
        events=(E(date(2024, 6, 1), "location", "CN", "Changbai, Jilin", "host_police"),),
        relations=frozenset({"grandmother"}),
    ),
    _case(
        1313,
        sex="M",
        born=date(1946, 1, 1),
        birthplace="鳥取県",
        category="former_resident",
        names=(NameFacts("高", "秀吉", ""),),
        events=(E(date(1963, 8, 1), "location", "KP", "", "self"),),
        status="withdrawn",
    ),
    _case(
        1314,
        sex="M",
        born=date(1970, 1, 1),
        birthplace="咸鏡北道 清津",
        category="descendant",
        names=(NameFacts("申", "光日", ""),),
        events=(E(date(2026, 7, 1), "location", "CN", "Yanji, Jilin", "host_police"),),
        relations=frozenset({"father"}),
    ),
    _case(
        1315,
        sex="M",
        born=date(1938, 1, 1),
        birthplace="岩手県",
        category="japanese_spouse",
        names=(NameFacts("千葉", "利夫", ""),),
        events=(
            E(date(1960, 6, 1), "location", "KP", "", "self"),
            E(date(2026, 4, 1), "location", "LA", "Vientiane", "host_police"),
        ),
    ),
)

A = HeldOutArticle
ARTICLES: tuple[HeldOutArticle, ...] = (
    # English.
    A("en", "follow_up", date(2026, 5, 22), 1301,
      "MATSUE, Japan (AP) — Setsuko Kim stepped off a domestic flight at Izumo airport on Thursday, three months after Chinese police picked her up in the border city of Dandong. "
      "Kim, 84, who was born Setsuko Ishikawa in a fishing village in Shimane Prefecture, sailed to North Korea in 1961 with her husband, Kim Yong Su, a Korean resident of Japan. "
      "\"She kept asking whether the sea still smelled the same,\" said a nephew who met her at the gate. She will live with relatives in Matsue."),
    A("en", "relative", None, 1302,
      "My grandmother never told anyone in Hyesan that she had grown up among the olive groves of Shodoshima, in Kagawa. Kiyo Konishi went North as a bride and died there when I was nine. "
      "Park Eun-jeong, 35, who crossed the Yalu at Changbai in 2017 and reached Japan two years later, now works as an interpreter in Osaka. She is writing down the few Japanese songs her grandmother taught her."),
    A("en", "life_story", date(2026, 3, 9), 1303,
      "For 46 years he answered to Ri Jong Ung. In Yonago, where he was born just after the war, neighbours had called him Masao Iwamoto. "
      "He boarded a repatriation ship at Niigata at 17, spent most of his working life at a cement plant in South Hamgyong, and got out in 2009. "
      "Now 80 and living alone in Okayama, Lee says he still dreams in Korean but counts in Japanese."),
    A("en", "custody", date(2026, 8, 27), 1304,
      "SEOUL, Aug. 27 (Yonhap) — Chinese police in Yanji have detained a North Korean man in his mid-50s whose mother is Japanese, an aid group said Thursday. "
      "The man, identified as Kang Chol Ho, was born in Chongjin and crossed the Tumen River earlier this month. His mother, Mitsu, went to the North from Miyagi Prefecture. "
      "The group urged Tokyo to intervene before he is sent back."),
    A("en", "refuge", date(2026, 9, 18), 1305,
      "HANOI (Kyodo) — An 88-year-old Japanese man who went to North Korea in 1960 with his Korean wife has taken refuge at the Japanese Embassy in Hanoi, diplomatic sources said Friday. "
      "The man, Katsuo Sato from Iwate Prefecture, travelled overland through China and Laos over several weeks. Officials are discussing his transfer to Japan with Vietnamese authorities."),
    A("en", "resettled", date(2026, 11, 2), 1303,
      "Masao Lee, 80, a former Korean resident of Japan who spent nearly half a century in North Korea, has lived in Okayama since 2009. "
      "He volunteers twice a week at a community centre, helping newer arrivals fill in ward office forms."),
    A("en", "brief", None, 1304,
      "Yanji police are holding a 56-year-old man surnamed Kang, born in North Korea to a Japanese mother, activists said."),
    A("en", "group", date(2026, 6, 14), None,
      "About 40 relatives of Japanese women who went to North Korea decades ago delivered a petition to the Shimane prefectural government on Saturday, asking it to press Tokyo for a survey of those still alive. "
      "Most of the petitioners are in their 60s and 70s; many have not heard from their aunts or sisters since the 1990s."),
    A("en", "stranger_custody", date(2026, 7, 30), None,
      "A 56-year-old North Korean man born in Chongjin was detained in Yanji this week, according to a Seoul-based monitoring group. The man, named as Ryu Myong Guk, is the son of a Korean returnee from Osaka; his father died in the North in 2011."),
    A("en", "obituary", date(2026, 2, 3), None,
      "Haruyo Fujita, who spent two decades campaigning for Japanese wives stranded in North Korea after her own sister sailed from Niigata in 1961, died on Jan. 29 in Izumo. She was 86."),
    # Japanese.
    A("ja", "follow_up", date(2026, 5, 22), 1301,
      "【松江】中国遼寧省丹東で今年２月、中国公安当局に身柄を拘束された島根県出身の日本人妻、金節子さん（84）＝旧姓石川＝が21日、出雲空港に到着した。"
      "金さんは昭和36年、在日朝鮮人の夫金永洙さんと共に帰還船で北朝鮮に渡った。空港で出迎えたおいは「65年ぶりの古里。ゆっくり休ませたい」と話した。"),
    A("ja", "relative", date(2026, 4, 11), 1302,
      "祖母は香川県の小豆島出身だった――。北朝鮮・恵山で生まれ、2019年に来日した朴恩貞さん（35）が大阪市内で講演し、帰還事業で海を渡った祖母小西キヨさんの思い出を語った。"
      "朴さんは平成29年、長白から中国に渡り、2年後に日本にたどり着いた。"),
    A("ja", "life_story", None, 1303,
      "鳥取県米子市で生まれた岩本正雄さん（80）は、17歳で新潟から帰還船に乗った。本名は李正雄。北朝鮮では46年間、セメント工場などで働いた。"
      "「日本語を忘れないよう、毎晩、頭の中で米子の町を歩いた」。2009年に脱出し、今は岡山県内で一人暮らしをしている。"),
    A("ja", "custody", date(2026, 8, 27), 1304,
      "中国吉林省延吉市で今月中旬、北朝鮮から脱出した50代の男性が公安当局に拘束されたことが分かった。支援団体によると、男性は清津出身の姜哲浩さん（56）で、母親のミツさんは宮城県出身の日本人妻。団体は日本政府に保護を求めている。"),
    A("ja", "refuge", date(2026, 9, 18), 1305,
      "【ハノイ共同】外交筋によると、1960年に朝鮮人の妻と北朝鮮に渡った岩手県出身の佐藤勝男さん（88）が、ベトナムの首都ハノイにある日本大使館に保護を求めて駆け込んだ。日本政府はベトナム当局と出国に向けた調整を進めている。"),
    A("ja", "resettled", date(2026, 10, 5), 1302,
      "大阪市生野区の日本語教室で講師を務める朴恩貞さん（35）。北朝鮮北部の恵山で育ち、祖母は日本人妻だった。来日して７年、「ここが私の家」と笑う。"),
    A("ja", "brief", None, 1305,
      "ハノイの日本大使館に80代の日本人男性が保護を求めた。岩手県出身で、北朝鮮から逃れてきたという。"),
    A("ja", "into_north", date(2026, 8, 16), None,
      "在日本朝鮮人総聯合会の訪問団約30人が15日、北京経由で平壌に入った。訪問団には帰還事業で北朝鮮に渡った親族を訪ねる70代、80代の在日朝鮮人が含まれる。"),
    A("ja", "court", date(2026, 3, 25), None,
      "帰還事業で北朝鮮に渡り、後に脱出した男女５人が北朝鮮政府に損害賠償を求めた訴訟の控訴審で、東京高裁は24日、一審判決を支持し、原告側の控訴を棄却した。原告は60代から80代で、「地上の楽園」との宣伝にだまされたと訴えていた。"),
    A("ja", "couple", date(2026, 6, 2), None,
      "鳥取県出身の日本人の妻と昭和38年に北朝鮮へ渡った在日朝鮮人の男性（89）が、先月下旬、中国延吉市の知人宅で死亡していたことが関係者への取材で分かった。男性は妻を北朝鮮に残し、昨年単身で脱出していた。"),
    # Korean.
    A("ko", "follow_up", date(2026, 5, 23), 1301,
      "지난 2월 중국 단둥에서 공안에 붙잡혔던 일본인 처 김절자(84·일본명 이시카와 세쓰코) 씨가 21일 일본 시마네현 고향에 도착했다. "
      "김 씨는 1961년 재일조선인 남편 김영수 씨를 따라 북송선에 올랐다. 마중 나온 조카는 \"65년 만에 돌아온 고향\"이라며 눈시울을 붉혔다."),
    A("ko", "relative", date(2026, 4, 12), 1302,
      "\"할머니는 늘 올리브 나무 이야기를 하셨어요.\" 양강도 혜산에서 태어나 2019년 일본에 정착한 박은정(35) 씨는 가가와현 쇼도시마 출신 일본인 처였던 할머니 고니시 기요 씨를 이렇게 기억했다."),
    A("ko", "life_story", date(2026, 3, 10), 1303,
      "돗토리현 요나고에서 태어난 리정웅(80) 씨는 열일곱 살이던 1963년 니가타항에서 북송선을 탔다. 일본에서는 이와모토 마사오로 불렸다. "
      "북한에서 46년을 보낸 뒤 2009년 탈북해 지금은 오카야마현에 산다."),
    A("ko", "custody", date(2026, 8, 28), 1304,
      "(서울=연합뉴스) 일본인 어머니를 둔 50대 탈북민 남성이 중국 옌지에서 공안에 체포됐다고 대북 단체가 28일 밝혔다. "
      "청진 출신 강철호(56) 씨로, 어머니 강미쓰 씨는 미야기현 출신의 일본인 처다. 단체는 강제북송 가능성이 있다고 우려했다."),
    A("ko", "refuge", None, 1305,
      "1960년 한국인 아내와 함께 북한으로 건너갔던 이와테현 출신 일본인 남성 사토 가쓰오(88) 씨가 베트남 하노이 주재 일본대사관에 진입했다고 외교 소식통이 전했다. 중국과 라오스를 거쳐 육로로 이동한 것으로 알려졌다."),
    A("ko", "resettled", date(2026, 11, 3), 1303,
      "북송 사업으로 북한에 갔다가 2009년 돌아온 재일동포 출신 리정웅(80) 씨는 오카야마에서 새로 온 탈북민들의 관공서 서류 작성을 돕고 있다."),
    A("ko", "brief", date(2026, 2, 20), 1301,
      "중국 단둥에서 일본인 처 김모(84) 씨가 공안에 구금됐다. 시마네현 출신이다."),
    A("ko", "general", date(2026, 7, 8), None,
      "통일부에 따르면 올해 상반기 국내에 입국한 탈북민은 98명으로, 이 가운데 60대 이상이 21명이었다. 일본 출신 북송 재일동포의 자녀가 포함됐는지는 공개되지 않았다."),
    A("ko", "stranger_custody", date(2026, 4, 20), None,
      "이와테현 출신으로 1960년 북송선을 탄 80대 일본인 남성이 지난달 중국 단둥에서 체포됐다고 데일리NK가 전했다. 이 남성의 이름은 오노 시게루로 알려졌다."),
    A("ko", "obituary", date(2026, 1, 15), None,
      "재일동포 북송 피해자 모임을 이끌어 온 문경호 씨가 13일 도쿄에서 별세했다. 향년 89세. 문 씨는 1960년 북송선을 탔다가 2003년 탈북했다."),
)  # fmt: skip
