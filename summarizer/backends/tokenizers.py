"""Load a model folder's tokenizer exactly as the model was trained with, for every backend.

One function, :func:`load_tokenizer_info`, serves the torch backend, the CTranslate2 backend and
the CTranslate2 converter, so all three feed a model the same ids.

The class the model names (``tokenizer_class`` in ``tokenizer_config.json`` or ``config.json``)
is tried first. Some cannot build the tokenizer from the real files: transformers 5's
``BarthezTokenizer`` always builds a *Unigram* model, while BARThez's SentencePiece model is
*BPE*, so it fails (``'dict' object is not an instance of 'Sequence'``) or, where it loads, may
frame the input differently. The tokenizer is then built another way from the same files:

1. ``tokenizer.json`` (the ``tokenizers`` library's own serialization of the same tokenizer),
   with the special tokens and the framing the model expects (``<s> … </s>`` for BARThez);
2. the SentencePiece model converted according to its real ``model_type`` (BPE or Unigram).

Whichever way is used, the result is checked before it is returned: on a probe text, its ids
must equal SentencePiece's own encoding (``SentencePieceProcessor``, pieces mapped through the
tokenizer's vocabulary) framed as the model expects. A way that tokenizes differently is never
used; when no way matches, :class:`TokenizerLoadError` says what each attempt did. The way used
is logged and returned (``TokenizerInfo.method``).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from summarizer.backends.declared import DeclaredToken, declared_problem, declared_tokens, read_json
from summarizer.errors import ModelNotAvailableError

log = logging.getLogger("summarizer")

# SentencePiece model files, in the order they are looked for (Marian: the source side).
SPM_FILES = ("sentencepiece.bpe.model", "source.spm", "spiece.model", "sentencepiece.model", "spm.model")
SPM_TYPES = {1: "Unigram", 2: "BPE", 3: "word", 4: "char"}
# Whether the model expects "<s> text </s>" (True) or "text </s>" (False), by tokenizer class.
BOS_FRAMED = {
    "BarthezTokenizer": True,
    "BartTokenizer": True,
    "RobertaTokenizer": True,
    "CamembertTokenizer": True,
    "MarianTokenizer": False,
    "T5Tokenizer": False,
    "MT5Tokenizer": False,
    "PegasusTokenizer": False,
}
# The class a model type implies when its folder names none.
TYPE_CLASSES = {
    "bart": "BartTokenizer",
    "marian": "MarianTokenizer",
    "t5": "T5Tokenizer",
    "mt5": "T5Tokenizer",
    "umt5": "T5Tokenizer",
}
_SPECIAL_KEYS = ("bos_token", "eos_token", "unk_token", "pad_token", "mask_token", "cls_token", "sep_token")
_DEFAULT_SPECIALS = {
    "bos_token": "<s>",
    "eos_token": "</s>",
    "unk_token": "<unk>",
    "pad_token": "<pad>",
    "mask_token": "<mask>",
    "cls_token": "<s>",
    "sep_token": "</s>",
}
# Text on which every way of loading is checked against SentencePiece: accents, elisions, both
# apostrophes, guillemets, no-break and repeated spaces, figures, currency, ligatures, a line
# break, CJK and an emoji (unknown pieces), upper case.
PROBE_TEXT = (
    "Le PDG de Mistral AI, Arthur Mensch, a levé 385 millions d'euros auprès de SoftBank. "
    "« C’est une étape », déclare-t-il\u00a0; l'État détient 0,3 % du capital (1 200 M€).\n"
    "Écoutez  bien : NEUF œufs, ﬁnalement — à Saint-Étienne, 14h30. 東京 😀 ½ x²"
)


class TokenizerLoadError(ModelNotAvailableError):
    """No way of loading a model's tokenizer reproduces its SentencePiece encoding."""


@dataclass
class TokenizerInfo:
    """A loaded tokenizer and how it was obtained.

    Attributes:
        tokenizer: the Hugging Face tokenizer.
        named_class: the class the model folder names (or its model type implies), if any.
        method: how it was loaded, in words (logged).
        check: what it was checked against, in words.
        spm_file: the SentencePiece model it was checked against, if any.
        spm_type: that model's type ("BPE", "Unigram").
        attempts: ways tried before, each with why it was not used.
        model_type: the model's ``model_type``.
    """

    tokenizer: Any
    named_class: str | None
    method: str
    check: str
    spm_file: Path | None = None
    spm_type: str | None = None
    attempts: list[str] = field(default_factory=list)
    model_type: str | None = None


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return f"{type(exc).__name__}: {text.splitlines()[0][:160]}" if text else type(exc).__name__


def spm_model_type(file: Path) -> str | None:
    """The algorithm of a SentencePiece model file ("BPE", "Unigram", ...), None if unreadable."""
    try:
        from sentencepiece import sentencepiece_model_pb2

        proto = sentencepiece_model_pb2.ModelProto()
        proto.ParseFromString(file.read_bytes())
    except Exception:  # protobuf raises its own DecodeError; any failure means "unknown"
        return None
    return SPM_TYPES.get(proto.trainer_spec.model_type)


def _named_class(folder: Path, hints: dict[str, Any]) -> tuple[str | None, str | None]:
    """(tokenizer class named by the folder or implied by its model type, model type)."""
    tok_config = read_json(folder / "tokenizer_config.json")
    config = read_json(folder / "config.json")
    model_type = hints.get("model_type") or config.get("model_type")
    name = hints.get("tokenizer_class") or tok_config.get("tokenizer_class") or config.get("tokenizer_class")
    if isinstance(name, str) and name.endswith("Fast") and name[: -len("Fast")] in BOS_FRAMED:
        name = name[: -len("Fast")]
    if not name and isinstance(model_type, str):
        name = TYPE_CLASSES.get(model_type)
    return (name if isinstance(name, str) else None), (model_type if isinstance(model_type, str) else None)


def _special_tokens(folder: Path, bos_framed: bool | None) -> dict[str, str]:
    """Special tokens from ``tokenizer_config.json``/``special_tokens_map.json``, else the
    family's usual ones (kept only when the vocabulary has them: checked by the caller)."""
    found: dict[str, str] = {}
    for file in ("special_tokens_map.json", "tokenizer_config.json"):
        for key, value in read_json(folder / file).items():
            if key in _SPECIAL_KEYS and key not in found:
                content = value.get("content") if isinstance(value, dict) else value
                if isinstance(content, str):
                    found[key] = content
    defaults = dict(_DEFAULT_SPECIALS)
    if bos_framed is False:  # T5 / Marian: no BOS, no mask, no cls/sep
        for key in ("bos_token", "mask_token", "cls_token", "sep_token"):
            defaults.pop(key)
    return {**defaults, **found}


def _frame(tokenizer: Any, bos_framed: bool) -> None:
    """Make the tokenizer add ``<s> … </s>`` (BOS-framed) or ``… </s>`` to every input."""
    from tokenizers import processors

    bos, eos = tokenizer.bos_token, tokenizer.eos_token
    if bos_framed:
        single = f"{bos}:0 $A:0 {eos}:0"
        pair = f"{bos}:0 $A:0 {eos}:0 {eos}:1 $B:1 {eos}:1"
        specials = [(bos, tokenizer.bos_token_id), (eos, tokenizer.eos_token_id)]
    else:
        single, pair, specials = f"$A:0 {eos}:0", f"$A:0 $B:1 {eos}:1", [(eos, tokenizer.eos_token_id)]
    tokenizer.backend_tokenizer.post_processor = processors.TemplateProcessing(
        single=single, pair=pair, special_tokens=specials
    )


def _add_declared(backend: Any, declared: list[DeclaredToken]) -> None:
    """Add to a ``tokenizers.Tokenizer`` every token the folder declares that it lacks: first
    those with an id, in id order (so that each lands on its id when the ids follow the pieces),
    then role and additional special tokens declared by text only."""
    from tokenizers import AddedToken

    vocab = backend.get_vocab(with_added_tokens=True)
    with_id = sorted((t for t in declared if t.content and t.id is not None), key=lambda t: t.id)
    by_text = [t for t in declared if t.content and t.id is None and (t.role or t.flags.get("special"))]
    for token in [*with_id, *by_text]:
        if token.content in vocab:
            continue
        flags = {k: v for k, v in token.flags.items() if k != "special"}
        special = token.flags.get("special", True)
        flags.setdefault("normalized", not special)
        backend.add_tokens([AddedToken(token.content, special=special, **flags)])
        vocab[token.content] = len(vocab)


def _complete_roles(tokenizer: Any, declared: list[DeclaredToken]) -> None:
    """Give the tokenizer the role tokens it lacks (pad, eos, bos) from the ids that
    ``config.json``/``generation_config.json`` declare, when the vocabulary has those ids."""
    size = len(tokenizer)
    for token in declared:
        wanted = token.role and token.id is not None and token.content is None and 0 <= token.id < size
        if wanted and getattr(tokenizer, token.role, None) is None:
            setattr(tokenizer, token.role, tokenizer.convert_ids_to_tokens(token.id))


def _wrap(backend: Any, folder: Path, bos_framed: bool | None) -> Any:
    """A ``PreTrainedTokenizerFast`` around a ``tokenizers.Tokenizer``, with every special and
    added token the folder declares, its input window and framing."""
    from transformers import PreTrainedTokenizerFast

    declared = declared_tokens(folder)
    _add_declared(backend, declared)
    vocab = backend.get_vocab(with_added_tokens=True)
    specials = {k: v for k, v in _special_tokens(folder, bos_framed).items() if v in vocab}
    tok_config = read_json(folder / "tokenizer_config.json")
    kwargs: dict[str, Any] = dict(specials)
    if isinstance(tok_config.get("model_max_length"), int):
        kwargs["model_max_length"] = tok_config["model_max_length"]
    tokenizer = PreTrainedTokenizerFast(tokenizer_object=backend, **kwargs)
    _complete_roles(tokenizer, declared)
    if bos_framed is not None and tokenizer.eos_token is not None and (not bos_framed or tokenizer.bos_token):
        _frame(tokenizer, bos_framed)
    return tokenizer


def _from_tokenizer_json(folder: Path, bos_framed: bool | None) -> Any:
    from tokenizers import Tokenizer

    return _wrap(Tokenizer.from_file(str(folder / "tokenizer.json")), folder, bos_framed)


def _from_spm(spm_file: Path, folder: Path, bos_framed: bool | None) -> Any:
    from sentencepiece import sentencepiece_model_pb2
    from transformers.convert_slow_tokenizer import SpmConverter

    build = getattr(SpmConverter, "build_tokenizer_from_spm_proto", None)
    if build is None:
        raise RuntimeError("this transformers version cannot convert SentencePiece models by their own settings")
    proto = sentencepiece_model_pb2.ModelProto()
    proto.ParseFromString(spm_file.read_bytes())
    kind = SPM_TYPES.get(proto.trainer_spec.model_type)
    if kind == "BPE":
        vocab: Any = {piece.piece: i for i, piece in enumerate(proto.pieces)}
    elif kind == "Unigram":
        vocab = [(piece.piece, piece.score) for piece in proto.pieces]
    else:
        raise RuntimeError(f"SentencePiece model type {kind or proto.trainer_spec.model_type} cannot be converted")
    backend = build(proto, vocab)
    if backend is None:
        raise RuntimeError("the SentencePiece model could not be converted")
    from tokenizers import AddedToken

    # Control pieces (<s>, </s>, <pad>...) are never text: SentencePiece's own decoding drops them.
    control = [p.piece for p in proto.pieces if p.type == p.CONTROL]
    backend.add_special_tokens([AddedToken(piece, special=True, normalized=False) for piece in control])
    return _wrap(backend, folder, bos_framed)


def check_tokenizer(
    tokenizer: Any, spm_file: Path | None, bos_framed: bool | None, text: str = PROBE_TEXT
) -> str | None:
    """Compare a tokenizer with SentencePiece's own encoding of ``text``, framed as the model expects.

    Args:
        tokenizer: a Hugging Face tokenizer.
        spm_file: the model's SentencePiece file (None: only the framing is checked).
        bos_framed: True for ``<s> … </s>``, False for ``… </s>``, None when unknown (not checked).
        text: the text to compare on.

    Returns:
        None when the ids are equal, else one line saying where they first differ.
    """
    body = list(tokenizer(text, add_special_tokens=False)["input_ids"])
    if spm_file is not None:
        import sentencepiece as spm

        proc = spm.SentencePieceProcessor(model_file=str(spm_file))
        unk = tokenizer.unk_token_id if tokenizer.unk_token_id is not None else -1
        expected = []
        # A piece SentencePiece does not know keeps its surface text; it is looked up in the
        # model's vocabulary as any piece is (OPUS-MT's joint vocab.json may hold it from the
        # target side, as Marian's own pre-processing did), else it is the unknown token.
        for i, piece in zip(proc.encode(text), proc.encode(text, out_type=str), strict=True):
            piece_id = tokenizer.convert_tokens_to_ids(piece if proc.is_unknown(i) else proc.id_to_piece(i))
            expected.append(unk if piece_id is None else piece_id)

        def show(ids: list[int]) -> list[str]:
            return [tokenizer.convert_ids_to_tokens(i) if i is not None and i >= 0 else "<none>" for i in ids]

        if body != expected:
            at = next(
                (k for k, (a, b) in enumerate(zip(body, expected, strict=False)) if a != b),
                min(len(body), len(expected)),
            )
            why = ""
            if at < len(body) and at < len(expected) and expected[at] == unk:
                why = (
                    f"; {spm_file.name} numbers its unknown piece {proc.id_to_piece(proc.unk_id())!r} "
                    f"{proc.unk_id()}, this tokenizer writes unknown text as id {body[at]}"
                )
            return (
                f"ids differ from SentencePiece's ({spm_file.name}) at token {at}: "
                f"{show(body[at : at + 3])} instead of {show(expected[at : at + 3])}{why}"
            )
    if bos_framed is not None:
        full = list(tokenizer(text)["input_ids"])
        want = ([tokenizer.bos_token_id] if bos_framed else []) + body + [tokenizer.eos_token_id]
        if None in want or full != want:
            shape = "<s> … </s>" if bos_framed else "… </s>"
            got = tokenizer.convert_ids_to_tokens(full[:1] + full[-1:]) if full else []
            return f"special tokens are not added as the model expects ({shape}; first and last are {got})"
    return None


def find_spm(folder: Path) -> Path | None:
    """The folder's SentencePiece model (Marian: the source side), if it has one."""
    return next((folder / n for n in SPM_FILES if (folder / n).is_file()), None)


def load_tokenizer_info(path: str | Path, **hints: Any) -> TokenizerInfo:
    """Load the tokenizer of a model folder, checked against its SentencePiece model.

    Args:
        path: the model folder (Hugging Face layout, or a CTranslate2 conversion of one).
        **hints: ``model_type`` and ``tokenizer_class`` to use instead of the folder's
            ``config.json`` (a converted folder's ``config.json`` is CTranslate2's own).

    Returns:
        The tokenizer and how it was loaded.

    Raises:
        TokenizerLoadError: no way of loading matches the model's SentencePiece encoding, or the
            folder has no tokenizer files.
    """
    import transformers
    from transformers.utils import logging as hf_logging

    folder = Path(path)
    name, model_type = _named_class(folder, hints)
    bos_framed = BOS_FRAMED.get(name) if name else None
    spm_file = find_spm(folder)
    spm_type = spm_model_type(spm_file) if spm_file else None
    check = (
        f"ids equal SentencePiece's ({spm_file.name}, {spm_type or 'unknown type'}) on the probe text"
        if spm_file
        else "no SentencePiece model to compare with"
    )
    if bos_framed is not None:
        check += ", framed " + ("<s> … </s>" if bos_framed else "… </s>")
    attempts: list[str] = []
    declared = declared_tokens(folder)
    if declared:
        check += ", every special and added token the folder declares"

    def accept(tokenizer: Any, method: str) -> TokenizerInfo | None:
        try:
            _complete_roles(tokenizer, declared)
            problem = declared_problem(tokenizer, declared) or check_tokenizer(tokenizer, spm_file, bos_framed)
        except Exception as exc:  # a tokenizer that cannot even encode the probe is not used
            problem = f"cannot encode the probe text ({_first_line(exc)})"
        if problem:
            attempts.append(f"{method}: {problem}")
            return None
        if attempts:
            log.info("tokenizer of %s: loaded from %s (%s); %s", folder, method, check, "; ".join(attempts))
        else:
            log.info("tokenizer of %s: loaded with %s (%s)", folder, method, check)
        return TokenizerInfo(tokenizer, name, method, check, spm_file, spm_type, list(attempts), model_type)

    verbosity = hf_logging.get_verbosity()
    hf_logging.set_verbosity_error()
    try:
        cls = getattr(transformers, name, None) if name else None
        first = name if cls is not None and hasattr(cls, "from_pretrained") else "AutoTokenizer"
        loader = cls if first != "AutoTokenizer" else transformers.AutoTokenizer
        try:
            tokenizer = loader.from_pretrained(str(folder), trust_remote_code=False)
        except Exception as exc:  # tokenizer classes raise many types; all mean "this way fails"
            attempts.append(f"{first}: {_first_line(exc)}")
        else:
            info = accept(tokenizer, first)
            if info:
                return info
        ways = []
        if (folder / "tokenizer.json").is_file():
            ways.append(
                ("tokenizer.json with the model's special tokens", lambda: _from_tokenizer_json(folder, bos_framed))
            )
        if spm_file is not None:
            ways.append(
                (
                    f"{spm_file.name} converted as a SentencePiece {spm_type or ''} model".replace("  ", " "),
                    lambda: _from_spm(spm_file, folder, bos_framed),
                )
            )
        if spm_file is not None and spm_file.name == "source.spm":
            ways = []  # Marian: ids come from vocab.json, which only MarianTokenizer applies
        for method, build in ways:
            try:
                tokenizer = build()
            except Exception as exc:  # reported in the error below
                attempts.append(f"{method}: {_first_line(exc)}")
                continue
            info = accept(tokenizer, method)
            if info:
                return info
    finally:
        hf_logging.set_verbosity(verbosity)
    if not attempts:
        attempts.append("no tokenizer files (tokenizer.json, a SentencePiece model, vocab.json + merges.txt)")
    raise TokenizerLoadError(f"tokenizer of {folder} cannot be loaded exactly: " + "; ".join(attempts))


def load_tokenizer(path: str | Path, **hints: Any) -> Any:
    """The tokenizer of a model folder (see :func:`load_tokenizer_info`)."""
    return load_tokenizer_info(path, **hints).tokenizer
