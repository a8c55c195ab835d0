"""Measure near-duplicate detection (summarizer.dedup) on OrangeSum validation articles.

1. False merges: the 1,500 distinct articles, every pair compared (exact Jaccard of word
   shingles over all ~1.1M pairs, and what the MinHash LSH index merges when the 1,500 are
   added one after the other). Goal: 0.
2. Variants merged: each article rewritten the way syndication rewrites a dispatch (new
   headline, site boilerplate, a paragraph added, a paragraph removed, light rewording, another
   site's cleaning, and all of headline + boilerplate + cleaning at once); a variant is merged
   when the index of the 1,500 originals maps it to its own original. Goal: >= 95% of variants.
   A variant mapped to another article counts as a false merge.
3. Throughput (--throughput): a feed where a third of the items are copies, summarized by
   ``run_batch`` without then with dedup (tiny models, greedy, one thread, no result cache, after a
   warm-up run), articles per second of wall time and of CPU time compared (CPU time is the
   steadier figure on a shared machine).

Usage:
    python scripts/eval_dedup.py [--data ../shared/data/orangesum/valid.jsonl] [--thresholds 0.3,0.4,0.5,0.6,0.7]
    python scripts/eval_dedup.py --throughput [--feed-size 30]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from summarizer.dedup import DEFAULT_THRESHOLD, NUM_PERM, NearDuplicates, shingles

ROOT = Path(__file__).resolve().parents[1]

# Pairs of the validation set that are versions of one dispatch (same day, same story, most
# sentences shared; read by hand): merging them is right, so they are not counted as false merges.
SAME_DISPATCH = {frozenset(p) for p in (("33436", "36215"), ("31777", "31889"), ("31410", "31417"))}
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "orangesum" / "valid.jsonl"
SENTENCE = re.compile(r"(?<=[.!?»])\s+(?=[A-ZÀ-Ý«\"])")

BOILERPLATE_HEAD = [
    "Publié le {date} à 10h32, mis à jour le {date} à 14h05",
    "Par La Rédaction avec AFP",
    "Partager sur Facebook Partager sur Twitter Envoyer par e-mail",
]
BOILERPLATE_TAIL = [
    "Lire aussi : {other}",
    "(Avec AFP)",
    "© 2020 Tous droits réservés. Abonnez-vous à notre newsletter pour ne rien manquer de l'actualité.",
]
SYNONYMS = {
    "a déclaré": "a affirmé",
    "a indiqué": "a précisé",
    "selon": "d'après",
    "mais": "cependant",
    "aussi": "également",
    "très": "fort",
    "plus de": "au-delà de",
    "environ": "près de",
    "dimanche": "ce dimanche",
    "lundi": "ce lundi",
    "mardi": "ce mardi",
    "mercredi": "ce mercredi",
    "jeudi": "ce jeudi",
    "vendredi": "ce vendredi",
    "samedi": "ce samedi",
    "toutefois": "néanmoins",
    "ainsi": "de la sorte",
    "alors que": "tandis que",
    "notamment": "en particulier",
    "rapidement": "vite",
    "pays": "territoire",
    "gouvernement": "exécutif",
    "président": "chef de l'État",
    "affaire": "dossier",
    "personnes": "individus",
}


def sentences(text: str) -> list[str]:
    return [s for s in SENTENCE.split(text.strip()) if s]


def new_headline(r: dict, rng: random.Random, others: list[dict]) -> str:
    first = sentences(r["abstract"])[0] if r.get("abstract") else r["title"]
    return f"{first}\n\n{r['article']}"


def boilerplate(r: dict, rng: random.Random, others: list[dict]) -> str:
    date = r.get("date") or "2020-01-01"
    head = "\n".join(line.format(date=date) for line in BOILERPLATE_HEAD)
    tail = "\n".join(line.format(other=rng.choice(others)["title"]) for line in BOILERPLATE_TAIL)
    return f"{head}\n\n{r['article']}\n\n{tail}"


def paragraph_added(r: dict, rng: random.Random, others: list[dict]) -> str:
    """A background paragraph from another article, about a fifth of the article's length (the run
    of the donor's sentences closest to that length), inserted between two sentences."""
    own = sentences(r["article"])
    donor = sentences(rng.choice(others)["article"])
    want = max(8, round(len(r["article"].split()) / 5))
    best: tuple[int, int, int] | None = None
    for start in range(len(donor)):
        words = 0
        for end in range(start, len(donor)):
            words += len(donor[end].split())
            gap = abs(words - want)
            if best is None or gap < best[0]:
                best = (gap, start, end + 1)
            if words >= want:
                break
    extra = donor[best[1] : best[2]] if best else donor[:1]
    at = rng.randint(1, len(own)) if len(own) > 1 else 1
    return " ".join(own[:at]) + "\n\n" + " ".join(extra) + "\n\n" + " ".join(own[at:])


def paragraph_removed(r: dict, rng: random.Random, others: list[dict]) -> str:
    """The last fifth of the sentences cut (at least one sentence, never all)."""
    own = sentences(r["article"])
    if len(own) < 3:
        return " ".join(own[: max(1, len(own) - 1)]) if len(own) > 1 else r["article"]
    cut = max(1, round(len(own) / 5))
    return " ".join(own[:-cut])


def rewording(r: dict, rng: random.Random, others: list[dict]) -> str:
    """Synonyms for common words and phrases, and numbers written another way (2.600 -> 2 600)."""
    text = r["article"]
    for old, new in SYNONYMS.items():
        text = re.sub(rf"\b{re.escape(old)}\b", new, text)
    text = re.sub(r"(\d)\.(\d{3})\b", r"\1 \2", text)
    return text


def cleaning(r: dict, rng: random.Random, others: list[dict]) -> str:
    """Another scraper's cleaning: typographic quotes and apostrophes, no accents on capitals,
    hard line breaks, a photo credit left in, sentences glued at full stops."""
    text = r["article"].replace("'", "’")
    text = re.sub(r'"([^"]*)"', r"« \1 »", text)
    text = text.replace("É", "E").replace("À", "A")
    words = text.split(" ")
    lines = [" ".join(words[i : i + 12]) for i in range(0, len(words), 12)]
    text = "\n".join(lines)
    return f"(Photo d'illustration - AFP)\n{text}"


def syndicated(r: dict, rng: random.Random, others: list[dict]) -> str:
    """New headline + boilerplate + another cleaning, all at once."""
    step = dict(r, article=cleaning(r, rng, others))
    step = dict(step, article=boilerplate(step, rng, others))
    return new_headline(step, rng, others)


VARIANTS: dict[str, Callable[[dict, random.Random, list[dict]], str]] = {
    "new headline": new_headline,
    "boilerplate": boilerplate,
    "paragraph added": paragraph_added,
    "paragraph removed": paragraph_removed,
    "light rewording": rewording,
    "different cleaning": cleaning,
    "headline+boilerplate+cleaning": syndicated,
}


def exact_pair_stats(records: list[dict]) -> tuple[float, list[tuple[float, str, str]]]:
    """Max exact Jaccard over all pairs of distinct articles, and the top pairs."""
    import numpy as np
    from scipy import sparse

    vocab: dict[str, int] = {}
    rows, cols = [], []
    for i, r in enumerate(records):
        for s in shingles(r["article"]):
            rows.append(i)
            cols.append(vocab.setdefault(s, len(vocab)))
    m = sparse.csr_matrix((np.ones(len(rows), dtype=np.float32), (rows, cols)), shape=(len(records), len(vocab)))
    m.data[:] = 1
    inter = (m @ m.T).toarray()
    sizes = np.asarray(m.sum(axis=1)).ravel()
    union = sizes[:, None] + sizes[None, :] - inter
    jac = np.where(union > 0, inter / np.maximum(union, 1), 0)
    np.fill_diagonal(jac, 0)
    iu = np.triu_indices(len(records), 1)
    values = jac[iu]
    order = np.argsort(values)[::-1][:5]
    top = [(float(values[k]), records[iu[0][k]]["id"], records[iu[1][k]]["id"]) for k in order]
    return float(values.max()), top


def measure(records: list[dict], threshold: float, seed: int, num_perm: int = NUM_PERM) -> dict:
    rng = random.Random(seed)
    index = NearDuplicates(threshold, num_perm=num_perm)
    false_merges_in_originals = []
    same_dispatch_merged = []
    group = {}
    for r in records:
        match = index.add(r["id"], r["article"])
        group[r["id"]] = r["id"] if match is None else match.representative
        if match is None:
            continue
        pair = (r["id"], match.representative, round(match.similarity, 3))
        if frozenset(pair[:2]) in SAME_DISPATCH:
            same_dispatch_merged.append(pair)
        else:
            false_merges_in_originals.append(pair)
    merged: Counter[str] = Counter()
    wrong: Counter[str] = Counter()
    total = 0
    misses: list[tuple[str, str]] = []
    wrong_examples: list[tuple[str, str, str, float]] = []
    for r in records:
        others = [o for o in rng.sample(records, 3) if o["id"] != r["id"]] or [records[0]]
        for name, make in VARIANTS.items():
            variant = make(r, rng, others)
            total += 1
            match = index.find(variant)
            if match is not None and match.representative == group[r["id"]]:
                merged[name] += 1
            elif match is not None:
                wrong[name] += 1
                wrong_examples.append((name, r["id"], match.representative, round(match.similarity, 3)))
            elif len(misses) < 5:
                misses.append((name, r["id"]))
    n = len(records)
    return {
        "threshold": threshold,
        "num_perm": num_perm,
        "articles": n,
        "false_merges_among_originals": len(false_merges_in_originals),
        "false_merge_examples": false_merges_in_originals[:5],
        "same_dispatch_pairs_merged": same_dispatch_merged,
        "variants": total,
        "variants_merged": sum(merged.values()),
        "variants_merged_rate": round(sum(merged.values()) / total, 4),
        "variants_merged_wrongly": sum(wrong.values()),
        "wrong_examples": wrong_examples[:10],
        "per_variant": {name: round(merged[name] / n, 4) for name in VARIANTS},
        "miss_examples": misses,
    }


def throughput(records: list[dict], feed_size: int, seed: int, models: argparse.Namespace) -> dict:
    """Summarize a feed whose items are one third copies with ``run_batch``, without then with dedup.

    In one process, after a warm-up run (imports, first model load), so the figures compare the
    batch work itself; both runs load the models once, use no result cache, and write JSONL.
    CPU seconds (this process, all threads) are the steadier figure on a shared machine.
    """
    from summarizer.batch import run_batch
    from summarizer.config import PipelineOptions, SummarizerConfig

    rng = random.Random(seed)
    originals = rng.sample(records, feed_size - feed_size // 3)
    copies = []
    for r in rng.sample(originals, feed_size // 3):
        make = rng.choice(list(VARIANTS.values()))
        copies.append({"id": f"copy-of-{r['id']}", "text": make(r, rng, records[:50])})
    items = [{"id": r["id"], "text": r["article"]} for r in originals] + copies
    rng.shuffle(items)
    tiny = Path(os.environ.get("SUMMARIZER_TINY_MODELS", ROOT / "tests" / ".tiny_models"))
    if not models.summarization_model and not (tiny / "barthez-fr").exists():
        subprocess.run([sys.executable, str(ROOT / "scripts" / "make_tiny_models.py")], check=True)
    config = SummarizerConfig(
        summarization_model=models.summarization_model or str(tiny / "barthez-fr"),
        translation_model=models.translation_model or str(tiny / "marian-fr-en"),
        backend=models.backend,
        device="cpu",
        threads=1,
    )
    options = PipelineOptions(num_beams=models.num_beams)
    results: dict = {
        "items": len(items),
        "copies_in_feed": len(copies),
        "models": [config.summarization_model, config.translation_model],
        "backend": models.backend,
        "num_beams": models.num_beams,
    }
    with tempfile.TemporaryDirectory() as tmp:
        feed = Path(tmp) / "feed.jsonl"
        feed.write_text("".join(json.dumps(i, ensure_ascii=False) + "\n" for i in items), encoding="utf-8")
        warm = Path(tmp) / "warm.jsonl"
        warm.write_text("".join(json.dumps(i, ensure_ascii=False) + "\n" for i in items[:2]), encoding="utf-8")
        run_batch([str(warm)], Path(tmp) / "warm-out.jsonl", config=config, options=options, use_cache=False)
        for label, dedup in (("no dedup", False), ("dedup", True)):
            out = Path(tmp) / f"out-{label.replace(' ', '-')}.jsonl"
            started, cpu_started = time.perf_counter(), time.process_time()
            report = run_batch([str(feed)], out, config=config, options=options, use_cache=False, dedup=dedup)
            seconds, cpu = time.perf_counter() - started, time.process_time() - cpu_started
            results[label] = {
                "done": report.done,
                "summarized": report.summarized,
                "duplicates": report.duplicates,
                "seconds": round(seconds, 1),
                "cpu_seconds": round(cpu, 1),
                "articles_per_s": round(report.done / seconds, 3),
                "articles_per_cpu_s": round(report.done / cpu, 3),
                "load_average": round(os.getloadavg()[0], 1),
            }
    for unit in ("s", "cpu_s"):
        ratio = results["dedup"][f"articles_per_{unit}"] / results["no dedup"][f"articles_per_{unit}"]
        results[f"speedup_{'wall' if unit == 's' else 'cpu'}"] = round(ratio, 2)
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--thresholds", default=f"0.5,{DEFAULT_THRESHOLD},0.6")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--num-perm", type=int, default=NUM_PERM, help="MinHash permutations")
    parser.add_argument("--no-exact", action="store_true", help="skip the exact all-pairs Jaccard")
    parser.add_argument("--throughput", action="store_true", help="measure the batch throughput gain instead")
    parser.add_argument("--feed-size", type=int, default=30)
    parser.add_argument("--summarization-model", help="throughput: model folder (default: the tiny test model)")
    parser.add_argument("--translation-model", help="throughput: model folder (default: the tiny test model)")
    parser.add_argument("--backend", default="torch", help="throughput: backend (default torch)")
    parser.add_argument("--num-beams", type=int, default=1, help="throughput: beams (default 1)")
    args = parser.parse_args()
    records = [json.loads(line) for line in args.data.read_text(encoding="utf-8").splitlines() if line.strip()]
    if args.throughput:
        print(json.dumps(throughput(records, args.feed_size, args.seed, args), ensure_ascii=False))
        return
    if not args.no_exact:
        top, pairs = exact_pair_stats(records)
        print(json.dumps({"all_pairs": len(records) * (len(records) - 1) // 2, "max_exact_jaccard": round(top, 4),
                          "top_pairs": pairs}, ensure_ascii=False))  # fmt: skip
    for value in args.thresholds.split(","):
        started = time.perf_counter()
        result = measure(records, float(value), args.seed, args.num_perm)
        result["seconds"] = round(time.perf_counter() - started, 1)
        print(json.dumps(result, ensure_ascii=False), flush=True)


if __name__ == "__main__":
    main()
