using Localization.Core.Export;

namespace Localization.Core.Tests.Export;

/// <summary>Markup becomes protected codes that keep the original; text stays text.</summary>
public sealed class InlineSegmenterTests
{
    [Fact]
    public void Every_state_of_the_test_page_is_found_with_its_context()
    {
        var page = ExportSupport.Export(ExportPages.English, ExportPages.Korean);
        var states = page.Items.ToDictionary(i => i.Source.PlainText, i => i.State);
        Assert.Equal(WorkItemState.Partial, states["Notes apps keep everything you write. Run  before you lend your phone to anyone."]);
        Assert.Equal(WorkItemState.Mismatched, states["Pick an app that encrypts notes on the device and read its privacy policy first."]);
        Assert.Equal(WorkItemState.Untranslated, states["Cloud backups are often stored without end-to-end encryption."]);
        Assert.Equal(WorkItemState.Missing, states["The last paragraph was added after the translation was made."]);
        Assert.Equal(4, page.Items.Count);

        var backup = page.Items.Single(i => i.State == WorkItemState.Untranslated);
        Assert.Equal(["Keeping notes safe", "Choosing an app"], backup.Context.Headings);
        Assert.Equal("admonition(warning) > list > item 1", backup.Context.Container);
        Assert.Equal(15, backup.Context.SourceLine);
        Assert.Equal(15, backup.Context.TargetLine);
        Assert.StartsWith("docs/page.md#admonition.warning/list/item1/", backup.Id, StringComparison.Ordinal);
        Assert.Contains(backup.Findings, f => f.Rule == "untranslated-block");
        Assert.True(backup.Translation.IsEmpty);

        var mismatched = page.Items.Single(i => i.State == WorkItemState.Mismatched);
        Assert.Contains(mismatched.Findings, f => f.Rule == "link-mismatch");
        Assert.Equal("기기에서 메모를 암호화하는[^1] 앱을 고르고 먼저 [개인정보 처리방침](https://example.org/other)을 읽으세요.", mismatched.Translation.Markdown);
    }

    [Fact]
    public void Markup_is_numbered_codes_with_the_original_markdown()
    {
        var page = ExportSupport.Export(ExportPages.English, ExportPages.Korean);
        var partial = page.Items.Single(i => i.State == WorkItemState.Partial);
        Assert.Equal("Notes apps keep **everything** you write. Run `notes --lock` before you lend your phone to anyone.", partial.Source.Markdown);
        Assert.Equal("Notes apps keep {1}everything{2} you write. Run {3} before you lend your phone to anyone.", partial.Source.WithPlaceholders);
        Assert.Equal(["**", "**", "`notes --lock`"], partial.Source.Codes.Select(c => c.Original));
        Assert.Equal([InlineCodeKind.Emphasis, InlineCodeKind.Emphasis, InlineCodeKind.Code], partial.Source.Codes.Select(c => c.Kind));

        // The translation reuses the English numbers for the same markup.
        Assert.Equal("메모 앱은 작성한 {1}모든 것{2}을 보관합니다. Run {3} before you lend your phone to anyone.", partial.Translation.WithPlaceholders);

        var link = page.Items.Single(i => i.State == WorkItemState.Mismatched);
        Assert.Equal("Pick an app that encrypts notes on the device{1} and read its {2}privacy policy{3} first.", link.Source.WithPlaceholders);
        Assert.Equal(["[^1]", "[", "](https://example.org/privacy)"], link.Source.Codes.Select(c => c.Original));
        Assert.Equal([InlineCodeKind.Footnote, InlineCodeKind.Link, InlineCodeKind.Link], link.Source.Codes.Select(c => c.Kind));

        // The changed link target is a code of its own, numbered after the English ones.
        Assert.Equal("기기에서 메모를 암호화하는{1} 앱을 고르고 먼저 {2}개인정보 처리방침{4}을 읽으세요.", link.Translation.WithPlaceholders);
    }

    [Fact]
    public void Text_that_looks_like_a_placeholder_and_unwritable_characters_become_codes()
    {
        var page = ExportSupport.Export("Press {1} to start, then \u0007 wait.\n", "{1}을 누르세요. Then \u0007 wait.\n");
        var item = Assert.Single(page.Items);
        Assert.Equal("Press {1} to start, then {2} wait.", item.Source.WithPlaceholders);
        Assert.Equal(InlineCodeKind.Char, item.Source.Codes.Last().Kind);
        Assert.Equal("U+0007", item.Source.Codes.Last().Shown);
        Assert.Equal("Press {1} to start, then \u0007 wait.", item.Source.Markdown);

        var back = InlineText.FromPlaceholders(item.Source.WithPlaceholders, item.Source.Codes);
        Assert.Equal(item.Source.Markdown, back.Markdown);
    }

    [Fact]
    public void String_table_entries_are_work_items_too()
    {
        var page = ExportSupport.Export(
            "WELCOME=Welcome to <b>Notes</b>\nLOCK=Lock all notes now\n",
            "WELCOME=<b>Notes</b>에 오신 것을 환영합니다\nLOCK=Lock all notes now\n",
            source: "includes/strings.en.env",
            target: "includes/strings.ko.env");
        var item = Assert.Single(page.Items);
        Assert.Equal(WorkItemState.Untranslated, item.State);
        Assert.Equal("LOCK", item.Context.Key);
        Assert.StartsWith("includes/strings.en.env#string.LOCK/", item.Id, StringComparison.Ordinal);
    }
}
