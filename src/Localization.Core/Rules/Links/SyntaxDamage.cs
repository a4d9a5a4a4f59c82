using System.Text.RegularExpressions;

namespace Localization.Core.Rules.Links;

/// <summary>A place where translated text broke Markdown syntax, with a human explanation.</summary>
/// <param name="Start">Offset of the damaged construct.</param>
/// <param name="End">Offset after it.</param>
/// <param name="Destination">The URL or path it was meant to link to, when readable.</param>
/// <param name="What">What is wrong, e.g. "a space between ']' and '('".</param>
/// <param name="IsImage">True when it was meant to be an image.</param>
public sealed record DamagedSyntax(int Start, int End, string? Destination, string What, bool IsImage);

/// <summary>
/// Finds link and image syntax damaged the way the site's translation guide warns about: a space in
/// <c>] (</c>, full-width brackets <c>［］（）</c> or <c>【】</c>.
/// </summary>
public static partial class SyntaxDamage
{
    // [text] (url), ［text］(url), [text]（url）, ［text］（url）, 【text】(url) — with an optional leading '!'.
    [GeneratedRegex(@"(?<bang>[!！])?(?<open>[\[［【])(?<text>[^\]］】\n]*)(?<close>[\]］】])(?<gap>[ \t]*)(?<popen>[(（])(?<dest>[^)）\s]+)(?:[ \t]+""[^""]*"")?(?<pclose>[)）])", RegexOptions.CultureInvariant)]
    private static partial Regex BracketedLink();

    public static List<DamagedSyntax> FindLinks(string text, int start, int end)
    {
        var found = new List<DamagedSyntax>();
        if (end <= start)
        {
            return found;
        }

        foreach (Match m in BracketedLink().Matches(text[start..end]))
        {
            var problems = new List<string>();
            if (m.Groups["gap"].Length > 0)
            {
                problems.Add("a space between ']' and '('");
            }

            if (m.Groups["open"].Value != "[" || m.Groups["close"].Value != "]")
            {
                problems.Add($"full-width brackets '{m.Groups["open"].Value}{m.Groups["close"].Value}' instead of '[]'");
            }

            if (m.Groups["popen"].Value != "(" || m.Groups["pclose"].Value != ")")
            {
                problems.Add($"full-width parentheses '{m.Groups["popen"].Value}{m.Groups["pclose"].Value}' instead of '()'");
            }

            if (m.Groups["bang"].Success && m.Groups["bang"].Value != "!")
            {
                problems.Add("a full-width '！' instead of '!'");
            }

            if (problems.Count > 0)
            {
                found.Add(new DamagedSyntax(start + m.Index, start + m.Index + m.Length, m.Groups["dest"].Value, string.Join(" and ", problems), m.Groups["bang"].Success));
            }
        }

        return found;
    }
}
