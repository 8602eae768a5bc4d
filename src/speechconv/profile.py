"""Style profiles: the TOML data that maps writer roles to fonts, sizes and spacing.

A user profile is merged over the default ``gbt9704`` profile, so it needs to name only what it changes.
"""
from __future__ import annotations

import sys
from dataclasses import dataclass, fields
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Mapping

from .errors import ProfileError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib

MM = 72 / 25.4  #: points per millimetre

ROLES = ("title", "subtitle", "byline", "date", "salutation", "heading1", "heading2", "heading3",
         "heading4", "body", "lead", "closing", "signature", "page-number")
#: Roles whose unset fields are taken from another role (``lead`` sits inside body paragraphs).
ROLE_PARENT = {"lead": "body"}


@dataclass(frozen=True)
class Face:
    """A font face: the shipped file, its family name, and the name Chinese offices have installed."""

    key: str
    file: str
    bundled: str
    office: str


@dataclass(frozen=True)
class RoleStyle:
    """How one role is set. Lengths in pt, or in body characters / grid lines where named so."""

    name: str
    font: str
    size_pt: float
    align: str = "justify"
    indent_chars: float = 0.0
    right_indent_chars: float = 0.0
    space_before_lines: float = 0.0
    space_after_lines: float = 0.0
    bold: bool = False
    italic: bool = False
    max_line_chars: int = 0
    parenthesize: bool = False


@dataclass(frozen=True)
class Page:
    """Paper, margins (mm) and the character grid."""

    width_mm: float
    height_mm: float
    top_mm: float
    bottom_mm: float
    left_mm: float
    right_mm: float
    lines_per_page: int
    chars_per_line: int
    line_pitch_pt: float
    char_spacing_pt: float = 0.0
    speech_starts_new_page: bool = True
    title_block_space_after_lines: float = 1.0

    @property
    def text_width_pt(self) -> float:
        """Return the text block's width in points."""
        return (self.width_mm - self.left_mm - self.right_mm) * MM

    @property
    def cell_pt(self) -> float:
        """Return the grid's character pitch in points (text width / characters per line)."""
        return self.text_width_pt / self.chars_per_line


@dataclass(frozen=True)
class PageNumber:
    """Page-number format and placement."""

    template: str = "— {n} —"
    role: str = "page-number"
    outer: bool = True
    gap_chars: float = 1.0
    below_mm: float = 7.0


@dataclass(frozen=True)
class Profile:
    """A complete style profile. Build one with :func:`load_profile`."""

    name: str
    page: Page
    page_number: PageNumber
    faces: Mapping[str, Face]
    roles: Mapping[str, RoleStyle]
    docx: Mapping[str, Any]
    pdf: Mapping[str, Any]

    def role(self, name: str) -> RoleStyle:
        """Return the style of role ``name``. Raises ProfileError for a role the profile lacks."""
        try:
            return self.roles[name]
        except KeyError:
            raise ProfileError(f"the profile has no role {name!r}; add [roles.{name}]") from None

    def face(self, key: str) -> Face:
        """Return font face ``key``. Raises ProfileError when the profile does not define it."""
        try:
            return self.faces[key]
        except KeyError:
            raise ProfileError(f"the profile has no font {key!r}; add [fonts.{key}]") from None

    def face_of(self, role: str) -> Face:
        """Return the face that role ``role`` is set in."""
        return self.face(self.role(role).font)


def _merge(base: dict[str, Any], over: Mapping[str, Any]) -> dict[str, Any]:
    """Return ``base`` with ``over`` merged in, tables merged key by key."""
    out = dict(base)
    for key, value in over.items():
        if isinstance(value, Mapping) and isinstance(out.get(key), dict):
            out[key] = _merge(out[key], value)
        else:
            out[key] = value
    return out


def _build(cls: type, data: Mapping[str, Any], where: str, **extra: Any) -> Any:
    """Return ``cls(**data, **extra)``, raising ProfileError on unknown or missing keys."""
    known = {f.name for f in fields(cls)}
    unknown = set(data) - known
    if unknown:
        raise ProfileError(f"unknown key(s) {sorted(unknown)} in [{where}]")
    try:
        return cls(**data, **extra)
    except TypeError as exc:
        raise ProfileError(f"[{where}] is incomplete ({exc})") from None


def _roles(data: Mapping[str, Any], faces: Mapping[str, Face]) -> dict[str, RoleStyle]:
    """Return every role's style, with inherited fields filled in; check each names a known face."""
    out: dict[str, RoleStyle] = {}
    for name in ROLES:
        raw = dict(data.get(name) or {})
        parent = ROLE_PARENT.get(name)
        if parent:
            raw = {**{k: v for k, v in (data.get(parent) or {}).items()}, **raw}
        if not raw:
            raise ProfileError(f"the profile has no [roles.{name}]")
        style = _build(RoleStyle, raw, f"roles.{name}", name=name)
        if style.font not in faces:
            raise ProfileError(f"[roles.{name}] names font {style.font!r}, which has no [fonts.{style.font}]")
        out[name] = style
    return out


def profile_from_dict(data: Mapping[str, Any]) -> Profile:
    """Return a Profile from a merged profile table. Raises ProfileError on unknown or missing keys, a
    value of the wrong type or out of range, or a page that cannot hold a document (see
    :mod:`speechconv.profilecheck`)."""
    from .profilecheck import check_geometry, check_table

    check_table(data, ROLES)
    faces = {k: _build(Face, v, f"fonts.{k}", key=k) for k, v in (data.get("fonts") or {}).items()}
    profile = Profile(
        name=str(data.get("name", "custom")),
        page=_build(Page, data.get("page") or {}, "page"),
        page_number=_build(PageNumber, data.get("page_number") or {}, "page_number"),
        faces=faces,
        roles=_roles(data.get("roles") or {}, faces),
        docx=dict(data.get("docx") or {}),
        pdf=dict(data.get("pdf") or {}),
    )
    check_geometry(profile)
    return profile


@lru_cache(maxsize=1)
def _default_table() -> dict[str, Any]:
    """Return the parsed default profile table (read once per process)."""
    text = resources.files("speechconv.profiles").joinpath("gbt9704.toml").read_text("utf-8")
    return tomllib.loads(text)


#: A profile file larger than this is refused (the default profile is 4 KB).
MAX_PROFILE_BYTES = 1024 * 1024


def load_profile(path: str | Path | None = None) -> Profile:
    """Return the default profile, or the TOML file at ``path`` merged over it.

    Raises ProfileError when the file is missing, is not a regular file (a pipe, a device) or is over
    :data:`MAX_PROFILE_BYTES`, is not valid TOML (or nests too deeply), sets unknown keys, or sets a
    value of the wrong type, out of range, or that leaves the page unusable.
    """
    table = _default_table()
    if path is None:
        return _default_profile()
    user = _read_toml(path)
    _resolve_reference_doc(user, Path(path).parent)
    try:
        return profile_from_dict(_merge(table, user))
    except ProfileError as exc:
        raise exc.with_path(str(path))


def _read_toml(path: str | Path) -> dict[str, Any]:
    """Return the table of the TOML file at ``path``. Raises ProfileError (naming the file) when it
    cannot be read as a profile."""
    from .limits import size_text
    from .userfiles import NotRegularFile, TooBig, read_regular

    name = str(path)
    try:
        return tomllib.loads(read_regular(path, MAX_PROFILE_BYTES).decode("utf-8-sig"))   # Notepad adds a BOM
    except FileNotFoundError:
        raise ProfileError("profile file not found; pass an existing .toml file to --profile", name) from None
    except IsADirectoryError:
        raise ProfileError("is a folder; pass a .toml file to --profile", name) from None
    except NotRegularFile as exc:
        raise ProfileError(f"{exc}; save the profile to a .toml file and pass that to --profile", name) from None
    except TooBig:
        raise ProfileError(f"is over {size_text(MAX_PROFILE_BYTES)}, far more than any profile; pass the "
                           ".toml profile file", name) from None
    except RecursionError:
        raise ProfileError("nests arrays or tables too deeply to be a profile; fix the TOML", name) from None
    except UnicodeDecodeError as exc:
        raise ProfileError(f"is not UTF-8 text (byte {exc.start}); save the profile as UTF-8", name) from None
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ProfileError(f"cannot read the profile ({exc}); fix the TOML", name) from None


def _resolve_reference_doc(user: dict[str, Any], folder: Path) -> None:
    """Make a relative ``[docx] reference_doc`` of a profile file relative to the file's folder."""
    docx = user.get("docx")
    ref = docx.get("reference_doc") if isinstance(docx, dict) else None
    if isinstance(ref, str) and ref and not Path(ref).is_absolute():
        docx["reference_doc"] = str(folder / ref)


@lru_cache(maxsize=1)
def _default_profile() -> Profile:
    """Return the default profile (built once per process)."""
    return profile_from_dict(_default_table())
