using Localization.Core.StringTables;
using Localization.Core.UiText;

namespace Localization.Core.Tests.UiText;

public sealed class MessageCatalogTests
{
    /// <summary>Keys of Messages.resx that have no Korean yet (they print in English). Keep it empty.</summary>
    private static readonly string[] KeysWithoutKorean = [];

    private static MessageCatalog Korean => MessageCatalog.For("ko");

    [Fact]
    public void The_korean_table_translates_every_english_key_and_has_no_other_key()
    {
        var korean = Korean;
        Assert.NotEmpty(korean.English);
        Assert.True(korean.Untranslated.SequenceEqual(KeysWithoutKorean),
            "keys of Messages.resx without Korean in Messages.ko.resx: " + string.Join(", ", korean.Untranslated));
        Assert.Empty(korean.Translated.Keys.Except(korean.English.Keys));
    }

    [Fact]
    public void Every_korean_message_keeps_the_placeholders_of_its_english()
    {
        foreach (var (key, english) in Korean.English)
        {
            var source = FormatItems.Parse(english);
            var target = FormatItems.Parse(Korean.Translated[key]);
            Assert.True(source.IsValid, $"{key}: the English is not a valid format string: {source.Error}");
            Assert.True(target.IsValid, $"{key}: the Korean is not a valid format string: {target.Error}");
            Assert.Equal(source.Items.Select(i => i.Name).Order(StringComparer.Ordinal), target.Items.Select(i => i.Name).Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public void Summary_and_nested_finding_messages_are_written_in_korean_with_their_values()
    {
        var korean = Korean;
        Assert.Equal("ko: 파일 3개 검사, 단위 12개: 번역됨 9개(75.0%), 일부 번역 1개, 미번역 2개, 누락 0개, 추가 0개; 오류 1개, 경고 2개, 정보 0개",
            korean.Localize("ko: 3 files checked, 12 units: 9 translated (75.0%), 1 partial, 2 untranslated, 0 missing, 0 extra; 1 errors, 2 warnings, 0 infos"));
        Assert.Equal("영어로 남은 목록 항목: docs/a.md:4의 영어 그대로입니다",
            korean.Localize("list item left in English: it is the English of docs/a.md:4 unchanged"));
        Assert.Equal("영어로 남은 문장: 한글 문자로 쓴 페이지에 라틴 문자로 된 영어가 있습니다",
            korean.Localize("sentence left in English: Latin-script English in a page written in Hangul script"));
        Assert.Equal("'Greeting'의 자리 표시자: 영어 원문의 {0}이(가) 빠졌고, {1}은(는) 영어 원문에 없습니다",
            korean.Localize("placeholders of 'Greeting': {0} of the English is missing; {1} is not in the English"));
        Assert.Equal("영어 원문의 HTML 태그 '<b>'이(가) 번역에 없습니다", korean.Localize("HTML tag '<b>' of the English is missing"));
        Assert.Equal("'X'의 자리 표시자: 자리 표시자를 열지 않는 '{'가 있습니다(중괄호 자체는 '{{'로 쓰세요): 이 문자열에서는 String.Format이 FormatException을 일으킵니다",
            korean.Localize("placeholders of 'X': a '{' that opens no placeholder (write '{{' for a brace): String.Format will throw a FormatException on this string"));
    }

    [Fact]
    public void A_value_with_a_space_and_parenthesis_inside_is_not_cut_there()
    {
        // The lazy cut of "{0} ({1} lines differ)" fell inside the quoted line "(#0000)" and printed
        // "1 is 'update!: Remove foobar행(다른 줄 #0000)' in the English but …".
        Assert.Equal("코드 블록이 영어 원문과 다릅니다: 1번째 줄이 영어 원문에서는 'update!: Remove foobar (#0000)'인데 여기서는 'mise à jour : Suppression de foobar (#0000)'입니다(다른 줄 4개)",
            Korean.Localize("code block differs from the English: line 1 is 'update!: Remove foobar (#0000)' in the English but 'mise à jour : Suppression de foobar (#0000)' here (4 lines differ)"));
    }

    [Fact]
    public void Syntax_snippet_image_link_and_page_summary_messages_are_written_in_korean()
    {
        var korean = Korean;
        Assert.Equal("블록 30개 중 6개가 영어로 남아 있습니다(발견 사항 6개) — `l10n check -v`로 모두 볼 수 있습니다",
            korean.Localize("6 of 30 blocks left in English (6 findings) — `l10n check -v` lists them"));
        Assert.Equal("약어 정의이(가) 올바른 MkDocs 문법이 아닙니다(':' 대신 전각 '：'). Python-Markdown은 그 줄을 텍스트로 보여 줍니다",
            korean.Localize("abbreviation definition is not valid MkDocs syntax: a full-width '：' instead of ':', so Python-Markdown shows the line as text"));
        Assert.Equal("'x'은(는) 번역하지 않는 값인데 영어 원문과 다릅니다: 여기는 'url: https://example.org/ko/'이고 영어 원문(docs/a.md:6)은 'url: https://example.org/en/'입니다",
            korean.Localize("value of 'x' is not translated but differs from the English: 'url: https://example.org/ko/' where the English has 'url: https://example.org/en/' (docs/a.md:6)"));
        Assert.Equal("https://example.org/a 링크가 번역에서 빠졌습니다. 번역의 7번째 줄에 깨진 링크 문법이 있습니다(']'와 '(' 사이의 공백)",
            korean.Localize("link to https://example.org/a is missing; the translation has damaged link syntax (a space between ']' and '(') at line 7"));
        Assert.Equal("이미지 a.png이(가) 링크가 되었습니다: '[' 앞의 '!'가 빠졌습니다", korean.Localize("image a.png became a link: the '!' before '[' was dropped"));
        Assert.Equal("HTML 블록이 영어 원문과 다릅니다: 영어 원문의 줄 '</div>'이(가) 없습니다(2번째 줄)",
            korean.Localize("HTML block differs from the English: the English line '</div>' is missing (at line 2)"));
        Assert.Equal("snippet 포함 \"a.md\"이(가) 여기서는 올바른 '--8<--' 줄이 아니어서 파일이 포함되지 않습니다(3번째 줄의 '--8<--' 표식이 깨짐)",
            korean.Localize("snippet include \"a.md\" is not a valid '--8<--' line here (line 3 has the marker in damaged form), so the file is not included"));
    }

    [Fact]
    public void Code_block_and_diagram_messages_are_written_in_korean_down_to_the_line_they_name()
    {
        var korean = Korean;
        Assert.Equal("다이어그램이 영어 원문과 레이블만 다릅니다(번역한 레이블은 괜찮습니다): 2번째 줄이 영어 원문에서는 'A[Start]'인데 여기서는 'A[시작]'입니다(다른 줄 3개)",
            korean.Localize("diagram differs from the English only in its labels (translated labels are fine): line 2 is 'A[Start]' in the English but 'A[시작]' here (3 lines differ)"));
        Assert.Equal("코드 블록이 영어 원문과 다릅니다: 3번째 줄이 영어 원문에서는 'B --> C(…)'인데 여기서는 'B --> D(…)'입니다(다른 줄 2개)(레이블 말고도)",
            korean.Localize("code block differs from the English: line 3 is 'B --> C(…)' in the English but 'B --> D(…)' here (2 lines differ), besides its labels"));
        Assert.Equal("코드 블록 언어 'sh'은(는) 영어 원문처럼 'bash'이어야 합니다", korean.Localize("code block language 'sh' should be 'bash' as in the English"));
        Assert.Equal("코드 블록이 영어 원문과 주석만 다릅니다(번역한 주석은 괜찮습니다): 영어 원문의 줄 '# a'이(가) 없습니다(1번째 줄)",
            korean.Localize("code block differs from the English only in its comments (translated comments are fine): the English line '# a' is missing (at line 1)"));
    }

    [Fact]
    public void Missing_block_placements_and_unchanged_titles_are_written_in_korean()
    {
        var korean = Korean;
        Assert.Equal("영어 원문 docs/a.md:12의 문단에 해당하는 번역이 없습니다: 14행 앞에 넣으세요",
            korean.Localize("paragraph of the English (docs/a.md:12) is missing: insert it before line 14"));
        Assert.Equal("영어 원문 docs/a.md 12–14행의 블록 3개에 해당하는 번역이 없습니다: 20행 뒤에 넣으세요",
            korean.Localize("3 blocks of the English (docs/a.md lines 12–14) are missing: insert them after line 20"));
        Assert.Equal("영어 원문(docs/a.md:3)과 같은 프런트 매터 제목: 영어와 같지만, 단어마다 용어이거나 이 페이지의 번역문에 쓰인 단어입니다",
            korean.Localize("front-matter title identical to the English (docs/a.md:3): the same as in English, though each of its words is a term or a word of this page's translated text"));
        Assert.Equal("영어 원문(docs/a.md:5)과 같은 제목: 영어 그대로 남아 있습니다", korean.Localize("heading identical to the English (docs/a.md:5): left in English"));
    }

    [Fact]
    public void A_start_and_one_value_is_tried_last_so_it_never_swallows_a_longer_message()
    {
        // "line {0}" (a position) must not take "line 2 is …" as its number.
        Assert.Equal("2번째 줄 'x'은(는) 영어 원문에 없습니다", Korean.Localize("line 2 'x' is not in the English"));
        Assert.DoesNotContain("is 'a' in the English", Korean.Localize("code block differs from the English: line 2 is 'a' in the English but 'b' here (4 lines differ)"), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_shortcode_mismatch_message_is_written_in_korean()
    {
        var korean = Korean;
        Assert.Equal("쇼트코드 'glossary_tooltip': 영어 원문과 같아야 합니다: 매개변수 term_id=\"pod\"이(가) 없습니다",
            korean.Localize("shortcode 'glossary_tooltip': parameter term_id=\"pod\" is missing as in the English"));
        Assert.Equal("쇼트코드 'note': 영어 원문과 같아야 합니다: 매개변수가 다릅니다", korean.Localize("shortcode 'note': its parameters differ as in the English"));
        Assert.Equal("쇼트코드 'x': 영어 원문과 같아야 합니다: 'a'은(는) 'b'이어야 합니다", korean.Localize("shortcode 'x': 'a' should be 'b' as in the English"));
        Assert.Equal("쇼트코드 'x': 영어 원문과 같아야 합니다: term_id=\"a\"은(는) term_id=\"b\"이어야 합니다",
            korean.Localize("shortcode 'x': term_id=\"a\" should be term_id=\"b\" as in the English"));
        Assert.Equal("쇼트코드 '{{< warn >}}'은(는) 영어 원문처럼 '{{< note >}}'이어야 합니다",
            korean.Localize("shortcode '{{< warn >}}' should be '{{< note >}}' as in the English"));
        Assert.Equal("쇼트코드 '{{< x >}}'은(는) 영어 원문 블록에 없습니다", korean.Localize("shortcode '{{< x >}}' is not in the English block"));
    }

    [Fact]
    public void The_damaged_front_matter_fences_message_is_written_in_korean() =>
        Assert.StartsWith("front matter 구분선이 '---'가 아니라 '- - -'와(과) '—'입니다",
            Korean.Localize("front matter fences are '- - -' and '—', not '---': MkDocs does not read this front matter (the page shows a horizontal rule and its text instead of using them as the title and description)"));

    [Fact]
    public void A_message_without_an_entry_stays_english_and_english_is_the_identity()
    {
        Assert.Equal("a message no table has: 42", Korean.Localize("a message no table has: 42"));
        Assert.Equal("sentence left in English: it is the English of a.md:1 unchanged", MessageCatalog.For("en").Localize("sentence left in English: it is the English of a.md:1 unchanged"));
        Assert.Same(MessageCatalog.Identity, MessageCatalog.For("xx"));
    }

    [Fact]
    public void A_key_missing_from_the_translation_or_with_unfitting_placeholders_falls_back_to_english_alone()
    {
        const string head = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<root>\n";
        var english = head + "<data name=\"a\"><value>{0} files</value></data><data name=\"b\"><value>Report format.</value></data><data name=\"c\"><value>{0} pages</value></data></root>";
        var korean = head + "<data name=\"a\"><value>파일 {0}개</value></data><data name=\"c\"><value>{1}쪽</value></data></root>";
        var catalog = MessageCatalog.FromText("ko", english, korean);

        Assert.Equal("파일 3개", catalog.Localize("3 files"));
        Assert.Equal("Report format.", catalog.Localize("Report format."));
        Assert.Equal("4 pages", catalog.Localize("4 pages"));
        Assert.Equal(["b"], catalog.Untranslated);
    }

    [Theory]
    [InlineData(null, "ko_KR.UTF-8", null, "ko")]
    [InlineData(null, null, "ko_KR.UTF-8", "ko")]
    [InlineData(null, "C", "ko_KR.UTF-8", "en")]
    [InlineData("en", "ko_KR.UTF-8", null, "en")]
    [InlineData("ko", null, "en_US.UTF-8", "ko")]
    [InlineData("ko-KR", null, null, "ko")]
    [InlineData(null, null, "fr_FR.UTF-8", "en")]
    public void The_ui_language_comes_from_the_option_then_lc_all_lc_messages_lang(string? option, string? lcAll, string? lang, string expected)
    {
        var environment = new Dictionary<string, string?> { ["LC_ALL"] = lcAll, ["LANG"] = lang };
        Assert.Equal(expected, UiLanguage.Resolve(option, name => environment.GetValueOrDefault(name)));
    }
}
