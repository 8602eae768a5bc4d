"""What the shipped fonts are and what they draw: the library side of ``speechconv fonts``.

:func:`font_table` lists the profile's faces: family, file, the roles each serves, its licence and its
coverage of GB2312 and GBK hanzi. :func:`check_document` says, for a Document, which characters a
role's face lacks and the fallback face draws instead (per role), which neither draws (the PDF leaves
their place blank), and which no shipped font has at all. :func:`render_fonts` and
:func:`render_check` turn both into the text the command prints.

Glyph coverage is read with :func:`speechconv.writers.fontfile.coverage` (the fontTools room);
the roles of a document's text come from the writers' common reading, :func:`writers.flow.flow`.
"""
from __future__ import annotations

import os
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable

from .fonts import font_dir, font_path
from .model import Document
from .profile import Profile

#: Phrases of a licence file's header -> the licence's short (SPDX-like) name.
LICENCE_NAMES = (("SIL Open Font License 1.1", "OFL-1.1"), ("Apache License 2.0", "Apache-2.0"),
                 ("GPL version 3 with the font exception", "GPL-3.0 with font exception"))


@dataclass(frozen=True)
class FontInfo:
    """One face of a profile: its key, family and office names, file, the roles it serves (and
    ``fallback`` when it is the fallback face), licence, and coverage (code points; GB2312 and GBK
    hanzi it has)."""

    key: str
    family: str
    office: str
    file: str
    roles: tuple[str, ...]
    licence: str
    chars: int
    gb2312: int
    gbk: int


@dataclass(frozen=True)
class RoleCheck:
    """The characters of one role that its face ``face`` lacks: set in the fallback face, or blank."""

    role: str
    face: str
    fallback: str
    blank: str


@dataclass(frozen=True)
class DocumentCheck:
    """What a document's characters find in the shipped fonts.

    ``chars`` is the number of different characters checked (not spaces or line breaks),
    ``fallback`` the fallback face's key (or None), ``roles`` the roles with a character their face
    lacks (in reading order), and ``missing`` the characters no shipped font has.
    """

    chars: int
    fallback: str | None
    roles: tuple[RoleCheck, ...]
    missing: str


@lru_cache(maxsize=1)
def hanzi_sets() -> tuple[frozenset[int], frozenset[int]]:
    """Return the code points of the 6,763 GB2312 hanzi and of the 20,923 GBK hanzi."""
    def hanzi(encoding: str, leads: range, trails: range) -> frozenset[int]:
        out = set()
        for lead in leads:
            for trail in trails:
                try:
                    ch = bytes((lead, trail)).decode(encoding)
                except UnicodeDecodeError:
                    continue
                if unicodedata.name(ch, "").startswith(("CJK UNIFIED IDEOGRAPH", "CJK COMPATIBILITY IDEOGRAPH")):
                    out.add(ord(ch))
        return frozenset(out)

    return hanzi("gb2312", range(0xB0, 0xF8), range(0xA1, 0xFF)), hanzi("gbk", range(0x81, 0xFF), range(0x40, 0xFF))


def _coverage(path: Path) -> frozenset[int]:
    """Return the code points the font file at ``path`` draws. Raises FontError."""
    from .writers.fontfile import coverage

    return coverage(path)


def licences() -> dict[str, str]:
    """Return font file name -> ``licence (LICENSE file)`` from the shipped licence files' headers
    (their first line: ``Applies to: FILE, FILE``)."""
    out: dict[str, str] = {}
    for lic in sorted(font_dir().glob("LICENSE*")):
        try:
            head = lic.read_text("utf-8", "replace").split("=" * 20, 1)[0]
        except OSError:
            continue
        applies = re.match(r"Applies to:\s*(.+)", head)
        name = next((short for phrase, short in LICENCE_NAMES if phrase in " ".join(head.split())), "")
        for file in (applies.group(1).split(",") if applies else []):
            out[file.strip()] = f"{name} ({lic.name})" if name else lic.name
    return out


def _fallback(profile: Profile) -> str | None:
    """Return the key of the profile's fallback face (``[pdf] fallback``), or None."""
    return str(profile.pdf.get("fallback") or "") or None


def font_table(profile: Profile) -> list[FontInfo]:
    """Return a FontInfo for each face of ``profile``, in the profile's order.

    Raises FontError when a face's file is missing or cannot be read.
    """
    gb2312, gbk = hanzi_sets()
    names = licences()
    fallback = {key for key in (_fallback(profile), profile.docx.get("fallback")) if key}
    out = []
    for key, face in profile.faces.items():
        have = _coverage(font_path(face))
        roles = tuple(name for name, rs in profile.roles.items() if rs.font == key)
        out.append(FontInfo(key, face.bundled, face.office, face.file,
                            roles + (("fallback",) if key in fallback else ()),
                            names.get(face.file, "unknown: no licence file names it"),
                            len(have), len(gb2312 & have), len(gbk & have)))
    return out


def check_document(doc: Document, profile: Profile) -> DocumentCheck:
    """Return which characters of ``doc`` its roles' faces lack, per role, and which no shipped font
    (a face of ``profile`` or a file of the font folder) has. Raises FontError or ProfileError."""
    from .writers.flow import flow

    fb = _fallback(profile)
    spare = _coverage(font_path(profile.face(fb))) if fb else frozenset()
    shipped = set(spare).union(*(_coverage(font_path(f)) for f in profile.faces.values()),
                               *(_coverage(p) for p in sorted(font_dir().glob("*.ttf"))))
    by_role: dict[str, tuple[str, dict[str, None], dict[str, None]]] = {}
    seen: dict[str, None] = {}
    missing: dict[str, None] = {}
    for line in flow(doc, profile):
        for span in line.spans:
            rs = profile.roles.get(span.role) or profile.role("body")
            have = _coverage(font_path(profile.face(rs.font)))
            for ch in span.text:
                if ch.isspace() or unicodedata.category(ch) == "Cc":
                    continue
                seen[ch] = None
                if ord(ch) in have:
                    continue
                _, to_fallback, blank = by_role.setdefault(span.role, (rs.font, {}, {}))
                (to_fallback if ord(ch) in spare else blank)[ch] = None
                if ord(ch) not in shipped:
                    missing[ch] = None
    roles = tuple(RoleCheck(role, face, "".join(fb_chars), "".join(blank))
                  for role, (face, fb_chars, blank) in by_role.items())
    return DocumentCheck(len(seen), fb, roles, "".join(missing))


def _count(n: int, total: int) -> str:
    """Return ``n/total (p%)`` with thousands separators."""
    return f"{n:,}/{total:,} ({100 * n / total:.1f}%)"


def render_fonts(infos: list[FontInfo], profile: Profile) -> str:
    """Return the font list as text: a head line, then four lines per face."""
    gb2312, gbk = (len(s) for s in hanzi_sets())
    lines = [f"fonts of profile {profile.name}, from {font_dir()}"]
    for f in infos:
        lines += [f"{f.key}: {f.family} ({f.file}); DOCX office name {f.office}",
                  f"  roles: {', '.join(f.roles) or 'none'}",
                  f"  licence: {f.licence}",
                  f"  coverage: {f.chars:,} characters; GB2312 hanzi {_count(f.gb2312, gb2312)}; "
                  f"GBK hanzi {_count(f.gbk, gbk)}"]
    return "\n".join(lines)


def _listed(chars: str) -> str:
    """Return characters with their code points: ``镕 (U+9555) 𠀀 (U+20000)``."""
    return " ".join(f"{ch} (U+{ord(ch):04X})" for ch in chars)


def render_check(check: DocumentCheck, name: str, profile: Profile) -> str:
    """Return what :func:`check_document` found as text, one line per finding."""
    fb = profile.face(check.fallback).bundled if check.fallback else "no fallback font"
    lines = [f"{name}: {check.chars:,} different characters checked against profile {profile.name}"]
    for r in check.roles:
        family = profile.face(r.face).bundled
        if r.fallback:
            lines.append(f"fallback in {r.role} ({family}): {len(r.fallback)} set in {fb}: {r.fallback}")
        if r.blank:
            lines.append(f"blank in {r.role} ({family}): {len(r.blank)} in neither {family} nor {fb} "
                         f"(left blank in the PDF): {_listed(r.blank)}")
    if not check.roles:
        lines.append("no fallback: every character has a glyph in the font of its role")
    lines.append(f"no glyph in any shipped font: {_listed(check.missing)}" if check.missing
                 else "every character has a glyph in some shipped font")
    return "\n".join(lines)


def fonts_report(profile: Profile, src: str | os.PathLike | None = None, format: str | None = None,
                 skip: Iterable[str] = ()) -> str:
    """Return the text of ``speechconv fonts``: the font list, or with ``src`` (read as
    :func:`speechconv.read` does, with ``format`` and ``skip``) what its characters find in the fonts.

    Raises FontError or ProfileError, and what reading ``src`` raises.
    """
    if src is None:
        return render_fonts(font_table(profile), profile)
    from .api import read

    return render_check(check_document(read(Path(src), format=format, skip=skip), profile), str(src), profile)
