# ruff: noqa: RUF001, E501 - Japanese punctuation; articles are kept as written, one per line.
"""A second held-out set (B), written after the rules and never used to change them.

Same form as ``bench/press_heldout.py``; other people, other cities, other
phrasings. Evaluated with ``bench/monitor_independent.py --set b``.
"""

from __future__ import annotations

from datetime import date

from bench.press_heldout import HeldOutArticle, HeldOutCase, _case
from hogo.monitor.scoring import EventFacts, NameFacts

E = EventFacts
CASES: tuple[HeldOutCase, ...] = (
    _case(
        21,
        sex="F",
        born=date(1934, 1, 1),
        birthplace="秋田県",
        category="japanese_spouse",
        names=(NameFacts("小野寺", "ハナ", ""),),
        events=(
            E(date(1960, 3, 1), "location", "KP", "", "self"),
            E(date(2004, 8, 1), "location", "CN", "Yanbian, Jilin", "broker"),
            E(date(2004, 10, 1), "location", "CN", "Beijing", "diplomatic_mission"),
        ),
    ),
    _case(
        22,
        sex="M",
        born=date(1951, 1, 1),
        birthplace="東京都足立区",
        category="former_resident",
        names=(NameFacts("康", "明植", ""),),
        events=(
            E(date(1962, 1, 1), "location", "KP", "", "self"),
            E(date(2007, 2, 1), "location", "CN", "Changbai, Jilin", "self"),
            E(date(2007, 6, 1), "location", "TH", "Bangkok", "host_police"),
        ),
    ),
    _case(
        23,
        sex="F",
        born=date(1945, 1, 1),
        birthplace="福岡県北九州市",
        category="japanese_spouse",
        names=(NameFacts("森", "千代子", ""),),
        events=(
            E(date(1963, 1, 1), "location", "KP", "", "self"),
            E(date(2011, 5, 1), "location", "CN", "Shenyang, Liaoning", "ngo_safe_house"),
            E(date(2012, 3, 1), "location", "JP", "大阪府東大阪市", "self"),
        ),
        status="resettlement",
    ),
    _case(
        24,
        sex="F",
        born=date(1970, 1, 1),
        birthplace="咸鏡南道 咸興",
        category="descendant",
        names=(NameFacts("崔", "順愛", ""), NameFacts("崔", "ミヨ", "mother")),
        events=(
            E(date(2008, 9, 1), "location", "CN", "Yanji, Jilin", "broker"),
            E(date(2009, 4, 1), "location", "JP", "", "self"),
        ),
        relations=frozenset({"mother"}),
        status="arrived",
    ),
    _case(
        25,
        sex="F",
        born=date(1929, 1, 1),
        birthplace="新潟県",
        category="japanese_spouse",
        names=(NameFacts("小川", "ハル", ""), NameFacts("オガワ", "ハル", "")),
        events=(
            E(date(1959, 12, 1), "location", "KP", "", "self"),
            E(date(2001, 10, 1), "location", "CN", "Dandong, Liaoning", "ngo_safe_house"),
        ),
    ),
    # Decoys.
    _case(
        31,
        sex="F",
        born=date(1934, 1, 1),
        birthplace="岩手県",
        category="japanese_spouse",
        names=(NameFacts("菅原", "トミ", ""),),
        events=(
            E(date(1960, 1, 1), "location", "KP", "", "self"),
            E(date(2019, 7, 1), "location", "CN", "Yanji, Jilin", "broker"),
        ),
    ),
    _case(
        32,
        sex="M",
        born=date(1951, 1, 1),
        birthplace="東京都",
        category="former_resident",
        names=(NameFacts("高", "永吉", ""),),
        events=(
            E(date(1962, 1, 1), "location", "KP", "", "self"),
            E(date(2007, 3, 1), "location", "TH", "Bangkok", "host_police"),
        ),
        status="withdrawn",
    ),
    _case(
        33,
        sex="F",
        born=date(1945, 1, 1),
        birthplace="大阪府",
        category="japanese_spouse",
        names=(NameFacts("松本", "文子", ""),),
        events=(
            E(date(1963, 1, 1), "location", "KP", "", "self"),
            E(date(2011, 8, 1), "location", "CN", "Shenyang, Liaoning", "host_security"),
        ),
    ),
    _case(
        34,
        sex="F",
        born=date(1970, 1, 1),
        birthplace="両江道 恵山",
        category="descendant",
        names=(NameFacts("全", "英姫", ""),),
        events=(E(date(2008, 11, 1), "location", "CN", "Yanji, Jilin", "broker"),),
        relations=frozenset({"mother"}),
    ),
    _case(
        35,
        sex="M",
        born=date(1948, 1, 1),
        birthplace="京都府",
        category="former_resident",
        names=(NameFacts("呉", "正男", ""),),
        events=(E(date(1961, 1, 1), "location", "KP", "", "self"),),
    ),
)

A = HeldOutArticle
ARTICLES: tuple[HeldOutArticle, ...] = (
    A("en", "follow_up", date(2005, 2, 3), 21,
      "A 71-year-old woman originally from Akita Prefecture, who spent 44 years in North Korea, is back in Japan after sheltering at the Japanese Embassy in Beijing for three months. "
      "Brokers had moved her from the Yanbian region in August, relatives said."),
    A("ja", "follow_up", date(2005, 2, 3), 21,
      "秋田県出身の日本人妻（71）が帰国したことが分かった。北朝鮮で44年間暮らし、昨年8月に延辺朝鮮族自治州に逃れた後、北京の日本大使館で約3カ月保護されていた。"),
    A("en", "refuge", date(2007, 9, 18), 22,
      "A man in his mid-50s who spent his childhood in Tokyo's Adachi Ward before his family joined the repatriation to North Korea in 1962 has been detained by Thai immigration police in Bangkok, supporters said. "
      "He is a former Korean resident of Japan and crossed into China near Changbai in February."),
    A("ja", "refuge", date(2007, 9, 18), 22,
      "1962年に家族と北朝鮮に渡った元在日朝鮮人の50代半ばの男性が、バンコクでタイの入管当局に拘束されていることが分かった。男性は東京都足立区で育ち、今年2月に長白から中国に入った。"),
    A("en", "resettled", date(2014, 6, 9), 23,
      "Chiyoko, 69, lives quietly in Higashiosaka today. Born in Kitakyushu, she married a Korean resident and followed him to the North in 1963. "
      "In 2011 she fled to Shenyang, where a church group hid her for weeks."),
    A("ja", "resettled", date(2014, 6, 9), 23,
      "東大阪市で暮らす女性（69）は北九州市の出身。1963年に在日朝鮮人の夫と北朝鮮に渡り、2011年に瀋陽へ逃れて支援団体にかくまわれた。"),
    A("en", "relative", date(2009, 6, 30), 24,
      "The 39-year-old daughter of a Japanese wife arrived in Japan in April after months in hiding in Yanji, where a broker kept her until money arrived. "
      "She grew up in Hamhung and speaks little Japanese."),
    A("ja", "relative", date(2009, 6, 30), 24,
      "日本人妻の長女（39）が4月、日本に入国していたことが分かった。咸興で育ち、延吉でブローカーのもとに数カ月潜んでいたという。"),
    A("en", "named", date(2001, 11, 20), 25,
      "Haru Ogawa, 72, one of the first Japanese wives to sail from Niigata in December 1959, is staying in a safe house in Dandong, a person helping her said."),
    A("ja", "named", date(2001, 11, 20), 25,
      "1959年12月に新潟港から北朝鮮へ渡った小川ハルさん（72）が、丹東の隠れ家に身を寄せていることが分かった。"),
    A("en", "into_north", date(2006, 5, 2), None,
      "A 58-year-old man who was born in Kyoto went back to North Korea last month to rejoin his wife, defying his relatives in Japan. He had left the North in 1999."),
    A("ja", "into_north", date(2006, 5, 2), None,
      "京都府出身の男性（58）が先月、妻の待つ北朝鮮へ戻った。男性は1961年に北朝鮮に渡り、1999年に脱北していた。"),
    A("en", "group", date(2014, 11, 5), None,
      "Five Japanese wives aged 70 to 85 who escaped from North Korea told a press conference in Tokyo that hundreds more want to come home. All went to the North between 1959 and 1963."),
    A("ja", "group", date(2014, 11, 5), None,
      "北朝鮮を脱出した70～85歳の日本人妻5人が東京都内で記者会見し、帰国を望む人がまだ多いと訴えた。"),
    A("en", "general", date(2009, 12, 14), None,
      "Fifty years after the first repatriation ship left Niigata, about 200 people who went to North Korea under the program have returned to Japan, according to a support group."),
    A("ja", "general", date(2009, 12, 14), None,
      "帰還事業の第1船が新潟港を出てから50年。支援団体によると、北朝鮮から日本に戻った元在日朝鮮人や日本人妻は約200人にのぼる。"),
)  # fmt: skip
