using Localization.Core.Text;

namespace Localization.Core.Tests.Text;

public sealed class ScriptClassifierTests
{
    [Theory]
    [InlineData('a', Script.Latin)]
    [InlineData('Z', Script.Latin)]
    [InlineData('é', Script.Latin)]
    [InlineData('ß', Script.Latin)]
    [InlineData('ł', Script.Latin)]
    [InlineData('ẞ', Script.Latin)]
    [InlineData('ệ', Script.Latin)]
    [InlineData('Ａ', Script.Latin)]
    [InlineData('ｚ', Script.Latin)]
    [InlineData('α', Script.Greek)]
    [InlineData('ж', Script.Cyrillic)]
    [InlineData('ա', Script.Armenian)]
    [InlineData('ა', Script.Georgian)]
    [InlineData('ש', Script.Hebrew)]
    [InlineData('ع', Script.Arabic)]
    [InlineData('ی', Script.Arabic)]
    [InlineData('ह', Script.Devanagari)]
    [InlineData('ক', Script.Bengali)]
    [InlineData('த', Script.Tamil)]
    [InlineData('ก', Script.Thai)]
    [InlineData('ሀ', Script.Ethiopic)]
    [InlineData('ក', Script.Khmer)]
    [InlineData('한', Script.Hangul)]
    [InlineData('ㄱ', Script.Hangul)]
    [InlineData('ᄀ', Script.Hangul)]
    [InlineData('あ', Script.Kana)]
    [InlineData('ア', Script.Kana)]
    [InlineData('ー', Script.Kana)]
    [InlineData('ｱ', Script.Kana)]
    [InlineData('中', Script.Han)]
    [InlineData('々', Script.Han)]
    [InlineData('丽', Script.Han)]
    public void Letters_are_classified_by_their_Unicode_block(char c, Script expected)
    {
        Assert.Equal(expected, ScriptClassifier.Of(c));
    }

    [Theory]
    [InlineData('1')]
    [InlineData('٣')]
    [InlineData(' ')]
    [InlineData('.')]
    [InlineData('。')]
    [InlineData('「')]
    [InlineData('-')]
    [InlineData('\uFFFC')]
    [InlineData('\u0301')]
    [InlineData('€')]
    public void Digits_punctuation_marks_and_atoms_have_no_script(char c)
    {
        Assert.Equal(Script.None, ScriptClassifier.Of(c));
    }

    [Fact]
    public void Count_tallies_letters_per_script()
    {
        Span<int> counts = stackalloc int[ScriptClassifier.ScriptCount];

        ScriptClassifier.Count("Signal은 앱입니다. 日本語とカナ 123", counts);

        Assert.Equal(6, counts[(int)Script.Latin]);
        Assert.Equal(5, counts[(int)Script.Hangul]);
        Assert.Equal(3, counts[(int)Script.Han]);
        Assert.Equal(3, counts[(int)Script.Kana]);
        Assert.Equal(0, counts[(int)Script.Cyrillic]);
    }

    [Fact]
    public void Count_tallies_what_a_lookup_of_each_character_tallies()
    {
        // The count's table and its four tallies taken in turn: every ASCII character at every place of a text of 16 or
        // 17, and random texts mostly of ASCII with other characters between (every length of a tail), against the
        // script of each character alone.
        var random = new Random(1506);
        var texts = Enumerable.Range(0, 128).Select(c => new string('a', c % 9) + (char)c + new string('Z', 16 - (c % 9)));
        const string alphabet = "aZz09 .@[`{/:\t\né한Дд漢٣½";
        texts = texts.Concat(Enumerable.Range(0, 50_000).Select(_ => new string(Enumerable.Range(0, random.Next(0, 70))
            .Select(_ => random.Next(8) switch
            {
                0 => (char)random.Next(char.MaxValue + 1),
                1 => alphabet[random.Next(alphabet.Length)],
                _ => (char)random.Next(128),
            }).ToArray())));
        Span<int> counts = stackalloc int[ScriptClassifier.ScriptCount];
        Span<int> expected = stackalloc int[ScriptClassifier.ScriptCount];
        foreach (var text in texts)
        {
            counts.Clear();
            expected.Clear();
            foreach (var c in text)
            {
                expected[(int)ScriptClassifier.Of(c)]++;
            }

            ScriptClassifier.Count(text, counts);
            Assert.True(expected.SequenceEqual(counts), text);
            counts.Clear();
            Assert.Equal(text.Count(char.IsLetterOrDigit), ScriptClassifier.CountLettersAndDigits(text, counts));
            Assert.True(expected.SequenceEqual(counts), text);
        }
    }

    [Fact]
    public void Every_script_fits_in_the_count_table()
    {
        Assert.All(Enum.GetValues<Script>(), s => Assert.InRange((int)s, 0, ScriptClassifier.ScriptCount - 1));
    }
}

public sealed class NormalizationSelfTestTests
{
    [Fact]
    public void Normalisation_works_in_the_test_process()
    {
        Assert.Null(Localization.Core.Text.NormalizationSelfTest.Problem());
    }

    [Theory]
    [InlineData("ko", true)]
    [InlineData("pt-BR", true)]
    [InlineData("zh_Hant", true)]
    [InlineData("CON", false)]
    [InlineData("nul", false)]
    [InlineData("a:b", false)]
    [InlineData("-x", false)]
    [InlineData("../ko", false)]
    [InlineData("", false)]
    public void Language_codes_are_safe_path_segments(string code, bool valid)
    {
        Assert.Equal(valid, Localization.Core.Crowdin.LanguageCatalog.IsValidCode(code));
    }

    [Theory]
    [InlineData("https://brave.com/privacy-features", "https://brave.com/privacy-features/")]
    [InlineData("https://example.org/a?x=1", "https://example.org/a/?x=1")]
    public void A_trailing_slash_is_the_same_link(string english, string translated)
    {
        Assert.Equal(Localization.Core.Rules.Links.LinkMismatchRule.NormalizeUrl(english), Localization.Core.Rules.Links.LinkMismatchRule.NormalizeUrl(translated));
    }

    [Fact]
    public void Letters_and_digits_are_counted_with_the_scripts_as_char_IsLetterOrDigit_counts_them()
    {
        // Every character alone, then random texts of characters of every kind: the script counts are the plain
        // count's, and the letters and digits are what the drift rules counted with char.IsLetterOrDigit.
        Span<int> plain = stackalloc int[ScriptClassifier.ScriptCount];
        Span<int> counted = stackalloc int[ScriptClassifier.ScriptCount];
        var texts = Enumerable.Range(0, char.MaxValue + 1).Select(c => ((char)c).ToString());
        var random = new Random(1505);
        const string alphabet = "aZ9٣१ \t.,한글Дд漢\u0301Ⅻ½²é_";
        texts = texts.Concat(Enumerable.Range(0, 20_000).Select(_ => new string(Enumerable.Range(0, random.Next(0, 60))
            .Select(_ => random.Next(6) == 0 ? (char)random.Next(char.MaxValue + 1) : alphabet[random.Next(alphabet.Length)]).ToArray())));
        foreach (var text in texts)
        {
            plain.Clear();
            counted.Clear();
            ScriptClassifier.Count(text, plain);
            var letters = ScriptClassifier.CountLettersAndDigits(text, counted);
            Assert.True(plain.SequenceEqual(counted), text);
            Assert.Equal(text.Count(char.IsLetterOrDigit), letters);
        }
    }
}
