"""Fuzz target: decoding and reading HTML never crash and never lose visible text.

    python bench/fuzz_html.py -max_total_time=60 [CORPUS_DIR...]   # coverage-guided, with atheris
    python bench/fuzz_html.py --cases 2000 [--seed 1]               # seeded random cases, no atheris

Each case is a byte string. It is decoded (:func:`speechconv.decode.decode`) and read as HTML
(:func:`speechconv.readers.html.read_html`), then run through every pass. The outcome must be a
Document or a :class:`~speechconv.errors.SpeechconvError`; any other exception is a crash. Every
character of the page's visible text (:func:`visible_text`) must be in the reader's blocks, its page
title or ``dropped``, and every character the reader gave must survive the passes (same counting as
``bench/structure.py``'s text-conservation check).

With atheris (a coverage-guided fuzzer: ``pip install atheris``) the options are libFuzzer's; a crash
or a lost character stops the run with a non-zero exit and the input that caused it. Without it, the
cases are random mixes of HTML pieces, Chinese text and random bytes from a seeded generator.
"""
from __future__ import annotations

import argparse
import random
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make bench/ importable as a package
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.structure import conservation_key, lost_characters  # noqa: E402

#: Server-template residue, which the reader removes as code (it is never shown by a browser), and a
#: DOCTYPE's internal subset (entity declarations: markup, never expanded by the reader).
_SERVER_CODE = re.compile(r"<%.*?%>|</?jsp:[^>]*>", re.S)
_DOCTYPE_SUBSET = re.compile(r"<!DOCTYPE[^>\[]*\[.*?\]\s*>", re.S | re.I)

#: Pieces random cases are made of: markup that has broken the reader before, and speech text.
PIECES = [
    "<html>", "<head>", "<title>讲话_学习啦</title>", "</head>", "<body>", "</body>", "</html>",
    "<p>", "</p>", "<div>", "</div>", "<div class=content>", "<div id=contentText>", "<br>", "<br/>",
    "<b>", "</b>", "<strong>", "<i>", "<em>", "<span style='font-weight:bold'>", "</span>",
    "<table><tr><td>", "</td><td>", "</td></tr></table>", "<ul><li>", "</li></ul>", "<pre>", "</pre>",
    "<h1>", "</h1>", "<h2>", "<center>", "<p align=center>", "<font face=楷体>", "</font>",
    "<nav>", "</nav>", "<div class=nav>", "<footer>", "<aside>", "<a href='/x'>", "<a>", "</a>",
    "<img src='http://example.invalid/a.png'>", "<script>document.write('<p>脚本</p>')</script>",
    "<style>p{color:red}</style>", "<noscript>启用脚本</noscript>", "<iframe src=x>", "</iframe>",
    "<div style='display:none'>", "<span hidden>", "<!-- 注释 -->", "<!--", "-->", "<![CDATA[", "]]>",
    "<!DOCTYPE html>", "<!DOCTYPE html [<!ENTITY x '哈哈'>]>", "&x;", "&amp;", "&lt;", "&#12290;",
    "&#0;", "&#xD800;", "&#x110000;", "&nbsp;", "&unknown;", "<?xml version='1.0' encoding='gbk'?>",
    "<meta charset=gbk>", "<meta charset=utf-8>", "<meta charset=big5>", "<meta charset=nonsense>",
    "<%@ page pageEncoding='GBK'%>", "<% out.print(1); %>", "<jsp:include page='a'/>", "<o:p>",
    "</o:p>", "<x:y>", "<svg><text>图</text></svg>", "<textarea>", "<select><option>选项",
    "同志们：", "今天，我们召开全市工作会议。", "一、提高认识", "（一）加强领导", "一是要统一思想。",
    "谢谢大家！", "首页 > 讲话稿", "下面是小编整理的讲话稿，仅供参考。", "20XX年XX市", "\u3000\u3000",
    "\n", "\r\n", " ", "\t", "<", ">", "&", "\"", "'", "=", "/", "\x00", "\x1b[2J", "😀", "שלום", "\u202e",
]


@dataclass
class Outcome:
    """What one case did: ``kind`` is ok, refused (a SpeechconvError) or crash; what was lost."""

    kind: str
    error: str = ""
    lost: Counter = field(default_factory=Counter)


def visible_text(html: str) -> str:
    """Return the text a browser shows for ``html``, as speechconv defines it: everything but
    comments, server-template code, a DOCTYPE's internal subset and the content of the elements the reader never treats as
    article text (``speechconv.readers.html.REMOVE_TAGS``: scripts, styles, the head, form controls,
    frames, embedded objects). Parsed by lxml directly, not through the reader."""
    from lxml import etree

    from speechconv.readers.html import REMOVE_TAGS

    html = _DOCTYPE_SUBSET.sub("<!DOCTYPE html>", _SERVER_CODE.sub("", html))
    parser = etree.HTMLParser(recover=True, no_network=True, remove_comments=True, remove_pis=True)
    try:
        root = etree.fromstring(html, parser)
    except ValueError:  # a str with an encoding declaration: give lxml the bytes
        parser = etree.HTMLParser(recover=True, no_network=True, remove_comments=True, remove_pis=True,
                                  encoding="utf-8")
        root = etree.fromstring(html.encode("utf-8", "surrogatepass"), parser)
    if root is None:
        return ""
    etree.strip_elements(root, *REMOVE_TAGS, with_tail=False)
    return "".join(t for t in root.itertext() if isinstance(t, str))


def reader_text(doc) -> str:
    """Return every text the reader's document accounts for: its speeches (blocks and any title block
    the reader found), page title and drops."""
    parts = [t for s in doc.speeches for t in s.text_parts()]
    return "".join(parts) + (doc.title or "") + "".join(d.text for d in doc.dropped)


def check(data: bytes) -> Outcome:
    """Return the outcome of decoding, reading and cleaning ``data`` as an HTML page."""
    from speechconv.decode import decode
    from speechconv.errors import SpeechconvError
    from speechconv.passes import run_passes
    from speechconv.readers.html import read_html

    try:
        text = decode(data).text
        raw = read_html(text)
        doc = run_passes(raw)
    except SpeechconvError as exc:
        return Outcome("refused", str(exc))
    except Exception as exc:  # noqa: BLE001 - that is what is counted
        return Outcome("crash", f"{type(exc).__name__}: {exc}")
    got = reader_text(raw)
    lost = Counter(conservation_key(visible_text(text))) - Counter(conservation_key(got))
    return Outcome("ok", lost=lost + lost_characters(got, doc))


def check_one(data: bytes) -> None:
    """The fuzz target: raise AssertionError when ``data`` crashes the reader or loses text."""
    outcome = check(data)
    if outcome.kind == "crash":
        raise AssertionError(f"crash: {outcome.error}")
    if outcome.lost:
        raise AssertionError(f"lost characters: {dict(outcome.lost)}")


def random_case(rng: random.Random) -> bytes:
    """Return one random page: HTML pieces, random text and random bytes, in a random encoding."""
    parts: list[str] = []
    for _ in range(rng.randint(1, 40)):
        roll = rng.random()
        if roll < 0.7:
            parts.append(rng.choice(PIECES))
        elif roll < 0.9:
            parts.append("".join(chr(rng.choice([rng.randint(0x20, 0x7e), rng.randint(0x4e00, 0x9fa5),
                                                 rng.randint(0x3000, 0x303f), rng.randint(0, 0x10ffff)]))
                                 for _ in range(rng.randint(1, 12))))
        else:
            parts.append("\x00RAW\x00")
    text = "".join(parts)
    encoding = rng.choice(["utf-8", "utf-8", "gb18030", "big5", "utf-16"])
    data = text.encode(encoding, "replace") if encoding != "utf-8" else text.encode("utf-8", "replace")
    pieces = data.split(b"\x00RAW\x00")
    return b"".join(p + (rng.randbytes(rng.randint(1, 6)) if i < len(pieces) - 1 else b"")
                    for i, p in enumerate(pieces))


def run_cases(count: int, seed: int) -> tuple[int, int, Counter, list[bytes]]:
    """Run ``count`` random cases; return (ok or refused, crashes, characters lost, failing inputs)."""
    rng = random.Random(seed)
    fine = crashes = 0
    lost: Counter = Counter()
    failing: list[bytes] = []
    for _ in range(count):
        data = random_case(rng)
        outcome = check(data)
        if outcome.kind == "crash":
            crashes += 1
        else:
            fine += 1
        lost += outcome.lost
        if outcome.kind == "crash" or outcome.lost:
            failing.append(data)
    return fine, crashes, lost, failing


def _atheris_main(argv: list[str]) -> None:
    """Run the coverage-guided fuzzer with libFuzzer options ``argv`` (never returns)."""
    import atheris

    with atheris.instrument_imports():
        import speechconv.decode  # noqa: F401
        import speechconv.passes  # noqa: F401
        import speechconv.readers.html  # noqa: F401
    atheris.Setup([sys.argv[0], *argv], check_one)
    atheris.Fuzz()


def main(argv: list[str] | None = None) -> int:
    """Fuzz with atheris (libFuzzer options), or run ``--cases`` random cases; return the exit status."""
    argv = sys.argv[1:] if argv is None else argv
    if "--cases" not in " ".join(argv):
        _atheris_main(argv)
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cases", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args(argv)
    fine, crashes, lost, failing = run_cases(args.cases, args.seed)
    print(f"cases {args.cases}, crashes {crashes}, characters lost {sum(lost.values())}")
    for data in failing[:5]:
        print("failing input:", repr(data[:300]))
    return 1 if crashes or lost else 0


if __name__ == "__main__":
    sys.exit(main())
