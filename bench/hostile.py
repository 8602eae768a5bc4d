"""Hostile and broken input: run the catalogue of bad inputs and N fuzz cases, and count failures.

    python bench/hostile.py [--fuzz 300] [--seed 1] [--table]

Every catalogue case builds its input in a fresh folder and runs one ``speechconv`` command (in this
process, through click's CliRunner). A case passes when the exit code is the documented one, the
output holds the documented words, every ``error:`` line is one line ``error: FILE: what, and what
to do``, and — when it converts — no character of the input is lost (see ``bench/structure.py``).
The fuzz cases are random pages (``bench/fuzz_html.py``) and random text read, cleaned and written
to every format in memory. Printed at the end, and all must be 0 (then the seconds of the case with
the largest input, and of the largest one converted)::

    cases, crashes, tracebacks, characters lost, partial files left, orphans

Orphans are processes a case started that were left running without their parent (every process a
run starts carries ``SPEECHCONV_HOSTILE_RUN`` in its environment; counted from /proc on Linux). The
signal cases run ``speechconv batch`` as a process of its own and signal it as a terminal, ``timeout``,
systemd or ``kill -9`` would.

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
    run: Callable[[Path, list[str]], "Ran"] | None = None   #: runs the command itself (a process to signal)


@dataclass
class Result:
    """What running one case gave: its problems (empty when it passed) and the counts."""

    case: str
    problems: list[str] = field(default_factory=list)
    crashes: int = 0
    tracebacks: int = 0
    lost: int = 0
    partial: int = 0
    orphans: int = 0
    seconds: float = 0.0
    input_bytes: int = 0
    converted: bool = False        #: the case's documented outcome is a conversion (exit 0)


@dataclass(frozen=True)
class Ran:
    """What a command gave: its exit status (negative: killed by that signal), its output, standard
    error, the exception it raised in this process (None for a process of its own), and the processes
    of it left running without their parent."""

    exit_code: int
    stdout: str
    stderr: str
    exception: BaseException | None = None
    orphans: int = 0


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
         "is a character device, not a regular file", "exit 3 at once (nothing read): `is a character device, "
         "not a regular file; save the page to a file first …`", seconds=10),
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
         0, "missing-glyph", "converted; NUL bytes are removed (`stray-nul`), DOCX leaves out what XML forbids "
                             "(`docx-invalid-char` names it), "
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


# --------------------------------------------------------------------------- second round (issue 15)

TEXT_LIKE_NAMES = ("第一\n讲.txt", "<讲话>.txt", "a\rb.txt")


def _text_like_batch(folder: Path) -> list[str]:
    """Return a batch of pages whose file names look like page text (a line break, '<', a CR)."""
    for name in TEXT_LIKE_NAMES:
        _write(folder / "in", name, BODY)
    return ["batch", str(folder / "in"), "-o", str(folder / "out"), "--to", "md", "-j", "1", "-q"]


def _holds_the_page(*names: str) -> Callable[[Path], str | None]:
    """Return a check that each output ``names`` holds the page's text and not its file's name."""
    def check(folder: Path) -> str | None:
        for name in names:
            text = (folder / name).read_text("utf-8")
            if "今天，我们召开全县工作会议" not in text or Path(name).stem in text:
                return f"{name!r} does not hold the page's text: {text[:80]!r}"
        return None
    return check


def _mime(lead: bytes = b"", kind: str = "related", html: bool = True, eol: str = "\r\n") -> bytes:
    """Return a MIME file holding BODY as a quoted-printable GBK web page part (or only a text part
    when not ``html``), after ``lead`` (a BOM, blank lines), with ``eol`` line ends."""
    import quopri

    page = "<html><head><meta charset=gb2312></head><body>" + "".join(
        f"<p>{line}</p>" for line in BODY.splitlines()) + "</body></html>"
    qp = quopri.encodestring(page.encode("gbk")).decode("ascii")
    mark = "----=_NextPart_01DA"
    parts = [f"--{mark}", "Content-Transfer-Encoding: quoted-printable",
             f"Content-Type: {'text/html' if html else 'text/plain'}; charset=\"gb2312\"", "", qp,
             f"--{mark}", "Content-Type: image/png", "Content-Transfer-Encoding: base64", "", "iVBORw0KGgo=",
             f"--{mark}--", ""]
    head = ["From: <Saved by Blink>", "MIME-Version: 1.0", f"Content-Type: multipart/{kind};",
            f'\tboundary="{mark}"', "", "This is a multi-part message in MIME format.", ""]
    return lead + eol.join(head + parts).encode("ascii")


def _no_mime_left(name: str) -> Callable[[Path], str | None]:
    """Return a check that the output ``name`` holds the speech and no quoted-printable MIME text."""
    return _all(_text_in(name, "同志们", "今天，我们召开全县工作会议"), _not_in(name, "=B5", "Content-Type", "NextPart"))


def _count_in(name: str, word: str, count: int) -> Callable[[Path], str | None]:
    """Return a check that the text file ``name`` holds ``word`` exactly ``count`` times."""
    def check(folder: Path) -> str | None:
        found = (folder / name).read_text("utf-8").count(word)
        return None if found == count else f"{name} holds {word!r} {found} times, not {count}"
    return check


def _profiled(toml: str | None, profile: str | None = None) -> Callable[[Path], list[str]]:
    """Return a maker of a PDF convert with the profile ``toml`` (or the profile path ``profile``)."""
    def make(folder: Path) -> list[str]:
        path = profile or str(_write(folder, "my.toml", toml or ""))
        return _one("page.txt", BODY, "--to", "pdf,docx", "--profile", path)(folder)
    return make


def _profile_case(name: str, what: str, toml: str | None, says: str, profile: str | None = None) -> Case:
    """Return a case of a profile refused with exit 6, its error saying ``says``, nothing written."""
    return Case(name, what, _profiled(toml, profile), 6, says, f"exit 6: `{says}…`", check=_nothing_in("out"))


def _headings(count: int) -> str:
    """Return a speech of ``count`` headings, each followed by a paragraph of one to six sentences."""
    rng = random.Random(count)
    return "".join(f"（{'一二三四五六七八九'[i % 9]}）加强学习\n" + "今天，我们召开全县工作会议，主要任务是总结去年的工作。"
                   * rng.randint(1, 6) + "\n" for i in range(count))


def _punctuated(size_mb: float) -> str:
    """Return one paragraph of ``size_mb`` MB of punctuated speech clauses (bench/linebreak.py)."""
    from bench.linebreak import paragraph

    return paragraph(size_mb)


def _fifo(folder: Path, name: str) -> Path:
    """Return a named pipe (FIFO) ``folder/name`` that nothing writes to: opening it to read blocks."""
    folder.mkdir(parents=True, exist_ok=True)
    os.mkfifo(folder / name)
    return folder / name


def _socket(folder: Path, name: str) -> Path:
    """Return a Unix socket file ``folder/name`` (its socket closed: only the file is left)."""
    import socket

    folder.mkdir(parents=True, exist_ok=True)
    with socket.socket(socket.AF_UNIX) as sock:
        sock.bind(str(folder / name))
    return folder / name


def _fifo_in_batch(folder: Path) -> list[str]:
    """Return a batch of a folder holding a good page and a FIFO named like a page, and a FIFO named
    on the command line."""
    _write(folder / "in", "good.txt", BODY)
    _fifo(folder / "in", "pipe.txt")
    return ["batch", str(folder / "in"), str(_fifo(folder, "other.html")), "-o", str(folder / "out"), "--to",
            "md", "-j", "1", "-q"]


def package_problems(data: bytes) -> list[str]:
    """Return what Word would repair in the DOCX ``data``: parts twice, relationships to missing parts,
    parts without a content type, styles sharing a name, not one default paragraph style, and page
    numbers nearer the paper's edge than 5 mm."""
    import posixpath

    from lxml import etree

    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    problems = []
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        names = zf.namelist()
        parts = {n: zf.read(n) for n in names}
    problems += [f"{n} twice" for n in sorted({n for n in names if names.count(n) > 1})]
    types = etree.fromstring(parts["[Content_Types].xml"])
    defaults = {el.get("Extension").lower() for el in types if el.tag.endswith("Default")}
    overrides = {el.get("PartName").lstrip("/") for el in types if el.tag.endswith("Override")}
    problems += [f"{n} has no content type" for n in parts
                 if n != "[Content_Types].xml" and n not in overrides and n.rsplit(".", 1)[-1].lower() not in defaults]
    for rels_name in [n for n in parts if n.endswith(".rels")]:
        source = rels_name.replace("_rels/", "").removesuffix(".rels")       # word/_rels/x.rels -> word/x
        for rel in etree.fromstring(parts[rels_name]):
            if rel.get("TargetMode") == "External":
                continue
            ref = rel.get("Target")
            target = ref.lstrip("/") if ref.startswith("/") else posixpath.normpath(
                posixpath.join(posixpath.dirname(source), ref))
            if target not in parts:
                problems.append(f"{rels_name} points at missing {target}")
    styles = etree.fromstring(parts["word/styles.xml"])
    seen = [(st.get(f"{w}type"), st.find(f"{w}name").get(f"{w}val").lower()) for st in styles.iter(f"{w}style")
            if st.find(f"{w}name") is not None]
    problems += [f"two {kind} styles named {name!r}" for kind, name in sorted({s for s in seen if seen.count(s) > 1})]
    defaults_p = [st for st in styles.iter(f"{w}style")
                  if st.get(f"{w}type") == "paragraph" and st.get(f"{w}default") in ("1", "true", "on")]
    if len(defaults_p) != 1:
        problems.append(f"{len(defaults_p)} default paragraph styles")
    sect = re.search(rb"<w:sectPr.*?</w:sectPr>", parts["word/document.xml"], re.S).group(0)
    footer = re.search(rb'w:footer="(\d+)"', sect)
    if b"footerReference" in sect and (footer is None or int(footer.group(1)) < 283):
        problems.append(f"page numbers {int(footer.group(1)) / 56.7 if footer else 0:.1f} mm from the paper's edge")
    return problems


REFERENCES = Path(__file__).resolve().parents[1] / "tests" / "data" / "docx"


def _clean_package(name: str) -> Callable[[Path], str | None]:
    """Return a check that the DOCX ``name`` holds nothing Word would repair (:func:`package_problems`)."""
    def check(folder: Path) -> str | None:
        problems = package_problems((folder / name).read_bytes())
        return f"{name}: {problems}" if problems else None
    return check


def _reference(make: Callable[[Path], Path]) -> Callable[[Path], list[str]]:
    """Return a maker of a DOCX convert with the reference document ``make`` gives."""
    def run(folder: Path) -> list[str]:
        folder.mkdir(parents=True, exist_ok=True)
        return _one("page.txt", BODY, "--to", "docx", "--reference-doc", str(make(folder)))(folder)
    return run


def _bomb_reference(folder: Path) -> Path:
    """Return a reference document whose styles.xml inflates to 256 MB (about 1 MB on disk)."""
    path = folder / "bomb.docx"
    with zipfile.ZipFile(REFERENCES / "reference-libreoffice.docx") as src, \
            zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as dst:
        for item in src.infolist():
            if item.filename != "word/styles.xml":
                dst.writestr(item.filename, src.read(item.filename))
        with dst.open("word/styles.xml", "w") as fh:
            for _ in range(256):
                fh.write(b" " * 2**20)
    return path


def _dtd_reference(folder: Path) -> Path:
    """Return a reference document whose styles.xml declares an entity in a DTD and uses it."""
    path = folder / "dtd.docx"
    with zipfile.ZipFile(REFERENCES / "reference-libreoffice.docx") as src, zipfile.ZipFile(path, "w") as dst:
        for item in src.infolist():
            part = src.read(item.filename)
            if item.filename == "word/styles.xml":
                part = part.replace(b"<w:styles", b'<!DOCTYPE w:styles [<!ENTITY x "lol">]><w:styles', 1)
                part = part.replace(b'w:val="Normal"', b'w:val="Normal&x;"', 1)
            dst.writestr(item, part)
    return path


def _python_docx_reference(folder: Path) -> Path:
    """Return python-docx's default template saved as a reference document."""
    import docx

    docx.Document().save(str(folder / "python-docx.docx"))
    return folder / "python-docx.docx"


SAMPLE = Path(__file__).resolve().parents[1] / "samples" / "county-work-meeting-2-speeches.txt"
SIGNAL_PAGES = 16


def _pages_batch(folder: Path) -> list[str]:
    """Return a batch of 16 long speeches (a sample eight times over) to PDF and DOCX in two workers
    (about a second a file)."""
    for i in range(SIGNAL_PAGES):
        _write(folder / "in", f"speech{i:02d}.txt", SAMPLE.read_bytes() * 8)
    return ["batch", str(folder / "in"), "-o", str(folder / "out"), "--to", "pdf,docx", "-j", "2"]


def _signalled(*plan: tuple[str, str]) -> Callable[[Path, list[str]], Ran]:
    """Return a runner of ``speechconv ARGS`` in a process of its own (a session, as a terminal's job)
    that, once the first file is done, sends each signal of ``plan`` in turn: (``pid`` or ``group``,
    signal name), 0.3 s apart, as ``kill``, a terminal, ``timeout`` or systemd would."""
    import signal
    import subprocess
    import time
    import uuid

    def run(folder: Path, args: list[str]) -> Ran:
        marker = f"signal-{uuid.uuid4().hex}"
        env = {**os.environ, RUN_MARK: marker}
        proc = subprocess.Popen([sys.executable, "-m", "speechconv.cli", *args], stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True, start_new_session=True, env=env)
        seen = []
        try:
            while not any(" ok " in line for line in seen):
                line = proc.stderr.readline()
                if not line:
                    break
                seen.append(line)
            for target, name in plan:
                signum = getattr(signal, name)
                os.killpg(proc.pid, signum) if target == "group" else os.kill(proc.pid, signum)
                time.sleep(0.3)
            out, err = proc.communicate(timeout=120)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
        return Ran(proc.returncode, out, "".join(seen) + err, None, orphans(marker))
    return run


def _stopped_cleanly(signal_name: str | None) -> Callable[[Path], str | None]:
    """Return a check that the report says the batch was interrupted (by ``signal_name``), that every
    input it calls ok has complete outputs, and that no input it calls cancelled has any output."""
    import json

    def check(folder: Path) -> str | None:
        if signal_name is None:                              # killed: no report, whatever was done stays
            return None
        report = json.loads((folder / "out" / "report.json").read_text("utf-8"))
        if not report["interrupted"] or report["signal"] != signal_name:
            return f"report: interrupted {report['interrupted']}, signal {report['signal']}"
        for entry in report["files"]:
            stem = folder / "out" / Path(entry["input"]).stem
            outputs = [stem.with_suffix(".pdf"), stem.with_suffix(".docx")]
            if entry["status"] == "ok" and not (outputs[0].read_bytes().rstrip().endswith(b"%%EOF")
                                                and outputs[1].read_bytes().startswith(b"PK")):
                return f"{entry['input']}: ok, but its outputs are not complete"
            if entry["status"] == "cancelled" and any(p.exists() for p in outputs):
                return f"{entry['input']}: cancelled, but {[p.name for p in outputs if p.exists()]} appeared"
        return None if report["counts"]["cancelled"] else "nothing was cancelled: the signal came too late"
    return check


def _resumes(folder: Path) -> str | None:
    """Return a problem unless ``batch --resume`` after the kill converts every input, with no partial
    file left (a killed run's are removed)."""
    from click.testing import CliRunner

    from speechconv.cli import main

    stale = folder / "out" / ".speech99.pdf.abcd1234.part"       # as a worker killed with -9 leaves one
    stale.write_bytes(b"%PDF-half")
    os.utime(stale, (0, 0))
    result = CliRunner().invoke(main, _pages_batch(folder)[:-2] + ["-j", "1", "-q", "--resume"])
    done = sorted(p.name for p in (folder / "out").iterdir() if p.suffix in (".pdf", ".docx"))
    if result.exit_code != 0 or len(done) != 2 * SIGNAL_PAGES or stale.exists():
        return f"--resume after the kill: exit {result.exit_code}, {len(done)} outputs, stale part kept: {stale.exists()}"
    return None


def _wide_case(name: str, encoding: str, what: str) -> Case:
    """Return a case of BODY (as text, or as a page) in ``encoding`` with no byte-order mark."""
    page = name.endswith(".html")
    data = ("<html><body>" + "".join(f"<p>{ln}</p>" for ln in BODY.splitlines()) + "</body></html>"
            if page else BODY).encode(encoding)
    out = f"out/{Path(name).stem}.md"
    return Case(f"bomless-{encoding}{'-page' if page else ''}", what, _one(name, data, "--to", "md"), 0, "->",
                "converted: told by where its zero bytes fall (was exit 3, `a binary file`)",
                check=_text_in(out, "同志们", "今天，我们召开全县工作会议"))


def _api_batch(folder: Path) -> list[str]:
    """Return a small batch's arguments (4 pages into ``out``) for the Python API cases."""
    for i in range(4):
        _write(folder / "in", f"p{i}.txt", BODY)
    return ["batch", str(folder / "in"), "-o", str(folder / "out"), "--to", "md"]


def _with_refusing_executor(folder: Path, args: list[str]) -> Ran:
    """Run ``convert_many`` on an executor whose ``submit`` fails from the third job on; the result
    line is the report's counts (exit 9 when files failed, as the command line would)."""
    from concurrent.futures import ThreadPoolExecutor

    from speechconv.batch import convert_many

    class Refusing(ThreadPoolExecutor):
        taken = 0

        def submit(self, *a, **k):
            if self.taken == 2:
                raise RuntimeError("cannot schedule new futures after shutdown")
            self.taken += 1
            return super().submit(*a, **k)

    try:
        with Refusing(1) as pool:
            report = convert_many([folder / "in"], folder / "out", to="md", executor=pool)
    except Exception as exc:  # noqa: BLE001 - what the case is about
        return Ran(1, "", f"error: {exc}", exc)
    report.write(folder / "out" / "report.json")
    return Ran(9 if report.failed else 0, str(report.counts()),
               "".join(f"error: {r.error['message']}\n" for r in report.failed), None, orphans(_run_marker(), 0.5))


def _with_raising_progress(folder: Path, args: list[str]) -> Ran:
    """Run ``convert_many`` in two worker processes with a progress callback that raises after the
    first file; the result line is the exception's."""
    from speechconv.batch import ProgressFailed, convert_many

    def progress(snap):
        if snap.done == 1:
            raise ValueError("the display is gone")

    try:
        convert_many([folder / "in"], folder / "out", to="md", jobs=2, progress=progress)
    except ProgressFailed as exc:
        exc.report.write(folder / "out" / "report.json")
        return Ran(exc.exit_code, "", f"error: batch: {exc.message}\n", None, orphans(_run_marker(), 1.0))
    return Ran(0, "", "", None, orphans(_run_marker(), 1.0))


def _report_blocked(folder: Path, bad: bool = True) -> list[str]:
    """Return a batch whose --report path lies inside a file (it cannot be written), with one input
    that fails when ``bad``."""
    _write(folder / "in", "good.txt", BODY)
    if bad:
        _write(folder / "in", "empty.txt", b"")
    blocker = _write(folder, "blocker", "a file, not a folder")
    return ["batch", str(folder / "in"), "-o", str(folder / "out"), "--to", "md", "-j", "1", "-q",
            "--report", str(blocker / "report.json")]


CASES += [
    Case("trailing-slash", "`-o newdir/` (a trailing slash, one input, one format)",
         lambda folder: ["convert", str(_write(folder, "page.txt", BODY)), "-o", str(folder / "newdir") + "/"],
         0, "->", "converted into the new folder: `newdir/page.docx` (was: a file named `newdir`)",
         check=_has("newdir/page.docx")),
    Case("report-blocked-failed", "a batch with a failed file whose report cannot be written", _report_blocked, 9,
         "the report could not be written either", "exit 9 (was 8, hiding the failed files): one `error:` line "
         "for the report, then `1 of 2 inputs failed; the report could not be written either …`"),
    Case("report-blocked-ok", "a batch that converts everything but cannot write its report",
         lambda folder: _report_blocked(folder, bad=False), 8, "cannot create the report's folder",
         "exit 8: `cannot create the report's folder (…); choose another --report`", check=_has("out/good.md")),
    Case("executor-refuses", "`convert_many` on an executor whose `submit` fails (it was shut down)", _api_batch,
         9, "the executor would not take this file (RuntimeError",
         "the files already given finish, the rest fail with `the executor would not take this file (RuntimeError: …)`; "
         "the report is returned (was: a raw RuntimeError, no report, outputs already written)",
         run=_with_refusing_executor, check=_text_in("out/report.json", '"failed": 2')),
    Case("progress-raises", "`convert_many` with a progress callback that raises", _api_batch, 1,
         "the progress callback raised ValueError", "the batch stops as on Ctrl-C (files being converted finish, "
         "the rest are cancelled, the workers end: no process left); `ProgressFailed` carries the report",
         run=_with_raising_progress, check=_text_in("out/report.json", '"interrupted": true')),
    _wide_case("utf16le.txt", "utf-16-le", "UTF-16 (little-endian) text without a byte-order mark"),
    _wide_case("utf16be.txt", "utf-16-be", "UTF-16 (big-endian) text without a byte-order mark"),
    _wide_case("utf32le.txt", "utf-32-le", "UTF-32 text without a byte-order mark"),
    _wide_case("utf16.html", "utf-16-le", "a UTF-16 web page without a byte-order mark"),
    Case("stray-nuls", "a text file with a few NUL bytes near its start",
         _one("nuls.txt", b"\x00\x00" + BODY.encode("gbk")[:40] + b"\x00" + BODY.encode("gbk")[40:], "--to", "md"),
         0, "stray-nul", "converted; the NULs are removed with a warning `stray-nul: 3 NUL byte(s) removed, the first "
                         "at byte offset 0` (was exit 3, `a binary file`)",
         check=_text_in("out/nuls.md", "同志们", "今天，我们召开全县工作会议")),
    Case("sigterm", "SIGTERM to a running batch (`kill PID`)", _pages_batch, 143, "interrupted by SIGTERM",
         "exit 143: files being converted are finished, the rest cancelled, the report written (`\"signal\": "
         "\"SIGTERM\"`), no partial file", run=_signalled(("pid", "SIGTERM")), check=_stopped_cleanly("SIGTERM")),
    Case("sigterm-group", "SIGTERM to the batch and its workers (`timeout`, systemd)", _pages_batch, 143,
         "interrupted by SIGTERM", "exit 143: the workers abandon their documents (removing what they wrote), "
         "the report calls them cancelled and none of their files appears",
         run=_signalled(("group", "SIGTERM")), check=_stopped_cleanly("SIGTERM")),
    Case("sighup", "SIGHUP to the batch and its workers (the terminal is closed)", _pages_batch, 129,
         "interrupted by SIGHUP", "exit 129: as Ctrl-C (the workers ignore it; the batch stops between files)",
         run=_signalled(("group", "SIGHUP")), check=_stopped_cleanly("SIGHUP")),
    Case("double-ctrl-c", "Ctrl-C twice", _pages_batch, 130, "interrupted",
         "exit 130: the second Ctrl-C tells the workers to stop at once; no file of an input the report calls "
         "cancelled appears (they used to be finished after the report)",
         run=_signalled(("group", "SIGINT"), ("group", "SIGINT")), check=_stopped_cleanly("SIGINT")),
    Case("kill-9", "`kill -9` of the batch process", _pages_batch, -9, "",
         "the workers notice at once (the kernel's parent-death signal, and a watch on the parent) and stop, "
         "removing their temporary files: no orphan, no partial file; `--resume` removes a killed run's "
         "stale `.part` files and goes on", run=_signalled(("pid", "SIGKILL")), check=_resumes),
    Case("ref-bomb", "a reference DOCX whose styles.xml inflates to 256 MB (a zip bomb)",
         _reference(_bomb_reference), 6, "its part word/styles.xml inflates to more than 64 MB",
         "exit 6 after inflating 64 MB at most: `its part word/styles.xml inflates to more than 64 MB; it is not a "
         "document this tool reads (a zip bomb?)`", check=_nothing_in("out")),
    Case("ref-dtd", "a reference DOCX whose styles.xml declares and uses a DTD entity",
         _reference(_dtd_reference), 6, "its part word/styles.xml holds a DTD",
         "exit 6 (was exit 8, 'report this as a bug'): `its part word/styles.xml holds a DTD (<!DOCTYPE …>), which "
         "Word documents never do; open it in Word or LibreOffice, save it again as .docx`", check=_nothing_in("out")),
    Case("ref-not-zip", "a reference DOCX that is no zip (a text file named .docx)",
         _reference(lambda folder: _write(folder, "ref.docx", "这不是Word文档")), 6,
         "is not a Word .docx document (not a zip package)",
         "exit 6 (was 'Package not found'): `is not a Word .docx document (not a zip package); save it as .docx "
         "(Word 2007 or later) …`", check=_nothing_in("out")),
    Case("ref-libreoffice", "a reference DOCX made by LibreOffice (old core-properties relationship, no default "
         "style marked, footer distance 0)", _reference(lambda folder: REFERENCES / "reference-libreoffice.docx"),
         0, "->", "converted: one docProps/core.xml, one style named Normal (LibreOffice's, marked default), page "
                  "numbers 7 mm under the text block (was: both twice, numbers on the paper's edge)",
         check=_clean_package("out/page.docx")),
    Case("ref-pandoc", "a reference DOCX made by pandoc (an empty section: no paper, no margins)",
         _reference(lambda folder: REFERENCES / "reference-pandoc.docx"), 0, "->",
         "converted: the profile's page set-up and page numbers", check=_clean_package("out/page.docx")),
    Case("ref-python-docx", "a reference DOCX made by python-docx (Letter paper)", _reference(_python_docx_reference),
         0, "->", "converted: its page set-up kept, page numbers added under its text block",
         check=_clean_package("out/page.docx")),
    Case("fifo", "a named pipe (FIFO) that nothing writes to", lambda folder: ["convert", str(_fifo(folder, "p.txt")),
         "-o", str(folder / "out.md")], 3, "is a named pipe (FIFO), not a regular file",
         "exit 3 at once (it was opened and waited on forever): `is a named pipe (FIFO), not a regular file; "
         "save the page to a file first …`", seconds=10),
    Case("socket", "a socket file", lambda folder: ["convert", str(_socket(folder, "s.html")), "-o",
         str(folder / "out.md")], 3, "is a socket, not a regular file", "exit 3 at once: `is a socket, not a "
         "regular file …`", seconds=10),
    Case("fifo-batch", "named pipes in a batch (one in the folder, one named on the command line)",
         _fifo_in_batch, 9, "2 of 3 inputs failed", "exit 9 at once: the good page is converted, each pipe "
         "fails as `is a named pipe (FIFO), not a regular file`", seconds=20,
         check=_all(_has("out/in/good.md"), _text_in("out/report.json", "is a named pipe (FIFO)"))),
    Case("long-punctuated", "one 1 MB paragraph of punctuated sentences, to PDF (the exact line breaker was "
         "quadratic: 0.1 MB took 9 s, 1 MB more than 15 minutes)",
         lambda folder: _one("long.txt", _punctuated(1), "--to", "pdf")(folder), 0, "->",
         "converted (567 pages) in seconds: a paragraph over 64 lines is retouched window by window",
         check=_has("out/long.pdf")),
    Case("many-headings", "4,000 headings, each kept with the paragraph after it, to PDF",
         lambda folder: _one("headings.txt", _headings(4000), "--to", "pdf")(folder), 0, "->",
         "converted in a few seconds: page filling goes on from the changed paragraph, never from page 1",
         check=_has("out/headings.pdf")),
    _profile_case("profile-size-0", "a profile with body size 0 (invisible text)", "[roles.body]\nsize_pt = 0",
                  "[roles.body] size_pt = 0 is out of range: it must be from 4 to 500"),
    _profile_case("profile-pitch-0", "a profile with line pitch 0 (every line on top of the last)",
                  "[page]\nline_pitch_pt = 0", "[page] line_pitch_pt = 0 is out of range"),
    _profile_case("profile-lines", "a profile with a million lines a page", "[page]\nlines_per_page = 1000000",
                  "[page] lines_per_page = 1000000 is out of range"),
    _profile_case("profile-geometry", "a profile whose lines do not fit the page (40 lines of 28.95 pt)",
                  "[page]\nlines_per_page = 40", "[page] lines_per_page = 40 lines of 28.95 pt do not fit the "
                  "text block (638 pt high); set at most 22"),
    _profile_case("profile-margins", "a profile whose margins are wider than the paper",
                  "[page]\nleft_mm = 150\nright_mm = 80", "[page] left_mm + right_mm = 230 leaves no text width"),
    _profile_case("profile-type", "a profile value of the wrong type (`size_pt = \"16\"`)",
                  "[roles.body]\nsize_pt = \"16\"", '[roles.body] size_pt = "16" must be a number'),
    _profile_case("profile-typo", "a profile key or role misspelt (`[roles.bodyy]`)",
                  "[roles.bodyy]\nsize_pt = 16", "unknown role 'bodyy' in [roles]"),
    _profile_case("profile-deep", "a profile holding a 20,000-deep TOML array",
                  "a = " + "[" * 20_000 + "]" * 20_000, "nests arrays or tables too deeply to be a profile"),
    _profile_case("profile-dev-zero", "`--profile /dev/zero`", None,
                  "is a character device, not a regular file", profile="/dev/zero"),
    Case("echoed-closing", "a closing line that repeats the opening line (`大家新年好！` at both ends)",
         _one("greeting.txt", "新年致辞\n大家新年好！\n" + BODY.split("\n", 2)[2] + "大家新年好！\n", "--to", "md"),
         0, "->", "converted: both kept (only the page's title or summary repeated at the end is clutter)",
         check=_count_in("out/greeting.md", "大家新年好！", 2)),
    Case("repeated-heading", "40,000 lines `一、加强学习`", _one("same.txt", "一、加强学习\n" * 40_000, "--to", "md"),
         0, "->", "converted: all 40,000 kept (a line the speech itself uses again is never a repeated title)",
         check=_count_in("out/same.md", "加强学习", 40_000), seconds=120),
    Case("mhtml-blank-line", "a single-file web page (.mht) with a blank line before its headers",
         _one("page.mht", _mime(b"\r\n"), "--to", "md"), 0, "->",
         "converted: the page inside is unwrapped (blank lines and a BOM before the MIME headers are skipped)",
         check=_no_mime_left("out/page.md")),
    Case("mhtml-bom", "a single-file web page (.mht) with a UTF-8 BOM, LF line ends",
         _one("page.mht", _mime(b"\xef\xbb\xbf", eol="\n"), "--to", "md"), 0, "->", "converted: the page inside is unwrapped",
         check=_no_mime_left("out/page.md")),
    Case("eml", "a saved e-mail (.eml, multipart/alternative) holding the speech as HTML",
         _one("mail.eml", _mime(kind="alternative"), "--to", "md"), 0, "->",
         "converted: its web page part is read", check=_no_mime_left("out/mail.md")),
    Case("mime-no-page", "a MIME message with no web page part (only plain text and a picture)",
         _one("mail.mht", _mime(kind="mixed", html=False), "--to", "md"), 3, "no web page in it",
         "exit 3: `this is a MIME message … with no web page in it; open it in a browser or mail program, save "
         "the speech as .html or .txt`", check=_nothing_in("out")),
    Case("text-like-names", "file names that look like page text (`第一\\n讲.txt`, `<讲话>.txt`, a CR) in batch",
         _text_like_batch, 0, "speechconv batch",
         "converted: every input is read as a file (batch passes paths only; page text in Python is "
         "`read(text=…)`)",
         check=_holds_the_page(*(f"out/{Path(n).stem}.md" for n in TEXT_LIKE_NAMES))),
    Case("text-like-name-convert", "a file name with a line break, in convert",
         _one("第一\n讲.txt", BODY, "--to", "md"), 0, "->", "converted: the file is read, not its name",
         check=_holds_the_page("out/第一\n讲.md")),
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


#: The environment variable that marks every process a hostile run starts (``/proc/PID/environ``), so
#: that processes left running without their parent (orphans) can be counted.
RUN_MARK = "SPEECHCONV_HOSTILE_RUN"


def marked_processes(marker: str) -> dict[int, int]:
    """Return {pid: parent pid} of the live processes whose environment holds ``RUN_MARK=marker``
    (read from /proc; empty where there is none)."""
    found: dict[int, int] = {}
    needle = f"{RUN_MARK}={marker}".encode()
    if not os.path.isdir("/proc"):
        return found
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/environ", "rb") as fh:
                if needle not in fh.read().split(b"\0"):
                    continue
            with open(f"/proc/{entry.name}/stat", encoding="ascii", errors="replace") as fh:
                fields = fh.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if fields[0] not in ("Z", "X"):                      # a zombie runs nothing
            found[int(entry.name)] = int(fields[1])
    return found


def orphans(marker: str, grace: float = 3.0) -> int:
    """Return how many processes of the run ``marker`` are left without their parent (it is neither of
    the run nor this process) once ``grace`` seconds have passed for them to notice and stop."""
    import time

    deadline = time.monotonic() + grace
    while True:
        procs = marked_processes(marker)
        lost = [p for p, parent in procs.items() if p != os.getpid() and parent not in procs
                and parent != os.getpid()]
        if not lost or time.monotonic() > deadline:
            return len(lost)
        time.sleep(0.1)


def _run_marker() -> str:
    """Return this process's run marker, put in its environment for every process it starts."""
    return os.environ.setdefault(RUN_MARK, f"hostile-{os.getpid()}")


def _in_process(args: list[str]) -> Ran:
    """Run ``speechconv ARGS`` in this process (click's CliRunner)."""
    from click.testing import CliRunner

    from speechconv.cli import main

    result = CliRunner().invoke(main, args)
    exception = result.exception if not isinstance(result.exception, SystemExit) else None
    return Ran(result.exit_code, result.stdout, result.stderr, exception, orphans(_run_marker(), grace=0.5))


def run_case(case: Case, folder: Path) -> Result:
    """Run ``case`` in ``folder`` (created empty) and return what it gave."""
    import time

    from speechconv.batch import time_limit

    _run_marker()
    folder.mkdir(parents=True, exist_ok=True)
    args = case.make(folder)
    size = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    patch = case.patch(folder) if case.patch else nullcontext()
    start = time.perf_counter()
    with patch, time_limit(case.seconds):
        ran = case.run(folder, args) if case.run else _in_process(args)
    res = Result(case.name, seconds=time.perf_counter() - start, orphans=ran.orphans, input_bytes=size,
                 converted=case.exit_code == 0)
    if res.seconds > case.seconds:
        res.problems.append(f"took {res.seconds:.1f} s, over its {case.seconds:g} s")
    output = ran.stdout + ran.stderr
    if ran.exception is not None:
        res.crashes += 1
        res.problems.append(f"crash: {type(ran.exception).__name__}: {ran.exception}")
    if "Traceback" in output:
        res.tracebacks += 1
        res.problems.append("a traceback was printed: " + output[output.index("Traceback"):][-1500:])
    if ran.exit_code != case.exit_code:
        res.problems.append(f"exit code {ran.exit_code}, expected {case.exit_code}: {output[-300:]!r}")
    if case.says not in output:
        res.problems.append(f"output lacks {case.says!r}: {output[-300:]!r}")
    bad = [ln for ln in ran.stderr.splitlines() if ln.startswith("error") and not _ERROR_LINE.match(ln)]
    if bad or (case.exit_code > 0 and not any(ln.startswith("error: ") or ln.startswith("interrupted")
                                              for ln in ran.stderr.splitlines())):
        res.problems.append(f"errors are not one line 'error: FILE: …': {ran.stderr[-300:]!r}")
    if res.orphans:
        res.problems.append(f"{res.orphans} process(es) left running without their parent")
    res.partial = sum(1 for p in folder.rglob("*") if p.name.endswith(".part"))
    if res.partial:
        res.problems.append(f"{res.partial} partial file(s) left")
    try:
        problem = case.check(folder) if case.check else None
    except OSError as exc:
        problem = f"check failed: {exc}"
    if problem:
        res.problems.append(problem)
    if ran.exit_code == 0:
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
    """Return the one-line summary of all results, with the seconds of the case with the largest input."""
    total = {k: sum(getattr(r, k) for r in results) for k in ("crashes", "tracebacks", "lost", "partial", "orphans")}
    largest = max(results, key=lambda r: r.input_bytes)
    converted = max([r for r in results if r.converted] or results, key=lambda r: r.input_bytes)
    return (f"cases {cases} (+ {fuzz} fuzz pages and {fuzz} fuzz texts), crashes {total['crashes']}, "
            f"tracebacks {total['tracebacks']}, characters lost {total['lost']}, "
            f"partial files left {total['partial']}, orphans {total['orphans']}; "
            f"largest case {largest.case} ({largest.input_bytes / 2**20:.1f} MB) {largest.seconds:.1f} s, "
            f"largest converted {converted.case} ({converted.input_bytes / 2**20:.1f} MB) {converted.seconds:.1f} s")


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
