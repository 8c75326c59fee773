"""Speaker identity across articles: name keys and the alias file.

Two names denote the same speaker when their *keys* are equal: the key is the
name converted Traditional→Simplified with OpenCC (賴清德 → 赖清德), with
white space, middle dots and case folded (Donald Trump → donaldtrump), an
English article dropped from the front (The Federal Reserve → federalreserve; a capital "An" may be a surname and stays,
but not before a description: A London-based aerospace strategist → londonbasedaerospacestrategist),
so is a count of unnamed sources (Two people familiar with the matter → peoplefamiliarwiththematter, One OPEC+
delegate → opec+delegate, 一名交通部官员 → 交通部官员, 一名不願具名的議員 → 议员; "Two Sigma" stays),
so is a legislature's session number (越南第十五届国会 → 越南国会),
and a company's legal form, "Holdings", "Group" or the word 公司 dropped from the end (Intel Corp →
intel, United Airlines Holdings Inc. → unitedairlines, Klarna Group → klarna, Boeing Co. → boeing but Zaldy Co → zaldyco, 香港鐵路有限公司 → 香港铁路, 港铁公司 → 港铁), so an article that writes
them and one that does not file their claims under one speaker. The alias file maps keys of other names to a
canonical name (川普 → 特朗普).

Alias files, later ones extending earlier ones: the one shipped with claims
(``claims/aliases.txt``), then ``aliases.txt`` in the per-user data folder,
then the file named by ``$CLAIMS_ALIASES``. Format: ``canonical = alias,
alias`` per line, ``#`` comments; the canonical name may be followed by its
kind in brackets (``美联储 [organisation] = 联储局, the Fed``), which
``claims add`` uses for a speaker it has not seen (a name alone does not tell
华为 or 高盛 from a person).
"""

from __future__ import annotations

import os
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

ENV_VAR = "CLAIMS_ALIASES"


class AliasError(Exception):
    """An alias file cannot be used; the message names the file (and line)."""


@lru_cache(maxsize=1)
def _t2s():  # type: ignore[no-untyped-def]
    import opencc

    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    """Traditional → Simplified Chinese (OpenCC ``t2s``); other text unchanged."""
    return str(_t2s().convert(text))


#: Legal forms that end a company's name and are not part of its identity. The English and Malay/Indonesian
#: abbreviations are the common ones in the ISO 20275 Entity Legal Forms code list (GLEIF); the Chinese are the
#: forms of the PRC Company Law (有限责任公司, 股份有限公司), their short form 有限公司, and 公司 itself. Repeated forms
#: ("Co., Ltd.") are all dropped; a name that is nothing but a form is kept.
EN_LEGAL_FORMS = ("Co", "Corp", "Corporation", "Inc", "Incorporated", "Ltd", "Limited", "LLC", "PLC", "Plc", "plc",
                  "AG", "SA", "S.A", "NV", "N.V", "SE", "GmbH", "KK", "K.K", "Pvt", "Pte", "Bhd", "Berhad", "Sdn",
                  "Tbk", "JSC")
#: :data:`EN_LEGAL_FORMS` as one regex alternative, longest first, without the trailing full stop (case-sensitive;
#: the single list every module that recognises a company's legal form builds from).
EN_LEGAL_FORM = "(?:" + "|".join(re.escape(f) for f in sorted(EN_LEGAL_FORMS, key=len, reverse=True)) + ")"
LEGAL_FORM_RE = re.compile(rf"(?:(?:[\s,]+(?:{EN_LEGAL_FORM}|Holdings|Group)\.?)|股份有限公司|有限责任公司|有限公司|公司)+$", re.I)
#: An English article before a name ("The Federal Reserve", "a government official") is not part of it; a
#: capital "An" before a capital is a surname (An Gang, An Cheol-soo) and is kept, but not before a description
#: ("A London-based aerospace strategist": capitalised words, then a lower-case one).
_DESCRIPTION_AHEAD = r"[a-z]|[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*)*\s+[a-z]"
_ARTICLE_RE = re.compile(r"^(?:(?:the|The|THE|a|an)\s+(?=\S)|(?:A|An)\s+(?=" + _DESCRIPTION_AHEAD + r")|"
                         # a count of unnamed sources: "Two people familiar …", "One OPEC+ delegate" (not "Two Sigma")
                         r"(?:[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]everal|[Ss]ome|[Aa]nother|[Mm]any|[Mm]ost)\s+"
                         r"(?=" + _DESCRIPTION_AHEAD + r"|[A-Z]{2,})|"
                         # 一名出租车司机 → 出租车司机, 一名不愿具名的建制派议员 → 建制派议员 (the key is Simplified)
                         r"(?:(?:一位|一名|某位|多位|多名)(?:不愿具名|不愿透露姓名)?的?|(?:不愿具名|不愿透露姓名)的?)(?=[\u4e00-\u9fff]{2}))")
#: Places and generic owners before 公司: "中国公司" names no company, so it keeps 公司 (and is not 中国).
_GENERIC_OWNER_RE = re.compile(r"(?:中国|美国|日本|韩国|英国|德国|法国|香港|台湾|新加坡|马来西亚|印尼|越南|泰国|欧洲|国内|国外|海外|外国|"
                               r"本地|当地|外资|国有|民营|私营|上市|相关|有关|这家|该|其他|多家|一些|部分)")
#: Legal forms that are also surnames or words of a name (Zaldy Co, Texas AG): dropped only after a name of two
#: words or more (Tokyo Electric Power Co, UBS Group AG).
_SHORT_FORMS = frozenset({"co", "ag", "sa", "se", "nv", "kk", "pte", "sdn", "bhd"})


#: A legislature's session number (越南第十五届国会 is 越南国会 in every session): dropped from the key.
_SESSION_RE = re.compile(r"第[一二三四五六七八九十百零〇\d]{1,4}届(?=国会|议会|立法会|全国人民代表大会|人民代表大会|人大|国民议会)")


def name_key(name: str) -> str:
    """The comparison key of a speaker's name (see the module docstring): str → str, never raises."""
    simplified = _SESSION_RE.sub("", _ARTICLE_RE.sub("", to_simplified(name.strip())))
    bare = LEGAL_FORM_RE.sub("", simplified)
    forms = re.findall(r"[A-Za-z]+", simplified[len(bare) :])
    if forms and {f.lower() for f in forms} <= _SHORT_FORMS and len(bare.split()) < 2 and not simplified.endswith("."):
        bare = simplified  # "Zaldy Co" is a person; "Texas AG" an attorney general ("Boeing Co." a company)
    if simplified.endswith("公司") and not simplified.endswith("有限公司") and _GENERIC_OWNER_RE.fullmatch(bare):
        bare = simplified  # 中国公司 (unnamed Chinese companies) is not 中国
    folded = re.sub(r"[\s·・.\-‧]", "", bare if len(bare) >= 2 else simplified)
    return folded.casefold()


def add_name_keys(conn: Any) -> int:
    """Give every stored speaker's name and aliases the key :func:`name_key` makes now; returns how many were added.

    A migration step for each change of :func:`name_key` (``conn``: the migration's SQLAlchemy connection).
    Additive: old keys stay, and a new key another speaker already holds is left to that speaker (the older
    one; ``claims speakers merge`` joins the two if they are one). It uses the live :func:`name_key` on purpose:
    stored keys are only useful if they are the keys the running code looks names up by.
    """
    import json

    import sqlalchemy as sa

    taken = {key for (key,) in conn.execute(sa.text("SELECT key FROM speaker_alias")).all()}
    added = 0
    for speaker_id, name, aliases in conn.execute(sa.text("SELECT id, name, aliases FROM speaker ORDER BY id")).all():
        names = aliases if isinstance(aliases, list) else json.loads(aliases or "[]")
        for each in (name, *names):
            key = name_key(each)
            if key not in taken:
                taken.add(key)
                added += 1
                conn.execute(sa.text("INSERT INTO speaker_alias (key, speaker_id) VALUES (:k, :s)"),
                             {"k": key, "s": speaker_id})
    return added


#: The alias file shipped with claims.
ALIAS_FILE = Path(__file__).with_name("aliases.txt")


def alias_files() -> list[Path]:
    """The alias files in force, in the order they are applied (missing ones left out)."""
    from platformdirs import user_data_dir

    files = [ALIAS_FILE, Path(user_data_dir("claims", appauthor=False)) / "aliases.txt"]
    chosen = [f for f in files if f.is_file()]
    if os.environ.get(ENV_VAR):
        named = Path(os.environ[ENV_VAR]).expanduser()
        if not named.is_file():
            raise AliasError(f"{ENV_VAR}={named}: no such alias file")
        chosen.append(named)
    return chosen


#: Kinds a line of an alias file may declare after its canonical name.
SPEAKER_KINDS = ("person", "organisation", "anonymous")
_DECLARED_KIND_RE = re.compile(r"\s*\[(" + "|".join(SPEAKER_KINDS) + r")\]\s*$")


def _alias_lines(text: str, source: str) -> list[tuple[str, str | None, list[str]]]:
    """(canonical, declared kind or None, every name of the line) per line; raises :class:`AliasError`."""
    lines = []
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        canonical, sep, others = line.partition("=")
        declared = _DECLARED_KIND_RE.search(canonical)
        canonical = _DECLARED_KIND_RE.sub("", canonical).strip()
        if not sep or not canonical or "[" in canonical:
            raise AliasError(f"{source}:{number}: expected 'canonical name [kind] = alias, alias' (the kind is "
                             f"optional: person, organisation or anonymous), got {raw.strip()!r}")
        names = [canonical, *(n.strip() for n in others.split(",") if n.strip())]
        lines.append((canonical, declared.group(1) if declared else None, names))
    return lines


def parse_aliases(text: str, source: str = "aliases") -> dict[str, str]:
    """``canonical [kind] = a, b`` lines → {key of each name: canonical}; raises :class:`AliasError` naming the
    line."""
    return {name_key(name): canonical for canonical, _, names in _alias_lines(text, source) for name in names}


def declared_kinds(text: str, source: str = "aliases") -> dict[str, str]:
    """{key of each name: kind} for the lines that declare a kind (``美联储 [organisation] = …``)."""
    return {name_key(name): kind for _, kind, names in _alias_lines(text, source) if kind for name in names}


def load_aliases(files: list[Path] | None = None) -> dict[str, str]:
    """All alias files merged: {name key: canonical name} (re-read only when a file changes)."""
    chosen = alias_files() if files is None else files
    return dict(_load(tuple((str(f), f.stat().st_mtime_ns) for f in chosen))[0])


def load_declared_kinds(files: list[Path] | None = None) -> dict[str, str]:
    """All alias files merged: {name key: kind} for names whose line declares a kind."""
    chosen = alias_files() if files is None else files
    return dict(_load(tuple((str(f), f.stat().st_mtime_ns) for f in chosen))[1])


@lru_cache(maxsize=8)
def _load(stamped: tuple[tuple[str, int], ...]) -> tuple[tuple[tuple[str, str], ...], tuple[tuple[str, str], ...]]:
    mapping: dict[str, str] = {}
    kinds: dict[str, str] = {}
    for file, _mtime in stamped:
        try:
            text = Path(file).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise AliasError(f"{file}: cannot read this alias file ({type(exc).__name__}); save it as UTF-8 text") from None
        mapping.update(parse_aliases(text, file))
        kinds.update(declared_kinds(text, file))
    return tuple(mapping.items()), tuple(kinds.items())


def guess_speaker_kind(name: str, files: list[Path] | None = None) -> str:
    """person, organisation or anonymous for a speaker's name given alone (``claims add --speaker``): the kind an
    alias file declares for the name (美联储 [organisation]), else what the name's form tells
    (:func:`claims.attribution.speaker_kind_of`). Raises :class:`AliasError` for an unreadable alias file."""
    from claims.attribution import speaker_kind_of

    return load_declared_kinds(files).get(name_key(name)) or speaker_kind_of(name)
