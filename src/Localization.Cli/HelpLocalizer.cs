using System.CommandLine;
using Localization.Core.UiText;

namespace Localization.Cli;

/// <summary>
/// Puts the descriptions of the command tree into the user's language. The commands keep their English
/// descriptions in code; a description without a translation stays English.
/// </summary>
internal static class HelpLocalizer
{
    public static void Apply(Command command, MessageCatalog messages)
    {
        if (messages.IsIdentity)
        {
            return;
        }

        command.Description = Localize(command.Description, messages);
        foreach (var option in command.Options)
        {
            option.Description = Localize(option.Description, messages);
        }

        foreach (var argument in command.Arguments)
        {
            argument.Description = Localize(argument.Description, messages);
        }

        foreach (var subcommand in command.Subcommands)
        {
            Apply(subcommand, messages);
        }
    }

    private static string? Localize(string? text, MessageCatalog messages) => text is null ? null : messages.Localize(text);
}
