using Localization.Cli;

if (Localization.Core.Text.NormalizationSelfTest.Problem() is { } problem)
{
    Console.Error.WriteLine($"l10n: warning: {problem}");
}

UiSelection.UseForProcess(UiSelection.Catalog(UiSelection.OptionValue(args)));
return CliApplication.Run(args, Console.Out, Console.Error);
