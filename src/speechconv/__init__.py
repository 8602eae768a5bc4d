"""speechconv: Chinese speeches downloaded from the web to clean GB/T 9704 DOCX and PDF.

    >>> import speechconv
    >>> doc = speechconv.read("page.html")          # path, bytes, or page text
    >>> speechconv.write(doc, "page.docx")           # or .pdf / .json / .md, or a binary file object
    >>> speechconv.convert("page.html", "page.pdf")  # both in one call
"""
from .api import convert, read, split_speeches, write
from .errors import (FontError, InputError, NoSpeechError, OutputError, ProfileError, SchemaError,
                     SpeechconvError)
from .model import SCHEMA, Document, Dropped, Heading, Notice, Paragraph, Run, Source, Speech
from .profile import Profile, load_profile

__version__ = "0.1.0"

__all__ = ["read", "write", "convert", "split_speeches", "load_profile", "Profile", "Document", "Speech",
           "Paragraph", "Heading", "Run", "Source", "Dropped", "Notice", "SCHEMA", "SpeechconvError",
           "InputError", "NoSpeechError", "SchemaError", "ProfileError", "FontError", "OutputError",
           "__version__"]
