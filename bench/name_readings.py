"""Japanese readings of kanji names: which source gives the reading a person was known by.

    .venv/bin/pip install jamdict jamdict-data   # for this script only
    .venv/bin/python bench/name_readings.py

A registry writes 和子 and the person says Kazuko: hogo finds her only if its keys for
和子 include かずこ. Three sources of candidate readings are compared on the names below
(common family and given names of people born 1900-1970, and the Japanese aliases Korean
residents used), each with the reading it is most often given:

* pykakasi alone (with the on'yomi of a Korean surname, as hogo adds);
* MeCab with UniDic (fugashi and unidic-lite): the reading of the best segmentation;
* both, what hogo uses (hogo.lib.names.kanji_japanese_readings);
* JMnedict (jamdict-data): every reading of the entries written exactly so, all of them,
  or only those tagged as the kind of name asked for (surname; given, masculine or
  feminine name).

Prints, for each: how often the first reading is the right one, how often the right one
is among the candidates at all, how many candidates there are (each becomes a key that
meets other people's names), and the time per name.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable

# (kanji, reading in katakana): family names, then given names.
FAMILY = """
佐藤 サトウ 鈴木 スズキ 高橋 タカハシ 田中 タナカ 渡辺 ワタナベ 伊藤 イトウ 山本 ヤマモト
中村 ナカムラ 小林 コバヤシ 加藤 カトウ 吉田 ヨシダ 山田 ヤマダ 斎藤 サイトウ 松本 マツモト
井上 イノウエ 木村 キムラ 清水 シミズ 大野 オオノ 工藤 クドウ 近藤 コンドウ 林 ハヤシ
森 モリ 池田 イケダ 橋本 ハシモト 山口 ヤマグチ 石川 イシカワ 小川 オガワ 前田 マエダ
藤田 フジタ 岡田 オカダ 後藤 ゴトウ 長谷川 ハセガワ 村上 ムラカミ 石井 イシイ 坂本 サカモト
遠藤 エンドウ 青木 アオキ 藤井 フジイ 西村 ニシムラ 福田 フクダ 太田 オオタ 三浦 ミウラ
藤原 フジワラ 岡本 オカモト 松田 マツダ 中川 ナカガワ 中野 ナカノ 原田 ハラダ 小野 オノ
田村 タムラ 竹内 タケウチ 金子 カネコ 和田 ワダ 中山 ナカヤマ 石田 イシダ 上田 ウエダ
森田 モリタ 柴田 シバタ 酒井 サカイ 宮崎 ミヤザキ 横山 ヨコヤマ 宮本 ミヤモト 内田 ウチダ
高木 タカギ 安藤 アンドウ 谷口 タニグチ 大西 オオニシ 丸山 マルヤマ 今井 イマイ 高田 タカダ
藤本 フジモト 武田 タケダ 村田 ムラタ 上野 ウエノ 杉山 スギヤマ 増田 マスダ 平野 ヒラノ
大塚 オオツカ 千葉 チバ 久保 クボ 松井 マツイ 小島 コジマ 岩崎 イワサキ 桜井 サクライ
野口 ノグチ 松尾 マツオ 野村 ノムラ 木下 キノシタ 菊地 キクチ 佐野 サノ 吉川 ヨシカワ
金田 カネダ 金山 カナヤマ 金本 カネモト 岩本 イワモト 国本 クニモト 新井 アライ 松山 マツヤマ
東原 ヒガシハラ 大山 オオヤマ 豊川 トヨカワ 平沼 ヒラヌマ 林田 ハヤシダ 平林 ヒラバヤシ
西原 ニシハラ 清原 キヨハラ 平山 ヒラヤマ 大島 オオシマ 安東 アンドウ 権藤 ゴンドウ
張本 ハリモト 長田 ナガタ 夏山 ナツヤマ 伊東 イトウ 星山 ホシヤマ 徳山 トクヤマ 宮田 ミヤタ
"""
GIVEN = """
清 キヨシ 博 ヒロシ 実 ミノル 茂 シゲル 勇 イサム 進 ススム 昭 アキラ 修 オサム 稔 ミノル
正一 ショウイチ 和夫 カズオ 一郎 イチロウ 三郎 サブロウ 正雄 マサオ 隆 タカシ 弘 ヒロシ
武 タケシ 明 アキラ 浩 ヒロシ 豊 ユタカ 勝 マサル 誠 マコト 健 ケン 学 マナブ 治 オサム
正男 マサオ 秀夫 ヒデオ 義雄 ヨシオ 敏夫 トシオ 幸雄 ユキオ 信夫 ノブオ 光男 ミツオ
健一 ケンイチ 孝 タカシ 久 ヒサシ 清治 セイジ 次郎 ジロウ 太郎 タロウ 四郎 シロウ 五郎 ゴロウ
忠 タダシ 正 タダシ 晃 アキラ 徹 トオル 昇 ノボル 登 ノボル 守 マモル 貞夫 サダオ
花子 ハナコ 幸子 サチコ 節子 セツコ 和子 カズコ 洋子 ヨウコ 美代子 ミヨコ 久子 ヒサコ
京子 キョウコ 文子 フミコ 正子 マサコ 昭子 アキコ 静江 シズエ 千代 チヨ 富美子 フミコ
良子 ヨシコ 光子 ミツコ 春子 ハルコ 秋子 アキコ 貞子 サダコ 静子 シズコ 信子 ノブコ
恵子 ケイコ 悦子 エツコ 弘子 ヒロコ 敏子 トシコ 雅子 マサコ 清子 キヨコ 君子 キミコ
芳子 ヨシコ 美智子 ミチコ 道子 ミチコ 初江 ハツエ 千代子 チヨコ 澄子 スミコ 照子 テルコ
"""


def _pairs(text: str) -> list[tuple[str, str]]:
    words = text.split()
    return list(zip(words[0::2], words[1::2], strict=True))


def _katakana(text: str) -> str:
    return "".join(chr(ord(c) + 0x60) if "ぁ" <= c <= "ゖ" else c for c in text)


def pykakasi_source() -> Callable[[str, str], list[str]]:
    from hogo.lib import names

    def read(name: str, _kind: str) -> list[str]:
        readings = [*names._KOREAN_SURNAME_ON_YOMI.get(name, ()), names._kakasi_katakana(name)]
        return [r for r in dict.fromkeys(readings) if r and not names._has_han(r)]

    return read


def mecab_source() -> Callable[[str, str], list[str]]:
    from hogo.lib import names

    def read(name: str, _kind: str) -> list[str]:
        reading = names._unidic_katakana(name)
        return [reading] if reading else []

    return read


def hogo_source() -> Callable[[str, str], list[str]]:
    from hogo.lib.names import kanji_japanese_readings

    return lambda name, _kind: kanji_japanese_readings(name)


def jmnedict_source(*, by_kind: bool) -> Callable[[str, str], list[str]]:
    from jamdict import Jamdict  # type: ignore[import-not-found]

    jam = Jamdict()
    kinds = {"family": {"surname"}, "given": {"given", "masc", "fem"}}

    def read(name: str, kind: str) -> list[str]:
        readings: list[str] = []
        for entry in jam.lookup(name, strict_lookup=True).names:
            types = {t for sense in entry.senses for t in sense.name_type}
            if by_kind and not types & kinds[kind]:
                continue
            readings.extend(_katakana(form.text) for form in entry.kana_forms)
        return list(dict.fromkeys(readings))

    return read


def measure(read: Callable[[str, str], list[str]], names: list[tuple[str, str, str]]) -> str:
    first = found = 0
    counts: list[int] = []
    start = time.perf_counter()
    for name, truth, kind in names:
        readings = read(name, kind)
        first += bool(readings) and readings[0] == truth
        found += truth in readings
        counts.append(len(readings))
    per_name = (time.perf_counter() - start) / len(names) * 1000
    total = len(names)
    return (
        f"{first / total:.2f} | {found / total:.2f} | {statistics.mean(counts):.1f} "
        f"(max {max(counts)}) | {per_name:.2f} ms |"
    )


def main() -> None:
    names = [(k, r, "family") for k, r in _pairs(FAMILY)]
    names += [(k, r, "given") for k, r in _pairs(GIVEN)]
    print(f"{len(names)} names ({len(_pairs(FAMILY))} family, {len(_pairs(GIVEN))} given)")
    print("| source | first reading right | right one among them | readings per name | time |")
    print("|---|---|---|---|---|")
    sources = [
        ("pykakasi", pykakasi_source),
        ("MeCab + UniDic (unidic-lite)", mecab_source),
        ("both (hogo)", hogo_source),
        ("JMnedict, every reading", lambda: jmnedict_source(by_kind=False)),
        ("JMnedict, readings of the asked kind", lambda: jmnedict_source(by_kind=True)),
    ]
    for label, make in sources:
        read = make()
        read("佐藤", "family")  # load the dictionary before timing
        print(f"| {label} | {measure(read, names)}", flush=True)


if __name__ == "__main__":
    main()
