"""The ``speechconv`` command line (click); with cli_batch.py the only room that prints or exits. Each
command calls one library function; every error goes through :func:`_errors` (one line, its exit code)."""
from __future__ import annotations

import os
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import click

from . import __version__
from ._term import printable
from .errors import EXIT_CODES, SpeechconvError
from .signals import deferred_signals, ignore_stop_signals, stop_signals
from .readers import names as reader_names


def _formats(ctx: click.Context, param: click.Parameter, value: str) -> tuple[str, ...]:
    """Return the formats named in a comma-separated ``--to`` value. Raises click.BadParameter."""
    from .plan import parse_formats

    try:
        return parse_formats(value)
    except SpeechconvError as exc:
        raise click.BadParameter(exc.message) from None


# Options shared by several commands, declared once.
to_option = click.option("--to", "to", default="docx", show_default=True, metavar="FORMATS",
                         callback=_formats, help="Comma-separated formats: docx, pdf, ofd, json, md.")
profile_option = click.option("--profile", type=click.Path(path_type=Path),
                              help="Style profile (TOML) merged over gbt9704.")
format_option = click.option("--format", "in_format", type=click.Choice(reader_names()),
                             help="Input format (default: from the content, else the suffix).")
no_pass_option = click.option("--no-pass", "skip", multiple=True, metavar="NAME", help="Leave out a pass "
                              "(normalize, boilerplate, split, structure, placeholders).")
overwrite_option = click.option("--overwrite", is_flag=True, help="Replace existing outputs whatever they hold "
                                "(without it: only speechconv's own unchanged outputs, or the same bytes).")


def _say(text: str) -> None:
    """Print ``text`` on one line of standard error (control characters and line breaks escaped)."""
    click.echo(printable(text), err=True)


def _echo(text: str) -> None:
    """Print ``text`` on standard output, each line with control characters escaped."""
    click.echo("\n".join(printable(line) for line in text.split("\n")))


def _error(exc: Exception, name: str) -> SpeechconvError:
    """Return ``exc`` as a one-line error (a bug: an internal error naming ``name``; SPEECHCONV_DEBUG=1 re-raises)."""
    if isinstance(exc, SpeechconvError):
        return exc
    if os.environ.get("SPEECHCONV_DEBUG"):
        raise exc
    return SpeechconvError(f"internal error ({type(exc).__name__}: {exc}); please report it with this "
                           "file (SPEECHCONV_DEBUG=1 shows the traceback)", name)


@contextmanager
def _errors(name: str) -> Iterator[None]:
    """The one error path: an error (or a bug, about ``name``) is one line and its exit code; Ctrl-C,
    SIGTERM and SIGHUP exit 128 + the signal (130, 143, 129) with no partial file."""
    try:
        with stop_signals():
            yield
    except click.ClickException:
        raise
    except KeyboardInterrupt as exc:
        with deferred_signals():    # another Ctrl-C while saying so would end the process by the signal
            _say(getattr(exc, "message", "interrupted: files already written are complete; no partial file is left"))
            sys.exit(getattr(exc, "exit_code", EXIT_CODES["interrupted"]))
    except Exception as exc:  # noqa: BLE001 - a bug: one line, not a traceback
        error = _error(exc, name)
        _say(f"error: {error}")
        sys.exit(error.exit_code)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "-V", "--version", prog_name="speechconv")
def main() -> None:
    """Turn Chinese speeches downloaded from the web into GB/T 9704 official-style DOCX, PDF and OFD."""


@main.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("-o", "--output", "out", metavar="OUT",
              help="Output file (one input, one format), folder (several), or - for standard output.")
@to_option
@profile_option
@click.option("--split", is_flag=True, help="Write one file per speech (NAME-1.docx, NAME-2.docx, ...).")
@format_option
@no_pass_option
@click.option("--embed-fonts", is_flag=True, default=None, help="DOCX: embed subsets of the shipped fonts.")
@click.option("--reference-doc", type=click.Path(path_type=Path), metavar="FILE",
              help="DOCX: take styles, page set-up and footers from this .docx (as pandoc does).")
@overwrite_option
@click.option("-q", "--quiet", is_flag=True, help="Print only errors and warnings.")
def convert(inputs: tuple[Path, ...], quiet: bool, **options) -> None:
    """Convert downloaded speech pages (HTML or text) to DOCX, PDF, OFD, JSON or Markdown.

    Without -o each output is written beside its input (page.html -> page.docx). An existing output
    is replaced only when it is an unchanged earlier speechconv output (or --overwrite is given).
    """
    from .conversion import Conversion

    first: SpeechconvError | None = None
    with _errors(str(inputs[0])):
        job = Conversion.create(len(inputs), stdout=sys.stdout.buffer, **options)
        for ev in job.run(inputs):
            if ev.kind == "failed":
                error = _error(ev.error, ev.input)  # type: ignore[arg-type]
                _say(f"error: {error}")
                first = first or error
            elif ev.kind != "written" or not quiet:
                _say(ev.text)
    if first is not None:
        sys.exit(first.exit_code)


@main.command()
@click.argument("input_path", metavar="INPUT", type=click.Path(path_type=Path))
@format_option
@no_pass_option
@click.option("--roles", is_flag=True, help="Number the page's lines, each with the role the reading gives it.")
@click.option("--why", type=click.IntRange(min=1), metavar="N", help="Say why line N (see --roles) got its role.")
def inspect(input_path: Path, in_format: str | None, skip: tuple[str, ...], roles: bool, why: int | None) -> None:
    """Print the recognised structure of INPUT as a tree, then what was dropped and why."""
    from .tree import inspect_report

    with _errors(str(input_path)):
        text = inspect_report(input_path, in_format, skip, roles=roles, why=why)
    _echo(text)


@main.command()
@click.argument("input_path", metavar="[INPUT]", required=False, type=click.Path(path_type=Path))
@profile_option
@format_option
@no_pass_option
def fonts(input_path: Path | None, profile: Path | None, in_format: str | None,
          skip: tuple[str, ...]) -> None:
    """List the shipped fonts: family, file, roles, licence, GB2312/GBK coverage. With INPUT, say which
    of its characters fall back to the fallback font (per role) and which no shipped font has."""
    from .fontinfo import fonts_report
    from .profile import load_profile

    with _errors(str(input_path or profile or "fonts")):
        _echo(fonts_report(load_profile(profile), input_path, in_format, skip))


@main.command()
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@click.option("-o", "--output", "out", required=True, type=click.Path(path_type=Path), metavar="OUT_DIR",
              help="Folder for the outputs; they mirror the input tree inside it.")
@to_option
@click.option("-j", "--jobs", type=click.IntRange(min=1), metavar="N", help="Worker processes (default: the CPUs).")
@click.option("--resume", is_flag=True, help="Skip inputs whose outputs are all newer than the input.")
@click.option("--report", "report_path", type=click.Path(path_type=Path), metavar="FILE", help="JSON report file.")
@click.option("--glob", "patterns", multiple=True, metavar="PATTERN",
              help="File names to take from input folders (repeatable; default *.html *.htm *.txt "
                   "*.docx *.doc *.wps *.odt *.rtf). "
                   "A pattern with / matches the path below the folder.")
@profile_option
@no_pass_option
@click.option("--time-limit", type=click.FloatRange(min=0, min_open=True), metavar="SECONDS",
              help="Stop a document that takes longer than this and record it as failed.")
@overwrite_option
@click.option("-q", "--quiet", is_flag=True, help="No progress; print only failures and the summary.")
def batch(inputs: tuple[str, ...], out: Path, report_path: Path | None, patterns: tuple[str, ...],
          quiet: bool, **options) -> None:
    """Convert many pages at once: files, folders (searched recursively) or - (paths on stdin). One bad
    file never stops the batch; ends with a summary and a JSON report; exit 0, 9 (some failed) or 130."""
    from .batch import DEFAULT_PATTERNS, BatchInterrupted, ProgressFailed, convert_many, listed
    from .cli_batch import BatchView

    paths, patterns = listed(inputs, sys.stdin), patterns or DEFAULT_PATTERNS
    report_file = report_path or out / "report.json"
    view = BatchView(quiet=quiet)
    with _errors(str(out)):
        stopped: Exception | None = None
        try:
            with view:
                report = convert_many(paths, out, patterns=patterns, progress=view.update,
                                      reserved=[report_file], **options)
        except (BatchInterrupted, ProgressFailed) as exc:
            report, stopped = exc.report, exc
        report.require_inputs(patterns, paths)
        with deferred_signals():                  # one more Ctrl-C must not cost the report
            unwritten = report.write_or_error(report_file)
            view.summary(report, str(report_file) if unwritten is None else "not written (see the error above)")
        if unwritten is not None and (stopped is not None or report.failed):
            _say(f"error: {unwritten}")           # then the batch's own outcome, which decides the exit code
        report.outcome(report_file, unwritten, stopped)


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
    from .server import Settings, is_loopback, run

    if not is_loopback(host) and not public:
        raise click.UsageError(f"--host {host} can be reached from other machines; add --public to allow it")
    if not is_loopback(host):
        _say(f"warning: listening on {host}: anyone who can reach it can use this server (there is no login)")
    with _errors("serve"):
        run(Settings(host=host, port=port, workers=workers or 0, time_limit=time_limit), browser=not no_browser,
            on_ready=lambda url: _say(f"speechconv serve: {url}  (API docs: {url}docs; Ctrl-C stops it)"))
    _say("speechconv serve: stopped")


def run() -> None:
    """The ``speechconv`` program: :func:`main` in a process of its own. Once a signal has stopped a
    command, further Ctrl-C, SIGTERM and SIGHUP are ignored while the process winds down (joining its
    workers can take a moment), so that it ends with its own exit status (130…), not killed by the signal."""
    try:
        main()
    except SystemExit as exc:
        if exc.code in (129, 130, 143):
            ignore_stop_signals()
        raise


if __name__ == "__main__":  # pragma: no cover
    run()
