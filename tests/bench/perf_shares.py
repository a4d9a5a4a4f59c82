"""Shares of a whole-site check's CPU time in the Native AOT build, from `perf script` output.

Usage: python3 tests/bench/perf_shares.py stacks.txt [TOP]
stacks.txt is `perf script -F tid,ip,sym` of `perf record -e cpu-clock -g` over the AOT binary. cpu-clock samples a
thread only while it runs on a CPU, so the shares hold on a loaded machine too (no hardware counters needed), and in
the AOT build there is no JIT: what runs is the compiled code, the garbage collector and the kernel. Each category
is inclusive (a frame anywhere on the stack); the garbage collector is the collector's own code (it runs on the
thread that triggered it). Then the TOP functions by self time.
"""
import collections, sys

CATEGORIES = [
    ('garbage collector', ['WKS::gc_heap::', 'WKS::GCHeap::', 'SVR::gc_heap::']),
    ("Markdig's parse", ['Markdig_Markdig_Parsers_MarkdownParser__Parse']),
    ('page walk into units', ['PageReader__Walk', 'PageReader__ReadHtml', 'PageReader__ReadFront', 'PageReader__Add',
                              'PageReader__Build', 'InlineReader']),
    ('translated page profile', ['TargetPageProfile']),
    ('untranslated verdicts', ['UntranslatedBlockRule', 'UntranslatedSentenceRule', 'PageCheckContext__Judge',
                               'PageCheckContext__VerdictOf']),
    ('alignment', ['PageAligner']),
    ('finding construction', ['PageCheckContext__Report']),
    ('JSON report', ['JsonReportWriter', 'JsonItemBlocks']),
    ('cross-page links', ['ProjectLinkChecker']),
    ('planning', ['ProjectRun__Prepare', 'ProjectPlanner', 'ProjectFileMapper']),
    ('file reads', ['TextFileReader']),
    ('rules (all)', ['CheckEngine__Check_', 'Rules_']),
    ('page jobs (all)', ['CheckEngine__CheckPair']),
]


def read(path):
    samples, current = [], []
    for line in open(path, errors='replace'):
        if not line.strip():
            if current:
                samples.append(current)
            current = []
        elif line.strip().isdigit():
            # A sample's header is its thread id, which perf pads with spaces when it is short.
            if current:
                samples.append(current)
            current = []
        else:
            parts = line.split(None, 1)
            current.append(parts[1].strip() if len(parts) > 1 else '')
    if current:
        samples.append(current)
    return samples


def main():
    samples = read(sys.argv[1])
    top = int(sys.argv[2]) if len(sys.argv) > 2 else 30
    n = len(samples) or 1
    counts = {name: sum(1 for s in samples if any(k in f for f in s for k in keys)) for name, keys in CATEGORIES}
    parse = counts["Markdig's parse"] or 1
    gc = counts['garbage collector']
    print(f'{len(samples)} samples (cpu-clock)')
    print('| category (inclusive) | share of CPU time | multiple of the parse |')
    print('| --- | ---: | ---: |')
    for name, _ in CATEGORIES:
        print(f'| {name} | {100 * counts[name] / n:.1f}% | {counts[name] / parse:.2f}x |')
    print(f'| everything but the parse and the collector | {100 * (n - parse - gc) / n:.1f}% | {(n - parse - gc) / parse:.2f}x |')
    self_time = collections.Counter(s[0] for s in samples if s)
    print(f'\ntop {top} by self time')
    for name, c in self_time.most_common(top):
        print(f'{100 * c / n:5.1f}%  {name[:140]}')


main()
