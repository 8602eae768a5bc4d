"""Hostile and broken input: run the catalogue of bad inputs and N fuzz cases, and count failures.

    python bench/hostile.py [--fuzz 300] [--seed 1] [--table]

Every catalogue case builds its input in a fresh folder and runs one ``speechconv`` command (in this
process, through click's CliRunner). A case passes when the exit code is the documented one, the
output holds the documented words, every ``error:`` line is one line ``error: FILE: what, and what
to do``, and — when it converts — no character of the input is lost (see ``bench/structure.py``).
The fuzz cases are random pages (``bench/fuzz_html.py``) and random text read, cleaned and written
to every format in memory. Printed at the end, and all must be 0::

    cases, crashes, tracebacks, characters lost, partial files left

``--table`` prints the catalogue as the Markdown table of ``docs/bad-input.md``. ``tests/test_hostile.py``
runs the same catalogue.
"""
from __future__ import annotations

import argparse
import errno
import io
import os
import random
import re
import shutil
import sys
import tempfile
import zipfile
from contextlib import ExitStack, contextmanager, nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, ContextManager, Iterator
from unittest import mock

if __package__ in (None, ""):  # run as a script: make bench/ importable as a package
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.fuzz_html import check as check_html  # noqa: E402
from bench.fuzz_html import random_case  # noqa: E402
from bench.structure import lost_characters  # noqa: E402

BODY = ("在全县工作会议上的讲话\n同志们：\n今天，我们召开全县工作会议，主要任务是总结去年的工作，部署今年的任务。\n"
        "一、提高认识\n我们要进一步提高认识，增强做好工作的责任感和使命感。\n谢谢大家！\n")
TRADITIONAL = "在全縣工作會議上的講話\n同志們：\n今天，我們召開全縣工作會議，總結去年的工作。\n謝謝大家！\n"
_ERROR_LINE = re.compile(r"^error: .+?: \S.*$")


@dataclass(frozen=True)
class Case:
    """One bad input: how to make it, the command, and the outcome the user must get.

    ``make`` writes the input into a folder and returns the command-line arguments. ``says`` must
    appear in the command's output (standard error and output). ``patch`` simulates a failure of the
    system (a full disk) around the run; ``check`` looks at the folder afterwards and returns a
    problem, or None.
    """

    name: str
    what: str
    make: Callable[[Path], list[str]]
    exit_code: int
    says: str
    outcome: str
    patch: Callable[[Path], ContextManager] | None = None
    check: Callable[[Path], str | None] | None = None
    seconds: float = 60.0   #: longer than this is a failure (a quadratic slowdown must not hang the tests)


@dataclass
class Result:
    """What running one case gave: its problems (empty when it passed) and the counts."""

    case: str
    problems: list[str] = field(default_factory=list)
    crashes: int = 0
    tracebacks: int = 0
    lost: int = 0
    partial: int = 0
    seconds: float = 0.0


# --------------------------------------------------------------------------- making inputs


def _write(folder: Path, name: str, data: bytes | str) -> Path:
    """Write ``data`` (str as UTF-8) to ``folder/name`` and return the path."""
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def _zip(entries: dict[str, str]) -> bytes:
    """Return a ZIP archive holding ``entries`` (name -> text)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, text in entries.items():
            zf.writestr(name, text)
    return buf.getvalue()


def _one(name: str, data: bytes | str, *options: str) -> Callable[[Path], list[str]]:
    """Return a maker of one input file converted with ``options`` into the folder ``out``."""
    def make(folder: Path) -> list[str]:
        (folder / "out").mkdir(parents=True, exist_ok=True)
        return ["convert", str(_write(folder, name, data)), "-o", str(folder / "out"), *options]
    return make


def _lazy_one(name: str, data: Callable[[], bytes], *options: str) -> Callable[[Path], list[str]]:
    """Return a maker like :func:`_one` whose file content is made only when the case runs."""
    def make(folder: Path) -> list[str]:
        return _one(name, data(), *options)(folder)
    return make


def _pdf(kind: str) -> bytes:
    """Return a one-page PDF: ``scan`` holds only a drawing (no characters), ``locked`` text behind a
    password."""
    import io

    from reportlab.lib.pdfencrypt import StandardEncryption
    from reportlab.pdfgen.canvas import Canvas

    buf = io.BytesIO()
    canvas = Canvas(buf, encrypt=StandardEncryption("secret", ownerPassword="owner") if kind == "locked" else None)
    if kind == "scan":
        canvas.rect(100, 100, 300, 400, fill=1)
    else:
        canvas.drawString(100, 700, "Fellow comrades, today we meet.")
    canvas.showPage()
    canvas.save()
    return buf.getvalue()


def _nested_divs(depth: int) -> str:
    """Return a page whose speech sits inside ``depth`` nested <div>s."""
    return ("<html><body>" + "<div>" * depth + "<p>同志们：</p><p>今天，我们召开全县工作会议，部署工作。</p>"
            + "</div>" * depth + "</body></html>")


def _external_page() -> str:
    """Return a page full of external images, scripts, styles, frames, links and XML entities."""
    return ('<?xml version="1.0"?><!DOCTYPE html [<!ENTITY xxe SYSTEM "file:///etc/passwd">'
            '<!ENTITY lol "哈哈哈哈"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;">]>'
            '<html><head><link rel=stylesheet href="http://example.invalid/a.css">'
            '<script src="http://example.invalid/a.js"></script><style>@import url(http://example.invalid/b.css);'
            '</style></head><body><iframe src="http://example.invalid/f"></iframe>'
            '<img src="http://example.invalid/a.png"><img src="//example.invalid/b.gif">'
            '<object data="http://example.invalid/x.swf"></object><video src="http://example.invalid/v.mp4"></video>'
            '<div class=content><p>同志们：</p><p>今天，我们召开全县工作会议，部署工作。&xxe;&lol2;</p>'
            '<p><img src="http://example.invalid/c.png"></p>'
            '<p><a href="http://example.invalid/next">下一篇</a></p>'
            "<script>document.write('<p>脚本写出的文字</p>');fetch('http://example.invalid/');</script></div>"
            "</body></html>")


def _two_copies(folder: Path) -> list[str]:
    """Return a batch listing the same input twice (once through a different path)."""
    page = _write(folder / "in", "page.txt", BODY)
    return ["batch", str(page), str(folder / "in" / ".." / "in" / "page.txt"), "-o", str(folder / "out"),
            "-j", "1", "-q"]


def _same_twice_convert(folder: Path) -> list[str]:
    """Return a convert naming one input twice (once through a different path)."""
    page = _write(folder / "in", "page.txt", BODY)
    return ["convert", str(page), str(folder / "in" / ".." / "in" / "page.txt"), "-o", str(folder / "out"),
            "--to", "md"]


def _same_name(folder: Path) -> list[str]:
    """Return a convert of two different inputs that share a name, into one folder."""
    a = _write(folder / "a", "page.txt", BODY)
    b = _write(folder / "b", "page.txt", "另一篇讲话\n各位代表：\n今天，我们在这里开会，讨论明年的工作。\n")
    return ["convert", str(a), str(b), "-o", str(folder / "out"), "--to", "md"]


def _existing_foreign(folder: Path) -> list[str]:
    """Return a convert whose output exists already and was written by someone else."""
    _write(folder / "out", "page.docx", b"PK\x03\x04 a document someone edited")
    return _one("page.txt", BODY)(folder)


def _existing_own(folder: Path) -> list[str]:
    """Return a convert whose outputs speechconv wrote before (unchanged since)."""
    args = _one("page.txt", BODY, "--to", "docx,pdf,md")(folder)
    from speechconv.cli import main
    from click.testing import CliRunner

    CliRunner().invoke(main, args)
    return args


def _existing_forced(folder: Path) -> list[str]:
    """Return a convert with --overwrite onto another program's file."""
    return _existing_foreign(folder) + ["--overwrite"]


def _stuck_batch(folder: Path) -> list[str]:
    """Return a batch of two good pages and one that takes far longer than the time limit."""
    for i in range(2):
        _write(folder / "in", f"ok{i}.txt", BODY)
    _write(folder / "in", "slow.txt", "今天，我们召开全县工作会议，部署今年的各项工作任务。\n" * 40_000)
    return ["batch", str(folder / "in"), "-o", str(folder / "out"), "--to", "pdf", "-j", "1",
            "--time-limit", "0.5", "-q"]


def _bad_batch(folder: Path) -> list[str]:
    """Return a batch of one good page and three bad ones."""
    _write(folder / "in", "good.txt", BODY)
    _write(folder / "in", "empty.txt", b"")
    _write(folder / "in", "image.html", b"\x89PNG\r\n\x1a\n" + bytes(64))
    _write(folder / "in", "nav.html", "<nav><a href=/>首页</a><a href=/a>讲话稿</a></nav>")
    return ["batch", str(folder / "in"), "-o", str(folder / "out"), "-j", "1", "-q"]


def _odd_names(folder: Path) -> list[str]:
    """Return a convert of files whose names hold spaces, Chinese, dots and a ``..`` path step."""
    a = _write(folder, "my speech 讲话 稿.txt", BODY)
    b = _write(folder, "a..b..txt", BODY)
    c = _write(folder / "sub", "..讲话.txt", BODY)
    return ["convert", str(a), str(b), str(folder / "sub" / ".." / "sub" / c.name), "-o", str(folder / "out"),
            "--to", "docx,md"]


# --------------------------------------------------------------------------- simulated failures


@contextmanager
def _read_only(folder: Path) -> Iterator[None]:
    """Make the output folder unwritable: by its mode, or (as root, whom modes do not stop) by
    refusing the creation of files in it as the kernel would (EACCES)."""
    out = folder / "out"
    out.mkdir(exist_ok=True)
    if os.geteuid() != 0:
        out.chmod(0o555)
        try:
            yield
        finally:
            out.chmod(0o755)
        return

    real = tempfile.mkstemp

    def refuse(*args, **kwargs):
        if os.path.realpath(str(kwargs.get("dir", ""))) == os.path.realpath(out):
            raise PermissionError(errno.EACCES, "Permission denied")
        return real(*args, **kwargs)

    with mock.patch("speechconv.outputs.tempfile.mkstemp", refuse):
        yield


@contextmanager
def _full_disk(folder: Path) -> Iterator[None]:
    """Make every output file's writes fail with ENOSPC, as on a full disk: its temporary file is
    created, but the bytes go to /dev/full (or to a file object that fails the same way)."""
    real = tempfile.mkstemp

    def full(*args, **kwargs):
        fd, path = real(*args, **kwargs)
        if os.path.exists("/dev/full"):
            os.close(fd)
            return os.open("/dev/full", os.O_WRONLY), path
        os.close(fd)
        raise OSError(errno.ENOSPC, "No space left on device")

    with mock.patch("speechconv.outputs.tempfile.mkstemp", full):
        yield


@contextmanager
def _ctrl_c_in_writer(folder: Path) -> Iterator[None]:
    """Make the JSON writer write half its bytes and then get Ctrl-C."""
    def interrupted(doc, out, profile=None):
        out.write(b'{"schema": "speechconv/1", "half')
        raise KeyboardInterrupt

    with mock.patch("speechconv.writers.json.write_json", interrupted):
        yield


def _old_kept(name: str, old: bytes) -> Callable[[Path], str | None]:
    """Return a check that ``out/name`` still holds ``old``."""
    def check(folder: Path) -> str | None:
        path = folder / "out" / name
        return None if path.read_bytes() == old else f"{path} was changed"
    return check


def _existing_then(make: Callable[[Path], list[str]], name: str, old: bytes) -> Callable[[Path], list[str]]:
    """Return a maker that first puts ``old`` at ``out/name``."""
    def both(folder: Path) -> list[str]:
        _write(folder / "out", name, old)
        return make(folder)
    return both


def _has(*names: str) -> Callable[[Path], str | None]:
    """Return a check that each of ``names`` (relative to the folder) exists."""
    def check(folder: Path) -> str | None:
        missing = [n for n in names if not (folder / n).is_file()]
        return f"missing outputs: {missing}" if missing else None
    return check


def _nothing_in(sub: str) -> Callable[[Path], str | None]:
    """Return a check that the folder ``sub`` holds no file."""
    def check(folder: Path) -> str | None:
        found = [p.name for p in (folder / sub).rglob("*") if p.is_file()] if (folder / sub).exists() else []
        return f"unexpected files: {found}" if found else None
    return check


def _text_in(name: str, *words: str) -> Callable[[Path], str | None]:
    """Return a check that the text file ``name`` holds each of ``words``."""
    def check(folder: Path) -> str | None:
        text = (folder / name).read_text("utf-8")
        missing = [w for w in words if w not in text]
        return f"{name} lacks {missing}" if missing else None
    return check


def _not_in(name: str, *words: str) -> Callable[[Path], str | None]:
    """Return a check that the text file ``name`` holds none of ``words``."""
    def check(folder: Path) -> str | None:
        text = (folder / name).read_text("utf-8")
        found = [w for w in words if w in text]
        return f"{name} holds {found}" if found else None
    return check


def _all(*checks: Callable[[Path], str | None]) -> Callable[[Path], str | None]:
    """Return a check that runs ``checks`` in turn and returns the first problem."""
    def check(folder: Path) -> str | None:
        return next((p for c in checks if (p := c(folder))), None)
    return check


@contextmanager
def _no_network(folder: Path) -> Iterator[None]:
    """Make every attempt to make a socket, look up a name or connect fail loudly."""
    def refuse(*args, **kwargs):
        raise AssertionError("network access attempted")

    with ExitStack() as stack:
        for target in ("socket.socket", "socket.create_connection", "socket.getaddrinfo"):
            stack.enter_context(mock.patch(target, refuse))
        yield


# --------------------------------------------------------------------------- the catalogue


GBK = BODY.encode("gbk")
OLD = b"an older file the user keeps\n"

CASES: list[Case] = [
    Case("empty", "empty file", _one("empty.txt", b""), 3, "the file is empty",
         "exit 3: `the file is empty; give a saved web page (.html) or a text file (.txt)`"),
    Case("whitespace", "whitespace only (spaces, tabs, U+3000, blank lines)",
         _one("blank.txt", " \n\t\u3000\u3000\n\n"), 3, "only spaces and blank lines",
         "exit 3: `the file holds only spaces and blank lines`"),
    Case("png", "a PNG image", _one("page.png", b"\x89PNG\r\n\x1a\n" + bytes(200)), 3, "OCR",
         "exit 3: `this is a PNG image …; get the text with OCR first (e.g. tesseract)`"),
    Case("pdf", "a damaged PDF file (a header, no pages)", _one("speech.pdf", b"%PDF-1.7\n1 0 obj\n<<>>\nendobj\n"),
         3, "damaged", "exit 3: `the PDF is damaged or not a PDF …; save it again from its source, or repair it "
         "(e.g. qpdf in.pdf fixed.pdf)`"),
    Case("pdf-scan", "a scanned PDF (pictures, no text layer)", _lazy_one("scan.pdf", lambda: _pdf("scan")), 3,
         "OCR", "exit 3: `no text layer: the PDF holds only images (a scan?); run OCR first (e.g. ocrmypdf "
         "in.pdf out.pdf)`"),
    Case("pdf-password", "a PDF that needs a password to open", _lazy_one("locked.pdf", lambda: _pdf("locked")), 3,
         "password", "exit 3: `the PDF is encrypted with a password; open it with the password and save an "
         "unprotected copy (e.g. qpdf --decrypt …)`"),
    Case("docx", "a damaged Word document (.docx)",
         _one("speech.docx", _zip({"[Content_Types].xml": "<Types/>", "word/document.xml": "<w:document/>"})),
         3, "not well-formed XML", "exit 3: `its part word/document.xml is not well-formed XML (…); the file is "
         "damaged — open and save it again in Word or LibreOffice`"),
    Case("docx-bomb", "a Word zip bomb (a 40 MB part packed into 40 KB)",
         _one("bomb.docx", _zip({"[Content_Types].xml": "<Types/>", "word/document.xml": " " * (40 << 20)})),
         3, "inflates to more than 32 MB", "exit 3, reading stops at the cap: `its part word/document.xml "
         "inflates to more than 32 MB; it is not a document this tool reads (a zip bomb?)`"),
    Case("zip", "a ZIP archive of pages", _one("pages.zip", _zip({"pages/a.html": "<p>讲话</p>"})), 3,
         "unzip", "exit 3: `this is a ZIP archive …; unpack it (unzip FILE) and convert the pages inside, "
                  "e.g. with speechconv batch FOLDER`"),
    Case("gzip", "a gzip-compressed page", _one("page.html.gz", b"\x1f\x8b\x08\x00" + bytes(40)), 3, "gunzip",
         "exit 3: `this is a gzip-compressed file …; unpack it first (gunzip FILE)`"),
    Case("truncated-gbk", "GBK text cut in the middle of a character",
         _one("cut.txt", GBK[:-3] + "讲".encode("gbk")[:1]), 0, "broken-bytes",
         "converted; warning `broken-bytes: 1 undecodable byte sequence(s) in gb18030 at byte offset N`, "
         "the lost character shown as U+FFFD"),
    Case("mixed", "mixed encodings in one file (UTF-8 lines and GBK lines)",
         _one("mixed.txt", BODY.encode("utf-8") + "为全面完成今年的目标任务而努力奋斗！\n".encode("gbk"), "--to", "md"),
         0, "mixed-encodings", "converted without loss: each line read in the encoding that fits it; "
         "warning `mixed-encodings: N line(s) in gb18030 (line …), the rest in UTF-8`",
         check=_text_in("out/mixed.md", "同志们", "为全面完成今年的目标任务而努力奋斗")),
    Case("50mb", "a 50 MB text file", _one("huge.txt", ("今天，我们召开全县工作会议。\n" * 1_219_275)), 3,
         "is 50 MB, over the 20 MB limit", "exit 3 at once (nothing read): `is 50 MB, over the 20 MB limit for "
                                          "one input; save only the speech, or split the file`"),
    Case("dev-zero", "an endless device (/dev/zero)",
         lambda folder: ["convert", "/dev/zero", "-o", str(folder / "out" / "z.docx")], 3,
         "over the 20 MB limit", "exit 3 after reading 20 MB: `is over the 20 MB limit for one input`"),
    Case("nested-divs", "100,000 nested `<div>`s", _one("deep.html", _nested_divs(100_000)), 0, "deep.html ->",
         "converted (a few seconds; no recursion limit is hit)", check=_has("out/deep.docx")),
    Case("many-elements", "a page of 250,000 elements", _one("big.html", "<p>字，</p>" * 250_000), 3,
         "more than 200,000 HTML elements", "exit 3 before parsing: `the page has more than 200,000 HTML "
                                            "elements …; save only the article`"),
    Case("many-paragraphs", "60,000 lines of text", _one("lines.txt", "今天开会。\n" * 60_000), 3,
         "more than 50,000 paragraphs", "exit 3: `the input has more than 50,000 paragraphs, more than any "
                                        "speech; split it into smaller files`"),
    Case("5mb-paragraph", "one 5 MB paragraph (no line break, no punctuation)",
         _one("one.txt", "我们召开全县工作会议部署工作" * 125_000, "--to", "docx,pdf"), 0, "one.txt ->",
         "converted: DOCX in about a second, PDF (2,700 pages) in about 10 s",
         check=_has("out/one.docx", "out/one.pdf")),
    Case("dots", "a 1 MB line of dots (`......`: quadratic in the clean-up before)",
         _one("dots.txt", "同志们：\n" + "..." * 350_000 + "\n谢谢大家！\n", "--to", "docx"), 0, "dots.txt ->",
         "converted in about a second", check=_has("out/dots.docx")),
    Case("nav-only", "a page with only navigation and no speech",
         _one("nav.html", "<html><body><nav><a href=/>首页</a> <a href=/a>讲话稿</a></nav><ul class=menu>"
                          "<li><a href=/b>工作总结</a></li><li><a href=/c>心得体会</a></li></ul>"
                          "<div class=footer>Copyright 2024 版权所有</div></body></html>"),
         4, "no speech text found", "exit 4: `no speech text found after clean-up (only navigation or "
                                    "clutter?); check that this is the page holding the speech`",
         check=_nothing_in("out")),
    Case("traditional", "Traditional Chinese (Big5)", _one("trad.txt", TRADITIONAL.encode("big5"), "--to", "md"),
         0, "trad.txt ->", "converted; kept in Traditional characters (no conversion); with the default "
                           "GB2312 font names the DOCX warns `docx-font-coverage` naming the characters",
         check=_text_in("out/trad.md", "同志們", "謝謝大家")),
    Case("names", "file names with spaces, Chinese, dots and a `..` step in the path", _odd_names, 0,
         "->", "converted: `my speech 讲话 稿.docx`, `a..b..docx`, `..讲话.docx`, all inside -o",
         check=_has("out/my speech 讲话 稿.docx", "out/a..b..docx", "out/..讲话.docx", "out/..讲话.md")),
    Case("controls", "NUL bytes, control characters, an ESC sequence, emoji, RTL text, a rare character",
         _one("odd.txt", "同志们：\n" + "今天，我们召开全县工作会议。" * 300
              + "\n今天\x00开会\x07，\x1b[2J大家好😀，مرحبا，שלום，𠀀。\n", "--to", "docx,pdf,md,json"),
         0, "missing-glyph", "converted; DOCX leaves out what XML forbids (`docx-invalid-char` names it), "
                             "PDF warns `missing-glyph` per character no font has; warnings print the ESC "
                             "as `\\x1b`, never raw",
         check=_has("out/odd.docx", "out/odd.pdf", "out/odd.md", "out/odd.json")),
    Case("surrogates", "lone surrogates in a JSON model (`\\ud800`)",
         _one("model.json", '{"schema": "speechconv/1", "speeches": [{"title": "讲话\\ud800", "blocks": '
                            '[{"type": "paragraph", "runs": [{"text": "同志们\\udfff好"}]}]}]}',
              "--to", "docx,pdf,md,json"),
         0, "lone-surrogate", "converted; each lone surrogate becomes U+FFFD with a `lone-surrogate` warning"),
    Case("bad-model", "a JSON file that is not a speechconv model",
         _one("data.json", '{"schema": "speechconv/1", "speeches": [{"title": 5}]}'), 5, "must be a string",
         "exit 5: `a speech's 'title' must be a string or null, not int`"),
    Case("no-network", "a page full of external images, scripts, CSS, frames, links and XML entities, "
         "with every socket call failing",
         _one("external.html", _external_page(), "--to", "docx,pdf,md,json"), 0, "image-dropped",
         "converted to every format; nothing fetched, no entity expanded, no script run",
         patch=_no_network,
         check=_all(_has("out/external.docx", "out/external.pdf"),
                    _not_in("out/external.json", "root:", "哈哈", "脚本写出"))),
    Case("missing", "a file that does not exist",
         lambda folder: ["convert", str(folder / "nope.html")], 3, "no such file",
         "exit 3: `no such file; check the path`"),
    Case("folder", "a folder given to convert", lambda folder: ["convert", str(folder)], 3, "is a folder",
         "exit 3: `is a folder, not a file; use 'speechconv batch' for folders`"),
    Case("unwritable", "an unwritable output folder", _one("page.txt", BODY), 8, "not allowed to write",
         "exit 8: `cannot write in out: not allowed to write there (Permission denied); choose a writable "
         "-o folder`", patch=_read_only),
    Case("not-a-folder", "an output folder that is a file",
         lambda folder: ["convert", str(_write(folder, "page.txt", BODY)), "--to", "docx,pdf",
                         "-o", str(_write(folder, "file", "x") / "out")], 8,
         "cannot create the output folder", "exit 8: `cannot create the output folder (Not a directory)`"),
    Case("full-disk", "a full disk (every write fails with ENOSPC)",
         _existing_then(_one("page.txt", BODY, "--to", "md", "--overwrite"), "page.md", OLD), 8,
         "the disk is full", "exit 8: `cannot write the file: the disk is full (No space left on device); "
                             "free some space or choose another -o folder`; the old file is kept, no "
                             "partial file", patch=_full_disk, check=_old_kept("page.md", OLD)),
    Case("ctrl-c", "Ctrl-C while an output is being written",
         _existing_then(_one("page.txt", BODY, "--to", "json", "--overwrite"), "page.json", OLD), 130,
         "interrupted", "exit 130: the old file is kept, no partial file", patch=_ctrl_c_in_writer,
         check=_old_kept("page.json", OLD)),
    Case("exists-foreign", "an output that exists and was not written by speechconv (or was edited)",
         _existing_foreign, 8, "pass --overwrite", "exit 8: `already exists, and speechconv cannot tell "
         "that it holds only an earlier output of its own …; pass --overwrite to replace it`; the file is "
         "kept", check=_old_kept("page.docx", b"PK\x03\x04 a document someone edited")),
    Case("exists-own", "outputs speechconv wrote before, unchanged (the same command run twice)",
         _existing_own, 0, "page.txt ->", "converted: replaced without asking"),
    Case("exists-forced", "an existing file, with --overwrite", _existing_forced, 0, "page.txt ->",
         "converted: replaced (atomically)"),
    Case("input-as-output", "an output that would replace the input",
         lambda folder: ["convert", str(_write(folder, "page.txt", BODY)), "-o", str(folder / "page.txt"),
                         "--to", "md", "--overwrite"], 8, "would replace the input",
         "exit 8: `the output would replace the input file; choose another -o` (even with --overwrite)"),
    Case("same-twice", "the same input twice in one batch", _two_copies, 0, "speechconv batch",
         "converted once; the report lists it once", check=_has("out/page.docx")),
    Case("same-twice-convert", "the same input twice in one convert", _same_twice_convert, 0, "page.txt ->",
         "converted once", check=_has("out/page.md")),
    Case("same-name", "two inputs with the same name into one -o folder (convert)", _same_name, 8,
         "already wrote", "exit 8 for the second: `another input of this command already wrote out/page.md "
         "(they share a name); convert them into different -o folders, or use 'speechconv batch', which keeps "
         "both`; the first output is kept", check=_text_in("out/page.md", "同志们")),
    Case("bad-batch", "a batch with an empty file, an image and a page without speech", _bad_batch, 9,
         "3 of 4 inputs failed", "exit 9: the good page is converted; one `error:` line per bad file, the "
                                 "report says why for each"),
    Case("stuck", "a document that overruns the batch time limit", _stuck_batch, 9, "time limit",
         "exit 9: the document is stopped after the limit and reported; the others are converted",
         check=_has("out/ok0.pdf", "out/ok1.pdf")),
    Case("inspect-binary", "inspect on a binary file",
         lambda folder: ["inspect", str(_write(folder, "x.html", b"\x00\x01\x02binary" * 20))], 3,
         "binary file", "exit 3: `this is a binary file, not a web page or text`"),
]


# --------------------------------------------------------------------------- running


def _inputs(args: list[str]) -> list[Path]:
    """Return the page files among a command's arguments (the files whose text must be kept)."""
    return [Path(a) for a in args if Path(a).suffix in (".txt", ".html", ".htm") and Path(a).is_file()]


def chars_lost(path: Path) -> int:
    """Return how many characters of the page at ``path`` the conversion loses (0 when it is refused)."""
    import speechconv
    from speechconv.errors import SpeechconvError

    data = path.read_bytes()
    if path.suffix in (".html", ".htm"):
        return sum(check_html(data).lost.values())
    try:
        doc = speechconv.read(path)
        text = speechconv.read(path, passes=[])
    except SpeechconvError:
        return 0
    source = "".join(b.text for s in text.speeches for b in s.blocks)
    return sum(lost_characters(source, doc).values())


def run_case(case: Case, folder: Path) -> Result:
    """Run ``case`` in ``folder`` (created empty) and return what it gave."""
    import time

    from click.testing import CliRunner

    from speechconv.batch import time_limit
    from speechconv.cli import main

    folder.mkdir(parents=True, exist_ok=True)
    args = case.make(folder)
    patch = case.patch(folder) if case.patch else nullcontext()
    start = time.perf_counter()
    with patch, time_limit(case.seconds):
        result = CliRunner().invoke(main, args)
    res = Result(case.name, seconds=time.perf_counter() - start)
    if res.seconds > case.seconds:
        res.problems.append(f"took {res.seconds:.1f} s, over its {case.seconds:g} s")
    output = result.stdout + result.stderr
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        res.crashes += 1
        res.problems.append(f"crash: {type(result.exception).__name__}: {result.exception}")
    if "Traceback" in output:
        res.tracebacks += 1
        res.problems.append("a traceback was printed")
    if result.exit_code != case.exit_code:
        res.problems.append(f"exit code {result.exit_code}, expected {case.exit_code}: {output[-300:]!r}")
    if case.says not in output:
        res.problems.append(f"output lacks {case.says!r}: {output[-300:]!r}")
    bad = [ln for ln in result.stderr.splitlines() if ln.startswith("error") and not _ERROR_LINE.match(ln)]
    if bad or (case.exit_code and not any(ln.startswith("error: ") or ln.startswith("interrupted")
                                          for ln in result.stderr.splitlines())):
        res.problems.append(f"errors are not one line 'error: FILE: …': {result.stderr[-300:]!r}")
    res.partial = sum(1 for p in folder.rglob("*") if p.name.endswith(".part"))
    if res.partial:
        res.problems.append(f"{res.partial} partial file(s) left")
    try:
        problem = case.check(folder) if case.check else None
    except OSError as exc:
        problem = f"check failed: {exc}"
    if problem:
        res.problems.append(problem)
    if result.exit_code == 0:
        res.lost = sum(chars_lost(p) for p in _inputs(args))
        if res.lost:
            res.problems.append(f"{res.lost} character(s) lost")
    return res


def run_catalogue(root: Path, cases: list[Case] = CASES) -> list[Result]:
    """Run every case in its own folder below ``root``; return the results in order."""
    return [run_case(case, root / case.name) for case in cases]


def fuzz_text(rng: random.Random) -> str:
    """Return a random page of text: speech pieces, clutter, control characters, random characters."""
    from bench.fuzz_html import PIECES

    lines = []
    for _ in range(rng.randint(1, 30)):
        piece = rng.choice(PIECES) if rng.random() < 0.5 else "".join(
            chr(rng.choice([rng.randint(0x20, 0x7e), rng.randint(0x4e00, 0x9fa5), rng.randint(0, 0x10ffff)]))
            for _ in range(rng.randint(1, 30)))
        lines.append(piece)
    return "\n".join(lines)


def run_fuzz(count: int, seed: int) -> Result:
    """Run ``count`` random HTML pages and ``count`` random texts through reading, every pass and every
    writer (in memory); return the crashes and characters lost."""
    import speechconv
    from speechconv.errors import SpeechconvError

    rng = random.Random(seed)
    res = Result(f"fuzz ({count} pages + {count} texts)")
    for i in range(count):
        outcome = check_html(random_case(rng))
        res.crashes += outcome.kind == "crash"
        res.lost += sum(outcome.lost.values())
        if outcome.kind == "crash" or outcome.lost:
            res.problems.append(f"page {i}: {outcome.error or dict(outcome.lost)}")
        text = fuzz_text(rng)
        try:
            doc = speechconv.read(text.encode("utf-8", "surrogatepass"), format="text")
        except SpeechconvError:
            continue
        except Exception as exc:  # noqa: BLE001 - counted
            res.crashes += 1
            res.problems.append(f"text {i}: {type(exc).__name__}: {exc}")
            continue
        raw = speechconv.read(text.encode("utf-8", "surrogatepass"), format="text", passes=[])
        lost = lost_characters("".join(b.text for s in raw.speeches for b in s.blocks), doc)
        res.lost += sum(lost.values())
        if lost:
            res.problems.append(f"text {i}: lost {dict(lost)}")
        for fmt in ("json", "md", "docx", "pdf") if i % 5 == 0 else ("json", "md"):
            try:
                speechconv.write(doc, io.BytesIO(), to=fmt)
            except Exception as exc:  # noqa: BLE001 - a writer must take whatever a reader gives
                res.crashes += 1
                res.problems.append(f"text {i} to {fmt}: {type(exc).__name__}: {exc}")
    return res


def summary(results: list[Result], cases: int, fuzz: int) -> str:
    """Return the one-line summary of all results."""
    total = {k: sum(getattr(r, k) for r in results) for k in ("crashes", "tracebacks", "lost", "partial")}
    return (f"cases {cases} (+ {fuzz} fuzz pages and {fuzz} fuzz texts), crashes {total['crashes']}, "
            f"tracebacks {total['tracebacks']}, characters lost {total['lost']}, "
            f"partial files left {total['partial']}")


def table(cases: list[Case] = CASES) -> str:
    """Return the catalogue as a Markdown table: input, and what the user gets."""
    rows = ["| bad input | what happens |", "|---|---|"]
    rows += [f"| {c.what} | {c.outcome} |" for c in cases]
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    """Run the catalogue and the fuzz cases, print each failure and the summary; return 0 when clean."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--fuzz", type=int, default=300, help="random pages and texts to run (default 300)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--table", action="store_true", help="print the catalogue as a Markdown table and stop")
    args = ap.parse_args(argv)
    if args.table:
        print(table())
        return 0
    root = Path(tempfile.mkdtemp(prefix="speechconv-hostile-"))
    try:
        results = run_catalogue(root)
        for r in results:
            status = "ok" if not r.problems else "FAILED: " + "; ".join(r.problems)
            print(f"{r.case:18s} {r.seconds:6.2f} s  {status}")
        fuzz = run_fuzz(args.fuzz, args.seed)
        for problem in fuzz.problems[:10]:
            print(f"fuzz: {problem}")
    finally:
        shutil.rmtree(root, ignore_errors=True)
    print(summary(results + [fuzz], len(results), args.fuzz))
    failed = [r for r in results + [fuzz] if r.problems]
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
