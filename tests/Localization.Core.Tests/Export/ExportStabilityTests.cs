using Localization.Core.Export;

namespace Localization.Core.Tests.Export;

/// <summary>Identifiers are the same from run to run, and when unrelated blocks move.</summary>
public sealed class ExportStabilityTests
{
    private const string NewParagraph = "A paragraph inserted at the top pushes every other block down.\n\n";

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Inserting_a_paragraph_at_the_top_changes_no_other_identifier(bool untranslatedCopy)
    {
        var english = ExportPages.English;
        var korean = untranslatedCopy ? ExportPages.English : ExportPages.Korean;
        var before = Ids(ExportSupport.Export(english, korean));
        Assert.Equal(before, Ids(ExportSupport.Export(english, korean)));

        var after = Ids(ExportSupport.Export(InsertAtTop(english), InsertAtTop(korean)));
        var added = Assert.Single(after.Except(before));
        Assert.StartsWith("docs/page.md#page/p-", added, StringComparison.Ordinal);
        Assert.Equal(before, after.Where(id => id != added).ToList());
        Assert.True(before.Count >= (untranslatedCopy ? 10 : 4), string.Join("\n", before));
    }

    [Fact]
    public void The_identifier_is_the_same_in_every_language()
    {
        var ko = Ids(ExportSupport.Export(ExportPages.English, ExportPages.English));
        var fr = Ids(ExportSupport.Export(ExportPages.English, ExportPages.English, language: "fr", target: "i18n/fr/page.md"));
        Assert.Equal(ko, fr);
    }

    private static List<string> Ids(ExportPage page) => [.. page.Items.Select(i => i.Id)];

    /// <summary>After the front matter, before the first heading: the top of the page's content.</summary>
    private static string InsertAtTop(string page)
    {
        var end = page.IndexOf("---\n", 4, StringComparison.Ordinal) + 4;
        return page[..end] + "\n" + NewParagraph + page[end..].TrimStart('\n');
    }
}
