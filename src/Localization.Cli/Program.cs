using Localization.Cli;

if (Localization.Core.Text.NormalizationSelfTest.Problem() is { } problem)
{
    Console.Error.WriteLine($"l10n: warning: {problem}");
}

return CliApplication.Run(args, Console.Out, Console.Error);
