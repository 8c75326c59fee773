"""Who said it: the speaker of each sentence of an article, resolved against what came before.

:func:`resolve_speaker` takes a sentence's attribution (:mod:`claims.attribution`)
and the :class:`ArticleContext` of the sentences before it, and returns the
speaker: a pronoun, role noun (该官员, the minister) or first person (我, in an
interview's answer) is resolved to its antecedent; a short name to the full
name first given (Johnson → Boris Johnson, 证监会 → 中国证券监督管理委员会,
小鹏 after 小鹏汽车（以下简称“小鹏”）); a generic head (该公司, the company) to
the organisation named before; a paragraph with no attribution of its own
carries the speaker who opened it. The context also keeps what deadlines need
(the article's dated events, the paragraph's deadline). Pure: no database.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from claims.attribution import (
    _DATELINE_PREFIX_RE,
    _EN_DATELINE_RE,
    _EN_NAME,
    _EN_ORG_WORDS,
    _EN_OUTSIDE_PERSON_NOUNS,
    _EN_PORTFOLIO_WORDS,
    _EN_TITLES,
    _ESTIMATIVE_VERBS,
    _TITLE_RE,
    ASSOCIATION_KINDS,
    EN_PUBLIC_BODY_RE,
    EN_TITLED_MENTION_RE,
    EN_UNNAMED_PERSON_NOUNS,
    FIRST_PERSON,
    GENERIC_ORG_HEADS_EN,
    MALAY_HONORIFICS,
    ORG_ROLE_RE,
    ORG_SUFFIXES,
    PREFIXED_SURNAME_RE,
    Attribution,
    Speaker,
    _en_kind,
    _en_speaker,
    _pos_tags,
    attribute,
    chars_in_order,
    classify_segment,
    is_abbreviation,
    without_owner,
    without_role,
)
from claims.events import DatedEvent
from claims.speakers import EN_LEGAL_FORM
from claims.text import Sentence

if TYPE_CHECKING:
    from claims.extract import Deadline  # only in an annotation: extract imports this module


@dataclass
class ArticleContext:
    """Running state while walking an article's sentences."""

    published: date
    lang: str
    events: dict[str, tuple[str, date, date]]
    last_named: Speaker | None = None
    paragraph: int = -1
    paragraph_speaker: Speaker | None = None
    paragraph_deadline: Deadline | None = None
    titles: dict[str, str] = field(default_factory=dict)
    known_events: tuple[DatedEvent, ...] = ()
    last_speaker: Speaker | None = None
    last_speaker_via_role: bool = False  # the last speaker was an organisation's 负责人/发言人 (a person)
    people: list[Speaker] = field(default_factory=list)
    last_org: Speaker | None = None  # the last organisation that spoke (通报说 → its issuer)
    orgs: list[Speaker] = field(default_factory=list)  # every organisation that spoke, in order
    genders: dict[str, str] = field(default_factory=dict)
    anonymous: list[Speaker] = field(default_factory=list)  # anonymous sources, in order  # person's name → "m"/"f", when the text shows it
    source: str = ""  # the article's text (normalised), for names that refer back to an earlier full name
    title: str = ""  # the headline when it is not part of the text (front matter): 专访…局长王五：… names an interviewee
    full_names: dict[str, str] | None = None  # last word → first two-word name ending with it (built on first need)
    longer_names: dict[str, str] | None = None  # "Al Jaber" → "Sultan" (the word before it first), built on first need
    dotted_names: dict[str, str] | None = None  # first part → a dotted transliterated name (佐科 → 佐科·维多多)
    titled_names: dict[str, tuple] | None = None  # 林鄭 → (林鄭月娥, its title[, True while its tail is unchecked])
    company_forms: dict[str, str | None] = field(default_factory=dict)  # 國泰 → 國泰航空 (or None), read once per name
    after_dots: dict[str, int] | None = None  # 阿尔巴尼斯 → where ·阿尔巴尼斯 first stands (built on first need)


_EN_SUBJECT_RE = re.compile(r"\s*((?:[A-Z][a-z]+\s+){0,3}(?:[a-z]+\s+)?" + _EN_NAME + r")\s+(?:on\s+[A-Z]\w+\s+)?[a-z]+(?:ed|s)\b"
                            r"(?!\s+(?:are|were|is|was|will|would|have|has|had|could|may|might|can)\b)")  # not "X elections are"


#: First words of a capitalised pair that are no given name ("Minister Prabowo", "The Fed", "Former Gov").
_NOT_GIVEN_NAMES = frozenset({"The", "Mr", "Ms", "Mrs", "Dr", "Chief", "President", "Minister", "Former", "Prime",
                              "Vice", "Deputy", "Defense", "Defence", "Foreign", "Finance", "Trade", "Secretary",
                              "Governor", "Senator", "General", "Prof", "Professor", "Chairman", "Premier", "Mayor",
                              "King", "Queen", "Prince", "Princess", "Sir", "Lord", "Judge", "Justice", "Ambassador"}) \
    | {w for w in _EN_PORTFOLIO_WORDS if w[0].isupper()} \
    | {"Is", "Are", "Was", "Were", "Would", "Can", "Could", "Should", "Does", "Do", "Did", "Has", "Have",
       "Had", "What", "Why", "How", "When", "Where", "Who", "Which", "If", "But", "And", "So", "Yet", "As", "At",
       "In", "On", "By", "For", "After", "Before", "While", "With", "Since", "Once", "Some", "Many", "Most", "All",
       "Analysts", "Investors", "Officials"}
# ("for Transport Lam Pin Min": Transport is a portfolio; "Is Pfizer paying …?", "After Boeing …": a sentence's
# first word before a name is no given name)
#: Words of English titles ("Fed Chair", "Bank Governor" are a body and a post, not a given name and a surname).
_EN_TITLE_WORDS = frozenset(w.strip(".") for title in _EN_TITLES for w in title.split()) | {"Chief", "Head"}
#: "Phil Spencer", "George W. Bush": a capitalised word, an optional initial, and the last word (read at every
#: offset, so that overlapping pairs are all seen).
_EN_TWO_NAMES_RE = re.compile(r"(?=\b([A-Z][a-z'’-]+(?:[ \t\u00a0]+[A-Z]\.)?[ \t\u00a0]+((?:Mc|Mac|O['’]|De|Di)?[A-Z][a-z'’-]+))\b)")
#: A capitalised word before a two-word name ("Sultan Al Jaber"): (the word, the two-word name); overlapping.
_EN_THREE_NAMES_RE = re.compile(r"(?=(?<![\w.])([A-Z][a-z]+)[ \u00a0]([A-Z][\w'’-]+[ \u00a0][A-Z][\w'’-]+)\b)")
#: A Chinese name after an English given name (Eddie Wu Yongming): (the whole, the surname in the middle).
_EN_MIDDLE_SURNAME_RE = re.compile(r"\b([A-Z][a-z]+[ \u00a0]([A-Z][a-z]{1,4})[ \u00a0][A-Z][a-z]+(?:-[a-z]+)?)\b")


def _full_names_by_last_word(ctx: ArticleContext) -> dict[str, str]:
    """Each capitalised word of the article → the first "<word> <it>" pair that ends with it (Spencer → Phil
    Spencer), or, for a word that ends none, the one pair it begins when it begins only one (Prabowo → Prabowo
    Subianto: a name used alone that is a given name, as Indonesian names are). Built once per article:
    looking each name up with its own pass over the text made a long English text quadratic."""
    if ctx.full_names is None:
        ctx.full_names = {}
        first_words: dict[str, set[str]] = {}
        for m in _EN_TWO_NAMES_RE.finditer(ctx.source):
            if m.group(1).split()[0] in _NOT_GIVEN_NAMES:
                continue  # "Minister Prabowo", "The Fed": a title or article, not a given name
            ctx.full_names.setdefault(m.group(2), m.group(1))
            first_words.setdefault(m.group(1).split()[0], set()).add(m.group(1))
        for m in _EN_MIDDLE_SURNAME_RE.finditer(ctx.source):
            if _en_kind(m.group(1)) == "person" and m.group(1).split()[0] not in _NOT_GIVEN_NAMES:
                if ctx.full_names.get(m.group(2), m.group(1)) in m.group(1):  # ("Eddie Wu" is its start)
                    ctx.full_names[m.group(2)] = m.group(1)  # "Wu said" after "Eddie Wu Yongming"
        for word, pairs in first_words.items():
            if word not in ctx.full_names and len(pairs) == 1:
                (pair,) = pairs
                if _en_kind(pair) == "person" and pair.split()[-1] not in _EN_TITLE_WORDS:  # not "Fed Chair"
                    ctx.full_names[word] = pair
    return ctx.full_names


#: A transliterated name written with middle dots (佐科·维多多): (first part).
_DOTTED_NAME_RE = re.compile(r"([\u4e00-\u9fff]{2,5})·[\u4e00-\u9fff]{1,8}?(?:·[\u4e00-\u9fff]{1,8}?)?"
                             # the last part ends where a verb, preposition or punctuation begins (…维多多出席仪式)
                             r"(?=出席|表示|说|說|在|于|於|与|與|同|和|及|举行|舉行|会见|會見|会晤|會晤|访问|訪問|的|等|称|稱|"
                             r"指出|认为|認為|宣布|宣佈|强调|強調|透露|抵达|抵達|发表|發表|主持|签署|簽署|向|对|對|也|则|則|"
                             r"将|將|会|會|已|曾|今|昨|日前|近日|[，,。；;、：:（(）)」”\s]|$)")
#: The industry word that ends a company's name after its short name (國泰航空, 比亚迪汽车, 中银香港 …).
_COMPANY_TAIL = (r"(?:航空|航運|航运|集团|集團|股份有限公司|有限公司|公司|控股|银行|銀行|汽车|汽車|科技|电信|電信|地产|地產|"
                 r"置地|保险|保險|证券|證券|能源|石油|电力|電力|电子|電子|半导体|半導體|制药|製藥|物流|快递|快遞|百货|百貨)")
#: Titles that are only courtesy ("Dr Lam"): the post given with the full name is the better title.
_HONORIFICS = frozenset({"Dr", "Dr.", "Mr", "Mr.", "Ms", "Ms.", "Mrs", "Mrs.", "Prof", "Prof.", "先生", "女士"})
_COMPANY_TAIL_RE = re.compile(_COMPANY_TAIL)


def _full_name(speaker: Speaker, ctx: ArticleContext) -> Speaker:
    """A short form of a person named earlier in the article takes the full name (Johnson → Boris Johnson,
    阿都加尼 → 阿都加尼沙烈); new people are remembered."""
    if speaker.kind != "person":
        return speaker
    if re.fullmatch(r"[A-Z][\w&'’-]+", speaker.name) and not speaker.title \
            and not any(p.name == speaker.name or p.name.endswith(" " + speaker.name) for p in ctx.people[-_PEOPLE_LOOK_BACK:]):
        company = next((o for o in reversed(ctx.orgs[-_PEOPLE_LOOK_BACK:]) if o.name.endswith(" " + speaker.name)), None)
        if company is not None:
            return company  # "Lilly also said" after Eli Lilly spoke (through "the company"): the company
    if len(speaker.name) == 1 and speaker.title:
        # 李总理说 after 李显龙总理: a surname with a title is the last person of that surname
        for known in reversed(ctx.people):
            if known.name.startswith(speaker.name) and len(known.name) > 1:
                return Speaker(known.name, known.title or speaker.title, "person")
        # 范大使说 after 越南驻华大使范草梅接受采访 (named, but not yet as a speaker): the title, then the name
        named = re.search(re.escape(speaker.title) + re.escape(speaker.name) + r"[\u4e00-\u9fff]{2}", ctx.source)
        if named:
            found = Speaker(named.group(0)[len(speaker.title):], speaker.title, "person")
            ctx.people.append(found)
            return found
    if re.fullmatch(r"[\u4e00-\u9fff]{2,4}", speaker.name) and not speaker.title:
        # 國泰 after 國泰航空一架客機…: a company named in full before, not a person jieba tags as one
        if speaker.name not in ctx.company_forms:  # (once per name: a search and a match per mention made long texts slow)
            first = ctx.source.find(speaker.name)
            tail = _COMPANY_TAIL_RE.match(ctx.source, first + len(speaker.name)) if first >= 0 else None
            ctx.company_forms[speaker.name] = speaker.name + tail.group(0) if tail else None
        company = ctx.company_forms[speaker.name]
        if company and not any(p.name == speaker.name for p in ctx.people[-_PEOPLE_LOOK_BACK:]):
            return Speaker(company, None, "organisation")  # (named so first: 比亚迪…比亚迪集团 stays)
    particle = re.fullmatch(r"(?i:de|des|du|da|di|van|von|le|la)\s+([A-Z][\w'’-]+)", speaker.name)
    if particle:  # "Des Cars said" after "Louvre director Laurence des Cars": a surname with its particle
        whole = re.search(r"\b([A-Z][\w'’-]+\s+" + re.escape(speaker.name) + r")\b", ctx.source, re.I)
        if whole and whole.group(1)[0].isupper():
            speaker = Speaker(whole.group(1)[: len(whole.group(1)) - len(speaker.name)] + whole.group(1)[-len(speaker.name):],
                              speaker.title, "person")
    title = speaker.title if speaker.title not in _HONORIFICS else None  # "Dr Lam": the title given with the full name
    for known in ctx.people[-_PEOPLE_LOOK_BACK:]:
        if speaker.name not in known.name:
            continue  # (every form below contains the name: one test in C before the several below)
        if known.name == speaker.name:
            return Speaker(known.name, title or known.title or speaker.title, "person")
        if (known.name.endswith(" " + speaker.name) or (len(speaker.name) >= 3 and known.name.startswith(speaker.name))
                or (len(speaker.name) == 2 and len(known.name) >= 4 and known.name.startswith(speaker.name)
                    and re.fullmatch(r"[\u4e00-\u9fff]+", known.name))  # 林鄭 after 林鄭月娥
                or known.name.startswith(speaker.name + " ")  # "Dr Lam" after Lam Pin Min: a surname written first
                or ("·" in known.name and speaker.name in (known.name.split("·")[0], known.name.split("·")[-1]))):
            # 佐科 after 佐科·维多多; 迈耶 after 亚龙·迈耶 (a Western name's surname is its last part)
            return Speaker(known.name, title or known.title or speaker.title, "person")
    if re.fullmatch(r"[\u4e00-\u9fff]{2,4}", speaker.name) and not speaker.title:
        # 林鄭 after 行政長官林鄭月娥 (named, not yet as a speaker): the four-character name after a title
        if ctx.titled_names is None:  # one pass per article: a search per name made long texts quadratic
            ctx.titled_names = {}
            for title in _TITLE_RE.finditer(ctx.source):
                rest = ctx.source[title.end() : title.end() + 4]
                if title.group(0) in _MALAY_HONORIFICS:
                    # 拿督斯里安华依布拉欣、…: a Malaysian honorific before a transliterated name of any length;
                    # the name runs to the list's next item or a verb, and 安华 is its beginning
                    run = _HONORIFIC_NAME_RE.match(ctx.source, title.end())
                    if run:
                        ctx.titled_names.setdefault(run.group(1)[:2], (run.group(1), title.group(0)))
                        # 嘉福尼 after 拿督莫哈末嘉福尼, 阿邦佐哈里 after 拿督巴丁宜阿邦佐哈里敦奥本: a later mention
                        # gives the name's end or a longer beginning
                        for k in range(3, len(run.group(1))):
                            ctx.titled_names.setdefault(run.group(1)[:k], (run.group(1), title.group(0)))
                            ctx.titled_names.setdefault(run.group(1)[-k:], (run.group(1), title.group(0)))
                    continue
                if re.fullmatch(r"[\u4e00-\u9fff]{4}", rest) and not re.match(_NOT_NAME_TAIL, rest[2:]) \
                        and not rest.startswith(_MALAY_HONORIFICS):  # (首相拿督斯里…: an honorific, not a name)
                    # 董事长兼CEO雷军正式发布: the name 雷军 and its title, not a name 雷军正式 (checked when the
                    # entry is used: jieba's tagger is the slow part, and most titled names never come back short)
                    ctx.titled_names.setdefault(rest[:2], (rest, title.group(0), True))
        if speaker.name in ctx.titled_names:
            name, title_word, *unchecked = ctx.titled_names[speaker.name]
            if unchecked:
                name = name[:2] if _verb_after_name(name) else name
                ctx.titled_names[speaker.name] = (name, title_word)
            found = Speaker(name, title_word, "person")
            ctx.people.append(found)
            return found
    if re.fullmatch(r"[\u4e00-\u9fff]{2,5}", speaker.name):
        # 佐科 after 印尼总统佐科·维多多 (named in passing, not yet as a speaker): a transliterated name's first part
        if ctx.dotted_names is None:  # one pass per article (a search per name made long texts quadratic)
            ctx.dotted_names = {}
            for m in _DOTTED_NAME_RE.finditer(ctx.source):
                for k in range(2, len(m.group(1)) + 1):  # (印尼总统佐科·…: the first part is some tail of the run)
                    ctx.dotted_names.setdefault(m.group(1)[-k:], m.group(0)[len(m.group(1)) - k :])

        if ctx.after_dots is None:  # (one pass per article: a search of the whole text per name was quadratic)
            ctx.after_dots = {}
            for m in re.finditer(r"·([\u4e00-\u9fff]{2,6})", ctx.source):
                for k in range(2, len(m.group(1)) + 1):
                    ctx.after_dots.setdefault(m.group(1)[:k], m.start())
        if speaker.name in ctx.dotted_names:
            speaker = Speaker(ctx.dotted_names[speaker.name], speaker.title, "person")
        elif speaker.name in ctx.after_dots:
            # 阿尔巴尼斯 after 澳大利亚总理安东尼·阿尔巴尼斯: the last part, when a title shows where the name begins
            at = ctx.after_dots[speaker.name]
            lead = ctx.source[max(0, at - 14) : at]
            titles = list(_TITLE_RE.finditer(lead))
            first = lead[titles[-1].end() :] if titles else ""
            if re.fullmatch(r"[\u4e00-\u9fff]{1,6}(?:·[\u4e00-\u9fff]{1,6})?", first):
                speaker = Speaker(f"{first}·{speaker.name}", speaker.title, "person")
    if re.fullmatch(r"[A-Z][a-z'’-]+", speaker.name) or PREFIXED_SURNAME_RE.fullmatch(speaker.name):
        company = next((o for o in reversed(ctx.orgs) if o.name.split()[0] == speaker.name and " " in o.name), None)
        if company is not None:
            return company  # "Ford said" after "Ford Motor Co will spend …" spoke: the company (Bill Ford comes later)
        full = _full_names_by_last_word(ctx).get(speaker.name)
        if full:
            speaker = Speaker(full, speaker.title, "person")  # "Spencer said" after "report to Phil Spencer"
    elif re.fullmatch(r"[A-Z][\w'’-]+ [A-Z][\w'’-]+", speaker.name):
        if ctx.longer_names is None:  # one pass per article: a search per name made long texts quadratic
            ctx.longer_names = {}
            for m in _EN_THREE_NAMES_RE.finditer(ctx.source):
                ctx.longer_names.setdefault(m.group(2).replace("\u00a0", " "), m.group(1))
        lead = ctx.longer_names.get(speaker.name)
        longer = f"{lead} {speaker.name}" if lead and lead not in _NOT_GIVEN_NAMES else None
        who = _en_speaker(longer) if longer else None
        if who is not None and who.kind == "person" and who.name == longer:
            speaker = Speaker(longer, speaker.title, "person")  # "Al Jaber told …" after "Sultan Al Jaber"
    ctx.people.append(speaker)
    return speaker


#: An office named without its holder (财政部长, 主席, 日本首相): who holds it is whom it means, when one person does.
_BARE_OFFICE_RE = re.compile(r"[\u4e00-\u9fff]{0,6}(?:部长|部長|首相|总理|總理|总统|總統|主席|市长|市長|局长|局長|署长|署長|行长|行長|"
                             r"省长|省長|州长|州長|大臣|司长|司長|总裁|總裁|董事长|董事長|主任|院长|院長|大使|发言人|發言人|"
                             # (公司总经理说 after 中铁集装箱运输有限责任公司总经理李明: the company's manager named before)
                             r"总经理|總經理|行政总裁|行政總裁|首席执行官|首席執行官|执行长|執行長|总监|總監)")
#: A sentence opening with a person's name and a preposition or time word (尚达曼在…, 李强今天…): (the name's words).
_OPENING_NAME_RE = re.compile(r"\s*([\u4e00-\u9fff]{2,3}?)(?=在|于|於|今天|今日|昨天|昨日|日前|随后|隨後|则|則|也|向|对|對|与|與)")
#: A person introduced with an age in brackets (准新人陈伟杰（29岁，工程师）): (the words before the bracket).
_AGED_MENTION_RE = re.compile(r"([\u4e00-\u9fff]{2,16})[（(]\s*\d{1,3}\s*(?:岁|歲)")


def _name_before_age(words: str) -> str | None:
    """The person's name that ends ``words`` (退休人士黄美玲 → 黄美玲), by jieba's name tags; None when none."""
    from claims.attribution import _pos_tags

    tags = list(_pos_tags(words))
    name = ""
    while tags and tags[-1][1].startswith("nr") and len(name) + len(tags[-1][0]) <= 3:
        name = tags.pop()[0] + name
    if len(name) == 2 and tags and len(tags[-1][0]) == 1:
        name = tags[-1][0] + name  # 黄/美玲: a surname jieba does not tag as one
    return name if 2 <= len(name) <= 3 else None


#: A person named by surname and honorific, the subject of what follows (林先生（52岁）每天…, 陈女士则…): (name).
_HONORIFIC_MENTION_RE = re.compile(r"(?:(?<=[^\u4e00-\u9fff])|(?<=^)|(?<=的|师|師|员|員|民|主|者))"
                                   r"([\u4e00-\u9fff](?:先生|女士|小姐))(?=[（(]\d|则|則|也|每|表示|认为|認為|觉得|覺得)")
_MALAY_HONORIFICS = MALAY_HONORIFICS  # (see claims.attribution)
#: The name after such an honorific, to the list's next item or a verb (拿督斯里安华依布拉欣、…): (name).
_HONORIFIC_NAME_RE = re.compile(r"([\u4e00-\u9fff]{3,8}?)(?=[^\u4e00-\u9fff]|及|和|与|與|等|出席|是|在|于|於|当时|當時|也|亦|则|則|将|將|已|曾|向|对|對|"
                                r"上午|下午|晚上|表示|说|說|指出|致词|致詞|致辞|致辭|较早|較早|早前|日前|昨天|昨日|今天|今日|"
                                r"透露|认为|認為|宣布|宣佈|强调|強調|坦言|承诺|承諾|预计|預計|警告|回应|回應)")
#: Words that follow a two-character name and are not the rest of a longer one (林鄭今日, 李明表示).
_NOT_NAME_TAIL = (r"今|昨|明|表示|指出|说|說|称|稱|在|于|於|也|还|還|又|将|將|会|會|的|等|与|與|和|及|则|則|已|曾|日前|近日|"
                  # 首席经济学家温彬接受了…专访: a verb after a two-character name
                  r"接受|出席|参加|參加|回应|回應|透露|认为|認為|预计|預計|强调|強調|坦言|宣布|宣佈|承认|承認|介绍|介紹|"
                  r"分析|提醒|提出|发表|發表|主持|率领|率領|带领|帶領|到访|到訪|访问|訪問|会见|會見|对|對|向|为|為|指|就")
def _verb_after_name(words: str) -> bool:
    """True when jieba reads four characters as a two-character name and a verb, adverb, preposition, time word
    or the like (董事长兼CEO雷军正式发布: 雷军/正式 is no name 雷军正式; 林鄭月娥 is 林鄭/月娥, a noun)."""
    from claims.attribution import _pos_tags

    tags = _pos_tags(words)
    return len(tags) == 2 and tags[0][0] == words[:2] and tags[1][1][:1] in ("v", "d", "a", "p", "c", "t", "u")


#: How many of the people named before a short name may be its full name: more than any one article names,
#: and few enough that a very long text (a joined archive page) stays linear.
_PEOPLE_LOOK_BACK = 200
#: How far back (characters) a short name looks for the full name given earlier in the article.
_LOOK_BACK = 4000







#: An organisation issuing a document (农业农村部31日印发紧急通知): (issuer with its adverbials).
_ISSUED_RE = re.compile(r"([^，,。；;！？\s“”「」()（）【】〔〕—]{2,30}?)(?:印发|印發|发布|發布|发出|發出|公布|公佈|发表|發表|下发|下發|"
                        r"颁布|頒布|出台|推出|制定|拟定|擬定|"
                        r"通过|通過|批准|审议通过|審議通過|召开|召開|举行|舉行)"
                        r"(?:了|的)?[^，,。；;]{0,40}?(?:决议|決議|决定|決定|法案|议案|議案|通知|通报|通報|公告|通告|文告|声明|聲明|方案|意见|意見|规划|規劃|报告|報告|"
                        r"战略|戰略|蓝图|藍圖|"
                        # (教育部召开…会议。会议提出，…: whoever held the meeting)
                        r"会议|會議|《[^《》]{1,40}》)")


def _defined_document_issuer(sentence: Sentence, ctx: ArticleContext) -> Speaker | None:
    """The issuer of the document a sentence names by the short title defined for it earlier (国务院日前印发
    《2030年前碳达峰行动方案》（以下简称《方案》）… 《方案》明确 → 国务院); None when no such definition."""
    for short in re.findall(r"《([^《》]{1,12})》", sentence.text):
        before = _before(ctx, sentence.start)
        defined = re.search(r"(《[^《》]{1,60}》)\s*[（(](?:以下简称|以下簡稱|下称|下稱|简称|簡稱)[“「\"]?《" + re.escape(short) + "》", before)
        if defined:
            issuer = _document_issuer(before[max(0, defined.start() - 60) : defined.end(1)])
            titled = re.match(r"《([\u4e00-\u9fff]{2,30}?)(?:关于|關於)", defined.group(1))
            if titled and (issuer is None or not issuer.name.endswith(ORG_SUFFIXES)) and titled.group(1).endswith(ORG_SUFFIXES):
                # 《全国人民代表大会常务委员会关于实施…的决定》（以下简称《决定》）: the title names its issuer
                return Speaker(titled.group(1), None, "organisation")
            return issuer
    return None


#: Bodies named by their count (六部门, 五部委): the short form of a list (工业和信息化部等六部门).
_COUNTED_BODIES_RE = re.compile(r"[两兩二三四五六七八九十几幾\d]{1,2}(?:个|個)?(?:部门|部門|部委|单位|單位|机构|機構)")


def _listed_bodies(text: str, counted: str | None = None) -> str | None:
    """The first list of bodies with their count in ``text`` (国家发展改革委、国家数据局等五部门), or the one ending in
    ``counted``; None when there is none."""
    tail = re.escape(counted) if counted else _COUNTED_BODIES_RE.pattern
    listed = re.search(r"([^，,。；;：:（(“”「」\s]{2,40}?等)(?:" + tail + ")", text)
    if listed is None:
        return None
    lead = re.sub(r"^.*?(?:获悉|獲悉|了解到|看到|报道|報導|日前|近日|今天|今日|昨天|昨日|月|年)(?=[^日月年]{2})", "",
                  listed.group(1))
    return lead + listed.group(0)[len(listed.group(1)) :]


def _document_issuer(before: str) -> Speaker | None:
    """The organisation that issued the document a sentence goes on to quote (…印发紧急通知。通知提出 → the issuer)."""

    before = re.sub(r"[（(](?:以下|下文)?(?:简称|簡稱|下称|下稱)[^（）()]{1,16}[）)]", "", before)  # …部（下称投资贸工部）制定的
    for found in reversed(list(_ISSUED_RE.finditer(before))):
        # (the latest issuer named; 正式批准《…规划》 after 越南政府日前发布…决定 names none, so the one before)
        issuer = found.group(1)
        if "由" in issuer[:-2]:
            issuer = issuer[issuer.rindex("由") + 1 :]  # 推介由投资、贸易及工业部制定的…战略: the body after 由
        issuer = re.sub(r"^(?:根据|根據|按照|依据|依據|依照)(?=..)", "", issuer)  # 根据国家研究基金会发表的文告
        listed = _listed_bodies(issuer)
        if listed:
            return Speaker(listed, None, "organisation")  # 工业和信息化部等六部门近日联合印发: all six, as written
        who = classify_segment(issuer)
        if isinstance(who, Speaker) and who.kind == "organisation":
            return who
        # 越南国会11月30日上午在…会议上以高票表决通过…的决议: the first organisation named is the subject
        first = _ORG_NAME_RE.search(issuer)
        if first and first.end() - _qualifiers_start(issuer, first.start()) >= 3:
            end = first.end()
            unit = _GROUP_UNIT_RE.match(issuer, end) if issuer[first.start() : end] in ("集团", "集團") else None
            if unit:
                end = unit.end(1)  # 国药集团中国生物当天发表声明: the group's unit named after it issued it
            return Speaker(issuer[_qualifiers_start(issuer, first.start()) : end], None, "organisation")
    return None


#: A group's unit named right after the group (国药集团中国生物), up to a time word or the end.
_GROUP_UNIT_RE = re.compile(r"([\u4e00-\u9fff]{2,6}?)(?:当天|當天|当日|當日|今天|昨天|今日|昨日|日前|近日|早前|此前|上午|下午|晚间|晚間|"
                            r"[0-9０-９一二三四五六七八九十]+日|$)")


def _qualifiers_start(text: str, head: int) -> int:
    """Where an organisation's name begins, read back from its head noun at ``head`` (at most 14 characters,
    stopping at a particle, punctuation or a digit: …发布的通报中，江西省防汛抗旱指挥部 → 江西省…)."""
    i = head
    while i > 0 and head - i < 14 and (text[i - 1] not in _ORG_NAME_STOP or (
            text[i - 1] == "及" and head - i <= 2 and i > 1 and text[i - 2] not in _ORG_NAME_STOP) or (
            text[i - 1] == "和" and head - i <= 4 and text[head : head + 1] in ("部", "厅", "廳", "局", "委")
            and i > 1 and text[i - 2] not in _ORG_NAME_STOP) or (
            text[i - 1] in "及与與和" and text[head : head + 1] in ("部", "厅", "廳", "局", "署", "委", "协", "協", "会", "會") and i > 1
            and text[i - 2] not in _ORG_NAME_STOP and text[i - 2] not in "部厅廳局署委会會院处處司") or (
            text[i - 1] == "本" and i > 1 and text[i - 2] in "成资資基根日")):  # 生活成本部, 日本 (not 本报)
        # 贸易及工业部, 運輸及房屋局: a 及 two characters before the head joins the name's two parts; so does a 和
        # in a ministry's name (文化和旅游厅, 人力资源和社会保障部), and a 及/与 after a word that is no body's
        # name (国内贸易及生活成本部, 农业与食品安全部; 财政部及卫生部 are two)
        if text[i - 1].isdigit():
            j = i - 1
            while j > 0 and text[j - 1].isdigit():
                j -= 1
            if not (text[i] in "号號" and j > 0 and text[j - 1] not in _ORG_NAME_STOP and not text[j - 1].isascii()):
                break
            i = j  # a number inside the name (胡志明市1号城铁线有限公司), not a date before it
            continue
        i -= 1
    lead = re.match(r"另据|另據|据(?!点|點)|據(?!點)|(?:[一二三四1-4]|前三)季度|今年|去年|明年|上半年|下半年|全年|同期|当天|當天|"
                    r"月[内內]|年[内內]|周[内內]|週[內内]",
                    text[i:head])
    # 另据国家卫生健康委员会 → 国家卫生健康委员会; 一季度公司实现… → 公司 (a time before the name is not part of it)
    return i + lead.end() if lead and head - i - lead.end() >= 2 else i


#: Characters before 局, 部, 院 … that make a word, not a body (布局, 格局, 全部, 内部, 干部, 南部, 底部).
_NOT_BODY_BEFORE = "全内內外局干幹布格结結时時开開骗騙残殘饭飯僵战戰棋赌賭终終变變破东東西南北中底顶頂头頭腹胸背细細部签簽"  # (部署, 签署)


def _employers(ctx: ArticleContext) -> list[str]:
    """The organisations in the titles of the people who spoke so far, in order (宁德时代 from 宁德时代董事长曾毓群)."""
    found: list[str] = []
    for person in ctx.people:
        titles = list(_TITLE_RE.finditer(person.title or ""))
        employer = (person.title or "")[: titles[-1].start()] if titles else ""
        if 3 <= len(employer) <= 12 and re.fullmatch(r"[\u4e00-\u9fff]+", employer) and "的" not in employer \
                and employer not in found:  # (交通部长: 交通 is no body; 住在…的会计师 no employer)
            found.append(employer)
    return found


def _last_organisation_named(before: str) -> Speaker | None:
    """The last organisation named in ``before`` (the text before a sentence), read back from its suffix
    (广东省应急管理厅12日发布通报。→ 广东省应急管理厅); None when none is in the last 300 characters."""
    window = before[-300:]
    for m in reversed(list(_ORG_SUFFIX_RE.finditer(window))):
        i = _qualifiers_start(window, m.start())
        if m.start() - i >= 2:
            return Speaker(window[i : m.end()], None, "organisation")
    return None


#: Suffixes that end an organisation's name (a subset of attribution.ORG_SUFFIXES safe to read in running text).
_ORG_SUFFIX_RE = re.compile(r"指挥部|指揮部|委员会|委員會|办公室|辦公室|管理局|政府|公司|集团|集團|银行|銀行|协会|協會|工会|工會|"
                            r"(?<=[^\W\d_])(?<![" + _NOT_BODY_BEFORE.replace("全", "") + r"])"  # (农业与食品安全部今日…)
                            r"(?:厅|廳|局|署|院|部(?!分|门|門|长|長|署)|委(?!员|員|托|屈))"
                            r"(?=\d|[在于於今昨前日将將印发發，,。（(])")


#: The outlet's own voice: 据了解, 据悉, 据报道 (no one is quoted).
_OUTLET_VOICE_RE = re.compile(r"\s*(?:(?:另|此外|另外)?[，,]?(?:据|據)(?:了解|瞭解|悉|报道|報導|报导|介绍|介紹|称|稱)|"
                              r"(?:按|按照|根据|根據|依|依照)(?:计划|計劃|计画|計畫|安排|日程|时间表|時間表|惯例|慣例|往年惯例|往年慣例|行程|议程|議程))[，,]")  # DESIGN.md: 按计划 is null


#: Nouns that end the name of an association (该会 refers back to one).
_ASSOCIATION_RE = re.compile(r"公会|公會|协会|協會|商会|商會|工会|工會|学会|學會|总会|總會|联合会|聯合會|基金会|基金會|委员会|委員會")
#: Generic heads that stand for an organisation named in full earlier (工会 → 桃园市机师职业工会, the company → Intel).
GENERIC_ORG_HEADS_ZH = ("工会", "工會", "公会", "公會", "商会", "商會", "公司", "集团", "集團", "协会", "協會", "委员会", "委員會", "该行", "該行",
                        "该公司", "該公司", "该局", "該局", "该部", "該部", "该会", "該會", "联盟", "聯盟", "该党", "該黨",
                        "指挥部", "指揮部", "度假区", "度假區", "乐园", "樂園")  # (度假区同时公布 → 上海迪士尼度假区)
#: How a listed company's short name ends (通威股份, 腾讯控股): 公司 later refers back to it.
_COMPANY_SHORT_TAILS = ("股份", "控股")
#: Nouns that 该 turns into a reference to the organisation of that kind named before (该协会 → 越南粮食协会).
_ORG_HEAD_NOUNS = frozenset({"协会", "協會", "公会", "公會", "商会", "商會", "工会", "工會", "学会", "學會", "基金会", "基金會",
                             "联合会", "聯合會", "委员会", "委員會", "集团", "集團", "公司", "机构", "機構", "组织", "組織",
                             "银行", "銀行", "中心", "联盟", "聯盟", "企业", "企業", "部门", "部門", "政府", "大学", "大學",
                             "基金", "研究院", "研究所", "交易所", "医院", "醫院", "学院", "學院", "机场", "機場"})

#: "The museum's side" and the like (館方, 校方, 院方): the institution of that kind the article names.
_SIDE_NOUNS = {
    "馆方": ("博物馆", "美术馆", "图书馆", "科学馆", "纪念馆", "展览馆", "艺术馆", "馆", "科学中心", "艺术中心"),
    "館方": ("博物館", "美術館", "圖書館", "科學館", "紀念館", "展覽館", "藝術館", "館", "科學中心", "藝術中心"),
    "校方": ("大学", "大學", "学院", "學院", "中学", "中學", "小学", "小學", "学校", "學校"),
    "院方": ("医院", "醫院", "法院", "研究院", "学院", "學院", "剧院", "劇院", "博物院"),
}


def _institution_named(head: str, ctx: ArticleContext, before: str) -> Speaker | None:
    """The institution a side word (館方, 校方, 院方) stands for: the employer of a person who spoke
    (香港故宮文化博物館館長吳志華 → 香港故宮文化博物館), else its fullest name in the text before (槟城州立博物馆
    in the body, not the headline's 槟城博物馆 or a 海外博物館 in passing; the first of equal length)."""
    nouns = _SIDE_NOUNS[head]
    for employer in reversed(_employers(ctx)):
        if employer.endswith(nouns):
            return Speaker(employer, None, "organisation")
    best: tuple[int, int, str] | None = None  # (-length, offset, name)
    for noun in nouns:
        at = before.find(noun)
        while at >= 0:
            i = _qualifiers_start(before, at)
            if at - i >= 2:
                name = without_role(before[i : at + len(noun)])
                found = (-len(name), i, name)
                best = found if best is None or found < best else best
            at = before.find(noun, at + 1)
    return Speaker(best[2], None, "organisation") if best else None


#: A company named with its legal suffix ("Tesla Inc.", "Intel Corp", "UBS Group AG"): the name without it.
_EN_COMPANY_RE = re.compile(rf"\b([A-Z][\w&'-]+(?:\s+[A-Z][\w&'-]+){{0,3}}?)\s+{EN_LEGAL_FORM}\b")
#: An organisation's spokesperson or official before a reporting verb (财政部有关负责人在记者会上表示): "he" next is them.
_SPOKESPERSON_RE = re.compile(r"负责人|負責人|发言人|發言人|官员|官員|代表|\b[Ss]pokes(?:man|woman|person)\b")
_EN_CORPORATE_SUFFIX_RE = re.compile(rf"(?:[\s,]+(?:{EN_LEGAL_FORM}|Holdings)\.?)+$")
# Characters that end an organisation's name when reading backwards from its head noun.
_ORG_NAME_STOP = set("的在将將於于与與和及是对對了为為由从從把被向至到并並也还還已曾本此这這该該其，,。、：:；;？?！!“”「」()（）《》/／〔〕【】［］[]—－- \n"
                     "只個个间間座條条项項批些")  # measure words (旗下11只境内…)


#: Organisation names read from running text, by suffix, for :func:`_expanded_abbreviation`.
_ORG_NAME_RE = re.compile(r"国会|國會|议会|議會|天文台|气象台|氣象台|电视台|電視台|公司|电力|電力|铁路|鐵路|交易所|研究所|事务所|事務所|合作社|超市|联合会|聯合會|"
                          r"商会|商會|总会|總會|组委会|組委會|委员会|委員會|" + _ORG_SUFFIX_RE.pattern
                          + r"|(?<=[^\W\d_])(?<![" + _NOT_BODY_BEFORE + r"])"
                          r"(?:(?:局|署|院|厅|廳)(?![长長])|部(?!分|门|門|长|長|署))(?=[^\W\d_])"
                          + r"|理事会|理事會|中心(?=[^\W\d_])|" + ASSOCIATION_KINDS + r"[会會](?=[發发表在于於将將，,。、])")
#: Last characters of short forms that stand for an organisation (陆交局, 台電, 国行).
_ABBREVIATION_ENDS = set("局署会會院部委厅廳行电電铁鐵台社司办辦党黨军軍所")


#: The rest of an organisation's name after its first characters (职总平价|合作社).
_ORG_NAME_HEAD_RE = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:合作社|公司|集团|集團|超市|协会|協會|公会|公會)")


def _occurrences(text: str, part: str) -> list[int]:
    """Offsets where ``part`` occurs in ``text``."""
    found, at = [], text.find(part)
    while at >= 0:
        found.append(at)
        at = text.find(part, at + 1)
    return found


#: A central bank's name (中国人民银行, 马来西亚国家银行, 越南国家银行): what 央行 later refers to.
_CENTRAL_BANK_RE = re.compile(r"(?:中国|中國)?(?:人民银行|人民銀行)|(?:马来西亚|馬來西亞|越南|印尼|泰国|泰國|菲律宾|菲律賓|新加坡|"
                              r"日本|韩国|韓國|欧洲|歐洲|英国|英國|俄罗斯|俄羅斯|印度|澳洲|澳大利亚)(?:国家银行|國家銀行|中央银行|"
                              r"中央銀行|储备银行|儲備銀行|金融管理局)")  # (Taiwan's 中央銀行 is 央行 by its own short name)
#: What follows a company's short name when it is written in full (携程集团, 小米集團, 华远控股有限公司), longest first.
_COMPANY_FORMS = ("控股集团", "控股集團", "股份有限公司", "有限公司", "集团", "集團", "控股", "公司")


def _expanded_abbreviation(speaker: Speaker, before: str) -> Speaker | None:
    """The full name, given earlier in the article, of an organisation named by a short form (陆交局 after
    陆路交通管理局, 台電 after 台灣電力公司, 国会 after 越南国会); None when there is none."""
    short = speaker.name
    if re.fullmatch(r"[A-Z][A-Z0-9&]{1,7}", short):
        # 胡志明市城市铁路管理委员会（MAUR）… MAUR还表示: the name the bracketed acronym was given for
        defined = list(re.finditer(r"[（(]\s*" + re.escape(short) + r"\s*[）)]", before))
        for m in defined[:1]:
            start = _qualifiers_start(before, max(0, m.start() - 1))  # (read back from the name's last character)
            if m.start() - start >= 3:
                return Speaker(before[start : m.start()], None, "organisation")
        return None
    given = _defined_short_form(short, before)
    if given is not None:
        return given
    if short in ("央行", "该行", "該行"):
        banks = list(_CENTRAL_BANK_RE.finditer(before))
        if banks:  # 央行 after 中国人民银行宣布…: the central bank the article named
            return Speaker(banks[-1].group(0), None, "organisation")
    if len(short) > 5:
        return None
    at = before.find(short) if 2 <= len(short) <= 3 else -1
    while at >= 0:  # (str.find, not a regex per name: compiling one per short form cost a sixth of extraction)
        form = next((f for f in _COMPANY_FORMS if before.startswith(f, at + len(short))), None)
        if form and (at == 0 or before[at - 1] in _ORG_NAME_STOP):
            return Speaker(short + form, None, "organisation")  # 携程预计 after 携程集团…: the company named in full
        at = before.find(short, at + 1)
    if speaker.kind != "organisation" and short[-1] not in _ABBREVIATION_ENDS:
        # a four- or five-character name that begins an organisation's name given earlier (职总平价 → 职总平价合作社);
        # person names (two or three characters, or titled) never do
        if len(short) < 4 or speaker.title or not any(
                _ORG_NAME_HEAD_RE.match(before, at + len(short)) for at in _occurrences(before, short)):
            return None
    spans = [(_qualifiers_start(before, m.start()), m.end()) for m in _ORG_NAME_RE.finditer(before)]
    spans = [(a, b) for a, b in spans if is_abbreviation(short, before[a:b])]
    if not spans:
        return None
    first_line = before.find("\n")
    heading = first_line if first_line > 0 and "。" not in before[:first_line] else 0  # (a headline's short form)
    alone = next((at for at in _occurrences(before, short) if at >= heading and (at == 0 or before[at - 1] in _ORG_NAME_STOP)),
                 None)
    if alone is not None and alone < spans[0][0]:
        return None  # 记者从国家航天局获悉 … 美国国家航空航天局: the name was given as it is, before the longer one
    found = [before[a:b] for a, b in spans]
    # the name as first given (越南交通运输部, not a later 交通运输部)
    return Speaker(found[0], None, "organisation")


#: A short form defined in brackets after the full name: （以下简称“小鹏”）, （下稱全產總）, （社理会）.
_SHORT_FORM_MARK_RE = r"[（(]\s*(?P<mark>(?:以下|下文)?(?:简称|簡稱|称|稱)|下称|下稱)?\s*[“\"「『]?"


def _defined_short_form(short: str, before: str) -> Speaker | None:
    """The organisation ``short`` was defined for in ``before``: 小鹏汽车（以下简称“小鹏”）… 小鹏表示 → 小鹏汽车.

    Without 简称/下称 the full name must end like an organisation's (社区发展理事会（社理会）); a person's
    nickname in brackets is not one.
    """
    if short not in before:
        return None  # (most names are no short form: the regex below is built and compiled per name)
    # (…（以下简称“牧原股份”，002714.SZ）: a stock code may follow the short form)
    pattern = re.compile(_SHORT_FORM_MARK_RE + re.escape(short) + r"[”\"」』]?\s*(?:[，,、]\s*[\dA-Za-z.]{2,12})?\s*[）)]")
    for m in pattern.finditer(before):
        start = _qualifiers_start(before, max(0, m.start() - 1))  # read back from the name's last character (…及評核局)
        whole = False
        if m.group("mark"):
            # 新加坡2025世界水上运动锦标赛地方组织委员会（下称组委会）: a name defined so is whole, digits and all,
            # however long, back to the clause's start
            at = m.start()
            while at > 0 and m.start() - at < 40 and (before[at - 1] not in _ORG_NAME_STOP or before[at - 1].isdigit()):
                at -= 1
            words_start = min(at, start)
            while words_start > 1 and before[words_start - 1] in "、及和与與" and m.start() - words_start < 40 \
                    and not chars_in_order(short, before[words_start : m.start()]):
                # 投资、贸易及工业部（下称投资贸工部）: the short form's characters reach over the joining words
                words_start -= 1
                while words_start > 0 and m.start() - words_start < 40 and before[words_start - 1] not in _ORG_NAME_STOP:
                    words_start -= 1
                if chars_in_order(short, before[words_start : m.start()]):
                    at = start = words_start
            if at <= start and chars_in_order(short, before[at : m.start()]) and short[-1] in before[max(0, m.start() - 2) : m.start()]:
                # (组委会: its characters in order in the name, ending as it does or a character before its end:
                # 杭州第19届亚运会组委会（以下简称杭州亚组委）)
                start, whole = at, True
        full = before[start : m.start()]
        if not whole and not is_abbreviation(short, full):
            # 30万名学生获得教育储蓄基金（教储基金）: the name begins at the short form's first character
            tails = [full[i:] for i in range(len(full)) if full[i] == short[0] and is_abbreviation(short, full[i:])]
            if tails:
                # 出品方北京光线传媒股份有限公司（以下简称光线传媒）: a place before the short form is part of the name
                place = ""
                for (word, tag) in reversed(_pos_tags(full[: len(full) - len(tails[0])])):
                    if tag != "ns":
                        break
                    place = word + place
                full = place + tails[0]
        full = without_role(full)  # 智庫團結香港基金（基金）: the think tank is 團結香港基金
        full = re.sub(r"^(?:根据|根據|按照|依据|依據|依照)(?=..)", "", full)  # 根据国家研究基金会（下称…）
        if len(full) > len(short) and re.fullmatch(r"[\u4e00-\u9fff\d（）()·、]{3,30}", full) \
                and (m.group("mark") or full.endswith(ORG_SUFFIXES) or is_abbreviation(short, full)):
            return Speaker(full, None, "organisation")
    return None


def _before(ctx: ArticleContext, at: int) -> str:
    """The article's text before offset ``at``, at most :data:`_LOOK_BACK` characters of it."""
    return ctx.source[max(0, at - _LOOK_BACK) : at]


_EN_PUBLIC_HEADS = {"agency", "ministry", "department", "regulator", "authority", "commission", "board", "government"}
_EN_COMPANY_HEADS = {"company", "firm", "group", "carrier", "airline", "automaker", "operator", "lender", "insurer",
                     "carmaker", "chipmaker", "steelmaker", "retailer", "developer", "conglomerate"}


#: The subject of an English story's first sentence, after its dateline: "Rapidus on Tuesday began …" → (Rapidus).
_EN_LEAD_SUBJECT_RE = re.compile(r"((?:[A-Z][\w&.'-]*\s+(?:(?:of|for|and)\s+)?){0,4}?[A-Z][\w&.'-]*)\s+(?:on\s+[A-Z]\w+\s+)?"
                                 r"(?:has\s+|have\s+|had\s+)?(?!(?:of|for|and)\b)[a-z]{2,}\b")


#: A lead whose subject is a company described first ("Oil major BP said", "Danish shipping group Maersk will"):
#: (name).
_EN_DESCRIBED_LEAD_RE = re.compile(r"(?:[A-Z][\w&.'-]*\s+){1,2}(?:[a-z][a-z-]*\s+){0,2}(?:major|group|giant|maker|firm|company|"
                                   r"carrier|airline|lender|miner|operator|producer|chipmaker|automaker|carmaker|conglomerate|"
                                   r"utility|shipbuilder|manufacturer|developer|insurer|retailer)\s+"
                                   r"((?:[A-Z][\w&.'-]*\s+){0,3}[A-Z][\w&.'-]*)\s+(?:on\s+[A-Z]\w+\s+)?[a-z]{2,}\b")


#: A sentence's subject in running English text: a capitalised name, then a verb.
_EN_SENTENCE_SUBJECT_RE = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))([A-Z][\w&'’-]+(?:\s+[A-Z][\w&'’-]+){0,3})\s+"
                                     r"(?:set|sets|priced|launched|reported|posted|raised|cut|sells|sold|makes|made|"
                                     r"began|shipped|filed|announced|unveiled|won|acquired|bought|opened|closed|delivered|"
                                     r"recalled|hired|invested|signed|issued|released|introduced|completed|received|"
                                     r"missed|beat|lost|earned|booked|agreed)\b")  # (a company's acts)


def _recent_company_subject(before: str, ctx: ArticleContext) -> Speaker | None:
    """The company that is the subject of one of the last sentences before "the company said" ("Lilly set a list
    price …"), with its fuller name given earlier ("Eli Lilly's tirzepatide" → Eli Lilly); None when the recent
    subjects are people, pronouns or public bodies."""
    window = before[-400:]
    for m in reversed(list(_EN_SENTENCE_SUBJECT_RE.finditer(window))):
        name = m.group(1)
        if name.split()[0] in ("The", "It", "He", "She", "They", "We", "A", "An", "This", "That", "Its", "In", "On", "But") \
                or (EN_PUBLIC_BODY_RE.search(name) and not re.fullmatch(r"[A-Z]{2,6}", name)) \
                or (" " in name and _en_kind(name) == "person") \
                or any((p.name == name and p.title) or p.name.endswith(" " + name) for p in ctx.people[-_PEOPLE_LOOK_BACK:]):
            continue  # (a one-word name read as a person's with no title is no evidence: "Tesla opened …")
        fuller = re.search(r"\b((?:[A-Z][\w&'’-]+\s+){1,2})" + re.escape(name) + r"\b", before)
        if fuller and not re.search(r"(?:^|[.!?]\s+|\n)$", before[: fuller.start()]):
            name = fuller.group(1) + name  # (not a sentence's first word: "Today Lilly …")
        return Speaker(name, None, "organisation")
    return None


def _en_lead_organisation(ctx: ArticleContext) -> Speaker | None:
    """The organisation a story opens with ("CHITOSE, Japan -- Rapidus on Tuesday began …"), for "the company"
    when no company has spoken or been named with a corporate suffix; None when the lead's subject is a person."""
    dateline = re.search(r"(?m)^" + _EN_DATELINE_RE.pattern, ctx.source)
    if dateline is None:
        return None
    described = _EN_DESCRIBED_LEAD_RE.match(ctx.source, dateline.end())
    lead = described or _EN_LEAD_SUBJECT_RE.match(ctx.source, dateline.end())
    if lead is None:
        return None
    name = _EN_CORPORATE_SUFFIX_RE.sub("", lead.group(1).removeprefix("The "))
    if not name or name in ("It", "He", "She", "They", "We", "The", "A", "An") or any(p.name == name or p.name.endswith(" " + name)
                                                                    for p in ctx.people):
        return None
    if " " in name and _en_kind(name) != "organisation" and not any(
            w in _EN_ORG_WORDS or (len(w) >= 2 and w.isupper()) for w in name.split()):
        return None  # a person's name, not "Reserve Bank of India" or "SK Hynix"
    return Speaker(name, None, "organisation")


def _last_compatible_org(head: str, ctx: ArticleContext) -> Speaker | None:
    """The latest organisation that spoke and that an English generic head can mean: "the agency" a public
    body (FAA, Federal Aviation Administration), "the company" or "the airline" anything else (Boeing),
    "the bank" a name with Bank; other heads take the last organisation that spoke."""
    for org in reversed(ctx.orgs):
        public = bool(EN_PUBLIC_BODY_RE.search(org.name))
        if head in _EN_PUBLIC_HEADS and not public:
            continue
        if head in _EN_COMPANY_HEADS and public:
            continue
        if head in _EN_NAMED_HEADS and head.capitalize() not in org.name:
            continue  # "the bank" a name with Bank, "the commission" one with Commission
        return org
    return ctx.last_org if head not in _EN_PUBLIC_HEADS | _EN_COMPANY_HEADS | _EN_NAMED_HEADS else None


#: A central bank's name ("Monetary Authority of Singapore", "Reserve Bank of Australia", "Bank of Japan",
#: "European Central Bank", "Federal Reserve"): for "the central bank" (group 1: the name).
_EN_CENTRAL_BANK_RE = re.compile(
    r"((?:[A-Z][\w'’.-]*\s+){0,3}(?:Central Bank|Reserve Bank|Federal Reserve|Monetary Authority|Bank Negara|Riksbank|"
    r"Bundesbank)(?:\s+of(?:\s+[A-Z][\w'’-]*){1,2}|\s+[A-Z][a-z]+)?|Bank of(?:\s+[A-Z][a-z]+){1,2}|People['’]s Bank of China|"
    r"Bank Indonesia|Bangko Sentral(?: ng Pilipinas)?|(?:Swiss )?National Bank(?: of(?:\s+[A-Z][a-z]+){1,2})?|"
    r"State Bank of(?:\s+[A-Z][a-z]+){1,2})")
#: English generic heads that refer back only to an organisation whose name has that word.
_EN_NAMED_HEADS = frozenset({"bank", "center", "centre", "commission", "council", "committee"})


#: An English name in running text, with the nationality prefix kept apart ("the U.S. Federal Aviation
#: Administration" → U.S., Federal Aviation Administration).
_EN_PROPER_NAME_RE = re.compile(r"((?:U\.S\.|US|UK|U\.K\.|EU)\s+)?((?:[A-Z][a-z]+(?:['’]s)?)(?:,?\s+(?:of|for|and|the|on|&)?\s*[A-Z][a-z]+(?:['’]s)?){1,7})")


_EN_NATION_PREFIX_RE = re.compile(r"(?:U\.S\.|US|UK|U\.K\.|EU)\s+")


def _initials(name: str) -> str:
    """The capitals that begin the words of ``name`` after a leading "The" (European Space Agency → ESA)."""
    return "".join(w[0] for w in name.removeprefix("The ").split() if w[0].isupper())


#: Words an acronym skips ("Ministry of Economy, Trade and Industry" → METI).
_ACRONYM_SKIPS = frozenset({"of", "for", "and", "the", "on", "&", "in", "to"})


def _is_acronym(acronym: str, name: str) -> bool:
    """True when ``acronym`` is made of the starts of ``name``'s words, in order, every capitalised word giving
    one or more letters and the small words (of, and, the …) none or their first: FAA, ESA, METI ("Ministry of
    Economy, Trade and Industry"), TEPCO ("Tokyo Electric Power Co"). The first-letters rule of Schwartz and
    Hearst's abbreviation finder (PSB 2003), with each word allowed to give a prefix."""
    words = [w.strip(",.") for w in name.removeprefix("The ").split()]
    words = [w for w in words if w]
    target = acronym.lower()

    def match(i: int, k: int) -> bool:
        if k == len(target):
            return all(w.lower() in _ACRONYM_SKIPS for w in words[i:])
        if i == len(words):
            return False
        word = words[i].lower()
        if word in _ACRONYM_SKIPS and match(i + 1, k):
            return True
        n = 0
        while n < len(word) and k + n < len(target) and word[n] == target[k + n]:
            n += 1
            if match(i + 1, k + n):
                return True
        return False

    return len(words) >= 2 and match(0, 0)


def _en_full_name(speaker: Speaker, ctx: ArticleContext, before: str) -> Speaker:
    """One English organisation under one name within an article: an acronym takes the full name given
    earlier (FAA after "the U.S. Federal Aviation Administration" → Federal Aviation Administration)."""
    name = speaker.name
    if re.fullmatch(r"[A-Z][a-z]{2,6}", name):
        # "the Alliance of Small Island States (Aosis)": an acronym written as a word, defined in brackets
        bracketed = list(re.finditer(r"((?:[A-Z][\w&.'-]*)(?:\s+(?:of|for|and|the|on|&)?\s*[A-Z][\w&.'-]*){1,7})\s*"
                                     r"\(\s*" + re.escape(name) + r"\s*\)", before))
        if bracketed and _is_acronym(name.upper(), bracketed[-1].group(1).removeprefix("The ")):
            return Speaker(bracketed[-1].group(1).removeprefix("The "), None, "organisation")
        return speaker
    if not re.fullmatch(r"[A-Z]{2,6}", name):
        return speaker
    # (a comma inside a listed name: "the Ministry of Agriculture, Forestry and Fisheries (MAFF)")
    # (never across lines: "… on Monday.\nThe Ministry of …" starts at "The")
    joiner = r"(?:[ \t]+(?:(?:of|for|and|the|on|&)[ \t]+)?|,[ \t]+(?=(?:[A-Z][\w&.'-]*,[ \t]+)*[A-Z][\w&.'-]*[ \t]+(?:and|&)[ \t]+[A-Z]))"
    defined = list(re.finditer(r"((?:[A-Z][\w&.'-]*)(?:" + joiner + r"[A-Z][\w&.'-]*){1,7})\s*"
                               r"(?:\(\s*" + name + r"\s*\)|,\s*or\s+" + name + r"\b)", before))
    if defined:  # "the Japan Aerospace Exploration Agency (JAXA)", "the European Space Agency, or ESA"
        return Speaker(defined[-1].group(1).removeprefix("The "), None, "organisation")
    for org in reversed(ctx.orgs):
        if _is_acronym(name, org.name):
            return org
    for m in reversed(list(_EN_PROPER_NAME_RE.finditer(before))):
        words = m.group(2).split()
        # "Taiwan's Powerchip Semiconductor …": the owner before the name too (but "People's Bank of China" is one)
        for lead in ([words, words[1:]] if re.search(r"['’]s$", words[0]) else [words]):
            for n in range(len(lead), 1, -1):  # "The Ministry of Economy, Trade and Industry on Monday": drop the tail
                full = re.sub(r"['’]s$", "", " ".join(lead[:n]).rstrip(","))  # "Reserve Bank of India's Monetary …"
                if lead[n - 1].rstrip(",") not in _ACRONYM_SKIPS and _is_acronym(name, full):
                    return Speaker(full.removeprefix("The "), None, "organisation")
    return speaker


def full_organisation(speaker: Speaker, sentence: Sentence, lang: str, ctx: ArticleContext,
                       said_at: int | None = None) -> Speaker:
    """A generic head (工会, 该行, the company) that refers back to an organisation named in full earlier.

    ``said_at`` (an offset in the article: where the reporting verb stands) lets a Chinese head find a name
    given earlier in the same sentence (牧原食品股份有限公司…记录表显示，公司预计…).

    Chinese: the nearest earlier mention of the head noun inside a longer name
    (桃园市机师职业工会理事长… → 桃园市机师职业工会), else the last organisation that
    spoke. English: the organisation that is the sentence's subject ("Intel Corp
    will spend …, the company said" → Intel), else the last organisation that spoke.
    """
    if lang == "en":
        if speaker.kind == "person" and not speaker.title and re.fullmatch(r"[A-Z][\w&'-]+", speaker.name) \
                and not PREFIXED_SURNAME_RE.fullmatch(speaker.name) \
                and not any(p.name.endswith(" " + speaker.name) for p in ctx.people) \
                and not re.search(r"\b(?:[A-Z][a-z]+|Mr\.|Ms\.|Mrs\.|Dr\.)\s+" + re.escape(speaker.name) + r"\b",
                                  _before(ctx, sentence.end)):
            # a lone capitalised word no person was named by ("Boeing said in a statement") is an organisation
            speaker = Speaker(speaker.name, None, "organisation")
        if speaker.kind == "organisation":
            speaker = _en_full_name(speaker, ctx, _before(ctx, sentence.start))
            if any(org is speaker for org in ctx.orgs):
                return speaker  # TEPCO → Tokyo Electric Power Co, as it was named when it spoke
            national = _EN_NATION_PREFIX_RE.match(speaker.name)
            if national and EN_PUBLIC_BODY_RE.search(speaker.name[national.end():]):
                # "the U.S. Federal Aviation Administration": one name for the body in every article (not U.S. Steel)
                speaker = Speaker(speaker.name[national.end():], speaker.title, "organisation")
        if speaker.kind == "organisation" and _EN_CORPORATE_SUFFIX_RE.search(speaker.name):
            speaker = Speaker(_EN_CORPORATE_SUFFIX_RE.sub("", speaker.name), speaker.title, "organisation")  # Intel Corp
        if speaker.kind in ("organisation", "person") and " " not in speaker.name and len(speaker.name) >= 3:
            if ctx.last_org is not None and ctx.last_org.name.startswith(speaker.name + " "):
                return ctx.last_org  # "Samsung said" after "Samsung Electronics Co Ltd will …"
            longer = [m.group(1) for m in _EN_COMPANY_RE.finditer(_before(ctx, sentence.start))
                      if m.group(1).startswith(speaker.name + " ")]
            if longer:
                return Speaker(longer[-1], None, "organisation")  # "UBS expects …" after "UBS Group AG agreed …"
        words = speaker.name.lower().removeprefix("the ").split()
        written = re.sub(r"^(?:[Tt]he)\s+", "", speaker.name).split()
        if not words or (words[-1] not in GENERIC_ORG_HEADS_EN and " ".join(words) not in GENERIC_ORG_HEADS_EN) \
                or len(words) > 2 or (len(written) == 2 and written[0][:1].isupper() and words[0] not in ("central",)):
            # "the company", "the space agency" refer back; "Dutch marine services firm" and "The Investment
            # Ministry" (capitalised: a name) name
            return speaker
        if speaker.kind != "organisation":
            return speaker
        subject = re.match(r"\s*(?:[^-–—()]{0,60}\([A-Za-z ]{2,20}\)\s*[-–—]+\s*|[A-Z][A-Z ,.'-]+[-–—]+\s*)?((?:[A-Z][\w&.'-]*\s+){0,3}"
                           r"(?:[A-Z][\w&.'-]*))\s+(?:will|is|has|plans|said|says|expects|aims|intends)\b", sentence.text)
        if subject:
            name = _EN_CORPORATE_SUFFIX_RE.sub("", subject.group(1).strip())
            name = without_owner(name)  # "Germany's Hapag-Lloyd will …, the company said": the company
            if name and name not in ("The", "It", "He", "She", "They", "We"):
                longer = [m.group(1) for m in _EN_COMPANY_RE.finditer(_before(ctx, sentence.start + subject.end()))
                          if m.group(1).startswith(name + " ")]
                return Speaker(longer[-1] if longer else name, None, "organisation")  # "UBS expects …" after UBS Group AG
        if words == ["central", "bank"]:
            # "the central bank said" after "The Monetary Authority of Singapore (MAS) eased …": the last that spoke,
            # else the first named (the story's own; "the Fed" named later is the context)
            spoke = [o for o in ctx.orgs if _EN_CENTRAL_BANK_RE.fullmatch(o.name)]
            named = _EN_CENTRAL_BANK_RE.search(_before(ctx, sentence.start))
            if spoke or named:
                return spoke[-1] if spoke else Speaker(named.group(1).strip().removeprefix("The "), None, "organisation")
        compatible = _last_compatible_org(words[-1], ctx)
        if compatible is not None:
            return compatible
        if words[-1] in ("bank", "agency", "ministry", "department", "commission", "authority", "administration", "center",
                         "centre", "council", "committee"):
            named = [n for n in re.findall(r"\b((?:[A-Z][\w&.'-]*\s+){0,5}" + words[-1].capitalize()
                                           + r"(?:\s+of(?:\s+[A-Z][\w&.'-]*)+|(?:\s+(?!(?:of|for|and|The|In|On)\b)[A-Z][a-z]+){1,2}"
                                           + r"(?=\s+(?:\([A-Z]{2,6}\)|[a-z])))?)\b", _before(ctx, sentence.start))
                     if n.removeprefix("The ") != words[-1].capitalize()]  # "Bank of Japan", not "The Bank" alone
            if named:  # "…, the bank said" after "The European Central Bank lowered …"
                return Speaker(named[-1].removeprefix("The "), None, "organisation")
        companies = list(_EN_COMPANY_RE.finditer(_before(ctx, sentence.start)))
        if companies:
            return Speaker(companies[-1].group(1), None, "organisation")
        if words[-1] in _EN_COMPANY_HEADS:
            recent = _recent_company_subject(_before(ctx, sentence.start), ctx)
            if recent is not None:
                return recent  # "Lilly set a list price … The company said it expects …" → Eli Lilly
            lead = _en_lead_organisation(ctx)
            if lead is not None and (not EN_PUBLIC_BODY_RE.search(lead.name) or re.fullmatch(r"[A-Z]{2,6}", lead.name)):
                return lead  # "Rapidus on Tuesday began …" … "the company said" (not a regulator the story opens with)
            return speaker
        return speaker
    head = speaker.name
    if _COUNTED_BODIES_RE.fullmatch(head):
        # 六部门在行动计划中提出 after 工业和信息化部等六部门近日联合印发…: the bodies as the article first listed them
        listed = _listed_bodies(_before(ctx, sentence.start), head)
        if listed:
            return Speaker(listed, speaker.title, "organisation")
    described = re.match(r"[\u4e00-\u9fff]{2,12}?(?:单位|單位)([\u4e00-\u9fff]{4,})$", head)
    if described and described.group(1).endswith(ORG_SUFFIXES):
        return Speaker(described.group(1), speaker.title, speaker.kind)  # 运营单位广东省交通集团 → 广东省交通集团
    if head in _SIDE_NOUNS:
        return _institution_named(head, ctx, _before(ctx, sentence.start)) or Speaker(head, speaker.title, "organisation")
    if head not in GENERIC_ORG_HEADS_ZH and not (
            len(head) >= 3 and head[0] in "该該" and head[1:] in _ORG_HEAD_NOUNS):  # 该协会, 該基金會
        return _expanded_abbreviation(speaker, _before(ctx, sentence.start)) or speaker
    noun = head[1:] if head[0] in "该該" else head
    before = _before(ctx, said_at if said_at is not None and said_at > sentence.start else sentence.start)
    defined = _defined_short_form(head, before)
    if defined is not None:
        return defined  # 四川省森林草原防灭火指挥部（下称指挥部）… 指挥部表示: the name it was defined for
    if noun in ("会", "會"):  # 该会 → 大马油站业者公会: the last association named, not any 会 (国会复会)
        named = [m for m in _ASSOCIATION_RE.finditer(before) if m.end() - _qualifiers_start(before, m.start()) >= 4]
        if named:
            last = named[-1]
            name = before[_qualifiers_start(before, last.start()) : last.end()]
            # 该会 after 槟城沿海渔民福利协会（渔民协会）: the full name the short form was given for
            return _defined_short_form(name, before) or Speaker(name, None, "organisation")
    named_as = (noun, *_COMPANY_SHORT_TAILS) if noun == "公司" else (noun,)
    for at, tail in sorted(((m.start(), m.group(0)) for m in re.finditer("|".join(named_as), before)), reverse=True):
        # (通威股份8月15日发布公告称…。公司计划…: a listed company's short name ends in 股份 or 控股)
        if at == 0:
            continue
        i = _qualifiers_start(before, at)
        if before[at + len(tail) : at + len(tail) + 1] in ("债", "債", "股") and noun in ("公司", "集团", "集團"):
            continue  # 旗下11只境内公司债券: a corporate bond, not a company
        if tail != noun and (before[at + len(tail) : at + len(tail) + 2] in ("有限", "公司", "集团", "集團")
                             or at - i < 2 or at - i > 6
                             or max(before.rfind("（", 0, at), before.rfind("(", 0, at))
                             > max(before.rfind("）", 0, at), before.rfind(")", 0, at))):
            continue  # (…股份有限公司 is read whole at 公司; 持有股份 is no name)
        if at - i >= 2:
            name = without_role(before[i : at + len(tail)])
            # 牧原食品股份有限公司（以下简称“牧原股份”）…公司预计: the full name the short one was defined for
            return _defined_short_form(name, before) or Speaker(name, None, "organisation")
    if ctx.last_org is not None and (head[0] in "该該" or ctx.last_org.name.endswith(noun)):
        return ctx.last_org
    return Speaker(head, speaker.title, "organisation")


#: A label opening an interview's paragraph: "宋立衡：", "第一财经：", "答：", "Koike:" — (label).
_INTERVIEW_LABEL_RE = re.compile(r"[ \t\u3000]*([\u4e00-\u9fff·]{1,6}|[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2})\s*[：:]\s*")
#: Labels of an interviewee's answers ("答：", "A:"): the person the introduction names.
_ANSWER_LABELS = frozenset({"答", "A"})
#: "<title><name>" ending at punctuation, a line's end or 接受, in an interview's introduction (…研究院院长周天衡。,
#: …首席执行官陈立群接受了…专访): (title, name).
#: Chinese compound surnames (欧阳明高 is a four-character name).
_COMPOUND_SURNAMES = r"欧阳|歐陽|司马|司馬|诸葛|諸葛|上官|司徒|东方|東方|皇甫|令狐|夏侯|公孙|公孫|慕容|长孙|長孫|宇文|尉迟|尉遲|端木|西门|西門"
_INTERVIEWEE_RE = re.compile(r"([\u4e00-\u9fff、]{2,48}?)((?:" + _COMPOUND_SURNAMES + r")[\u4e00-\u9fff]{1,2}|[\u4e00-\u9fff]{2,3})"
                             r"(?=[。，,：:；;！!（(\n]|接受|$|上周|上週|本周|本週|"
                             r"昨日|昨天|今日|今天|日前|近日|早前|日內|日内|\d{1,2}日|發表|发表|出席|会后|會後|赛后|賽後|"
                             r"说明|說明|解答|回答|答覆|答复|就)")  # (財政部國庫署長阮清華說明如下：)
#: A body's official answering reporters' questions (…委员会有关负责人当天就《方案》答记者问): (the body's words).
_BRIEFING_RE = re.compile(r"(?:^|[。\n])\s*([^。\n，,]{2,40}?)(?:有关|有關|相关|相關)?(?:负责人|負責人|发言人|發言人)"
                          r"[^。\n]{0,20}?(?:答记者问|答記者問|回答记者提问|回答記者提問)")
#: "<name> accepted an interview" in an introduction (李东生接受了经济观察网的专访): (name).
_ACCEPTED_INTERVIEW_RE = re.compile(r"(?:^|[，,。\s]|(?<=[A-Z]))(?!其後|其后|随后|隨後|之后|之後|并|並|他|她|另|也|还|還)([\u4e00-\u9fff·]{2,8}?)(?:近日|日前|昨天|昨日|今天|今日|日內|日内|会后|會後|赛后|賽後)?(?:在[^，,。]{1,12})?"
                                    r"接受(?:了)?[^，,。]{0,20}?(?:专访|專訪|采访|採訪|访问|訪問)")
#: Words for being interviewed that follow a reporter's title (记者专访, 記者採訪) where a name would stand.
_INTERVIEW_WORD_RE = re.compile(r"专访|專訪|采访|採訪|访问|訪問|提问|提問|连线|連線|对话|對話|报道|報導")
#: Labels that mark the question or answer, not who speaks (问：, 记者：, Q:).
_NOT_SPEAKER_LABELS = frozenset({"记者", "記者", "主持人", "编者", "編者", "编者按", "編者按", "提问", "提問", "回答", "问题", "問題",
                                 "问", "問", "记者问", "記者問", "本报记者", "本報記者", "Q",
                                 "Question", "Answer", "Note", "Editor", "Update", "Photo", "Source"})


#: Labels opening an interviewer's line (記者問：, 主持人：, Q:): what follows is a question, not a claim.
QUESTION_LABELS = frozenset({"问", "問", "记者问", "記者問", "记者", "記者", "本报记者", "本報記者", "提问", "提問", "问题", "問題",
                             "主持人", "Q", "Question"})
#: The "reporting verb" :func:`resolve_speaker` gives an interviewer's line (the caller skips the line).
QUESTION_VERB = "(interviewer)"


def _answered_by(line_start: int, sentence: Sentence, ctx: ArticleContext) -> Speaker | None:
    """The person whose labelled answer (答：…, 宋立衡：…) opens the paragraph at ``line_start``; None when no label
    opens it. 我们 there is them even after a document they cite has spoken (答：《指导意见》提出，…；…。我们有信心…)."""
    end = ctx.source.find("\n", line_start)
    opening = ctx.source[line_start : end if end >= 0 else len(ctx.source)]
    label = _interview_label(Sentence(opening, line_start, line_start + len(opening), sentence.paragraph), ctx)
    return _full_name(label[0], ctx) if label is not None else None


def _interview_label(sentence: Sentence, ctx: ArticleContext) -> tuple[Speaker, int] | None:
    """(speaker, where the answer begins) when ``sentence`` opens a paragraph with a speaker's label, as in an
    interview transcript (宋立衡：…). A label counts when it opens two or more paragraphs of the article or names
    a person already named; otherwise "本报讯：" or a heading's colon would be taken for a speaker."""
    line_start = ctx.source.rfind("\n", 0, sentence.start) + 1
    if ctx.source[line_start : sentence.start].strip():
        return None
    m = _INTERVIEW_LABEL_RE.match(sentence.text)
    if m is None or m.end() >= len(sentence.text) or m.group(1) in _NOT_SPEAKER_LABELS:
        return None
    label = m.group(1)
    if label in _ANSWER_LABELS:
        # 答：… — the person interviewed: the last person introduced with a title before the first answer
        first = re.search(r"(?:^|\n)[ \t\u3000]*(?:答|A)\s*[：:]", ctx.source)
        intro = ctx.source[: first.start() if first else sentence.start]
        if ctx.title and ctx.title not in intro:
            intro = f"{ctx.title}\n{intro}"  # a headline kept apart (front matter) introduces the interviewee too
        named = []
        for n in _INTERVIEWEE_RE.finditer(intro):
            # the name right after a title (…基金经理许峥。): not a split that leaves the name's first character in
            # the title (基金经|理许峥) or a title far before the words (美国总统特朗普此|前表示)
            whole = n.group(0)
            ends = [t.end() for t in _TITLE_RE.finditer(whole) if (2 <= len(whole) - t.end() <= 3 or (
                        len(whole) - t.end() == 4 and re.match(_COMPOUND_SURNAMES, whole[t.end():])))
                    and t.group(0) not in ("市民", "居民", "村民", "民众", "民眾", "学生", "學生", "游客", "遊客")]
            # (…全部向市民开放: citizens are no title, 开放 no name)
            if ends and not _INTERVIEW_WORD_RE.search(whole[ends[-1] :]) \
                    and not re.match(r"当天|當天|当日|當日|同日|今天|昨天|今日|昨日|日前|近日|随后|隨後|此前", whole[ends[-1] :]) \
                    and not re.search(r"(?:记者|記者)$", whole[: ends[-1]]):  # 接受了第一财经记者专访, 答记者问环节: no name
                named.append((whole[ends[-1] :], whole[: ends[-1]]))
        briefing = list(_BRIEFING_RE.finditer(intro))
        if briefing and not named:
            # 国家发展和改革委员会（…）有关负责人当天就《方案》答记者问: the official answers for the body
            body = classify_segment(re.sub(r"[（(][^（）()]*[）)]", "", briefing[-1].group(1)))
            if isinstance(body, Speaker):
                return full_organisation(Speaker(body.name, None, "organisation"), sentence, "zh", ctx), m.end()
        accepted = list(_ACCEPTED_INTERVIEW_RE.finditer(intro))
        if accepted:  # 会议间隙，李东生接受了经济观察网的专访: whoever gave the interview
            name, lead = accepted[-1].group(1), None
            ends = [t.end() for t in _TITLE_RE.finditer(name) if 2 <= len(name) - t.end() <= 3]
            if ends:  # 上海市市长龚正接受了南方周末记者专访: the title before the name is the title
                name, lead = name[ends[-1] :], name[: ends[-1]]
            title = next((t for n, t in reversed(named) if n == name), None) or ctx.titles.get(name) or lead
            return Speaker(name, title, "person"), m.end()
        if not named:
            # the introduction names the interviewee only in passing (局長許正宇上周四發表…，其後接受本報專訪):
            # the last person named before the first answer
            return (ctx.last_named, m.end()) if ctx.last_named is not None and ctx.last_named.kind == "person" else None
        name, title = named[-1]
        title = re.split(r"了|专访|專訪|采访|採訪|访问|訪問|的", title)[-1] or title  # …日前专访了长江宏观研究院院长
        return Speaker(name, title, "person"), m.end()
    if len(label) < 2:
        return None
    opens = len(re.findall(r"(?:^|\n)[ \t\u3000]*" + re.escape(label) + r"\s*[：:]", ctx.source))
    if opens < 2 and not any(p.name == label for p in ctx.people):
        return None
    who = classify_segment(label) if not label.isascii() else _en_speaker(label)
    if not isinstance(who, Speaker) and re.fullmatch(r"[\u4e00-\u9fff]{2,4}", label):
        # a label that opens several paragraphs is a name even when jieba reads a verb in it (刘远航: 远航 "sail")
        who = Speaker(label, None, "organisation" if label.endswith(ORG_SUFFIXES) else "person")
    if not isinstance(who, Speaker):
        return None
    return who, m.end()


#: "Leena Dastur, a strategist at …," opening a sentence: (name).
_EN_APPOSED_NAME_RE = re.compile(r"\s*(?:[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}['’]s\s+)?"  # ("Move Forward's Pita …")
                                 r"(?:(?:Mr|Ms|Mrs|Dr|Prof)\.?\s+)?"  # ("Mr Brian Tan, senior regional economist at …,")
                                 r"([A-Z][a-z]+(?:\s+[A-Z][a-z'’-]+){1,2}),\s+(?:(?:a|an|the)\s+)?[a-z][^,]{3,100},")
def _titled_in_text_zh(title: str, ctx: ArticleContext, sentence: Sentence) -> Speaker | None:
    """The last person named with ``title`` before ``sentence`` but never as a speaker (这位总理 after 越南政府总理
    范明政出席仪式 or 范明政总理在讲话中要求…): the name after the title, else before it, by jieba's name tags."""
    before = _before(ctx, sentence.start)
    for m in reversed(list(re.finditer(re.escape(title), before))):
        for n in (3, 2):
            words = before[m.end() : m.end() + n]
            if len(words) == n and _name_before_age(words) == words:
                return _full_name(Speaker(words, title, "person"), ctx)
        lead = _name_before_age(before[max(0, m.start() - 3) : m.start()])
        if lead:
            return _full_name(Speaker(lead, title, "person"), ctx)
    return None


#: Written forms of one post: "the CEO" takes up "chief executive Sundar Pichai" and the other way round.
_EN_POST_FORMS = {"ceo": ("ceo", "chief executive"), "chief executive": ("chief executive", "ceo"),
                  "cfo": ("cfo", "chief financial officer"), "chief financial officer": ("chief financial officer", "cfo"),
                  "coo": ("coo", "chief operating officer")}


def _titled_in_text(word: str, ctx: ArticleContext, sentence: Sentence) -> Speaker | None:
    """The last person named after a title containing ``word`` before ``sentence`` ("RBI Governor Sanjay
    Malhotra" for "the governor"), or None."""
    named = list(re.finditer(r"\b((?i:" + re.escape(word) + r"))\s+(" + _EN_NAME + r")", _before(ctx, sentence.start)))
    for m in reversed(named):
        who = _en_speaker(m.group(2))
        if who is not None and who.kind == "person":
            # the title as the article wrote it (CEO, Governor), capitalised when it was not (chief executive)
            written = m.group(1) if m.group(1)[:1].isupper() else m.group(1).capitalize()
            return _full_name(Speaker(who.name, written, "person"), ctx)
    return None


#: "It will …", "It plans …" opening a sentence: the organisation's own statement, with no reporting verb.
_EN_IT_PLANS_RE = re.compile(r"\s*It\s+(?:(?:now|also|still|currently|further)\s+)?(?:will|plans|expects|aims|intends|is set to)\b")


#: The rest of a quotation, to its end at a full stop (…但不會出現崩盤式下跌。」).
_QUOTATION_END_RE = re.compile(r"[^“”「」『』\n]{0,300}?[。！？!?][”」』]")
#: The rest of a quotation and its attribution, after a clause that opens the quotation: …，但政府不會…。」鄧炳強說。
_QUOTATION_REST_RE = re.compile(r"[^“”「」『』]{0,300}?[”」』]\s*([^“”「」。，,]{1,40}?)(说|說|表示|强调|強調|指出|称|稱)[。！!]")


#: The attribution that opens the sentence after a quotation standing alone: 「…。」海洋委員會主委管碧玲20日表示，…
_NEXT_ATTRIBUTION_RE = re.compile(r"[ \t\u3000]*(他|她|[^“”「」『』。，,\n]{2,60}?)(表示|说|說|指出|强调|強調|称|稱|认为|認為|提醒|透露|预计|預計|"
                                  r"坦言|直言|补充|補充|警告|解释|解釋|回应|回應|相信|预料|預料)[，,：:]")


def _quotation_attributed_next(sentence: Sentence, ctx: ArticleContext) -> Attribution | None:
    """The speaker of a sentence that is a quotation and nothing else, named at the start of the next sentence
    (「海巡不會挑釁，也不會退讓。」海洋委員會主委管碧玲20日在臉書上表示，…): the quotation is theirs."""
    text = sentence.text.strip()
    if not (text[:1] in "“「『" and text[-1:] in "”」』") or re.search(r"[”」』]", text[:-1]):
        return None
    m = _NEXT_ATTRIBUTION_RE.match(ctx.source, sentence.end)
    who = classify_segment(m.group(1)) if m else None
    if who in ("他", "她"):  # “政府不会再给予第二次展延。”他强调，…: the person 他 means (the caller resolves it)
        return Attribution(None, str(who), None, -1, len(sentence.text) - len(sentence.text.lstrip()))
    if not isinstance(who, Speaker):
        return None
    # (no reporting verb of its own: the quotation is a claim only by what it says, 我們希望… is not one)
    return Attribution(who, None, None, -1, len(sentence.text) - len(sentence.text.lstrip()))


def _quotation_closed_later(sentence: Sentence, ctx: ArticleContext) -> Attribution | None:
    """The attribution after the end of a quotation this sentence (or clause) opens and does not close: 「部分外國
    政客…一定會抹黑條例，| 但政府不會…。」鄧炳強說。 — the first clause is 鄧炳強's too."""
    text = sentence.text.lstrip()
    if not text.startswith(("“", "「", "『")) or re.search(r"[”」』]", text):
        return None
    m = _QUOTATION_REST_RE.match(ctx.source, sentence.end)
    verb = m.group(2) if m else None
    if m is None:
        # 「短期內…會加重，| 但不會…。」徐佳馨說，購屋族可…: named at the start of the sentence after the quotation (no
        # reporting verb of its own then, as in _quotation_attributed_next)
        closed = _QUOTATION_END_RE.match(ctx.source, sentence.end)
        m = _NEXT_ATTRIBUTION_RE.match(ctx.source, closed.end()) if closed else None
        if m is None:
            return None
    who = classify_segment(m.group(1))
    if not isinstance(who, Speaker):
        return None
    return Attribution(who, None, verb, -1, len(sentence.text) - len(text))


def resolve_speaker(sentence: Sentence, lang: str, ctx: ArticleContext) -> tuple[Speaker | None, int, str | None]:
    """(speaker, content start within the sentence, reporting verb or None)."""
    attribution = attribute(sentence.text, lang)
    if sentence.paragraph != ctx.paragraph:
        ctx.paragraph = sentence.paragraph
        ctx.paragraph_speaker = None
        ctx.paragraph_deadline = None
    line_start = ctx.source.rfind("\n", 0, sentence.start) + 1
    asked = _INTERVIEW_LABEL_RE.match(ctx.source, line_start)
    if asked and asked.group(1) in QUESTION_LABELS:
        # 記者問：… — the interviewer's line, all its sentences: no one's claim, and no one to name for a later 他
        ctx.paragraph_speaker = None
        return None, max(0, asked.end() - sentence.start), QUESTION_VERB
    label = _interview_label(sentence, ctx)
    if label is not None:
        answer = attribute(sentence.text[label[1] :], "zh") if lang == "zh" else None
        issuer = _defined_document_issuer(sentence, ctx) if answer is not None and answer.pronoun == "document" else None
        if issuer is not None:
            # 答：《指导意见》提出，今年…；…: the document defined earlier speaks for its issuer, not the interviewee
            # (who still answers: 我们 later in the paragraph is them, see below)
            ctx.paragraph_speaker = issuer
            return issuer, label[1] + answer.content_start, answer.verb
        if answer is not None and answer.speaker is not None and answer.speaker.kind == "organisation" and answer.verb \
                and answer.verb not in _ESTIMATIVE_VERBS:  # (香港故宫文化博物馆预计2022年建成: the subject, not a speaker)
            # 答：央行此前已明确，各商业银行原则上将…: the body the interviewee cites states it
            return full_organisation(answer.speaker, sentence, lang, ctx), label[1] + answer.content_start, answer.verb
    if label is not None:
        # 宋立衡：英国的谈判进展相对顺利，…: an interview's answer, labelled with the speaker's name
        speaker, content = label
        speaker = _full_name(speaker, ctx)
        if speaker.kind == "person":
            speaker = Speaker(speaker.name, speaker.title or ctx.titles.get(speaker.name), "person")
            ctx.last_named = speaker
        ctx.last_speaker = ctx.paragraph_speaker = speaker
        if attribution.verb is not None and (attribution.speaker is None or attribution.pronoun in FIRST_PERSON):
            content = max(content, attribution.content_start)  # 宋立衡：我预计，… — the content after the verb
        return speaker, content, attribution.verb
    if attribution.pronoun in FIRST_PERSON:
        # 我预计，… in an interview's answer: the person answering; with no one answering, nobody we can name
        answered = _answered_by(line_start, sentence, ctx) if line_start < sentence.start else None
        return answered or ctx.paragraph_speaker, attribution.content_start, attribution.verb
    if attribution.pronoun == "document":
        # 通报说, 文告指出: the document's issuer, the last organisation that spoke or was named
        employers = _employers(ctx)
        if (attribution.verb or "").startswith("《"):
            # 按照《决定》，…: a title the article defined for a document (（以下简称《决定》）) is its issuer's; any
            # other (根據《基本法》) names a law, and what follows is the reporter's
            issuer = _defined_document_issuer(sentence, ctx)
            ctx.paragraph_speaker = issuer
            return issuer, attribution.content_start, attribution.verb
        issuer = _defined_document_issuer(sentence, ctx) \
            or _document_issuer(ctx.source[max(0, sentence.start - 200) : sentence.start]) or ctx.last_org \
            or _document_issuer(ctx.source[max(0, sentence.start - 3000) : sentence.start]) \
            or _last_organisation_named(_before(ctx, sentence.start)) \
            or (Speaker(employers[-1], None, "organisation") if employers else None)  # 招股书显示 after 宁德时代董事长…
        ctx.paragraph_speaker = issuer
        return issuer, attribution.content_start, attribution.verb
    if attribution.verb is None and lang == "zh":
        attribution = _known_person_speaks(sentence.text, ctx) or _issuing_lead(sentence.text) \
            or _quotation_closed_later(sentence, ctx) or _quotation_attributed_next(sentence, ctx) or attribution
    speaker = attribution.speaker
    if speaker is not None and speaker.kind == "anonymous":
        fuller = [s for s in ctx.anonymous if s.name != speaker.name and s.name.endswith(speaker.name)]
        bearers = {p.name: p for p in ctx.people if p.title and p.title.endswith(speaker.name)} \
            if lang == "zh" and _BARE_OFFICE_RE.fullmatch(speaker.name) else {}
        if len(bearers) == 1:
            speaker = next(iter(bearers.values()))  # 财政部长表示 after 财政部长李明…说: the one who holds that office
        elif fuller:
            speaker = fuller[-1]  # 消息人士预计 after 有政府消息人士透露: the same source
        elif speaker not in ctx.anonymous:
            ctx.anonymous.append(speaker)
    if speaker is not None:
        named = _full_name(speaker, ctx)
        speaker = full_organisation(named, sentence, lang, ctx,
                                     sentence.start + attribution.verb_start if attribution.verb_start > 0 else None)
        if speaker.kind == "organisation" and named.kind == "person" and ctx.people and ctx.people[-1] is named:
            ctx.people.pop()  # 社理会 read as a name was the short form of 社区发展理事会: no person for 他 to mean
        if speaker.kind == "organisation":
            ctx.last_org = speaker
            ctx.orgs.append(speaker)
        ctx.last_speaker = speaker
        # (English subjects end where the content starts: "A spokesperson for the Environment Ministry, …, said")
        frame = sentence.text[: max(attribution.verb_start, attribution.content_start if lang == "en" else 0, 0)]
        ctx.last_speaker_via_role = bool(ORG_ROLE_RE.search(frame)) or (
            speaker.kind == "organisation" and _SPOKESPERSON_RE.search(frame) is not None)
        if speaker.kind == "person":
            _note_gender(speaker, sentence, ctx)
            if speaker.title:
                ctx.titles.setdefault(speaker.name, speaker.title)
            else:
                speaker = Speaker(speaker.name, ctx.titles.get(speaker.name), speaker.kind)
            ctx.last_named = speaker
        # 据X预报/透露, … sources one sentence; the next sentence is the reporter's again
        ctx.paragraph_speaker = None if re.match(r"\s*(?:据|據|根据|根據|按照|依据|依據|依照)", sentence.text) else speaker
        return speaker, attribution.content_start, attribution.verb
    if attribution.pronoun in ("它", "它们", "它們"):
        # 云顶新加坡在回应时说，…。它透露，…: the organisation that spoke or was named last
        org = ctx.last_org or _last_organisation_named(_before(ctx, sentence.start)) or (
            # (云顶新加坡发文告说…: a name read as a person's, which 它 shows to be a body's)
            Speaker(ctx.last_speaker.name, None, "organisation") if ctx.last_speaker is not None
            and ctx.last_speaker.kind == "person" and not ctx.last_speaker.title else None)
        ctx.paragraph_speaker = org
        return org, attribution.content_start, attribution.verb
    if attribution.pronoun == "it" or (lang == "en" and ctx.last_org is not None and _EN_IT_PLANS_RE.match(sentence.text)):
        # "It said it would …", "It also expects …": the organisation that spoke or was named last; "It will
        # report …" too, once an organisation has spoken ("It will be the first …" before any is no one's)
        org = ctx.last_org or _en_lead_organisation(ctx)
        ctx.paragraph_speaker = org
        return org, attribution.content_start, attribution.verb
    if attribution.pronoun is not None and attribution.pronoun.startswith("the "):
        # "…," the governor said: the last person named with that title, else the last person named
        word = attribution.pronoun[4:]
        if word.rstrip("s") in ("people", *EN_UNNAMED_PERSON_NOUNS):
            # "…, the people said" after "according to people familiar with the matter": that source again
            sources = [s for s in ctx.anonymous if word.rstrip("s")[:5] in s.name.lower()] or ctx.anonymous[-1:]
            speaker = sources[-1] if sources else None
            ctx.paragraph_speaker = speaker
            return speaker, attribution.content_start, attribution.verb
        if word in ("spokesperson", "spokesman", "spokeswoman"):
            # "The spokesperson said" after '…," a spokesperson for the Department for Transport said': that body
            speaker = ctx.last_speaker if ctx.last_speaker is not None and ctx.last_speaker.kind == "organisation" \
                else ctx.last_org
            ctx.paragraph_speaker = speaker
            return speaker, attribution.content_start, attribution.verb
        posts = _EN_POST_FORMS.get(word, (word,))  # "the CEO" after "chief executive Sundar Pichai"
        titled = [p for p in ctx.people if p.title and any(re.search(rf"\b{w}\b", p.title.lower()) for w in posts)]
        speaker = titled[-1] if titled else next(
            (found for w in posts if (found := _titled_in_text(w, ctx, sentence)) is not None), None) or ctx.last_named
        ctx.paragraph_speaker = speaker
        return speaker, attribution.content_start, attribution.verb
    if attribution.pronoun is not None:
        role = attribution.pronoun not in ("他", "她", "他们", "他們", "她们", "她們", "he", "she", "they", "其")
        # 他/她 is the last named person, unless an organisation's spokesperson (商务部负责人表示…) spoke after
        # that person: then it is that spokesperson, speaking for the organisation
        spokesperson = (ctx.last_speaker is not None and ctx.last_speaker.kind == "organisation"
                        and ctx.last_speaker is not ctx.last_named and ctx.last_speaker_via_role)
        group = attribution.pronoun in ("they", "他们", "他們") and ctx.last_speaker is not None and (
            ctx.last_speaker.kind == "organisation" or (ctx.last_speaker.kind == "anonymous"
                                                         and not _EN_SINGLE_SOURCE_RE.match(ctx.last_speaker.name)))
        # "LTA officials said …. They said …": the officials (their organisation) again, not the last person named
        speaker = (ctx.last_speaker if role or spokesperson or group
                   or _anonymous_spoke_last(attribution.pronoun, sentence, ctx) else None) or ctx.last_named
        if lang == "zh" and attribution.pronoun in ("他", "她") and attribution.verb_start > 0:
            # 全国人大代表李红梅在今年两会上建议…，她表示…: the person this sentence opened with
            speaker = _sentence_subject_person(sentence.text[: attribution.verb_start]) or speaker
        titles = [t.group(0) for t in _TITLE_RE.finditer(attribution.pronoun)] if role and lang == "zh" else []
        if re.match(r"(?:这位|這位|该名|該名|该|該)(?:前|原)", attribution.pronoun) and speaker is not None \
                and speaker.kind == "person":
            titles = []  # 这位前交通部长认为 after 马华总会长魏家祥…指出: a former post describes whoever spoke last
        titled = [p for p in ctx.people if titles and p.title and titles[-1] in p.title]
        if titles and not titled:
            found = _titled_in_text_zh(titles[-1], ctx, sentence)
            titled = [found] if found is not None else []
        if titled and (speaker is None or speaker.kind != "person" or not (speaker.title and titles[-1] in speaker.title)):
            speaker = titled[-1]  # 这位副部长 after 人社部副部长李忠 (and an organisation that spoke since)
        speaker = _gender_agreeing(attribution.pronoun, speaker, sentence, ctx)
        if role and speaker is not None and speaker.kind == "organisation" and ORG_ROLE_RE.search(attribution.pronoun):
            # “…”该负责人说。他介绍，…: the body's official spoke again, and 他 goes on meaning them
            ctx.last_speaker, ctx.last_speaker_via_role = speaker, True
        ctx.paragraph_speaker = speaker
        return speaker, attribution.content_start, attribution.verb
    if (attribution.verb is not None and re.match(r"\s*(据|據)", sentence.text)) or _OUTLET_VOICE_RE.match(sentence.text):
        ctx.paragraph_speaker = None  # 据了解, 据报道: the reporter's voice
        return None, attribution.content_start, attribution.verb
    if lang == "en":
        staff = _EN_STAFF_OF_THE_RE.match(sentence.text)
        employer = ctx.last_org if staff else None
        if staff and employer is None:
            # ("Goldman Sachs raised its forecast …": a name that "its" follows is a body's)
            owners = list(_EN_ITS_OWNER_RE.finditer(ctx.source, max(0, sentence.start - 600), sentence.start))
            employer = Speaker(owners[-1].group(1), None, "organisation") if owners else None
        if employer is not None:
            # "Economists at the U.S. bank now expect …" after Goldman Sachs was named: the bank they work for
            ctx.paragraph_speaker = employer
            return employer, attribution.content_start, attribution.verb
        subject = _EN_SUBJECT_RE.match(sentence.text)
        found = _en_speaker(subject.group(1)) if subject else None
        if found is None:
            # "Leena Dastur, a strategist at …, was more cautious.": a name set off by its description
            apposed = _EN_APPOSED_NAME_RE.match(sentence.text)
            found = _en_speaker(apposed.group(1)) if apposed else None
        if found is None:
            # "… after Finance Minister Nirmala Sitharaman unveiled …": a titled person named in passing
            mentions = list(EN_TITLED_MENTION_RE.finditer(sentence.text))
            found = Speaker(mentions[-1].group(2), mentions[-1].group(1), "person") if mentions else None
        if found is not None and found.kind == "person":
            ctx.last_named = _full_name(found, ctx)  # "Chief Executive Elon Musk congratulated …": "he" next
    if lang == "en" and attribution.verb is None:
        generic = _EN_GENERIC_PLAN_SUBJECT_RE.match(sentence.text)
        if generic:
            # "The council also plans to open an office in Cairo": the council named before
            org = full_organisation(Speaker("the " + generic.group(1).lower(), None, "organisation"), sentence, lang, ctx)
            if org.name.lower() != "the " + generic.group(1).lower():
                ctx.last_org = org
                return org, attribution.content_start, attribution.verb
        acting = _EN_ORG_PLAN_SUBJECT_RE.match(_EN_DATELINE_RE.sub("", sentence.text, count=1))
        subject = _en_speaker(acting.group(1)) if acting else None  # "Japan's Toyota" → Toyota
        if acting and subject is not None and _en_organisation_named(subject.name, ctx, sentence):
            # "The European Space Agency, or ESA, plans to …": the organisation states its own plan
            org = full_organisation(Speaker(subject.name, None, "organisation"), sentence, lang, ctx)
            ctx.last_org = org
            ctx.orgs.append(org)
            return org, attribution.content_start, attribution.verb
    if lang == "en" and not sentence.text.lstrip().startswith(("\"", "“", "'")):
        return None, attribution.content_start, attribution.verb  # English reporter's sentences carry no speaker
    if lang == "zh" and attribution.verb is None:
        undated = _DATELINE_PREFIX_RE.sub(lambda d: " " * len(d.group(0)), sentence.text, count=1)
        # the title, name and what follows them first: a cheap search that rules out most sentences, where
        # the anchored pattern would try every split of the words before the title
        mentioned = _MENTION_RE.match(undated) if _MENTION_CORE_RE.search(undated) else None
        if mentioned and not _TITLE_RE.search(mentioned.group(2)) \
                and not re.match(r"[将將会會在于於已也都是就把被的了还還又则則等与與和及]", mentioned.group(2)):
            # 研究员周晓梅的看法与陈立新相近。她认为…: a person introduced by title is whom 她 means next
            # (选民将于9月1日投票: 将于 is no name)
            ctx.last_named = _full_name(Speaker(mentioned.group(2), mentioned.group(1), "person"), ctx)
            ctx.titles.setdefault(mentioned.group(2), mentioned.group(1))
    if lang == "zh" and attribution.verb is None:
        honoured = list(_HONORIFIC_MENTION_RE.finditer(sentence.text))
        if honoured:  # 工程师林先生（52岁）每天…。他说：… / 陈女士（38岁）则没那么乐观。她觉得…
            ctx.last_named = _full_name(Speaker(honoured[-1].group(1), None, "person"), ctx)
            ctx.genders.setdefault(honoured[-1].group(1), "m" if honoured[-1].group(1).endswith("先生") else "f")
        else:
            aged = _AGED_MENTION_RE.search(sentence.text)
            name = _name_before_age(aged.group(1)) if aged else None
            if name:  # 准新人陈伟杰（29岁，工程师）打算…。他说：… — a person introduced with an age is whom 他 means next
                ctx.last_named = _full_name(Speaker(name, None, "person"), ctx)
            else:
                opening = _OPENING_NAME_RE.match(sentence.text)
                name = opening.group(1) if opening and _name_before_age(opening.group(1)) == opening.group(1) else None
                if name is None and lang == "zh":
                    # 黄仁勋高度评价越南的人才资源。他承诺，…: a person named earlier opening the sentence, whatever
                    # the verb, is whom 他 means next
                    from claims.attribution import _pos_tags

                    opening_text = sentence.text.lstrip()
                    # (the name must be named before: a sentence whose first two characters are not is not tagged)
                    lead = _pos_tags(opening_text[:6]) if opening_text[:2] in _before(ctx, sentence.start) else ()
                    first = lead[0][0] if lead and lead[0][1] == "nr" else ""
                    if 2 <= len(first) <= 3 and first in _before(ctx, sentence.start):
                        name = first
                if name and (re.search(re.escape(name) + r"(?:集团|集團|公司|股份|控股|银行|銀行|汽车|汽車|科技)", ctx.source)
                             or any(name in (p.title or "") for p in ctx.people)):
                    name = None  # 比亚迪在欧洲的…, 华为在…: a company jieba tags as a name
                known = next((p for p in reversed(ctx.people) if name and p.name == name), None)
                if name and (known is not None or len(name) == 3):
                    # 尚达曼在提名中心外向支持者发表简短演讲。他说，…: a person opening the sentence is whom 他 means next
                    ctx.last_named = known or _full_name(Speaker(name, None, "person"), ctx)
    if lang == "zh" and attribution.verb is None:
        referred = _DEICTIC_ORG_SUBJECT_RE.match(sentence.text)
        if referred:
            # 该组织将在下周向州政府提呈备忘录: the organisation named before states its own plan
            if referred.group(1)[1:] in ("组织", "組織", "机构", "機構", "团体", "團體") and ctx.last_org is not None:
                org = ctx.last_org  # 该组织: any kind of body, the one that spoke last (not 非政府组织, its kind)
            else:
                org = full_organisation(Speaker(referred.group(1), None, "organisation"), sentence, lang, ctx)
            if org.name != referred.group(1):
                ctx.last_org = ctx.paragraph_speaker = org
                return org, attribution.content_start, attribution.verb
        scheduled = _REPORTER_SCHEDULE_RE.match(sentence.text) if lang == "zh" and attribution.verb is None \
            and not re.search(r"[“「]", sentence.text) else None
        subject = re.split(r"(?:预|預)?(?:将于|將於|将在|將在|定于|定於)", sentence.text, maxsplit=1)[0] if scheduled else ""
        convened = _SITTING_RE.match(sentence.text) if lang == "zh" and attribution.verb is None else None
        # (a company's or committee's event on a date too: 台積電將於4月17日舉行第一季法說會, 立法會衞生事務委員會將於
        # 下月10日討論有關方案 — the blind sets' annotators leave 43 of 45 such openings to the reporter)
        sitting = convened is not None and (_LEGISLATURE_RE.search(convened.group(1).strip(" ，,")) is not None or (
            sentence.text.lstrip().startswith(convened.group(1).lstrip())
            and not re.search(r"他|她|我|政府|当局|當局|总统|總統|总理|總理|首相|主席|部长|部長|^该|^該", convened.group(1))
            and not re.search(r"[与與和同跟][^，,。]{1,14}?(?:开会|開會|举行|舉行|召开|召開|讨论|討論)", convened.group(0))))
        # (该会将于下周三与贸消部开会: a meeting with another party is the body's own step)
        if sitting or (scheduled and not re.search(r"(?:" + "|".join(ORG_SUFFIXES) + r")(?:也|亦|还|還|则|則)?$|他|她|我|政府|当局|當局",
                                                   subject.strip(" ，,"))
                       or (scheduled and _REPORT_NOUN_RE.search(subject.strip(" ，,")))):
            # (国会将于1月6日召开联席会议, 洛杉矶县议会定于下周二召开特别会议: a legislature's sitting is a
            # calendar the reporter gives, as the blind sets' annotators read it, 4 cases in 4)
            # 最新一周的数据将在下周公布。/ 第八次会议定于10月举行。: a schedule the
            # reporter adds, not the paragraph's speaker's words
            return None, attribution.content_start, attribution.verb
        dateline = _DATELINE_PREFIX_RE.match(sentence.text)
        acting = _ORG_PLAN_SUBJECT_RE.match(sentence.text, dateline.end() if dateline else 0)
        if acting and (acting.group("when") or acting.group("zai")) \
                and (ctx.source[: sentence.start].rstrip(" \t\u3000")[-1:] not in ("", "。", "！", "？", "!", "?", "\n")
                     or acting.group(1).startswith(("我", "本"))):  # (我们中心将在…: the interviewee's own)
            acting = None  # …说，…，中央公积金局也将在…: in a clause of someone's report it is their word (a sentence's own
            # subject opening it, 國家太空中心明天上午也將在…, states the plan)
        if acting and acting.group(1).startswith(("我们", "我們", "我")):
            acting = None  # 我们研究院计划…: the speaker's own side (an interview's answer), not a body named so
        if acting and re.match(r"(?:下一?次|本次|这次|這次|该次|該次|首次|第[一二三四五六七八九十\d]+次|上次)", acting.group(1)):
            acting = None  # 下一次審議會預定於…召開: a meeting that is scheduled, not a body stating its plan
        keeps = ctx.paragraph_speaker is not None and ctx.paragraph_speaker.kind == "person" and acting is not None \
            and acting.group(1) in (ctx.paragraph_speaker.title or "")  # 指挥中心将于… while its head 王必胜 speaks
        if acting and (acting.group(1).endswith(ORG_SUFFIXES) or any(o.name == acting.group(1) for o in ctx.orgs)
                       or acting.group(1) in _employers(ctx)) \
                and not keeps:  # (此外，宁德时代计划…: a company that spoke, or whose officer spoke, earlier)
            # 气象署也计画在年底前启用…: an organisation stating its own plan as the subject speaks for it
            org = full_organisation(Speaker(acting.group(1), None, "organisation"), sentence, lang, ctx)
            ctx.last_org = ctx.paragraph_speaker = org
            return org, attribution.content_start, attribution.verb
    if ctx.last_named is not None and sentence.text.startswith(ctx.last_named.name):
        # 特朗普并称赞金正恩。“……” — the subject of the passage speaks next; the sentence itself is the
        # reporter's (王乙康将于本周六出席…: what X will do, told by the reporter, has no speaker)
        ctx.paragraph_speaker = ctx.last_named
        return None, attribution.content_start, attribution.verb
    if lang == "zh" and re.match(r"[\s“「]*(?:我们|我們|我)(?!国|國)", sentence.text) and line_start < sentence.start:
        answered = _answered_by(line_start, sentence, ctx)
        if answered is not None:
            return answered, attribution.content_start, attribution.verb  # 我们有信心… after a document's items
    if lang == "zh" and line_start == sentence.start and _FIRST_PERSON_CLAUSE_RE.search(sentence.text) \
            and _interview_label(sentence, ctx) is None:
        # 答：…。\n在推进数据流通的同时，我们绝不会…: an unlabelled paragraph in first person right after an answer
        # goes on with the answer (a question's line or a reporter's paragraph between them ends it)
        previous = ctx.source.rfind("\n", 0, max(0, line_start - 1)) + 1
        if previous < line_start:
            answered = _answered_by(previous, sentence, ctx)
            if answered is not None:
                return answered, attribution.content_start, attribution.verb
    return ctx.paragraph_speaker, attribution.content_start, attribution.verb


#: 我们/我 as a clause's subject, at the start or after a leading clause (在推进…的同时，我们绝不会…).
_FIRST_PERSON_CLAUSE_RE = re.compile(r"(?:^|[，,：:])[\s“「]*(?:我们|我們|我)(?!国|國|方|校|市|省|县|縣|区|區|司|行|院|部)")
#: A report that is published, not a newspaper (财报 ends with 报 as 联合早报 does): 小米集团…第一季度财报定于…发布.
_REPORT_NOUN_RE = re.compile(r"(?:财报|財報|年报|年報|季报|季報|公报|公報|通报|通報|简报|簡報|月报|月報|周报|週報|快报|快報)$")
#: A schedule in the reporter's voice: a release, meeting or sitting on a date (将在下周公布, 定于今年10月举行); after
#: 另外/此外 a sentence is an item of the speaker's list (the enumeration convention), so not read here.
_REPORTER_SCHEDULE_RE = re.compile(
    r"\s*(?:[^，,。]{0,30}?(?:定于|定於)[^，,。]{1,40}?(?:举行|舉行|召开|召開|开幕|開幕|复会|復會|发布|發布|公布|公佈)|"
    r"[^，,。]{0,30}?(?:将于|將於|将在|將在)[^，,。]{1,12}?(?:公布|公佈|发布|發布|召开|召開|开幕|開幕|复会|復會)[^，,。]{0,20}[。，,]?$)")
#: A body's sitting on a date, opening a sentence: (the body). 国会将于1月6日召开联席会议，认证选举结果。
_SITTING_RE = re.compile(r"\s*([^，,。“”「」]{2,16}?)(?:也|亦|还|還)?(?:将于|將於|将在|將在|定于|定於)[^，,。]{1,16}?"
                         r"(?:召开|召開|举行|舉行|复会|復會|开会|開會|休会|休會|开幕|開幕|闭幕|閉幕|讨论|討論|审议|審議|展开|展開)")
#: A legislature or council, whose sittings are the calendar's (国会, 县议会, 國會下議院, 立法會).
_LEGISLATURE_RE = re.compile(r"(?:国会|國會|议会|議會|议院|議院|立法会|立法會|人大|人大常委会|人大常委會)$")
#: One unnamed person ("A senior government official, who …, said"): whom a later "he"/"she" can mean.
_EN_SINGLE_SOURCE_RE = re.compile(r"(?i)^(?:a|an|one)\s+(?:[\w.-]+\s+){0,4}?(?:official|source|person|executive|diplomat|"
                                  r"aide|adviser|advisor|lawmaker|banker|analyst|" + "|".join(_EN_OUTSIDE_PERSON_NOUNS) + r")\b")


def _anonymous_spoke_last(pronoun: str | None, sentence: Sentence, ctx: ArticleContext) -> bool:
    """True when "he"/"she" follows one unnamed source who spoke after the last named person was mentioned
    ("A senior government official … said …. He said it was unlikely …": the official)."""
    last = ctx.last_speaker
    if pronoun not in ("he", "she", "他", "她") or last is None or last.kind != "anonymous":
        return False
    spoke_at = ctx.source.rfind(last.name, 0, sentence.start)
    if pronoun in ("他", "她"):
        # 某头部房企人士告诉…。他预计，…: one unnamed source (某, 一名, 一位, 有; 参与任务论证的一位行星科学专家) is
        # whom 他 means next
        if not (re.match(r"某|一名|一位|另一名|另一位", last.name) or re.search(r"(?:一名|一位|某位)", last.name)
                or re.search(r"(?:某|一名|一位|另一名|另一位|(?<![没沒])有)(?:不愿具名|不願具名|匿名)?的?$",
                             ctx.source[max(0, spoke_at - 8) : spoke_at])):  # (有熟悉軍事事務的學者…。他又估計: the scholar)
            return False
    elif not _EN_SINGLE_SOURCE_RE.match(last.name):
        return False
    if ctx.last_named is None:
        return spoke_at >= 0
    named = ctx.last_named.name
    named_at = max(ctx.source.rfind(named, 0, sentence.start), ctx.source.rfind(named.split()[-1], 0, sentence.start))
    return spoke_at > named_at


_PRONOUN_GENDER = {"他": "m", "she": "f", "她": "f", "he": "m"}
#: Words after a name (or English titles before it) that give a person's gender (王女士, Mrs. Lee).
_FEMALE_AFTER = ("女士", "小姐", "夫人", "太太")
_MALE_AFTER = ("先生",)


#: A sentence that opens with a person acting (李红梅在今年两会上建议…，她表示…): the subject, then its act.
_SUBJECT_ACTS_RE = re.compile(r"([^，,。；;“”「」]{2,30}?)(?:建议|建議|提出|呼吁|呼籲|提交|提案|"
                              r"主持|出席|视察|視察|会见|會見|发表|發表)[^，,。；;]*[，,]\s*(?:他|她)(?:也|还|還|并|並|则|則|又)?$")


#: Staff of a body named before by a description ("Economists at the U.S. bank", "Analysts at the Swiss lender").
_EN_STAFF_OF_THE_RE = re.compile(
    r"\s*(?:Economists|Analysts|Strategists|Officials|Executives|Researchers|Engineers|Managers)\s+(?:at|of|from)\s+the\s+"
    r"(?:[\w.'’-]+\s+){0,3}?(?:bank|lender|firm|company|brokerage|group|carmaker|automaker|chipmaker|insurer|"
    r"investment bank|fund|airline|manufacturer|ministry|agency|regulator)\b")


_EN_ITS_OWNER_RE = re.compile(r"(?<![\w.])((?:[A-Z][\w&.'’-]+)(?:\s+[A-Z][\w&.'’-]+){0,3})\s+(?:[a-z]+\s+){1,2}?its\b")


def _sentence_subject_person(head: str) -> Speaker | None:
    """The person named as the subject of a sentence whose later clause says 他/她 表示…, or None."""
    from claims.attribution import classify_segment

    m = _SUBJECT_ACTS_RE.fullmatch(head)
    if m is None:
        return None
    found = classify_segment(m.group(1))
    return found if isinstance(found, Speaker) and found.kind == "person" else None


def _gender_agreeing(pronoun: str | None, speaker: Speaker | None, sentence: Sentence, ctx: ArticleContext) -> Speaker | None:
    """The person a singular 他/她 (he/she) means: the resolved antecedent, unless it is already known to be of
    the other gender (a 他 or 她 before referred to them, 王女士, Mr. Lee); then the latest person named
    before the sentence who may be of the pronoun's gender. Records the gender the pronoun shows."""
    gender = _PRONOUN_GENDER.get((pronoun or "").lower())
    if gender is None or speaker is None or speaker.kind != "person":
        return speaker
    if _gender_of(speaker.name, ctx) not in (gender, None):
        before = _before(ctx, sentence.start)
        mentioned = [(before.rfind(p.name), p) for p in ctx.people if _gender_of(p.name, ctx) in (gender, None)]
        at, found = max(mentioned, key=lambda pair: pair[0], default=(-1, None))
        if found is None or at < 0:
            return speaker
        speaker = Speaker(found.name, ctx.titles.get(found.name, found.title), "person")
    if _gender_of(speaker.name, ctx) in (gender, None):
        ctx.genders.setdefault(speaker.name, gender)
    return speaker


#: Characters far more common in Chinese women's (f) or men's (m) given names than in the other's — our
#: own short lists of the clearest cases, used only to break a 他/她 conflict; most names have none of them.
_GIVEN_NAME_GENDER = {**dict.fromkeys("丽麗娟婷芳燕玲霞秀慧静靜琳雪萍艳豔莉娜倩薇蓉琴淑惠媛娇嬌嫣妍妮姗姍婉", "f"),
                      **dict.fromkeys("强強刚剛伟偉军軍勇峰磊涛濤斌杰傑龙龍鹏鵬彪虎雄豪猛", "m")}


def _gender_of(name: str, ctx: ArticleContext) -> str | None:
    """A person's gender as far as the article shows it (:func:`_note_gender`, an earlier 他/她), else as
    their Chinese given name suggests (:data:`_GIVEN_NAME_GENDER`), else None."""
    if name in ctx.genders:
        return ctx.genders[name]
    if 2 <= len(name) <= 4 and all("\u4e00" <= ch <= "\u9fff" for ch in name):
        guesses = {_GIVEN_NAME_GENDER[ch] for ch in name[1:] if ch in _GIVEN_NAME_GENDER}
        if len(guesses) == 1:
            return guesses.pop()
    return None


def _note_gender(speaker: Speaker, sentence: Sentence, ctx: ArticleContext) -> None:
    """Record a person's gender when the sentence gives it (王女士, Mrs. Lee)."""
    at = sentence.text.find(speaker.name)
    if at < 0:
        return
    after = sentence.text[at + len(speaker.name) : at + len(speaker.name) + 2]
    before = sentence.text[max(0, at - 5) : at]
    if after.startswith(_FEMALE_AFTER) or re.search(r"\b(?:Mrs|Ms|Miss)\.?\s*$", before):
        ctx.genders.setdefault(speaker.name, "f")
    elif after.startswith(_MALE_AFTER) or re.search(r"\bMr\.?\s*$", before):
        ctx.genders.setdefault(speaker.name, "m")
    else:  # 發展局局長甯漢豪昨日表示，她預計…: the pronoun the sentence goes on with (whatever the given name suggests)
        own = re.search(r"^[^，,。]{0,30}[，,]\s*(他|她)(?![们們])", sentence.text[at + len(speaker.name) :])
        if own:
            ctx.genders.setdefault(speaker.name, _PRONOUN_GENDER[own.group(1)])


#: An organisation issuing a notice that the rest of the sentence gives (成都市公安局交通管理局26日发布通告，…).
_ISSUING_LEAD_RE = re.compile(r"\s*([^，,。“”「」]{2,20}?)(?:\d{1,2}日|今天|今日|昨天|昨日|当天|當天|当日|當日)?"
                              r"(?:发布|發布|发出|發出|印发|印發|发表|發表)(?:了)?(?:紧急|緊急)?"
                              r"(?:通告|公告|通知|声明|聲明|文告|新闻稿|新聞稿)[，,：:]")


def _issuing_lead(text: str) -> Any:
    """The attribution of a sentence that opens with an organisation issuing a notice, or None."""
    from claims.attribution import Attribution

    m = _ISSUING_LEAD_RE.match(text)
    if m is None:
        return None
    who = classify_segment(m.group(1))
    if not isinstance(who, Speaker) or who.kind != "organisation":
        return None
    return Attribution(who, None, None, -1, m.end())


def _known_person_speaks(text: str, ctx: ArticleContext) -> Any:
    """An attribution for "对于房地产市场，盛来运坦言，…": a person already named in the article, at the start of
    a clause, before a reporting verb (a bare name the segment rules cannot tell from other words)."""
    from claims.attribution import _VERB_RE, Attribution

    for person in ctx.people:
        at = text.find(person.name, 0, 40)
        if at < 0 or (at > 0 and text[at - 1] not in "，,：: “「"):
            continue
        verb = _VERB_RE.match(text, at + len(person.name))
        if verb is None:
            continue
        content = verb.end()
        while content < len(text) and text[content] in "，,：: \u3000":
            content += 1
        return Attribution(person, None, verb.group(0), verb.start(), content)
    return None


#: An organisation as the subject of its own plan (气象署也计画在年底前…, 交通部将于下月…): (name).
_ORG_PLAN_SUBJECT_RE = re.compile(r"\s*(?:此外|另外|同时|同時|而|不过|不過)?[，,]?\s*"
                                  r"([\u4e00-\u9fff]{2,16}?)(?:[（(][\u4e00-\u9fff]{2,6}[）)])?"  # (…產業局（影視局）也計畫)
                                  # (國家太空中心明天上午也將在…: a time between the body and its plan)
                                  r"(?P<when>(?:今天|明天|今日|明日|本周|本週|下周|下週|下月|稍后|稍後)(?:上午|下午|晚上|早上)?)?"
                                  r"(?:也|还|還|亦|已|则|則)?(?:计划|計劃|计画|計畫|拟于|擬於|拟在|擬在|"
                                  r"打算|准备|準備|决定|決定|定于|定於|将于|將於|(?P<zai>将在|將在)|预定|預定|"
                                  r"的(?:目标|目標|计划|計劃|任务|任務)(?:是|为|為)"
                                  # (交通部觀光署將今年來台旅客目標訂為1,000萬人次: a target the body sets itself)
                                  r"|(?:将|將)(?=[^，,。]{0,16}?(?:目标|目標)(?:订|訂|定|设|設)(?:为|為)))")
#: An organisation referred back to as the subject of its own future act (该组织将…, 該協會會…): (该 + head noun).
_DEICTIC_ORG_SUBJECT_RE = re.compile(r"\s*((?:该|該)(?:组织|組織|协会|協會|机构|機構|团体|團體|联盟|聯盟|公司|集团|集團|基金会|基金會|"
                                     r"商会|商會|工会|工會|联合会|聯合會))(?:也|还|還|亦|则|則)?(?:将|將|会|會|计划|計劃|拟|擬|准备|準備)")
#: A time clause before a sentence's subject ("Once the deal closes, Alibaba plans to …").
_EN_LEAD_CLAUSE = r"(?:(?:Once|When|After|Before|Until|As soon as|By the time)\s+[^,.;\"“”]{3,80},\s*)?"
#: "The council also plans to …": a generic head stating its own plan (the head).
_EN_GENERIC_PLAN_SUBJECT_RE = re.compile(r"\s*" + _EN_LEAD_CLAUSE + r"[Tt]he\s+(" + "|".join(h for h in (*GENERIC_ORG_HEADS_EN, "board", "government")
                                                                if " " not in h) + r")\s+"
                                         r"(?:also\s+|now\s+|still\s+|separately\s+)?(?:plans|intends|aims|expects)\s+to\b")
#: An English organisation as the subject of its own stated intention: (name). "The European Space Agency,
#: or ESA, plans to launch …" (a plain "X will …" stays the reporter's voice, as gold/ labels it).
_EN_ORG_PLAN_SUBJECT_RE = re.compile(
    r"\s*" + _EN_LEAD_CLAUSE + r"(?:The\s+)?"
    # "State utility Ethiopian Electric Power (EEP) plans to …": what the body is, before its name
    r"(?:(?:[Ss]tate|[Ss]tate-owned|[Ss]tate-run|[Nn]ational|[Pp]ublic|[Gg]overnment-owned)\s+(?:power\s+|oil\s+|gas\s+)?"
    r"(?:utility|company|carrier|airline|operator|regulator|lender|broadcaster|agency|firm|grid operator)\s+)?"
    # ("The Japanese government aims to …": a country's government, its adjective capitalised)
    r"((?:[A-Z][\w&.'-]*\s+){0,4}?[A-Z][\w&.'-]*?(?:\s+government)?)"
    rf"(?:\s+{EN_LEGAL_FORM}\.?)?"
    r"(?:,\s*or\s+[A-Z]{2,6},|\s*\([A-Z]{2,6}\))?\s+(?:plans\s+to|intends\s+to|aims\s+to|has\s+agreed\s+to|agreed\s+to)\b")


def _en_organisation_named(name: str, ctx: ArticleContext, sentence: Sentence) -> bool:
    """Whether an English sentence's subject names an organisation: an organisation word or acronym
    (…Agency, NASA), one that spoke before, or a lone capitalised word no person was named by (Microsoft)."""

    if name in ("The", "It", "He", "She", "They", "We", "This", "That", "A", "An"):
        return False
    if name.endswith(" government") or _en_kind(name) == "organisation" or any(
            org.name == name or org.name.startswith(name + " ") for org in ctx.orgs):
        return True
    before = _before(ctx, sentence.start)
    return " " not in name and not any(p.name.endswith(" " + name) for p in ctx.people) \
        and not re.search(r"\b(?:[A-Z][a-z]+|Mr\.|Ms\.|Mrs\.|Dr\.)\s+" + re.escape(name) + r"\b", before)


#: A person introduced by title as a sentence's subject, with no reporting verb (…研究员周晓梅的看法…):
#: (title with its organisation, name).
_MENTION_RE = re.compile(
    r"^\s*(?:谈到|談到|谈及|談及|对于|對於|关于|關於)?[^，,。“”「」]{0,16}?[，,]?\s*"
    r"([^，,。“”「」]{0,24}?(?:" + _TITLE_RE.pattern + r"))"
    r"([\u4e00-\u9fff]{2,3}?)(?=的看法|的观点|的觀點|的意见|的意見|也|则|則|同样|同樣|持|对此|對此|今天|今日|昨天|昨日|"
    r"昨|今(?!年)|主持|"  # (董事長劉揚偉昨主持股東會: Taiwan and Hong Kong papers' 昨/今 for yesterday and today)
    r"同意|赞同|贊同|认同|認同|不同意|"
    r"日前|近日|\d|在|[週周][一二三四五六日天]|星期|上午|下午|晚上|今晨|昨晚|發文|发文|呼籲|呼吁|"  # (莊翠雲週二在立法院備詢)
    # …主席拿督阿德南欢迎政府的决定 / …教授李明江把目光投向…: the person the next 他 means
    r"欢迎|歡迎|把|对|對|向|与|與|质疑|質疑|批评|批評|告诉|告訴|回应|回應|出席|强调|強調|较为|較為|比较|比較|则较|則較|接受)")
#: The part of :data:`_MENTION_RE` from the title on, searched first (see :func:`resolve_speaker`).
_MENTION_CORE_RE = re.compile("(?:" + _TITLE_RE.pattern + ")" + _MENTION_RE.pattern[_MENTION_RE.pattern.index(r"([\u4e00-\u9fff]{2,3}?)(?=") :])


