using Localization.Core.Findings;
using Localization.Core.Crowdin;
using Localization.Core.Units;

namespace Localization.Core.Rules.Links;

/// <summary>LC101: a link of the English is missing, extra or points elsewhere in the translation.</summary>
public sealed partial class LinkMismatchRule : IRule
{
    public static RuleDescriptor Descriptor { get; } = new(
        "LC101", "link-mismatch", RuleCategory.Links, Severity.Error,
        "A link of the English block is missing from its translation, the translation has a link the English lacks, or a destination was changed. When the link vanished because its syntax was damaged (a space in '] (', full-width brackets), the message says where.",
        "Keep every link of the English block with its destination unchanged; translate only the link text. Write '[text](url)' with ASCII brackets and no space between ']' and '('.");

    RuleDescriptor IRule.Descriptor => Descriptor;

    public void Check(PageCheckContext context)
    {
        if (!context.Page.EitherHas(InvariantKind.Link))
        {
            return; // no link on either page: every pair has the same links (none)
        }

        foreach (var pair in context.Page.MarkupPairs)
        {
            var (source, target) = (pair.Source!, pair.Target!);
            if (InvariantDiff.Same(source, target, InvariantKind.Link, NormalizeUrl))
            {
                continue;
            }

            CheckPair(context, source, target);
        }
    }

    /// <summary>The destination as compared: entities decoded, and a trailing '/' ignored (the same page for every web server MkDocs links to).</summary>
    internal static string NormalizeUrl(string url)
    {
        var u = url.Trim().Replace("&amp;", "&", StringComparison.Ordinal);
        var end = u.IndexOfAny(['?', '#']);
        var path = end < 0 ? u : u[..end];
        return path.Length > 1 && path.EndsWith('/') ? path.TrimEnd('/') + (end < 0 ? "" : u[end..]) : u;
    }

    /// <summary>The links of one matched pair that differ (its own method: the closures it needs are made only for such pairs).</summary>
    private static void CheckPair(PageCheckContext context, TranslationUnit source, TranslationUnit target)
    {
        var (missing, extra) = InvariantDiff.Compare(source, target, InvariantKind.Link, NormalizeUrl);
        if (missing.Count == 0 && extra.Count == 0)
        {
            return;
        }

        // A source image turned into a link (dropped '!') is image-mismatch's finding.
        var images = source.Invariants.Where(i => i.Kind == InvariantKind.Image).Select(i => i.Value).ToHashSet(StringComparer.Ordinal);
        extra.RemoveAll(e => images.Contains(e.Value));
        // Damaged syntax only explains a missing link: a pair with extra links alone is not searched for it.
        var damaged = missing.Count > 0 ? SyntaxDamage.FindLinks(context.Page.Target.Text, target.Start, target.End) : [];
        var unexplained = new List<Invariant>();
        foreach (var m in missing)
        {
            var damage = damaged.FirstOrDefault(d => d.Destination is { } dest && NormalizeUrl(dest) == NormalizeUrl(m.Value));
            if (damage is not null)
            {
                damaged.Remove(damage);
                context.Report(Descriptor, damage.Start, damage.End,
                    $"link to {m.Value} is broken: {damage.What}, so MkDocs shows it as plain text",
                    source: source, sourceText: context.Page.Source.Excerpt(m.Start, m.Start + m.Length),
                    targetText: context.Page.Target.Excerpt(damage.Start, damage.End), detail: "damaged " + m.Value, target: target);
            }
            else
            {
                unexplained.Add(m);
            }
        }

        // Pair what is left in order: one missing and one extra at the same position is a changed destination.
        var changed = Math.Min(unexplained.Count, extra.Count);
        for (var k = 0; k < changed; k++)
        {
            var (m, e) = (unexplained[k], extra[k]);
            if (context.LocalizedLinks.Accepts(m.Value, e.Value, context.Language))
            {
                continue; // the project says this language links there (localized_links in l10n.yml)
            }

            if (SamePageLink.Same(m.Value, e.Value, context.SourceFile, context.SiteUrl))
            {
                // One page written two ways: cosmetic. A translation that keeps the relative link stays in its
                // language's site, so only an absolute address in the translation is worth a word.
                if (!e.Value.Contains("://", StringComparison.Ordinal))
                {
                    continue;
                }

                context.Report(Descriptor, e.Start, e.Start + e.Length,
                    $"link written as the absolute address {e.Value} where the English links {m.Value}: the same page, but readers leave the translated site",
                    source: source, sourceText: context.Page.Source.Excerpt(m.Start, m.Start + m.Length),
                    targetText: context.Page.Target.Excerpt(e.Start, e.Start + e.Length), severity: Severity.Info, detail: $"absolute {m.Value} {e.Value}", target: target);
                continue;
            }

            if (context.DeferAnchorChanges && AnchorChange.Between(m.Value, e.Value) is { } anchor)
            {
                // Only the project-wide link pass knows the linked page's translated headings.
                context.AnchorChanges.Add(anchor with
                {
                    Start = e.Start, End = e.Start + e.Length, SourceUnitId = source.Id,
                    SourceLine = context.Page.Source.Lines.Position(m.Start).Line,
                    SourceText = context.Page.Source.Excerpt(m.Start, m.Start + m.Length),
                });
                continue;
            }

            var localized = IsLocalizedVariant(m.Value, e.Value, context.Language);
            context.Report(Descriptor, e.Start, e.Start + e.Length,
                localized
                    ? $"link destination changed from {m.Value} to {e.Value} (looks like a localized version of the same page)"
                    : $"link destination changed from {m.Value} to {e.Value}",
                source: source, sourceText: context.Page.Source.Excerpt(m.Start, m.Start + m.Length),
                targetText: context.Page.Target.Excerpt(e.Start, e.Start + e.Length),
                severity: localized ? Severity.Info : null, detail: $"changed {m.Value} {e.Value}", target: target);
        }

        foreach (var m in unexplained.Skip(changed))
        {
            var damage = damaged.FirstOrDefault();
            var message = damage is not null
                ? $"link to {m.Value} is missing; the translation has damaged link syntax ({damage.What}) at line {context.Page.Target.Lines.Position(damage.Start).Line}"
                : $"link to {m.Value} is missing from the translation";
            var at = damage?.Start ?? target.Start;
            context.Report(Descriptor, at, damage?.End ?? target.End, message,
                source: source, sourceText: context.Page.Source.Excerpt(m.Start, m.Start + m.Length),
                targetText: context.TargetExcerpt(target), detail: "missing " + m.Value, target: target);
        }

        foreach (var e in extra.Skip(changed))
        {
            context.Report(Descriptor, e.Start, e.Start + e.Length,
                $"link to {e.Value} is not in the English block",
                source: source, sourceText: context.SourceExcerpt(source),
                targetText: context.Page.Target.Excerpt(e.Start, e.Start + e.Length), detail: "extra " + e.Value, target: target);
        }
    }

    /// <summary>
    /// The same site in the reader's language, which translators often link on purpose: a language subdomain
    /// (en.wikipedia.org/wiki/Phishing → ko.wikipedia.org/wiki/피싱), or, on the same host, an address that
    /// differs only by a marker of the translation's language (/en-us/ → /ko-kr/, /docs/x → /ko/docs/x,
    /// Archinstall → Archinstall_(Français), ?hl=ko). Reported as info; localized_links in l10n.yml decides
    /// what is accepted without a word.
    /// </summary>
    internal static bool IsLocalizedVariant(string a, string b, string language = "und")
    {
        if (!Uri.TryCreate(a, UriKind.Absolute, out var ua) || !Uri.TryCreate(b, UriKind.Absolute, out var ub) || ua.Scheme != ub.Scheme)
        {
            return false;
        }

        if (ua.Host != ub.Host)
        {
            // Equal hosts have equal labels: the two regex replacements are made only for different hosts (every
            // changed destination asked them, a fifth of this rule's time on a 31-language site).
            return LanguageLabel().Replace(ua.Host, "*") == LanguageLabel().Replace(ub.Host, "*"); // a language subdomain: the article title may be translated too
        }

        if (language == "und" || !LanguageCatalog.IsValidCode(language))
        {
            var pathA = LanguageLabel().Replace(ua.AbsolutePath, "*");
            var pathB = LanguageLabel().Replace(ub.AbsolutePath, "*");
            return pathA == pathB && (ua.AbsolutePath != ub.AbsolutePath || ua.Query != ub.Query);
        }

        var (da, db) = (Decode(ua.PathAndQuery), Decode(ub.PathAndQuery));
        var withoutTarget = LanguageNames.WithoutMarkers(db, language);
        if (da == db || withoutTarget == db)
        {
            return false; // nothing of the translation's language in the new address
        }

        return string.Equals(Tidy(LanguageNames.WithoutMarkers(da, "en")), Tidy(withoutTarget), StringComparison.OrdinalIgnoreCase);
    }

    private static string Decode(string s)
    {
        try
        {
            return Uri.UnescapeDataString(s);
        }
        catch (UriFormatException)
        {
            return s;
        }
    }

    /// <summary>What removing a marker leaves behind: doubled separators, an empty query.</summary>
    private static string Tidy(string path) => MarkerLeftovers().Replace(path, m => m.Groups["slashes"].Success ? "/" : "").TrimEnd('/');

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<slashes>//+)|[?&][A-Za-z_-]+=(?=&|$)", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex MarkerLeftovers();

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<=^|[./])[a-z]{2}(?:[-_][a-zA-Z]{2,4})?(?=[./]|$)", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex LanguageLabel();
}
