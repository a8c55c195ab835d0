"""Fit the cross-lingual support decision (``summarizer/stages/calibration.py``) on WMT newstest2012.

Draws, for each 20-line window of the set, summaries the way ``scripts/eval_verify.py`` does (1-3
of the window's English lines, in order; every sentence of them is supported) and English lines from
200 lines away or more, alone or after one of those summaries (not supported). A logistic regression
(L2, on standardised features, plain gradient descent) is fitted on the FIRST half of the windows
only; the script prints its weights in the units of ``calibration.WEIGHTS`` and, for a few cuts on
the logit, the share of summaries supported and of foreign sentences turned away on each half, next
to the rule in use (which adds ``calibration.MIN_BEST``; the cuts alone do not). Sentences whose
evidence the split rule gives (two sentences for one) are left out: their support does not go
through the decision.

Usage:
    python scripts/fit_support.py [--data ../shared/data/wmt] [--flores ../shared/data/flores200]
"""

from __future__ import annotations

import argparse
import math
import random
from collections import defaultdict
from pathlib import Path

import numpy as np

from summarizer.stages import calibration
from summarizer.stages.crosslingual import CrossLingualIndex
from summarizer.stages.prepare import prepare_article
from summarizer.verify import _summary_sentences

FEATURES = ("best", "log_forms", "log_shared", "length_gap", "chars")
CUTS = (-1.0, -0.8, -0.6, -0.5, -0.4, -0.3, -0.2)


def _row(index: CrossLingualIndex, texts: list[str], k: int, kind: str, half: int, summary: str) -> dict:
    ranked, evidence = index.rank(texts)[k], index.evidence(texts)[k]
    best = ranked[0][0]
    found = index.decision(texts[k], ranked)
    features = found | {"log_forms": math.log(max(found["forms"], 1)), "log_shared": math.log1p(found["shared"])}
    split = bool(evidence[0]) and evidence[0][0][0] != best
    return {"kind": kind, "half": half, "summary": summary, "split": split, "x": [features[f] for f in FEATURES]}


def draw(fr: list[str], en: list[str], seed: int = 11, per_window: int = 30, foreign: int = 20) -> list[dict]:
    """One row per judged sentence: its features, whether it is correct, its half and summary."""
    rng = random.Random(seed)
    starts = range(0, len(fr) - 20 + 1, 20)
    rows = []
    for n_window, start in enumerate(starts):
        half = 1 if n_window < len(starts) // 2 else 2
        texts = [s.text for s in prepare_article("\n\n".join(fr[start : start + 20]), language="fr").sentences]
        index = CrossLingualIndex(texts, "fr", "en")
        summaries = []
        for n in range(per_window):
            picked = sorted(rng.sample(range(20), rng.choice((1, 2, 3))))
            parts = [p.text for p in _summary_sentences("\n".join(en[start + j] for j in picked), "en")]
            rows += [_row(index, parts, k, "correct", half, f"{start}-{n}") for k in range(len(parts))]
            summaries.append(parts)
        far = [j for j in rng.sample(range(len(en)), 3 * foreign) if abs(j - start) > 200][:foreign]
        for n, j in enumerate(far):
            parts = [p.text for p in _summary_sentences(en[j], "en")]
            if parts and n % 2 == 0:
                rows.append(_row(index, parts, 0, "foreign", half, ""))
            elif parts:
                parts = summaries[n] + parts
                rows.append(_row(index, parts, len(parts) - 1, "after", half, ""))
    return rows


def fit(x: np.ndarray, y: np.ndarray, c: float = 1.0, steps: int = 5000) -> tuple[np.ndarray, float]:
    """Logistic regression weights and intercept, in the units of ``x``."""
    mu, sd = x.mean(0), x.std(0) + 1e-9
    z = (x - mu) / sd
    w, b = np.zeros(z.shape[1]), 0.0
    for _ in range(steps):
        p = 1 / (1 + np.exp(-(z @ w + b)))
        w -= 0.5 * (z.T @ (p - y) / len(y) + w / (c * len(y)))
        b -= 0.5 * (p - y).mean()
    return w / sd, float(b - (w * mu / sd).sum())


def shares(rows: list[dict], decide, half: int) -> str:
    """Summaries supported / foreign sentences turned away alone / after a summary, in %, on one half."""
    supported: dict[str, bool] = defaultdict(lambda: True)
    away: dict[str, list[bool]] = {"foreign": [], "after": []}
    for r in rows:
        if r["half"] != half:
            continue
        backed = r["split"] or decide(r["x"])
        if r["kind"] == "correct":
            supported[r["summary"]] &= backed
        else:
            away[r["kind"]].append(not backed)
    return "/".join(f"{100 * np.mean(v):.1f}" for v in (list(supported.values()), away["foreign"], away["after"]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=Path("../shared/data/wmt"))
    parser.add_argument("--flores", type=Path, help="the FLORES-200 folder, to check on it too")
    args = parser.parse_args()
    sets = {"newstest2012": [(args.data / "newstest2012" / f"newstest2012.{lang}") for lang in ("fr", "en")]}
    if args.flores:
        sets["flores"] = [args.flores / f"devtest.{lang}" for lang in ("fra", "eng")]
    rows = {name: draw(*(p.read_text(encoding="utf-8").splitlines() for p in paths)) for name, paths in sets.items()}
    train = [r for r in rows["newstest2012"] if r["half"] == 1 and not r["split"]]
    weights, intercept = fit(
        np.array([r["x"] for r in train]), np.array([r["kind"] == "correct" for r in train], float)
    )
    print("weights:", dict(zip(FEATURES, weights.round(2).tolist(), strict=True)), "intercept:", round(intercept, 2))
    print("supported/foreign/after %, per set and half")

    def in_use(x: list[float]) -> bool:
        return calibration.supported(x[0], round(math.exp(x[1])), round(math.expm1(x[2])), x[3], x[4])

    rules = {"in use": in_use} | {
        f"cut {cut}": (lambda x, cut=cut: float(np.dot(weights, x)) + intercept >= cut) for cut in CUTS
    }
    for label, decide in rules.items():
        cells = [f"{name} {half}: {shares(r, decide, half)}" for name, r in rows.items() for half in (1, 2)]
        print(f"  {label:10s}", "   ".join(cells))


if __name__ == "__main__":
    main()
