using System.CommandLine;
using Localization.Core.IO;
using Localization.Core.Reports;

namespace Localization.Cli;

/// <summary>Where commands write: the invocation's output and error writers (redirectable in tests).</summary>
internal sealed class CliConsole(ParseResult parse)
{
    public TextWriter Out { get; } = parse.InvocationConfiguration.Output;

    public TextWriter Error { get; } = parse.InvocationConfiguration.Error;

    /// <summary>Prints an error naming what failed and returns exit code 2.</summary>
    public int Fail(string message)
    {
        Error.WriteLine($"l10n: error: {SafeText.Escape(message)}");
        return ExitCodes.UsageOrConfigError;
    }

    /// <summary>
    /// Refuses an --output destination at once, before any work (see <see cref="AtomicFileWriter.Validate"/>):
    /// prints why and returns true.
    /// </summary>
    public bool RefusesOutput(string? path, bool force)
    {
        if (path is null)
        {
            return false;
        }

        try
        {
            AtomicFileWriter.Validate(path, force);
            return false;
        }
        catch (OutputFileException e)
        {
            Fail(e.Message);
            return true;
        }
    }

    /// <summary>An option-like argument no option of the command knows: named, with a did-you-mean; exit code 2.</summary>
    public int UnknownOption(ParseResult parse, string token)
    {
        var command = parse.CommandResult.Command;
        var name = token.Split('=')[0];
        return Fail($"unknown option '{token}' for '{command.Name}'{Core.Text.DidYouMean.Hint(name, ParseErrorMessages.OptionNames(command))} (see 'l10n {command.Name} --help')");
    }

    /// <summary>Colour when asked, or on an interactive terminal that does not opt out (NO_COLOR).</summary>
    public bool UseColor(string mode) => mode switch
    {
        "always" => true,
        "never" => false,
        _ => ReferenceEquals(Out, Console.Out) && !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("NO_COLOR") is null && Environment.GetEnvironmentVariable("TERM") != "dumb",
    };
}
