"""LightGBM models as the ranker file stores them (plain text, LightGBM's own format, no pickle)."""

from __future__ import annotations

from typing import Any

# Lines of LightGBM's text model that prediction never reads (training statistics, the parameters, pandas metadata):
# the file leaves them out, which halves each model's size and changes no prediction.
_UNUSED_TREE_FIELDS = frozenset(
    ("split_gain", "leaf_weight", "leaf_count", "internal_value", "internal_weight", "internal_count", "tree_sizes")
)


def model_text(booster: Any) -> str:
    """A LightGBM booster as the text the ranker file stores: LightGBM's own model format without the
    lines prediction does not read (per-node training statistics, feature importances, parameters).
    Loading it gives a booster that predicts exactly as ``booster`` does."""
    kept, skipping = [], False
    for line in booster.model_to_string().split("\n"):
        if line.startswith("pandas_categorical"):
            continue
        if line.startswith(("feature_importances:", "parameters:")):
            skipping = True
        if skipping:
            skipping = not line.startswith("end of parameters")
            continue
        if line.split("=", 1)[0] not in _UNUSED_TREE_FIELDS:
            kept.append(line)
    return "\n".join(kept).rstrip("\n") + "\n"
