using System.Text.Json;
using Localization.Cli.Tests.Support;

namespace Localization.Cli.Tests;

/// <summary>l10n.yml rule settings and localised links, baselines and inline suppressions, as a user meets them.</summary>
[Collection(CliCollection.Name)]
public sealed class GatingTests
{
    private static List<JsonElement> Findings(CliResult result) =>
        [.. JsonDocument.Parse(result.StdOut).RootElement.GetProperty("findings").EnumerateArray()];

    [Fact]
    public void L10n_yml_changes_a_rule_severity_or_turns_it_off()
    {
        using var tree = Fixtures.Project();
        Assert.Equal(0, CliRunner.Run(tree.Root, "check", "ko").ExitCode);

        tree.Write("l10n.yml", "rules:\n  untranslated-sentence: error\n");
        var raised = CliRunner.Run(tree.Root, "check", "ko", "--format", "json");
        Assert.True(raised.ExitCode == 1, raised.ToString());
        Assert.Contains(Findings(raised), f => f.GetProperty("rule").GetString() == "untranslated-sentence" && f.GetProperty("severity").GetString() == "error");

        tree.Write("l10n.yml", "rules:\n  LC302: off\n  missing-file: info\n");
        var off = CliRunner.Run(tree.Root, "check", "ko", "--format", "json", "--fail-on", "warning");
        Assert.True(off.ExitCode == 0, off.ToString());
        Assert.DoesNotContain(Findings(off), f => f.GetProperty("rule").GetString() == "untranslated-sentence");

        tree.Write("l10n.yml", "rules:\n  untranslated-sentense: off\n");
        var typo = CliRunner.Run(tree.Root, "check", "ko");
        Assert.Equal(2, typo.ExitCode);
        Assert.Contains("l10n.yml:2:3: unknown rule 'untranslated-sentense'", typo.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public void Localized_link_rules_accept_a_link_to_the_readers_language_also_in_pair_mode()
    {
        using var tree = new TempTree();
        tree.Write("en.md", "# Title\n\nRead [the guide](https://www.example.org/en/guide/) and [the docs](/docs/setup/) and [Microsoft's](https://learn.example.com/en-us/windows/x).\n");
        tree.Write("ko.md", "# 제목\n\n[안내서](https://www.example.org/ko/guide/)와 [문서](/ko/docs/setup/)와 [마이크로소프트](https://learn.example.com/ko-kr/windows/x)를 읽으세요.\n");
        var before = CliRunner.Run(tree.Root, "check", "--source", "en.md", "--target", "ko.md", "--format", "json");
        Assert.Equal(3, Findings(before).Count(f => f.GetProperty("rule").GetString() == "link-mismatch"));

        tree.Write("l10n.yml", """
            localized_links:
              - from: https://www.example.org/en/
                to: https://www.example.org/{lang}/
              - from: /docs/
                to: /{lang}/docs/
              - from: https://learn.example.com/en-us/*
                to: https://learn.example.com/{lang}/*
                lang: {ko: ko-kr}
            """);
        var after = CliRunner.Run(tree.Root, "check", "--source", "en.md", "--target", "ko.md", "--format", "json");
        Assert.True(after.ExitCode == 0, after.ToString());
        Assert.DoesNotContain(Findings(after), f => f.GetProperty("rule").GetString() == "link-mismatch");
    }

    [Fact]
    public void An_anchor_into_a_page_with_translated_headings_is_accepted_when_it_names_the_aligned_heading()
    {
        using var tree = Fixtures.Project();
        tree.Write("mkdocs.yml", "markdown_extensions:\n  - toc:\n      slugify: !!python/object/apply:pymdownx.slugs.slugify {kwds: {case: lower}}\n");
        tree.Write("docs/pods.md", "# Pods\n\nAbout pods in general.\n\n## Store pod fields\n\nHow the fields are stored.\n\n## Other topic\n\nSomething else entirely.\n");
        tree.Write("i18n/ko/pods.md", "# 파드\n\n파드 일반에 관하여.\n\n## 파드 필드 저장\n\n필드를 저장하는 방법.\n\n## 다른 주제\n\n완전히 다른 것.\n");
        tree.Write("docs/a.md", Fixtures.DocsA + "\nSee [storing fields](pods.md#store-pod-fields) and [the other](pods.md#other-topic).\n");
        tree.Write("i18n/ko/a.md", Fixtures.KoA + "\n[필드 저장](pods.md#파드-필드-저장)과 [다른 것](pods.md#파드-필드-저장)을 보세요.\n");
        var result = CliRunner.Run(tree.Root, "check", "ko", "--format", "json");
        var links = Findings(result).Where(f => f.GetProperty("rule").GetString() == "link-mismatch").ToList();
        var wrong = Assert.Single(links);
        Assert.Contains("pods.md#other-topic", wrong.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Matches("#파드-필드-저장 is not the translated heading of #other-topic; that is '[^']*다른 주제' at line 9, #다른-주제", wrong.GetProperty("message").GetString());
    }

    [Fact]
    public void A_baseline_accepts_the_findings_it_recorded_and_catches_a_new_one_on_the_same_page()
    {
        using var tree = Fixtures.Project();
        var write = CliRunner.Run(tree.Root, "check", "ko", "--write-baseline", "l10n-baseline.json");
        Assert.True(write.ExitCode == 0, write.ToString());
        var baseline = File.ReadAllText(tree.PathOf("l10n-baseline.json"));
        Assert.Contains("\"fingerprint\"", baseline, StringComparison.Ordinal);

        var gated = CliRunner.Run(tree.Root, "check", "ko", "--baseline", "l10n-baseline.json", "--fail-on", "warning", "--format", "json");
        Assert.True(gated.ExitCode == 0, gated.ToString());
        Assert.Empty(Findings(gated));

        // Lines inserted above the old finding keep it accepted; a new English sentence is caught.
        tree.Write("docs/a.md", "# Welcome\n\nA brand new first paragraph of the English page.\n\n" + Fixtures.DocsA[(Fixtures.DocsA.IndexOf('\n') + 1)..] + "\n");
        tree.Write("i18n/ko/a.md", "# 환영합니다\n\n새로 추가된 첫 단락입니다.\n\n" + Fixtures.KoA[(Fixtures.KoA.IndexOf('\n') + 1)..].Replace("마지막 단락은", "Nobody translated this new sentence yet. 마지막 단락은", StringComparison.Ordinal) + "\n");
        var again = CliRunner.Run(tree.Root, "check", "ko", "--baseline", "l10n-baseline.json", "--fail-on", "warning", "--format", "json");
        Assert.True(again.ExitCode == 1, again.ToString());
        var only = Assert.Single(Findings(again));
        Assert.Contains("Nobody translated", only.GetProperty("targetText").GetString(), StringComparison.Ordinal);

        // Rewriting a baseline replaces it; any other file is kept unless --force.
        Assert.Equal(0, CliRunner.Run(tree.Root, "check", "ko", "--write-baseline", "l10n-baseline.json").ExitCode);
        tree.Write("notes.txt", "mine\n");
        var refused = CliRunner.Run(tree.Root, "check", "ko", "--write-baseline", "notes.txt");
        Assert.Equal(2, refused.ExitCode);
        Assert.Equal("mine\n", File.ReadAllText(tree.PathOf("notes.txt")));

        tree.Write("broken.json", "{\"findings\": 3}");
        var broken = CliRunner.Run(tree.Root, "check", "ko", "--baseline", "broken.json");
        Assert.Equal(2, broken.ExitCode);
        Assert.Contains("broken.json:1:1: not an l10n baseline", broken.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_baseline_file_is_sorted_and_stable()
    {
        using var tree = Fixtures.Project();
        CliRunner.Run(tree.Root, "check", "ko", "--write-baseline", "one.json");
        CliRunner.Run(tree.Root, "check", "ko", "-j", "1", "--write-baseline", "two.json");
        Assert.Equal(File.ReadAllText(tree.PathOf("one.json")), File.ReadAllText(tree.PathOf("two.json")));
        Assert.DoesNotContain("\"line\"", File.ReadAllText(tree.PathOf("one.json")), StringComparison.Ordinal);
    }

    [Fact]
    public void Inline_suppressions_silence_findings_without_disturbing_alignment_and_report_unused_ones()
    {
        using var tree = Fixtures.Project();
        tree.Write("i18n/ko/a.md", Fixtures.KoA.Replace("시작하기 전에", "<!-- l10n-disable-next-line untranslated-sentence -->\n시작하기 전에", StringComparison.Ordinal)
            + "\n\n<!-- l10n-disable link-mismatch -->\n\n<!-- l10n-enable link-mismatch -->\n");
        var result = CliRunner.Run(tree.Root, "check", "ko", "--format", "json", "--fail-on", "warning", "--rule", "untranslated-sentence,unused-suppression,extra-block,missing-block,untranslated-block");
        var findings = Findings(result).Where(f => f.GetProperty("file").GetString() == "i18n/ko/a.md").ToList();
        var unused = Assert.Single(findings);
        Assert.Equal("unused-suppression", unused.GetProperty("rule").GetString());
        Assert.Equal("info", unused.GetProperty("severity").GetString());
        Assert.Equal(10, unused.GetProperty("line").GetInt32());

        tree.Write("i18n/ko/a.md", "<!-- l10n-disable -->\n" + Fixtures.KoA + "\n");
        var all = CliRunner.Run(tree.Root, "check", "ko", "i18n/ko/a.md", "--format", "json", "--fail-on", "info");
        Assert.True(all.ExitCode == 0, all.ToString());
    }
}
