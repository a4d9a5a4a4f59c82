using System.Globalization;
using Localization.Core.UiText;

namespace Localization.Cli;

/// <summary>The language of l10n's messages for this process: <c>--ui-lang</c>, else the user's locale.</summary>
internal static class UiSelection
{
    public const string OptionName = "--ui-lang";

    /// <summary>The value of --ui-lang in <paramref name="args"/> (read before parsing: help is built in that language).</summary>
    public static string? OptionValue(IReadOnlyList<string> args)
    {
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "--")
            {
                break;
            }

            if (args[i] == OptionName && i + 1 < args.Count)
            {
                return args[i + 1];
            }

            if (args[i].StartsWith(OptionName + "=", StringComparison.Ordinal))
            {
                return args[i][(OptionName.Length + 1)..];
            }
        }

        return null;
    }

    public static MessageCatalog Catalog(string? option) => MessageCatalog.For(UiLanguage.Resolve(option, Environment.GetEnvironmentVariable));

    /// <summary>
    /// Makes System.CommandLine's own words (Usage, Options, its parse errors) come from its satellite resources
    /// in the UI language; called once by the process, never by in-process runs.
    /// </summary>
    public static void UseForProcess(MessageCatalog messages)
    {
        if (messages.Language != UiLanguage.English)
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(messages.Language);
        }
    }
}
