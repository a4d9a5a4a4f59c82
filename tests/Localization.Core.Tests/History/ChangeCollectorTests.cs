using System.Diagnostics;
using System.Text;
using Localization.Core.Checking;
using Localization.Core.History;

namespace Localization.Core.Tests.History;

/// <summary><c>l10n diff</c>'s comparison of an English page with an old version of it, the history held in memory.</summary>
public sealed class ChangeCollectorTests
{
    [Fact]
    public void An_old_string_table_is_read_as_a_string_table_so_one_changed_value_is_one_change()
    {
        const string Old = "GREETING=Welcome to the app\nFAREWELL=See you soon\nHELP=Open the help page\n";
        var current = Old.Replace("See you soon", "See you later", StringComparison.Ordinal);
        const string Korean = "GREETING=앱에 오신 것을 환영합니다\nFAREWELL=곧 만나요\nHELP=도움말 페이지를 여세요\n";

        var page = Assert.Single(Collect(Old, current, Korean, "includes/strings.en.env", "includes/strings.ko.env").Pages);
        var change = Assert.Single(page.Changes);
        Assert.Equal(ChangeKind.Changed, change.Kind);
        Assert.Equal("See you later", change.NewText);
    }

    [Fact]
    public void An_old_version_the_reader_refuses_is_a_note_and_the_run_goes_on()
    {
        var deep = string.Concat(Enumerable.Repeat("> ", 200)) + "deep\n";
        var collector = Collect(deep, "Hello there, friend.\n", "안녕하세요, 친구.\n");
        Assert.Empty(collector.Pages);
        var note = Assert.Single(collector.Notes);
        Assert.StartsWith("docs/page.md at rev: Markdown could not be parsed: ", note, StringComparison.Ordinal);
    }

    [Fact]
    public void An_old_version_too_large_to_read_is_a_note_and_the_run_goes_on()
    {
        var collector = new ChangeCollector(new TooLargeHistory(), "rev", CheckOptions.Default.Reader);
        new CheckEngine(CheckOptions.Default with { PageSink = collector, CheckCrossPageLinks = false })
            .CheckTexts(new PairRequest("ko", "docs/page.md", "i18n/ko/page.md", "/nonexistent/docs/page.md", "/nonexistent/i18n/ko/page.md"), "Hello.\n", "안녕.\n");
        Assert.Empty(collector.Pages);
        Assert.Equal("docs/page.md at rev: not read: larger than 10 bytes, the largest file read", Assert.Single(collector.Notes));
    }

    [Fact]
    public void A_long_page_rewritten_throughout_is_compared_in_linear_time()
    {
        // 20,000 paragraphs changed on both sides took minutes and 1.8 GB (a table and a search of every pair).
        const int Count = 20_000;
        var old = Paragraphs(Count, "Old paragraph {0} says hello.");
        var current = Paragraphs(Count, "New paragraph {0} greets you.");
        var watch = Stopwatch.StartNew();
        var page = Assert.Single(Collect(old, current, current).Pages);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"{watch.Elapsed}");
        Assert.Equal(Count, page.Changes.Count);
        Assert.All(page.Changes, c => Assert.Equal(ChangeKind.Changed, c.Kind));
        Assert.Equal("New paragraph 7 greets you.", page.Changes[7].NewText);
    }

    [Fact]
    public void An_edit_in_the_middle_of_a_long_page_is_the_only_change()
    {
        var old = Paragraphs(30_000, "Paragraph {0} stays as it is.");
        var current = old.Replace("Paragraph 15000 stays", "Paragraph 15000 changed, it no longer stays", StringComparison.Ordinal);
        var page = Assert.Single(Collect(old, current, current).Pages);
        var change = Assert.Single(page.Changes);
        Assert.Equal(ChangeKind.Changed, change.Kind);
        Assert.Equal(30_001, change.NewLine);
    }

    private static string Paragraphs(int count, string format)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            sb.Append(string.Format(System.Globalization.CultureInfo.InvariantCulture, format, i)).Append("\n\n");
        }

        return sb.ToString();
    }

    private static ChangeCollector Collect(string old, string english, string translation, string source = "docs/page.md", string target = "i18n/ko/page.md")
    {
        var collector = new ChangeCollector(new History(old), "rev", CheckOptions.Default.Reader);
        new CheckEngine(CheckOptions.Default with { PageSink = collector, CheckCrossPageLinks = false })
            .CheckTexts(new PairRequest("ko", source, target, "/nonexistent/" + source, "/nonexistent/" + target), english, translation);
        return collector;
    }

    /// <summary>One old version of every file.</summary>
    private sealed class History(string old) : ISourceHistory
    {
        public string? Show(string revision, string fullPath) => old;

        public string? LastCommitTouching(string fullPath) => "rev";
    }

    private sealed class TooLargeHistory : ISourceHistory
    {
        public string? Show(string revision, string fullPath) => throw new HistoryFileTooLargeException(10);

        public string? LastCommitTouching(string fullPath) => "rev";
    }
}
