using Localization.Cli;
using Localization.Cli.Commands;
using Localization.Core.Reports;

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

return parse.Invoke();
