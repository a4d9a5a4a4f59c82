using Localization.Core.Checking;
using Localization.Core.Findings;

namespace Localization.Core.Tests.TestSupport;

/// <summary>Runs the engine on in-memory page pairs, with rule exceptions escaping (never hidden as invalid-file).</summary>
internal static class Checker
{
    public static CheckOptions Options { get; } = CheckOptions.Default with { ThrowOnRuleError = true };

    public static FileResult Check(string sourceText, string targetText, string language = "ko", IReadOnlyList<string>? terms = null, string source = "en.md", string target = "target.md", Uri? siteUrl = null) =>
        new CheckEngine((terms is null ? Options : Options with { Terms = new Localization.Core.Terms.TermSet(terms) }) with { SiteUrl = siteUrl }).CheckTexts(Pair(language, source, target), sourceText, targetText);

    public static PairRequest Pair(string language, string source = "en.md", string target = "target.md") =>
        new(language, source, target, "/x/" + source, "/x/" + target);

    /// <summary>One line per finding, for assertion messages.</summary>
    public static string Describe(IEnumerable<Finding> findings)
    {
        var lines = findings.Select(f => $"  {f.Line}:{f.Column}-{f.EndLine}:{f.EndColumn} {f.Rule} [{f.Severity.Name()}] {f.Message}").ToList();
        return lines.Count == 0 ? "  (no findings)" : string.Join(Environment.NewLine, lines);
    }
}
