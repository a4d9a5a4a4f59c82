using Localization.Core.Findings;
using Localization.Core.Units;

namespace Localization.Core.Rules.Markup;

/// <summary>LC203: a snippet include line changed, vanished or was escaped.</summary>
public sealed class SnippetMismatchRule : IRule
{
    public static RuleDescriptor Descriptor { get; } = new(
        "LC203", "snippet-mismatch", RuleCategory.Markup, Severity.Error,
        "A pymdownx snippet include ('--8<-- \"file\"') of the English is missing, includes another file, or was escaped ('\\--8<--', as Crowdin re-serialises it), so the page shows the marker instead of the included text.",
        "Keep '--8<--' lines byte for byte, without a backslash in front.");

    RuleDescriptor IRule.Descriptor => Descriptor;

    public void Check(PageCheckContext context)
    {
        var targetPage = context.Page.Target;
        var pairs = context.Page.Pairs;
        for (var index = 0; index < pairs.Count; index++)
        {
            var pair = pairs[index];
            if (pair.Source is { Kind: UnitKind.Snippet } source)
            {
                if (pair.Target is { Kind: UnitKind.Snippet } target)
                {
                    // An English page may escape the marker on purpose, to show the line itself (pages that document
                    // snippets do): a translation that keeps the escape renders the same (found by fuzzing: such a
                    // page checked against itself was reported).
                    var broken = Broken(source) is null ? Broken(target) : null;
                    if (broken is not null)
                    {
                        context.Report(Descriptor, target.Start, target.End, broken, source: source, sourceText: context.SourceExcerpt(source), targetText: context.TargetExcerpt(target), detail: "escaped", target: target);
                    }
                    else if (source.Verbatim != target.Verbatim)
                    {
                        context.Report(Descriptor, target.Start, target.End, $"snippet includes '{target.Verbatim}' but the English includes '{source.Verbatim}'",
                            source: source, sourceText: context.SourceExcerpt(source), targetText: context.TargetExcerpt(target), detail: "path", target: target);
                    }
                }
                else if (pair.Target is null)
                {
                    var at = context.Page.TargetInsertionPoint(index);
                    var damaged = targetPage.Units.FirstOrDefault(u => u.Kind != UnitKind.Snippet && targetPage.Text.AsSpan(u.Start, u.End - u.Start).Contains("8<", StringComparison.Ordinal));
                    context.Report(Descriptor, damaged?.Start ?? at, damaged?.End ?? at,
                        damaged is not null
                            ? $"snippet include {source.Key} is not a valid '--8<--' line here (line {damaged.Line} has the marker in damaged form), so the file is not included"
                            : $"snippet include {source.Key} of the English ({context.SourceFile}:{source.Line}) is missing",
                        source: source, sourceText: context.SourceExcerpt(source), targetText: damaged is null ? null : context.TargetExcerpt(damaged), detail: "missing " + source.Verbatim);
                }
            }
            else if (pair.Source is null && pair.Target is { Kind: UnitKind.Snippet } extra && Broken(extra) is { } broken)
            {
                context.Report(Descriptor, extra.Start, extra.End, broken, targetText: context.TargetExcerpt(extra), detail: "escaped extra", target: extra);
            }
        }
    }

    private static string? Broken(TranslationUnit target)
    {
        var marker = target.Key ?? "";
        return marker.StartsWith('\\')
            ? "snippet line is escaped with a backslash ('\\--8<--'): pymdownx prints the line instead of including the file"
            : null;
    }
}
