namespace Localization.Core.Markdown.Extensions.Blocks;

/// <summary>Which pymdownx.blocks extensions a site has on, and the admonition types it defines.</summary>
/// <param name="AdmonitionTypes">Names that open an admonition (pymdownx.blocks.admonition <c>types</c>), lower-case.</param>
/// <param name="DetailsTypes">Names that open a details block (pymdownx.blocks.details <c>types</c>), lower-case.</param>
/// <param name="Tab">pymdownx.blocks.tab is on.</param>
/// <param name="Html">pymdownx.blocks.html is on.</param>
public sealed record BlocksSettings(IReadOnlySet<string> AdmonitionTypes, IReadOnlySet<string> DetailsTypes, bool Tab, bool Html)
{
    /// <summary>pymdownx's default admonition types.</summary>
    public static IReadOnlyList<string> DefaultAdmonitionTypes { get; } = ["admonition", "note", "attention", "caution", "danger", "error", "tip", "hint", "warning"];

    /// <summary>The types MkDocs Material's documentation configures (its admonition icons).</summary>
    public static IReadOnlyList<string> MaterialAdmonitionTypes { get; } = ["new", "settings", "abstract", "info", "success", "question", "failure", "bug", "example", "quote"];

    /// <summary>
    /// Every blocks extension on, with pymdownx's and Material's types: what a page is read with when no mkdocs.yml
    /// says otherwise.
    /// </summary>
    public static BlocksSettings Default { get; } = new(
        DefaultAdmonitionTypes.Concat(MaterialAdmonitionTypes).ToHashSet(StringComparer.Ordinal), new HashSet<string>(StringComparer.Ordinal) { "details" }, Tab: true, Html: true);

    public BlocksCategory CategoryOf(string name) =>
        AdmonitionTypes.Contains(name) ? BlocksCategory.Admonition
        : DetailsTypes.Contains(name) ? BlocksCategory.Details
        : Tab && name == "tab" ? BlocksCategory.Tab
        : Html && name == "html" ? BlocksCategory.Html
        : BlocksCategory.Other;
}
