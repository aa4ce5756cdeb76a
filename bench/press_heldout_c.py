# ruff: noqa: RUF001, E501 - Japanese punctuation; articles are kept as written, one per line.
"""A third held-out set (C), written after every rule change and run once, as written.

Same form as ``bench/press_heldout.py``. Evaluated with
``bench/monitor_independent.py --set c``.
"""

from __future__ import annotations

from datetime import date

from bench.press_heldout import HeldOutArticle, HeldOutCase, _case
from hogo.monitor.scoring import EventFacts, NameFacts

E = EventFacts
CASES: tuple[HeldOutCase, ...] = (
    _case(
        41,
        sex="F",
        born=date(1939, 1, 1),
        birthplace="宮城県仙台市",
        category="japanese_spouse",
        names=(NameFacts("阿部", "静子", ""),),
        events=(
            E(date(1961, 6, 1), "location", "KP", "", "self"),
            E(date(2008, 1, 1), "location", "CN", "Yanji, Jilin", "ngo_safe_house"),
            E(date(2008, 3, 1), "location", "CN", "Shenyang, Liaoning", "diplomatic_mission"),
        ),
    ),
    _case(
        42,
        sex="M",
        born=date(1955, 1, 1),
        birthplace="大阪府大阪市生野区",
        category="former_resident",
        names=(NameFacts("梁", "英浩", ""),),
        events=(
            E(date(1960, 1, 1), "location", "KP", "", "self"),
            E(date(2012, 10, 1), "location", "CN", "Dandong, Liaoning", "host_security"),
        ),
    ),
    _case(
        43,
        sex="F",
        born=date(1932, 1, 1),
        birthplace="広島県",
        category="japanese_spouse",
        names=(NameFacts("藤田", "キミ", ""),),
        events=(
            E(date(1960, 9, 1), "location", "KP", "", "self"),
            E(date(2003, 6, 1), "location", "CN", "Tumen, Jilin", "broker"),
            E(date(2003, 9, 1), "location", "JP", "", "self"),
        ),
        status="arrived",
    ),
    _case(
        44,
        sex="M",
        born=date(1975, 1, 1),
        birthplace="両江道 恵山",
        category="descendant",
        names=(NameFacts("金", "哲", ""), NameFacts("金", "ヨシ子", "mother")),
        events=(E(date(2016, 4, 1), "location", "CN", "Changbai, Jilin", "host_police"),),
        relations=frozenset({"mother"}),
    ),
    _case(
        45,
        sex="F",
        born=date(1943, 1, 1),
        birthplace="北海道",
        category="japanese_spouse",
        names=(NameFacts("石田", "光子", ""),),
        events=(
            E(date(1962, 1, 1), "location", "KP", "", "self"),
            E(date(2018, 5, 1), "location", "TH", "Bangkok", "host_police"),
        ),
    ),
    # Decoys.
    _case(
        51,
        sex="F",
        born=date(1939, 1, 1),
        birthplace="福島県",
        category="japanese_spouse",
        names=(NameFacts("渡辺", "ヨシ", ""),),
        events=(
            E(date(1961, 1, 1), "location", "KP", "", "self"),
            E(date(2020, 1, 1), "location", "CN", "Shenyang, Liaoning", "diplomatic_mission"),
        ),
    ),
    _case(
        52,
        sex="M",
        born=date(1955, 1, 1),
        birthplace="兵庫県",
        category="former_resident",
        names=(NameFacts("白", "英一", ""),),
        events=(
            E(date(1961, 1, 1), "location", "KP", "", "self"),
            E(date(2012, 9, 1), "location", "CN", "Dandong, Liaoning", "host_security"),
        ),
    ),
    _case(
        53,
        sex="F",
        born=date(1932, 1, 1),
        birthplace="広島県",
        category="japanese_spouse",
        names=(NameFacts("岡田", "スミ", ""),),
        events=(E(date(1960, 9, 1), "location", "KP", "", "self"),),
        status="deceased",
    ),
    _case(
        54,
        sex="F",
        born=date(1950, 1, 1),
        birthplace="東京都",
        category="japanese_national",
        names=(NameFacts("青木", "由美", ""),),
        events=(E(date(1972, 1, 1), "location", "KP", "", "self"),),
    ),
)

A = HeldOutArticle
ARTICLES: tuple[HeldOutArticle, ...] = (
    A("en", "refuge", date(2008, 4, 15), 41,
      "A Sendai-born woman of 69 who went to North Korea in 1961 with her Korean husband is under the protection of the Japanese Consulate General in Shenyang, a Japanese official confirmed. "
      "She had hidden with ethnic Korean Christians in Yanji since January."),
    A("ja", "refuge", date(2008, 4, 15), 41,
      "宮城県仙台市出身の日本人妻（69）が、瀋陽の日本総領事館に保護されていることが分かった。1961年に朝鮮人の夫と北朝鮮に渡り、今年1月から延吉の朝鮮族の教会に身を寄せていた。"),
    A("en", "custody", date(2012, 11, 8), 42,
      "Chinese state security agents detained a 57-year-old former resident of Japan in Dandong last month, according to a Seoul-based activist. "
      "The man was raised in the Ikuno district of Osaka and left for North Korea with his parents as a small child in 1960."),
    A("ja", "custody", date(2012, 11, 8), 42,
      "大阪・生野で育った元在日朝鮮人の男性（57）が先月、丹東で中国の国家安全当局に拘束された。男性は1960年、両親に連れられて北朝鮮に渡った。"),
    A("en", "follow_up", date(2003, 10, 2), 43,
      "Kimi Fujita, the 71-year-old Hiroshima native who crossed into China near Tumen in June, has settled in a public apartment, ending 43 years in North Korea. "
      "Her brokers had demanded more money before letting her go."),
    A("ja", "follow_up", date(2003, 10, 2), 43,
      "6月に図們付近から中国に逃れた広島県出身の藤田キミさん（71）が、公営住宅での生活を始めた。北朝鮮での43年を終え、9月に帰国していた。"),
    A("en", "relative", date(2016, 6, 20), 44,
      "A 41-year-old North Korean man who says his mother is a Japanese woman from Niigata has been held by Chinese border police in Changbai since April. "
      "He grew up in Hyesan, across the Yalu River."),
    A("ja", "relative", date(2016, 6, 20), 44,
      "母親が日本人だという北朝鮮の男性（41）が4月から、長白で中国の国境警察に拘束されている。男性は鴨緑江の対岸の恵山で育った。"),
    A("en", "transit", date(2018, 7, 3), 45,
      "A 75-year-old Japanese woman from Hokkaido who fled North Korea was being held by Thai immigration police in Bangkok in May, and is expected to fly to Narita soon. "
      "She went to the North in 1962."),
    A("ja", "transit", date(2018, 7, 3), 45,
      "北朝鮮を脱出した北海道出身の日本人妻（75）が5月からバンコクでタイの入管当局に拘束されている。近く成田に到着する見通し。1962年に北朝鮮に渡った。"),
    A("en", "into_north", date(1975, 3, 1), None,
      "A 25-year-old woman from Tokyo entered North Korea via Beijing in 1972 and married there, her family said."),
    A("ja", "into_north", date(1975, 3, 1), None,
      "東京都出身の女性（25）が1972年、北京経由で北朝鮮に入国し、現地で結婚したと家族が明らかにした。"),
    A("en", "group", date(2000, 9, 20), None,
      "A third group of Japanese wives, sixteen women aged 60 to 79, flew into Haneda from Pyongyang on Tuesday for a week of visits to their hometowns."),
    A("ja", "group", date(2000, 9, 20), None,
      "日本人妻の第3次里帰り団16人（60～79歳）が19日、平壌から羽田空港に到着した。"),
    A("en", "general", date(2008, 6, 1), None,
      "Support groups in Osaka and Niigata said at least 150 Japanese wives are still alive in North Korea, most in their 70s."),
    A("ja", "general", date(2008, 6, 1), None,
      "大阪と新潟の支援団体によると、北朝鮮で存命の日本人妻は少なくとも150人で、多くは70代だという。"),
)  # fmt: skip
