using System.Text;
using Localization.Core.Checking;
using Localization.Core.Configuration;
using Localization.Core.Crowdin;
using Localization.Core.Terms;
using Localization.Core.Tests.Crowdin;

namespace Localization.Core.Tests.Reliability;

/// <summary>
/// Hostile input through the file system and the configuration (issue 18): symbolic links out of the project,
/// loops, duplicate mappings, paths over PATH_MAX, names that are not UTF-8.
/// </summary>
public sealed class HostileFileSystemTests
{
    private const string Config = """
        files:
          - source: /docs/**/*.md
            translation: /i18n/%two_letters_code%/**/%original_file_name%
        """;

    private static CheckResult CheckProject(TempTree tree, string yaml = Config, string language = "ko")
    {
        var config = CrowdinConfigLoader.Load(tree.Config(yaml));
        var plan = ProjectPlanner.Plan(config, [language], []);
        var engine = new CheckEngine(CheckOptions.Default with { ProjectRoot = config.BasePath, Parallelism = 2 });
        return engine.Run(plan.Pairs, plan.SkippedSourceFiles, plan.Problems);
    }

    [Fact]
    public void A_source_path_longer_than_PATH_MAX_is_an_invalid_file_finding()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "PATH_MAX (4,096 bytes) is Linux's limit");
        using var tree = new TempTree().Files("docs/a.md", "i18n/ko/a.md");
        CreateDeepPage(tree.Root);

        CheckResult result;
        try
        {
            result = CheckProject(tree);
        }
        finally
        {
            RunShell($"cd '{tree.Root}' && rm -rf docs/{new string('d', 200)}"); // .NET cannot delete what it cannot name
        }

        var finding = Assert.Single(result.Findings, f => f.Rule == "invalid-file");
        Assert.Contains("longer than the system allows", finding.Message, StringComparison.Ordinal);
        Assert.Contains(result.Files, f => f.Pair.Target == "i18n/ko/a.md" && f.Findings.Count == 0);
    }

    [Fact]
    public void A_source_file_whose_name_is_not_UTF8_is_reported_not_dropped()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "file names are bytes only on Linux file systems");
        using var tree = new TempTree().Files("docs/a.md", "i18n/ko/a.md");
        CreateWithRawName(Path.Combine(tree.Root, "docs"), [(byte)'b', 0xFF, (byte)'.', (byte)'m', (byte)'d']);

        var result = CheckProject(tree);

        var finding = Assert.Single(result.Findings, f => f.Rule == "invalid-file");
        Assert.Contains("not valid UTF-8", finding.Message, StringComparison.Ordinal);
        Assert.StartsWith("docs/b", finding.File, StringComparison.Ordinal);
    }

    [Fact]
    public void A_symbolic_link_loop_is_called_a_loop()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "symbolic links need privileges on Windows");
        using var tree = new TempTree().Files("docs/a.md", "docs/b.md", "i18n/ko/a.md");
        File.CreateSymbolicLink(tree.Full("docs/loop.md"), "loop.md");
        File.CreateSymbolicLink(tree.Full("i18n/ko/b.md"), "c.md");
        File.CreateSymbolicLink(tree.Full("i18n/ko/c.md"), "b.md");

        var result = CheckProject(tree);

        var loops = result.Findings.Where(f => f.Rule == "invalid-file").ToList();
        Assert.Equal(2, loops.Count);
        Assert.All(loops, f => Assert.Contains("symbolic link loop", f.Message, StringComparison.Ordinal));
        Assert.All(loops, f => Assert.DoesNotContain("outside the project", f.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Two_groups_mapping_to_one_translation_are_reported_once_at_the_group_and_checked_once()
    {
        using var tree = new TempTree().Files("docs/a.md", "docs/a.txt", "i18n/ko/a.md");
        const string yaml = """
            files:
              - source: /docs/*.md
                translation: /i18n/%two_letters_code%/%file_name%.md
              - source: /docs/*.txt
                translation: /i18n/%two_letters_code%/%file_name%.md
            """;

        var result = CheckProject(tree, yaml);

        var collision = Assert.Single(result.Findings, f => f.File == "crowdin.yml");
        Assert.Equal((4, 5), (collision.Line, collision.Column));
        Assert.Contains("docs/a.txt", collision.Message, StringComparison.Ordinal);
        Assert.Contains("docs/a.md", collision.Message, StringComparison.Ordinal);
        Assert.Contains("i18n/ko/a.md", collision.Message, StringComparison.Ordinal);
        Assert.Single(result.Files);
    }

    [Fact]
    public void One_group_mapping_two_sources_to_one_translation_is_reported()
    {
        using var tree = new TempTree().Files("docs/a.md", "docs/a.txt", "i18n/ko/a.md");
        const string yaml = """
            files:
              - source: /docs/*.*
                translation: /i18n/%two_letters_code%/%file_name%.md
            """;

        var result = CheckProject(tree, yaml);

        var collision = Assert.Single(result.Findings, f => f.File == "crowdin.yml");
        Assert.Contains("the same group", collision.Message, StringComparison.Ordinal);
        Assert.Single(result.Files);
    }

    [Fact]
    public void Ten_thousand_copies_of_a_group_plan_each_pair_once()
    {
        using var tree = new TempTree().Files("docs/a.md", "docs/b.md", "i18n/ko/a.md");
        var yaml = new StringBuilder("files:\n");
        for (var i = 0; i < 10_000; i++)
        {
            yaml.Append("  - source: /docs/**/*.md\n    translation: /i18n/%two_letters_code%/**/%original_file_name%\n");
        }

        var config = CrowdinConfigLoader.Load(tree.Config(yaml.ToString()));
        var plan = ProjectPlanner.Plan(config, ["ko"], []);

        Assert.Equal(2, plan.Pairs.Count);
        Assert.Equal(9_999, plan.Problems.Count); // one per repeated group, not one per pair or language
        Assert.Equal((4, 5), (plan.Problems[0].Line, plan.Problems[0].Column));
    }

    [Fact]
    public void Configuration_files_that_link_out_of_the_project_are_refused_without_quoting_them()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "symbolic links need privileges on Windows");
        using var outside = new TempTree().Files("secret.txt");
        File.WriteAllText(outside.Full("secret.txt"), "root:$6$SECRETHASHSECRETHASH:19000:0:99999:7:::\n");
        using var tree = new TempTree().Files("docs/a.md", "i18n/ko/a.md");
        tree.Config(Config);

        File.CreateSymbolicLink(tree.Full("l10n.yml"), outside.Full("secret.txt"));
        var settings = Assert.Throws<ConfigException>(() => ProjectSettings.Load(tree.Root));
        Assert.Contains("outside the project", settings.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("SECRET", settings.Message, StringComparison.Ordinal);
        File.Delete(tree.Full("l10n.yml"));

        File.CreateSymbolicLink(tree.Full("terms.yml"), outside.Full("secret.txt"));
        var terms = Assert.Throws<ConfigException>(() => TermsFile.Load(tree.Full("terms.yml"), "terms.yml", tree.Root));
        Assert.Contains("outside the project", terms.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("SECRET", terms.Message, StringComparison.Ordinal);

        File.Move(tree.Full("crowdin.yml"), outside.Full("crowdin.yml"));
        File.CreateSymbolicLink(tree.Full("crowdin.yml"), outside.Full("crowdin.yml"));
        var crowdin = Assert.Throws<ConfigException>(() => CrowdinConfigLoader.Load(tree.Full("crowdin.yml")));
        Assert.Contains("outside the project", crowdin.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("mkdocs.yml")]
    [InlineData("hugo.toml")]
    [InlineData("config.yaml")]
    public void A_site_configuration_that_links_out_of_the_project_is_refused_without_quoting_it(string name)
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "symbolic links need privileges on Windows");
        using var outside = new TempTree().Files("secret.txt");
        File.WriteAllText(outside.Full("secret.txt"), "SECRET = [\n");
        using var tree = new TempTree().Files("docs/a.md", "i18n/ko/a.md");
        tree.Config(Config);
        File.CreateSymbolicLink(tree.Full(name), outside.Full("secret.txt"));

        var error = Assert.Throws<ConfigException>(() => ProjectLoader.Load(tree.Full("crowdin.yml")));

        Assert.Equal((name, 1, 1), (error.File, error.Line, error.Column));
        Assert.Contains("outside the project", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("SECRET", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_inherited_mkdocs_yml_that_links_out_of_the_project_is_refused()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "symbolic links need privileges on Windows");
        using var outside = new TempTree().Files("secret.txt");
        File.WriteAllText(outside.Full("secret.txt"), "markdown_extensions: [SECRET\n");
        using var tree = new TempTree().Files("docs/a.md", "i18n/ko/a.md");
        tree.Config(Config);
        tree.Config("INHERIT: base.yml\n", "mkdocs.yml");
        File.CreateSymbolicLink(tree.Full("base.yml"), outside.Full("secret.txt"));

        var error = Assert.Throws<ConfigException>(() => ProjectLoader.Load(tree.Full("crowdin.yml")));

        Assert.Contains("outside the project", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("SECRET", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_inside_the_project_is_still_read()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "symbolic links need privileges on Windows");
        using var tree = new TempTree().Files("docs/a.md", "config/l10n.yml");
        File.WriteAllText(tree.Full("config/l10n.yml"), "languages: [ko]\n");
        File.CreateSymbolicLink(tree.Full("l10n.yml"), "config/l10n.yml");

        Assert.Equal(new[] { "ko" }, ProjectSettings.Load(tree.Root).Languages);
    }

    [Fact]
    public void Error_messages_quote_only_the_key_escaped_and_cut_short()
    {
        var key = "root:$6$" + new string('x', 200) + "\u001b[31m";
        var e = Assert.Throws<ConfigException>(() => ProjectSettings.Parse($"\"{key.Replace("\u001b", "\\e", StringComparison.Ordinal)}\": 1\n", "l10n.yml"));
        // The key is quoted cut short (40 characters); the rest of the message is l10n's own list of settings.
        Assert.DoesNotContain(new string('x', 41), e.Message, StringComparison.Ordinal);
        Assert.True(e.Message.Length < 300, e.Message);
        Assert.Contains("…", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', e.Message);
    }

    [Theory]
    [InlineData("ko\n")]
    [InlineData("ko\r\n")]
    [InlineData("CON\n")]
    [InlineData("ko ")]
    public void Language_codes_with_trailing_line_breaks_are_refused(string code) => Assert.False(LanguageCatalog.IsValidCode(code));

    /// <summary>
    /// A page whose directory is just under PATH_MAX (4,096 bytes) and whose own path is over it, made in two
    /// halves relative to the first so that no path handed to the kernel is too long.
    /// </summary>
    private static void CreateDeepPage(string root)
    {
        var segments = (4090 - Path.Combine(root, "docs").Length) / 201; // the directory stays under 4,096 bytes, the page goes over
        var first = string.Join('/', Enumerable.Repeat(new string('d', 200), segments / 2));
        var second = string.Join('/', Enumerable.Repeat(new string('d', 200), segments - (segments / 2)));
        RunShell($"cd '{root}/docs' && mkdir -p {first} && cd {first} && mkdir -p {second} && printf '# Deep\\n\\nSome text.\\n' > {second}/{new string('e', 250)}.md");
    }

    private static void CreateWithRawName(string directory, byte[] name)
    {
        var octal = string.Concat(name.Select(b => $"\\{Convert.ToString(b, 8).PadLeft(3, '0')}"));
        RunShell($"cd '{directory}' && printf '# B\\n\\nSome text.\\n' > \"$(printf '{octal}')\"");
    }

    private static void RunShell(string script)
    {
        var start = new System.Diagnostics.ProcessStartInfo("/bin/sh") { UseShellExecute = false, RedirectStandardError = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(script);
        using var process = System.Diagnostics.Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, error);
    }
}
