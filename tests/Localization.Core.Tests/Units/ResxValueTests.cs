using Localization.Core.Tests.TestSupport;

namespace Localization.Core.Tests.Units;

public sealed class ResxValueTests
{
    private const string English = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<root>\n  <data name=\"A\" xml:space=\"preserve\">\n    <value>Was this page helpful?</value>\n  </data>\n  <data name=\"B\" xml:space=\"preserve\">\n    <value>Hello &lt;b&gt;there&lt;/b&gt;</value>\n  </data>\n</root>\n";

    [Fact]
    public void A_value_holding_an_element_is_refused_at_its_line_by_key_and_the_other_entries_are_checked()
    {
        var translation = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<root>\n  <data name=\"A\" xml:space=\"preserve\">\n    <value>Was this page helpful?</value>\n  </data>\n  <data name=\"B\" xml:space=\"preserve\">\n    <value>안녕\n <b>there</b></value>\n  </data>\n</root>\n";

        var result = Checker.Check(English, translation, source: "en.resx", target: "ko.resx");

        var invalid = Assert.Single(result.Findings, f => f.Rule == "invalid-file");
        Assert.Equal(8, invalid.Line);
        Assert.Contains("value of 'B' holds an element <b>", invalid.Message, StringComparison.Ordinal);
        Assert.Equal(3, Assert.Single(result.Findings, f => f.Rule == "untranslated-block").Line); // A (its <data> element) was read and checked
        Assert.DoesNotContain(result.Findings, f => f.Rule == "missing-key"); // B is there, unreadable: not also missing
    }

    [Fact]
    public void A_comment_inside_a_value_is_not_part_of_its_text()
    {
        var translation = "<root>\n  <data name=\"A\"><value>이 페이지가 <!-- note -->도움이 되었나요?</value></data>\n  <data name=\"B\"><value>안녕 &lt;b&gt;저기&lt;/b&gt;</value></data>\n</root>\n";

        var result = Checker.Check(English, translation, source: "en.resx", target: "ko.resx");

        Assert.DoesNotContain(result.Findings, f => f.Rule == "invalid-file");
        Assert.DoesNotContain(result.Findings, f => f.Rule is "missing-key" or "extra-key");
    }
}
