"""Checks and repairs for reading the model's JSON form (used by :mod:`speechconv.model`): typed field
access that raises SchemaError naming the field, and lone surrogates replaced by U+FFFD."""
from __future__ import annotations

import re
from typing import Any

from .errors import SchemaError

_SURROGATE = re.compile("[\ud800-\udfff]")


def fill_surrogates(text: str) -> tuple[str, int]:
    """Return ``text`` with lone surrogates (U+D800–U+DFFF, which no output can hold) replaced by
    U+FFFD, and how many there were."""
    if not _SURROGATE.search(text):
        return text, 0
    return _SURROGATE.subn("\ufffd", text)


def without_surrogates(data: Any, found: list[int]) -> Any:
    """Return JSON ``data`` with lone surrogates in its strings replaced by U+FFFD, appending to
    ``found`` the number replaced in each string. Lists and objects are rebuilt; other values are
    returned as they are."""
    if isinstance(data, str):
        text, count = fill_surrogates(data)
        if count:
            found.append(count)
        return text
    if isinstance(data, list):
        return [without_surrogates(v, found) for v in data]
    if isinstance(data, dict):
        return {k: without_surrogates(v, found) for k, v in data.items()}
    return data


def need_dict(data: Any, what: str) -> dict[str, Any]:
    """Return ``data`` when it is a JSON object; else raise SchemaError naming ``what``."""
    if not isinstance(data, dict):
        raise SchemaError(f"a {what} must be a JSON object, not {type(data).__name__}")
    return data


def opt_str(data: dict[str, Any], key: str, what: str) -> str | None:
    """Return ``data[key]`` when it is a string or absent/null (None); else raise SchemaError."""
    value = data.get(key)
    if value is not None and not isinstance(value, str):
        raise SchemaError(f"a {what}'s {key!r} must be a string or null, not {type(value).__name__}")
    return value


def list_of(data: dict[str, Any], key: str) -> list[Any]:
    """Return ``data[key]`` as a list (absent or null: empty); raise SchemaError for another type."""
    value = data.get(key) or []
    if not isinstance(value, list):
        raise SchemaError(f"{key!r} must be a list, not {type(value).__name__}")
    return value


def str_list(data: dict[str, Any], key: str, what: str) -> list[str]:
    """Return ``data[key]`` as a list of strings; raise SchemaError when it is not one."""
    value = list_of(data, key)
    if not all(isinstance(v, str) for v in value):
        raise SchemaError(f"a {what}'s {key!r} must be a list of strings")
    return value


def need_str(data: Any, key: str, what: str) -> str:
    """Return ``data[key]`` as a str, or raise SchemaError naming ``what``."""
    value = data.get(key) if isinstance(data, dict) else None
    if not isinstance(value, str):
        raise SchemaError(f"a {what} needs a string {key!r}")
    return value
