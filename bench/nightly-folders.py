#!/usr/bin/env python3
"""Makes an accumulate-mode night of the nightly benchmark from a folder of generated .txt pages
(docs/nightly.md), e.g. one written by org.dupscan.bench.WriteCorpus.

Usage: python3 bench/nightly-folders.py BASE/corpus OUTDIR [EVERY] [--link]

Writes OUTDIR/night/corpus: every EVERY-th page of BASE (default 40, in path order) with one sentence
appended (changed), and as many new pages, each a copy of the page EVERY/2 after a changed one with
another sentence appended, under a new name in the same folder (added): a 5% night at 40. Writes
OUTDIR/full/corpus: BASE with the night applied (the pages an accumulate index holds after the night),
for the full scan. The folders keep BASE's last path element, so that ids and hosts match the index's.
With --link, FULL's unchanged pages are hard links to BASE's (a million pages: minutes of copying and
4 GB saved); a changed page is unlinked before it is written, so BASE stays as it was.
Standard library only.
"""
import os
import shutil
import sys

CHANGED = '\nEdited for the nightly benchmark: this sentence was added after the first crawl.\n'
ADDED = '\nA new page of tonight, copied from another page for the nightly benchmark.\n'


def main():
    args = [a for a in sys.argv[1:] if a != '--link']
    link = len(args) < len(sys.argv) - 1
    base, out = args[0].rstrip('/'), args[1]
    every = int(args[2]) if len(args) > 2 else 40
    name = os.path.basename(base)
    night, full = os.path.join(out, 'night', name), os.path.join(out, 'full', name)
    pages = sorted(os.path.relpath(os.path.join(d, f), base)
                   for d, _, fs in os.walk(base) for f in fs)
    if os.path.exists(full):
        shutil.rmtree(full)
    shutil.copytree(base, full, copy_function=os.link if link else shutil.copy2)
    changed = added = 0
    for i, rel in enumerate(pages):
        if i % every == 0:
            text = open(os.path.join(base, rel), encoding='utf-8').read() + CHANGED
            changed += 1
        elif i % every == every // 2:
            text = open(os.path.join(base, rel), encoding='utf-8').read() + ADDED
            stem, ext = os.path.splitext(rel)
            rel = stem + '-new' + ext
            added += 1
        else:
            continue
        for root in (night, full):
            path = os.path.join(root, rel)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            if os.path.exists(path):
                os.unlink(path)  # with --link, a hard link to BASE's page
            with open(path, 'w', encoding='utf-8') as f:
                f.write(text)
    print(f'{base}: {len(pages)} pages; night {night}: {changed} changed, {added} added; full {full}')


if __name__ == '__main__':
    main()
