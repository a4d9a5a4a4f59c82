using Localization.Core.Tests.TestSupport;

namespace Localization.Core.Tests.Rules;

public sealed class HiddenCharacterReferenceTests
{
    private const string English = "<root>\n  <data name=\"A\"><value>Pay {0} now</value></data>\n</root>\n";

    [Fact]
    public void A_bidi_override_written_as_a_character_reference_in_a_resx_value_is_reported_where_it_is_written()
    {
        var translation = "<root>\n  <!-- &#x202E; in a comment is text, not a character -->\n  <data name=\"A\"><value>지금 &#x202E;{0}&#8236; 지불</value></data>\n</root>\n";

        var result = Checker.Check(English, translation, source: "en.resx", target: "ko.resx");

        var hidden = result.Findings.Where(f => f.Rule == "hidden-characters").ToList();
        Assert.Equal(2, hidden.Count);
        Assert.All(hidden, f => Assert.Equal(3, f.Line));
        Assert.Equal([28, 39], hidden.Select(f => f.Column));
        Assert.Contains("\\u202e", hidden[0].Message, StringComparison.Ordinal);
        Assert.Contains("\\u202c", hidden[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_character_reference_the_english_has_too_is_not_reported()
    {
        var english = "<root>\n  <data name=\"A\"><value>&#x200B;Pay {0} now</value></data>\n</root>\n";
        var translation = "<root>\n  <data name=\"A\"><value>&#x200B;지금 {0} 지불</value></data>\n</root>\n";

        var result = Checker.Check(english, translation, source: "en.resx", target: "ko.resx");

        Assert.DoesNotContain(result.Findings, f => f.Rule == "hidden-characters");
    }
}
