using System.Text.RegularExpressions;

namespace Localization.Core.Units;

/// <summary>
/// l10n's own HTML comments in a translated page (<c>&lt;!-- l10n-disable-next-line RULE --&gt;</c>,
/// <c>l10n-disable</c>, <c>l10n-enable</c>). They are instructions to l10n, not content: a block that holds
/// nothing else is no translation unit, so adding one never disturbs the alignment.
/// </summary>
public static partial class DirectiveComment
{
    [GeneratedRegex(@"<!--[ \t]*l10n-(?<verb>disable-next-line|disable|enable)\b(?<rules>[^>\n]*?)-->", RegexOptions.CultureInvariant)]
    public static partial Regex Pattern();

    /// <summary>True when <paramref name="block"/> is only l10n directives and white space.</summary>
    public static bool IsDirectiveOnly(string block) =>
        block.Contains("l10n-", StringComparison.Ordinal) && Pattern().Replace(block, "").Trim().Length == 0;
}
