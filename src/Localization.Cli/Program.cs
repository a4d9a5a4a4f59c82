using Localization.Cli;
using Localization.Cli.Commands;
using Localization.Core.Reports;

var messages = UiSelection.Catalog(UiSelection.OptionValue(args));
UiSelection.UseForProcess(messages);
var root = RootCommandFactory.Create();
HelpLocalizer.Apply(root, messages);
var parse = root.Parse(args);
if (parse.Errors.Count > 0)
{
    foreach (var error in parse.Errors)
    {
        Console.Error.WriteLine($"l10n: error: {SafeText.Escape(messages.Localize(error.Message))}");
    }

    Console.Error.WriteLine(messages.Localize("Run 'l10n --help' for usage."));
    return ExitCodes.UsageOrConfigError;
}

if (Localization.Core.Text.NormalizationSelfTest.Problem() is { } problem)
{
    Console.Error.WriteLine($"l10n: warning: {problem}");
}

return parse.Invoke();
