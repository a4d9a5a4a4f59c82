using Localization.Core.Tests.TestSupport;
using Localization.Core.Units;

namespace Localization.Core.Tests.Units;

public sealed class FrontMatterReaderTests
{
    [Fact]
    public void Scalar_values_have_their_offsets_inside_the_quotes()
    {
        const string yaml = "title: Plain\ndescription: \"Quoted value\"\nicon: 'material/x'\n";

        var result = FrontMatterReader.Read(yaml);

        Assert.Null(result.Error);
        Assert.Equal(
            [("title", "Plain", 7, 0), ("description", "Quoted value", 27, 13), ("icon", "material/x", 48, 41)],
            result.Entries.Select(e => (e.Key, e.Value, e.Start, e.KeyStart)));
        Assert.All(result.Entries, e => Assert.True(e.IsScalar));
        Assert.All(result.Entries, e => Assert.Equal(e.Value, yaml.Substring(e.Start, e.Value.Length)));
    }

    [Fact]
    public void Flow_and_block_collections_have_the_same_canonical_form()
    {
        var flow = FrontMatterReader.Read("tags: [privacy, security]\nschema: {name: App, url: \"https://x\"}\n").Entries;
        var block = FrontMatterReader.Read("tags:\n  - privacy\n  - 'security'\nschema:\n  name: App\n  url: https://x\n").Entries;

        Assert.Equal(flow.Select(e => e.Canonical), block.Select(e => e.Canonical));
        Assert.All(flow.Concat(block), e => Assert.False(e.IsScalar));
    }

    [Fact]
    public void Shape_hides_prose_but_keeps_tokens()
    {
        var english = FrontMatterReader.Read("schema:\n  name: Example App\n  url: https://x\n").Entries[0];
        var korean = FrontMatterReader.Read("schema:\n  name: 예시 앱\n  url: https://x\n").Entries[0];
        var changed = FrontMatterReader.Read("schema:\n  name: 예시 앱\n  url: https://y\n").Entries[0];

        Assert.Equal(english.Shape, korean.Shape);
        Assert.NotEqual(english.Shape, changed.Shape);
    }

    [Theory]
    [InlineData("title: A\ntitle: B\n", "duplicate key 'title'")]
    [InlineData("- a\n- b\n", "")]
    [InlineData("just text\n", "front matter must be a mapping")]
    [InlineData("title: [unclosed\n", "")]
    public void Invalid_front_matter_is_an_error_not_an_exception(string yaml, string message)
    {
        var result = FrontMatterReader.Read(yaml);

        Assert.NotNull(result.Error);
        Assert.Contains(message, result.Error.Message, StringComparison.Ordinal);
        Assert.InRange(result.Error.Offset, 0, yaml.Length);
    }

    [Fact]
    public void Empty_front_matter_has_no_entries()
    {
        Assert.Empty(FrontMatterReader.Read("").Entries);
        Assert.Null(FrontMatterReader.Read("").Error);
    }

    [Fact]
    public void Anchors_aliases_and_deep_nesting_are_refused()
    {
        var anchor = FrontMatterReader.Read("a: &x [1, 2]\nb: *x\n");
        Assert.Contains("anchors (&x) are not accepted", anchor.Error!.Message, StringComparison.Ordinal);
        Assert.Equal(3, anchor.Error.Offset);
        var alias = FrontMatterReader.Read("a: 1\nb: *x\n");
        Assert.Contains("aliases (*x) are not accepted", alias.Error!.Message, StringComparison.Ordinal);
        var nested = FrontMatterReader.Read("a: [1, &y {b: 2}]\n");
        Assert.Contains("not accepted", nested.Error!.Message, StringComparison.Ordinal);

        var deep = FrontMatterReader.Read("a: " + new string('[', 200) + new string(']', 200) + "\n");
        Assert.NotNull(deep.Error);
    }

    [Fact]
    public void The_value_of_a_flow_collection_keeps_its_closing_bracket()
    {
        var entries = FrontMatterReader.Read("tags: [a, b]\nm: {x: 1}\n").Entries;

        Assert.Equal(["[a, b]", "{x: 1}"], entries.Select(e => e.Value));
    }
}
