using System.CommandLine;
using Localization.Core.Alignment;
using Localization.Core.IO;
using Localization.Core.Reports;
using Localization.Core.Units;

namespace Localization.Cli.Commands;

/// <summary><c>l10n align SOURCE TARGET</c>: prints the aligned units side by side.</summary>
internal static class AlignCommand
{
    public static Command Create()
    {
        var source = new Argument<string>("SOURCE") { Description = "The English Markdown file." };
        var target = new Argument<string>("TARGET") { Description = "Its translation." };
        var width = new Option<int>("--width", "-w") { Description = "Width of each column, in terminal columns (20 to 200).", DefaultValueFactory = _ => 60, HelpName = "COLUMNS" }.InRange(20, 200, "give a column width from 20 to 200");
        var command = new Command("align", "Print the aligned blocks of a page and its translation side by side.") { source, target, width };
        command.SetAction(parse =>
        {
            var console = new CliConsole(parse);
            var pages = new PageModel[2];
            var paths = new[] { parse.GetValue(source)!, parse.GetValue(target)! };
            for (var i = 0; i < 2; i++)
            {
                if (paths[i].StartsWith('-'))
                {
                    return console.UnknownOption(parse, paths[i]);
                }

                if (!File.Exists(paths[i]) && !Directory.Exists(paths[i]))
                {
                    return console.Fail($"{paths[i]}: no such file");
                }

                var file = TextFileReader.Read(paths[i]);
                if (!file.Ok)
                {
                    return console.Fail($"{paths[i]}{(file.ErrorLine > 0 ? $":{file.ErrorLine}" : "")}: {file.Error}");
                }

                try
                {
                    pages[i] = PageReader.Read(paths[i], file.Text!);
                }
                catch (Exception e) when (e is ArgumentException or InvalidOperationException or IndexOutOfRangeException or InsufficientExecutionStackException)
                {
                    // What the check engine makes invalid-file: Markdig's refusals, and pages refused before parsing (nesting, table width).
                    return console.Fail($"{paths[i]}: Markdown could not be parsed: {e.Message}");
                }
            }

            var aligned = PageAligner.Align(pages[0], pages[1]);
            new AlignmentWriter(parse.GetValue(width)).Write(aligned, console.Out);
            return ExitCodes.Success;
        });
        return command;
    }
}
