using Localization.Cli;
using Localization.Cli.Commands;
using Localization.Core.Reports;

try
{
    var parse = RootCommandFactory.Create().Parse(args);
    if (parse.Errors.Count > 0)
    {
        foreach (var error in parse.Errors)
        {
            Console.Error.WriteLine($"l10n: error: {SafeText.Escape(error.Message)}");
        }

        Console.Error.WriteLine("Run 'l10n --help' for usage.");
        return ExitCodes.UsageOrConfigError;
    }

    if (Localization.Core.Text.NormalizationSelfTest.Problem() is { } problem)
    {
        Console.Error.WriteLine($"l10n: warning: {problem}");
    }

    // Exceptions reach the handler below: the library's default prints a stack trace and exits with 1,
    // which CI would read as "findings".
    parse.InvocationConfiguration.EnableDefaultExceptionHandler = false;
    return parse.Invoke();
}
catch (IOException e)
{
    // Standard output could not be written (a full disk, /dev/full, a closed pipe): the report is lost.
    return ExitCodes.TryReport($"cannot write the report to standard output: {e.Message}");
}
catch (Exception e) when (e is not OutOfMemoryException)
{
    return ExitCodes.TryReport($"internal error ({e.GetType().Name}: {e.Message}); please report it");
}
