#!/usr/bin/env python3
"""Rebuild speechconv's shipped fonts (``fonts/``) from installed Debian packages.

Sources (all read from the local file system, nothing is downloaded):

* ``texlive-lang-chinese``: FandolFang / FandolHei / FandolKai Regular (CID-keyed CFF OpenType).
* ``fonts-noto-cjk-extra``: Noto Serif CJK SC Black (CFF, face of ``NotoSerifCJK-Black.ttc``).
* ``fonts-wqy-microhei``: WenQuanYi Micro Hei (TrueType, face 0 of ``wqy-microhei.ttc``).

Every font is subset to the GBK repertoire plus ASCII, Latin-1 and the common CJK / full-width
punctuation and symbol blocks. OpenType layout tables (GSUB, GPOS, GDEF, BASE) are dropped, so no
``vert`` or ``locl`` alternates are kept. CFF outlines are converted to quadratic TrueType ``glyf``
outlines with fontTools' cu2qu (reportlab only embeds TrueType outlines). Advance widths and
heights are kept unchanged, side bearings are recomputed from the new outlines, OS/2 ``fsType`` is
set to 0 (installable embedding; every source licence allows embedding) and ``head``
timestamps are fixed so the output is byte-for-byte reproducible.

The licence texts that must travel with the fonts are copied from the same packages.

Usage::

    python scripts/build_fonts.py [--out fonts] [--jobs N] [--tolerance EM] [--no-licenses]
"""
from __future__ import annotations

import argparse
import gzip
import hashlib
import os
import shutil
import subprocess
import sys
import time
import unicodedata
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from fontTools import subset
from fontTools.misc.timeTools import epoch_diff
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, TTFont, newTable

# --------------------------------------------------------------------------------------------
# Configuration
# --------------------------------------------------------------------------------------------

FANDOL_DIR = Path("/usr/share/texlive/texmf-dist/fonts/opentype/public/fandol")
NOTO_BLACK_TTC = Path("/usr/share/fonts/opentype/noto/NotoSerifCJK-Black.ttc")
WQY_MICROHEI_TTC = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")

#: Maximum distance between a cubic curve and its quadratic replacement, in em (scaled by the
#: font's unitsPerEm): 1/1000 em is one unit in the 1000-unit Fandol and Noto fonts.
DEFAULT_TOLERANCE_EM = 0.001

#: head.created / head.modified of every output: 2024-01-01T00:00:00Z, in seconds since 1904.
FIXED_TIMESTAMP = 1_704_067_200 - epoch_diff

#: No shipped file may exceed this size.
MAX_FILE_BYTES = 15 * 1024 * 1024

#: reportlab must map each of these characters in every shipped font.
REQUIRED_CHARS = "仿—，1A"

#: Tables removed from every output: OpenType layout (so no vertical or locale alternates are
#: pulled into the subset) and FontForge's timestamp table.
DROPPED_TABLES = ("GSUB", "GPOS", "GDEF", "BASE", "JSTF", "FFTM")

#: Code point blocks kept on top of GBK (only what a font actually has is kept). Vertical
#: presentation forms (U+FE10..FE1F) are left out on purpose.
EXTRA_RANGES: tuple[tuple[int, int], ...] = (
    (0x0020, 0x007E),  # ASCII
    (0x00A0, 0x00FF),  # Latin-1 Supplement
    (0x2000, 0x206F),  # General Punctuation
    (0x20AC, 0x20AC),  # euro sign
    (0x2100, 0x218F),  # Letterlike Symbols, Number Forms
    (0x2190, 0x21FF),  # Arrows
    (0x2460, 0x24FF),  # Enclosed Alphanumerics
    (0x25A0, 0x25FF),  # Geometric Shapes
    (0x2600, 0x26FF),  # Miscellaneous Symbols
    (0x2E3A, 0x2E3B),  # two- and three-em dash
    (0x3000, 0x303F),  # CJK Symbols and Punctuation
    (0x30FB, 0x30FB),  # katakana middle dot
    (0x3200, 0x33FF),  # Enclosed CJK Letters and Months, CJK Compatibility
    (0xFF00, 0xFFEF),  # Halfwidth and Fullwidth Forms
)


@dataclass(frozen=True)
class FontSpec:
    """One shipped font: where it comes from and what it is called afterwards."""

    output: str
    role: str
    package: str
    source: Path
    postscript_name: str
    """Name ID 6 of the source face; selects the face in a collection and guards against a
    package that reorders its faces."""
    family: str | None = None
    """New legacy family name (name IDs 1 and 4), or None to keep the source's."""


SPECS: tuple[FontSpec, ...] = (
    FontSpec("FandolFang-Regular.ttf", "body 仿宋", "texlive-lang-chinese",
             FANDOL_DIR / "FandolFang-Regular.otf", "FandolFang-Regular", family="FandolFang"),
    FontSpec("FandolHei-Regular.ttf", "黑体", "texlive-lang-chinese",
             FANDOL_DIR / "FandolHei-Regular.otf", "FandolHei-Regular", family="FandolHei"),
    FontSpec("FandolKai-Regular.ttf", "楷体", "texlive-lang-chinese",
             FANDOL_DIR / "FandolKai-Regular.otf", "FandolKai-Regular", family="FandolKai"),
    FontSpec("NotoSerifCJKsc-Black-GBK.ttf", "title 小标宋 stand-in", "fonts-noto-cjk-extra",
             NOTO_BLACK_TTC, "NotoSerifCJKsc-Black"),
    FontSpec("WenQuanYiMicroHei-GBK.ttf", "fallback", "fonts-wqy-microhei",
             WQY_MICROHEI_TTC, "WenQuanYiMicroHei"),
)


@dataclass(frozen=True)
class LicenseSpec:
    """One licence file written next to the fonts."""

    output: str
    package: str
    source: Path
    fonts: tuple[str, ...]
    note: str
    dep5_license: str | None = None
    """If set, ``source`` is a Debian machine-readable copyright file and the text of its
    stand-alone ``License: <name>`` paragraph is extracted."""


LICENSES: tuple[LicenseSpec, ...] = (
    LicenseSpec(
        "LICENSE-Fandol.txt", "texlive-lang-chinese",
        Path("/usr/share/doc/texlive-doc/fonts/fandol/COPYING.gz"),
        ("FandolFang-Regular.ttf", "FandolHei-Regular.ttf", "FandolKai-Regular.ttf"),
        "The files above are modified versions of the Fandol fonts (outlines converted to\n"
        "TrueType, subset, names and embedding flag adjusted; see README.md). They are\n"
        "distributed under the GPL version 3 with the font exception below, which is extended\n"
        "to these modified versions. The text below is the Fandol COPYING file, verbatim."),
    LicenseSpec(
        "LICENSE-OFL-NotoSerifCJK.txt", "fonts-noto-cjk-extra",
        Path("/usr/share/doc/fonts-noto-cjk-extra/copyright"),
        ("NotoSerifCJKsc-Black-GBK.ttf",),
        "The file above is a Modified Version of Noto Serif CJK SC Black (outlines converted to\n"
        "TrueType, subset, embedding flag adjusted; see README.md), distributed under the SIL\n"
        "Open Font License 1.1. Noto has no Reserved Font Name. The licence text below is the\n"
        "'License: SIL-1.1' paragraph of the Debian package's copyright file, with the Debian\n"
        "indentation removed.",
        dep5_license="SIL-1.1"),
    LicenseSpec(
        "LICENSE-Apache-WenQuanYiMicroHei.txt", "base-files",
        Path("/usr/share/common-licenses/Apache-2.0"),
        ("WenQuanYiMicroHei-GBK.ttf",),
        "The file above is a modified version of WenQuanYi Micro Hei 0.2.0-beta (subset, layout\n"
        "tables dropped, embedding flag adjusted; see README.md). Upstream offers it under the\n"
        "Apache License 2.0 or the GPL-3+ with font exception; it is used here under the Apache\n"
        "License 2.0, whose text follows verbatim."),
)


class BuildError(Exception):
    """A problem that stops the build; the message is printed as one line."""


# --------------------------------------------------------------------------------------------
# Character set
# --------------------------------------------------------------------------------------------

def gbk_codepoints() -> set[int]:
    """Return every BMP code point that Python's ``gbk`` codec can encode."""
    result: set[int] = set()
    for cp in range(0x10000):
        if 0xD800 <= cp <= 0xDFFF:
            continue
        try:
            chr(cp).encode("gbk")
        except UnicodeEncodeError:
            continue
        result.add(cp)
    return result


def wanted_codepoints() -> set[int]:
    """Return the code points to keep: GBK plus :data:`EXTRA_RANGES`."""
    wanted = gbk_codepoints()
    for first, last in EXTRA_RANGES:
        wanted.update(range(first, last + 1))
    return wanted


def is_hanzi(cp: int) -> bool:
    """Return True if ``cp`` is a CJK (unified or compatibility) ideograph."""
    return unicodedata.name(chr(cp), "").startswith("CJK ") and "IDEOGRAPH" in unicodedata.name(chr(cp))


# --------------------------------------------------------------------------------------------
# Loading
# --------------------------------------------------------------------------------------------

def postscript_name(font: TTFont) -> str | None:
    """Return the PostScript name (name ID 6) of ``font``."""
    return font["name"].getDebugName(6)


def face_index(spec: FontSpec) -> int:
    """Return the ``fontNumber`` to load ``spec.source`` with (-1 for a single-font file)."""
    with spec.source.open("rb") as fh:
        is_collection = fh.read(4) == b"ttcf"
    if not is_collection:
        font = TTFont(spec.source, lazy=True)
        if postscript_name(font) != spec.postscript_name:
            raise BuildError(f"{spec.source} is {postscript_name(font)!r}, "
                             f"expected {spec.postscript_name!r}")
        return -1
    collection = TTCollection(spec.source, lazy=True)
    names = [postscript_name(face) for face in collection.fonts]
    if spec.postscript_name not in names:
        raise BuildError(f"{spec.source} has no face {spec.postscript_name!r} (faces: {names})")
    return names.index(spec.postscript_name)


def load_source(spec: FontSpec) -> tuple[TTFont, int]:
    """Load the source face of ``spec`` for editing; return it with its face index."""
    index = face_index(spec)
    font = TTFont(spec.source, fontNumber=index, recalcBBoxes=True, recalcTimestamp=False)
    return font, index


# --------------------------------------------------------------------------------------------
# Transformations
# --------------------------------------------------------------------------------------------

def subset_font(font: TTFont, codepoints: set[int]) -> None:
    """Subset ``font`` in place to ``codepoints``, dropping layout tables and glyph names."""
    options = subset.Options()
    options.layout_features = []
    options.drop_tables = list(options.drop_tables) + list(DROPPED_TABLES)
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.glyph_names = False
    options.notdef_outline = True
    options.recalc_bounds = True
    options.recalc_timestamp = False
    options.hinting = True
    options.prune_unicode_ranges = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=sorted(codepoints))
    subsetter.subset(font)


def convert_cff_to_glyf(font: TTFont, max_err: float) -> None:
    """Replace the CFF outlines of ``font`` with quadratic TrueType outlines, in place.

    ``max_err`` is the cu2qu tolerance in font units. Advance widths and heights are left
    alone; left side bearings become the new outlines' xMin and top side bearings keep each
    glyph's vertical origin (from VORG) where it was.
    """
    glyph_order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyphs = {}
    for name in glyph_order:
        tt_pen = TTGlyphPen(None)
        glyph_set[name].draw(Cu2QuPen(tt_pen, max_err, reverse_direction=True, all_quadratic=True))
        glyphs[name] = tt_pen.glyph()

    glyf = newTable("glyf")
    glyf.glyphOrder = glyph_order
    glyf.glyphs = glyphs
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    del font["CFF "]

    hmtx = font["hmtx"].metrics
    vorg = font["VORG"] if "VORG" in font else None
    vmtx = font["vmtx"].metrics if "vmtx" in font else None
    for name, glyph in glyphs.items():
        glyph.recalcBounds(glyf)
        has_outline = glyph.numberOfContours != 0
        advance, _ = hmtx[name]
        hmtx[name] = (advance, glyph.xMin if has_outline else 0)
        if vmtx is not None and vorg is not None and has_outline:
            origin_y = vorg.VOriginRecords.get(name, vorg.defaultVertOriginY)
            height, _ = vmtx[name]
            vmtx[name] = (height, origin_y - glyph.yMax)
    if vorg is not None:
        del font["VORG"]  # a CFF-only table

    font.sfntVersion = "\x00\x01\x00\x00"
    font["head"].glyphDataFormat = 0
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for field, value in (("maxZones", 1), ("maxTwilightPoints", 0), ("maxStorage", 0),
                         ("maxFunctionDefs", 0), ("maxInstructionDefs", 0),
                         ("maxStackElements", 0), ("maxSizeOfInstructions", 0),
                         ("maxComponentElements", 0), ("maxComponentDepth", 0)):
        setattr(maxp, field, value)
    post = font["post"]
    post.formatType = 3.0
    for attr in ("extraNames", "mapping"):
        if hasattr(post, attr):
            delattr(post, attr)


def keep_bmp_cmaps_only(font: TTFont) -> None:
    """Keep only the Unicode format-4 cmap subtables, plus format 12 when a non-BMP code point
    is mapped (never, for GBK)."""
    cmap = font["cmap"]
    needs_format12 = any(cp > 0xFFFF for cp in font.getBestCmap())
    cmap.tables = [t for t in cmap.tables
                   if (t.format == 4 and t.isUnicode()) or (t.format == 12 and needs_format12)]
    if not any(t.format == 4 for t in cmap.tables):
        raise BuildError("no format-4 cmap subtable left")


def finish_metadata(font: TTFont, spec: FontSpec, converted: bool, tolerance_em: float) -> None:
    """Set names, embedding permission and timestamps on the finished font."""
    name_table = font["name"]
    if spec.family is not None:
        for record in name_table.names:
            if record.nameID in (1, 4):
                record.string = spec.family
    changes = "GBK subset"
    if converted:
        changes += f", TrueType outlines (cu2qu {tolerance_em:g} em)"
    for record in name_table.names:
        if record.nameID == 5:
            record.string = f"{record.toUnicode()}; speechconv {changes}"
    font["OS/2"].fsType = 0
    font["head"].created = FIXED_TIMESTAMP
    font["head"].modified = FIXED_TIMESTAMP


# --------------------------------------------------------------------------------------------
# Building and checking one font
# --------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class BuildResult:
    """What :func:`build_font` reports about one written file."""

    output: str
    size: int
    glyphs: int
    chars: int
    hanzi: int
    gbk_hanzi_missing: int
    face_index: int
    converted: bool
    seconds: float
    sha256: str


def advances_by_codepoint(font: TTFont, codepoints: set[int]) -> dict[int, int]:
    """Return code point -> advance width for the mapped code points in ``codepoints``."""
    hmtx = font["hmtx"].metrics
    return {cp: hmtx[name][0] for cp, name in font.getBestCmap().items() if cp in codepoints}


def check_output(path: Path, spec: FontSpec, expected_advances: dict[int, int]) -> TTFont:
    """Reload ``path`` and verify it; return the reloaded font. Raises BuildError."""
    from reportlab.pdfbase.ttfonts import TTFont as ReportlabFont

    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise BuildError(f"{path.name} is {size / 1e6:.2f} MB, over the {MAX_FILE_BYTES / 1e6:.1f} MB limit")
    font = TTFont(path)
    if "glyf" not in font or "CFF " in font:
        raise BuildError(f"{path.name} does not have TrueType outlines")
    got = advances_by_codepoint(font, set(expected_advances))
    if got != expected_advances:
        diff = sorted(cp for cp in expected_advances if got.get(cp) != expected_advances[cp])
        raise BuildError(f"{path.name}: {len(diff)} advances/mappings changed, e.g. U+{diff[0]:04X}")
    face = ReportlabFont(spec.output, str(path)).face
    missing = [ch for ch in REQUIRED_CHARS if ord(ch) not in face.charToGlyph]
    if missing:
        raise BuildError(f"{path.name}: reportlab finds no glyph for {''.join(missing)!r}")
    return font


def build_font(spec: FontSpec, out_dir: Path, tolerance_em: float) -> BuildResult:
    """Build one shipped font from its source and write it to ``out_dir``."""
    started = time.perf_counter()
    codepoints = wanted_codepoints()
    font, index = load_source(spec)
    expected_advances = advances_by_codepoint(font, codepoints)

    subset_font(font, codepoints)
    converted = "CFF " in font
    if converted:
        convert_cff_to_glyf(font, tolerance_em * font["head"].unitsPerEm)
    keep_bmp_cmaps_only(font)
    finish_metadata(font, spec, converted, tolerance_em)

    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / spec.output
    tmp = path.with_name(path.name + ".tmp")
    font.save(tmp, reorderTables=True)
    font.close()
    os.replace(tmp, path)

    written = check_output(path, spec, expected_advances)
    mapped = set(written.getBestCmap())
    gbk_hanzi = {cp for cp in gbk_codepoints() if is_hanzi(cp)}
    data = path.read_bytes()
    return BuildResult(
        output=spec.output, size=len(data), glyphs=written["maxp"].numGlyphs, chars=len(mapped),
        hanzi=sum(1 for cp in mapped if is_hanzi(cp)), gbk_hanzi_missing=len(gbk_hanzi - mapped),
        face_index=index, converted=converted, seconds=time.perf_counter() - started,
        sha256=hashlib.sha256(data).hexdigest())


# --------------------------------------------------------------------------------------------
# Licences
# --------------------------------------------------------------------------------------------

def dep5_license_text(copyright_file: Path, license_name: str) -> str:
    """Return the text of the stand-alone ``License: <name>`` paragraph of a DEP-5 file,
    with Debian's one-space indentation and ``.`` blank-line markers undone."""
    lines = copyright_file.read_text(encoding="utf-8").splitlines()
    header = f"License: {license_name}"
    # The stand-alone paragraph starts after a blank line; "License:" fields inside "Files:"
    # paragraphs only name the licence.
    starts = [i + 1 for i, line in enumerate(lines)
              if line.rstrip() == header and (i == 0 or not lines[i - 1].strip())]
    if not starts:
        raise BuildError(f"{copyright_file} has no stand-alone '{header}' paragraph")
    start = starts[0]
    body: list[str] = []
    for line in lines[start:]:
        if not line.startswith(" "):
            break
        text = line[1:]
        body.append("" if text == "." else text)
    return "\n".join(body).rstrip() + "\n"


def read_license_source(spec: LicenseSpec) -> str:
    """Return the licence text of ``spec`` as shipped by its package."""
    if spec.dep5_license is not None:
        return dep5_license_text(spec.source, spec.dep5_license)
    raw = gzip.decompress(spec.source.read_bytes()) if spec.source.suffix == ".gz" \
        else spec.source.read_bytes()
    return raw.decode("utf-8")


def copyright_notices(font_files: tuple[str, ...]) -> list[str]:
    """Return the distinct copyright notices (name ID 0) of the source faces of ``font_files``."""
    notices: list[str] = []
    for spec in SPECS:
        if spec.output in font_files:
            font = TTFont(spec.source, fontNumber=face_index(spec), lazy=True)
            notice = font["name"].getDebugName(0) or ""
            if notice and notice not in notices:
                notices.append(notice)
    return notices


def write_licenses(out_dir: Path, versions: dict[str, str]) -> list[str]:
    """Write every licence file of :data:`LICENSES` to ``out_dir``; return the names written."""
    written: list[str] = []
    for spec in LICENSES:
        text = read_license_source(spec)
        version = versions.get(spec.package, "unknown version")
        header = [
            "Applies to: " + ", ".join(spec.fonts),
            "",
            *copyright_notices(spec.fonts),
            "",
            spec.note,
            "",
            f"Licence text taken from {spec.source} (Debian package {spec.package} {version}).",
            "",
            "=" * 78,
            "",
            "",
        ]
        (out_dir / spec.output).write_text("\n".join(header) + text, encoding="utf-8")
        written.append(spec.output)
    return written


# --------------------------------------------------------------------------------------------
# Command line
# --------------------------------------------------------------------------------------------

def package_versions(packages: set[str]) -> dict[str, str]:
    """Return package -> installed Debian version (packages dpkg does not know are left out)."""
    versions: dict[str, str] = {}
    if shutil.which("dpkg-query") is None:
        return versions
    for package in sorted(packages):
        proc = subprocess.run(["dpkg-query", "-W", "-f=${Version}", package],
                              capture_output=True, text=True, check=False)
        if proc.returncode == 0 and proc.stdout:
            versions[package] = proc.stdout.strip()
    return versions


def check_sources(specs: tuple[FontSpec, ...], licenses: tuple[LicenseSpec, ...]) -> None:
    """Raise BuildError naming the apt packages to install if a source file is missing."""
    missing = [(str(s.source), s.package) for s in (*specs, *licenses) if not s.source.is_file()]
    if missing:
        packages = " ".join(dict.fromkeys(package for _, package in missing))
        raise BuildError(f"source file {missing[0][0]} not found"
                         + (f" (and {len(missing) - 1} more)" if len(missing) > 1 else "")
                         + f"; install it with: apt-get install {packages}")


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    """Parse the command line."""
    repo = Path(__file__).resolve().parent.parent
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=repo / "fonts",
                        help="output directory (default: the repository's fonts/)")
    parser.add_argument("--jobs", type=int, default=min(len(SPECS), os.cpu_count() or 1),
                        help="fonts built in parallel (default: number of CPUs, at most 5)")
    parser.add_argument("--tolerance", type=float, default=DEFAULT_TOLERANCE_EM,
                        help=f"cu2qu tolerance in em (default {DEFAULT_TOLERANCE_EM:g})")
    parser.add_argument("--no-licenses", action="store_true",
                        help="do not (re)write the licence texts")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Build every font of :data:`SPECS`; print a line per file. Return the exit status."""
    args = parse_args(argv)
    started = time.perf_counter()
    licenses = () if args.no_licenses else LICENSES
    try:
        check_sources(SPECS, licenses)
        versions = package_versions({s.package for s in (*SPECS, *licenses)})
        for package, version in versions.items():
            print(f"source package {package} {version}")
        with ProcessPoolExecutor(max_workers=max(1, args.jobs)) as pool:
            futures = [pool.submit(build_font, spec, args.out, args.tolerance) for spec in SPECS]
            results = [future.result() for future in futures]
        written_licenses = write_licenses(args.out, versions) if licenses else []
    except BuildError as exc:
        print(f"build_fonts.py: error: {exc}", file=sys.stderr)
        return 1

    print(f"{'file':30} {'bytes':>10} {'MB':>6} {'glyphs':>6} {'chars':>6} {'hanzi':>6} "
          f"{'GBK hanzi missing':>17} {'secs':>5}  sha256")
    for r in results:
        print(f"{r.output:30} {r.size:10d} {r.size / 1e6:6.2f} {r.glyphs:6d} {r.chars:6d} "
              f"{r.hanzi:6d} {r.gbk_hanzi_missing:17d} {r.seconds:5.1f}  {r.sha256[:16]}")
    total = sum(r.size for r in results)
    for name in written_licenses:
        print(f"wrote {args.out / name}")
    print(f"total {total / 1e6:.2f} MB in {len(results)} fonts, cu2qu tolerance {args.tolerance:g} em, "
          f"{time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
