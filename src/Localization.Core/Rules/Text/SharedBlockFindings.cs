using Localization.Core.Analysis;
using Localization.Core.Findings;
using Localization.Core.Units;

namespace Localization.Core.Rules.Text;

/// <summary>
/// What <see cref="UntranslatedBlockRule"/> says about an English block left as it is, once per English unit for every
/// language: the block's verdict is then the one every language shares (<see cref="SourcePageIndex.EnglishVerdictsOf"/>),
/// and so are its message, severity, English excerpt and, for a block that is its English character for character,
/// the whole finding body. Each language's page made them again from the verdict (the message's lookup, the
/// labels' test, the excerpt's lookup, the body's lookup, the unit's id and the English line: a fifth of this rule's
/// time beside the verdicts on the 31-language site, where 116,000 findings are such blocks).
/// Pages are checked on several threads at once: an entry made twice is the same, either may be kept.
/// </summary>
internal sealed class SharedBlockFindings(int units)
{
    private readonly Entry?[] _entries = new Entry?[units];

    /// <summary>The entry made for this verdict on the English unit, for a translated unit of this kind; null when none was made yet.</summary>
    public Entry? Find(TranslationUnit english, UnitVerdict verdict, UnitKind kind, string sourceFile) =>
        (uint)english.Index < (uint)_entries.Length && Volatile.Read(ref _entries[english.Index]) is { } entry
        && ReferenceEquals(entry.Verdict, verdict) && ReferenceEquals(entry.English, english) && entry.Kind == kind && string.Equals(entry.SourceFile, sourceFile, StringComparison.Ordinal)
            ? entry
            : null;

    /// <summary>Keeps an entry for its English unit (replacing the one there: a unit's blocks are nearly always of one kind).</summary>
    public void Keep(Entry entry)
    {
        if ((uint)entry.English.Index < (uint)_entries.Length)
        {
            Volatile.Write(ref _entries[entry.English.Index], entry);
        }
    }

    /// <summary>One English unit's finding parts for blocks of one kind left as its English.</summary>
    internal sealed class Entry(UnitVerdict verdict, TranslationUnit english, UnitKind kind, string sourceFile, string message, string? detail, Severity severity, string sourceText)
    {
        public UnitVerdict Verdict { get; } = verdict;

        public TranslationUnit English { get; } = english;

        public UnitKind Kind { get; } = kind;

        public string SourceFile { get; } = sourceFile;

        public string Message { get; } = message;

        public string? Detail { get; } = detail;

        public Severity Severity { get; } = severity;

        public string SourceText { get; } = sourceText;

        /// <summary>The body of the finding on a block that is its English character for character (made by the first page that has one).</summary>
        public FindingBody? SameTextBody;
    }
}
