"""Import spaCy without PyTorch when the process has not loaded PyTorch.

spaCy's machine-learning library, thinc, imports PyTorch as soon as it is installed (``thinc.compat``),
which costs about 180 MB of memory, although the CPU NER model the guard uses
(``fr_core_news_sm``) never calls it. With the CTranslate2 backend nothing else in the pipeline
needs PyTorch, so it is hidden from that one import: thinc then records that PyTorch is absent.

It is not hidden when PyTorch or spaCy is already imported (the torch backend, or a program that
uses them itself), or when ``SUMMARIZER_SPACY_WITH_TORCH=1`` is set: a program that imports
summarizer first and then needs spaCy pipelines that run on PyTorch (``spacy-transformers``) in the
same process should set it.
"""

from __future__ import annotations

import os
import sys
import threading
from typing import Any

OPT_OUT = "SUMMARIZER_SPACY_WITH_TORCH"
_lock = threading.Lock()


def import_spacy() -> Any:
    """The ``spacy`` module, imported without PyTorch where that is safe (see the module's text).

    Raises:
        ImportError: spaCy is not installed.
    """
    with _lock:
        hide = not ({"torch", "spacy", "thinc"} & sys.modules.keys()) and os.environ.get(OPT_OUT, "") in ("", "0")
        if hide:
            sys.modules["torch"] = None  # type: ignore[assignment]  # "import torch" now raises ImportError
        try:
            import spacy
        finally:
            if hide and sys.modules.get("torch", False) is None:
                del sys.modules["torch"]
        return spacy
