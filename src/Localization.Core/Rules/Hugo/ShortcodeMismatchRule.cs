using Localization.Core.Findings;
using Localization.Core.Markdown.Extensions.Shortcodes;
using Localization.Core.Units;

namespace Localization.Core.Rules.Hugo;

/// <summary>LC320: a Hugo shortcode of the English block is missing, renamed or has other parameters in its translation.</summary>
public sealed class ShortcodeMismatchRule : IRule
{
    public static RuleDescriptor Descriptor { get; } = new(
        "LC320", "shortcode-mismatch", RuleCategory.Markup, Severity.Warning,
        "A Hugo shortcode ('{{< glossary_tooltip text=\"…\" term_id=\"pod\" >}}', '{{% note %}}') of the English block is missing from its translation, added by it, or has another name or other values for parameters that are not translated (term_id, file, for_k8s_version). The values of translatable parameters (text of glossary_tooltip, the shortcodes: setting of l10n.yml) may differ, and so may the delimiters '{{< >}}' and '{{% %}}' and the order of named parameters.",
        "Copy the shortcode's name and untranslated parameters exactly; translate only the translatable parameters' values (such as text=).");

    RuleDescriptor IRule.Descriptor => Descriptor;

    public void Check(PageCheckContext context)
    {
        if (!context.Page.EitherHas(InvariantKind.HugoShortcode))
        {
            return; // no shortcode on either page: every pair has the same shortcodes (none)
        }

        var shortcodes = context.Options.Dialect.Shortcodes;
        foreach (var pair in context.Page.MarkupPairs)
        {
            var (source, target) = (pair.Source!, pair.Target!);
            if (InvariantDiff.Same(source, target, InvariantKind.HugoShortcode))
            {
                continue;
            }

            var (missing, extra) = InvariantDiff.Compare(source, target, InvariantKind.HugoShortcode);
            if (missing.Count == 0 && extra.Count == 0)
            {
                continue;
            }

            foreach (var m in missing.ToList())
            {
                // The same shortcode with other parameters is one change, not a missing and an extra one.
                var index = extra.FindIndex(e => NameOf(e.Value) == NameOf(m.Value));
                if (index < 0)
                {
                    continue;
                }

                var e = extra[index];
                extra.RemoveAt(index);
                missing.Remove(m);
                var sourceTag = Parse(context.Page.Source.Text, m);
                var targetTag = Parse(context.Page.Target.Text, e);
                var what = sourceTag is not null && targetTag is not null ? Difference(sourceTag, targetTag, shortcodes) : $"'{e.Value}' should be '{m.Value}'";
                context.Report(Descriptor, e.Start, e.Start + e.Length, $"shortcode '{NameOf(m.Value)}': {what} as in the English",
                    source: source, sourceText: context.Page.Source.Excerpt(m.Start, m.Start + m.Length), targetText: context.Page.Target.Excerpt(e.Start, e.Start + e.Length), detail: $"changed {m.Value} {e.Value}", target: target);
            }

            // What is left on both sides at the same place is a renamed shortcode (note → notes), one finding.
            foreach (var m in missing.ToList())
            {
                var index = extra.FindIndex(e => e.Value.StartsWith('/') == m.Value.StartsWith('/'));
                if (index < 0)
                {
                    continue;
                }

                var e = extra[index];
                extra.RemoveAt(index);
                missing.Remove(m);
                context.Report(Descriptor, e.Start, e.Start + e.Length, $"shortcode {Show(context.Page.Target.Text, e)} should be {Show(context.Page.Source.Text, m)} as in the English",
                    source: source, sourceText: context.Page.Source.Excerpt(m.Start, m.Start + m.Length), targetText: context.Page.Target.Excerpt(e.Start, e.Start + e.Length), detail: $"renamed {m.Value} {e.Value}", target: target);
            }

            foreach (var m in missing)
            {
                context.Report(Descriptor, target.Start, target.End, $"shortcode {Show(context.Page.Source.Text, m)} of the English is missing (or its tag is broken)",
                    source: source, sourceText: context.Page.Source.Excerpt(m.Start, m.Start + m.Length), targetText: context.TargetExcerpt(target), detail: $"missing {m.Value}", target: target);
            }

            foreach (var e in extra)
            {
                context.Report(Descriptor, e.Start, e.Start + e.Length, $"shortcode {Show(context.Page.Target.Text, e)} is not in the English block",
                    source: source, sourceText: context.SourceExcerpt(source), targetText: context.Page.Target.Excerpt(e.Start, e.Start + e.Length), detail: $"extra {e.Value}", target: target);
            }
        }
    }

    private static string NameOf(string canonical)
    {
        var space = canonical.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 ? canonical : canonical[..space];
    }

    private static ShortcodeTag? Parse(string text, Invariant invariant) =>
        invariant.Start >= 0 && invariant.Start + invariant.Length <= text.Length ? ShortcodeTag.TryParse(text.AsSpan(invariant.Start, invariant.Length)) : null;

    private static string Show(string text, Invariant invariant) =>
        invariant.Length <= 80 && invariant.Start + invariant.Length <= text.Length ? $"'{text.Substring(invariant.Start, invariant.Length)}'" : $"'{invariant.Value}'";

    /// <summary>What differs between two tags of the same name, parameter by parameter.</summary>
    private static string Difference(ShortcodeTag source, ShortcodeTag target, ShortcodeSettings settings)
    {
        var parts = new List<string>();
        var sourceNamed = source.Parameters.Where(p => p.Name is not null).GroupBy(p => p.Name!).ToDictionary(g => g.Key, g => g.First().Value, StringComparer.Ordinal);
        var targetNamed = target.Parameters.Where(p => p.Name is not null).GroupBy(p => p.Name!).ToDictionary(g => g.Key, g => g.First().Value, StringComparer.Ordinal);
        foreach (var (name, value) in sourceNamed.Where(p => !settings.IsTranslatable(source.Name, p.Key)))
        {
            if (!targetNamed.TryGetValue(name, out var translated))
            {
                parts.Add($"parameter {name}=\"{value}\" is missing");
            }
            else if (translated != value)
            {
                parts.Add($"{name}=\"{translated}\" should be {name}=\"{value}\"");
            }
        }

        parts.AddRange(targetNamed.Keys.Where(k => !sourceNamed.ContainsKey(k) && !settings.IsTranslatable(source.Name, k)).Select(k => $"parameter {k}=\"{targetNamed[k]}\" is not in the English"));
        var sourcePositional = source.Parameters.Where(p => p.Name is null).Select(p => p.Value).ToList();
        var targetPositional = target.Parameters.Where(p => p.Name is null).Select(p => p.Value).ToList();
        if (!sourcePositional.SequenceEqual(targetPositional, StringComparer.Ordinal))
        {
            parts.Add($"parameters \"{string.Join("\" \"", targetPositional)}\" should be \"{string.Join("\" \"", sourcePositional)}\"");
        }

        if (source.IsSelfClosing != target.IsSelfClosing)
        {
            parts.Add(source.IsSelfClosing ? "the tag should close itself ('/>}}')" : "the tag should not close itself");
        }

        return parts.Count == 0 ? "its parameters differ" : string.Join("; ", parts);
    }
}
