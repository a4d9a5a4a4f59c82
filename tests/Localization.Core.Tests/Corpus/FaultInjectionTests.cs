using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Localization.Core.Alignment;
using Localization.Core.Checking;
using Localization.Core.Findings;
using Localization.Core.Terms;
using Localization.Core.Tests.TestSupport;
using Localization.Core.Text;
using Localization.Core.Units;

namespace Localization.Core.Tests.Corpus;

/// <summary>
/// Faults injected into the real translated pages of the 2026-03 corpus (ko, fr, ja), as a translator's reviewer
/// would meet them: per page, one fault of each kind the page offers a site for (the kinds of
/// Alignment/InjectedFaultTests, plus a link inside an md_in_html element, a whole admonition deleted, content
/// deleted inside a container, and titles put back into English). A fault is found when a finding of the
/// expected rule that the clean page did not have lies on the lines of the block the fault is in (for deleted
/// content: between the translations of its neighbours inside its container).
/// </summary>
public sealed partial class FaultInjectionTests(ITestOutputHelper output)
{
    private static readonly string[] Languages = ["ko", "fr", "ja"];

    private static readonly CheckOptions Options = Checker.Options with { CheckCrossPageLinks = false };

    /// <summary>A fault: the edit of the clean translation and where its finding must lie (lines after the edit).</summary>
    private sealed record Fault(string Kind, int Start, int End, string Replacement, string[] Rules, int FirstLine, int LastLine);

    [Fact]
    public void At_least_99_percent_of_injected_faults_are_found_with_the_right_rule_in_the_right_block()
    {
        var corpus = CorpusPages.Require(CorpusPages.Current);
        // As a user runs it: with the terms `l10n terms` learns from the corpus.
        var terms = new UntranslatedAccuracyTests.CorpusTerms().For(corpus);
        var engine = new CheckEngine(Options with { Terms = terms });
        var results = new ConcurrentBag<(string Language, string Kind, string Page, bool Found, string Detail)>();
        var pages = Languages.SelectMany(l => CorpusPages.EnglishPages(corpus).Select(p => (Language: l, Page: p)))
            .Where(x => File.Exists(CorpusPages.Translation(corpus, x.Language, x.Page))).ToList();

        Parallel.ForEach(pages, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, x =>
        {
            var english = File.ReadAllText(CorpusPages.English(corpus, x.Page));
            var translation = File.ReadAllText(CorpusPages.Translation(corpus, x.Language, x.Page));
            var pair = Checker.Pair(x.Language, "docs/" + x.Page, $"i18n/{x.Language}/{x.Page}");
            var aligned = PageAligner.Align(PageReader.Read("en.md", english), PageReader.Read("target.md", translation));
            var baseline = engine.CheckTexts(pair, english, translation).Findings;
            foreach (var fault in Sites(aligned, x.Language, terms))
            {
                var faulted = string.Concat(translation.AsSpan(0, fault.Start), fault.Replacement, translation.AsSpan(fault.End));
                var findings = engine.CheckTexts(pair, english, faulted).Findings;
                var added = New(baseline, findings, translation, fault);
                var found = added.Any(f => fault.Rules.Contains(f.Rule) && f.Line >= fault.FirstLine && f.Line <= fault.LastLine);
                results.Add((x.Language, fault.Kind, x.Page, found,
                    found ? "" : $"expected {string.Join('|', fault.Rules)} on lines {fault.FirstLine}–{fault.LastLine}; new: {string.Join("; ", added.Select(f => $"{f.Line} {f.Rule}: {f.Message}").Take(3))}"));
            }
        });

        var all = results.ToList();
        var rate = all.Count == 0 ? 0 : (double)all.Count(r => r.Found) / all.Count;
        output.WriteLine($"injected faults found with the right rule in the right block: {all.Count(r => r.Found)} of {all.Count} ({rate:P2}) over {pages.Count} pages");
        foreach (var kind in all.GroupBy(r => r.Kind).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"  {kind.Key,-40} {kind.Count(r => r.Found),5} of {kind.Count(),5}  ({string.Join(", ", kind.GroupBy(r => r.Language).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count(r => r.Found)}/{g.Count()}"))})");
        }

        foreach (var miss in all.Where(r => !r.Found).OrderBy(r => r.Kind, StringComparer.Ordinal).ThenBy(r => r.Page, StringComparer.Ordinal).Take(40))
        {
            output.WriteLine($"  missed {miss.Kind} in i18n/{miss.Language}/{miss.Page}: {miss.Detail}");
        }

        Assert.True(all.Select(r => r.Kind).Distinct().Count() >= 20, "fewer than 20 kinds of fault found a site");
        Assert.True(rate >= 0.99, $"only {rate:P2} of {all.Count} injected faults were found");
    }

    /// <summary>Findings of the faulted page that the clean page did not have (clean lines moved by the edit).</summary>
    private static List<Finding> New(IReadOnlyList<Finding> baseline, IReadOnlyList<Finding> faulted, string clean, Fault fault)
    {
        var editLine = LineAt(clean, fault.End);
        var delta = fault.Replacement.Count(c => c == '\n') - clean.AsSpan(fault.Start, fault.End - fault.Start).Count('\n');
        var known = baseline.Select(f => (f.Rule, f.Line > editLine ? f.Line + delta : f.Line)).ToList();
        var added = new List<Finding>();
        foreach (var f in faulted)
        {
            var index = known.IndexOf((f.Rule, f.Line));
            if (index >= 0)
            {
                known.RemoveAt(index);
            }
            else
            {
                added.Add(f);
            }
        }

        return added;
    }

    private static int LineAt(string text, int offset) => text.AsSpan(0, Math.Clamp(offset, 0, text.Length)).Count('\n') + 1;

    private static readonly string[] Untranslated = ["untranslated-block", "untranslated-sentence", "unchanged-title"];

    /// <summary>One site per kind of fault that the page offers, the first in page order.</summary>
    private static IEnumerable<Fault> Sites(AlignedPage page, string language, TermSet terms)
    {
        var (s, t) = (page.Source, page.Target);
        var text = t.Text;
        var matched = page.Matched.Select(p => (S: p.Source!, T: p.Target!)).ToList();
        var faults = new List<Fault?>();

        Fault At(string kind, int start, int end, string replacement, TranslationUnit unit, params string[] rules) =>
            new(kind, start, end, replacement, rules, unit.Line, LineAt(text, unit.End) + replacement.Count(c => c == '\n') - text.AsSpan(start, end - start).Count('\n'));

        bool SingleLine(TranslationUnit u) => u.Line == u.EndLine;
        bool Unique(TranslationUnit u, Invariant i) => u.Invariants.Count(x => x.Kind == i.Kind && x.Value == i.Value) == 1;
        bool InSource(TranslationUnit su, Invariant i) => su.Invariants.Count(x => x.Kind == i.Kind && x.Value == i.Value) == 1;

        // Links: inline links written [text](url) of the English.
        (TranslationUnit S, TranslationUnit T, Invariant I, Match M)? Link(Func<TranslationUnit, bool> where) =>
            matched.Where(p => where(p.T)).SelectMany(p => p.T.Invariants.Where(i => i.Kind == InvariantKind.Link && Unique(p.T, i) && InSource(p.S, i))
                .Select(i => (p.S, p.T, I: i, M: InlineLink().Match(text.Substring(i.Start, i.Length)))))
                .Where(x => x.M.Success && x.M.Length == x.I.Length && x.M.Groups["text"].Length > 0 && !x.M.Groups["text"].Value.Contains('[') && x.I.Value.Length > 3)
                .Select(x => ((TranslationUnit, TranslationUnit, Invariant, Match)?)x).FirstOrDefault();

        if (Link(u => true) is var (_, lt, li, lm))
        {
            faults.Add(At("drop a link", li.Start, li.Start + li.Length, lm.Groups["text"].Value, lt, "link-mismatch"));
        }

        if (Link(u => !u.Path.Segments.Any(x => x.Kind == "table")) is var (_, ct, ci, cm))
        {
            var url = cm.Groups["url"];
            faults.Add(At("change a URL", ci.Start + url.Index + url.Length, ci.Start + url.Index + url.Length, "x", ct, "link-mismatch"));
        }

        if (Link(u => u.Path.Segments.Any(x => x.Kind is "html" or "figure")) is var (_, ht, hi, hm))
        {
            faults.Add(At("drop a link inside an md_in_html element", hi.Start, hi.Start + hi.Length, hm.Groups["text"].Value, ht, "link-mismatch"));
        }

        foreach (var (kind, invariant, edit, rule) in new (string, InvariantKind, Func<string, string?>, string)[]
        {
            ("remove a footnote reference", InvariantKind.FootnoteReference, v => v.StartsWith("[^", StringComparison.Ordinal) ? "" : null, "footnote-mismatch"),
            ("change inline code", InvariantKind.Code, v => v.StartsWith('`') && v.EndsWith('`') && !v.Contains('\n') && v.Length > 2 ? v.Insert(v.TrimEnd('`').Length, "x") : null, "code-mismatch"),
            ("drop the image bang", InvariantKind.Image, v => v.StartsWith("![", StringComparison.Ordinal) ? v[1..] : null, "image-mismatch"),
            ("change an icon", InvariantKind.Icon, v => v.StartsWith(':') && v.EndsWith(':') ? v[..^1] + "-x:" : null, "markup-mismatch"),
        })
        {
            var site = matched.SelectMany(p => p.T.Invariants.Where(i => i.Kind == invariant && i.Length > 0 && Unique(p.T, i) && InSource(p.S, i)).Select(i => (p.T, I: i)))
                .Select(x => (x.T, x.I, New: edit(text.Substring(x.I.Start, x.I.Length)))).FirstOrDefault(x => x.New is not null);
            if (site.New is not null)
            {
                faults.Add(At(kind, site.I.Start, site.I.Start + site.I.Length, site.New, site.T, rule));
            }
        }

        // An md-button attribute list after a link.
        var button = matched.Where(p => SingleLine(p.T)).Select(p => (p.T, M: MdButton().Match(text, p.T.Start, p.T.End - p.T.Start)))
            .FirstOrDefault(x => x.M.Success && page.Source.Text.Contains(x.M.Value.Trim(), StringComparison.Ordinal));
        if (button.M is { Success: true } bm)
        {
            faults.Add(At("drop an md-button", bm.Index, bm.Index + bm.Length, "", button.T, "markup-mismatch"));
        }

        // Headings: level and explicit id.
        var heading = matched.FirstOrDefault(p => p.T.Kind == UnitKind.Heading && p.S.HeadingLevel == p.T.HeadingLevel && p.T.HeadingLevel is >= 2 and < 6 && text.AsSpan(LineStart(text, p.T.Start)).StartsWith(new string('#', p.T.HeadingLevel) + " "));
        if (heading.T is { } h)
        {
            var at = LineStart(text, h.Start);
            faults.Add(At("change a heading level", at, at, "#", h, "heading-mismatch"));
        }

        var withId = matched.Select(p => (p.T, M: HeadingId().Match(text, p.T.Start, LineEnd(text, p.T.Start) - p.T.Start)))
            .FirstOrDefault(x => x.T.Kind == UnitKind.Heading && x.T.ExplicitId is not null && x.M.Success);
        if (withId.M is { Success: true } im)
        {
            faults.Add(At("drop a heading id", im.Index, im.Index + im.Length, "", withId.T, "heading-mismatch"));
        }

        // Code blocks and snippets the translation keeps as in the English.
        var code = matched.FirstOrDefault(p => p.T.Kind == UnitKind.CodeBlock && p.T.Verbatim == p.S.Verbatim && p.T.Verbatim!.Trim().Length > 0 && p.T.Key is not null);
        if (code.T is { } cb)
        {
            var body = text.IndexOf('\n', cb.Start) + 1;
            faults.Add(At("change a code block", body, body, "x", cb, "code-mismatch"));
        }

        var snippet = matched.FirstOrDefault(p => p.T.Kind == UnitKind.Snippet && text.AsSpan(p.T.Start).StartsWith("--8<--"));
        if (snippet.T is { } sn)
        {
            faults.Add(At("escape the snippet", sn.Start, sn.Start, "\\", sn, "snippet-mismatch"));
        }

        // Front matter: a non-translatable value changed.
        var icon = FrontMatterIcon().Match(text);
        if (icon.Success && s.FrontMatter.Any(e => e.Key == "icon") && t.FrontMatter.Any(e => e.Key == "icon"))
        {
            var line = LineAt(text, icon.Index);
            faults.Add(new("change the icon of the page", icon.Groups["v"].Index + icon.Groups["v"].Length, icon.Groups["v"].Index + icon.Groups["v"].Length, "-x", ["front-matter-mismatch"], line, line));
        }

        // Admonitions written '!!! type "Title"' in both.
        var bang = t.Containers.Where(c => c.Syntax == "!!!" && c.Kind == "admonition" && c.Qualifier is { Length: > 0 } && c.MalformedTitle is null)
            .Select(c => (C: c, T: matched.FirstOrDefault(p => p.T.Path.Regions is [.., var last] && last.ContainerId == c.Id)))
            .FirstOrDefault(x => x.T.T is not null && x.T.S.Path.Regions is [.., var r] && s.Containers.First(sc => sc.Id == r.ContainerId).Qualifier == x.C.Qualifier);
        if (bang.T.T is not null)
        {
            var c = bang.C;
            var typeAt = text.IndexOf(c.Qualifier!, c.Start, StringComparison.Ordinal);
            var line = LineAt(text, c.Start);
            faults.Add(new("retype an admonition", typeAt, typeAt + c.Qualifier!.Length, c.Qualifier == "note" ? "warning" : "note", ["admonition-mismatch"], line, line));
            var header = text[c.Start..LineEnd(text, c.Start)];
            var open = header.IndexOf('"', StringComparison.Ordinal);
            var close = header.LastIndexOf('"');
            if (open > 0 && close > open)
            {
                faults.Add(new("title in corner brackets", c.Start + open, c.Start + close + 1, "「" + header[(open + 1)..close] + "」", ["admonition-mismatch"], line, line));
            }
        }

        // Text put back into English: a translated paragraph, and titles (headings, front-matter title, admonition title).
        foreach (var (kind, where) in new (string, Func<TranslationUnit, bool>)[]
        {
            ("put a paragraph back into English", u => u.Kind is UnitKind.Paragraph or UnitKind.ListItem),
            ("put a heading back into English", u => u.Kind == UnitKind.Heading),
            ("put the front-matter title back into English", u => u.Kind == UnitKind.FrontMatter && u.Key == "title"),
            ("put an admonition title back into English", u => u.Kind is UnitKind.AdmonitionTitle or UnitKind.SummaryTitle),
        })
        {
            var site = matched.FirstOrDefault(p => where(p.T) && p.S.Kind == p.T.Kind && SingleLine(p.T) && SingleLine(p.S) && p.T.IsTranslatable
                && !string.Equals(p.S.Prose.Text, p.T.Prose.Text, StringComparison.Ordinal)
                && EnglishText(p.S).Count(char.IsLetter) >= 6 && !EnglishText(p.S).Contains('"') && NotJustAName(p.S.Prose.Text, terms));
            if (site.T is { } u)
            {
                var english = EnglishText(site.S);
                faults.Add(At(kind, u.Start, u.End, english, u, Untranslated));
            }
        }

        // Deleted content, placed inside its container: a list item, a paragraph, and the same inside an admonition.
        foreach (var (kind, where) in new (string, Func<TranslationUnit, bool>)[]
        {
            ("delete a list item", u => u.Kind == UnitKind.ListItem && !u.Path.Regions.Any()),
            ("delete a paragraph", u => u.Kind == UnitKind.Paragraph && u.Path.Segments.Count == 0),
            ("delete a list item inside an admonition", u => u.Kind == UnitKind.ListItem && u.Path.Regions.Any()),
            ("delete a paragraph inside an admonition", u => u.Kind == UnitKind.Paragraph && u.Path.Regions.Any() && !u.Path.Segments.Any(x => x.Kind is "item" or "table")),
        })
        {
            faults.Add(Deletion(page, kind, where));
        }

        faults.Add(DeleteAdmonition(page));
        faults.Add(AddParagraph(page, language));
        return faults.OfType<Fault>();

        string EnglishText(TranslationUnit su) => s.Text[su.Start..su.End];
    }

    /// <summary>Not wholly a name (project terms learned from the corpus, known names): a title that stays as it is is no fault.</summary>
    private static bool NotJustAName(string english, TermSet terms)
    {
        var words = new List<(int Start, int Length)>();
        foreach (var word in Localization.Core.Analysis.LatinWordReader.Read(english))
        {
            words.Add((word.Index, word.Text.Length));
        }

        var isTerm = new bool[words.Count];
        terms.MarkTermWords(english, [.. words], isTerm);
        return words.Where((w, i) => !isTerm[i] && !KnownNames.Contains(english.AsSpan(w.Start, w.Length))).Any();
    }

    /// <summary>Deletes the lines of a single-line unit whose previous and next siblings in its container are translated.</summary>
    private static Fault? Deletion(AlignedPage page, string kind, Func<TranslationUnit, bool> where)
    {
        var text = page.Target.Text;
        var units = page.Source.Units;
        for (var i = 1; i + 1 < units.Count; i++)
        {
            var (previous, unit, next) = (units[i - 1], units[i], units[i + 1]);
            if (!where(unit) || page.TargetOf(unit) is not { } t || page.TargetOf(previous) is not { } tp || page.TargetOf(next) is not { } tn
                || t.Line != t.EndLine || tp.EndLine >= t.Line || tn.Line <= t.EndLine || tp.Kind != t.Kind && unit.Kind == UnitKind.ListItem
                || !SamePath(previous, unit) || !SamePath(next, unit) || t.Index == 0 || page.Target.Units[t.Index - 1] != tp || page.Target.Units[t.Index + 1] != tn)
            {
                continue;
            }

            var start = LineStart(text, t.Start);
            var end = LineEnd(text, t.Start);
            end = end < text.Length ? end + 1 : end;
            if (unit.Kind == UnitKind.Paragraph && text.AsSpan(end).StartsWith("\n"))
            {
                end++; // and the blank line after it
            }

            var removed = text.AsSpan(start, end - start).Count('\n');
            return new Fault(kind, start, end, "", ["missing-block"], tp.EndLine, tn.Line - removed);
        }

        return null;
    }

    private static bool SamePath(TranslationUnit a, TranslationUnit b)
    {
        var (x, y) = (a.Path.Segments, b.Path.Segments);
        var n = a.Kind == UnitKind.ListItem ? x.Count - 1 : x.Count;
        return x.Count == y.Count && a.Kind == b.Kind && x.Take(n).SequenceEqual(y.Take(n));
    }

    /// <summary>Deletes a whole '!!!' admonition at the top level of the page whose blocks are all translated.</summary>
    private static Fault? DeleteAdmonition(AlignedPage page)
    {
        var text = page.Target.Text;
        foreach (var c in page.Target.Containers.Where(c => c.Kind is "admonition" or "details" && (c.Syntax.StartsWith('!') || c.Syntax.StartsWith('?'))))
        {
            var inside = page.Target.Units.Where(u => u.Path.Segments.Count > 0 && u.Path.Segments[0].ContainerId == c.Id).ToList();
            if (inside.Count == 0 || inside.Any(u => page.SourceOf(u) is null) || LineStart(text, c.Start) != c.Start)
            {
                continue;
            }

            var before = page.Target.Units.LastOrDefault(u => u.End <= c.Start && u.Path.Segments.Count == 0 && page.SourceOf(u) is not null);
            var after = page.Target.Units.FirstOrDefault(u => u.Start > inside[^1].End && u.Path.Segments.Count == 0 && page.SourceOf(u) is not null);
            if (before is null || after is null || page.Target.Units.Any(u => u.Start > inside[^1].End && u.Start < after.Start))
            {
                continue;
            }

            var end = LineEnd(text, inside[^1].End);
            end = end < text.Length ? end + 1 : end;
            while (end < text.Length && text[end] == '\n')
            {
                end++;
            }

            var removed = text.AsSpan(c.Start, end - c.Start).Count('\n');
            return new Fault("delete a whole admonition", c.Start, end, "", ["admonition-mismatch"], before.EndLine, after.Line - removed);
        }

        return null;
    }

    /// <summary>Adds a paragraph of the page's language after a top-level translated paragraph.</summary>
    private static Fault? AddParagraph(AlignedPage page, string language)
    {
        var text = page.Target.Text;
        var unit = page.Target.Units.FirstOrDefault(u => u.Kind == UnitKind.Paragraph && u.Path.Segments.Count == 0 && page.SourceOf(u) is not null && u.Line == u.EndLine);
        if (unit is null)
        {
            return null;
        }

        var paragraph = language switch
        {
            "ko" => "번역자가 덧붙인 문단으로 영어 원문에는 없습니다.",
            "ja" => "翻訳者が追加した段落で、英語の原文にはありません。",
            _ => "Un paragraphe ajouté par le traducteur, absent du texte anglais.",
        };
        var at = LineEnd(text, unit.Start);
        var line = unit.Line + 2;
        return new Fault("add a paragraph", at, at, "\n\n" + paragraph, ["extra-block"], line, line);
    }

    private static int LineStart(string text, int offset)
    {
        while (offset > 0 && text[offset - 1] != '\n')
        {
            offset--;
        }

        return offset;
    }

    private static int LineEnd(string text, int offset)
    {
        var end = text.IndexOf('\n', offset);
        return end < 0 ? text.Length : end;
    }

    [GeneratedRegex(@"^\[(?<text>[^\]]*)\]\((?<url>[^)\s]+)\)$")]
    private static partial Regex InlineLink();

    [GeneratedRegex(@"\{\s*[^}]*\.md-button[^}]*\}")]
    private static partial Regex MdButton();

    [GeneratedRegex(@"\s*\{\s*#[\w-]+\s*\}")]
    private static partial Regex HeadingId();

    [GeneratedRegex(@"(?m)^icon:\s*(?<v>[\w/-]+)\s*$")]
    private static partial Regex FrontMatterIcon();
}
