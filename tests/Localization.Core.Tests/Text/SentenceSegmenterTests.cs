using Localization.Core.Text;
using Localization.Core.Units;

namespace Localization.Core.Tests.Text;

public sealed class SentenceSegmenterTests
{
    private static ProseText Prose(string text)
    {
        var builder = new ProseBuilder();
        builder.AppendExact(text, 0);
        return builder.Build();
    }

    private static string[] Split(string text) => Split(Prose(text));

    private static string[] Split(ProseText prose) =>
        [.. SentenceSegmenter.Split(prose).Select(r => prose.Text[r.Start..r.End].Replace(ProseText.Atom, '·'))];

    [Theory]
    [InlineData("One sentence. Another one.", new[] { "One sentence.", "Another one." })]
    [InlineData("Really? Yes! Fine.", new[] { "Really?", "Yes!", "Fine." })]
    [InlineData("Wait… Then go.", new[] { "Wait…", "Then go." })]
    [InlineData("He said \"stop.\" Then he left.", new[] { "He said \"stop.\"", "Then he left." })]
    [InlineData("Keys rotate (often.) Servers forget.", new[] { "Keys rotate (often.)", "Servers forget." })]
    [InlineData("No full stop at the end", new[] { "No full stop at the end" })]
    [InlineData("  Leading and trailing spaces.  ", new[] { "Leading and trailing spaces." })]
    public void Latin_sentences_end_at_a_full_stop_followed_by_a_space_and_a_capital(string text, string[] expected)
    {
        Assert.Equal(expected, Split(text));
    }

    [Theory]
    [InlineData("Use a messenger, e.g. Signal. Then stop.", new[] { "Use a messenger, e.g. Signal.", "Then stop." })]
    [InlineData("Use one app, i.e. The one we recommend. Done.", new[] { "Use one app, i.e. The one we recommend.", "Done." })]
    [InlineData("Browsers, extensions etc. are covered later.", new[] { "Browsers, extensions etc. are covered later." })]
    [InlineData("Ask Dr. Smith first. Then decide.", new[] { "Ask Dr. Smith first.", "Then decide." })]
    [InlineData("Written by J. Smith in 2016. Read it.", new[] { "Written by J. Smith in 2016.", "Read it." })]
    [InlineData("Compare Signal vs. Matrix here. Done.", new[] { "Compare Signal vs. Matrix here.", "Done." })]
    public void Abbreviations_and_initials_do_not_end_a_sentence(string text, string[] expected)
    {
        Assert.Equal(expected, Split(text));
    }

    /// <summary>'etc.' closes a list, and often the sentence: before a capital it ends it (French "etc. C'est…" too).</summary>
    [Theory]
    [InlineData("Blogs, podcasts, etc. Using one saves time.", new[] { "Blogs, podcasts, etc.", "Using one saves time." })]
    [InlineData("des blogs, podcasts, etc. C'est une façon simple.", new[] { "des blogs, podcasts, etc.", "C'est une façon simple." })]
    [InlineData("Bücher, Filme usw. Das reicht.", new[] { "Bücher, Filme usw.", "Das reicht." })]
    [InlineData("Blogs, podcasts, etc. (all of them) count.", new[] { "Blogs, podcasts, etc. (all of them) count." })]
    public void A_list_closing_abbreviation_before_a_capital_ends_the_sentence(string text, string[] expected)
    {
        Assert.Equal(expected, Split(text));
    }

    [Theory]
    [InlineData("Version 2.5 is out. Update now.", new[] { "Version 2.5 is out.", "Update now." })]
    [InlineData("It costs 3. 5 people agreed.", new[] { "It costs 3. 5 people agreed." })]
    [InlineData("See version 1.0. then update.", new[] { "See version 1.0. then update." })]
    [InlineData("Visit example.org. It works.", new[] { "Visit example.org.", "It works." })]
    [InlineData("Do this; then that.", new[] { "Do this; then that." })]
    public void Decimal_numbers_domains_lower_case_continuations_and_semicolons_do_not_split(string text, string[] expected)
    {
        Assert.Equal(expected, Split(text));
    }

    [Theory]
    [InlineData("첫 번째 문장입니다. 두 번째 문장입니다.", new[] { "첫 번째 문장입니다.", "두 번째 문장입니다." })]
    [InlineData("Signal은 앱입니다. The app is free. 끝.", new[] { "Signal은 앱입니다.", "The app is free.", "끝." })]
    [InlineData("最初の文です。次の文です。", new[] { "最初の文です。", "次の文です。" })]
    [InlineData("データを保管しましょう。Test your backups. 終わり。", new[] { "データを保管しましょう。", "Test your backups.", "終わり。" })]
    [InlineData("「引用です。」次の文。", new[] { "「引用です。」", "次の文。" })]
    [InlineData("这是第一句。这是第二句！第三句？", new[] { "这是第一句。", "这是第二句！", "第三句？" })]
    [InlineData("هل هذا صحيح؟ نعم هذا صحيح.", new[] { "هل هذا صحيح؟", "نعم هذا صحيح." })]
    [InlineData("یہ پہلا جملہ ہے۔ یہ دوسرا ہے۔", new[] { "یہ پہلا جملہ ہے۔", "یہ دوسرا ہے۔" })]
    [InlineData("यह पहला वाक्य है। यह दूसरा है।", new[] { "यह पहला वाक्य है।", "यह दूसरा है।" })]
    public void Other_scripts_use_their_own_sentence_marks(string text, string[] expected)
    {
        Assert.Equal(expected, Split(text));
    }

    [Fact]
    public void A_footnote_reference_after_the_full_stop_stays_with_its_sentence()
    {
        var page = PageReader.Read("page.md", "Signal supports forward secrecy.[^1] Its servers keep little metadata.[^2]\n\n[^1]: A.\n[^2]: B.\n");

        Assert.Equal(["Signal supports forward secrecy.·", "Its servers keep little metadata.·"], Split(page.Units[0].Prose));
    }

    [Fact]
    public void A_footnote_reference_after_a_CJK_full_stop_stays_with_its_sentence()
    {
        var page = PageReader.Read("page.md", "順方向秘匿性に対応しています。[^1]サーバーは記録を残しません。\n\n[^1]: A.\n");

        Assert.Equal(["順方向秘匿性に対応しています。·", "サーバーは記録を残しません。"], Split(page.Units[0].Prose));
    }

    [Fact]
    public void Image_alt_text_is_a_sentence_of_its_own()
    {
        var page = PageReader.Read("page.md", "See ![Settings screen](settings.png) for the switch.\n");
        var prose = page.Units[0].Prose;

        Assert.Equal(["See", "Settings screen", "for the switch."], Split(prose));
        Assert.True(prose.IsInAltText(prose.Text.IndexOf("Settings", StringComparison.Ordinal)));
        Assert.False(prose.IsInAltText(0));
    }

    [Fact]
    public void Ranges_are_ordered_trimmed_and_inside_the_text()
    {
        const string text = " Un.  Deux?   Trois !  Quatre… 五。六。 ";
        var prose = Prose(text);
        var ranges = SentenceSegmenter.Split(prose);

        var end = 0;
        foreach (var r in ranges)
        {
            Assert.True(r.Start >= end && r.End > r.Start && r.End <= text.Length);
            Assert.False(char.IsWhiteSpace(text[r.Start]));
            Assert.False(char.IsWhiteSpace(text[r.End - 1]));
            end = r.End;
        }
    }

    [Fact]
    public void Empty_and_blank_prose_have_no_sentences()
    {
        Assert.Empty(SentenceSegmenter.Split(ProseText.Empty));
        Assert.Empty(Split("   "));
    }
}
