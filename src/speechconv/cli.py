"""The ``speechconv`` command line (click). The only module that prints or exits.

Every library error becomes one line ``error: FILE: what is wrong, and what to do`` on standard error
and the exit code of its class (see :data:`speechconv.errors.EXIT_CODES`); no traceback is shown.
"""
from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

import click

from . import __version__
from ._term import printable
from .errors import EXIT_CODES, OutputError, SpeechconvError

FORMATS = ("docx", "pdf", "json", "md")
OVERWRITE_HELP = ("Replace existing output files whatever they hold. Without it an existing file is "
                  "replaced only when nothing is lost: an unchanged DOCX or PDF that speechconv wrote, "
                  "or the same bytes.")


def _formats(value: str) -> list[str]:
    """Return the formats named in a comma-separated ``--to`` value. Raises click.BadParameter."""
    from .writers import format_name

    out: list[str] = []
    for part in value.split(","):
        if not part.strip():
            continue
        try:
            fmt = format_name(part.strip())
        except SpeechconvError as exc:
            raise click.BadParameter(exc.message) from None
        if fmt not in out:
            out.append(fmt)
    if not out:
        raise click.BadParameter("name at least one format: docx, pdf, json or md")
    return out


def _say(text: str) -> None:
    """Print ``text`` on one line of standard error (control characters and line breaks escaped)."""
    click.echo(printable(text), err=True)


def _fail(exc: SpeechconvError) -> None:
    """Print ``exc`` as the one-line error and exit with its code."""
    _say(f"error: {exc}")
    sys.exit(exc.exit_code)


def _internal(exc: Exception, name: str) -> SpeechconvError:
    """Return an unexpected exception as a one-line error (exit code 1) naming the input.

    With ``SPEECHCONV_DEBUG=1`` in the environment the exception is raised instead, with its traceback.
    """
    if os.environ.get("SPEECHCONV_DEBUG"):
        raise exc
    return SpeechconvError(f"internal error ({type(exc).__name__}: {exc}); please report it with this "
                           "file (SPEECHCONV_DEBUG=1 shows the traceback)", name)


def _interrupted() -> None:
    """Say that Ctrl-C stopped the command and exit with 130."""
    _say("interrupted: files already written are complete; no partial file is left")
    sys.exit(EXIT_CODES["interrupted"])


def _warn(name: str, doc) -> None:
    """Print the document's warnings, one line each, on standard error."""
    for w in doc.warnings:
        _say(f"warning: {name}: {w.code}: {w.text}" + (f" ({w.hint})" if w.hint else ""))


def _make_folder(path: Path) -> None:
    """Create the output folder ``path``. Raises OutputError when it cannot be made."""
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"cannot create the output folder ({exc.strerror or exc}); choose another -o",
                          str(path)) from None


@dataclass(frozen=True)
class Target:
    """Where one output goes: a path, or standard output (``path`` None)."""

    path: Path | None
    fmt: str
    part: int | None  # the speech index with --split, else None


def _targets(src: Path, fmt: str, parts: int, out: str | None, single: bool) -> list[Target]:
    """Return the output targets for one input and format (one per speech with --split)."""
    from .writers import suffix

    indices: list[int | None] = list(range(parts)) if parts > 1 else [None]
    if out == "-":
        return [Target(None, fmt, i) for i in indices]
    if out is not None and single and parts == 1 and not Path(out).is_dir():
        return [Target(Path(out), fmt, None)]
    folder = Path(out) if out is not None else src.parent
    return [Target(folder / f"{src.stem}{'' if i is None else f'-{i + 1}'}{suffix(fmt)}", fmt, i)
            for i in indices]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "-V", "--version", prog_name="speechconv")
def main() -> None:
    """Turn Chinese speeches downloaded from the web into GB/T 9704 official-style DOCX and PDF."""


@main.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("-o", "--output", "out", metavar="OUT",
              help="Output file (one input, one format), folder (several), or - for standard output.")
@click.option("--to", "to", default="docx", show_default=True, metavar="FORMATS",
              help="Comma-separated formats: docx, pdf, json, md.")
@click.option("--profile", type=click.Path(path_type=Path), help="Style profile (TOML) merged over gbt9704.")
@click.option("--split", is_flag=True, help="Write one file per speech (NAME-1.docx, NAME-2.docx, ...).")
@click.option("--format", "in_format", type=click.Choice(["html", "text", "json"]),
              help="Input format (default: from the suffix, else the content).")
@click.option("--no-pass", "skip", multiple=True, metavar="NAME",
              help="Leave out a pass (normalize, boilerplate, split, structure, placeholders).")
@click.option("--embed-fonts", is_flag=True, default=None,
              help="DOCX: embed subsets of the shipped fonts (and name them), so it renders anywhere.")
@click.option("--reference-doc", type=click.Path(path_type=Path), metavar="FILE",
              help="DOCX: take styles, page set-up and footers from this .docx (as pandoc does).")
@click.option("--overwrite", is_flag=True, help=OVERWRITE_HELP)
@click.option("-q", "--quiet", is_flag=True, help="Print only errors and warnings.")
def convert(inputs: tuple[Path, ...], out: str | None, to: str, profile: Path | None, split: bool,
            in_format: str | None, skip: tuple[str, ...], embed_fonts: bool | None,
            reference_doc: Path | None, overwrite: bool, quiet: bool) -> None:
    """Convert downloaded speech pages (HTML or text) to DOCX, PDF, JSON or Markdown.

    Without -o each output is written beside its input (page.html -> page.docx). An existing output
    is replaced only when it is an unchanged earlier speechconv output (or --overwrite is given).
    """
    from .api import docx_options
    from .profile import load_profile

    formats = _formats(to)
    single = len(inputs) == 1 and len(formats) == 1 and not split  # else -o names a folder
    try:
        prof = docx_options(load_profile(profile), embed_fonts=embed_fonts, reference_doc=reference_doc)
        if out == "-" and (len(inputs) > 1 or len(formats) > 1 or formats[0] in ("docx", "pdf")):
            raise OutputError("-o - writes one text format (json or md) of one input to standard output")
        if out not in (None, "-") and not single:
            _make_folder(Path(out))
    except SpeechconvError as exc:
        _fail(exc)
    job = _ConvertJob(formats, out, single, split, prof, in_format, skip, overwrite, quiet)
    first_error: SpeechconvError | None = None
    for src in inputs:
        try:
            job.run(src)
        except SpeechconvError as exc:
            _say(f"error: {exc.with_path(str(src))}")
            first_error = first_error or exc
        except KeyboardInterrupt:
            _interrupted()
        except Exception as exc:  # noqa: BLE001 - a bug: one line, not a traceback
            error = _internal(exc, str(src))
            _say(f"error: {error}")
            first_error = first_error or error
    if first_error is not None:
        sys.exit(first_error.exit_code)


@dataclass(frozen=True)
class _ConvertJob:
    """What ``convert`` does with each input: the options it was given."""

    formats: list[str]
    out: str | None
    single: bool
    split: bool
    profile: object
    in_format: str | None
    skip: tuple[str, ...]
    overwrite: bool
    quiet: bool
    written: dict[str, str] = field(default_factory=dict)   #: output -> the input that wrote it (real paths)

    def run(self, src: Path) -> None:
        """Convert one input to every target. Raises SpeechconvError (and whatever a bug raises)."""
        from .api import check_not_input, read, split_speeches, write

        if os.path.realpath(src) in self.written.values():
            return                                         # the same file named twice: converted once
        doc = read(src, format=self.in_format, skip=self.skip)
        docs = split_speeches(doc) if self.split else [doc]
        _warn(str(src), doc)
        for fmt in self.formats:
            for target in _targets(src, fmt, len(docs), self.out, self.single):
                part = docs[target.part or 0]
                if target.path is None:
                    _to_stdout(part, fmt, self.profile)
                    continue
                check_not_input(src, target.path)
                self._claim(src, target.path)
                for w in write(part, target.path, to=fmt, profile=self.profile, overwrite=self.overwrite):
                    _say(f"warning: {target.path}: {w.code}: {w.text}")
                if not self.quiet:
                    _say(f"{src} -> {target.path}")

    def _claim(self, src: Path, path: Path) -> None:
        """Record that ``src`` writes ``path``. Raises OutputError when another input of this run did."""
        key = os.path.realpath(path)
        if key in self.written:
            raise OutputError(f"another input of this command already wrote {path} "
                              "(they share a name); convert them into different -o folders, or use "
                              "'speechconv batch', which keeps both", str(src))
        self.written[key] = os.path.realpath(src)


def _to_stdout(doc, fmt: str, profile) -> None:
    """Write ``doc`` in text format ``fmt`` to standard output. Raises OutputError when it is closed."""
    from .api import write

    try:
        write(doc, sys.stdout.buffer, to=fmt, profile=profile)
        sys.stdout.buffer.flush()
    except BrokenPipeError:
        raise OutputError("standard output was closed before the whole document was written", "-") from None


@main.command()
@click.argument("input_path", metavar="INPUT", type=click.Path(path_type=Path))
@click.option("--format", "in_format", type=click.Choice(["html", "text", "json"]), help="Input format.")
@click.option("--no-pass", "skip", multiple=True, metavar="NAME", help="Leave out a pass.")
def inspect(input_path: Path, in_format: str | None, skip: tuple[str, ...]) -> None:
    """Print the recognised structure of INPUT as a tree, then what was dropped and why."""
    from .api import read
    from .tree import render_tree

    try:
        tree = render_tree(read(input_path, format=in_format, skip=skip))
    except SpeechconvError as exc:
        _fail(exc)
    except KeyboardInterrupt:
        _interrupted()
    except Exception as exc:  # noqa: BLE001 - a bug: one line, not a traceback
        _fail(_internal(exc, str(input_path)))
    for line in tree.split("\n"):
        click.echo(printable(line))


def _batch_inputs(inputs: tuple[str, ...]) -> list[str]:
    """Return the batch inputs, with ``-`` replaced by the paths listed on standard input (one a line,
    blank lines and lines starting with # left out)."""
    out: list[str] = []
    for item in inputs:
        if item != "-":
            out.append(item)
            continue
        for line in sys.stdin:
            path = line.rstrip("\r\n")
            if path.strip() and not path.lstrip().startswith("#"):
                out.append(path)
    return out


@main.command()
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@click.option("-o", "--output", "out", required=True, type=click.Path(path_type=Path), metavar="OUT_DIR",
              help="Folder for the outputs; they mirror the input tree inside it.")
@click.option("--to", "to", default="docx", show_default=True, metavar="FORMATS",
              help="Comma-separated formats: docx, pdf, json, md.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), metavar="N",
              help="Worker processes (default: the number of CPUs; 1 converts in this process).")
@click.option("--resume", is_flag=True, help="Skip inputs whose outputs are all newer than the input.")
@click.option("--report", "report_path", type=click.Path(path_type=Path), metavar="FILE",
              help="Where to write the JSON report (default: OUT_DIR/report.json).")
@click.option("--glob", "patterns", multiple=True, metavar="PATTERN",
              help="File names to take from input folders (repeatable; default *.html *.htm *.txt). "
                   "A pattern with / matches the path below the folder.")
@click.option("--profile", type=click.Path(path_type=Path), help="Style profile (TOML) merged over gbt9704.")
@click.option("--no-pass", "skip", multiple=True, metavar="NAME", help="Leave out a pass.")
@click.option("--time-limit", type=click.FloatRange(min=0, min_open=True), metavar="SECONDS",
              help="Stop a document that takes longer than this and record it as failed.")
@click.option("--overwrite", is_flag=True, help=OVERWRITE_HELP)
@click.option("-q", "--quiet", is_flag=True, help="No progress; print only failures and the summary.")
def batch(inputs: tuple[str, ...], out: Path, to: str, jobs: int | None, resume: bool,
          report_path: Path | None, patterns: tuple[str, ...], profile: Path | None,
          skip: tuple[str, ...], time_limit: float | None, overwrite: bool, quiet: bool) -> None:
    """Convert many pages at once: files, folders (searched recursively) or - (paths on stdin).

    One bad file never stops the batch. Ends with a summary table and a JSON report; exits 0 when
    every input was converted, 9 when some failed, 130 when interrupted (Ctrl-C; finished files kept).
    """
    from .batch import DEFAULT_PATTERNS, BatchInterrupted, convert_many
    from .cli_batch import BatchView
    from .errors import BatchError, InputError

    formats = _formats(to)
    paths = _batch_inputs(inputs)
    report_file = report_path or out / "report.json"
    view = BatchView(quiet=quiet)
    try:
        with view:
            report = convert_many(paths, out, formats, jobs=jobs, resume=resume, profile=profile,
                                  skip=skip, patterns=patterns or DEFAULT_PATTERNS, time_limit=time_limit,
                                  progress=view.update, reserved=[report_file], overwrite=overwrite)
    except BatchInterrupted as exc:
        report = exc.report
    except SpeechconvError as exc:
        _fail(exc)
    except Exception as exc:  # noqa: BLE001 - a bug: one line, not a traceback
        _fail(_internal(exc, str(out)))
    if not report.results:
        _fail(InputError("no input files found (looked for " + " ".join(patterns or DEFAULT_PATTERNS)
                         + "); check the paths or --glob", " ".join(paths) or "-"))
    view.summary(report, str(report_file))
    try:
        report.write(report_file)
    except SpeechconvError as exc:
        _fail(exc)
    if report.interrupted:
        click.echo("interrupted: finished files are kept; run again with --resume to go on", err=True)
        sys.exit(130)
    if report.failed:
        _fail(BatchError(f"{len(report.failed)} of {len(report.results)} inputs failed; "
                         f"the report {report_file} says why for each", "batch"))


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="Port (0: any free one).")
@click.option("--public", is_flag=True, help="Allow a --host that other machines can reach (there is no login).")
@click.option("--no-browser", is_flag=True, help="Do not open the page in the browser.")
@click.option("--workers", type=click.IntRange(min=1), help="Conversions at once (default: the CPUs, at most 4).")
@click.option("--time-limit", default=60.0, show_default=True, type=click.FloatRange(min=1), metavar="SECONDS",
              help="Stop a conversion that takes longer.")
def serve(host: str, port: int, public: bool, no_browser: bool, workers: int | None, time_limit: float) -> None:
    """Start the web page (review, correct, download) and the HTTP API; Ctrl-C stops it."""
    import webbrowser

    from .server import Settings, is_loopback, run

    if not is_loopback(host):
        if not public:
            raise click.UsageError(f"--host {host} can be reached from other machines; add --public to allow it")
        _say(f"warning: listening on {host}: anyone who can reach it can use this server (there is no login)")

    def ready(url: str) -> None:
        _say(f"speechconv serve: {url}  (API docs: {url}docs; Ctrl-C stops it)")
        if not no_browser:
            webbrowser.open(url)

    try:
        run(Settings(host=host, port=port, workers=workers or 0, time_limit=time_limit), ready)
    except SpeechconvError as exc:
        _fail(exc)
    _say("speechconv serve: stopped")


if __name__ == "__main__":  # pragma: no cover
    main()
