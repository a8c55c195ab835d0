"""JSON Schema from dataclass type hints, and typed values back from JSON data.

Why it exists: the JSON a user receives (:class:`summarizer.result.Result`) is described once,
by its dataclasses; the published schema (``docs/result.schema.json``) is generated from them
by :func:`json_schema`, and :func:`from_data` reads such JSON back into the same types. Pure
Python, standard library only; it knows the types the result uses (str, int, float, bool, None,
``list[...]``, ``dict[str, ...]``, unions and nested dataclasses).
"""

from __future__ import annotations

import dataclasses
import re
import types
import typing
from typing import Any

_SCALARS: dict[Any, str] = {str: "string", int: "integer", float: "number", bool: "boolean", type(None): "null"}


def field_docs(cls: type) -> dict[str, str]:
    """The descriptions of a dataclass's fields, read from the ``Attributes:`` section of its docstring."""
    docs: dict[str, str] = {}
    inside = False
    current: str | None = None
    for line in (cls.__doc__ or "").splitlines():
        stripped = line.strip()
        if stripped == "Attributes:":
            inside = True
            continue
        if not inside:
            continue
        if not stripped:
            current = None
            continue
        match = re.match(r"^(\w+)(?: \([^)]*\))?: (.*)$", stripped)
        if match and line.startswith(" " * 8) and not line.startswith(" " * 12):
            current = match.group(1)
            docs[current] = match.group(2)
        elif current is not None:
            docs[current] += " " + stripped
    return docs


def _type_schema(hint: Any, defs: dict[str, Any]) -> dict[str, Any]:
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if hint in _SCALARS:
        return {"type": _SCALARS[hint]}
    if hint is Any:
        return {}
    if dataclasses.is_dataclass(hint):
        _add_definition(hint, defs)
        return {"$ref": f"#/$defs/{hint.__name__}"}
    if origin in (typing.Union, types.UnionType):
        options = [_type_schema(a, defs) for a in args]
        if all(set(o) == {"type"} for o in options):
            return {"type": [o["type"] for o in options]}
        return {"anyOf": options}
    if origin is list:
        return {"type": "array", "items": _type_schema(args[0], defs)}
    if origin is dict:
        return {"type": "object", "additionalProperties": _type_schema(args[1], defs)}
    if origin is typing.Literal:
        return {"enum": list(args)}
    raise TypeError(f"no JSON Schema for type {hint!r}")


def _object_schema(cls: type, defs: dict[str, Any]) -> dict[str, Any]:
    hints = typing.get_type_hints(cls)
    docs = field_docs(cls)
    properties: dict[str, Any] = {}
    for f in dataclasses.fields(cls):
        prop = _type_schema(hints[f.name], defs)
        if f.name in docs:
            prop = {"description": docs[f.name], **prop}
        properties[f.name] = prop
    summary = (cls.__doc__ or "").strip().split("\n\n")[0].replace("\n", " ")
    return {
        "type": "object",
        "description": " ".join(summary.split()),
        "properties": properties,
        "required": [f.name for f in dataclasses.fields(cls)],
        "additionalProperties": False,
    }


def _add_definition(cls: type, defs: dict[str, Any]) -> None:
    if cls.__name__ not in defs:
        defs[cls.__name__] = {}  # placeholder: recursive types stop here
        defs[cls.__name__] = _object_schema(cls, defs)


def json_schema(cls: type, *, schema_id: str | None = None, title: str | None = None) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of ``dataclasses.asdict`` output of ``cls``: every field
    required, no other field allowed, nested dataclasses under ``$defs``, field descriptions from
    the classes' docstrings."""
    defs: dict[str, Any] = {}
    root = _object_schema(cls, defs)
    schema: dict[str, Any] = {"$schema": "https://json-schema.org/draft/2020-12/schema"}
    if schema_id:
        schema["$id"] = schema_id
    schema["title"] = title or cls.__name__
    schema.update(root)
    if defs:
        schema["$defs"] = dict(sorted(defs.items()))
    return schema


def from_data(hint: Any, value: Any) -> Any:
    """``value`` (JSON data) as the type ``hint`` says: dicts become the dataclasses named by the
    hint, recursively; everything else is returned as it is.

    Raises:
        TypeError: a dict has keys the dataclass does not know.
    """
    if value is None:
        return None
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if dataclasses.is_dataclass(hint) and isinstance(hint, type):
        if isinstance(value, hint) or not isinstance(value, dict):
            return value
        hints = typing.get_type_hints(hint)
        names = {f.name for f in dataclasses.fields(hint)}
        unknown = sorted(set(value) - names)
        if unknown:
            raise TypeError(f"{hint.__name__} has no field(s) {', '.join(unknown)}")
        return hint(**{k: from_data(hints[k], v) for k, v in value.items()})
    if origin in (typing.Union, types.UnionType):
        classes = [a for a in args if dataclasses.is_dataclass(a) or typing.get_origin(a) in (list, dict)]
        return from_data(classes[0], value) if len(classes) == 1 else value
    if origin is list and isinstance(value, list | tuple):
        return [from_data(args[0], v) for v in value]
    if origin is dict and isinstance(value, dict):
        return {k: from_data(args[1], v) for k, v in value.items()}
    return value
