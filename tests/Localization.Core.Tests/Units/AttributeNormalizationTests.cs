using Localization.Core.Units;
using Markdig.Renderers.Html;

namespace Localization.Core.Tests.Units;

/// <summary>An attribute list is compared as the parts it was once joined from: id, classes, then keys with their values.</summary>
public sealed class AttributeNormalizationTests
{
    // The form the parts were joined in before they were written into one buffer.
    private static string Joined(HtmlAttributes attributes)
    {
        var parts = new List<string>();
        if (!string.IsNullOrEmpty(attributes.Id))
        {
            parts.Add("#" + attributes.Id);
        }

        parts.AddRange((attributes.Classes ?? []).Select(c => "." + c));
        parts.AddRange((attributes.Properties ?? []).Select(p => InlineReader.TranslatableAttributes.Contains(p.Key) ? p.Key : $"{p.Key}={p.Value}"));
        return string.Join(' ', parts);
    }

    [Fact]
    public void Every_combination_reads_as_the_joined_parts()
    {
        string?[] ids = [null, "", "top"];
        string[][] classes = [[], ["md-button"], ["a", "", "b"]];
        KeyValuePair<string, string?>[][] properties = [[], [new("width", "20")], [new("title", "Hello"), new("align", null), new("ARIA-LABEL", "x"), new("data-x", "")]];
        foreach (var id in ids)
        {
            foreach (var c in classes)
            {
                foreach (var p in properties)
                {
                    var attributes = new HtmlAttributes { Id = id };
                    foreach (var name in c)
                    {
                        attributes.AddClass(name);
                    }

                    foreach (var property in p)
                    {
                        attributes.AddProperty(property.Key, property.Value!);
                    }

                    Assert.Equal(Joined(attributes), InlineReader.NormalizeAttributes(attributes));
                }
            }
        }
    }

    [Fact]
    public void A_page_reads_its_attribute_lists()
    {
        var page = PageReader.Read("a.md", "# Title { #top .big title=\"Hi\" width=3 }\n\n[Go](x.md){ .md-button }\n");
        Assert.Contains(page.Units[0].Invariants, i => i.Kind == InvariantKind.Attributes && i.Value == "#top .big title width=3");
        Assert.Contains(page.Units[1].Invariants, i => i.Kind == InvariantKind.Attributes && i.Value == ".md-button");
    }
}
