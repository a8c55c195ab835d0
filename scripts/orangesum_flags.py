"""Figure flags on OrangeSum training articles against their own abstracts (French against French).

A same-language check: a new figure rule should add no flag here. Writes every flag to a JSON
file so that two runs (before and after a change) can be compared with ``--compare``.

    python scripts/orangesum_flags.py --data PATH/train.jsonl.gz --limit 3000 --out after.json --compare before.json
"""

from __future__ import annotations

import argparse
import gzip
import json
import time

from summarizer.facts import check


def main() -> None:
    """Count flagged abstracts; list the pairs whose flags differ from an earlier run."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", required=True, help="OrangeSum train.jsonl.gz")
    ap.add_argument("--limit", type=int, default=3000)
    ap.add_argument("--out", required=True, help="JSON file for this run's flags")
    ap.add_argument("--compare", help="JSON file of an earlier run")
    args = ap.parse_args()
    flags: dict[str, list[str]] = {}
    start = time.perf_counter()
    with gzip.open(args.data, "rt", encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if i >= args.limit:
                break
            rec = json.loads(line)
            found = check(rec["article"], rec["abstract"], source_lang="fr", output_lang="fr")
            flags[str(i)] = [f.text for f in found]
    seconds = time.perf_counter() - start
    flagged = sum(1 for v in flags.values() if v)
    print(f"records: {len(flags)}; flagged: {flagged}; flags: {sum(map(len, flags.values()))}; {seconds:.1f}s")
    with open(args.out, "w", encoding="utf-8") as fh:
        json.dump(flags, fh, ensure_ascii=False)
    if args.compare:
        with open(args.compare, encoding="utf-8") as fh:
            before = json.load(fh)
        for key, now in flags.items():
            was = before.get(key, [])
            if sorted(now) != sorted(was):
                print(f"record {key}: before {was} -> after {now}")


if __name__ == "__main__":
    main()
