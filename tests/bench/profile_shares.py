"""Shares of a whole-site check's thread time, from a dotnet-trace speedscope file (dotnet-sampled-thread-time).

Usage: python3 tests/bench/profile_shares.py trace.speedscope.json
Each category is inclusive (a frame anywhere on the stack); "stopped for GC" is the time threads spent
suspended while the garbage collector ran, which the sampler records as thread time too.
"""
import json, collections, sys
d = json.load(open(sys.argv[1]))
frames = [f['name'] for f in d['shared']['frames']]
cats = [('untranslated detection (verdicts)','PageCheckContext.VerdictOf'),('translated page profile','TargetPageProfile..ctor'),('alignment','PageAligner.AlignCancellable'),
        ('Markdig parse','Markdig.Markdown.Parse('),('l10n page walk (units)','PageReader.WalkContainer'),('unit ids/positions','PageReader.Build()'),
        ('finding construction','PageCheckContext.Report('),('anchors and links','CheckEngine.LinksOf'),('JSON report','Reports.JsonReportWriter'),('rules (all)','CheckEngine.Check(class'),('page jobs (all)','CheckPairOrReport')]
waits=('PollGC','SpinOnce','Monitor.Wait','LowLevelLifo','Thread.Sleep','WaitHandle','SemaphoreSlim','ManualResetEventSlim.Wait','InitializeTlsBuckets','GetGCMemoryInfo')
tot=0; c=collections.Counter(); gc=0
for p in d['profiles']:
    stack=[]; last=None
    for e in p['events']:
        t=e['at']
        if stack and last is not None:
            names=[frames[i] for i in stack]
            if 'CPU_TIME' in names[-1]:
                if any(w in n for n in names[-4:] for w in waits):
                    if any('PollGC' in n for n in names[-4:]): gc+=t-last
                else:
                    tot+=t-last
                    for label,key in cats:
                        if any(key in n for n in names): c[label]+=t-last
        last=t
        if e['type']=='O': stack.append(e['frame'])
        elif stack: stack.pop()
T=tot+gc
print(f"thread time {T/1000:.1f} s (running {tot/1000:.1f} s, stopped for GC {gc/1000:.1f} s = {100*gc/T:.1f}%)")
print("share of all thread time | share of the time threads ran | category")
for label,_ in cats: print(f"{100*c[label]/T:5.1f}% | {100*c[label]/tot:5.1f}% | {label}")
