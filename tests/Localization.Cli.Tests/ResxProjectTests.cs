using Localization.Cli.Tests.Support;

namespace Localization.Cli.Tests;

/// <summary>
/// .resx string tables found through crowdin.yml and in pair mode, and the hostile files a pull request can
/// bring: each gets its finding, nothing is expanded, read or deserialised, and the other files are checked.
/// </summary>
[Collection(CliCollection.Name)]
public sealed class ResxProjectTests
{
    private const string Header = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<root>\n  <resheader name=\"resmimetype\">\n    <value>text/microsoft-resx</value>\n  </resheader>\n";

    private static string Data(string name, string value) => $"  <data name=\"{name}\" xml:space=\"preserve\">\n    <value>{value}</value>\n  </data>\n";

    private static TempTree Project()
    {
        var tree = new TempTree();
        tree.Write("crowdin.yml", "files:\n  - source: /src/**/*.resx\n    translation: /src/**/%file_name%.%two_letters_code%.resx\n    ignore: [/src/**/*.*.resx]\n");
        var english = Header + Data("Greeting", "Welcome back, {0}!") + Data("Save", "Save your changes before you leave.") + "</root>\n";
        foreach (var name in new[] { "Good", "Bomb", "Payload", "FileRef", "Truncated" })
        {
            tree.Write($"src/App/{name}.resx", english);
        }

        tree.Write("src/App/Good.ko.resx", Header + Data("Greeting", "{1}님, 다시 오신 것을 환영합니다!") + Data("Save", "Save your changes before you leave.") + "</root>\n");
        // Billion laughs: ten levels of ten references, 10^9 copies of "lol" if it were ever expanded.
        var bomb = "<?xml version=\"1.0\"?>\n<!DOCTYPE root [\n  <!ENTITY lol \"lol\">\n";
        for (var i = 1; i <= 9; i++)
        {
            bomb += $"  <!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat(i == 1 ? "&lol;" : $"&lol{i - 1};", 10))}\">\n";
        }

        bomb += "  <!ENTITY xxe SYSTEM \"file:///etc/passwd\">\n]>\n<root>\n" + Data("Greeting", "&lol9;&xxe;") + Data("Save", "저장") + "</root>\n";
        tree.Write("src/App/Bomb.ko.resx", bomb);
        tree.Write("src/App/Payload.ko.resx", Header + Data("Greeting", "{0}님, 환영합니다!") + Data("Save", "변경 사항을 저장하세요.")
            + "  <data name=\"Evil\" mimetype=\"application/x-microsoft.net.object.binary.base64\">\n    <value>AAEAAAD/////AQAAAAAAAAAMAgAAAEZTeXN0ZW0uV2luZG93cy5Gb3Jtcw==</value>\n  </data>\n</root>\n");
        tree.Write("src/App/FileRef.ko.resx", Header + Data("Greeting", "{0}님, 환영합니다!") + Data("Save", "변경 사항을 저장하세요.")
            + "  <data name=\"Secrets\" type=\"System.Resources.ResXFileRef, System.Windows.Forms\">\n    <value>/etc/passwd;System.String, mscorlib</value>\n  </data>\n</root>\n");
        tree.Write("src/App/Truncated.ko.resx", Header + Data("Greeting", "{0}님, 환영합니다!") + "  <data name=\"Save\" xml:space=\"preserve\">\n    <value>변경 사항을 저");
        return tree;
    }

    [Fact]
    public void Crowdin_yml_pairs_resx_files_and_each_hostile_file_gets_its_finding_while_the_others_are_checked()
    {
        using var tree = Project();
        var result = CliRunner.Run(tree.Root, "check", "ko", "--format", "json");
        Assert.True(result.ExitCode == 1, result.ToString());
        using var report = JsonReport.ParseAndValidate(result.StdOut);
        var findings = report.RootElement.GetProperty("findings").EnumerateArray()
            .Select(f => (File: f.Str("file"), Rule: f.Str("rule"), Line: f.GetProperty("line").GetInt32(), Message: f.Str("message"), Severity: f.Str("severity")))
            .ToList();
        Assert.Equal(5, report.RootElement.GetProperty("files").GetArrayLength());

        // The good file is checked in full.
        Assert.Contains(findings, f => f is { File: "src/App/Good.ko.resx", Rule: "placeholder-mismatch", Line: 6 });
        Assert.Contains(findings, f => f is { File: "src/App/Good.ko.resx", Rule: "untranslated-block", Line: 9 });

        // The DOCTYPE is refused where it is written; no entity is expanded, /etc/passwd is never read.
        var bomb = Assert.Single(findings, f => f.File == "src/App/Bomb.ko.resx");
        Assert.Equal(("invalid-file", 2), (bomb.Rule, bomb.Line));
        Assert.Contains("DTD", bomb.Message, StringComparison.Ordinal);

        // Typed entries are listed and never deserialised or followed; the strings around them are checked.
        var payload = findings.Where(f => f.File == "src/App/Payload.ko.resx").ToList();
        var skipped = Assert.Single(payload);
        Assert.Equal(("skipped-entry", "info", 12), (skipped.Rule, skipped.Severity, skipped.Line));
        Assert.Contains("not deserialised", payload[0].Message, StringComparison.Ordinal);
        var fileRef = Assert.Single(findings, f => f.File == "src/App/FileRef.ko.resx");
        Assert.Equal(("skipped-entry", 12), (fileRef.Rule, fileRef.Line));
        Assert.Contains("file reference", fileRef.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("root:", result.StdOut, StringComparison.Ordinal);
        Assert.DoesNotContain("lollol", result.StdOut, StringComparison.Ordinal);

        // A file cut off mid-element is invalid at the line where it ends.
        var truncated = Assert.Single(findings, f => f.File == "src/App/Truncated.ko.resx");
        Assert.Equal(("invalid-file", 10), (truncated.Rule, truncated.Line));
        Assert.Contains("not well-formed XML", truncated.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Pair_mode_checks_two_resx_files_with_findings_at_the_data_element()
    {
        using var tree = Project();
        var result = CliRunner.Run(tree.Root, "check", "--source", "src/App/Good.resx", "--target", "src/App/Good.ko.resx");
        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains(result.OutLines, l => l.StartsWith("src/App/Good.ko.resx:6:3: error placeholder-mismatch: placeholders of 'Greeting': {0} of the English is missing; {1} is not in the English", StringComparison.Ordinal));
        Assert.Contains(result.OutLines, l => l.StartsWith("src/App/Good.ko.resx:9:3: warning untranslated-block:", StringComparison.Ordinal));
        Assert.Contains("    src/App/Good.resx:9: Save your changes before you leave.", result.OutLines);
    }

    [Fact]
    public void Export_writes_resx_work_items_from_the_values_with_placeholders_as_codes()
    {
        using var tree = Project();
        var result = CliRunner.Run(tree.Root, "export", "--source", "src/App/Good.resx", "--target", "src/App/Good.ko.resx", "--format", "csv", "-o", "out");
        Assert.True(result.ExitCode == 0, result.ToString());
        var csv = File.ReadAllText(Assert.Single(Directory.GetFiles(Path.Combine(tree.Root, "out"), "*.csv", SearchOption.AllDirectories)));
        Assert.Contains("\"Welcome back, {1}!\",\"{2}님, 다시 오신 것을 환영합니다!\"", csv, StringComparison.Ordinal);
        Assert.Contains("\"Save your changes before you leave.\"", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("<data", csv, StringComparison.Ordinal);
    }
}
