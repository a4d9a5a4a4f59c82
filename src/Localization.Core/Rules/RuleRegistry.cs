using Localization.Core.Rules.Drift;
using Localization.Core.Rules.Hugo;
using Localization.Core.Rules.Links;
using Localization.Core.Rules.Markup;
using Localization.Core.Rules.Structure;
using Localization.Core.Rules.Text;
using Localization.Core.Rules.Tool;

namespace Localization.Core.Rules;

/// <summary>
/// The explicit, ordered list of rules. Names and ids are a public contract: a retired rule keeps its
/// id reserved here as a comment, never reused.
/// </summary>
public static class RuleRegistry
{
    /// <summary>Rules that check aligned page pairs, in reporting order.</summary>
    public static IReadOnlyList<IRule> PageRules { get; } =
    [
        new UntranslatedBlockRule(),
        new UntranslatedSentenceRule(),
        new UnchangedTitleRule(),
        new MissingBlockRule(),
        new ExtraBlockRule(),
        new MovedBlockRule(),
        new RemovedBlockRule(),
        new LinkMismatchRule(),
        new FootnoteMismatchRule(),
        new AdmonitionMismatchRule(),
        new CodeMismatchRule(),
        new ImageMismatchRule(),
        new MarkupMismatchRule(),
        new HeadingMismatchRule(),
        new FrontMatterMismatchRule(),
        new SnippetMismatchRule(),
        new HiddenCharactersRule(),
        new MissingKeyRule(),
        new ExtraKeyRule(),
        new DuplicateKeyRule(),
        new EmptyTranslationRule(),
        new PlaceholderMismatchRule(),
        new SkippedEntryRule(),
        new SentenceCountMismatchRule(),
        new LengthMismatchRule(),
        new ShortcodeMismatchRule(),
    ];

    /// <summary>Every rule descriptor, page rules first, then those the engine reports itself.</summary>
    public static IReadOnlyList<RuleDescriptor> All { get; } =
    [
        .. PageRules.Select(r => r.Descriptor),
        AnchorBrokenRule.Descriptor,
        LinkTargetMissingRule.Descriptor,
        MissingFileRule.Descriptor,
        InvalidFileRule.Descriptor,
        UnusedSuppressionRule.Descriptor,
    ];

    public static RuleDescriptor? Find(string nameOrId) =>
        All.FirstOrDefault(d => string.Equals(d.Name, nameOrId, StringComparison.OrdinalIgnoreCase) || string.Equals(d.Id, nameOrId, StringComparison.OrdinalIgnoreCase));
}
