#!/usr/bin/env python3
"""Scores reuse.csv against the ground truth of a generated corpus (disclosure-lens generate).

usage: reuse-score.py <generated-corpus> <analyze-output>

A planted copy (a shared passage whose reason is not "series") is found when reuse.csv has a row
between the two documents, across issuers and not template, whose text overlaps the planted text.
A reported row is right when both its documents contain a planted passage (the copy's source and
every document that took the same text) and its text overlaps that passage. Texts are compared
after keeping only ideographs, letters and digits, as the tool compares them.
"""
import csv, json, sys, unicodedata, collections

def fold(s):
    s = unicodedata.normalize('NFKC', s)
    return ''.join(c.lower() for c in s if c.isalnum())

def overlaps(a, b):
    """True when the shorter shares at least half of itself with the longer, in 12-character pieces."""
    a, b = fold(a.replace('…', '')), fold(b.replace('…', ''))
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if len(short) < 12:
        return short and short in long_
    pieces = [short[i:i + 12] for i in range(0, len(short) - 11, 6)]
    return sum(p in long_ for p in pieces) * 2 >= len(pieces)

corpus, out = sys.argv[1], sys.argv[2]
truth = json.load(open(f'{corpus}/.ground-truth.json', encoding='utf-8'))
ids = {}
with open(f'{out}/documents.csv', encoding='utf-8-sig') as f:
    for row in csv.DictReader(f):
        ids[row['path'].split('/')[-1]] = row['id']
doc = {d['id']: ids[next(iter(d['files'].values()))] for d in truth['documents']}
txt = {d['id']: d['files'].get('txt') for d in truth['documents']}
folded = {}

def holds(gid, text):
    """The document still contains the passage (a later fault may have overwritten a planted one)."""
    if not txt[gid]:
        return True
    if gid not in folded:
        folded[gid] = fold(open(f'{corpus}/{txt[gid]}', encoding='utf-8').read())
    return fold(text) in folded[gid]

shared = [p for p in truth['sharedPassages'] if holds(p['source'], p['text']) and holds(p['target'], p['text'])]
overwritten = len(truth['sharedPassages']) - len(shared)
holders = collections.defaultdict(set)           # planted text -> documents containing it
for p in shared:
    holders[p['text']] |= {doc[p['source']], doc[p['target']]}
planted = [p for p in shared if p['reason'] != 'series']
series = [p for p in shared if p['reason'] == 'series']

with open(f'{out}/reuse.csv', encoding='utf-8-sig') as f:
    rows = list(csv.DictReader(f))
by_pair = collections.defaultdict(list)
for r in rows:
    by_pair[frozenset((r['document_a'], r['document_b']))].append(r)

def found(p, suspicious):
    for r in by_pair.get(frozenset((doc[p['source']], doc[p['target']])), []):
        if (r['template'] == 'no' and r['same_series'] == 'no') == suspicious and \
                (overlaps(r['text_a'], p['text']) or overlaps(r['text_b'], p['text'])):
            return True
    return False

def right(r):
    pair = {r['document_a'], r['document_b']}
    return any(pair <= h and (overlaps(r['text_a'], t) or overlaps(r['text_b'], t)) for t, h in holders.items())

hits = sum(found(p, True) for p in planted)
reported = [r for r in rows if r['template'] == 'no' and r['same_series'] == 'no']
correct = sum(right(r) for r in reported)
series_found = sum(any(r['same_series'] == 'yes' for r in by_pair.get(frozenset((doc[p['source']], doc[p['target']])), []))
                   for p in series)
flags = collections.Counter()
with open(f'{out}/anomalies.csv', encoding='utf-8-sig') as f:
    for r in csv.DictReader(f):
        if r['rule'] == 'COPY-RARE-PASSAGE':
            flags[r['document_id']] += 1
planted_docs = {doc[p['target']] for p in planted} | {doc[p['source']] for p in planted}
print(f"shared passages in the ground truth: {len(truth['sharedPassages'])}, no longer in the files "
      f"(overwritten by a later fault): {overwritten}")
print(f"planted copies: {len(planted)}, found {hits}: recall {hits / max(1, len(planted)):.3f}")
print(f"passages reported across issuers: {len(reported)}, right {correct}: precision {correct / max(1, len(reported)):.3f}")
print(f"series pairs planted: {len(series)}, reported as series {series_found}")
print(f"documents flagged: {len(flags)}, of which in a planted copy {len(set(flags) & planted_docs)}")
if '-v' in sys.argv:
    for p in planted:
        if not found(p, True):
            print('MISSED', p['reason'], p['source'], p['target'], doc[p['source']], doc[p['target']], p['text'][:60])
    for r in reported:
        if not right(r):
            print('WRONG', r['document_a'], r['document_b'], r['part_a'], r['issuers'], r['similarity'], r['text_a'][:70], '|', r['text_b'][:70])
