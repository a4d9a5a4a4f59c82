using Localization.Core.Findings;
using Localization.Core.StringTables;
using Localization.Core.Units;

namespace Localization.Core.Rules.Markup;

/// <summary>LC204: the placeholders of a translated string differ from those of the English.</summary>
public sealed class PlaceholderMismatchRule : IRule
{
    public static RuleDescriptor Descriptor { get; } = new(
        "LC204", "placeholder-mismatch", RuleCategory.Markup, Severity.Error,
        "The placeholders of a translated string (.resx, .env) differ from the English: a composite format item ('{0}', '{0:N2}', '{1,-10}') or a named one ('{name}') is missing, extra or renumbered, or a lone brace makes String.Format throw. Their order may differ.",
        "Keep every placeholder of the English, with the same index or name, in the order the language needs; write a literal brace as '{{' or '}}'.");

    RuleDescriptor IRule.Descriptor => Descriptor;

    public void Check(PageCheckContext context)
    {
        var sourceTable = context.Page.Source.StringTable;
        var targetTable = context.Page.Target.StringTable;
        if (sourceTable is null || targetTable is null)
        {
            return;
        }

        foreach (var pair in context.Page.MatchedPairs)
        {
            var (source, target) = (pair.Source!, pair.Target!);
            var english = FormatItems.Parse(sourceTable.Entries[source.Index].Value);
            var translated = FormatItems.Parse(targetTable.Entries[target.Index].Value);
            if (!english.IsFormatString && english.IsValid && !translated.IsFormatString)
            {
                continue; // neither is a format string: braces are text
            }

            if (!english.IsValid)
            {
                continue; // the English's own braces are not a format string: nothing to compare with
            }

            if (!translated.IsValid && english.IsFormatString)
            {
                Report(context, source, target, $"{translated.Error}: String.Format will throw a FormatException on this string", "malformed");
                continue;
            }

            var englishNames = english.Items.Select(i => i.Name).ToHashSet(StringComparer.Ordinal);
            var translatedNames = translated.Items.Select(i => i.Name).ToHashSet(StringComparer.Ordinal);
            var missing = english.Items.Where(i => !translatedNames.Contains(i.Name)).Select(i => i.Text).Distinct(StringComparer.Ordinal).ToList();
            var extra = translated.Items.Where(i => !englishNames.Contains(i.Name)).Select(i => i.Text).Distinct(StringComparer.Ordinal).ToList();
            if (missing.Count > 0 || extra.Count > 0)
            {
                var parts = new List<string>();
                if (missing.Count > 0)
                {
                    parts.Add($"{string.Join(", ", missing)} of the English {(missing.Count == 1 ? "is" : "are")} missing");
                }

                if (extra.Count > 0)
                {
                    parts.Add($"{string.Join(", ", extra)} {(extra.Count == 1 ? "is" : "are")} not in the English");
                }

                Report(context, source, target, string.Join("; ", parts), $"names -{string.Join(' ', missing)} +{string.Join(' ', extra)}");
                continue;
            }

            // Same names: a changed format or alignment ({0:N2} → {0}) changes what the program prints.
            var englishForms = english.Items.Select(i => Canonical(i.Text)).ToHashSet(StringComparer.Ordinal);
            var changed = translated.Items.Where(i => !englishForms.Contains(Canonical(i.Text))).Select(i => i.Text).Distinct(StringComparer.Ordinal).ToList();
            if (changed.Count > 0)
            {
                var was = english.Items.Where(e => changed.Any(c => c == e.Text || Name(c) == e.Name)).Select(e => e.Text).Distinct(StringComparer.Ordinal);
                Report(context, source, target, $"{string.Join(", ", changed)} is written {string.Join(", ", was)} in the English: the format or alignment changed", "format " + string.Join(' ', changed), Severity.Warning);
            }
        }
    }

    private static string Canonical(string item) => string.Concat(item.Where(c => !char.IsWhiteSpace(c)));

    private static string Name(string item) => FormatItems.Parse(item).Items is [var first, ..] ? first.Name : item;

    private static void Report(PageCheckContext context, TranslationUnit source, TranslationUnit target, string message, string detail, Severity? severity = null) =>
        context.Report(Descriptor, target.Start, target.End, $"placeholders of '{target.Key}': {message}",
            source: source, sourceText: context.SourceExcerpt(source), targetText: context.TargetExcerpt(target), severity: severity, detail: detail, target: target);
}
