#!/usr/bin/env python3
"""Selects the demo sample from the ANT corpus: conflict-heavy, spread over sources and months.

Usage (from the repo root):
    python3 examples/corpus/select_sample.py ../shared/data/corpus/ant_news_politics.jsonl \
        > examples/corpus/ant_sample.jsonl

Deterministic: same input, same output. Articles are scored by how many distinct conflict and
cooperation cue words they contain; the best-scoring articles of 500-3500 characters are taken
round-robin over (source, month) cells, up to 400 articles.
"""
import collections
import json
import sys

CUES = ["قصف", "غارة", "غارات", "هجوم", "هجمات", "مقتل", "قتلى", "قتل", "جرحى", "إصابة",
        "اشتباكات", "معارك", "انفجار", "تفجير", "اعتقال", "اعتقلت", "احتجاج", "احتجاجات",
        "تظاهر", "مظاهرة", "متظاهرين", "اتهم", "اتهمت", "ندد", "أدان", "هدد", "تهديد", "عقوبات",
        "هدنة", "وقف إطلاق النار", "اتفاق", "مفاوضات", "محادثات", "انسحاب", "مساعدات", "صاروخ",
        "صواريخ", "مسلحين", "مسلحون", "الجيش", "القوات", "الحوثي", "داعش", "طائرات", "استهدف"]
LIMIT = 400


def main(path):
    cells = collections.defaultdict(list)
    with open(path, encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            text = d.get("text") or ""
            if not 500 <= len(text) <= 3500:
                continue
            score = sum(1 for c in CUES if c in text)
            if score < 6:
                continue
            cells[(d.get("source"), (d.get("date") or "")[:7])].append((-score, d["id"], d))
    for v in cells.values():
        v.sort(key=lambda t: (t[0], t[1]))
    keys = sorted(cells, key=lambda k: (str(k[0]), k[1]))
    out, i = [], 0
    while len(out) < LIMIT and any(i < len(cells[k]) for k in keys):
        for k in keys:
            if i < len(cells[k]) and len(out) < LIMIT:
                out.append(cells[k][i][2])
        i += 1
    out.sort(key=lambda d: (d.get("date") or "", d["id"]))
    for d in out:
        print(json.dumps(d, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1])
