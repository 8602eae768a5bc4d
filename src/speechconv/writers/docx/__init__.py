"""The DOCX writer: GB/T 9704 Word documents with real styles (the only python-docx user).

:func:`write_docx` writes a :class:`~speechconv.model.Document` to a binary file object and returns
its warnings. Modules: ``styles`` (the style sheet from the profile), ``page`` (paper, grid, page-number
footers, settings), ``template`` (the cached per-profile package), ``reference`` (a template made from
the user's .docx), ``write`` (paragraphs and runs), ``fontplan`` (which shipped file draws each font
name, fallback runs), ``embed`` (obfuscated font parts), ``ooxml`` (units and element helpers). Font coverage and subsets
come from :mod:`speechconv.writers.fontfile`, which the OFD writer shares.
"""
from .write import write_docx

__all__ = ["write_docx"]
