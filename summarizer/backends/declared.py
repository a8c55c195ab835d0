"""What a model folder declares about its special and added tokens, file by file.

A tokenizer may be built several ways (the class the folder names, ``tokenizer.json``, the
SentencePiece model converted); whichever is used must keep every token the folder declares:

* ``tokenizer_config.json``: ``added_tokens_decoder`` (id -> token), the roles (``pad_token``...),
  ``additional_special_tokens``;
* ``special_tokens_map.json``: the roles and ``additional_special_tokens``;
* ``added_tokens.json``: token -> id;
* ``tokenizer.json``: ``added_tokens`` (id, content);
* ``config.json`` and ``generation_config.json``: ``pad_token_id``, ``eos_token_id``, ``bos_token_id``.

:func:`declared_tokens` reads them all; :func:`declared_problem` says, naming the file, where a
tokenizer disagrees with them. Pure JSON reading: nothing heavy is imported here.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROLES = ("bos_token", "eos_token", "unk_token", "pad_token", "mask_token", "cls_token", "sep_token")
# Roles whose id the model configuration also gives (config.json, generation_config.json).
CONFIG_ROLES = ("pad_token", "eos_token", "bos_token")
_FLAGS = ("lstrip", "rstrip", "normalized", "single_word", "special")


@dataclass(frozen=True)
class DeclaredToken:
    """One token a folder file declares.

    Attributes:
        file: where it is declared, e.g. ``tokenizer_config.json (added_tokens_decoder)``.
        content: the token's text (None when only an id is given, as in ``config.json``).
        id: its id (None when only the text is given, as for roles in ``special_tokens_map.json``).
        role: ``pad_token``, ``eos_token``... when declared for a role, else None.
        flags: ``AddedToken`` flags (lstrip, rstrip, normalized, single_word, special) when given.
    """

    file: str
    content: str | None
    id: int | None
    role: str | None = None
    flags: dict[str, bool] = field(default_factory=dict)


def read_json(file: Path) -> dict[str, Any]:
    """A JSON object from ``file``; empty when missing, unreadable or not an object."""
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _content(value: Any) -> str | None:
    value = value.get("content") if isinstance(value, dict) else value
    return value if isinstance(value, str) else None


def _flags(value: Any) -> dict[str, bool]:
    if not isinstance(value, dict):
        return {}
    return {k: bool(value[k]) for k in _FLAGS if k in value}


def _roles(data: dict[str, Any], file: str) -> list[DeclaredToken]:
    found = []
    for role in ROLES:
        content = _content(data.get(role))
        if content is not None:
            found.append(DeclaredToken(file, content, None, role, _flags(data.get(role))))
    for key in ("additional_special_tokens", "extra_special_tokens"):
        extra = data.get(key)
        for value in extra if isinstance(extra, list) else []:
            content = _content(value)
            if content is not None:
                found.append(DeclaredToken(f"{file} ({key})", content, None, None, {"special": True, **_flags(value)}))
    return found


def _int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def declared_tokens(folder: str | Path) -> list[DeclaredToken]:
    """Every special and added token the files of ``folder`` declare, in the order listed above."""
    folder = Path(folder)
    found: list[DeclaredToken] = []
    tok_config = read_json(folder / "tokenizer_config.json")
    decoder = tok_config.get("added_tokens_decoder")
    for key, value in (decoder if isinstance(decoder, dict) else {}).items():
        content = _content(value)
        if content is not None and str(key).isdigit():
            found.append(
                DeclaredToken("tokenizer_config.json (added_tokens_decoder)", content, int(key), None, _flags(value))
            )
    found += _roles(tok_config, "tokenizer_config.json")
    found += _roles(read_json(folder / "special_tokens_map.json"), "special_tokens_map.json")
    for content, value in read_json(folder / "added_tokens.json").items():
        if _int(value) is not None:
            found.append(DeclaredToken("added_tokens.json", content, value))
    tok_json = folder / "tokenizer.json"
    added = _tokenizer_json_added(tok_json) if tok_json.is_file() else []
    for value in added:
        if isinstance(value, dict) and _content(value) is not None and _int(value.get("id")) is not None:
            found.append(
                DeclaredToken("tokenizer.json (added_tokens)", value["content"], value["id"], None, _flags(value))
            )
    for name in ("config.json", "generation_config.json"):
        data = read_json(folder / name)
        for role in CONFIG_ROLES:
            value = data.get(f"{role}_id")
            ids = (
                [value]
                if _int(value) is not None
                else [v for v in value if _int(v) is not None]
                if isinstance(value, list)
                else []
            )
            if len(ids) == 1:  # a list of several end ids names no single token
                found.append(DeclaredToken(name, None, ids[0], role))
    return found


def _tokenizer_json_added(file: Path) -> list[Any]:
    """The ``added_tokens`` list of a ``tokenizer.json`` (read as JSON: the file may be large)."""
    data = read_json(file)
    added = data.get("added_tokens")
    return added if isinstance(added, list) else []


def declared_problem(tokenizer: Any, declared: list[DeclaredToken]) -> str | None:
    """Where ``tokenizer`` disagrees with what the folder declares, naming the file; None when it agrees.

    Checked: every declared (token, id) pair, every declared role token and every additional
    special token (a multilingual model's language codes). The role ids of
    ``config.json``/``generation_config.json`` describe the model, not the tokenizer files: they
    fill a role no tokenizer file names, and ``summarizer models check`` reports where they disagree.
    """
    size = len(tokenizer)
    for token in declared:
        if token.content is not None and token.id is not None:
            got = tokenizer.convert_tokens_to_ids(token.content)
            if got != token.id:
                return (
                    f"{token.file} declares {token.content!r} as id {token.id}, "
                    f"but this tokenizer gives it id {got} ({size:,} entries)"
                )
        elif token.role and token.content is not None:
            got = getattr(tokenizer, token.role, None)
            if got != token.content:
                return f"{token.file} declares {token.role} {token.content!r}, but this tokenizer has {got!r}"
        elif token.content is not None and token.flags.get("special"):
            got = tokenizer.convert_tokens_to_ids(token.content)
            if got is None or (got == tokenizer.unk_token_id and token.content != tokenizer.unk_token):
                return f"{token.file} declares {token.content!r}, but this tokenizer does not have it"
    return None
