using Localization.Core.Findings;
using Localization.Core.Units;

namespace Localization.Core.Rules.Structure;

/// <summary>LC005: front-matter keys missing or extra, or values of non-translatable keys changed.</summary>
public sealed class FrontMatterMismatchRule : IRule
{
    public static RuleDescriptor Descriptor { get; } = new(
        "LC005", "front-matter-mismatch", RuleCategory.Structure, Severity.Warning,
        "The translation's YAML front matter lacks a key of the English, has a key the English lacks, changed the value of a key that is not translated (icon, cover, template, …), is not valid YAML, or has damaged fences ('- - -' or typographic dashes where '---' belongs, as translation tools write them: MkDocs then shows a horizontal rule and the raw text, and the page loses its title and description).",
        "Keep every front-matter key and the '---' fences as they are; translate only the values of translatable keys (title and description by default).");

    RuleDescriptor IRule.Descriptor => Descriptor;

    /// <summary>
    /// A token value (icon, cover, template: no spaces) must be identical; a prose value of any key may be
    /// translated; a list or mapping must keep its structure and token values, in any YAML style.
    /// </summary>
    private static bool ValueChanged(FrontMatterEntry source, FrontMatterEntry target, EnglishFrontMatterShapes shapes, int index)
    {
        if (source.IsScalar && target.IsScalar)
        {
            return !HasWhiteSpace(source.Value) && source.Value != target.Value;
        }

        // The shape is a function of the canonical text: the same text (a value left as it is) has the same shape,
        // with no regex run on both for every language.
        return source.IsScalar != target.IsScalar || (source.Canonical != target.Canonical && shapes.Of(index) != target.Shape);
    }

    public void Check(PageCheckContext context)
    {
        var source = context.Page.Source;
        var target = context.Page.Target;
        // A problem the English has as well (the same message: the translator kept the English front matter)
        // is the English page's problem, not the translation's.
        // The set is made only for a page with a problem: a set per page pair was half of this rule's time on a site.
        if (target.Problems.Count > 0)
        {
            var sourceProblems = source.Problems.Select(p => p.Message).ToHashSet(StringComparer.Ordinal);
            foreach (var problem in target.Problems.Where(p => !sourceProblems.Contains(p.Message)))
            {
                context.Report(Descriptor, problem.Start, problem.Start, problem.Message, severity: Severity.Error, detail: "problem " + problem.Message);
            }
        }

        if (target.Problems.Count > 0 || source.Problems.Count > 0)
        {
            return; // keys of front matter that could not be read are neither missing nor extra
        }

        if (source.FrontMatter.Count == 0 && target.FrontMatter.Count == 0)
        {
            return;
        }

        // A few keys on most pages: looked up in the list (a dictionary per page pair was a sixth of this rule's time on
        // a site), a dictionary for a long front matter (keys are unique: a repeated key is a reading problem, above).
        var targetEntries = target.FrontMatter.Count > 8 ? target.FrontMatter.ToDictionary(e => e.Key, StringComparer.Ordinal) : null;
        var anchor = target.FrontMatter.Count > 0 ? target.FrontMatter[0].KeyStart : 0;
        var shapes = ReferenceEquals(context.SourceIndex.Page, source) ? context.SourceIndex.Shared(static index => new EnglishFrontMatterShapes(index.Page)) : new EnglishFrontMatterShapes(source);
        for (var k = 0; k < source.FrontMatter.Count; k++)
        {
            var entry = source.FrontMatter[k];
            if ((targetEntries is null ? Find(target.FrontMatter, entry.Key) : targetEntries.GetValueOrDefault(entry.Key)) is not { } t)
            {
                context.Report(Descriptor, anchor, anchor, $"front-matter key '{entry.Key}' of the English is missing",
                    sourceOffset: entry.KeyStart, sourceText: $"{entry.Key}: {entry.Value}", detail: "missing " + entry.Key);
            }
            else if (!context.Options.TranslatableFrontMatterKeys.Contains(entry.Key) && ValueChanged(entry, t, shapes, k))
            {
                if (!entry.IsScalar || !t.IsScalar || entry.Value.Length > 120)
                {
                    // A structured value (schema: with nested YAML) is shown by its first differing line only.
                    var (english, translated) = FirstDifferingLine(context.Page.Source, entry, context.Page.Target, t);
                    var englishLine = context.Page.Source.Lines.Position(english.Offset).Line;
                    context.Report(Descriptor, translated.Offset, translated.Offset + Math.Max(1, translated.Text.Length),
                        $"value of '{entry.Key}' is not translated but differs from the English: '{TextExcerpt.Collapse(translated.Text.Trim(), 100)}' where the English has '{TextExcerpt.Collapse(english.Text.Trim(), 100)}' ({context.SourceFile}:{englishLine})",
                        sourceOffset: english.Offset, sourceText: english.Text.Trim(), targetText: translated.Text.Trim(), detail: "value " + entry.Key);
                }
                else
                {
                    context.Report(Descriptor, t.Start, t.Start + Math.Max(1, t.Value.Length),
                        $"value of '{entry.Key}' is not translated but differs from the English ('{entry.Value}')",
                        sourceOffset: entry.Start, sourceText: entry.Value, targetText: t.Value, detail: "value " + entry.Key);
                }
            }
        }

        // A few keys on most pages: looked up in the English list, a set only for a long front matter.
        var sourceKeys = source.FrontMatter.Count > 8 ? source.FrontMatter.Select(e => e.Key).ToHashSet(StringComparer.Ordinal) : null;
        foreach (var t in target.FrontMatter)
        {
            if (sourceKeys?.Contains(t.Key) ?? Find(source.FrontMatter, t.Key) is not null)
            {
                continue;
            }

            context.Report(Descriptor, t.KeyStart, t.KeyStart + t.Key.Length, $"front-matter key '{t.Key}' is not in the English",
                targetText: $"{t.Key}: {t.Value}", detail: "extra " + t.Key);
        }
    }

    private static FrontMatterEntry? Find(IReadOnlyList<FrontMatterEntry> entries, string key)
    {
        for (var k = 0; k < entries.Count; k++)
        {
            if (string.Equals(entries[k].Key, key, StringComparison.Ordinal))
            {
                return entries[k];
            }
        }

        return null;
    }

    private static bool HasWhiteSpace(string value)
    {
        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The first raw lines of two structured front-matter values that differ in more than their prose (a value
    /// with spaces, which may be translated); the first lines that differ at all when only prose does.
    /// </summary>
    private static ((int Offset, string Text) English, (int Offset, string Text) Translated) FirstDifferingLine(PageModel sourcePage, FrontMatterEntry source, PageModel targetPage, FrontMatterEntry target)
    {
        var a = ValueLines(sourcePage.Text, source);
        var b = ValueLines(targetPage.Text, target);
        (int, string) At(List<(int, string)> lines, int i, PageModel page, FrontMatterEntry entry) =>
            i < lines.Count ? lines[i] : lines.Count > 0 ? lines[^1] : (Math.Min(entry.Start, page.Text.Length), entry.Value);
        int? firstAny = null;
        for (var i = 0; i < Math.Max(a.Count, b.Count); i++)
        {
            var x = i < a.Count ? a[i].Text.Trim() : "";
            var y = i < b.Count ? b[i].Text.Trim() : "";
            if (string.Equals(x, y, StringComparison.Ordinal))
            {
                continue;
            }

            firstAny ??= i;
            if (!string.Equals(Skeleton(x), Skeleton(y), StringComparison.Ordinal))
            {
                return (At(a, i, sourcePage, source), At(b, i, targetPage, target));
            }
        }

        var k = firstAny ?? 0;
        return (At(a, k, sourcePage, source), At(b, k, targetPage, target));
    }

    /// <summary>The raw lines of a front-matter value: the rest of the key's line, then its indented or '- ' lines.</summary>
    private static List<(int Offset, string Text)> ValueLines(string text, FrontMatterEntry entry)
    {
        var lines = new List<(int Offset, string Text)>();
        var keyStart = Math.Clamp(entry.KeyStart, 0, text.Length);
        var lineEnd = text.IndexOf('\n', keyStart);
        var firstLine = (lineEnd < 0 ? text[keyStart..] : text[keyStart..lineEnd]).TrimEnd('\r');
        var colon = firstLine.IndexOf(':', StringComparison.Ordinal);
        if (colon >= 0 && firstLine[(colon + 1)..].Trim().Length > 0)
        {
            lines.Add((keyStart + colon + 1 + (firstLine[(colon + 1)..].Length - firstLine[(colon + 1)..].TrimStart().Length), firstLine[(colon + 1)..].Trim()));
        }

        for (var position = lineEnd + 1; lineEnd >= 0 && position < text.Length;)
        {
            var end = text.IndexOf('\n', position);
            end = end < 0 ? text.Length : end;
            var line = text[position..end].TrimEnd('\r');
            if (line.StartsWith("---", StringComparison.Ordinal) || line.StartsWith("...", StringComparison.Ordinal) || (line.Length > 0 && !char.IsWhiteSpace(line[0]) && line[0] != '-'))
            {
                break;
            }

            if (line.Trim().Length > 0)
            {
                var offset = position + (line.Length - line.TrimStart().Length);
                if (lines.Count > 0 && lines[^1].Text == "-")
                {
                    // "-" alone then "  key: value" is the same item as "- key: value": compare them alike.
                    lines[^1] = (lines[^1].Offset, "- " + line.Trim());
                }
                else
                {
                    lines.Add((offset, line.Trim()));
                }
            }

            position = end + 1;
        }

        return lines;
    }

    /// <summary>A line with a prose value (one with spaces, quoted or not) reduced to its key.</summary>
    private static string Skeleton(string line)
    {
        var colon = line.IndexOf(": ", StringComparison.Ordinal);
        var value = colon >= 0 ? line[(colon + 2)..].Trim().Trim('"', '\'') : line.TrimStart('-', ' ').Trim('"', '\'');
        return value.Any(char.IsWhiteSpace) ? (colon >= 0 ? line[..colon] + ": ~" : "~") : line;
    }
}

/// <summary>
/// The shapes of the English page's front-matter values (a regex over each value's text), made once and shared by
/// every language instead of once per translated page. Pages are checked on several threads at once: a shape made
/// twice is the same, the first one published is kept.
/// </summary>
internal sealed class EnglishFrontMatterShapes(PageModel page)
{
    private readonly string?[] _shapes = new string?[page.FrontMatter.Count];

    public string Of(int index) =>
        Volatile.Read(ref _shapes[index]) ?? (Interlocked.CompareExchange(ref _shapes[index], page.FrontMatter[index].Shape, null) ?? _shapes[index]!);
}
