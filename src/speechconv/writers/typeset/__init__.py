"""Typesetting on the GB/T 9704 grid: the writers' paragraphs become pages of placed lines.

Shared by the page writers (PDF, and OFD to come): line breaking with 避头尾 (:mod:`.linebreak`),
pagination on the line grid (:mod:`.paginate`), composition of paragraphs into positioned lines and pages
(:mod:`.compose`), and the fonts that measure them (:mod:`.fontload`, with its disk cache
:mod:`.facecache`; reportlab's TrueType parser reads the metrics). Nothing here draws.
"""
