# ruff: noqa: RUF001, E501 - articles are kept as written, one per line.
"""An eighth held-out set (H): English, Japanese and Korean, written before the fixes for set G's misses, run once after them.

Same form as ``bench/press_heldout.py``: a Japanese wife held in China and
handed over to Japan (a follow-up told with her name in each script), a
Japanese man's grandson held in Shenyang, a returnee's life story opening with
a birth line, a Japanese wife caught near the border, with decoys sharing their
facts, group visits, policy stories and people going back into the North.
Names are invented. Evaluated with ``bench/monitor_independent.py --set h``.
"""

from __future__ import annotations

from datetime import date

from bench.press_heldout import HeldOutArticle, HeldOutCase, _case
from hogo.monitor.scoring import EventFacts, NameFacts

E = EventFacts
CASES: tuple[HeldOutCase, ...] = (
    # 301: a Japanese wife from Niigata, went in 1960, held in Dandong in 2024, flown to Japan.
    _case(
        301,
        sex="F",
        born=date(1937, 1, 1),
        birthplace="新潟県",
        category="japanese_spouse",
        names=(NameFacts("山田", "光子", ""),),
        events=(
            E(date(1960, 5, 1), "location", "KP", "", "self"),
            E(date(2024, 3, 1), "location", "CN", "Dandong, Liaoning", "host_police"),
            E(date(2024, 9, 1), "location", "JP", "東京都", "self"),
        ),
    ),
    # 302: the grandson of a Japanese man, from Chongjin, held in Shenyang in 2024.
    _case(
        302,
        sex="M",
        born=date(1983, 1, 1),
        birthplace="咸鏡北道 清津",
        category="descendant",
        names=(NameFacts("李", "成浩", ""),),
        events=(E(date(2024, 10, 1), "location", "CN", "Shenyang, Liaoning", "host_police"),),
        relations=frozenset({"grandfather"}),
    ),
    # 303: born in Kitakyushu in 1943, went in 1961, out in 2004, lives in Saitama.
    _case(
        303,
        sex="M",
        born=date(1943, 1, 1),
        birthplace="福岡県北九州市",
        category="former_resident",
        names=(NameFacts("金", "正男", ""),),
        events=(
            E(date(1961, 9, 1), "location", "KP", "", "self"),
            E(date(2004, 4, 1), "location", "JP", "埼玉県", "self"),
        ),
        status="resettlement",
    ),
    # 304: a Japanese wife from Hiroshima, went in 1959, caught in Yanji in 2024.
    _case(
        304,
        sex="F",
        born=date(1939, 1, 1),
        birthplace="広島県",
        category="japanese_spouse",
        names=(NameFacts("高橋", "節子", ""),),
        events=(
            E(date(1959, 12, 1), "location", "KP", "", "self"),
            E(date(2024, 11, 1), "location", "CN", "Yanji, Jilin", "host_police"),
        ),
    ),
    # Decoys.
    _case(
        311,
        sex="F",
        born=date(1937, 1, 1),
        birthplace="新潟県",
        category="japanese_spouse",
        names=(NameFacts("佐藤", "ヨシ", ""),),
        events=(E(date(1961, 6, 1), "location", "KP", "", "self"),),
    ),
    _case(
        312,
        sex="M",
        born=date(1983, 1, 1),
        birthplace="咸鏡北道 清津",
        category="descendant",
        names=(NameFacts("朴", "哲民", ""),),
        events=(E(date(2021, 6, 1), "location", "CN", "Shenyang, Liaoning", "host_police"),),
        relations=frozenset({"mother"}),
    ),
    _case(
        313,
        sex="M",
        born=date(1943, 1, 1),
        birthplace="福岡県",
        category="former_resident",
        names=(NameFacts("朴", "英植", ""),),
        events=(E(date(1961, 10, 1), "location", "KP", "", "self"),),
        status="deceased",
    ),
    _case(
        314,
        sex="F",
        born=date(1939, 1, 1),
        birthplace="広島県",
        category="japanese_spouse",
        names=(NameFacts("吉田", "キミ", ""),),
        events=(
            E(date(1960, 1, 1), "location", "KP", "", "self"),
            E(date(2024, 8, 1), "location", "CN", "Dandong, Liaoning", "broker"),
        ),
    ),
    _case(
        315,
        sex="F",
        born=date(1943, 1, 1),
        birthplace="埼玉県",
        category="former_resident",
        names=(NameFacts("趙", "順愛", ""),),
        events=(E(date(1962, 3, 1), "location", "KP", "", "self"),),
    ),
)

A = HeldOutArticle
ARTICLES: tuple[HeldOutArticle, ...] = (
    A("en", "follow_up", date(2024, 9, 12), 301,
      "Mitsuko Yamada, the 87-year-old Japanese wife who was held by Chinese police in Dandong in March, arrived at Narita airport on Wednesday, ending more than six decades in North Korea. "
      "Yamada, who is from Niigata, left Japan with her husband in 1960."),
    A("ja", "follow_up", date(2024, 9, 12), 301,
      "3月に中国・丹東で公安当局に身柄を拘束された日本人妻、山田光子さん（87）が11日、成田空港に到着した。新潟県出身の山田さんは1960年に夫と共に北朝鮮へ渡っていた。"),
    A("ko", "follow_up", date(2024, 9, 12), 301,
      "지난 3월 중국 단둥에서 공안에 체포됐던 일본인 처 야마다 미쓰코(87) 씨가 11일 나리타공항을 통해 일본에 입국했다. 니가타현 출신인 야마다 씨는 1960년 남편과 함께 북한으로 건너갔다."),
    A("en", "relative", date(2024, 11, 20), 302,
      "A 41-year-old man from Chongjin whose grandfather, a Japanese man, settled in North Korea after the war was caught by Chinese police in Shenyang last month, a Seoul-based aid group said."),
    A("ja", "relative", date(2024, 11, 20), 302,
      "祖父が日本人だという清津出身の男性（41）が10月、瀋陽で中国の公安に捕らえられたことが、ソウルの支援団体への取材で分かった。"),
    A("ko", "relative", date(2024, 11, 20), 302,
      "할아버지가 일본인이었던 청진 출신 남성(41)이 지난달 선양에서 중국 공안에 붙잡혔다고 서울의 지원단체가 밝혔다."),
    A("en", "life_story", date(2024, 6, 3), 303,
      "He was born in Kitakyushu in 1943 and crossed to North Korea on a repatriation ship in 1961, at 18. "
      "After four decades there he came back to Japan in 2004 and now lives in Saitama, where he teaches Korean."),
    A("ja", "life_story", date(2024, 6, 3), 303,
      "1943年、北九州市生まれ。18歳だった1961年に帰国事業で北朝鮮へ渡った。2004年に日本へ戻り、今は埼玉県で韓国語を教えている。"),
    A("ko", "life_story", date(2024, 6, 3), 303,
      "1943년 기타큐슈 출생. 1961년 북송선을 타고 북한으로 건너갔다가 2004년 일본으로 돌아와 지금은 사이타마현에 살며 한국어를 가르친다."),
    A("en", "custody", date(2024, 12, 10), 304,
      "Setsuko Takahashi, 85, a Japanese woman who moved to North Korea with her husband in 1959, was caught by Chinese police in Yanji last month after crossing the Tumen River, a Japanese support group said. "
      "She was born in Hiroshima."),
    A("ja", "custody", date(2024, 12, 10), 304,
      "広島県出身の日本人妻、高橋節子さん（85）が11月、豆満江を渡った後に中国吉林省延吉で公安当局に捕まったことが分かった。高橋さんは1959年に夫と北朝鮮へ渡った。"),
    A("ko", "custody", date(2024, 12, 10), 304,
      "1959년 남편을 따라 북한으로 건너간 히로시마현 출신 일본인 처 다카하시 세쓰코(85) 씨가 지난달 두만강을 건넌 뒤 중국 옌지에서 공안에 붙잡혔다고 일본 지원단체가 전했다."),
    A("en", "group", date(2024, 6, 3), None,
      "Eight Japanese wives living in North Korea, aged 80 to 92, met relatives from Niigata and Hiroshima in Pyongyang this week, the first such meeting in years."),
    A("en", "into_north", date(2024, 12, 10), None,
      "A man in his 40s from Chongjin who had fled to China crossed back into North Korea near Dandong last month, a source familiar with the matter said."),
    A("ja", "group", date(2024, 9, 12), None,
      "北朝鮮で暮らす日本人妻の親族ら12人が新潟市に集まり、80代後半になった妻たちとの再会を求める要望書を政府に出した。"),
    A("ja", "general", date(2024, 11, 20), None,
      "外務省によると、中国で拘束された北朝鮮からの脱出者の中に日本人配偶者の子や孫が含まれる例が近年増えている。"),
    A("ko", "into_north", date(2024, 6, 3), None,
      "일본에 정착했던 재일동포 출신 70대 남성이 지난해 중국을 거쳐 북한으로 돌아간 사실이 뒤늦게 알려졌다."),
    A("ko", "general", date(2024, 12, 10), None,
      "일본 정부는 북송 사업으로 북한에 건너간 일본인 처와 그 후손의 귀국 지원을 위해 내년 예산을 늘리겠다고 밝혔다."),
)  # fmt: skip
