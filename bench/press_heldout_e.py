# ruff: noqa: RUF001, E501 - articles are kept as written, one per line.
"""A fifth held-out set (E): English, Japanese and Korean, written after the last rule change, run once.

Same form as ``bench/press_heldout.py``. Evaluated with
``bench/monitor_independent.py --set e``.
"""

from __future__ import annotations

from datetime import date

from bench.press_heldout import HeldOutArticle, HeldOutCase, _case
from hogo.monitor.scoring import EventFacts, NameFacts

E = EventFacts
CASES: tuple[HeldOutCase, ...] = (
    _case(
        81,
        sex="F",
        born=date(1936, 1, 1),
        birthplace="長崎県",
        category="japanese_spouse",
        names=(NameFacts("吉田", "ツル", ""),),
        events=(
            E(date(1959, 12, 1), "location", "KP", "", "self"),
            E(date(2003, 11, 1), "location", "CN", "Yanji, Jilin", "ngo_safe_house"),
            E(date(2004, 1, 1), "location", "CN", "Beijing", "diplomatic_mission"),
        ),
    ),
    _case(
        82,
        sex="M",
        born=date(1947, 1, 1),
        birthplace="神奈川県横浜市",
        category="former_resident",
        names=(NameFacts("辛", "光洙", ""),),
        events=(
            E(date(1961, 1, 1), "location", "KP", "", "self"),
            E(date(2006, 10, 1), "location", "CN", "Tumen, Jilin", "host_security"),
        ),
    ),
    _case(
        83,
        sex="F",
        born=date(1964, 1, 1),
        birthplace="咸鏡北道 茂山",
        category="descendant",
        names=(NameFacts("許", "貞淑", ""), NameFacts("許", "フミ", "mother")),
        events=(
            E(date(2013, 6, 1), "location", "CN", "Changbai, Jilin", "broker"),
            E(date(2013, 12, 1), "location", "TH", "Bangkok", "host_police"),
        ),
        relations=frozenset({"mother"}),
    ),
    _case(
        84,
        sex="F",
        born=date(1942, 1, 1),
        birthplace="富山県",
        category="japanese_spouse",
        names=(NameFacts("前田", "和枝", ""),),
        events=(
            E(date(1962, 1, 1), "location", "KP", "", "self"),
            E(date(2009, 4, 1), "location", "CN", "Dandong, Liaoning", "broker"),
            E(date(2009, 9, 1), "location", "JP", "埼玉県川口市", "self"),
        ),
        status="resettlement",
    ),
    # Decoys.
    _case(
        91,
        sex="F",
        born=date(1936, 1, 1),
        birthplace="熊本県",
        category="japanese_spouse",
        names=(NameFacts("村上", "ハツ", ""),),
        events=(
            E(date(1960, 1, 1), "location", "KP", "", "self"),
            E(date(2004, 2, 1), "location", "CN", "Yanji, Jilin", "ngo_safe_house"),
        ),
    ),
    _case(
        92,
        sex="M",
        born=date(1947, 1, 1),
        birthplace="神奈川県川崎市",
        category="former_resident",
        names=(NameFacts("文", "在浩", ""),),
        events=(E(date(1961, 1, 1), "location", "KP", "", "self"),),
        status="withdrawn",
    ),
    _case(
        93,
        sex="F",
        born=date(1942, 1, 1),
        birthplace="埼玉県",
        category="japanese_spouse",
        names=(NameFacts("清水", "トメ", ""),),
        events=(
            E(date(1961, 1, 1), "location", "KP", "", "self"),
            E(date(2009, 5, 1), "location", "CN", "Shenyang, Liaoning", "host_security"),
        ),
    ),
    _case(
        94,
        sex="F",
        born=date(1964, 1, 1),
        birthplace="東京都",
        category="japanese_national",
        names=(NameFacts("井上", "早苗", ""),),
        events=(E(date(2012, 1, 1), "location", "CN", "Dandong, Liaoning", "self"),),
    ),
)

A = HeldOutArticle
ARTICLES: tuple[HeldOutArticle, ...] = (
    A("en", "refuge", date(2004, 2, 26), 81,
      "An elderly Japanese woman who left Nagasaki for North Korea in December 1959 has been sheltering at the Japanese Embassy in Beijing since January, officials said on condition of anonymity. "
      "The woman, 68, spent two months with a Korean-Chinese family in Yanji after escaping late last year."),
    A("ja", "refuge", date(2004, 2, 26), 81,
      "長崎県出身の日本人妻（68）が1月から北京の日本大使館に保護されていることが関係者への取材で分かった。1959年12月の帰還船で北朝鮮に渡り、昨年11月に脱北、延吉の朝鮮族の家庭にかくまわれていた。"),
    A("ko", "refuge", date(2004, 2, 26), 81,
      "나가사키현 출신의 일본인 처(68)가 1월부터 베이징 주재 일본 대사관의 보호를 받고 있다. 그녀는 1959년 12월 북송선을 타고 북한에 건너갔으며, 지난해 11월 탈북해 옌지에 숨어 지냈다."),
    A("en", "custody", date(2006, 11, 21), 82,
      "A man who grew up in Yokohama and was taken to North Korea as a 14-year-old in 1961 has been arrested by Chinese state security in Tumen, according to a support group for former Korean residents of Japan. "
      "Now 59, he had been trying to reach South Korea."),
    A("ja", "custody", date(2006, 11, 21), 82,
      "横浜市で育ち、1961年に14歳で北朝鮮へ渡った元在日朝鮮人の男性（59）が先月、図們で中国の国家安全当局に拘束された。支援団体が明らかにした。"),
    A("ko", "custody", date(2006, 11, 21), 82,
      "요코하마에서 자란 재일교포 출신 탈북자(59)가 지난달 중국 투먼에서 국가안전 당국에 체포됐다고 지원단체가 밝혔다. 그는 1961년 열네 살 때 북한으로 건너갔다."),
    A("en", "relative", date(2014, 2, 3), 83,
      "Thai immigration police in Bangkok are holding a woman in her late 40s whose mother, a Japanese woman, moved to North Korea in 1960. "
      "She was born in Musan and crossed into China near Changbai last June with a broker's help."),
    A("ja", "relative", date(2014, 2, 3), 83,
      "母親が日本人妻だという40代後半の女性が、バンコクでタイの入管当局に拘束されている。女性は茂山生まれで、昨年6月にブローカーの手引きで長白から中国に入った。"),
    A("ko", "relative", date(2014, 2, 3), 83,
      "어머니가 일본인인 40대 후반 탈북 여성이 방콕에서 태국 이민국 경찰에 구금돼 있다. 무산에서 태어난 그는 지난해 6월 브로커의 도움으로 창바이를 통해 중국에 들어갔다."),
    A("en", "resettled", date(2010, 5, 17), 84,
      "Kazue, a 68-year-old Toyama native, now lives in Kawaguchi, Saitama Prefecture. She sailed to North Korea in 1962 and returned last September after a broker took her across the Yalu to Dandong."),
    A("ja", "resettled", date(2010, 5, 17), 84,
      "埼玉県川口市で暮らす富山県出身の前田和枝さん（68）は1962年に北朝鮮へ渡り、昨年9月、48年ぶりに帰国した。"),
    A("ko", "resettled", date(2010, 5, 17), 84,
      "도야마현 출신으로 사이타마현 가와구치시에 사는 일본인 처(68)는 1962년 북한으로 건너갔다가 지난해 9월 일본으로 돌아왔다."),
    A("en", "into_north", date(2012, 3, 8), None,
      "A 48-year-old Tokyo woman slipped into North Korea from Dandong in January, saying she wanted to live with her Korean husband, Chinese sources said."),
    A("ja", "into_north", date(2012, 3, 8), None,
      "東京都出身の女性（48）が1月、丹東から北朝鮮に入国し、朝鮮人の夫のもとに身を寄せたとみられる。"),
    A("ko", "into_north", date(2012, 3, 8), None,
      "도쿄 출신 일본인 여성(48)이 1월 단둥을 거쳐 북한으로 들어갔다고 중국 소식통이 전했다."),
    A("en", "group", date(1998, 1, 28), None,
      "Twelve Japanese wives living in North Korea, aged 58 to 80, returned to their hometowns this week for the second group visit, most of them for the first time in nearly 40 years."),
    A("ja", "group", date(1998, 1, 28), None,
      "北朝鮮に住む日本人妻12人（58～80歳）が第2次里帰りで帰国し、それぞれの故郷を訪ねた。"),
    A("ko", "general", date(2004, 2, 26), None,
      "일본 외무성은 탈북한 일본인 처 수십 명을 보호했다고 밝혔지만 구체적인 인원과 시기는 공개하지 않았다."),
)  # fmt: skip
