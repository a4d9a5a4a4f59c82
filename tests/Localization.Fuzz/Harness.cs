using Localization.Core.Analysis;
using Localization.Core.Checking;
using Localization.Core.Configuration;
using Localization.Core.Crowdin;
using Localization.Core.Findings;
using Localization.Core.Rules.Markup;
using Localization.Core.Rules.Structure;
using Localization.Core.Rules.Text;
using Localization.Core.Rules.Tool;
using Localization.Core.Text;
using Localization.Core.Units;

namespace Localization.Fuzz;

/// <summary>An invariant of the checker does not hold: reported to afl-fuzz as a crash.</summary>
public sealed class InvariantViolationException(string message) : Exception(message);

/// <summary>
/// The fuzz targets. Each takes the input as text and throws on a bug: an exception that is not one of the
/// documented refusals, or a violated invariant (<see cref="InvariantViolationException"/>).
/// </summary>
public static class Harness
{
    private static readonly CheckEngine Engine = new(CheckOptions.Default with { ThrowOnRuleError = true, Parallelism = 1 });

    private static readonly PairRequest Pair = new("ko", "en.md", "ko.md", "en.md", "ko.md");

    /// <summary>page: parse the text as a page and walk every unit, inline and position.</summary>
    public static void Page(string text)
    {
        var page = TryRead(text);
        if (page is null)
        {
            return;
        }

        var lines = new Lines(text);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var previousStart = 0;
        foreach (var unit in page.Units)
        {
            Require(unit.Index >= 0 && unit.Index < page.Units.Count && page.Units[unit.Index] == unit, $"unit {unit.Id} has index {unit.Index}");
            Require(ids.Add(unit.Id), $"duplicate unit id {unit.Id}");
            Require(0 <= unit.Start && unit.Start <= unit.End && unit.End <= text.Length, $"unit {unit.Id} range {unit.Start}..{unit.End} outside a page of {text.Length}");
            Require(unit.Start >= previousStart, $"unit {unit.Id} at {unit.Start} before the previous unit at {previousStart}");
            previousStart = unit.Start;
            Require((unit.Line, unit.Column) == lines.Position(unit.Start), $"unit {unit.Id} at {unit.Line}:{unit.Column}, offset {unit.Start} is {lines.Position(unit.Start)}");
            Require((unit.EndLine, unit.EndColumn) == lines.Position(unit.End), $"unit {unit.Id} ends at {unit.EndLine}:{unit.EndColumn}, offset {unit.End} is {lines.Position(unit.End)}");
            foreach (var invariant in unit.Invariants)
            {
                Require(invariant.Start >= 0 && invariant.Length >= 0 && invariant.Start + invariant.Length <= text.Length,
                    $"{invariant.Kind} '{invariant.Value}' of unit {unit.Id} at {invariant.Start}+{invariant.Length} outside a page of {text.Length}");
            }

            var prose = unit.Prose;
            for (var i = 0; i < prose.Text.Length; i++)
            {
                var start = prose.SourceStart(i);
                var end = prose.SourceEnd(i);
                Require(0 <= start && start < end && end <= text.Length, $"prose character {i} of unit {unit.Id} maps to {start}..{end} outside a page of {text.Length}");
            }

            _ = unit.ToString();
            _ = page.Excerpt(unit.Start, unit.End);
        }

        foreach (var entry in page.FrontMatter)
        {
            Require(InText(entry.Start, text) && InText(entry.KeyStart, text), $"front-matter '{entry.Key}' at {entry.KeyStart}/{entry.Start} outside a page of {text.Length}");
            _ = entry.Shape;
        }

        foreach (var c in page.Containers)
        {
            Require(InText(c.Start, text), $"container {c.Id} at {c.Start} outside a page of {text.Length}");
            Require(c.MalformedTitle is null || (c.MalformedTitleStart >= 0 && c.MalformedTitleStart + c.MalformedTitle.Length <= text.Length),
                $"malformed title of container {c.Id} at {c.MalformedTitleStart} outside a page of {text.Length}");
        }

        foreach (var issue in page.SyntaxIssues)
        {
            Require(0 <= issue.Start && issue.Start <= issue.End && issue.End <= text.Length, $"syntax issue at {issue.Start}..{issue.End} outside a page of {text.Length}");
        }

        foreach (var problem in page.Problems)
        {
            Require(InText(problem.Start, text), $"page problem at {problem.Start} outside a page of {text.Length}");
        }

        foreach (var footnote in page.FootnoteDefinitions)
        {
            Require(InText(footnote.Start, text), $"footnote {footnote.Label} at {footnote.Start} outside a page of {text.Length}");
        }

        foreach (var style in Enum.GetValues<SlugStyle>())
        {
            _ = PageAnchors.Of(page, style);
        }

        var index = new SourcePageIndex(page);
        _ = new TargetPageProfile(page, index);
    }

    /// <summary>
    /// check: the English page before the first NUL (or the first half), the translation after it; every
    /// rule runs (rule exceptions escape), findings must lie inside their files, and a page checked against
    /// itself must give only the findings that a page earns on its own.
    /// </summary>
    public static void Check(string input)
    {
        var nul = input.IndexOf('\0', StringComparison.Ordinal);
        var (en, ko) = nul >= 0 ? (input[..nul], input[(nul + 1)..]) : (input[..(input.Length / 2)], input[(input.Length / 2)..]);

        var result = Engine.CheckTexts(Pair, en, ko);
        RequireInside(result, en, ko);

        foreach (var page in en == ko ? [en] : new[] { en, ko })
        {
            var self = Engine.CheckTexts(Pair, page, page);
            RequireInside(self, page, page);
            RequireSelfClean(self, page);
        }
    }

    /// <summary>config: the text as crowdin.yml, as l10n.yml and as front matter.</summary>
    public static void Config(string text)
    {
        try
        {
            var config = CrowdinConfigLoader.Parse(text, "crowdin.yml");
            foreach (var group in config.Files)
            {
                Require(group.Line >= 1, $"files entry at line {group.Line}");
                var glob = CrowdinGlob.Parse(group.Source);
                foreach (var path in SamplePaths)
                {
                    _ = glob.IsMatch(path);
                }
            }
        }
        catch (ConfigException e)
        {
            Require(e.Line >= 1 && e.Column >= 1, $"config error at {e.Line}:{e.Column}");
        }

        try
        {
            _ = ProjectSettings.Parse(text, "l10n.yml");
        }
        catch (ConfigException e)
        {
            Require(e.Line >= 1 && e.Column >= 1, $"settings error at {e.Line}:{e.Column}");
        }

        var frontMatter = FrontMatterReader.Read(text);
        foreach (var entry in frontMatter.Entries)
        {
            Require(InText(entry.Start, text) && InText(entry.KeyStart, text), $"front-matter '{entry.Key}' at {entry.KeyStart}/{entry.Start} outside a text of {text.Length}");
        }

        if (frontMatter.Error is { } error)
        {
            Require(InText(error.Offset, text), $"front-matter error at {error.Offset} outside a text of {text.Length}");
        }
    }

    private static readonly string[] SamplePaths = ["docs/index.md", "docs/en/a/b.md", ".hidden/x.md", "a", "en.md", "docs/ko/index.md"];

    /// <summary>The page, or null when it is refused as documented (Markdig's nesting limit).</summary>
    private static PageModel? TryRead(string text)
    {
        try
        {
            return PageReader.Read("page.md", text);
        }
        catch (Exception e) when (IsDocumentedRefusal(e))
        {
            return null;
        }
    }

    /// <summary>Markdig refuses input nested deeper than its limit with this ArgumentException (README: hostile input).</summary>
    private static bool IsDocumentedRefusal(Exception e) =>
        e is InsufficientExecutionStackException
        || (e is ArgumentException && e.Message.StartsWith("Markdown elements in the input are too deeply nested", StringComparison.Ordinal));

    private static void RequireInside(FileResult result, string en, string ko)
    {
        var enLines = new Lines(en);
        var koLines = new Lines(ko);
        foreach (var f in result.Findings)
        {
            Require(f.File is "en.md" or "ko.md", $"finding in {f.File}");
            var lines = f.File == "en.md" ? enLines : koLines;
            if (f.Rule == InvalidFileRule.Descriptor.Name && f.Message.StartsWith("Markdown could not be parsed", StringComparison.Ordinal))
            {
                // CheckEngine turns parse exceptions into invalid-file: only the documented refusal may get there.
                _ = TryRead(f.File == "en.md" ? en : ko);
            }

            if (f.Line == 0)
            {
                Require(f.Column == 0 && f.EndLine == 0 && f.EndColumn == 0, $"{f.Rule}: whole-file finding with a position {f.Column}/{f.EndLine}:{f.EndColumn}");
            }
            else
            {
                Require(lines.Contains(f.Line, f.Column), $"{f.Rule} at {f.Line}:{f.Column} outside {f.File} ({lines.Count} lines): {f.Message}");
                Require(lines.Contains(f.EndLine, f.EndColumn), $"{f.Rule} ending at {f.EndLine}:{f.EndColumn} outside {f.File} ({lines.Count} lines): {f.Message}");
                Require((f.EndLine, f.EndColumn).CompareTo((f.Line, f.Column)) >= 0, $"{f.Rule} ends at {f.EndLine}:{f.EndColumn} before it starts at {f.Line}:{f.Column}");
            }

            if (f.Source is { } source)
            {
                Require(source.File == "en.md" && source.Line >= 0 && source.Line <= enLines.Count, $"{f.Rule}: English line {source.Line} outside en.md ({enLines.Count} lines)");
            }

            Require(!string.IsNullOrEmpty(f.Message) && !string.IsNullOrEmpty(f.Fingerprint), $"{f.Rule}: empty message or fingerprint");
        }
    }

    /// <summary>
    /// A page checked against itself: the untranslated rules fire by design (it is English in a "ko" pair),
    /// and so do the findings a page earns alone (MkDocs syntax it does not recognise, front matter that is
    /// not YAML, admonition titles in the wrong quotes). Nothing else may: no block is missing or extra,
    /// no link, code, heading or markup differs.
    /// </summary>
    private static void RequireSelfClean(FileResult result, string text)
    {
        var others = result.Findings.Where(f => f.Rule != UntranslatedBlockRule.Descriptor.Name && f.Rule != UntranslatedSentenceRule.Descriptor.Name).ToList();
        if (others.Count == 0)
        {
            return;
        }

        var page = TryRead(text);
        if (page is null)
        {
            Require(others.All(f => f.Rule == InvalidFileRule.Descriptor.Name), "a refused page gave findings other than invalid-file");
            return;
        }

        var syntax = others.Count(f => f.Rule == MarkupMismatchRule.Descriptor.Name && f.Severity == Severity.Error && f.Message.Contains("is not valid MkDocs syntax", StringComparison.Ordinal));
        var frontMatter = others.Count(f => f.Rule == FrontMatterMismatchRule.Descriptor.Name && f.Severity == Severity.Error && page.Problems.Any(p => p.Message == f.Message));
        var malformed = others.Count(f => f.Rule == AdmonitionMismatchRule.Descriptor.Name && f.Message.Contains("is not in straight double quotes", StringComparison.Ordinal));
        Require(syntax == page.SyntaxIssues.Count && frontMatter == page.Problems.Count && malformed == page.Containers.Count(c => c.MalformedTitle is not null) && syntax + frontMatter + malformed == others.Count,
            "a page checked against itself: " + string.Join(" | ", others.Select(f => $"{f.Rule} {f.Line}:{f.Column} {f.Message}")));
    }

    private static bool InText(int offset, string text) => offset >= 0 && offset <= text.Length;

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvariantViolationException(message);
        }
    }

    /// <summary>Lines of a text computed here, independently of the checker's LineMap (LF, CRLF and lone CR end a line).</summary>
    private sealed class Lines
    {
        private readonly List<int> _starts = [0];
        private readonly List<int> _lengths = [];

        public Lines(string text)
        {
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] is '\n' or '\r')
                {
                    _lengths.Add(i - _starts[^1]);
                    if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }

                    _starts.Add(i + 1);
                }
            }

            _lengths.Add(text.Length - _starts[^1]);
        }

        public int Count => _starts.Count;

        /// <summary>1-based line and column (the column just after the line's last character counts).</summary>
        public bool Contains(int line, int column) => line >= 1 && line <= Count && column >= 1 && column <= _lengths[line - 1] + 1;

        public (int Line, int Column) Position(int offset)
        {
            var index = _starts.BinarySearch(offset);
            if (index < 0)
            {
                index = ~index - 1;
            }

            return (index + 1, offset - _starts[index] + 1);
        }
    }
}
