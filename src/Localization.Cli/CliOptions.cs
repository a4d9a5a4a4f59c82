using System.CommandLine;

namespace Localization.Cli;

/// <summary>Option conventions shared by every command.</summary>
internal static class CliOptions
{
    /// <summary>
    /// A multi-value option that takes one value per occurrence, so it never swallows the positional
    /// arguments after it: <c>--exclude-lang fr --exclude-lang de</c>, or a comma list <c>--exclude-lang fr,de</c>.
    /// </summary>
    public static Option<string[]> MultiValue(string name, string description, string helpName) =>
        new(name) { Description = description + " Repeat the option or give a comma-separated list.", HelpName = helpName, AllowMultipleArgumentsPerToken = false, Arity = ArgumentArity.OneOrMore };

    /// <summary>The values of a <see cref="MultiValue"/> option, comma lists split, duplicates and empty items dropped, in order.</summary>
    public static string[] Values(ParseResult parse, Option<string[]> option) =>
        [.. (parse.GetValue(option) ?? []).SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Distinct(StringComparer.Ordinal)];

    /// <summary>-q/--quiet: findings only; no summary, progress or notes.</summary>
    public static Option<bool> Quiet() => new("--quiet", "-q") { Description = "Print only the findings (or the table): no summary, progress or notes on standard error." };

    /// <summary>Refuses values outside [<paramref name="minimum"/>, <paramref name="maximum"/>] with a message naming the option and what it accepts.</summary>
    public static T InRange<T>(this T option, int minimum, int maximum, string accepted)
        where T : Option<int>
    {
        option.Validators.Add(result =>
        {
            // The token itself: a value that is no number at all is the parser's error, reported by name.
            if (result.Tokens.Count > 0 && int.TryParse(result.Tokens[^1].Value, System.Globalization.CultureInfo.InvariantCulture, out var value) && (value < minimum || value > maximum))
            {
                result.AddError($"{result.IdentifierToken?.Value ?? option.Name}: '{result.Tokens[^1].Value}' is out of range; {accepted}");
            }
        });
        return option;
    }

    /// <summary>True when <c>CI</c> is set to a true value (GitHub, GitLab and most CI systems set <c>CI=true</c>); <c>CI=false</c> or <c>0</c> is not CI.</summary>
    public static bool InCi() => IsTrue(Environment.GetEnvironmentVariable("CI"));

    /// <summary>An environment flag's value read as CI systems write it: unset, empty, false, 0, no and off are false.</summary>
    public static bool IsTrue(string? value) =>
        value is { Length: > 0 }
        && !value.Equals("false", StringComparison.OrdinalIgnoreCase)
        && !value.Equals("0", StringComparison.Ordinal)
        && !value.Equals("no", StringComparison.OrdinalIgnoreCase)
        && !value.Equals("off", StringComparison.OrdinalIgnoreCase);
}
