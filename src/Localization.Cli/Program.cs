using Localization.Cli;

try
{
    if (Localization.Core.Text.NormalizationSelfTest.Problem() is { } problem)
    {
        Console.Error.WriteLine($"l10n: warning: {problem}");
    }
}
catch (IOException)
{
    // Standard error cannot be written: the run goes on, its exit code still tells.
}

return CliApplication.Run(args, Console.Out, Console.Error);
