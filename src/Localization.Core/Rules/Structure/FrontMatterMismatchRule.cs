using Localization.Core.Findings;
using Localization.Core.Units;

namespace Localization.Core.Rules.Structure;

/// <summary>LC005: front-matter keys missing or extra, or values of non-translatable keys changed.</summary>
public sealed class FrontMatterMismatchRule : IRule
{
    public static RuleDescriptor Descriptor { get; } = new(
        "LC005", "front-matter-mismatch", RuleCategory.Structure, Severity.Warning,
        "The translation's YAML front matter lacks a key of the English, has a key the English lacks, changed the value of a key that is not translated (icon, cover, template, …), or is not valid YAML.",
        "Keep every front-matter key; translate only the values of translatable keys (title and description by default).");

    RuleDescriptor IRule.Descriptor => Descriptor;

    /// <summary>
    /// A token value (icon, cover, template: no spaces) must be identical; a prose value of any key may be
    /// translated; a list or mapping must keep its structure and token values, in any YAML style.
    /// </summary>
    private static bool ValueChanged(FrontMatterEntry source, FrontMatterEntry target)
    {
        if (source.IsScalar && target.IsScalar)
        {
            return !source.Value.Any(char.IsWhiteSpace) && source.Value != target.Value;
        }

        return source.IsScalar != target.IsScalar || source.Shape != target.Shape;
    }

    public void Check(PageCheckContext context)
    {
        var source = context.Page.Source;
        var target = context.Page.Target;
        // A problem the English has as well (the same message: the translator kept the English front matter)
        // is the English page's problem, not the translation's.
        var sourceProblems = source.Problems.Select(p => p.Message).ToHashSet(StringComparer.Ordinal);
        foreach (var problem in target.Problems.Where(p => !sourceProblems.Contains(p.Message)))
        {
            context.Report(Descriptor, problem.Start, problem.Start, problem.Message, severity: Severity.Error, detail: "problem " + problem.Message);
        }

        if (target.Problems.Count > 0 || source.Problems.Count > 0)
        {
            return; // keys of front matter that could not be read are neither missing nor extra
        }

        var targetEntries = target.FrontMatter.ToDictionary(e => e.Key, StringComparer.Ordinal);
        var sourceKeys = source.FrontMatter.Select(e => e.Key).ToHashSet(StringComparer.Ordinal);
        var anchor = target.FrontMatter.Count > 0 ? target.FrontMatter[0].KeyStart : 0;
        foreach (var entry in source.FrontMatter)
        {
            if (!targetEntries.TryGetValue(entry.Key, out var t))
            {
                context.Report(Descriptor, anchor, anchor, $"front-matter key '{entry.Key}' of the English is missing",
                    sourceOffset: entry.KeyStart, sourceText: $"{entry.Key}: {entry.Value}", detail: "missing " + entry.Key);
            }
            else if (!context.Options.TranslatableFrontMatterKeys.Contains(entry.Key) && ValueChanged(entry, t))
            {
                context.Report(Descriptor, t.Start, t.Start + Math.Max(1, t.Value.Length),
                    $"value of '{entry.Key}' is not translated but differs from the English ('{entry.Value}')",
                    sourceOffset: entry.Start, sourceText: entry.Value, targetText: t.Value, detail: "value " + entry.Key);
            }
        }

        foreach (var t in target.FrontMatter.Where(e => !sourceKeys.Contains(e.Key)))
        {
            context.Report(Descriptor, t.KeyStart, t.KeyStart + t.Key.Length, $"front-matter key '{t.Key}' is not in the English",
                targetText: $"{t.Key}: {t.Value}", detail: "extra " + t.Key);
        }
    }
}
