# ruff: noqa: RUF001, RUF002, RUF003 - Japanese punctuation is what these rules read.
"""What an article says about the people in it: a rule layer, English and Japanese.

No ORM here: text in, facts out. Every fact keeps the index of the sentence it
came from, so an alert can show (and highlight) the sentences that matched.

The rules are deliberately narrow. A press report about a protected person
gives the same handful of facts again and again (an age, a home region, the
year of departure, where and by whom she is held, her family); a rule that
misses an odd phrasing costs a point of score, a rule that fires on anything
costs a false alarm on every article.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from hogo.lib.cities import cities_in
from hogo.lib.dates import MONTH_NAMES
from hogo.lib.places import (
    FOREIGN_PLACE_PROVINCE,
    FOREIGN_PLACE_REGION,
    FOREIGN_PLACES,
    JAPAN_REGIONS,
    PREFECTURE_HANGUL,
    PREFECTURE_HANGUL_NEEDS_SUFFIX,
    PREFECTURES,
)
from hogo.lib.scripts import Script, detect_script

# --- sentences ----------------------------------------------------------------

_SENTENCE_END = re.compile(r"(?<=[.!?。！？])[\"”」』)]?\s+|(?<=[。！？])|\n{1,}")


# "Dec. 2", "Sept. 30": a month written short, then the day, ends no sentence.
_MONTH_SHORT_END = re.compile(r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.$")
_DAY_START = re.compile(r"^\d{1,2}\b")
# "Mr. Park", "Ms. Kato": a title written short ends no sentence either.
_TITLE_SHORT_END = re.compile(r"\b(?:Mr|Mrs|Ms|Dr)\.$")
_CAPITAL_START = re.compile(r"^[A-Z]")


def split_sentences(text: str) -> list[str]:
    """Sentences (or lines) in reading order, without empty ones."""
    parts = [part.strip() for part in _SENTENCE_END.split(text) if part and part.strip()]
    joined: list[str] = []
    for part in parts:
        month_day = (
            _MONTH_SHORT_END.search(joined[-1]) and _DAY_START.match(part) if joined else None
        )
        titled = (
            _TITLE_SHORT_END.search(joined[-1]) and _CAPITAL_START.match(part) if joined else None
        )
        if month_day or titled:
            joined[-1] += " " + part
        else:
            joined.append(part)
    return joined


def detect_language(text: str) -> str:
    """`ko` for a text mostly in hangul, `ja` for one with kana or kanji, else `en`."""
    sample = text[:5000]
    hangul = sum(1 for char in sample if "\uac00" <= char <= "\ud7af")
    if hangul >= 10:
        return "ko"
    cjk = sum(1 for char in sample if detect_script(char) in _JAPANESE_SCRIPTS)
    return "ja" if cjk >= 10 else "en"


_JAPANESE_SCRIPTS = {Script.HIRAGANA, Script.KATAKANA, Script.KANJI}


# --- gazetteers ---------------------------------------------------------------

# Prefectures, regions of Japan and places abroad come from the one gazetteer.
_PREFECTURE_BY_KANJI = {prefecture.kanji: prefecture.key for prefecture in PREFECTURES}
_HALF_OF_PREFECTURE = {prefecture.key: prefecture.half for prefecture in PREFECTURES}

COUNTRIES: dict[str, tuple[str, ...]] = {
    "KP": (r"north korea", r"dprk", r"pyongyang", r"北朝鮮", r"朝鮮民主主義人民共和国", r"북한"),
    "CN": (r"china", r"chinese", r"中国(?!地方)", r"중국"),
    "JP": (r"japan(?!ese spouse)", r"日本", r"일본"),
    "KR": (r"south korea", r"seoul", r"韓国", r"한국"),
    "MN": (r"mongolia", r"モンゴル", r"몽골"),
    "RU": (r"russia", r"ロシア", r"러시아"),
    "TH": (r"thai(?:land)?\b", r"タイ", r"태국"),
    "LA": (r"\blao(?:s|tian)?\b", r"ラオス", r"라오스"),
    "VN": (r"\bviet ?nam(?:ese)?\b", r"ベトナム", r"베트남"),
}

# Who holds a person, in the case timeline's own vocabulary (cases.models.Custodian).
CUSTODY_PATTERNS: dict[str, tuple[str, ...]] = {
    "host_security": (
        r"custody (?:of|by) (?:the )?(?:chinese |state )?security",
        r"(?:chinese|thai|lao|vietnamese|russian|mongolian|local|provincial) "
        r"(?:authorities|officials|border guards)",
        r"(?:中国|タイ|ラオス|ベトナム|ロシア|モンゴル)当局",
        # Russia's Federal Security Service and its border directorate: 連邦保安庁（FSB）,
        # 러시아 연방보안국(FSB).
        r"federal security service",
        r"\bFSB\b",
        r"border (?:directorate|service)",
        r"連邦保安庁",
        r"国境管理(?:部門|局)",
        r"연방보안(?:국|청)",
        r"security (?:authorities|police|officials|agents)",
        r"state security",
        r"国家安全",
        r"公安(?!調査)",
        r"国境警備",
        r"治安当局",
        r"(?:중국|태국|라오스|베트남|러시아|몽골) ?당국",
        r"국가안전",
        r"국경 ?경비",
        r"변방대",
        r"공안",
        # "a facility of the General Intelligence Agency", 情報機関の施設, 정보기관 시설.
        r"intelligence (?:agency|service|bureau)",
        r"情報機関",
        r"정보기관",
    ),
    "host_police": (
        r"(?:detained|arrested|held|custody) by (?:the )?"
        r"(?:chinese |local |thai |lao |vietnamese )?police",
        r"(?:chinese|thai|lao|vietnamese|local|immigration|border) (?:immigration )?police",
        r"(?:中国|タイ|ラオス|ベトナム)?(?:の)?警察(?:に|が|当局)",
        r"경찰",
        # Immigration detention is the host state's police custody: "Bangkok's immigration
        # detention centre", タイの入管施設, 이민국 수용소.
        r"immigration (?:detention|holding|jail|prison|cell)",
        r"入管(?:施設|収容)|入国管理(?:局|センター)の?(?:施設|収容)",
        r"이민국 ?(?:수용소|구치소|시설)|출입국 ?(?:관리)?(?:사무소)? ?(?:보호소|수용소)",
    ),
    "diplomatic_mission": (
        r"(?:embassy|consulate(?:-general)?|diplomatic (?:mission|establishment))",
        r"大使館",
        r"総領事館",
        r"領事館",
        # 在外公館, 재외공관: a mission abroad, embassy or consulate.
        r"在外公館",
        r"대사관",
        r"영사관",
        r"재외 ?공관",
    ),
    "broker": (
        r"broker",
        r"mediating organi[sz]ation",
        r"intermediar(?:y|ies)",
        r"ブローカー",
        r"仲介(?:団体|組織|業者)",
        r"브로커",
        r"중개(?:단체|조직|업자)",
    ),
    "ngo_safe_house": (
        r"safe ?house",
        r"shelter",
        r"隠れ家",
        r"支援団体の施設",
        r"은신처",
        r"쉼터",
        # 라오스의 보호소, シェルター: a shelter, as "shelter" is.
        r"(?<!출입국 )(?<!출입국관리 )(?<!외국인)보호소",
        r"シェルター",
        # "a facility run by a church group", 教会が運営する施設, 선교단체가 운영하는 시설.
        r"(?:facility|home|house|cent(?:er|re)|hostel) (?:run|operated|managed) by (?:an? |the )?"
        r"[\w' -]{0,30}?(?:aid|support|church|christian|humanitarian|relief|rights|civic"
        r"|religious|charity|missionary) (?:group|organi[sz]ation|network)",
        r"(?:支援|民間|人権|キリスト教|宗教|教会|救援)(?:系)?(?:団体|組織)?(?:の|が運営する|が営む)"
        r"(?:保護)?(?:施設|シェルター)",
        r"(?:지원|민간|인권|선교|교회|기독교|종교)(?:단체|기관)?(?:의|가 운영하는|이 운영하는)? ?"
        r"(?:보호)?(?:시설|보호소)",
    ),
}
_CUSTODY_EVENT = re.compile(
    r"taken into (?:protective )?custody|detained|arrested|held (?:[^.;]{0,30} )?by"
    r"|in (?:the )?custody|(?:reached|entered|ran into|rushed into|made it (?:in)?to|got into"
    r"|fled into|sought asylum at|took shelter (?:at|in)) (?:the |a )?(?:japanese )?"
    r"(?:consulate|embassy)|たどり着|逃げ込|助けを求め|保護を求め"
    r"|shelter(?:ing|ed)? (?:at|in)|(?:took|takes|sought|seeking) refuge|under (?:the )?protection"
    r"|staying (?:at|in)|hiding (?:at|in)|(?:are|is|were|was|been) (?:still )?holding"
    r"|拘束|身柄|拘留|逮捕|保護され|身を寄せ|駆け込|捕ま|捕らえ|捕らわ"
    # "a cell of the immigration detention centre", 治安当局の施設, 入管施設を経て,
    # 이민국 수용소에서, 보호소를 거쳐: being in a place of custody or a shelter.
    r"|\b(?:cell|cells|detention (?:centre|center|facility))\b"
    r"|(?:当局|警察|公安|情報機関)の(?:収容)?施設|入管施設|収容施設|シェルターで"
    r"|수용소|(?:보호소|쉼터)(?:에서|에|를 거쳐|을 거쳐)|(?:정보기관|당국|경찰) ?시설"
    r"|\b(?:was|were|been|got|get|gets|is|are|being) caught\b|\bcaught by\b"
    r"|구금|체포|억류|붙잡|잡혔|잡혀|검거|연행|진입|피신|보호(?:되|를 받|받)|머물"
    # 총영사관에 들어가 보호를 요청했다, 総領事館に入った: reaching a mission is refuge.
    r"|(?:영사관|대사관)에 (?:들어가|들어갔|도착|닿|도달)|보호를 (?:요청|요구)|도움을 (?:요청|청)"
    # "asked the authorities for protection", "was handed to the border service",
    # 国境管理部門に引き渡された, 연방보안국에 인계됐다: given into someone's custody.
    r"|\b(?:asked|asking|asks|sought|seeking|seeks|requested|requesting)\b[^.;]{0,40}?"
    r"\bfor protection\b|\bsought protection\b"
    r"|\b(?:handed|turned)\s+(?:him\s+|her\s+|them\s+)?over\s+to\b|\bhanded\s+to\b"
    r"|引き渡さ|引渡さ|(?:에|에게)\s?(?:인계|넘겨)"
    r"|(?:領事館|大使館)に(?:入っ|入り|到着)"
    # "has reached a safe house", "was taken to a shelter": being in a shelter is refuge.
    r"|(?:reached|arrived at|made it to|taken to|moved to|brought to|living (?:at|in)|lives in)"
    r" (?:an? |the )?(?:[\w-]+ ){0,2}(?:safe ?house|shelter|facility)"
    # "The Japanese Embassy in Mongolia is sheltering a man", 大使館が保護している,
    # 대사관이 보호하고 있다: a mission that shelters someone holds them.
    r"|(?:embassy|consulate)(?:[- ]general)?\b[^.;]{0,40}?\b(?:is|was|has been|had been|are"
    r"|were)\s+(?:now\s+)?(?:sheltering|protecting|housing|harbou?ring|looking after)\b"
    r"|(?:大使館|領事館)(?:が|は|で)[^。]{0,30}?(?:保護し|保護中|かくま|匿)"
    r"|(?:대사관|영사관)(?:이|은|에서)[^.]{0,30}?(?:보호하|보호 중|보호하고)",
    re.IGNORECASE,
)
_BROKER_REFUSED = re.compile(
    r"refused to (?:negotiate|pay)|would not pay|rejected the demand"
    r"|交渉を拒否|支払いを拒否|拒否した|거부했|거절했",
    re.IGNORECASE,
)
_BROKER_DEMAND = re.compile(
    r"demanded (?:a |an )?(?:huge |large )?(?:sum|payment|money|cash|ransom)|要求した|要求され"
    r"|요구했|요구하",
    re.IGNORECASE,
)

# 母 and 父 as a person's mother and father, not 祖母, 父母, 母国 (homeland) or 母語.
_JA_MOTHER = r"(?<![祖父伯叔])母(?!国|語|校|体)"
_JA_FATHER = r"(?<![祖伯叔])父(?!母)"
_KO_MOTHER = r"어머니|모친|엄마"
_KO_FATHER = r"(?<!할)아버지|부친"
# Grandparents and older ancestors, read as parents are: a relative, not the subject.
_EN_GRAND = r"(?:great-)*grand(?:mother|father|parents?)"
_JA_GRAND = r"(?:曾|高)?祖(?:父母|母|父)(?:親)?"
_KO_GRAND = r"(?:외|친)?(?:증조)?(?:할머니|할아버지|조모|조부)"
RELATIONS: dict[str, tuple[str, ...]] = {
    "husband": (r"\bhusband\b", r"夫(?!人)", r"主人", r"남편"),
    "wife": (r"\bwife\b", r"妻", r"아내", r"부인"),
    "spouse": (r"\bspouse\b", r"\bmarried to\b", r"配偶者", r"結婚", r"배우자", r"결혼"),
    "child": (
        r"\bchildren\b",
        r"\bchild\b",
        r"\bsons?\b",
        r"\bdaughters?\b",
        r"子ども",
        r"子供",
        r"息子",
        r"娘",
        r"아들",
        r"딸",
        r"자녀",
    ),
    "parent": (
        r"\bmother\b",
        r"\bfather\b",
        r"\bparents?\b",
        _JA_MOTHER,
        _JA_FATHER,
        r"両親",
        _KO_MOTHER,
        _KO_FATHER,
        r"부모",
    ),
    "grandparent": (rf"\b{_EN_GRAND}\b", _JA_GRAND, _KO_GRAND),
    "grandmother": (r"\b(?:great-)*grandmother\b", r"祖母", r"할머니|조모"),
    "grandfather": (r"\b(?:great-)*grandfather\b", r"祖父(?!母)", r"할아버지|조부"),
    "mother": (r"\bmother\b", _JA_MOTHER, _KO_MOTHER),
    "father": (r"\bfather\b", _JA_FATHER, _KO_FATHER),
    "sibling": (r"\bbrother\b", r"\bsister\b", r"\bsiblings?\b", r"兄弟", r"姉妹", r"兄", r"姉"),
}

# What kind of person the article describes: (category, sex) hints.
_JAPANESE_SPOUSE = re.compile(
    r"japanese (?:woman|man|wife|husband|spouse)|日本人(?:の)?(?:女性|妻|配偶者|男性)|日本人妻"
    # "a Japanese national who followed his Korean wife to North Korea"
    r"|japanese (?:national|citizen)\b[^.;]{0,60}?\bkorean (?:wife|husband)"
    r"|일본인 ?(?:처|아내|여성|남성|배우자)",
    re.IGNORECASE,
)
_FORMER_RESIDENT = re.compile(
    r"former (?:korean )?residents? of japan|korean resident of japan|在日朝鮮人|元在日"
    r"|재일 ?(?:교포|동포|조선인|한국인)",
    re.IGNORECASE,
)
_FEMALE = re.compile(
    r"\b(?:woman|she|her|wife|mother|daughter)\b|女性|彼女|妻|母親|娘|여성|그녀|할머니"
    # 朝鮮人の夫と北朝鮮へ渡った: a woman who went with her husband.
    r"|夫(?:と(?:共に|ともに|一緒に)?|を追|について)",
    re.IGNORECASE,
)
_MALE = re.compile(
    r"\b(?:man|he|his|husband|father|son)\b|男性|彼(?!女)|父親|息子|남성|할아버지"
    # 夫 as the subject's own word for a man (夫は), not her husband she went with (夫と)
    # nor a relative's husband (姉の夫).
    r"|(?<![姉妹母娘叔伯]の)(?<!人の)夫(?!と|を追|について|人)"
    # 朝鮮人の妻と北朝鮮に渡った: a man who went with his wife (日本人妻と is no one's wife).
    r"|(?<!日本人)妻(?:と(?:共に|ともに|一緒に)?|を連れ)",
    re.IGNORECASE,
)

# --- ages, years, months -------------------------------------------------------

_AGE_PATTERNS = (
    re.compile(r"\b(\d{1,3})[- ]year[- ]old\b", re.IGNORECASE),
    re.compile(r"\baged? (\d{1,3})\b", re.IGNORECASE),
    re.compile(r"\b(\d{1,3}) years? old\b", re.IGNORECASE),
    re.compile(r"\bnow (?:aged )?(\d{1,3})\b(?! years? (?:ago|later|since))", re.IGNORECASE),
    re.compile(r"(?:woman|man|wife|husband|widow|spouse|resident), (\d{1,3}),", re.IGNORECASE),
    re.compile(r"\b(?:woman|man|widow|widower|wife|husband) of (\d{1,3})\b", re.IGNORECASE),
    # "Haru Ogawa, 72," / "Chiyoko, 69," / "Pak Sun-hui, 58,": a name and an age between
    # commas; a Korean given name is often hyphenated.
    re.compile(r"\b[A-Z][a-z]+(?:-[a-z]+)?(?: [A-Z][a-z]+(?:-[a-z]+)?)?, (\d{1,3}),"),
    # "He is 88.", "She turned 90 in May": the subject's age said in a sentence of its own.
    re.compile(
        r"\b(?:he|she) (?:is|turns|turned|has turned) (\d{1,3})\b(?=\s*(?:[.;]|$|in\b))", re.I
    ),
    re.compile(r"(\d{1,3})\s*歳"),
    re.compile(r"(\d{1,3})\s*세(?!기)"),
    # 박모(87·여) 씨, (87·결혼 전 성 아베), （87・旧姓阿部）: the age, then a note after a dot.
    re.compile(r"[（(](\d{1,3})(?:[·・][^\d()（）][^()（）]{0,20})?[）)]"),
    # ミチさん（仮名、81）, 김순옥(가명·81): a pseudonym, then the age.
    re.compile(r"[（(](?:仮名|가명)\s?[、,·・]\s?(\d{1,3})(?:歳|세)?[）)]"),
)
# 連載 海を渡った妻たち（5）, 기획 시리즈 북송 60년 (3), "Lost Wives (2)": the instalment of a
# series, after its title, is no one's age; an age in brackets follows a name (さん（80）).
_SERIES_BEFORE = re.compile(
    r"(?:連載|シリーズ|連続企画|연재|시리즈|기획|\bseries\b|\bpart\b|\binstal?lment\b)"
    r"[^。.!?「」“”\"]{0,40}(?<!さん)(?<!氏)(?<!様)(?<!씨)\s?[(（]$",
    re.I,
)
# 귀국자 2세, 재일동포 3세, 재일 2세: the generation of a returnee or a Korean resident of
# Japan is written as an age is (2세), after the word for who they are.
_GENERATION_BEFORE = re.compile(
    r"(?:귀국자|재일|동포|교포|한인|조선인|한국인|이민자?|입양인|일본인|일계)\s?$"
)
_HONORIFIC_AFTER = re.compile(r"\s?(?:씨|さん|氏|옹|여사|할머니|할아버지)")
# 梁玉順さん、当時15歳: the age she was at the time the sentence tells of, not her age now.
_THEN_BEFORE = re.compile(
    r"(?:当時|その時|そのとき|당시|그때|\bthen|\bat the time,?)\s*(?:aged?\s+)?$", re.I
)
_THEN_AFTER = re.compile(
    r"^(?:\s*years? old)?,?\s*(?:at the time|then)\b"
    # 4歳上の姉, 두 살 아래 동생, "five years older": a difference of ages, not an age.
    r"|^\s*(?:歳|살|세)?\s*(?:上|下|年上|年下|違い|위|아래|많은|적은)"
    # 19歳の春、帰国船に乗った: the season of a year of her life, an age then.
    r"|^\s*歳?の(?:春|夏|秋|冬)"
    # 弟は5歳のままだ, 내 기억 속 동생은 다섯 살 그대로다, "forever five in my memory":
    # the age someone is remembered at, not the age now.
    r"|^\s*歳?の?まま|^\s*(?:살|세)?\s?(?:그대로|그 모습|에 멈춰|에 머물)"
    r"|^\s*(?:years? old\s+)?(?:forever|still)?\s*in (?:my|her|his|their|our)"
    r" (?:memory|memories|mind)",
    re.I,
)
_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")
_DECADE_YEAR = re.compile(r"(?<!\d)(1[89]\d0|20\d0)(?:'?s\b|年代|년대)")
_YEAR_RANGE = re.compile(
    r"between (1[89]\d\d|20\d\d) and (1[89]\d\d|20\d\d)"
    r"|(?:from )?(1[89]\d\d|20\d\d)\s*(?:-|–|—|to)\s*(1[89]\d\d|20\d\d)"
    r"|(1[89]\d\d|20\d\d)年?\s*(?:から|～|〜|~|－|ー)\s*(1[89]\d\d|20\d\d)年",
    re.IGNORECASE,
)
_DEPARTURE = re.compile(
    r"(?:went|moved|emigrated|sailed|relocated|crossed|was taken) to (?:north korea|the north)"
    r"|(?:followed|accompanied|joined) (?:him|her|them|\w+ (?:korean )?(?:husband|wife|family"
    r"|parents))"
    # "left Japan for North Korea", "left Amagasaki for the North": the town left too.
    r" to (?:north korea|the north)|left (?:[\w'-]+(?:,? [\w'-]+)? )?for (?:north korea|the north)"
    # "left Japan with her husband in 1960", "went North with her Korean husband"
    r"|left japan with (?:her|his|their) (?:korean )?(?:husband|wife|family|parents)"
    r"|(?:went|gone|sailed|moved) north\b"
    r"|(?:sailed|headed|departed|set off) for (?:north korea|the north)"
    # "boarded a ship bound for the North", 帰国船に乗った, 귀국선을 탔다: the ships of
    # the repatriation programme.
    r"|(?:boarded|took|was on|sailed on) (?:a |the )?(?:\w+ )?ship (?:to|for|bound for)"
    r" (?:north korea|the north|chongjin)"
    r"|repatriat|北朝鮮へ?に?渡|北朝鮮に帰国|帰還事業|北送|渡った|帰国船|帰還船"
    # 昭和35年に渡航した, 1961年渡航: a journey of the repatriation years with no place
    # named (a later trip to China names it, 2019年に中国へ渡航).
    r"|(?<=19[5-8]\d年)に?渡航(?=し|。|、)"
    r"|북송|귀국 ?사업|귀환 ?사업|귀국선|귀환선|북한(?:으로|에) (?:건너|갔|이주)"
    # "had lived in North Korea since 1962", 1962年から北朝鮮で暮らし, 1962년부터 북한에서
    # 살았다: the year she went there.
    r"|\b(?:lived|living|stayed) in (?:north korea|the north) (?:ever )?since\b"
    r"|(?<=19[5-8]\d年)から北朝鮮で(?:暮ら|生活|住)|(?<=19[5-8]\d년)부터 북한에서 (?:살|생활|거주)"
    # Niigata was the port of the repatriation ships: "sailed from Niigata", "waved from
    # the deck at the quay in Niigata", "on to a ship at Niigata".
    r"|\b(?:sailed|left|departed) from (?:the port of )?niigata\b"
    r"|\b(?:quay|port|pier|harbou?r|docks?|ship) (?:in|at|of) niigata\b",
    re.IGNORECASE,
)
# An age at leaving for the North, with no year ("He was 26 when he sailed", 24歳で海を
# 渡った, 스물… 24세 때 북송선을 탔다): counted from the case's birth year when scoring.
_DEPARTURE_AGE = re.compile(
    # The one whose age it is is the one who left: "he was 26 … when he sailed", not "her
    # brother was 15 when his sister sailed".
    r"\b(?:he|she|the (?:wo)?man|and) was (\d{1,2})\b[^.;]{0,60}?\bwhen (?:he|she)\b"
    r"|\b(?:at(?: the age of)?|aged) (\d{1,2}),? (?:he|she|they)\b"
    r"|\bas an? (\d{1,2})-year-old\b"
    r"|(?<!\d)(\d{1,2})\s*歳(?:の(?:とき|時)に?|で|の(?:春|夏|秋|冬)、?)"
    r"|(?<!\d)(\d{1,2})\s*(?:세|살)(?: 때| 나이에|에) ",
    re.IGNORECASE,
)
MONTHS_EN = MONTH_NAMES
_MONTH_EN = re.compile(
    r"\b(?:in|since|by|early|late|last|mid-?) (" + "|".join(MONTHS_EN) + r")\b", re.I
)
# "detained … on May 2": a month with its day, after "on" (not a dateline's "May 9 (AFP)").
_MONTH_DAY_EN = re.compile(r"\bon (" + "|".join(MONTHS_EN) + r")\.? \d{1,2}\b", re.I)
_MONTH_JA = re.compile(r"(?<!\d)(1[0-2]|[1-9])[月월]")
_SEASON = re.compile(
    r"\b(last|this) (spring|summer|autumn|fall|winter|year)\b|(昨年|去年|今年)の?(春|夏|秋|冬)?"
    r"|(지난해|작년|올해) ?(봄|여름|가을|겨울)?",
    re.IGNORECASE,
)
_SEASON_JA = {"春": "spring", "夏": "summer", "秋": "autumn", "冬": "winter"}
_SEASON_JA |= {"봄": "spring", "여름": "summer", "가을": "autumn", "겨울": "winter"}


@dataclass(frozen=True)
class Fact:
    kind: str  # age, year, departure_year, month, season, place, region, prefecture, ...
    value: str
    sentence: int
    # For places: home (birthplace or home prefecture), residence (where the person lives
    # now), transit (an airport or a city flown from), custody, refuge, or "" when the
    # sentence does not say.
    role: str = ""


@dataclass
class Extraction:
    language: str
    sentences: list[str]
    facts: list[Fact] = field(default_factory=list)
    names: list[tuple[str, int]] = field(default_factory=list)  # (text, sentence)
    # The names among them that clearly name the person the article is about.
    subject_names: list[tuple[str, int]] = field(default_factory=list)

    def of(self, kind: str) -> list[Fact]:
        return [fact for fact in self.facts if fact.kind == kind]

    def values(self, kind: str) -> set[str]:
        return {fact.value for fact in self.facts if fact.kind == kind}

    def has(self, kind: str, value: str = "") -> bool:
        return any(f.kind == kind and (not value or f.value == value) for f in self.facts)


def _norm(text: str) -> str:
    return unicodedata.normalize("NFKC", text).replace("’", "'")


def _search_any(patterns: tuple[str, ...], sentence: str) -> bool:
    return any(re.search(pattern, sentence, re.IGNORECASE) for pattern in patterns)


def _years(sentence: str) -> tuple[set[int], set[int]]:
    """(years stated on their own, years that only bound a range such as 1959–1984)."""
    ranged: set[int] = set()
    for match in _YEAR_RANGE.finditer(sentence):
        ranged |= {int(group) for group in match.groups() if group}
    single = {int(year) for year in _YEAR.findall(sentence)} - ranged
    return single, ranged


# "as The Associated Press reported in July", 本紙が7月に報じた, 본지가 10월 보도한: the month
# of an earlier report, not of anything that happened to the person.
_REPORTED_IN = re.compile(
    r"\breported (?:it )?(?:in|on|last) (?:early |late |mid-?)?[A-Z][a-z]+\b"
    r"|(?<!\d)(?:1[0-2]|[1-9])月(?:に|の)?(?:報じ|報道|伝え)"
    r"|(?<!\d)(?:1[0-2]|[1-9])월(?:에)? ?(?:보도|전한|전했)"
)


# A month told against the article's date: this month or last (今月, 이달, "last month"), and
# a day of the month given alone (1日, 20일, "on the 3rd"), which news writes for a day of
# this month or, past today's day, of the last. The day an article's source spoke on
# (28日、…取材で分かった, 20일 전했다) is the report's, not the story's.
_MONTH_BACK = re.compile(
    r"\b(this|last) month\b|(今月|先月|이달|이번 ?달|지난달)",
    re.IGNORECASE,
)
_DAY_ALONE = re.compile(
    r"(?<![\d月월.,/-])(?<![\d月월] )(3[01]|[12]\d|[1-9])(?:日|일)"
    r"(?!\s*(?:間|간|後|후|ぶり|만에|째|以内|이내|以上|이상|前|전|\d))"
    r"(?![^。.]{0,20}?(?:分かった|わかった|明らかにした|発表|報じ|伝えた|전했|밝혔|알려졌|보도|발표))"
    r"|\bon the (3[01]|[12]\d|[1-9])(?:st|nd|rd|th)\b(?! of\b)",
    re.IGNORECASE,
)


def _months_back(sentence: str) -> set[str]:
    found = set()
    for match in _MONTH_BACK.finditer(sentence):
        said = (match.group(1) or match.group(2)).lower()
        found.add("0" if said in ("this", "今月", "이달", "이번달", "이번 달") else "1")
    return found


def _days_alone(sentence: str) -> set[str]:
    return {m.group(1) or m.group(2) for m in _DAY_ALONE.finditer(sentence)}


def _months(sentence: str) -> set[int]:
    sentence = _REPORTED_IN.sub(" ", sentence)
    named = _MONTH_EN.findall(sentence) + _MONTH_DAY_EN.findall(sentence)
    months = {MONTHS_EN.index(name.lower()) + 1 for name in named}
    months |= {int(number) for number in _MONTH_JA.findall(sentence)}
    return months


def _seasons(sentence: str) -> set[str]:
    found: set[str] = set()
    for match in _SEASON.finditer(sentence):
        if match.group(1):
            found.add(
                f"{match.group(1).lower()} {match.group(2).lower().replace('fall', 'autumn')}"
            )
        elif match.group(3) or match.group(5):
            said = match.group(3) or match.group(5)
            which = "this" if said in ("今年", "올해") else "last"
            season = match.group(4) or match.group(6) or ""
            found.add(f"{which} {_SEASON_JA.get(season, 'year')}")
    return found


# Capitalised runs that are not people: places, bodies, titles.
_NOT_A_PERSON = {
    "north",
    "south",
    "korea",
    "korean",
    "koreans",
    "japan",
    "japanese",
    "china",
    "chinese",
    "foreign",
    "ministry",
    "minister",
    "house",
    "representatives",
    "committee",
    "budget",
    "diet",
    "government",
    "bureau",
    "affairs",
    "asian",
    "oceanian",
    "director",
    "general",
    "deputy",
    "chief",
    "cabinet",
    "secretary",
    "vice",
    "lower",
    "upper",
    "department",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "the",
    "a",
    "an",
    "in",
    "on",
    "under",
    "asked",
    "it",
    "she",
    "he",
    "but",
    "before",
    "by",
    "many",
    "sources",
    "red",
    "cross",
    "united",
    "nations",
    # A title is not part of the name after it ("Mr Ko Yong-nam" is Ko Yong-nam).
    "mr",
    "mrs",
    "ms",
    "miss",
}
# A Korean given name in Latin letters may carry its second syllable in lower case after a
# hyphen (Han Hye-young, Kim Chol-ho); "Sendai-born" and "Tokyo-based" are not names.
_LOWER_SYLLABLE = r"(?:-(?!(?:born|based|bound|era|style|led|run|made|owned|like)\b)[a-z]{2,5}\b)?"
_CAPITALISED_RUN = re.compile(
    rf"\b[A-Z][a-z]+{_LOWER_SYLLABLE}(?:[- ][A-Z][a-z]+{_LOWER_SYLLABLE})+\b"
)
_NAME_WORD = re.compile(rf"[A-Z][a-z]+{_LOWER_SYLLABLE}|[^- ]+")
_JA_HONORIFIC = re.compile(
    r"([一-龥々]{1,3}[\s・]?[一-龥々ぁ-んァ-ヶー]{1,4}|[ァ-ヶー]{2,8}[・\s][ァ-ヶー]{2,8})"
    # 朴成進(パク・ソンジン)さん: a reading in brackets between the name and さん.
    r"(?:\([ァ-ヶー・\s]{2,16}\))?(?:さん|氏)"
)


# 김영희 씨, and a Japanese name in hangul: 나카무라 도시코(80) 씨.
_KO_HONORIFIC = re.compile(
    # 박 씨, 고씨(72): a family name alone, the given name withheld.
    r"(?<![가-힣])([가-힣]{1,2}\s?[가-힣]{1,3}|[가-힣]{2,5} [가-힣]{1,4}|[가-힣])"
    r"\s?(?:[(（]\d{1,3}(?:[·・][^\d()（）][^()（）]{0,20})?[)）]\s?)?"
    r"씨(?:는|가|를|의|와|에게|도|께서는?|로)?(?![가-힣])"
)


def _name_spans(sentence: str) -> list[tuple[str, int, int]]:
    """Runs of two or three capitalised words that are not places or titles; さん/氏 and 씨
    names; each with where it stands in the sentence."""
    found: list[tuple[str, int, int]] = []
    for match in _CAPITALISED_RUN.finditer(sentence):
        segment: list[re.Match[str]] = []
        words = [*_NAME_WORD.finditer(match.group(0)), None]
        for word in words:
            text = word.group(0).lower() if word else ""
            if word and text not in _NOT_A_PERSON and text not in MONTHS_EN:
                segment.append(word)
                continue
            if 2 <= len(segment) <= 3:
                start, end = match.start() + segment[0].start(), match.start() + segment[-1].end()
                found.append((" ".join(w.group(0) for w in segment), start, end))
            segment = []
    for pattern in (_FAMILY_NAME_ONLY_EN, _TITLED_FAMILY_EN):
        for match in pattern.finditer(sentence):
            found.append((match.group(1), match.start(1), match.end(1)))
    for match in _MAIDEN_NAME.finditer(sentence):
        name = next(group for group in match.groups() if group)
        start = next(match.start(i) for i in range(1, len(match.groups()) + 1) if match.group(i))
        found.append((name, start, start + len(name)))
    # 이름은 오노 시게루로 알려졌다, 名前は小野茂とされる: a name given as such, no honorific.
    for pattern in (_KO_NAME_GIVEN, _JA_NAME_GIVEN):
        for match in pattern.finditer(sentence):
            found.append((match.group(1), match.start(1), match.end(1)))
    for pattern in (_JA_HONORIFIC, _KO_HONORIFIC):
        for match in pattern.finditer(sentence):
            name, start = match.group(1), match.start(1)
            # 夫の金永洙さん, 代表の森裕二さん, 남편 김영수 씨: the name is after the の or
            # after the word of relation or office.
            head = _NAME_HEAD.match(name) or _JA_CLAUSE_HEAD.match(name)
            cut = head.end() if head else _ko_clause_head(name)
            if cut:
                name, start = name[cut:], start + cut
            # 박모(82) 씨, 朴某さん: a family name and "a certain", the given name withheld.
            withheld = _WITHHELD.search(name)
            if withheld:
                name = name[: withheld.start()]
            if name:
                found.append((name, start, start + len(name)))
    # A name both read as given and with its honorific is one name.
    return list(dict.fromkeys(found))


# "Its name is …" in Korean and Japanese: the name, then a particle that ends it (로 알려졌다,
# 라고 밝혔다, とされる, だという); a hiragana given name is not read here.
_KO_NAME_GIVEN = re.compile(
    r"(?:이름|본명|성명|실명)(?:은|이) ([가-힣]{1,5}(?: [가-힣]{1,4}?)?)"
    r"(?:으로|로|이라고|라고|이라는|라는|이며|이고|이다|이었다|였다|다)(?![가-힣])"
)
_JA_NAME_GIVEN = re.compile(
    r"(?:名前|氏名|本名|実名)は([一-龥々]{1,3}[\s・]?[一-龥々ァ-ヶー]{1,4}?|[ァ-ヶー]{2,8}[・\s][ァ-ヶー]{2,8})"
    r"(?=さん|氏|と|で|だ|。|、)"
)
# A maiden name given alone: ＝旧姓松井＝, (旧姓・佐野), 결혼 전 성은 아베, "née Sato",
# "her maiden name was Kudo".
_MAIDEN_NAME = re.compile(
    r"(?:旧姓|結婚前の姓)[・:：は]?([一-龥々]{1,3}|[ァ-ヶー]{2,6})(?=[=＝)）、。・]|さん|で|と)"
    r"|결혼 전 성(?:은|이)? ?([가-힣]{1,4})(?=[)）,.]| |이다|이며|이고|으로|로|씨)"
    r"|\b(?:n[ée]e|maiden name (?:is |was )?(?:as )?)\s*([A-Z][a-z]+)\b"
    # A Japanese alias family name: 「新井」の通名, 通名は金田, 통명 가네다, 통명은 아라이.
    r"|[「『]([一-龥々]{1,3})[」』](?:の|という)?(?=通名|通称名)"
    r"|(?:通名|通称名)[・:：は「『]?(?<=[・:：は「『名])([一-龥々]{1,3})(?=[」』)）、。・]|で|を|と)"
    r"|통명(?:은|이)? ?[\"'‘“]?([가-힣]{2,4}?)(?=[\"'’”)）,.]| |으로|로|이다|이며|이고)"
    # 「金山」という通名, '가네야마'라는 통명: the alias, then the word that says it is one.
    r"|[\"'‘“]([가-힣]{2,4})[\"'’”](?:이)?(?=라는 통명)"
)
_MAIDEN_BEFORE = re.compile(
    r"(?:旧姓|結婚前の姓)[・:：は]?$|결혼 전 성(?:은|이)? ?$|\b(?:n[ée]e|maiden name (?:is |was )?"
    r"(?:as )?)\s*$",
    re.I,
)
_ALIAS_AFTER = re.compile(r"^[」』](?:の|という)?(?:通名|通称名)|^[\"'’”](?:이)?라는 통명")
_ALIAS_BEFORE = re.compile(r"(?:通名|通称名)[・:：は「『]?$|통명(?:은|이)? ?[\"'‘“]?$")
_WITHHELD = re.compile(r"(?<=[가-힣])\s?모$|(?<=[一-龥])某$")
# A family name given alone in English: "a man surnamed Kim", "gave her surname as Ko".
# "identified him only by his family name, Kim", "gave only her surname, Ko": the family
# name after the words that say it is one.
_FAMILY_ONLY_EN = (
    r"\b(?:surnamed|(?:sur|family )name (?:as|is|was)"
    r"|identified (?:(?:him|her) )?(?:only )?as (?:Mr|Mrs|Ms|Miss)\.?"
    r"|identified (?:him|her) (?:only )?as"
    r"|(?:identified\s+(?:(?:him|her|them)\s+)?(?:only\s+)?)?"
    r"(?:by|gave|giving|gives|give|withheld all but|disclosed|released)\s+(?:only\s+)?"
    r"(?:his|her|their|the)\s+(?:sur|family )name,?(?:\s+as)?)\s+"
)
_FAMILY_NAME_ONLY_EN = re.compile(_FAMILY_ONLY_EN + r"([A-Z][a-z]+)\b(?![ -][A-Z])")

# "Mr Ko, who …", "Ms. Tanaka said": a family name with its title and no given name after
# it (the article withholds it); "Mr Ko Yong-nam" is a full name, read whole.
_TITLED_FAMILY_EN = re.compile(r"\b(?:Mr|Mrs|Ms|Miss)\.?\s+([A-Z][a-z]+)\b(?![- ][A-Z]|-[a-z])")
# 埼玉県内で暮らす中島さん, 大阪に住む高さん: a verb's attributive form (暮らす, 住む, 働いた)
# before a kanji name of two or more characters is no part of it; 中村のぶ子さん keeps its
# kana given name (one kanji after the kana).
_JA_CLAUSE_HEAD = re.compile(
    r"^[一-龥々]{1,2}[ぁ-ん]{0,2}[うくぐすつぬぶむるたいだ](?=[一-龥々]{2})"
)


_NAME_HEAD = re.compile(
    # Not のぶ子 or のり子 (a given name in kana): only a kanji name after the の (or after
    # a particle: 女性は李明姫さん).
    r"^[一-龥々]+[のはがをにでもへ](?=[一-龥々])"
    r"|^(?:남편|아내|부인|처|어머니|아버지|아들|딸|손자|손녀|대표|회장|이사장|변호사|교수|기자"
    r"|장관|관계자|여성|남성|귀국자|탈북자|탈북민|동포|교포) "
)


# 붙잡힌 박성진(37) 씨, 출신 현정일 씨, 측은 박 씨: a word that ends a clause (a verb's
# ㄴ/ㄹ form, 출신, a particle) before the name is not part of it. A Japanese family name in
# hangul rarely ends so (다카기 하루, 이시이 지요); a one-syllable word (간 나오토) is kept.
def _ko_clause_head(name: str) -> int:
    """Where the name starts after a clause-ending word before it, or 0."""
    first, _space, rest = name.partition(" ")
    # 온 박 씨: after a one-syllable verb form, a family name of one syllable (간 나오토
    # keeps its one-syllable family name before a longer given name).
    short = len(first) < 2 and len(rest) > 1
    if not rest or short or not all("가" <= c <= "힣" for c in first):
        return 0
    final = (ord(first[-1]) - 0xAC00) % 28
    if final in (4, 8) or first[-1] in "는를의" or first == "출신":
        return len(first) + 1
    return 0


def _names(sentence: str) -> list[str]:
    return [name for name, _start, _end in _name_spans(sentence)]


# A name that clearly names the person the article is about: with their own age right
# after it ("Haruko Sasaki, 84,", 佐々木春子さん（84）, 사사키 하루코(84) 씨) or beside
# what they are ("Kazuko Nakamura, an 85-year-old Japanese woman", 日本人妻、中村和子さん,
# 일본인 처 나카무라 가즈코 씨). Not a relative's or an official's name ("her son Kim Chol,
# 40,", 夫の金さん（86）, 지원단체 대표 이모(60) 씨), whatever follows it.
_SUBJECT_AFTER = re.compile(
    r"^(?:\([ァ-ヶー・\s]{2,16}\))?(?:さん|氏|\s?씨)?\s*[（(]\s*\d{1,3}\s*(?:歳|세)?"
    r"(?:[·・][^\d()（）][^()（）]{0,20})?[)）]"
    r"|^,\s*\d{1,3}\s*,"
    # 宋玉子さん（そん・おくじゃ＝元代表）: a Japanese obituary's heading, the reading and
    # what the person was, in brackets after the name.
    r"|^(?:さん|氏)?[（(][ぁ-んァ-ヶー・\s]{2,16}[=＝]"
    r"|^,\s*who\b"
    # "Fusa Onodera, born in Ishinomaki, …", "Kenji Ito, a native of Akita": her own origin.
    r"|^,\s*(?:born\s+(?:in|on)|a native of|originally from|from\s+(?-i:[A-Z]))"
    r"|^,\s*(?:an?|the)\s+(?:\d{1,3}[- ]year[- ]old\s+|elderly\s+|former\s+)?"
    r"(?:japanese|korean|north korean)?\s*(?:woman|man|wife|husband|widow|spouse|returnee"
    r"|defector|resident|national)\b",
    re.I,
)
_SUBJECT_BEFORE = re.compile(
    r"(?:japanese (?:wife|woman|man|spouse|husband|widow)|returnee|defector)\s*,?\s*$"
    # "The woman, Yoshie Kawano, is …", 女性は李明姫さん, …에서 태어난 우에다 기미코 씨.
    r"|\bthe (?:woman|man)\s*,\s*$|(?:女性|男性)は$|(?:태어난|출신인?|출신의)\s*$"
    # "The man, named as Pak Chol", "a woman identified as …", 男性の名前は…, 이 남성의 이름은
    # …: the subject's name given as such (a relative's is told apart in _subject_names).
    r"|\b(?:named|identified)\s+(?:only\s+)?as\s+$|\b(?:woman|man) named\s+$"
    r"|(?:女性|男性)の(?:名前|氏名|本名|実名)は$"
    r"|(?:여성|남성|남자|여자)의 (?:이름|본명|성명|실명)(?:은|이) $"
    r"|(?:日本人妻|日本人女性|日本人男性|日本人配偶者|脱北者|帰国者|在日朝鮮人)(?:の)?[、,\s]*$"
    r"|(?:일본인 ?(?:처|아내|여성|남성|배우자)|탈북민|탈북자|재일 ?(?:교포|동포|조선인))\s*$"
    # 70대 탈북 여성 고모 씨: "the woman" before the name, as in English and Japanese.
    r"|(?:^|\s)(?:여성|남성)\s*$"
    # "a man surnamed Kim", "it gave her surname as Ko", "identified only as Ms. Ko".
    r"|" + _FAMILY_ONLY_EN + "$",
    re.I,
)
_FAMILY_ONLY_BEFORE = re.compile(_FAMILY_ONLY_EN + "$", re.I)
# "identified as Kim", "identified him only as Kim": the person is named as the subject.
_NAMED_AS_BEFORE = re.compile(
    r"\b(?:named|identified)\s+(?:(?:him|her|them)\s+)?(?:only\s+)?as\s+$", re.I
)
_NOT_SUBJECT_BEFORE = re.compile(
    r"\b(?:husband|wife|son|daughter|mother|father|brother|sister|grandson|granddaughter"
    r"|grandmother|grandfather|minister|spokes(?:wo)?man|spokesperson|official|director|chief"
    r"|head|leader|lawyer|attorney|professor|reporter|secretary|chairman|chairwoman|president"
    r"|said|says|told|according to|founder|representative)\b[^.;]{0,6}$"
    r"|(?:夫|妻|母|父|息子|娘|長男|長女|次男|次女|兄|姉|弟|妹|孫|代表|会長|理事長|事務局長"
    r"|弁護士|教授|記者|大臣|長官|幹部|職員|担当者)(?:の|で|である)?[、,\s]*$"
    r"|(?:남편|아내|어머니|아버지|아들|딸|손자|손녀|대표|회장|이사장|사무국장|변호사|교수|기자"
    r"|장관|관계자|직원)(?:인|의)?\s*$",
    re.I,
)


_SPEAKER_BEFORE = re.compile(r"\b(?:said|says|told)\s*$", re.I)
_SPEAKER_OWN_AGE = re.compile(
    r",\s*(?:an?\s+)?\d{1,3}[- ]year[- ]old\s+(?:japanese\s+|korean\s+|north korean\s+)?"
    r"(?:woman|man|wife|husband|widow|widower|returnee|defector|resident|national)\b",
    re.I,
)


_PLACE_WORDS = frozenset(
    {"prefecture", "province", "river", "city", "county", "island", "airport", "port", "region"}
)


def _subject_names(sentence: str) -> list[str]:
    """The names in a sentence that clearly name the article's subject (see above)."""
    found = []
    for name, start, end in _name_spans(sentence):
        if name.rsplit(" ", 1)[-1].lower() in _PLACE_WORDS:
            continue  # "Akita Prefecture, who …" names a place
        before, after = sentence[:start][-30:], sentence[end:][:60]
        # 박모(82) 씨, 朴某さん: what follows the withheld given name.
        after = re.sub(r"^\s?(?:모|某)(?=\s?[(（씨さ])", "", after)
        # "her husband, surnamed Kim": whose name it is is said before "surnamed".
        # ("Her husband, identified only by his family name, Han": read far enough back.)
        wide = sentence[:start][-60:]
        surnamed = (
            _FAMILY_ONLY_BEFORE.search(wide)
            or _NAMED_AS_BEFORE.search(wide)
            or _MAIDEN_BEFORE.search(wide)
        )
        if surnamed and _NOT_SUBJECT_BEFORE.search(wide[: surnamed.start()].rstrip(", ")):
            continue
        # 日本人妻、佐々木春子さん: her own status, though 妻 is also a relation.
        # '…," said Lee Myung-sook, a 60-year-old woman born in Kaesong': a speaker given
        # her own age and what she is, as a subject is; "said Kim, a spokesman" is not.
        speaker = _SPEAKER_BEFORE.search(before) and _SPEAKER_OWN_AGE.match(after)
        # 「新井」の通名, 통명 아라이: the subject's alias family name, given alone.
        alias = _ALIAS_AFTER.match(after) or _ALIAS_BEFORE.search(before)
        if (
            surnamed
            or alias
            or _SUBJECT_BEFORE.search(before)
            or (
                _SUBJECT_AFTER.search(after) and (speaker or not _NOT_SUBJECT_BEFORE.search(before))
            )
        ):
            found.append(name)
    return found


@dataclass(frozen=True)
class _Mention:
    kind: str  # prefecture, region, place (abroad, held in), city
    key: str
    start: int
    end: int
    country: str = ""
    province: str = ""


_PREFECTURE_LATIN = re.compile(
    r"\b(" + "|".join(p.key for p in PREFECTURES) + r")(?:[- ]prefecture|-ken|-fu|-to)?\b",
    re.IGNORECASE,
)
_PREFECTURE_KANJI = re.compile(
    "|".join(rf"{p.kanji}(?:県|府|都)" for p in PREFECTURES if p.kanji != "北海道")
    + "|北海道|"
    + "|".join(rf"{p.kanji}(?=出身|生まれ|で生まれ)" for p in PREFECTURES)
)


_PREFECTURE_HANGUL = re.compile(
    "|".join(
        rf"(?P<{key}>{name}(?:현|부|도)"
        + ("" if key in PREFECTURE_HANGUL_NEEDS_SUFFIX else "?")
        # Not the start of a longer word (도쿄지방법원), but a particle may follow: 교토에서.
        + r")(?:(?![가-힣]{2})|(?=(?:에서는|에서|에는|으로|까지|부터)(?![가-힣])))"
        for key, name in PREFECTURE_HANGUL.items()
    )
)


_RIVER_AFTER = re.compile(r"\s+river\b")


def _mentions(sentence: str) -> list[_Mention]:
    """Every place named in a sentence, with its span; a name inside a longer one is dropped."""
    lowered = sentence.lower()
    found: list[_Mention] = []
    for match in _PREFECTURE_LATIN.finditer(sentence):
        key = match.group(1).lower()
        found.append(_Mention("prefecture", key, match.start(), match.end(), "JP", key))
    for match in _PREFECTURE_KANJI.finditer(sentence):
        written = match.group(0)
        key = next(p.key for p in PREFECTURES if written.startswith(p.kanji))
        found.append(_Mention("prefecture", key, match.start(), match.end(), "JP", key))
    for match in _PREFECTURE_HANGUL.finditer(sentence):
        key = str(match.lastgroup)
        found.append(_Mention("prefecture", key, match.start(), match.end(), "JP", key))
    for key, (_half, patterns) in JAPAN_REGIONS.items():
        for pattern in patterns:
            for match in re.finditer(pattern, lowered):
                found.append(_Mention("region", key, match.start(), match.end(), "JP"))
    for key, (country, patterns) in FOREIGN_PLACES.items():
        for pattern in patterns:
            for match in re.finditer(pattern, lowered):
                if _RIVER_AFTER.match(lowered, match.end()):
                    continue  # "the Tumen River" is the river, not the city of Tumen
                province = FOREIGN_PLACE_PROVINCE.get(key, "")
                found.append(_Mention("place", key, match.start(), match.end(), country, province))
    for named in cities_in(sentence):
        city = named.city
        if _RIVER_AFTER.match(lowered, named.end):
            continue
        found.append(
            _Mention("city", city.key, named.start, named.end, city.country, city.province)
        )
    # The longest name wins: 千葉県 over 千葉, Shenyang (held in) over Shenyang (city).
    found.sort(key=lambda m: (m.start, -(m.end - m.start), m.kind != "place"))
    kept: list[_Mention] = []
    for mention in found:
        if any(k.start <= mention.start and mention.end <= k.end for k in kept):
            continue
        kept.append(mention)
    return kept


# A capital standing for its government: "while Tokyo and Beijing negotiate", "talks
# between Seoul and Pyongyang". No one's home, and no place of custody.
_CAPITALS_EN = r"(?:Tokyo|Beijing|Seoul|Pyongyang|Washington|Moscow|Ulaanbaatar|Bangkok|Hanoi)"
_GOVERNMENT_AFTER_EN = re.compile(rf"^\s+and\s+{_CAPITALS_EN}\b")
_GOVERNMENT_BEFORE_EN = re.compile(rf"\b{_CAPITALS_EN}\s+and\s+$")
_ROLE_BEFORE_EN: tuple[tuple[str, re.Pattern[str]], ...] = (
    # "a postcard posted from Niigata", "her last letter from Chongjin": where a letter was
    # posted, not a home.
    (
        "transit",
        re.compile(r"\b(?:letters?|postcards?|telegrams?)\s+(?:sent\s+|posted\s+)?from\s+$", re.I),
    ),
    ("government", _GOVERNMENT_BEFORE_EN),
    # "a repatriation ship at Niigata", "on a pier in Niigata": the port left from.
    (
        "transit",
        re.compile(
            # Not "the port city of Nampo", which says what the city is.
            r"\b(?:ships?|pier|port|harbou?r|gangway|quay|wharf|docks?)\b(?!\s+(?:city|town))"
            r"[^.;]{0,40}?\b(?:at|in|from|of)\s+$"
            # "sailed from Niigata": the port left from.
            r"|\b(?:sailed|set sail)\s+(?:[^.;]{0,20}?\s)?from\s+(?:the\s+)?(?:port of\s+)?$"
            # "went to North Korea from Niigata in 1962"
            r"|\b(?:to|for) (?:north korea|the north|pyongyang)\s+from\s+$"
            # "the line from Hamamatsu to Niigata": where a journey went, not a home.
            r"|\bfrom\s+[A-Z][\w-]+(?:,? [A-Z][\w-]+)?\s+to\s+$",
            re.I,
        ),
    ),
    (
        "event",
        re.compile(
            r"\b(?:rally|meeting|gathering|news conference|press conference)\b"
            r"[^.;]{0,20}?\b(?:in|at)\s+$",
            re.I,
        ),
    ),
    # "via Laos … the embassy in Vientiane": the embassy is nearer the place than the "via".
    ("refuge", re.compile(r"(?:consulate|embassy)(?:[- ]general)?\s+in\s+$")),
    (
        "transit",
        re.compile(
            r"(?:\bfl(?:ew|y|ies|ying|own)|\bflights?|\bplane|\bvia|\btransit(?:ed)?|"
            r"\btransferred|\bby way of|\bdepart(?:ed|ing)|\barrived|\blanded|\bchanged planes)"
            r"\b[^.;]{0,40}?\b(?:from|via|through|in|at|to)\s+(?:the\s+)?(?:city of\s+)?$"
            r"|\bvia\s+$"
        ),
    ),
    (
        "custody",
        re.compile(
            r"\b(?:held|detained|arrested|jailed|custody|caught|imprisoned|questioned|"
            r"interrogated|apprehended)\b[^.;]{0,40}?\b(?:in|at|near)\s+(?:the\s+)?"
            r"(?:city of\s+|northeastern\s+|province of\s+)?$"
        ),
    ),
    (
        "residence",
        re.compile(
            r"\b(?:lives?|living|resides?|residing|resettled|settled|now in|resident of|"
            r"home in|moved to|apartment in|a home in|works?|working|(?:has|have) (?:since )?"
            r"(?:lived|been living|settled|made (?:her|his|their|a) home))\b[^.;,]{0,25}?"
            r"\b(?:in|of|to|at)?\s*(?:the\s+)?(?:city of\s+)?$"
        ),
    ),
    (
        "home",
        re.compile(
            r"\b(?:born|grew up|raised|native of|hails from|hometown(?: of| in| is| was)?|"
            r"originally from|comes from|came from"
            # "finished high school in Odate": the town she went to school in.
            r"|(?:finished|left|attended|graduated from|went to) (?:a |the )?(?:high |middle "
            r"|primary |girls' )?school in)\b[^.;]{0,20}?"
            # "born in the port city of Nampo"
            r"(?:\b(?:city|town|county) of\s+)?$"
            r"|\b(?:year-old|woman|man|wife|widow|native|spouse|husband|mother|father|"
            r"daughter|son)\s+(?:\w+\s+)?from\s+(?:the\s+)?(?:city of\s+)?$"
            # "Pak, from Tanchon in South Hamgyong, …": a name's apposition of origin.
            r"|\b[A-Z][a-z]+,\s+(?:originally\s+)?from\s+$"
            # "born in 1971 in the North Korean city of Kanggye": the year, then the place.
            r"|\bborn\s+in\s+(?:[a-z]+\s+)?\d{4}\s+in\s+(?:the\s+)?(?:north\s+korean\s+)?"
            r"(?:(?:port\s+|mining\s+|industrial\s+)?(?:city|town|county|village)\s+of\s+)?$",
            re.IGNORECASE,
        ),
    ),
)
# A place in the name of a court, a police force or an office ("the Tokyo District Court",
# "a Tokyo-based group", 東京地裁, 도쿄지방법원) says where that body is, not who anyone is.
_INSTITUTION_EN = re.compile(
    r"^\s*(?:-based\b|(?:district |high |family |summary )?court\b|prefectural\s+"
    r"(?:government|police|assembly|office)|metropolitan\s+(?:government|police)"
    r"|(?:city |municipal )?(?:government|hall|office|assembly)\b|police\b|university\b"
    r"|bar association)",
    re.IGNORECASE,
)
_ROLE_AFTER_EN: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("institution", _INSTITUTION_EN),
    ("government", _GOVERNMENT_AFTER_EN),
    # Where a group is based or a meeting is held is no one's home: "a Tokyo support
    # group", "a Seoul-based group", "a rally in Tokyo" (_ROLE_BEFORE_EN).
    (
        "event",
        re.compile(
            r"^(?:-based)?\s+(?:(?:support|aid|activist|civic|rights|citizens'?|families'?)\s+)?"
            r"(?:group|organi[sz]ation|association|ngo|rally|meeting|gathering)\b",
            re.I,
        ),
    ),
    # "the Niigata quay", "at Maizuru harbour": the port left from.
    (
        "transit",
        re.compile(
            r"^\s*(?:international\s+)?airport|^\s+(?:port|quay|pier|wharf|harbou?r|docks?)\b",
            re.IGNORECASE,
        ),
    ),
    ("refuge", re.compile(r"^\s*(?:'s\s+)?(?:japanese\s+)?(?:consulate|embassy)", re.I)),
    ("home", re.compile(r"^\s*(?:prefecture\s+)?(?:native|-born\b|born\b)", re.I)),
    # "went on to Niigata, where she will stay with relatives": where she goes to live.
    (
        "residence",
        re.compile(
            r"^(?:\s+city)?,\s*where\s+(?:she|he|they)\s+(?:will|is to|plans to|is expected to)"
            r"\s+(?:live|stay|settle)\b",
            re.I,
        ),
    ),
    # "lived in Kobe until 1962": a home in Japan left in the years of the ships.
    ("home", re.compile(r"^(?:\s+prefecture)?\s+until\s+19[5-8]\d\b", re.I)),
    # "arrived in Aomori, his home prefecture", "Fukui, where she grew up".
    (
        "home",
        re.compile(
            r"^(?:\s+prefecture)?,\s*(?:(?:his|her|their)\s+(?:home\s+(?:prefecture|town|city"
            r"|province)|hometown|birthplace|native\s+\w+)|where\s+(?:he|she)\s+(?:was\s+born"
            r"|grew\s+up))",
            re.I,
        ),
    ),
)
_ROLE_AFTER_JA: tuple[tuple[str, re.Pattern[str]], ...] = (
    # 新潟から届いた最後の手紙, 니가타에서 보낸 편지: where a letter was posted, not a home.
    (
        "transit",
        re.compile(
            r"^(?:港|市|県)?(?:から|で)(?:届いた|出した|送った|送られた|投函した|出された)"
            r"(?:最後の|最初の)?(?:手紙|はがき|葉書|電報)"
            r"|^(?:항|시|현)?에서 (?:보낸|부친|보내온|온) (?:마지막 |첫 )?(?:편지|엽서|전보)"
        ),
    ),
    # 東京で開かれた集会: where a meeting is held.
    ("event", re.compile(r"^(?:都内|市内)?で(?:開かれた|開かれる|開いた|開催された|開催した)")),
    (
        "transit",
        re.compile(
            r"^(?:国際)?空港|^(?:から|発)[^。]{0,25}(?:便|飛行機|空路|機で|到着|帰国|入国|向か|飛"
            r"|成田|羽田|空港)|^経由|^に到着|^着"
            # 新潟港から帰国船で: the port left from (not 港区, a ward of Tokyo).
            r"|^港(?!区|町|南|北|湾岸)"
        ),
    ),
    ("refuge", re.compile(r"^(?:の|にある)?(?:日本)?(?:総領事館|大使館|領事館)")),
    (
        "institution",
        re.compile(
            r"^(?:都|府|県|市)?(?:地裁|高裁|家裁|地方裁判所|高等裁判所|家庭裁判所|簡裁"
            r"|県警|府警|警察?|警視庁|都庁|府庁|県庁|市役所|区役所|大学|弁護士会|拠点の|を拠点)"
        ),
    ),
    (
        "custody",
        re.compile(
            r"^(?:省|市|州)?(?:内)?(?:で|において)[^。]{0,20}"
            r"(?:拘束|逮捕|拘留|収容|身柄|捕ま|捕らえ|捕らわ)"
        ),
    ),
    (
        "residence",
        re.compile(
            # 兵庫県尼崎市の団地で暮らし: a home of some kind in the place.
            r"^(?:都|府|県|市|区|町)?(?:内)?(?:の[^。、]{1,15}?)?(?:に住む|に住ん|に住み|で暮らす"
            r"|で暮らし|在住|に暮らす|に定住|に居住|に身を寄せ)"
            # 大阪府内の介護施設で働いている: where she works now.
            r"|^(?:都|府|県|市|区|町)?(?:内)?(?:の[^。、]{1,15}?)?で(?:働いて|働く|働かされ|勤めて"
            r"|勤務して)"
            # 新潟市に向かい、当面は親族のもとに身を寄せる: where she goes to stay.
            r"|^(?:都|府|県|市|区|町)?(?:内)?に向か[いう][^。]{0,25}?(?:身を寄せ|暮らす|住む"
            r"|生活する|定住)"
        ),
    ),
    (
        "home",
        re.compile(
            r"^(?:県|府|都|市|町|村)?(?:の)?(?:出身|生まれ)|^で生まれ|^で育|^に生まれ"
            # 大阪・生野の路地で育った, 兵庫・尼崎の下町で生まれ: a ward or town after the
            # prefecture or city, and the street she grew up in.
            r"|^(?:・[一-龥々ァ-ヶー]{1,5})?の(?:路地|下町|長屋|町|街|村|漁村|農村|集落)(?:裏)?"
            r"で(?:生まれ|育)"
            # 大館の高校を出て: the town she went to school in is where she grew up.
            r"|^(?:市|町|村)?の(?:[^。、]{0,6}?)(?:小学校|中学校|高校|高等学校|女学校)"
            r"(?:を出|を卒業|に通)"
        ),
    ),
)
# Korean puts the particle after the place, as Japanese does: 선양에서 출발, 니가타현 출신.
_ROLE_AFTER_KO: tuple[tuple[str, re.Pattern[str]], ...] = (
    # 도쿄에서 열린 증언 모임: where a meeting is held.
    ("event", re.compile(r"^에서 (?:열린|열리는|열렸|개최된|개최한)")),
    (
        "transit",
        re.compile(
            r"^\s?(?:국제)?공항|^(?:발|에서 출발|을 출발|를 출발|을 거쳐|를 거쳐|을 경유|를 경유)"
            r"|^에서 [^.]{0,20}(?:항공편|비행기|여객기|편으로)|^에 도착"
            # 니가타항에서 북송선에, 1963년 6월 니가타항.: the port left from.
            r"|^\s?(?:항|항구|부두)(?:에서|을|를|의|으로|[.,]|\s|$)"
        ),
    ),
    # 선양 日총영사관: 日 is Japan's in a headline.
    ("refuge", re.compile(r"^\s?(?:의|에 있는|주재)? ?(?:일본 ?|日 ?)?(?:총영사관|대사관|영사관)")),
    (
        "institution",
        re.compile(
            r"^\s?(?:지방법원|지법|고등법원|고법|가정법원|경찰|현경|현청|부청|도청|시청|구청|대학"
            r"|변호사회)"
        ),
    ),
    (
        "custody",
        re.compile(
            r"^(?:성|시)?(?:에서)[^.]{0,25}(?:구금|체포|억류|붙잡|잡혔|잡혀|검거|연행|구류)"
        ),
    ),
    (
        "residence",
        re.compile(
            r"^(?:시)?(?:의 [^.,]{1,15}?)?(?:에|에서) (?:거주|살고|살아|사는|살며|살면서|산다"
            r"|삽니다|정착|머물고)"
            r"|^ ?거주"
            # 오사카의 요양시설에서 일한다: where she works now.
            # 하바롭스크 건설 현장에서 일하다: the site named after the place, with or without 의.
            r"|^(?:시)?(?:의? [^.,]{1,15}?)?에서 (?:일하|일한|근무하|근무한|일을 하)"
            # 니가타시로 향해 친척 집에 머물 예정이다: where she goes to stay.
            r"|^(?:시)?(?:으로|로) (?:향해|향했|가서|이동해)[^.]{0,25}?(?:머물|지낼|살 |거주|정착)"
        ),
    ),
    (
        "home",
        re.compile(
            r"^(?:현|부|도|시)? ?(?:출신|태생|출생)|^(?:현|부|도|시)?에서 (?:태어|나고|자란|자랐)"
            # 오다테의 고등학교를 졸업하고: the town she went to school in.
            r"|^(?:시)?의 (?:[^.,]{0,6}?)(?:초등학교|중학교|고등학교|고교|여학교)(?:를|을) "
            r"(?:졸업|나와|나온|다니|다녔)"
        ),
    ),
)
_ROLE_BEFORE_JA: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("transit", re.compile(r"(?:経由で?|乗り継いで|空路で?)$")),
    ("home", re.compile(r"(?:出身地は|故郷の|故郷は|生まれ故郷の)$")),
    # 今は埼玉県で…, 현재 도쿄에서…: where the person is now.
    ("residence", re.compile(r"(?:今は|いまは|現在は|現在、|今、|지금은 |현재는? )$")),
)
_JOINER = re.compile(r"^[\s、,・の]*(?:현|부|시|성|도)?[\s、,・の]*$")


# "TOKYO (Kyodo) — …", "AMAGASAKI, Hyogo — …", 【ソウル=共同】, (서울=연합뉴스): where the
# report was filed, not where anyone is from or was held.
# "SEOUL/OSAKA — …": a report filed from two places names both in capitals.
_DATELINE_BEFORE = re.compile(r"^\s*[【(\[（]?\s*(?:[A-Z][A-Z .'-]{1,25}\s*/\s*){0,2}$")
_DATELINE_AFTER = re.compile(
    r"^(?:\s*/\s*[A-Z][A-Z .'-]{1,25}?){0,2}"
    r"(?:,\s*[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?)?"
    # "TOKYO, Dec. 2 (Kyodo) —", "SEOUL, March 4 —": the date the report was filed.
    r"(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?"
    r"\s*(?:\([^()]{1,30}\))?\s*(?:[—–]|--|-\s)"
    r"|^[^=】)）\]]{0,10}\s*=\s*[^】)）\]]{1,20}[】)）\]]"
)


# A reading or the other script's spelling written after a place: 新義州（シニジュ）出身,
# 신의주(新義州) 출신, 평성(平城)에서 태어난. The words after it give the place its role.
_READING_AFTER = re.compile(r"^\s*[(（][^()（）。.,、\d]{1,20}[)）]|^[)）]")


def _role(before: str, after: str) -> str:
    if _DATELINE_BEFORE.match(before) and _DATELINE_AFTER.match(after):
        return "dateline"
    after = _READING_AFTER.sub("", after, count=1)
    for role, pattern in _ROLE_AFTER_JA:
        if pattern.search(after):
            return role
    for role, pattern in _ROLE_AFTER_KO:
        if pattern.search(after):
            return role
    for role, pattern in _ROLE_AFTER_EN:
        if pattern.search(after):
            return role
    tail = before[-80:]
    for role, pattern in _ROLE_BEFORE_JA:
        if pattern.search(tail):
            return role
    for role, pattern in _ROLE_BEFORE_EN:
        if pattern.search(tail):
            return role
    return ""


def _place_facts(sentence: str, index: int) -> list[Fact]:
    """Each place with its role in the sentence, read from the words around it.

    Places written one after another (千葉県松戸市, "Yanji, Jilin") share the role
    the words after the last and before the first give them.
    """
    facts: list[Fact] = []
    mentions = _mentions(sentence)
    groups: list[list[_Mention]] = []
    for mention in mentions:
        if groups and _JOINER.match(sentence[groups[-1][-1].end : mention.start]):
            groups[-1].append(mention)
        else:
            groups.append([mention])
    parents = _parent_spans(sentence)
    for group in groups:
        role = _role(sentence[: group[0].start], sentence[group[-1].end :])
        if role == "institution" and _held_by_police_abroad(group, sentence):
            role = "custody"  # "Hunchun police are holding …": where she is held
        if role in ("home", "residence", "") and any(a <= group[0].start < b for a, b in parents):
            role = "parent"
        elif role in ("home", "residence", "") and any(
            a <= group[0].start < b for a, b in _kin_spans(sentence)
        ):
            role = "relative"
        for mention in group:
            facts += _facts_of_mention(mention, role, index)
    lowered = sentence.lower()
    for code, patterns in COUNTRIES.items():
        if _search_any(patterns, lowered):
            facts.append(Fact("country", code, index))
    return facts


def _facts_of_mention(mention: _Mention, role: str, index: int) -> list[Fact]:
    if mention.kind == "place" and mention.province:
        return [
            Fact("place", mention.key, index, role),
            Fact("place", mention.province, index, role),
        ]
    if mention.kind in ("prefecture", "region", "place"):
        return [Fact(mention.kind, mention.key, index, role)]
    # A city: where it lies counts as the place it names only in a role the sentence gives.
    facts = [Fact("city", mention.key, index, role)]
    # A city in Japan names its prefecture as a home or as where the person lives now.
    if mention.country == "JP" and role in ("home", "residence") and mention.province:
        facts.append(Fact("prefecture", mention.province, index, role))
    elif mention.country == "KP":
        facts.append(Fact("korea_province", mention.province, index, role))
    elif mention.country == "CN":
        facts.append(Fact("place", mention.key, index, role))
        if mention.province:
            facts.append(Fact("place", mention.province, index, role))
    return facts


# A police force named by its place abroad ("Hunchun police", 琿春市警察, 훈춘 경찰): in a
# sentence of custody the place is where the person is held, and the police hold them.
# A police force in Japan or South Korea ("Osaka police") holds no one a case records.
_POLICE_AFTER = re.compile(
    r"^\s*(?:city |municipal |county |provincial |border |local )?police\b"
    r"|^(?:市|省|州|県)?(?:の)?(?:警察|公安)|^\s?(?:시|성|현)?\s?(?:경찰|공안)",
    re.I,
)
_HOME_COUNTRIES = frozenset({"JP", "KR", "KP", ""})


def _held_by_police_abroad(group: list[_Mention], sentence: str) -> bool:
    """Whether places written together name a police force abroad in a sentence of custody."""
    abroad = any(mention.country not in _HOME_COUNTRIES for mention in group)
    after = sentence[group[-1].end :]
    return abroad and bool(_POLICE_AFTER.match(after)) and bool(_CUSTODY_EVENT.search(sentence))


def _police_abroad(sentence: str, index: int) -> list[Fact]:
    """ "Tumen police are holding …": held by the police, by name."""
    for mention in _mentions(sentence):
        if _held_by_police_abroad([mention], sentence):
            return [Fact("custodian", "host_police", index, "named")]
    return []


# Phrases that name state security itself, as against "the authorities" of any kind.
_NAMED_SECURITY = (
    r"state security",
    r"国家安全",
    r"국가안전",
    r"security police",
    r"federal security service",
    r"\bFSB\b",
    r"連邦保安庁",
    r"연방보안(?:국|청)",
)


# Someone in, into or out of a mission ("left the Japanese embassy in Vientiane",
# 大使館に駆け込み, 대사관에 진입): a mission's shelter, not a spokesman's word.
_AT_MISSION = re.compile(
    r"\b(?:in|at|into|inside|left|leaving|entered|entering|reached|reaching|sheltering in)\s+"
    r"(?:the\s+|japan's\s+|a\s+)?(?:japanese\s+)?(?:embassy|consulate)"
    r"|(?:embassy|consulate)(?:[- ]general)?\b[^.;]{0,40}?\b(?:sheltering|protecting|housing"
    r"|harbou?ring)\b|(?:大使館|領事館)(?:が|は)[^。]{0,30}?(?:保護し|保護中|かくま|匿)"
    r"|(?:대사관|영사관)(?:이|은)[^.]{0,30}?보호(?:하|\s?중)"
    r"|(?:大使館|領事館|在外公館)(?:に|へ|で|を出|から)"
    r"|(?:대사관|영사관|재외 ?공관)(?:에|으로|에서|을 나)",
    re.I,
)


def _custody_facts(sentence: str, index: int) -> list[Fact]:
    facts: list[Fact] = []
    in_custody = bool(_CUSTODY_EVENT.search(sentence))
    for custodian, patterns in CUSTODY_PATTERNS.items():
        sheltered = custodian == "diplomatic_mission" and bool(_AT_MISSION.search(sentence))
        if _search_any(patterns, sentence) and (in_custody or sheltered or custodian == "broker"):
            # "State security" or "police" by name, not "the Chinese authorities".
            named = custodian == "host_police" or (
                custodian == "host_security" and _search_any(_NAMED_SECURITY, sentence)
            )
            facts.append(Fact("custodian", custodian, index, "named" if named else ""))
    if in_custody and not any(f.value == "host_police" for f in facts):
        facts += _police_abroad(sentence, index)
    if in_custody:
        facts.append(Fact("custody_event", "custody", index))
    if _BROKER_DEMAND.search(sentence) and _search_any(CUSTODY_PATTERNS["broker"], sentence):
        facts.append(Fact("broker", "demand", index))
    if _BROKER_REFUSED.search(sentence):
        facts.append(Fact("broker", "refused", index))
    return facts


def _held_by_authorities(places: list[Fact], custody: list[Fact], index: int) -> list[Fact]:
    """Held in a place abroad, and by no one named: by that country's authorities.

    "Detained in Changchun", 長春で拘束された, 창춘에서 구금된 say what "detained by the
    Chinese authorities" says: only the authorities detain. Nothing is added when the
    sentence names who holds the person (a broker, a mission, the police).
    """
    held_abroad = any(f.kind == "place" and f.role == "custody" for f in places)
    if not held_abroad or any(f.kind == "custodian" for f in custody):
        return []
    return [Fact("custodian", "host_security", index)]


_UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TEENS = [
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
WORD_NUMBERS: dict[str, int] = {word: i + 1 for i, word in enumerate(_UNITS)}
WORD_NUMBERS |= {word: i + 10 for i, word in enumerate(_TEENS)}
for _t, _tens in enumerate(_TENS):
    WORD_NUMBERS[_tens] = (_t + 2) * 10
    for _u, _unit in enumerate(_UNITS):
        WORD_NUMBERS[f"{_tens}-{_unit}"] = WORD_NUMBERS[f"{_tens} {_unit}"] = (_t + 2) * 10 + _u + 1
_NUM = r"(\d{1,3}|" + "|".join(sorted(WORD_NUMBERS, key=len, reverse=True)) + ")"


def _number(text: str) -> int:
    text = text.lower()
    return int(text) if text.isdigit() else WORD_NUMBERS[text]


_RELATIVE_BEFORE = re.compile(
    r"\b(?:her|his|their|whose)\s+(?:late\s+|elder\s+|younger\s+|eldest\s+)?"
    r"(?:husband|wife|mother|father|son|daughter|brother|sister|grandson|granddaughter"
    r"|(?:great-)*grand(?:mother|father))"
    r"\s*,?\s*(?:now\s+|aged\s+|who is\s+)?$"
    r"|(?<!日本人)(?<!日本人妻の)(?<!日本人の)(?<!日本人女性の)(?<!日本人男性の)(?<!孫)"
    r"(?:夫|妻|母親?|父親?|祖母|祖父|息子|娘|長男|長女|次男|次女|兄|姉|弟|妹|孫娘|孫息子|孫)"
    r"(?:の[一-龥々ぁ-んァ-ヶー]{1,6}(?:さん)?)?\s*[、（(]?\s*$"
    r"|(?<!일본인 처의 )(?<!일본인 아내의 )(?<!일본인의 )"
    r"(?:남편|아내|어머니|아버지|모친|부친|할머니|할아버지|아들|딸|장남|장녀)\s*[(,]?\s*$",
    re.I,
)
# A sibling named with her age, then what she did: 兄の正夫さん（86）が中国側に越境して保護された.
# The one who tells of her is her relative; she is the person the article is about.
_SIBLING_NAMED_BEFORE = re.compile(r"(?:兄|姉|弟|妹)の[一-龥々ぁ-んァ-ヶー]{1,6}さん\s*[（(]\s*$")
_SIBLING_FLED_AFTER = re.compile(
    r"^\s*[)）]?\s*(?:が|は)[^。」]{0,20}?(?:越境|脱北|逃げ|脱出|保護され|拘束され|たどり着)"
)
_RELATIVE_AFTER = re.compile(
    r"^[\s)）-]*(?:years?[- ]old\s+)?(?:japanese\s+|korean\s+)?"
    r"(?:husband|wife|mother|father|son|daughter|brother|sister)\b(?!\s+of\b)",
    re.I,
)
_OWN_STATUS_AFTER = re.compile(
    r"^[\s)）-]*(?:years?[- ]old\s+)?japanese\s+(?:wife|husband|spouse|widow)\b(?!\s+of\b)",
    re.I,
)
_POSSESSIVE_END = re.compile(r"\b(?:her|his|their|whose|my|our)\s+$", re.I)
_GROUP = re.compile(
    rf"\bgroup of\b|\b(?:{_NUM[1:-1]}) (?:elderly )?(?:japanese )?(?:wives|women|spouses|people"
    r"|returnees|visitors)\b|一行|(?:\d+|[一二三四五六七八九十]+)人の(?:日本人妻|女性|男性)"
    r"|日本人妻ら|訪問団|里帰り団"
    r"|\d+ ?명의? (?:일본인 ?(?:처|아내)|여성|남성)|일행|방문단|고향 방문단|일본인 처들",
    re.I,
)
# "the programme that took some 93,000 people to the North", 1800人の日本人妻: a figure of
# the programme as a whole, given as background, not a group the sentence is about.
_THOUSANDS_BEFORE = re.compile(r"\d[,.]$")


def _group_in(sentence: str) -> bool:
    """Whether a sentence tells of a group, not of a figure of the programme as a whole."""
    for match in _GROUP.finditer(sentence):
        figure = re.match(r"\d+", match.group())
        statistic = _THOUSANDS_BEFORE.search(sentence[: match.start()]) or (
            figure is not None and int(figure.group()) >= 1000
        )
        if not statistic:
            return True
    return False


_GROUP_AGE = re.compile(
    rf"\baged {_NUM} to {_NUM}\b|\bages? (?:ranging )?(?:from )?{_NUM} to {_NUM}\b"
    r"|(\d{1,3})\s*(?:[歳세])?\s*(?:から|～|〜|~|－|-|–|에서)\s*(\d{1,3})\s*[歳세]",
    re.I,
)
_DECADE = re.compile(
    r"\bin (?:his|her) (early |mid-?|late )?(\d)0s\b"
    r"|\bin (?:his|her) (early |mid-?|late )?(twent|thirt|fort|fift|sixt|sevent|eight|ninet)ies\b"
    r"|(\d)0[代대] ?(前半|後半|초반|중반|후반)?",
    re.I,
)
_DECADE_STEM = {"twent": 2, "thirt": 3, "fort": 4, "fift": 5, "sixt": 6, "sevent": 7}
_DECADE_STEM |= {"eight": 8, "ninet": 9}
_BIRTH_YEAR = re.compile(
    # "born in Akita Prefecture in 1941", "born in Osaka, Japan, in 1941": only a place's
    # capitalised words between, never a second clause ("born in Akita and went to North
    # Korea in 1961" gives no birth year).
    r"\bborn (?:in |on )?(?:[A-Z][a-z]+ (?:\d{1,2}, )?)?"
    r"(?:in [A-Z][\w']*(?:,? [A-Z][\w']*){0,3},? in )?"
    r"(1[89]\d\d|20\d\d)\b"
    # 1945年、名古屋市生まれ / 1945年に名古屋で生まれ: only kanji between, so not a verb
    # (1961年に渡った日本生まれ is a departure).
    r"|(1[89]\d\d|20\d\d)年(?:\d{1,2}月)?(?:\d{1,2}日)?(?:に|、|,|\s)?(?:[一-龥々ヶ]{1,8}?(?:で|の)?)?生まれ"
    r"|[（(](?:born |b\. )?(1[89]\d\d|20\d\d)[)）]"
    r"|(1[89]\d\d|20\d\d)년생|(1[89]\d\d|20\d\d)년에? (?:[가-힣]+에서 )?태어"
    # 1945년 나고야 출생 / 1945년 나고야시 태생: a birth line.
    r"|(1[89]\d\d|20\d\d)년,? (?:[가-힣]+ )?(?:출생|태생)",
    re.I,
)
# An age at a past year ("aged 18 in 1961", 18歳だった1961年, 1961년 18세 때): a birth
# year (1943), never the age today.
_Y = r"(?P<{}>1[89]\d\d|20\d\d)"
_A = r"(?P<{}>\d{{1,3}})"
_PAST_AGE = re.compile(
    r"\b(?:aged|at(?: the age of)?) "
    + _A.format("a1")
    + r",? in "
    + _Y.format("y1")
    + r"\b"
    + r"|\bin "
    + _Y.format("y2")
    + r",? (?:at(?: the age of)?|aged) "
    + _A.format("a2")
    + r"\b"
    + r"|\bin "
    + _Y.format("y3")
    + r",? when (?:she|he) was "
    + _A.format("a3")
    + r"\b"
    + r"|"
    + _A.format("a4")
    + r"\s*歳(?:だった|の|で|のとき|の時)\s*"
    + _Y.format("y4")
    + r"年"
    + r"|"
    + _Y.format("y5")
    + r"年[、,]?\s*"
    + _A.format("a5")
    + r"\s*歳(?:の(?:とき|時)|で|だった)"
    + r"|"
    + _Y.format("y6")
    + r"년,? ?"
    + _A.format("a6")
    + r"\s*(?:세|살)(?: 때|였던|이던|에|의)"
    + r"|"
    + _A.format("a7")
    + r"\s*(?:세|살)(?:였던|이던|때인) "
    + _Y.format("y7")
    + r"년"
    # "left Osaka as a 16-year-old apprentice in 1960": the age then, not now.
    + r"|\bas an? "
    + _A.format("a8")
    + r"-year-old(?: [a-z]+){0,2},? in "
    + _Y.format("y8")
    + r"\b",
    re.I,
)


def _past_ages(sentence: str) -> list[tuple[tuple[int, int], int]]:
    """(span of the age, birth year) for each age told at a past year."""
    found = []
    for match in _PAST_AGE.finditer(sentence):
        n = next(i for i in range(1, 9) if match.group(f"a{i}"))
        age, year = int(match.group(f"a{n}")), int(match.group(f"y{n}"))
        if 0 < age < 120:
            found.append((match.span(f"a{n}"), year - age))
    return found


# "for the first time in 44 years" / 44年ぶり, about coming back to Japan: left N years ago.
_YEARS_SINCE_LEAVING = re.compile(
    rf"\bfirst time in {_NUM} years\b|(\d{{1,2}})年ぶり|(\d{{1,2}})년 ?만에", re.I
)
_COMING_BACK = re.compile(
    r"japan|home|homeland|native|return|back|set foot|日本|帰国|故郷|祖国|古里|ふるさと|踏"
    r"|일본|귀국|고향|조국|밟",
    re.I,
)
# "left for North Korea 44 years ago" / 44年前に渡った / 44년 전 북송선을 탔다.
_YEARS_AGO = re.compile(rf"\b{_NUM} years ago\b|(\d{{1,2}})年前|(\d{{1,2}})년 전", re.I)
# "half a century ago", "five decades ago", 半世紀前, 반세기 전: about so many years ago.
_ABOUT_YEARS_AGO = re.compile(
    rf"\b(half a century|{_NUM} decades) ago\b|(半世紀)前|(반세기) 전", re.I
)
# "46 years there", "after 46 years in North Korea", 北朝鮮で46年: years lived in the North.
_YEARS_IN_NORTH = re.compile(
    rf"\b{_NUM} years (?:there|in the north|in north korea|of life in)"
    rf"|\bafter {_NUM} years (?:in|living in|of living in|of life in) (?:the north|north korea)"
    rf"|\bspent {_NUM} years (?:in|there)|\blived (?:there |in north korea )?for {_NUM} years"
    r"|北朝鮮で(?:約)?(\d{1,2})年|(\d{1,2})年(?:間)?(?:を)?(?:北朝鮮|現地|北)で"
    r"|北朝鮮での(?:約)?(\d{1,2})年|북한에서 (?:약 )?(\d{1,2})년",
    re.I,
)
_ZAINICHI_JA = r"(?:(?:元)?在日(?:朝鮮人|韓国人|コリアン|同胞)|帰国者)"
_ZAINICHI_KO = r"(?:재일 ?(?:교포|동포|조선인|한국인)|귀국자)"
_ZAINICHI_EN = (
    r"(?:(?:former )?(?:korean )?residents? of japan|(?:korean |zainichi )?returnee"
    r"|(?:ethnic )?korean (?:who had )?(?:lived|living) in japan)"
)
_DESCENDANT = re.compile(
    r"japanese (?:(?:great-)*grand)?(?:mother|father|parent)"
    r"|(?:(?:great-)*grand)?(?:mother|father) (?:is|was) (?:a )?japanese"
    r"|(?:son|daughter|child|children|grandson|granddaughter) of (?:a )?japanese"
    r"|日本人(?:の)?(?:曾?祖)?(?:母|父)|日本人(?:妻|女性|男性)の(?:息子|娘|長男|長女|次男|次女|子|孫)"
    r"|日本人(?:妻|女性|男性)?を(?:曾?祖)?(?:母|父)(?:親)?に持つ"
    r"|(?:曾?祖)?(?:母|父)(?:親)?(?:は|が)日本人"
    rf"|일본인 ?(?:어머니|아버지|모친|부친|{_KO_GRAND})"
    rf"|(?:어머니|아버지|모친|부친|{_KO_GRAND})(?:가|는|께서는?) 일본인"
    r"|일본인 ?(?:처|아내|여성)의 (?:아들|딸|장남|장녀|차남|자녀|손자|손녀)"
    # "whose mother, a Japanese woman, …", "his late father, a Japanese national",
    # 母親は鹿児島県出身の日本人妻, 어머니가 가고시마 출신 일본인 처인, 일본인 어머니를 둔.
    rf"|\bwhose (?:late )?(?:mother|father|parents?|{_EN_GRAND})\b[^.;]{{0,40}}?\bjapanese\b"
    rf"|\b(?:his|her) (?:late )?(?:mother|father|{_EN_GRAND}), (?:a|an) japanese\b"
    r"|(?:曾?祖)?(?:母|父)(?:親)?(?:は|が)[^。、]{0,20}日本人"
    rf"|(?:어머니|아버지|모친|부친|{_KO_GRAND})(?:가|는|께서는?) [^.,]{{0,20}}일본인"
    # A parent or grandparent who went to the North and was a Japanese wife, told at length:
    # 祖母は1960年代に「帰国事業」で北朝鮮に渡った日本人妻だ, 외할머니는 1960년대 북송선을 타고
    # 북한으로 건너간 일본인 처였다, "her grandmother, who sailed in 1960, was a Japanese
    # woman". Not where the parent's death starts the clause told of the subject herself.
    # The particle may be followed by a comma: 祖母は、帰国事業で…渡った日本人妻であり.
    r"|(?:曾?祖)?(?:母|父)(?:親)?(?:の[一-龥々ぁ-んァ-ヶー]{1,8}(?:さん|氏))?(?:は|が)、?"
    r"(?![^。、]{0,45}?(?:亡くな|死))[^。、]{0,45}?日本人"
    # 祖母の山下ミヨさんは鳥取県出身で、…北朝鮮に渡った日本人妻だった: a named grandparent,
    # told at length to the sentence's end.
    rf"|{_JA_GRAND}の[一-龥々ぁ-んァ-ヶー]{{1,8}}(?:さん|氏)(?:は|が)[^。]{{0,60}}?"
    r"日本人(?:妻|女性|男性|配偶者)?(?:だった|だ|である|であった|でした|です)"
    rf"|(?:어머니|아버지|모친|부친|{_KO_GRAND})(?: [가-힣]{{2,4}}(?: [가-힣]{{2,4}})? ?씨)?"
    r"(?:가|는|께서는?) "
    r"(?![^.,]{0,45}?(?:돌아가|사망|숨지|숨진|세상을 떠))[^.,]{0,45}?일본인"
    rf"|\b(?:mother|father|{_EN_GRAND})\b(?![^.;]{{0,60}}?\b(?:she|he|died)\b)[^.;]{{0,60}}?"
    r"\b(?:was|is) (?:a |an )?japanese\b"
    r"|일본인 ?(?:어머니|아버지|모친|부친)(?:를|을) 둔"
    # A parent or grandparent who was a Korean resident of Japan, a returnee: 祖父が元在日
    # 朝鮮人, 할아버지가 재일동포였다, 재일동포였던 아버지, "whose grandfather was a former
    # resident of Japan", "the son of a Korean returnee". The words of former residence are
    # the ancestor's then (``_person_facts``), not the subject's.
    rf"|(?:曾?祖)?(?:母|父)(?:親)?(?:は|が)[^。、]{{0,20}}?{_ZAINICHI_JA}"
    rf"|(?:어머니|아버지|모친|부친|{_KO_GRAND})(?: [가-힣]{{2,5}} 씨)?(?:가|는|께서는?) "
    rf"[^.,]{{0,20}}?{_ZAINICHI_KO}"
    # A returnee's child or grandchild, born in the North: 帰国者の子, 帰国者2世, 귀국자 2세,
    # 귀국자의 아들, "a second-generation returnee". A second-generation Korean resident of
    # Japan (在日2世, 재일동포 2세) was born in Japan: that is not this.
    r"|帰国者(?:の)?(?:子|息子|娘|長男|長女|次男|次女|孫|子ども|子供)"
    r"|帰国者(?:の)?(?:2|二|3|三)世|귀국자 ?(?:2|3|이|삼)세"
    r"|귀국자의 (?:아들|딸|자녀|자식|손자|손녀|장남|장녀)"
    r"|\b(?:second|third)[- ]generation (?:korean )?returnees?\b"
    # 神戸出身の在日朝鮮人だった父親, 재일동포였던 아버지: the parent was the resident.
    rf"|{_ZAINICHI_JA}(?:だった|であった|である|の)(?:曾?祖)?(?:母|父)(?:親)?(?:は|が|の)"
    rf"|{_ZAINICHI_KO}(?:였던|이었던|이던|인|출신인?|출신의) "
    rf"(?:어머니|아버지|모친|부친|{_KO_GRAND})"
    rf"|\bwhose (?:late )?(?:mother|father|parents?|{_EN_GRAND})\b[^.;]{{0,30}}?{_ZAINICHI_EN}"
    rf"|\b(?:son|daughter|child|grandson|granddaughter) of (?:a |an )?{_ZAINICHI_EN}"
    # A grandparent from Japan: "whose grandmother was from Fukushima Prefecture",
    # 祖父は秋田県の出身, 할아버지가 니가타현 출신. Only a grandparent: a Japanese wife's
    # own mother may be from a prefecture too, a returnee's grandparent is the Japanese one.
    rf"|\bwhose (?:late )?{_EN_GRAND} (?:was|were|came) (?:originally )?from\b"
    r"[^.;]{0,30}?(?:\bprefecture\b|\bjapan\b)"
    rf"|{_JA_GRAND}(?:は|が)[^。、]{{0,12}}?県(?:の)?出身"
    rf"|{_KO_GRAND}(?:가|는|께서는?) [^.,]{{0,15}}?현 출신",
    re.I,
)
# Where the article speaks of a parent rather than of its subject: "whose mother, a
# Japanese woman from Kagoshima, moved to the North in 1960", 母親は鹿児島県出身の日本人妻で、
# 1960年に北朝鮮へ渡った, 어머니가 가고시마 출신 일본인 처인. A place named there is the
# parent's home, and a departure told there is the parent's.
_PARENT_CLAUSE = (
    re.compile(
        rf"\bwhose (?:late )?(?:japanese )?(?:mother|father|parents|{_EN_GRAND})\b.*?"
        r"(?=\s(?:has|have|is|was|were|had|are) (?:been |now |being )?\w+ed\b|;|$)"
        # "Kim's mother, a woman from Kagoshima, …": a parent named by whose she is.
        rf"|\b(?:his|her|their|[a-z]+'s) (?:late )?(?:mother|father|{_EN_GRAND}), (?:a|an) [^,;]*"
        # "his late father, a Japanese man born in Hiroshima, went to the North in 1961":
        # the verb after the apposition is the parent's too.
        r"(?:,(?= (?:went|moved|left|sailed|crossed|emigrated|relocated|followed|joined|married|had"
        r"|was|lived|died)\b)[^;]*)?",
        re.I,
    ),
    re.compile(
        # Only where the parent is said to be Japanese: 母が亡くなった翌年に渡った is hers.
        rf"(?:(?<![祖伯叔父])母|(?<![祖伯叔])父|{_JA_GRAND})(?:親)?(?:は|が)(?=[^。、]{{0,25}}日本人)"
        r"(?![^。]{0,12}(?:男性|女性|彼)(?:は|が))"
        # 母親が日本人妻だという咸興出身の女性は…: the clause ends at という; what follows
        # is the subject's.
        r".*?(?=という|とされる|$)"
    ),
    re.compile(
        rf"(?:어머니|아버지|모친|부친|{_KO_GRAND})(?:가|는|께서는?) [^.,]*?(?:인|이던|였던|이었던) "
        # 아키타현 오다테 출신 일본인 아내의 딸: the place is the mother's, whose child the
        # subject is.
        r"|(?:[^\s.,]+(?<![은는이가]) ){0,2}[^\s.,]+? ?(?:출신|태생)(?:인|의)? (?:일본인 ?)?"
        r"(?:아내|처|여성|남성|여인|어머니|아버지|할머니|할아버지)의 "
        r"(?:딸|아들|손자|손녀|자녀|장남|장녀|차남|차녀|외손자|외손녀)"
    ),
    # 女性の母親は新潟県出身で、1963年に…渡り, 그의 어머니는 니가타 출신으로…, "her mother,
    # who went to the North in 1963, …": a sentence told of the subject's parent is the
    # parent's, wherever the parent was from.
    re.compile(
        r"(?:女性|男性|彼女|彼|娘|息子)の(?:母親?|父親?|両親)(?:は|が)"
        r"(?![^。]{0,12}(?:男性|女性|彼)(?:は|が)).*?(?=という|とされる|$)"
        r"|(?:그|그녀|(?:이 )?(?:여성|남성))의 (?:어머니|아버지|모친|부친|부모님?)"
        r"(?:는|가|께서는?|은) [^.]*"
    ),
    re.compile(
        rf"(?<!\band )(?<!\bwith )\b(?:his|her) (?:late )?(?:mother|father|parents|{_EN_GRAND})"
        r"(?:, who\b| (?:went|moved|sailed|left|followed|married|had gone|had moved)\b"
        # "her grandmother was a Japanese woman who moved to the North in 1960": the
        # relative clause is the grandmother's.
        r"| (?:was|is) (?:a|an|one) [^;,.]{0,40}?\bwho\b)"
        r"[^;]*?(?=,? and (?:she|he) \w+ed\b|;|$)",
        re.I,
    ),
    # 秋田県大館市出身の日本人妻の娘, 高知県生まれの女性の孫: the same in Japanese.
    re.compile(
        r"[^。、はがをでに]{1,25}?(?:出身|生まれ)の(?:日本人|元)?(?:妻|女性|男性|母親?|父親?|夫"
        r"|祖母|祖父)?の(?:娘|息子|長男|長女|次男|次女|三男|三女|子ども|子供|子|孫娘|孫)"
    ),
    # "the daughter of a Japanese woman from Odate": the same in English, up to the
    # clause's end.
    re.compile(
        r"\b(?:son|daughter|child|grandson|granddaughter) of (?:a |an |the late )?"
        r"(?:japanese )?(?:woman|man|wife|mother|father|national|citizen|returnee)"
        r"\s+(?:originally\s+)?from\b[^,;.]{0,40}?(?=\s+(?:and|who|was|is|has|had)\b|[,;.]|$)",
        re.I,
    ),
)


# A parent named or described before the verb, who went to the North: "his father, Pak
# Chol Su, had grown up in Kobe and sailed to North Korea in 1961", 神戸出身の在日朝鮮人
# だった父親が1961年に北朝鮮へ渡り, 아버지 박철수 씨는 고베에서 자란 재일동포로 1961년 북으로
# 갔다. The years and places of that clause are the parent's. Not in a quotation, where
# "my father went" may be said by the child of the person the article is about.
_PARENT_WHO_WENT = (
    re.compile(
        rf"\b(?:his|her|their) (?:late )?(?:mother|father|{_EN_GRAND}), "
        r"(?-i:[A-Z][\w'-]*(?: [A-Z][\w'-]*){1,3}),[^;]*?"
        r"\bto (?:north korea|the north|pyongyang)\b[^;]*?(?=,? and (?:she|he) \w+ed\b|;|$)",
        re.I,
    ),
    re.compile(
        r"(?:[^。、「」はがをに]{0,30}?(?:だった|である|の))?(?<![祖伯叔])(?:父|母)(?:親)?(?:は|が)"
        r"[^。、た「」]{0,30}?(?:北朝鮮|北|共和国)(?:へ|に)(?:渡|帰国|帰還|移)[^。、]*"
    ),
    re.compile(
        r"(?<![가-힣])(?:어머니|아버지|모친|부친)(?: [가-힣]{2,5}(?: ?씨)?)?(?:는|가|께서는?|은) "
        r"[^.]*?(?:북한|북|조국)(?:으로|에) [^.]*"
    ),
)


def _quoted(sentence: str, start: int, end: int) -> bool:
    """Whether the span is inside a quotation (one that may have opened in an earlier
    sentence: 父が乗った船を見た」と話した)."""
    before, after = sentence[:start], sentence[end:]
    opened = sum(before.count(mark) for mark in "「『“")
    closed = sum(before.count(mark) for mark in "」』”")
    if opened > closed or before.count('"') % 2:
        return True
    closing = min((after.find(mark) for mark in "」』”" if mark in after), default=-1)
    opening = min((after.find(mark) for mark in "「『“" if mark in after), default=len(after))
    return 0 <= closing < opening


# 叔父に当たる方は日本に定住し、大阪で暮らしておられます, 리 씨의 삼촌은 오사카에 산다, "her
# uncle, who lives in Osaka": a clause told of the subject's uncle, aunt or cousin is theirs;
# where that relative lives is not where the subject does. Only a relative said to be the
# subject's (の, 의, "her", 当たる方): an aunt alone may be the subject of a nephew's story.
_KIN = r"(?:叔父|伯父|叔母|伯母|おじ|おば|いとこ|従兄弟|従姉妹)"
_KIN_CLAUSE = (
    re.compile(
        rf"(?:(?:女性|男性|彼女|彼|娘|息子|[一-龥ァ-ヶー]{{1,6}}(?:さん|氏))の{_KIN}(?:の方)?"
        rf"|{_KIN}に(?:当たる|あたる)(?:方|人|男性|女性))(?:は|が|も)、?[^。]*"
    ),
    re.compile(
        r"(?:그|그녀|[가-힣]{1,4} ?씨|(?:이 )?(?:여성|남성))의 (?:외?삼촌|고모|이모|숙부|백부|사촌)"
        r"(?:은|는|이|가|도) [^.]*"
    ),
    re.compile(
        r"\b(?:his|her|their|[A-Z][a-z]+'s) (?:uncle|aunt|cousin)s?\b"
        r"[^.;]*?(?=\b(?:said|says|told)\b|[.;]|$)",
        re.I,
    ),
)


def _kin_spans(sentence: str) -> list[tuple[int, int]]:
    """The clauses told of an uncle, aunt or cousin; not one in which that relative is held
    or sheltered ("her cousin, who left Kobe in 1960, has been in the embassy since May",
    従兄弟が大使館に駆け込んだ): that relative is the one the article is about."""
    return [
        m.span()
        for pattern in _KIN_CLAUSE
        for m in pattern.finditer(sentence)
        if not (_CUSTODY_EVENT.search(m.group(0)) or _AT_MISSION.search(m.group(0)))
    ]


def _parent_spans(sentence: str) -> list[tuple[int, int]]:
    spans = [m.span() for pattern in _PARENT_CLAUSE for m in pattern.finditer(sentence)]
    for pattern in _PARENT_WHO_WENT:
        for m in pattern.finditer(sentence):
            if not _quoted(sentence, *m.span()):
                spans.append(m.span())
    return spans


def _outside(sentence: str, spans: list[tuple[int, int]]) -> str:
    """The sentence with the parent's clauses blanked out (same length, same offsets)."""
    chars = list(sentence)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


# Going into North Korea, as opposed to fleeing it.
_INTO_NORTH = re.compile(
    r"(?:crossed|went|defected|slipped|walked|swam|entered|smuggled|moved|returned)"
    r" (?:back )?(?:illegally )?into north korea|defected to (?:the )?north\b"
    r"|(?:went|gone|going|returned|moved|headed) back to (?:north korea|the north)"
    r"|北朝鮮(?:に|へ)(?:入国|亡命|越境|密入国|入った|戻)"
    r"|월북|입북|북한(?:으로|에) (?:들어|입국|넘어|돌아|망명)"
    # A visit: "will visit North Korea next month", 北朝鮮を訪れる, 平壌入り, 방북.
    r"|\b(?:visit(?:s|ed|ing)?|trips? to|travel(?:s|led|ling)? to) (?:north korea|pyongyang)\b"
    r"|(?:北朝鮮|平壌)を訪(?:れ|問)|訪朝|平壌入り|방북|(?:북한|평양)을 방문",
    re.I,
)
_OUT_OF_NORTH = re.compile(
    r"fled (?:from )?(?:north korea|the north)|escaped (?:from )?(?:north korea|the north)"
    r"|defected from|defector|left north korea|(?:crossed|waded|swam) (?:the |across the )?"
    r"(?:tumen|yalu)|脱北|北朝鮮(?:を|から)(?:脱出|逃|脱)|豆満江|鴨緑江"
    r"|탈북|북한을 (?:탈출|벗어|떠)|북한에서 탈출|두만강|압록강",
    re.I,
)


def _subject_ages(sentence: str, index: int) -> list[Fact]:
    """Ages of the person the article is about; a relative's or a group's are kept apart."""
    facts: list[Fact] = []
    grouped: set[tuple[int, int]] = set()
    for match in _GROUP_AGE.finditer(sentence):
        numbers = [_number(g) for g in match.groups() if g]
        if len(numbers) == 2:
            facts.append(Fact("group_age", f"{numbers[0]}-{numbers[1]}", index))
            grouped.add(match.span())
    is_group = _group_in(sentence)
    past = _past_ages(sentence)
    for pattern in _AGE_PATTERNS:
        for match in pattern.finditer(sentence):
            age = int(match.group(1))
            if not 0 < age < 120:
                continue
            if any(a <= match.start() < b for a, b in grouped):
                continue
            if any(a <= match.start(1) < b for (a, b), _born in past):
                continue
            before, after = sentence[: match.start(1)], sentence[match.end() :]
            if _SERIES_BEFORE.search(before) and not _HONORIFIC_AFTER.match(after):
                continue
            if _GENERATION_BEFORE.search(before[-12:]) and sentence[match.end(1) :].startswith(
                "세"
            ):
                continue  # 귀국자 2세, 재일동포 3세: a generation, not an age
            if _THEN_BEFORE.search(before[-20:]) or _THEN_AFTER.match(after):
                continue  # 当時15歳, "then 15", 당시 15세: an age at another time
            # "the 87-year-old Japanese wife": her own status, not a relative's age.
            own_status = _OWN_STATUS_AFTER.match(after) and not _POSSESSIVE_END.search(before)
            if own_status:
                facts.append(Fact("age", str(age), index))
            elif _SIBLING_NAMED_BEFORE.search(before[-30:]) and _SIBLING_FLED_AFTER.match(after):
                # 姉の幸子さん（84）が…越境して保護された: the one told of who fled is the subject.
                facts.append(Fact("age", str(age), index))
            elif _RELATIVE_AFTER.match(after) or _RELATIVE_BEFORE.search(before[-30:]):
                facts.append(Fact("relative_age", str(age), index))
            elif is_group:
                facts.append(Fact("group_age", f"{age}-{age}", index))
            else:
                facts.append(Fact("age", str(age), index))
    for match in _DECADE.finditer(sentence):
        decade = (
            int(match.group(2) or match.group(5) or 0)
            if (match.group(2) or match.group(5))
            else _DECADE_STEM[match.group(4).lower()]
        )
        part = (match.group(1) or match.group(3) or match.group(6) or "").strip().lower()
        low, high = decade * 10, decade * 10 + 9
        if part in ("early", "前半", "초반"):
            high = decade * 10 + 4
        elif part in ("late", "後半", "후반"):
            low = decade * 10 + 5
        elif part.startswith("mid") or part == "중반":
            low, high = decade * 10 + 3, decade * 10 + 7
        kind = "group_age" if is_group else "age_range"
        facts.append(Fact(kind, f"{low}-{high}", index))
    return sorted(set(facts), key=lambda f: (f.kind, f.value))


# 일본인 할머니 박천대자가, 일본인 할아버지 다나카 씨는: 할머니 and 할아버지 are also what an
# old woman or man is called, and with a name after them and no one's before (의, 그의, 내)
# they name the person herself, not a grandparent.
_KO_ELDER_NAMED = re.compile(
    r"(?<!의 )(?<![내제] )일본인 ?(?:할머니|할아버지) [가-힣]{1,5}(?: [가-힣]{1,4})?(?: ?씨)?"
    r"(?:가|는|이|은|\(|,)"
)


def _descendant_in(sentence: str) -> re.Match[str] | None:
    elders = [m.span() for m in _KO_ELDER_NAMED.finditer(sentence)]
    for match in _DESCENDANT.finditer(sentence):
        if not any(a <= match.start() < b for a, b in elders):
            return match
    return None


def _person_facts(sentence: str, index: int) -> list[Fact]:
    facts = _subject_ages(sentence, index)
    for relation, patterns in RELATIONS.items():
        if _search_any(patterns, sentence):
            facts.append(Fact("relation", relation, index))
    descendant = _descendant_in(sentence)
    if descendant:
        facts.append(Fact("category", "descendant", index))
    elif _JAPANESE_SPOUSE.search(sentence):
        facts.append(Fact("category", "japanese_spouse", index))
    # 祖父が元在日朝鮮人: the former resident is the ancestor, not the subject.
    ancestor = descendant.span() if descendant else (0, 0)
    # 女性の母親は…在日朝鮮人の夫とともに北朝鮮に渡り: the parent's husband, the parent's story.
    parents = _parent_spans(sentence)
    resident = [
        m
        for m in _FORMER_RESIDENT.finditer(sentence)
        if not ancestor[0] <= m.start() < ancestor[1]
        and not any(a <= m.start() < b for a, b in parents)
    ]
    if resident:
        facts.append(Fact("category", "former_resident", index))
    if _FEMALE.search(sentence):
        facts.append(Fact("sex", "F", index))
    if _MALE.search(sentence):
        facts.append(Fact("sex", "M", index))
    if _GROUP.search(sentence):
        facts.append(Fact("group", "group", index))
    moves = [(m.start(), "into_north") for m in _INTO_NORTH.finditer(sentence)]
    moves += [(m.start(), "out_of_north") for m in _OUT_OF_NORTH.finditer(sentence)]
    facts += [Fact("direction", value, index) for _start, value in sorted(moves)]
    return facts


def _time_facts(sentence: str, index: int) -> list[Fact]:
    single, ranged = _years(sentence)
    born = {int(y) for m in _BIRTH_YEAR.finditer(sentence) for y in m.groups() if y}
    facts = [Fact("birth_year", str(year), index) for year in sorted(born)]
    facts += [Fact("birth_year", str(year), index) for _span, year in _past_ages(sentence)]
    single -= born
    facts += [Fact("year", str(year), index) for year in sorted(single)]
    facts += [Fact("year_range", str(year), index) for year in sorted(ranged)]
    # A departure told of the subject's parent is not the subject's.
    own = _outside(sentence, _parent_spans(sentence))
    departed = _DEPARTURE.search(own)
    own_years = _departure_years(own) - born if departed else set()
    own_years |= _lived_in_japan_until(own, sentence) - born
    if _FAMILY_DEPARTURE.search(sentence):
        # "Her father took his wife and their children to the North in 1965": a parent's
        # departure with the children is the subject's own.
        own_years |= _departure_years(sentence) - born
    # "since the 1960s", 1960年代に, 1960년대에: a decade of departure, any year in it.
    decades = {int(m.group(1)) for m in _DECADE_YEAR.finditer(sentence)}
    facts += [
        Fact("departure_decade" if year in decades else "departure_year", str(year), index)
        for year in sorted(own_years)
    ]
    if departed:
        ages = {int(next(g for g in m.groups() if g)) for m in _DEPARTURE_AGE.finditer(own)}
        facts += [Fact("departure_age", str(age), index) for age in sorted(ages) if 0 < age < 100]
    facts += _held_when(sentence, own_years | born, index)
    if departed:
        for match in _YEARS_AGO.finditer(own):
            number = next(g for g in match.groups() if g)
            facts.append(Fact("years_since_departure", str(_number(number)), index))
        for match in _ABOUT_YEARS_AGO.finditer(own):
            written = next(g for g in match.groups() if g).lower()
            about = 50 if written in ("half a century", "半世紀", "반세기") else 0
            about = about or 10 * _number(match.group(2))
            facts.append(Fact("years_since_departure_about", str(about), index))
    for match in _YEARS_SINCE_LEAVING.finditer(sentence):
        if _COMING_BACK.search(sentence):
            number = next(g for g in match.groups() if g)
            facts.append(Fact("years_since_departure", str(_number(number)), index))
    for match in _YEARS_IN_NORTH.finditer(sentence):
        number = next(g for g in match.groups() if g)
        facts.append(Fact("years_in_north", str(_number(number)), index))
    facts += [Fact("month", str(month), index) for month in sorted(_months(sentence))]
    facts += [Fact("months_back", back, index) for back in sorted(_months_back(sentence))]
    facts += [Fact("day_alone", day, index) for day in sorted(_days_alone(sentence))]
    facts += [Fact("season", season, index) for season in sorted(_seasons(sentence))]
    return facts


_DEPARTURE_REACH_BEFORE = 40
# A parent who takes the family north takes the subject too: "took his wife and four of
# their five children to the North", 子どもたちを連れて北朝鮮へ渡った, 자녀들을 데리고 북한으로.
_FAMILY_DEPARTURE = re.compile(
    r"\b(?:took|brought|led)\s+(?:his|her|their|the)\s+[^.;]{0,50}?\b(?:children|kids|family)"
    r"\b[^.;]{0,20}?\bto\s+(?:north korea|the north)\b"
    r"|(?:子ども|子供|子|娘|息子|家族)(?:たち|ら|全員)?を連れて[^。]{0,15}?(?:北朝鮮|北)(?:へ|に)"
    r"(?:渡|帰国)"
    r"|(?:자녀|아이|자식|딸|아들|가족)(?:들)?(?:을|를) 데리고 [^.]{0,15}?(?:북한|북)(?:으로|에) "
    r"(?:건너|갔|이주)",
    re.I,
)


def _departure_years(own: str) -> set[int]:
    """The years a sentence gives for leaving for the North.

    Japanese and Korean put the time before the verb: in 1963年に北朝鮮へ渡り、2001年に
    脱北した only 1963 is the departure. There the year nearest before each verb of
    departure is taken; other sentences (and a verb with no year before it) give every
    year they state, as before.
    """
    stated = _years(own)[0]
    if not _VERB_FINAL.search(own):
        return stated
    found: set[int] = set()
    for departure in _DEPARTURE.finditer(own):
        before = [
            year
            for year in _YEAR.finditer(own, 0, departure.start())
            if departure.start() - year.end() <= _DEPARTURE_REACH_BEFORE
        ]
        if before and int(before[-1].group(1)) in stated:
            found.add(int(before[-1].group(1)))
    return found or stated


# "a North Korean man who lived in Kobe until 1962", 1962年まで大阪で暮らし, 1962년까지
# 오사카에서 살았다: a city of Japan left in the years of the repatriation ships.
_LIVED_UNTIL = re.compile(
    r"\b(?:lived|living|grew up|stayed) in (?P<p1>[A-Z][\w-]+(?:,? [A-Z][\w-]+)?)"
    r" until (?P<y1>19[5-8]\d)\b"
    r"|(?P<y2>19[5-8]\d)年まで(?P<p2>[^。、]{1,12}?)(?:で|に)(?:暮ら|住|生活)"
    r"|(?P<y3>19[5-8]\d)년까지 (?P<p3>[^.,\s]{1,12}?)에서 (?:살|거주|생활)"
)
_NORTH_KOREA = re.compile(r"north korea|the north\b|北朝鮮|北へ|북한|북송", re.I)


def _lived_in_japan_until(own: str, sentence: str) -> set[int]:
    """Years the sentence says someone lived in a city of Japan until, if it speaks of the North."""
    if not _NORTH_KOREA.search(sentence):
        return set()
    found = set()
    for match in _LIVED_UNTIL.finditer(own):
        n = next(i for i in (1, 2, 3) if match.group(f"y{i}"))
        if any(m.city.country == "JP" for m in cities_in(match.group(f"p{n}"))):
            found.add(int(match.group(f"y{n}")))
    return found


# "Last year" / 昨年 / 지난해 and "this year" / 今年 / 올해, as years before the article.
_RELATIVE_YEAR = re.compile(
    r"\b(?P<last>last year|a year ago)\b|\b(?P<this>this year|earlier this year)\b"
    r"|(?P<last_ja>昨年|去年|지난해|작년)|(?P<this_ja>今年|本年|올해)",
    re.I,
)


def _held_when(sentence: str, departure_or_birth: set[int], index: int) -> list[Fact]:
    """When the sentence says someone was held or sheltered: the years it gives for it.

    `held_year` is a year stated in a custody or refuge sentence (not the year of
    departure or of birth); `held_years_ago` is "last year" (1) or "this year" (0),
    resolved against the publication date when scoring. Without either, custody is
    judged in the years just before the article.
    """
    events = list(_CUSTODY_EVENT.finditer(sentence))
    if not events:
        return []
    # The time of a verb: after it in English ("held … in 2016"), before it in Japanese
    # and Korean (2016年に…拘束, 2016년 … 구금), in the same stretch of the sentence.
    verb_final = bool(_VERB_FINAL.search(sentence))

    def near(start: int, *, through_escape: bool = True) -> bool:
        for event in events:
            if (
                verb_final
                and 0 <= event.start() - start <= _HELD_REACH_BEFORE
                and (
                    through_escape
                    or not _ESCAPE_ATTRIBUTIVE.search(sentence[start : event.start()])
                )
            ):
                return True
            between = sentence[event.end() : start]
            if (
                not verb_final
                and 0 <= start - event.end() <= _HELD_REACH_AFTER
                and not _CLAUSE_BREAK.search(between)
                and (through_escape or not _RELATIVE_CLAUSE.search(between))
            ):
                return True
        return False

    facts = [
        Fact("held_year", match.group(1), index)
        for match in _YEAR.finditer(sentence)
        if int(match.group(1)) not in departure_or_birth and near(match.start())
    ]
    for match in _RELATIVE_YEAR.finditer(sentence):
        if near(match.start()):
            ago = "1" if (match.group("last") or match.group("last_ja")) else "0"
            facts.append(Fact("held_years_ago", ago, index))
    # 今月中旬…拘束, 이달 중순 … 붙잡아, "detained on the 3rd": the month of custody, told
    # against the article's date (months_back: 0 this month, 1 last; day_alone: a day).
    # "detaining a man who crossed the border last month", 先月脱北した男性を拘束: the month is
    # the escape's; she has been held since, at the earliest (held_since_months_back).
    for match in _MONTH_BACK.finditer(sentence):
        if near(match.start(), through_escape=False):
            facts += [Fact("held_months_back", back, index) for back in _months_back(match[0])]
        elif near(match.start()):
            backs = _months_back(match[0])
            facts += [Fact("held_since_months_back", back, index) for back in backs]
    for match in _DAY_ALONE.finditer(sentence):
        if near(match.start()):
            facts.append(Fact("held_day_alone", match.group(1) or match.group(2), index))
    return facts


_VERB_FINAL = re.compile(r"[ぁ-ヿ一-龥가-힣]")
_HELD_REACH_AFTER = 70
# "held in Yanji in 2015 and came to Japan last year": last year is when she came.
_CLAUSE_BREAK = re.compile(r"[,;]|\b(?:and|then|before|after|until|but)\b", re.I)
# "detaining a man who crossed the border last month": the time of a relative clause is
# its own verb's, not the custody's.
_RELATIVE_CLAUSE = re.compile(r"\b(?:who|whom|which)\b", re.I)
# 先月北朝鮮を脱出した男性を拘束, 지난달 북한을 탈출한 남성을 구금: the same in Japanese and
# Korean, where the time stands before an escape told as what the person held did.
_ESCAPE_ATTRIBUTIVE = re.compile(
    r"(?:脱出し|脱北し|越境し|逃亡し|逃れ|越え|渡っ|抜け出し|逃げ)た(?=[一-龥々ァ-ヶー\d])"
    r"|(?:탈출|탈북|월경|도주|도망)한 |(?:건넌|넘은|떠난|벗어난|넘어온|건너온) "
)
_HELD_REACH_BEFORE = 45


# 昭和35年, 平成13年, 令和元年: a year of a Japanese era, read as the Western year (not
# 昭和30年代, a decade of the era).
_ERA_YEAR = re.compile(r"(昭和|平成|令和)(元|\d{1,2})年(?!代)")
_ERA_START = {"昭和": 1925, "平成": 1988, "令和": 2018}


def _western_years(text: str) -> str:
    def western(match: re.Match[str]) -> str:
        number = 1 if match.group(2) == "元" else int(match.group(2))
        return f"{_ERA_START[match.group(1)] + number}年"

    return _ERA_YEAR.sub(western, text)


# 二十歳, 十九歳, 八十四歳: an age written in kanji numerals, read as digits.
_KANJI_AGE = re.compile(
    r"(?<![一-龥])([二三四五六七八九]?十[一二三四五六七八九]?|[一二三四五六七八九])歳"
)
_KANJI_DIGIT = {c: i for i, c in enumerate("〇一二三四五六七八九")}


def _kanji_ages(text: str) -> str:
    def digits(match: re.Match[str]) -> str:
        word = match.group(1)
        if "十" not in word:
            return f"{_KANJI_DIGIT[word]}歳"
        tens, _, ones = word.partition("十")
        value = (_KANJI_DIGIT[tens] if tens else 1) * 10 + (_KANJI_DIGIT[ones] if ones else 0)
        return f"{value}歳"

    return _KANJI_AGE.sub(digits, text)


# 木村さん（61）＝仮名＝, 박영수(가명·60) 씨, 박영수(60·가명) 씨, "Pak (not his real name), 60":
# a name the article made up to shield its subject names no one, on any case.
_PSEUDONYM_AFTER = re.compile(
    r"^\s?(?:さん|氏|씨|様)?\s?(?:[(]\s?\d{1,3}\s?(?:歳|세)?\s?[)])?\s?(?:さん|氏|씨)?\s?"
    r"(?:=\s?(?:仮名|가명)|[(]\s?(?:\d{1,3}\s?(?:歳|세)?\s?[·・、,]\s?)?(?:仮名|가명)\s?[)]"
    r"|,?\s?[(]?(?:not (?:his|her|their) real name|a pseudonym)\b)",
    re.I,
)


def _pseudonym(name: str, sentence: str) -> bool:
    at = sentence.find(name)
    return at >= 0 and bool(_PSEUDONYM_AFTER.match(sentence[at + len(name) :]))


def extract(text: str) -> Extraction:
    """Every fact the rules find, sentence by sentence."""
    normalized = _kanji_ages(_western_years(_norm(text)))
    result = Extraction(language=detect_language(normalized), sentences=split_sentences(normalized))
    for index, sentence in enumerate(result.sentences):
        result.facts += _person_facts(sentence, index)
        result.facts += _time_facts(sentence, index)
        places = _place_facts(sentence, index)
        custody = _custody_facts(sentence, index)
        result.facts += places + custody + _held_by_authorities(places, custody, index)
        result.names += [
            (name, index) for name in _names(sentence) if not _pseudonym(name, sentence)
        ]
        result.subject_names += [
            (name, index) for name in _subject_names(sentence) if not _pseudonym(name, sentence)
        ]
    _told_by_relative(result)
    _pronoun_after_relative(result)
    _told_after_an_elder(result)
    _parent_who_is_the_subject(result)
    _held_the_following_year(result)
    result.facts += _scene_departures(result)
    result.facts += _dateline_here(result)
    return result


# 어머니는 1960년 … 일본인으로, 母は…日本人妻だった, "Mother was a Japanese wife": a parent
# word that opens the sentence, with no one's before it (no 그의, 彼の, "his").
_BARE_PARENT = re.compile(r"^(?:어머니|아버지|모친|부친|母親?|父親?|(?:mother|father)\b)", re.I)
_CHILD_RELATIONS = frozenset({"child", "son", "daughter"})


def _parent_who_is_the_subject(result: Extraction) -> None:
    """An article that first says its subject is a Japanese spouse, then tells of her child,
    may call her by what the child calls her: "어머니는 1960년 … 일본인으로" is the subject
    herself, seen from her son, not the Japanese parent of a descendant. Read so only when
    the parent word opens the sentence with no one's before it, and no earlier sentence
    said the subject was a Japanese spouse's child."""
    first: dict[str, int] = {}
    for fact in result.facts:
        if fact.kind == "category":
            first.setdefault(fact.value, fact.sentence)
    spouse, descendant = first.get("japanese_spouse"), first.get("descendant")
    if spouse is None or descendant is None or spouse >= descendant:
        return
    children = {
        f.sentence for f in result.facts if f.kind == "relation" and f.value in _CHILD_RELATIONS
    }
    if not any(i < descendant for i in children):
        return
    sentence = result.sentences[descendant].lstrip("\"'‘“「『 ")
    match = _DESCENDANT.search(sentence)
    if not match or match.start() != 0 or not _BARE_PARENT.match(sentence):
        return
    result.facts = [
        Fact("category", "japanese_spouse", f.sentence, f.role)
        if f.kind == "category" and f.value == "descendant" and f.sentence == descendant
        else f
        for f in result.facts
    ]


# 2009年秋に越境し…翌年3月に総領事館に保護された, 이듬해 3월 대사관에 들어갔고, "the
# following year she reached the embassy": the year after the last year the text gave.
_FOLLOWING_YEAR = re.compile(
    r"\b(?:the (?:following|next) year|a year later)\b|翌年|이듬해|다음 해|그 이듬해",
    re.I,
)


def _held_the_following_year(result: Extraction) -> None:
    for index, sentence in enumerate(result.sentences):
        following = _FOLLOWING_YEAR.search(sentence)
        if not following or not any(
            m.start() > following.start() for m in _CUSTODY_EVENT.finditer(sentence)
        ):
            continue
        said = [int(y) for y in _YEAR.findall(sentence[: following.start()])]
        if not said:
            earlier = [
                int(f.value)
                for f in result.facts
                if f.kind in ("year", "birth_year") and index - 2 <= f.sentence < index
            ]
            said = [max(earlier)] if earlier else []
        if not said:
            continue
        # 2009年秋に越境し、翌年3月に…保護された: 2009 is the crossing's year, not the custody's.
        result.facts = [
            f
            for f in result.facts
            if not (f.sentence == index and f.kind == "held_year" and int(f.value) in said)
        ]
        result.facts.append(Fact("held_year", str(said[-1] + 1), index))


# "His younger brother Toru … still lives in Kochi. He is 79.", 弟の徹さんは高知市に住む。
# 彼は79歳だ, 남동생 도루 씨는 고치에 산다. 그는 79세다: a sentence that leads with a
# relative, then one that gives "his" or "her" age and nothing else: the relative's age.
_LEADS_WITH_RELATIVE = re.compile(
    r"^(?:his|her|their)\s+(?:late\s+|older\s+|elder\s+|younger\s+|eldest\s+|youngest\s+)?"
    r"(?P<en>husband|wife|mother|father|son|daughter|brother|sister|grandson|granddaughter"
    r"|(?:great-)*grand(?:mother|father)|niece|nephew|cousin|aunt|uncle)\b"
    r"|^(?:[^。、]{0,10}の)?(?P<ja>夫|妻|母親?|父親?|祖母|祖父|息子|娘|長男|長女|次男|次女|兄|姉|弟"
    r"|妹|孫|めい|おい)(?:の[^。、]{1,8}?(?:さん|氏))?(?:は|が|も)"
    r"|^(?:그의 |그녀의 )?(?P<ko>남편|아내|어머니|아버지|아들|딸|형|오빠|누나|언니|동생|남동생"
    r"|여동생|할머니|할아버지|손자|손녀|조카)(?: [가-힣]{2,4} ?씨)?(?:는|은|가|이|도) ",
    re.I,
)
_WOMEN_RELATIVES = frozenset(
    [
        "wife",
        "mother",
        "daughter",
        "sister",
        "granddaughter",
        "grandmother",
        "niece",
        "aunt",
        "妻",
        "母",
        "母親",
        "祖母",
        "娘",
        "長女",
        "次女",
        "姉",
        "妹",
        "めい",
        "아내",
        "어머니",
        "딸",
        "누나",
        "언니",
        "여동생",
        "할머니",
        "손녀",
    ]
)
_MEN_RELATIVES = frozenset(
    [
        "husband",
        "father",
        "son",
        "brother",
        "grandson",
        "grandfather",
        "nephew",
        "uncle",
        "夫",
        "父",
        "父親",
        "祖父",
        "息子",
        "長男",
        "次男",
        "兄",
        "弟",
        "おい",
        "남편",
        "아버지",
        "아들",
        "형",
        "오빠",
        "남동생",
        "할아버지",
        "손자",
    ]
)
_PRONOUN_AGE_ALONE = re.compile(
    r"^(?P<pronoun>she|he|彼女|彼|그녀|그)"
    r"(?: (?:is|turns|turned|has turned|is now) \d{1,3}(?: years old)?\.?$"
    r"|は(?:今年|現在)?\d{1,3}歳(?:だ|です|になる|になった)?。?$"
    r"|는 (?:올해 |현재 )?\d{1,3}(?:세|살)(?:다|이다|가 됐다|이 됐다)?\.?$)",
    re.I,
)
_WOMAN_PRONOUNS = frozenset({"she", "彼女", "그녀"})


# A sentence whose topic is the subject's parent or grandparent (女性の祖母は上越市出身の
# 高橋トミさん。, 그의 외할머니는 니가타 출신인 다카하시 도미 씨다.), and the sentence after it
# that names no one of its own: Japanese and Korean drop a subject already said, so that
# sentence (1960年、夫と新潟港から渡った日本人妻の一人だ。) is told of the same elder.
_ELDER_TOPIC = re.compile(
    rf"^(?:[^。、は]{{0,8}}の)?(?:{_JA_GRAND}|母親?|父親?)(?:は|が)、?[^。]*。?$"
    rf"|^(?:[가-힣]{{1,8}}의 )?(?:{_KO_GRAND}|어머니|아버지|모친|부친)(?:는|은|가|께서는?) "
    r"[^.]*\.?$"
)
# Any topic or subject of its own: は or が in Japanese, a topic or subject particle after a
# word in Korean.
_OWN_TOPIC = re.compile(r"[はが]|[가-힣](?:은|는|이|가|께서) ")
_ELDER_DEPARTURE = frozenset(
    {
        "departure_year",
        "departure_decade",
        "departure_age",
        "years_since_departure",
        "years_since_departure_about",
        "years_in_north",
    }
)


def _told_after_an_elder(result: Extraction) -> None:
    """A departure or category told in a sentence that continues one about the subject's
    parent or grandparent is the elder's: the elder left that year, and the elder was the
    Japanese spouse or the former resident, which makes the subject a descendant."""
    if result.language not in ("ja", "ko"):
        return
    for index in range(1, len(result.sentences)):
        sentence = result.sentences[index].strip()
        if not _ELDER_TOPIC.match(result.sentences[index - 1].strip()):
            continue
        if _OWN_TOPIC.search(sentence) or _QUOTE.match(sentence):
            continue
        told = [f for f in result.facts if f.sentence == index]
        if not any(f.kind in _ELDER_DEPARTURE or f.kind == "category" for f in told):
            continue
        kept = [f for f in result.facts if f.sentence != index]
        for fact in told:
            if fact.kind in _ELDER_DEPARTURE:
                continue
            if fact.kind == "category":
                fact = Fact("category", "descendant", index)
            elif fact.role in ("home", "residence", "") and fact.kind in _PLACE_KINDS:
                fact = Fact(fact.kind, fact.value, index, "parent")
            if fact not in kept:
                kept.append(fact)
        result.facts = kept


def _pronoun_after_relative(result: Extraction) -> None:
    for index in range(1, len(result.sentences)):
        alone = _PRONOUN_AGE_ALONE.match(result.sentences[index].strip())
        leads = _LEADS_WITH_RELATIVE.match(result.sentences[index - 1].strip())
        if not alone or not leads:
            continue
        # "Her husband, 70, was arrested. She is 64.": the relative's age is already
        # given, and "she" is not the husband.
        if any(f.sentence == index - 1 and f.kind.endswith("age") for f in result.facts):
            continue
        relative = (leads.group("en") or leads.group("ja") or leads.group("ko")).lower()
        woman = alone.group("pronoun").lower() in _WOMAN_PRONOUNS
        if relative in (_MEN_RELATIVES if woman else _WOMEN_RELATIVES):
            continue
        result.facts = [
            Fact("relative_age", f.value, f.sentence)
            if f.sentence == index and f.kind == "age"
            else f
            for f in result.facts
        ]


# "DANDONG, China — … was taken into custody by Chinese police here", 当地の警察に拘束,
# 현지 공안에 체포: "here" in a clause of custody is the city the report was filed from.
_HERE = re.compile(r"\bhere\b|\bin this city\b|当地|현지", re.I)


def _dateline_here(result: Extraction) -> list[Fact]:
    dateline = [f for f in result.facts if f.sentence == 0 and f.role == "dateline"]
    found = []
    for index, sentence in enumerate(result.sentences):
        if dateline and _HERE.search(sentence) and _CUSTODY_EVENT.search(sentence):
            found += [Fact(f.kind, f.value, index, "custody") for f in dateline]
    return found


# A feature's opening scene: a year (and month) and a place, without a verb ("1963년 6월
# 니가타항.", 1960年12月、新潟港。, "June 1961. Niigata."), then the sentence that tells the
# departure (북송선에 올랐다): the scene's year is the departure's.
_SCENE = re.compile(
    r"^\s*(?:[A-Z][a-z]+\s+)?(1[89]\d\d|20\d\d)(?:年|년)?(?:\s?\d{1,2}(?:月|월))?[,、.。\s]*"
    r"[^\s.。,、]{1,12}?(?:\s[^\s.。,、]{1,12})?[.。]?\s*$"
)


def _scene_departures(result: Extraction) -> list[Fact]:
    found = []
    for index, sentence in enumerate(result.sentences[:-1]):
        scene = _SCENE.match(sentence)
        following = result.sentences[index + 1]
        if scene and _DEPARTURE.search(following) and not _years(following)[0]:
            found.append(Fact("departure_year", scene.group(1), index))
    return found


# Someone who tells of a relative of theirs who fled: "my sister's granddaughter", "his
# niece", 姉の孫, 兄の娘, 姪, 누나의 손녀, 형의 아들, 조카.
_KIN_OF_KIN = re.compile(
    r"\b(?:my|his|her|our|their)\s+(?:(?:late\s+|elder\s+|older\s+|younger\s+)?"
    r"(?:sister|brother|cousin|aunt|uncle)'s\s+(?:grand)?(?:daughter|son|child)"
    r"|(?:great-|grand-)?(?:niece|nephew)"
    r"|(?:(?:late|elder|older|big|little|younger|eldest|youngest)\s+)?(?:sister|brother))\b"
    r"|(?:姉|妹|兄|弟|伯母|叔母|伯父|叔父|いとこ)の(?:孫娘|孫息子|孫|娘|息子)|姪|甥"
    r"|(?:私|僕|俺)の(?:姉|妹|兄|弟)"
    r"|(?:누나|언니|형|오빠|여동생|남동생|동생|누이|고모|이모|삼촌)의 ?(?:손녀|손자|딸|아들)"
    r"|(?:나의|내|우리) ?(?:누나|언니|형|오빠|여동생|남동생|동생)"
    r"|조카|종손녀|종손자",
    re.I,
)
_PLACE_KINDS = frozenset({"prefecture", "region", "city", "place", "korea_province"})
# What the relative did, soon after the words that name them ("had made it to China",
# が中国まで逃げてきた, 가 중국으로 탈출했다), within the quote.
_FLED_AFTER = re.compile(
    r"[^」』”\".。]{0,30}?(?:\b(?:fled|escaped|defected|made it|got out|reached|crossed|left"
    r"|went to North Korea|moved to North Korea|arrived|came home)\b"
    r"|逃げ|脱出|脱北|たどり着|渡っ|抜け出|帰国し|탈출|탈북|도망|건너|넘어|도착|왔|땅을 밟)",
    re.I,
)
# Where the speaker was born or lives ("at his home in Sendai"), not where the subject is.
_SPEAKER_ROLES = frozenset({"", "home", "residence"})
_QUOTE = re.compile(r"[「『“\"]")
_SPEECH = re.compile(
    r"\b(?:said|says|told|recalled|recalls|wrote|writes|posted|post)\b"
    r"|言って|言う|語っ|語る|話し|話す|振り返|投稿|つづっ|書き込"
    r"|말했|말한|밝혔|전했|회상했|올린 글|올렸|썼|적었",
    re.I,
)


def _told_by_relative(result: Extraction) -> None:
    """A person who speaks of a relative of theirs who fled (姉の孫が逃げてきた, "my sister's
    granddaughter got out", 누나의 손녀) is that person's relative, not the subject: the
    age, name and home given with them where they speak (山形県の山本勝さん（82）は、そう
    言って; "said Taro Ueno, 81, in Sendai") are theirs. The one who fled is described
    elsewhere in the article (30代の女性, "a woman in her 30s")."""
    speakers: set[int] = set()
    for index, sentence in enumerate(result.sentences):
        if not any(
            _FLED_AFTER.match(sentence[kin.end() :]) for kin in _KIN_OF_KIN.finditer(sentence)
        ):
            continue
        # The quote and who said or wrote it: the same sentence, the next one after a quote,
        # or the one just before that named them ("The post by Sasaki, 80, … In it she says
        # that her older sister, who went to North Korea …").
        # A quote may open a sentence earlier ("누나는 아직 청진에 있다. 그러나 … 조카가 …").
        quoted = any(_QUOTE.search(result.sentences[at]) for at in (index - 1, index) if at >= 0)
        told = bool(_SPEECH.search(sentence))
        for at in (index - 1, index, index + 1) if quoted or told else (index,):
            if at < 0 or at >= len(result.sentences):
                continue
            if not _SPEECH.search(result.sentences[at]) and not (told and at == index - 1):
                continue
            named = any(i == at for _n, i in result.names)
            if named and any(f.kind == "age" and f.sentence == at for f in result.facts):
                speakers.add(at)
    if not speakers:
        return
    result.facts = [
        Fact("relative_age", f.value, f.sentence)
        if f.kind == "age" and f.sentence in speakers
        else Fact(f.kind, f.value, f.sentence, "relative")
        if f.kind in _PLACE_KINDS and f.sentence in speakers and f.role in _SPEAKER_ROLES
        else f
        for f in result.facts
    ]
    result.subject_names = [(n, i) for n, i in result.subject_names if i not in speakers]


def prefecture_of(birthplace: str) -> str | None:
    """The prefecture key a recorded birthplace names, if any."""
    text = _norm(birthplace)
    for kanji, key in _PREFECTURE_BY_KANJI.items():
        if kanji in text:
            return key
    lowered = text.lower()
    for key in _HALF_OF_PREFECTURE:
        if re.search(rf"\b{key}\b", lowered):
            return key
    return None


def regions_of(text: str) -> set[str]:
    """The regions of Japan a recorded place names, and the half of Japan it lies in."""
    normalized = _norm(text).lower()
    found = {
        key for key, (_h, patterns) in JAPAN_REGIONS.items() if _search_any(patterns, normalized)
    }
    halves = {JAPAN_REGIONS[key][0] for key in found}
    prefecture = prefecture_of(text)
    if prefecture:
        halves.add(_HALF_OF_PREFECTURE[prefecture])
    return found | {f"half:{half}" for half in halves}


def places_of(text: str) -> set[str]:
    """The foreign place keys a recorded region names (``"Yanbian, Jilin"`` → both).

    A city of China the article would read as a place counts too ("Nanning, Guangxi").
    """
    lowered = _norm(text).lower()
    found = {
        key for key, (_c, patterns) in FOREIGN_PLACES.items() if _search_any(patterns, lowered)
    }
    return found | {m.city.key for m in cities_in(text) if m.city.country == "CN"}


def regions_abroad_of(text: str) -> set[str]:
    """The wider regions abroad a recorded place lies in: held in Vladivostok is held in
    Russia's Far East, as the press may say instead."""
    return {FOREIGN_PLACE_REGION[key] for key in places_of(text) if key in FOREIGN_PLACE_REGION}
