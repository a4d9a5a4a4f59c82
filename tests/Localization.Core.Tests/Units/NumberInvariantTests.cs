using System.Text.RegularExpressions;
using Localization.Core.Tests.TestSupport;
using Localization.Core.Units;

namespace Localization.Core.Tests.Units;

/// <summary>
/// A unit's numbers are read by a scan, not by the regex <c>\d+(?:[.,]\d+)*</c> they were matched with before: this
/// holds the scan to that regex on random text of digits (ASCII, Arabic-Indic, fullwidth), separators and letters.
/// </summary>
public sealed partial class NumberInvariantTests
{
    [GeneratedRegex(@"\d+(?:[.,]\d+)*", RegexOptions.CultureInvariant)]
    private static partial Regex NumberPattern();

    private static List<(string Value, int Start, int Length)> Expected(string text) =>
        [.. NumberPattern().Matches(text).Select(m => (m.Value.Replace(",", "", StringComparison.Ordinal), m.Index, m.Length))];

    private static List<(string Value, int Start, int Length)> Read(string text) =>
        [.. InlineReader.ReadPlain(text, 0, exact: true).Invariants.Where(i => i.Kind == InvariantKind.Number).Select(i => (i.Value, i.Start, i.Length))];

    [Theory]
    [InlineData("version 1.2.3, released 2024")]
    [InlineData("1,234.56 and 05 and 0 and 99 and 100")]
    [InlineData("1. 2, 3,,4 5.,6 7..8 ,9 .10")]
    [InlineData("a1b22c333")]
    [InlineData("٣٤٥ and １２,３ and ۱۲۳")]
    [InlineData("no digits at all")]
    public void Numbers_are_the_regex_matches_without_commas(string text) => Assert.Equal(Expected(text), Read(text));

    [Fact]
    public void Random_text_gives_the_regex_matches()
    {
        const string alphabet = "0123456789..,,ab \u0663\u0664\uFF11\uFF12\u06F1\u0966x";
        var random = new Random(20261202);
        for (var n = 0; n < 20_000; n++)
        {
            var s = RandomText.Of(random, alphabet, 1, 30);
            Assert.Equal(Expected(s), Read(s));
        }
    }

    [Fact]
    public void Small_numbers_keep_their_leading_zero()
    {
        Assert.Equal("05", InlineReader.NumberValue("05"));
        Assert.Equal("0", InlineReader.NumberValue("0"));
        Assert.Equal("42", InlineReader.NumberValue("42"));
        Assert.Equal("1234", InlineReader.NumberValue("1,234"));
        Assert.Equal("١٢", InlineReader.NumberValue("١٢"));
    }
}
