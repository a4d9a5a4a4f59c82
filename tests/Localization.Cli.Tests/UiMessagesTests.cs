using Localization.Cli.Commands;
using Localization.Cli.Tests.Support;
using Localization.Core.UiText;

namespace Localization.Cli.Tests;

/// <summary>l10n's own messages in Korean: <c>--ui-lang ko</c> or the user's locale, and the project's own Korean table.</summary>
[Collection(CliCollection.Name)]
public sealed class UiMessagesTests
{
    private static TempTree Pair()
    {
        var tree = new TempTree();
        tree.Write("en.env", "TITLE=\"Was this page helpful?\"\nTHANKS=\"Thanks for your feedback, it helps us improve.\"\nCOUNT=\"{0} pages\"\n");
        tree.Write("ko.env", "TITLE=\"이 페이지가 도움이 되었나요?\"\nTHANKS=\"Thanks for your feedback, it helps us improve.\"\nCOUNT=\"{1}쪽\"\n");
        return tree;
    }

    [Fact]
    public void Ui_lang_ko_prints_the_findings_and_the_summary_in_korean_and_keeps_the_finding_line_format()
    {
        using var tree = Pair();
        var result = CliRunner.Run(tree.Root, "--ui-lang", "ko", "check", "--source", "en.env", "--target", "ko.env");
        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("ko.env:2:9: warning untranslated-block: 영어로 남은 문자열: en.env:2의 영어 그대로입니다", result.OutLines);
        Assert.Contains("ko.env:3:8: error placeholder-mismatch: 'COUNT'의 자리 표시자: 영어 원문의 {0}이(가) 빠졌고, {1}은(는) 영어 원문에 없습니다", result.OutLines);
        Assert.Contains("ko: 파일 1개 검사, 단위 3개: 번역됨 2개(66.7%), 일부 번역 0개, 미번역 1개, 누락 0개, 추가 0개; 오류 1개, 경고 1개, 정보 0개", result.OutLines);

        var english = CliRunner.Run(tree.Root, "check", "--source", "en.env", "--target", "ko.env", "--ui-lang", "en");
        Assert.Contains("ko: 1 files checked, 3 units: 2 translated (66.7%), 0 partial, 1 untranslated, 0 missing, 0 extra; 1 errors, 1 warnings, 0 infos", english.OutLines);
    }

    [Fact]
    public async Task The_users_locale_selects_korean_for_help_usage_errors_and_reports()
    {
        using var tree = Pair();
        var korean = new Dictionary<string, string?> { ["LANG"] = "ko_KR.UTF-8", ["LC_ALL"] = null, ["LC_MESSAGES"] = null };
        var report = await ProcessRunner.RunAsync(tree.Root, ["check", "--source", "en.env", "--target", "ko.env"], environment: korean);
        Assert.Contains("ko: 파일 1개 검사", report.StdOut, StringComparison.Ordinal);

        var help = await ProcessRunner.RunAsync(tree.Root, ["check", "--help"], environment: korean);
        Assert.Contains("번역된 모든 페이지를 영어 원문과 정렬하고, 잘못된 곳을 보고합니다.", help.StdOut, StringComparison.Ordinal);
        Assert.Contains("--fail-on", help.StdOut, StringComparison.Ordinal);

        var usage = await ProcessRunner.RunAsync(tree.Root, ["check", "ko"], environment: korean);
        Assert.True(usage.ExitCode == 2, usage.ToString());
        Assert.Contains("l10n: error: 현재 디렉터리와 그 상위 디렉터리 어디에도 crowdin.yml(또는 l10n.yml)이 없습니다(--config FILE을 쓰세요. 파일 한 쌍만 검사하려면 --source와 --target을 쓰세요)", usage.StdErr, StringComparison.Ordinal);

        var english = await ProcessRunner.RunAsync(tree.Root, ["--ui-lang", "en", "check", "--help"], environment: korean);
        Assert.Contains("Align every translated page with its English source", english.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public void The_projects_own_korean_messages_pass_l10n_check_ko()
    {
        var result = CliRunner.Run(RepoPaths.Root, "check", "ko", "src/Localization.Core/UiText/Resources", "--fail-on", "warning");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("ko: 1 files checked", result.StdOut, StringComparison.Ordinal);
    }

    /// <summary>
    /// Lists the help texts of the command tree that have no entry in Messages.resx (they print in English): a
    /// new option is added in code first; its Korean follows. The list is written to the test output.
    /// </summary>
    [Fact]
    public void Help_texts_without_korean_are_listed()
    {
        var korean = MessageCatalog.For("ko");
        var missing = new List<string>();
        void Visit(System.CommandLine.Command command, string path)
        {
            foreach (var text in new[] { command.Description }.Concat(command.Options.Select(o => o.Description)).Concat(command.Arguments.Select(a => a.Description)))
            {
                if (text is { Length: > 0 } && korean.Localize(text) == text)
                {
                    missing.Add($"{path}: {text}");
                }
            }

            foreach (var sub in command.Subcommands)
            {
                Visit(sub, path + " " + sub.Name);
            }
        }

        Visit(RootCommandFactory.Create(), "l10n");
        TestContext.Current.TestOutputHelper?.WriteLine(missing.Count == 0 ? "every help text has Korean" : "help texts without Korean:\n" + string.Join("\n", missing));
        Assert.DoesNotContain(missing, m => m.Contains("Align every translated page", StringComparison.Ordinal));
    }
}
