using Localization.Core.Markdown.Extensions.Shortcodes;
using Localization.Core.Units;

namespace Localization.Core.Tests.Hugo;

/// <summary>Hugo shortcodes read as one inline: their name and untranslated parameters markup, translatable values prose.</summary>
public sealed class ShortcodeTests
{
    [Theory]
    [InlineData("{{< note >}}", "note", '<', false, false, 0)]
    [InlineData("{{% /note %}}", "note", '%', true, false, 0)]
    [InlineData("{{< glossary_tooltip text=\"Pods\" term_id=\"pod\" >}}", "glossary_tooltip", '<', false, false, 2)]
    [InlineData("{{< param \"version\" >}}", "param", '<', false, false, 1)]
    [InlineData("{{<figure src=x.png caption=`A \"quoted\" caption` />}}", "figure", '<', false, true, 2)]
    [InlineData("{{< codenew\n    file=\"pods/pod.yaml\" >}}", "codenew", '<', false, false, 1)]
    [InlineData("{{< glossary_tooltip term_id=\"StatefulSet\"text=\"스테이트풀셋\">}}", "glossary_tooltip", '<', false, false, 2)]
    public void Tags_are_parsed_as_hugo_reads_them(string text, string name, char delimiter, bool closing, bool selfClosing, int parameters)
    {
        var tag = ShortcodeTag.TryParse(text + " after");

        Assert.NotNull(tag);
        Assert.Equal((name, delimiter, closing, selfClosing, parameters, text.Length), (tag.Name, tag.Delimiter, tag.IsClosing, tag.IsSelfClosing, tag.Parameters.Count, tag.Length));
    }

    [Theory]
    [InlineData("{{< note %}}")]
    [InlineData("{{< glossary_tooltip text=\"unclosed >}}")]
    [InlineData("{{</* note */>}}")]
    [InlineData("{{ .Title }}")]
    [InlineData("{{< /note x=1 >}}")]
    public void Other_text_is_not_a_tag(string text) => Assert.Null(ShortcodeTag.TryParse(text));

    [Fact]
    public void Parameter_values_are_placed_inside_their_quotes()
    {
        const string text = "{{< glossary_tooltip text=\"레이블\" term_id=label >}}";
        var tag = ShortcodeTag.TryParse(text)!;

        Assert.Equal([("text", "레이블"), ("term_id", "label")], tag.Parameters.Select(p => (p.Name!, p.Value)));
        Assert.All(tag.Parameters, p => Assert.Equal(p.Value, text.Substring(p.ValueStart, p.ValueLength)));
    }

    [Fact]
    public void Delimiters_parameter_order_and_translatable_values_do_not_change_the_canonical_form()
    {
        string Canonical(string text) => ShortcodeCanonical.Of(ShortcodeTag.TryParse(text)!, ShortcodeSettings.Default);

        Assert.Equal(Canonical("{{< glossary_tooltip text=\"Pods\" term_id=\"pod\" >}}"), Canonical("{{% glossary_tooltip term_id=\"pod\" text=\"파드\" %}}"));
        Assert.NotEqual(Canonical("{{< glossary_tooltip text=\"Pods\" term_id=\"pod\" >}}"), Canonical("{{< glossary_tooltip text=\"Pods\" term_id=\"pods\" >}}"));
        Assert.Equal("/note", Canonical("{{% /note %}}"));
        Assert.Equal(Canonical("{{< glossary_tooltip term_id=\"StatefulSet\" >}}"), Canonical("{{< glossary_tooltip term_id=\"StatefulSet\"text=\"스테이트풀셋\">}}"));
    }

    [Fact]
    public void A_page_reads_translatable_values_as_prose_and_the_tags_as_markup()
    {
        var page = PageReader.Read("ko.md", "## {{< glossary_tooltip text=\"*어노테이션*\" term_id=\"annotation\" >}}을 사용한다 {#use}\n");
        var unit = Assert.Single(page.Units);

        Assert.Equal("*어노테이션*을 사용한다", unit.Prose.Text.TrimEnd());
        var shortcode = Assert.Single(unit.Invariants, i => i.Kind == InvariantKind.HugoShortcode);
        Assert.Equal("glossary_tooltip term_id=\"annotation\"", shortcode.Value);
        Assert.Equal(3, shortcode.Start);
        Assert.Equal("use", unit.ExplicitId);
        Assert.DoesNotContain(unit.Invariants, i => i.Kind == InvariantKind.Shortcode);
    }

    [Fact]
    public void Translatable_parameters_are_configurable_and_a_listed_shortcode_gets_exactly_its_list()
    {
        var settings = ShortcodeSettings.Default.With(new Dictionary<string, IReadOnlySet<string>>
        {
            ["alert"] = new HashSet<string> { "title" },
            ["figure"] = new HashSet<string>(),
        });

        Assert.True(settings.IsTranslatable("alert", "title"));
        Assert.True(settings.IsTranslatable("glossary_tooltip", "text"));
        Assert.False(settings.IsTranslatable("figure", "caption"));
        Assert.False(settings.IsTranslatable("alert", null));
    }
}
