"""The one exception hierarchy of speechconv, with the CLI's exit codes.

Every error a user can cause is a :class:`SpeechconvError`. Its message is one line that says what is
wrong and what to do; ``path`` names the file it concerns, when there is one. Only ``cli.py`` turns these
into printed lines and exit codes.
"""
from __future__ import annotations


class SpeechconvError(Exception):
    """Base of every error speechconv raises on purpose. ``exit_code`` is the CLI's status for it."""

    exit_code = 1

    def __init__(self, message: str, path: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = path

    def with_path(self, path: str) -> "SpeechconvError":
        """Return this error with ``path`` filled in when it had none (the error itself, changed)."""
        if self.path is None:
            self.path = path
        return self

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


class InputError(SpeechconvError):
    """The input cannot be read: missing, a directory, empty, binary, or not decodable."""

    exit_code = 3


class NoSpeechError(InputError):
    """The input was read but holds no speech text after clean-up."""

    exit_code = 4


class SchemaError(SpeechconvError):
    """A JSON document is not a speechconv model, or has another major schema version."""

    exit_code = 5


class ProfileError(SpeechconvError):
    """A style profile is missing, malformed, or names an unknown role or font."""

    exit_code = 6


class FontError(SpeechconvError):
    """A shipped font file cannot be found or read."""

    exit_code = 7


class OutputError(SpeechconvError):
    """An output cannot be written (unwritable directory, unknown format, bad destination)."""

    exit_code = 8


class TimeLimitError(SpeechconvError):
    """One document took longer than the per-document time limit of a batch and was stopped."""

    exit_code = 1


class BatchError(SpeechconvError):
    """Some inputs of a batch failed (the others were converted; the report names each failure)."""

    exit_code = 9


#: Exit codes, documented in README.md: 0 success, 2 usage (click), and the codes above.
EXIT_CODES = {
    "success": 0,
    "usage": 2,
    "input": InputError.exit_code,
    "no-speech": NoSpeechError.exit_code,
    "schema": SchemaError.exit_code,
    "profile": ProfileError.exit_code,
    "font": FontError.exit_code,
    "output": OutputError.exit_code,
    "batch-failed": BatchError.exit_code,
    "interrupted": 130,
}
