"""Name parts for synthetic persons: common surnames and given names, combined at random.

Each entry is (kanji, kana reading, hangul). Readings of Korean names follow
the Japanese on-reading, as they appear in Japanese files (金 正一 → キン セイイチ).
The combinations are invented: no entry here describes anyone.
"""

from __future__ import annotations

from typing import NamedTuple

from hogo.lib import places


class Part(NamedTuple):
    kanji: str
    kana: str
    hangul: str


class KoreanSurname(NamedTuple):
    kanji: str
    kana: str
    hangul: str
    # Japanese family names commonly taken as a tsūmei by holders of this surname.
    aliases: tuple[str, ...]


JAPANESE_SURNAMES: tuple[Part, ...] = (
    Part("佐藤", "サトウ", "사토"),
    Part("鈴木", "スズキ", "스즈키"),
    Part("高橋", "タカハシ", "다카하시"),
    Part("田中", "タナカ", "다나카"),
    Part("伊藤", "イトウ", "이토"),
    Part("渡辺", "ワタナベ", "와타나베"),
    Part("山本", "ヤマモト", "야마모토"),
    Part("中村", "ナカムラ", "나카무라"),
    Part("小林", "コバヤシ", "고바야시"),
    Part("加藤", "カトウ", "가토"),
    Part("吉田", "ヨシダ", "요시다"),
    Part("山田", "ヤマダ", "야마다"),
    Part("佐々木", "ササキ", "사사키"),
    Part("山口", "ヤマグチ", "야마구치"),
    Part("松本", "マツモト", "마쓰모토"),
    Part("井上", "イノウエ", "이노우에"),
    Part("木村", "キムラ", "기무라"),
    Part("斎藤", "サイトウ", "사이토"),
    Part("清水", "シミズ", "시미즈"),
    Part("石川", "イシカワ", "이시카와"),
)

# Hangul: the Korean reading of the same characters, as a married name is
# written in North Korea (和子 → 화자).
JAPANESE_FEMALE_GIVEN: tuple[Part, ...] = (
    Part("和子", "カズコ", "화자"),
    Part("幸子", "サチコ", "행자"),
    Part("節子", "セツコ", "절자"),
    Part("弘子", "ヒロコ", "홍자"),
    Part("京子", "キョウコ", "경자"),
    Part("洋子", "ヨウコ", "양자"),
    Part("久子", "ヒサコ", "구자"),
    Part("文子", "フミコ", "문자"),
    Part("信子", "ノブコ", "신자"),
    Part("光子", "ミツコ", "광자"),
    Part("静子", "シズコ", "정자"),
    Part("春子", "ハルコ", "춘자"),
    Part("君子", "キミコ", "군자"),
    Part("良子", "ヨシコ", "양자"),
    Part("照子", "テルコ", "조자"),
)

JAPANESE_MALE_GIVEN: tuple[Part, ...] = (
    Part("正雄", "マサオ", "정웅"),
    Part("清", "キヨシ", "청"),
    Part("茂", "シゲル", "무"),
    Part("勇", "イサム", "용"),
    Part("博", "ヒロシ", "박"),
    Part("実", "ミノル", "실"),
    Part("武", "タケシ", "무"),
    Part("明", "アキラ", "명"),
    Part("進", "ススム", "진"),
    Part("隆", "タカシ", "륭"),
    Part("和夫", "カズオ", "화부"),
    Part("秀夫", "ヒデオ", "수부"),
)

KOREAN_SURNAMES: tuple[KoreanSurname, ...] = (
    KoreanSurname("金", "キン", "김", ("金田", "金本", "金山")),
    KoreanSurname("李", "リ", "이", ("岩本", "宮本", "李家")),
    KoreanSurname("朴", "ボク", "박", ("新井", "木下", "朴井")),
    KoreanSurname("崔", "サイ", "최", ("高山", "佐井")),
    KoreanSurname("鄭", "テイ", "정", ("松本", "東")),
    KoreanSurname("姜", "キョウ", "강", ("大山", "神農")),
    KoreanSurname("趙", "チョウ", "조", ("松田", "夏山")),
    KoreanSurname("尹", "イン", "윤", ("平沼", "伊坂")),
    KoreanSurname("張", "チョウ", "장", ("張本", "長田")),
    KoreanSurname("韓", "カン", "한", ("西原", "清原")),
    KoreanSurname("呉", "ゴ", "오", ("大川", "呉本")),
    KoreanSurname("申", "シン", "신", ("平山", "新田")),
    KoreanSurname("洪", "コウ", "홍", ("豊川", "洪山")),
    KoreanSurname("高", "コウ", "고", ("高本", "高島")),
)

KOREAN_MALE_GIVEN: tuple[Part, ...] = (
    Part("英哲", "エイテツ", "영철"),
    Part("成浩", "セイコウ", "성호"),
    Part("永植", "エイショク", "영식"),
    Part("東洙", "トウシュ", "동수"),
    Part("在根", "ザイコン", "재근"),
    Part("昌浩", "ショウコウ", "창호"),
    Part("相哲", "ソウテツ", "상철"),
    Part("光洙", "コウシュ", "광수"),
    Part("明植", "メイショク", "명식"),
    Part("哲男", "テツオ", "철남"),
    Part("京浩", "ケイコウ", "경호"),
    Part("龍一", "リュウイチ", "용일"),
)

KOREAN_FEMALE_GIVEN: tuple[Part, ...] = (
    Part("明淑", "メイシュク", "명숙"),
    Part("英姫", "エイキ", "영희"),
    Part("順子", "ジュンシ", "순자"),
    Part("貞順", "テイジュン", "정순"),
    Part("玉順", "ギョクジュン", "옥순"),
    Part("春花", "シュンカ", "춘화"),
    Part("美子", "ビシ", "미자"),
    Part("善姫", "ゼンキ", "선희"),
    Part("福順", "フクジュン", "복순"),
    Part("仁淑", "ジンシュク", "인숙"),
    Part("恵英", "ケイエイ", "혜영"),
    Part("銀実", "ギンジツ", "은실"),
)

# Birthplaces, as Japanese records write them, drawn from the one gazetteer.
JAPANESE_PREFECTURES: tuple[str, ...] = tuple(
    places.prefecture(key).written
    for key in (
        "tokyo",
        "osaka",
        "kyoto",
        "hyogo",
        "kanagawa",
        "aichi",
        "fukuoka",
        "yamaguchi",
        "hiroshima",
        "niigata",
        "miyagi",
        "hokkaido",
        "saitama",
        "chiba",
        "gifu",
        "nagano",
    )
)

# Provinces as they were named before 1945, where most Koreans in Japan came from.
KOREAN_PROVINCES: tuple[str, ...] = tuple(
    places.province(key).japanese
    for key in (
        "south-gyeongsang",
        "north-gyeongsang",
        "south-jeolla",
        "north-jeolla",
        "jeju",
        "south-chungcheong",
        "north-chungcheong",
    )
)

NORTH_KOREAN_PROVINCES: tuple[str, ...] = (
    *(
        places.province(key).japanese
        for key in (
            "north-hamgyong",
            "south-hamgyong",
            "ryanggang",
            "north-pyongan",
            "south-pyongan",
            "jagang",
            "south-hwanghae",
            "kangwon",
        )
    ),
    places.city_as_written("pyongyang"),
)
