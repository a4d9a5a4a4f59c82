using System.CommandLine;
using System.CommandLine.Completions;
using System.CommandLine.Parsing;
using System.Globalization;
using Localization.Core.Text;

namespace Localization.Cli;

/// <summary>
/// Parse errors as a user reads them: the option or command named, the value that was wrong, the allowed
/// values written out (never System.CommandLine's tab-indented list or a .NET type name), and a
/// did-you-mean for a misspelt command or option.
/// </summary>
internal static class ParseErrorMessages
{
    public static IEnumerable<string> Describe(ParseResult parse)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        if (parse.CommandResult.Command is RootCommand root && parse.UnmatchedTokens.Count > 0)
        {
            var token = parse.UnmatchedTokens[0];
            var message = token.StartsWith('-')
                ? $"unknown option '{token}'{DidYouMean.Hint(token, OptionNames(root))}"
                : $"unknown command '{token}'{DidYouMean.Hint(token, CommandNames(root))}; the commands are: {string.Join(", ", CommandNames(root))}";
            seen.Add(message);
            yield return message;
            yield break;
        }

        foreach (var error in parse.Errors)
        {
            var message = Describe(error, parse);
            if (seen.Add(message))
            {
                yield return message;
            }
        }
    }

    /// <summary>
    /// <c>--force=maybe</c>: System.CommandLine splits it into the switch and a positional argument, which
    /// would then be taken for a language. A switch given a value other than true or false is named instead.
    /// </summary>
    public static string? ValueGivenToSwitch(ParseResult parse, IReadOnlyList<string> args)
    {
        var command = parse.CommandResult.Command;
        foreach (var arg in args.TakeWhile(a => a != "--"))
        {
            var equals = arg.IndexOf('=', StringComparison.Ordinal);
            if (!arg.StartsWith('-') || equals < 0)
            {
                continue;
            }

            var name = arg[..equals];
            var value = arg[(equals + 1)..];
            var option = command.Options.FirstOrDefault(o => o.Name == name || o.Aliases.Contains(name));
            if (option is not null && option.ValueType == typeof(bool) && !bool.TryParse(value, out _))
            {
                return $"{name}: '{value}' is not true or false ({name} is a switch: give it alone)";
            }
        }

        return null;
    }

    /// <summary>"l10n check --help" for an error inside a command, "l10n --help" otherwise.</summary>
    public static string HelpCommand(ParseResult parse) =>
        parse.CommandResult.Command is RootCommand ? "l10n --help" : $"l10n {parse.CommandResult.Command.Name} --help";

    /// <summary>The names and aliases of a command's visible subcommands.</summary>
    public static IReadOnlyList<string> CommandNames(Command command) =>
        [.. command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name)];

    /// <summary>The names and aliases of a command's options, --help included.</summary>
    public static IEnumerable<string> OptionNames(Command command) =>
        command.Options.Where(o => !o.Hidden).SelectMany(o => o.Aliases.Prepend(o.Name));

    private static string Describe(ParseError error, ParseResult parse)
    {
        var option = error.SymbolResult switch
        {
            OptionResult o => o,
            ArgumentResult { Parent: OptionResult o } => o,
            _ => null,
        };
        if (option is not null)
        {
            return DescribeOption(option, error.Message);
        }

        if (error.SymbolResult is ArgumentResult argument && argument.Tokens.Count < argument.Argument.Arity.MinimumNumberOfValues)
        {
            return $"missing {argument.Argument.Name}; usage: {Usage(parse.CommandResult.Command)}";
        }

        if (error.SymbolResult is CommandResult command && parse.UnmatchedTokens.Count > 0)
        {
            var token = parse.UnmatchedTokens[0];
            return token.StartsWith('-')
                ? $"unknown option '{token}' for '{command.Command.Name}'{DidYouMean.Hint(token, OptionNames(command.Command))}"
                : $"unexpected argument '{token}'; usage: {Usage(command.Command)}";
        }

        return Clean(error.Message);
    }

    private static string DescribeOption(OptionResult result, string message)
    {
        var option = result.Option;
        var name = result.IdentifierToken?.Value ?? option.Name;
        var allowed = option.ValueType == typeof(bool)
            ? []
            : option.GetCompletions(CompletionContext.Empty).Select(c => c.Label).ToList();
        if (result.Tokens.Count == 0)
        {
            return allowed.Count > 0
                ? $"{name} needs a value: one of {string.Join(", ", allowed)}"
                : $"{name} needs a value{(option.HelpName is { } help ? $" ({help})" : "")}";
        }

        var value = result.Tokens[^1].Value;
        if (allowed.Count > 0 && !allowed.Contains(value, StringComparer.Ordinal))
        {
            return $"{name}: '{value}' is not a valid value; use one of {string.Join(", ", allowed)}{DidYouMean.Hint(value, allowed)}";
        }

        var type = Nullable.GetUnderlyingType(option.ValueType) ?? option.ValueType;
        type = type.IsArray ? type.GetElementType()! : type;
        var expected = type == typeof(int) || type == typeof(long) ? "a whole number"
            : type == typeof(double) ? "a number"
            : type == typeof(bool) ? "true or false"
            : null;
        if (expected is not null && !Parses(type, value))
        {
            return $"{name}: '{value}' is not {expected}";
        }

        return message.Contains(name, StringComparison.Ordinal) ? Clean(message) : $"{name}: {Clean(message)}";
    }

    private static bool Parses(Type type, string value) =>
        type == typeof(int) ? int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _)
        : type == typeof(long) ? long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _)
        : type == typeof(double) ? double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _)
        : !(type == typeof(bool)) || bool.TryParse(value, out _);

    private static string Usage(Command command) =>
        $"l10n {command.Name} {string.Join(" ", command.Arguments.Select(a => a.Arity.MinimumNumberOfValues > 0 ? a.Name : $"[{a.Name}...]"))}".TrimEnd();

    /// <summary>System.CommandLine's messages with their line breaks and tabs folded into one readable line.</summary>
    private static string Clean(string message) =>
        message.Replace(":\n\t", ": ", StringComparison.Ordinal).Replace("\n\t", ", ", StringComparison.Ordinal).ReplaceLineEndings(" ");
}
