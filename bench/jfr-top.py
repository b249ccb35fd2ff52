#!/usr/bin/env python3
"""Aggregates a JFR recording's Java execution samples (docs/nightly.md): the methods most often on
top of a sampled stack (self) and most often anywhere in it (inclusive, a method counted once per
sample however deep its recursion), then the inclusive counts of dupscan's own methods alone.

Usage: python3 bench/jfr-top.py F.jfr [TOP]   (TOP defaults to 40; needs the JDK's `jfr` tool)
Standard library only.
"""
import re
import subprocess
import sys
from collections import Counter

FRAME = re.compile(r'^\s{4}([\w$.<>/]+)\(')


def main():
    path = sys.argv[1]
    top = int(sys.argv[2]) if len(sys.argv) > 2 else 40
    out = subprocess.run(['jfr', 'print', '--events', 'jdk.ExecutionSample', '--stack-depth', '512', path],
                         check=True, capture_output=True, text=True).stdout
    self_counts, inclusive, samples, stack = Counter(), Counter(), 0, None
    for line in out.splitlines():
        if line.startswith('  stackTrace = ['):
            stack = []
        elif stack is not None and line.startswith('  ]'):
            samples += 1
            if stack:
                self_counts[stack[0]] += 1
            inclusive.update(set(stack))
            stack = None
        elif stack is not None:
            m = FRAME.match(line)
            if m:
                stack.append(m.group(1))
    print(f'samples {samples}')
    ours = Counter({m: n for m, n in inclusive.items() if m.startswith('org.dupscan.')})
    for title, counts in (('top self', self_counts), ('inclusive', inclusive),
                          ('inclusive, org.dupscan only', ours)):
        print(f'--- {title}')
        for method, n in counts.most_common(top):
            print(f'{n:7d} {100.0 * n / max(samples, 1):5.1f}% {method}')


if __name__ == '__main__':
    main()
