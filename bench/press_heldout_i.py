# ruff: noqa: RUF001, E501 - articles are kept as written, one per line.
"""A ninth held-out set (I): English, Japanese and Korean, written before the fixes for set H's misses, run once after them.

Same form as ``bench/press_heldout.py``: a Japanese wife from Kagoshima held
near the Tumen and then flown to Japan (a follow-up with her name in each
script), a Japanese wife's daughter who reached Japan and lives in Osaka, a
returnee's life story told from Osaka to Tokyo, a Japanese wife from Akita
caught in Changbai, with decoys sharing their facts, group visits, policy
stories and people going back into the North. Names are invented. Evaluated
with ``bench/monitor_independent.py --set i``.
"""

from __future__ import annotations

from datetime import date

from bench.press_heldout import HeldOutArticle, HeldOutCase, _case
from hogo.monitor.scoring import EventFacts, NameFacts

E = EventFacts
CASES: tuple[HeldOutCase, ...] = (
    # 401: a Japanese wife from Kagoshima, went in 1960, held in Tumen in 2025, flown to Japan.
    _case(
        401,
        sex="F",
        born=date(1940, 1, 1),
        birthplace="鹿児島県",
        category="japanese_spouse",
        names=(NameFacts("中村", "和子", ""),),
        events=(
            E(date(1960, 8, 1), "location", "KP", "", "self"),
            E(date(2025, 2, 1), "location", "CN", "Tumen, Jilin", "host_police"),
            E(date(2025, 6, 1), "location", "JP", "東京都", "self"),
        ),
    ),
    # 402: the daughter of a Japanese wife, born in Hamhung in 1968, came to Japan in 2012, lives in Osaka.
    _case(
        402,
        sex="F",
        born=date(1968, 1, 1),
        birthplace="咸鏡南道 咸興",
        category="descendant",
        names=(NameFacts("崔", "美玲", ""),),
        events=(E(date(2012, 5, 1), "location", "JP", "大阪府", "self"),),
        relations=frozenset({"mother"}),
        status="resettlement",
    ),
    # 403: born in Osaka in 1944, went in 1962 aged 18, out in 2003, lives in Tokyo.
    _case(
        403,
        sex="M",
        born=date(1944, 1, 1),
        birthplace="大阪府大阪市",
        category="former_resident",
        names=(NameFacts("文", "英一", ""),),
        events=(
            E(date(1962, 4, 1), "location", "KP", "", "self"),
            E(date(2003, 7, 1), "location", "JP", "東京都", "self"),
        ),
        status="resettlement",
    ),
    # 404: a Japanese wife from Akita, went in 1961, caught in Changbai in 2025.
    _case(
        404,
        sex="F",
        born=date(1941, 1, 1),
        birthplace="秋田県",
        category="japanese_spouse",
        names=(NameFacts("佐々木", "春子", ""),),
        events=(
            E(date(1961, 5, 1), "location", "KP", "", "self"),
            E(date(2025, 3, 1), "location", "CN", "Changbai, Jilin", "host_police"),
        ),
    ),
    # Decoys.
    _case(
        411,
        sex="F",
        born=date(1940, 1, 1),
        birthplace="鹿児島県",
        category="japanese_spouse",
        names=(NameFacts("松本", "ハナ", ""),),
        events=(E(date(1961, 2, 1), "location", "KP", "", "self"),),
    ),
    _case(
        412,
        sex="F",
        born=date(1968, 1, 1),
        birthplace="咸鏡南道 咸興",
        category="descendant",
        names=(NameFacts("金", "順姫", ""),),
        events=(E(date(2019, 9, 1), "location", "CN", "Yanji, Jilin", "host_police"),),
        relations=frozenset({"father"}),
    ),
    _case(
        413,
        sex="M",
        born=date(1944, 1, 1),
        birthplace="大阪府",
        category="former_resident",
        names=(NameFacts("安", "昌洙", ""),),
        events=(E(date(1962, 6, 1), "location", "KP", "", "self"),),
        status="deceased",
    ),
    _case(
        414,
        sex="F",
        born=date(1941, 1, 1),
        birthplace="秋田県",
        category="japanese_spouse",
        names=(NameFacts("伊藤", "トミ", ""),),
        events=(
            E(date(1961, 9, 1), "location", "KP", "", "self"),
            E(date(2023, 10, 1), "location", "CN", "Dandong, Liaoning", "broker"),
        ),
    ),
    _case(
        415,
        sex="M",
        born=date(1944, 1, 1),
        birthplace="兵庫県",
        category="former_resident",
        names=(NameFacts("河", "基男", ""),),
        events=(
            E(date(1963, 1, 1), "location", "KP", "", "self"),
            E(date(2006, 3, 1), "location", "JP", "東京都", "self"),
        ),
        status="resettlement",
    ),
)

A = HeldOutArticle
ARTICLES: tuple[HeldOutArticle, ...] = (
    A("en", "follow_up", date(2025, 6, 20), 401,
      "Kazuko Nakamura, an 85-year-old Japanese woman detained by Chinese police in Tumen in February after fleeing North Korea, returned to Japan this week, a government source said. "
      "Nakamura, a native of Kagoshima, went to the North in 1960 with her Korean husband under the repatriation programme."),
    A("ja", "follow_up", date(2025, 6, 20), 401,
      "2月に中国吉林省図們で公安当局に拘束された鹿児島県出身の日本人妻、中村和子さん（85）が今週、日本に帰国した。中村さんは1960年、在日朝鮮人の夫と共に帰還事業で北朝鮮に渡った。"),
    A("ko", "follow_up", date(2025, 6, 20), 401,
      "지난 2월 중국 투먼에서 공안에 구금됐던 가고시마현 출신 일본인 처 나카무라 가즈코(85) 씨가 이번 주 일본으로 귀국했다. 나카무라 씨는 1960년 재일조선인 남편과 함께 북송선을 타고 북한으로 건너갔다."),
    A("en", "relative", date(2025, 4, 8), 402,
      "Born in Hamhung in 1968 to a Japanese mother who had gone North with her husband, the 57-year-old woman reached Japan in 2012 and now lives in Osaka, where she works at a care home."),
    A("ja", "relative", date(2025, 4, 8), 402,
      "母親が日本人妻だという咸興出身の女性（57）は2012年に日本にたどり着き、今は大阪府内の介護施設で働いている。"),
    A("ko", "relative", date(2025, 4, 8), 402,
      "어머니가 일본인 처였던 함흥 출신 여성(57)은 2012년 일본에 정착해 지금은 오사카의 요양시설에서 일한다."),
    A("en", "life_story", date(2025, 10, 1), 403,
      "Born in Osaka in 1944, he boarded a repatriation ship in 1962, aged 18, believing the promise of a paradise. "
      "He escaped in 2003 and has lived in Tokyo ever since."),
    A("ja", "life_story", date(2025, 10, 1), 403,
      "1944年大阪市生まれ。18歳だった1962年、「地上の楽園」を信じて帰国船に乗った。2003年に脱北し、以来東京で暮らしている。"),
    A("ko", "life_story", date(2025, 10, 1), 403,
      "1944년 오사카 태생인 그는 1962년 18세 때 '지상낙원'이라는 말을 믿고 북송선에 올랐다. 2003년 탈북해 이후 도쿄에서 살고 있다."),
    A("en", "custody", date(2025, 4, 15), 404,
      "Haruko Sasaki, 84, who was born in Akita and went to North Korea in 1961, was detained by Chinese police in Changbai county in March, according to a Tokyo-based group that supports returnees."),
    A("ja", "custody", date(2025, 4, 15), 404,
      "秋田県出身の日本人妻、佐々木春子さん（84）が3月、中国吉林省長白県で公安当局に拘束されたことが、支援団体への取材で分かった。佐々木さんは1961年に北朝鮮へ渡った。"),
    A("ko", "custody", date(2025, 4, 15), 404,
      "1961년 북한으로 건너간 아키타현 출신 일본인 처 사사키 하루코(84) 씨가 지난 3월 중국 창바이현에서 공안에 구금됐다고 도쿄의 지원단체가 밝혔다."),
    A("en", "group", date(2025, 10, 1), None,
      "About 20 former residents of North Korea now living in Japan, most in their 70s and 80s, gathered in Osaka on Sunday to call for a new investigation into the repatriation programme."),
    A("en", "into_north", date(2025, 4, 15), None,
      "A Japanese-born man who returned to North Korea from China last year after living in Tokyo for a decade has been seen on state television, a monitoring group said."),
    A("ja", "group", date(2025, 6, 20), None,
      "帰還事業で北朝鮮に渡った日本人妻の家族会が鹿児島市で集会を開き、70代から90代の会員ら約30人が早期の帰国実現を訴えた。"),
    A("ja", "general", date(2025, 4, 8), None,
      "政府は、北朝鮮から脱出して日本に定住した人の生活支援について、来年度から対象を配偶者の子や孫にも広げる方針を固めた。"),
    A("ko", "into_north", date(2025, 10, 1), None,
      "일본 도쿄에서 살던 탈북민 출신 60대 남성이 중국 단둥을 거쳐 북한으로 재입북한 것으로 확인됐다."),
    A("ko", "general", date(2025, 4, 15), None,
      "일본 정부가 북송 사업으로 북한에 건너간 재일동포와 일본인 처의 실태 조사를 올해 안에 시작하기로 했다."),
)  # fmt: skip
