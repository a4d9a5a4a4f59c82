using Localization.Core.Checking;
using Localization.Core.IO;

namespace Localization.Cli;

/// <summary>
/// Pair mode with <c>-</c> for one of the two pages, as linters read standard input: the piped page is
/// read into memory (at most --max-file-size bytes, strict UTF-8 as files are) and checked as text;
/// it is named <c>-</c> in the report.
/// </summary>
internal static class PairFromStandardInput
{
    public static CheckResult? Check(CheckOptions engine, string language, string sourcePath, string targetPath, CliConsole console)
    {
        var texts = new string[2];
        var paths = new[] { sourcePath, targetPath };
        for (var i = 0; i < 2; i++)
        {
            var file = paths[i] == "-" ? ReadStandardInput(engine.MaxFileBytes) : TextFileReader.Read(paths[i], engine.MaxFileBytes);
            if (!file.Ok)
            {
                console.Fail($"{paths[i]}{(file.ErrorLine > 0 ? $":{file.ErrorLine}" : "")}: {file.Error}");
                return null;
            }

            texts[i] = file.Text!;
        }

        var pair = new PairRequest(language, ProjectRunDisplay(sourcePath), ProjectRunDisplay(targetPath), FullPath(sourcePath), FullPath(targetPath));
        var result = new CheckEngine(engine).CheckTexts(pair, texts[0], texts[1]);
        var findings = result.Findings.ToList();
        findings.Sort(FindingOrder.Instance);
        Localization.Core.Findings.FindingFingerprint.MakeUnique(findings);
        return new CheckResult([result], findings, [language], 0);
    }

    private static TextFileResult ReadStandardInput(long maxBytes)
    {
        using var input = Console.OpenStandardInput();
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = input.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > maxBytes)
            {
                return new TextFileResult(null, $"standard input is larger than --max-file-size ({maxBytes} bytes)");
            }
        }

        return TextFileReader.Decode(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
    }

    private static string ProjectRunDisplay(string path) => path == "-" ? "-" : Commands.ProjectRun.Display(path);

    private static string FullPath(string path) => path == "-" ? Path.Combine(Directory.GetCurrentDirectory(), "-") : Path.GetFullPath(path);
}
