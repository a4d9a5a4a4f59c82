using System.CommandLine;
using Localization.Cli.Commands;
using Localization.Core.Reports;

namespace Localization.Cli;

/// <summary>
/// The whole command line as a function of the arguments and two writers (Program.cs passes the real
/// console; tests pass string writers): parse errors become readable one-line messages with exit code 2,
/// and no exception ever reaches the user as a stack trace.
/// </summary>
internal static class CliApplication
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr) => Run(args, stdout, stderr, RootCommandFactory.Create);

    /// <summary>The same with another command tree (tests of the guard build one whose action fails).</summary>
    internal static int Run(string[] args, TextWriter stdout, TextWriter stderr, Func<RootCommand> commands)
    {
        try
        {
            var root = commands();
            var parse = root.Parse(args);
            if (ParseErrorMessages.ValueGivenToSwitch(parse, args) is { } switchError)
            {
                stderr.WriteLine($"l10n: error: {SafeText.Escape(switchError)}");
                stderr.WriteLine($"Run '{ParseErrorMessages.HelpCommand(parse)}' for usage.");
                return ExitCodes.UsageOrConfigError;
            }

            if (parse.Errors.Count > 0 && parse.Action is not { ClearsParseErrors: true })
            {
                foreach (var message in ParseErrorMessages.Describe(parse))
                {
                    stderr.WriteLine($"l10n: error: {SafeText.Escape(message)}");
                }

                stderr.WriteLine($"Run '{ParseErrorMessages.HelpCommand(parse)}' for usage.");
                return ExitCodes.UsageOrConfigError;
            }

            parse.InvocationConfiguration.Output = stdout;
            parse.InvocationConfiguration.Error = stderr;
            parse.InvocationConfiguration.EnableDefaultExceptionHandler = false;
            return parse.Invoke();
        }
        catch (IOException e)
        {
            // Standard output could not be written (a full disk, /dev/full, a closed pipe): the report is lost.
            return TryReport(stderr, $"l10n: error: cannot write the report to standard output: {SafeText.Escape(OneLine(e.Message))}");
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return TryReport(stderr, $"l10n: internal error{(InternalErrors.FileOf(e) is { } file ? $" while checking {SafeText.Escape(file)}" : "")}: {e.GetType().Name}: {SafeText.Escape(OneLine(e.Message))} (please report it)");
        }
    }

    /// <summary>One line on standard error and exit code 2; silently 2 when standard error cannot be written either.</summary>
    private static int TryReport(TextWriter stderr, string line)
    {
        try
        {
            stderr.WriteLine(line);
            stderr.Flush();
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
            // Nowhere left to say it: the exit code alone tells.
        }

        return ExitCodes.UsageOrConfigError;
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ");
}

/// <summary>
/// Names the file an exception happened on, carried in <see cref="Exception.Data"/> from where the file is
/// known to the top-level guard, which prints it in its one line.
/// </summary>
internal static class InternalErrors
{
    private const string Key = "l10n.file";

    /// <summary>Records <paramref name="file"/> on <paramref name="e"/> unless a nearer place already did; returns false so it can be used in an exception filter.</summary>
    public static bool Tag(Exception e, string file)
    {
        if (!e.Data.Contains(Key))
        {
            e.Data[Key] = file;
        }

        return false;
    }

    public static string? FileOf(Exception e) => e.Data[Key] as string ?? (e.InnerException is { } inner ? FileOf(inner) : null);
}
