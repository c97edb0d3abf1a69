#!/usr/bin/env python3
"""Grows an analyzed output folder to more documents for the corpus-step benchmark.

usage: reuse-reissue.py <analyze-output> <new-folder> <count> [divisions.csv]

Document i of the new folder is document i mod N of the old one (N documents); from the N-th on
it is re-issued by a county drawn (deterministically) from the GB/T 2260 list: its own county's
name, full and short, is replaced in its identity and text, and it gets a new id. Analysing tens
of thousands of files takes over an hour on a shared two-core machine; the corpus step only reads
the saved JSON, so this measures it at that scale without the per-document step.
"""
import csv, hashlib, json, os, random, sys

src, dst, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
areas_csv = sys.argv[4] if len(sys.argv) > 4 else 'src/main/resources/org/disclosurelens/identify/areas.csv'
areas = [r for r in csv.DictReader(open(areas_csv, encoding='utf-8')) if len(r['name']) >= 2]
with open(f'{src}/documents.csv', encoding='utf-8-sig') as f:
    rows = list(csv.reader(f))
header, docs = rows[0], rows[1:]
os.makedirs(f'{dst}/json', exist_ok=True)
rnd = random.Random(5)

def replace_all(node, old, new):
    if isinstance(node, str):
        return node.replace(old, new)
    if isinstance(node, list):
        return [replace_all(x, old, new) for x in node]
    if isinstance(node, dict):
        return {k: replace_all(v, old, new) for k, v in node.items()}
    return node

with open(f'{dst}/documents.csv', 'w', encoding='utf-8-sig', newline='') as out:
    w = csv.writer(out)
    w.writerow(header)
    for i in range(count):
        row = list(docs[i % len(docs)])
        text = open(f'{src}/json/{row[0]}.json', encoding='utf-8').read()
        if i >= len(docs):
            d = json.loads(text)
            county = d['identity'].get('county') or ''
            area = rnd.choice(areas)
            if len(county) >= 2:
                d = replace_all(d, county, area['name'])
                if len(county) >= 3 and len(area['name']) >= 3:
                    d = replace_all(d, county[:-1], area['name'][:-1])
            d['identity']['division_code'] = area['code']
            row[0] = d['id'] = hashlib.sha256(f'{row[0]} {i}'.encode()).hexdigest()[:16]
            if 'path' in header:  # each re-issued document is a file of its own
                row[header.index('path')] = d['path'] = f'reissued-{i}/' + row[header.index('path')]
            text = json.dumps(d, ensure_ascii=False)
        with open(f'{dst}/json/{row[0]}.json', 'w', encoding='utf-8') as f:
            f.write(text)
        w.writerow(row)
