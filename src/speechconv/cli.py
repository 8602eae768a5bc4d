"""The ``speechconv`` command line (click). The only module that prints or exits.

Every library error becomes one line ``error: FILE: what is wrong, and what to do`` on standard error
and the exit code of its class (see :data:`speechconv.errors.EXIT_CODES`); no traceback is shown.
"""
from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

import click

from . import __version__
from .errors import OutputError, SpeechconvError

FORMATS = ("docx", "pdf", "json", "md")


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


def _fail(exc: SpeechconvError) -> None:
    """Print ``exc`` as the one-line error and exit with its code."""
    click.echo(f"error: {exc}", err=True)
    sys.exit(exc.exit_code)


def _warn(name: str, doc) -> None:
    """Print the document's warnings, one line each, on standard error."""
    for w in doc.warnings:
        click.echo(f"warning: {name}: {w.code}: {w.text}" + (f" ({w.hint})" if w.hint else ""), err=True)


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
@click.option("-q", "--quiet", is_flag=True, help="Print only errors and warnings.")
def convert(inputs: tuple[Path, ...], out: str | None, to: str, profile: Path | None, split: bool,
            in_format: str | None, skip: tuple[str, ...], embed_fonts: bool | None,
            reference_doc: Path | None, quiet: bool) -> None:
    """Convert downloaded speech pages (HTML or text) to DOCX, PDF, JSON or Markdown.

    Without -o each output is written beside its input (page.html -> page.docx).
    """
    from .api import docx_options, read, split_speeches, write
    from .profile import load_profile

    formats = _formats(to)
    try:
        prof = docx_options(load_profile(profile), embed_fonts=embed_fonts, reference_doc=reference_doc)
        if out == "-" and (len(inputs) > 1 or len(formats) > 1 or formats[0] in ("docx", "pdf")):
            raise OutputError("-o - writes one text format (json or md) of one input to standard output")
    except SpeechconvError as exc:
        _fail(exc)
    single = len(inputs) == 1 and len(formats) == 1 and not split  # else -o names a folder
    if out not in (None, "-") and not single:
        Path(out).mkdir(parents=True, exist_ok=True)
    first_error: SpeechconvError | None = None
    for src in inputs:
        try:
            doc = read(src, format=in_format, skip=skip)
            docs = split_speeches(doc) if split else [doc]
            _warn(str(src), doc)
            for fmt in formats:
                for target in _targets(src, fmt, len(docs), out, single):
                    part = docs[target.part or 0]
                    if target.path is None:
                        write(part, sys.stdout.buffer, to=fmt, profile=prof)
                        continue
                    for w in write(part, target.path, to=fmt, profile=prof):
                        click.echo(f"warning: {target.path}: {w.code}: {w.text}", err=True)
                    if not quiet:
                        click.echo(f"{src} -> {target.path}", err=True)
        except SpeechconvError as exc:
            click.echo(f"error: {exc.with_path(str(src))}", err=True)
            first_error = first_error or exc
    if first_error is not None:
        sys.exit(first_error.exit_code)


@main.command()
@click.argument("input_path", metavar="INPUT", type=click.Path(path_type=Path))
@click.option("--format", "in_format", type=click.Choice(["html", "text", "json"]), help="Input format.")
@click.option("--no-pass", "skip", multiple=True, metavar="NAME", help="Leave out a pass.")
def inspect(input_path: Path, in_format: str | None, skip: tuple[str, ...]) -> None:
    """Print the recognised structure of INPUT as a tree, then what was dropped and why."""
    from .api import read
    from .tree import render_tree

    try:
        doc = read(input_path, format=in_format, skip=skip)
    except SpeechconvError as exc:
        _fail(exc)
    click.echo(render_tree(doc))


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
@click.option("-q", "--quiet", is_flag=True, help="No progress; print only failures and the summary.")
def batch(inputs: tuple[str, ...], out: Path, to: str, jobs: int | None, resume: bool,
          report_path: Path | None, patterns: tuple[str, ...], profile: Path | None,
          skip: tuple[str, ...], time_limit: float | None, quiet: bool) -> None:
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
                                  progress=view.update, reserved=[report_file])
    except BatchInterrupted as exc:
        report = exc.report
    except SpeechconvError as exc:
        _fail(exc)
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


if __name__ == "__main__":  # pragma: no cover
    main()
