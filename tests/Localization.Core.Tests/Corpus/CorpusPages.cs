using Localization.Core.Alignment;
using Localization.Core.Analysis;
using Localization.Core.Tests.TestSupport;
using Localization.Core.Units;

namespace Localization.Core.Tests.Corpus;

/// <summary>Page pairs of a shared corpus: docs/X ↔ i18n/&lt;lang&gt;/X for every .md under docs/.</summary>
internal static class CorpusPages
{
    public const string Seed = "privacyguides-2024-03";
    public const string Current = "privacyguides-2026-03";

    /// <summary>Every English page, as a path relative to docs/ with '/'.</summary>
    public static IReadOnlyList<string> EnglishPages(string corpus) =>
        [.. Directory.EnumerateFiles(Path.Combine(corpus, "docs"), "*.md", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Path.Combine(corpus, "docs"), f).Replace(Path.DirectorySeparatorChar, '/'))
            .Order(StringComparer.Ordinal)];

    public static string English(string corpus, string page) => Path.Combine(corpus, "docs", page);

    public static string Translation(string corpus, string language, string page) => Path.Combine(corpus, "i18n", language, page);

    public static string Require(string name) => TestPaths.RequireCorpus(name);

    /// <summary>
    /// The profile of every translated page into <paramref name="language"/>, made twice (with no alignment, so that
    /// every unit is read as translated, and aligned with its English page), with its English page's index.
    /// </summary>
    public static IEnumerable<(PageModel Target, SourcePageIndex Index, TargetPageProfile Profile)> Profiles(string corpus, string language)
    {
        foreach (var (_, source, target) in ReadPairs(corpus, language))
        {
            var index = new SourcePageIndex(source);
            yield return (target, index, new TargetPageProfile(target, index));
            yield return (target, index, new TargetPageProfile(target, index, PageAligner.Align(source, target).SourceOf));
        }
    }

    /// <summary>Every English page that has a translation into <paramref name="language"/>, both read into units.</summary>
    public static IEnumerable<(string Page, PageModel Source, PageModel Target)> ReadPairs(string corpus, string language)
    {
        foreach (var page in EnglishPages(corpus))
        {
            var translation = Translation(corpus, language, page);
            if (File.Exists(translation))
            {
                yield return (page, PageReader.Read(page, File.ReadAllText(English(corpus, page))), PageReader.Read(page, File.ReadAllText(translation)));
            }
        }
    }

    /// <summary>
    /// Every English page that has a translation into <paramref name="language"/>, read with its blocks recorded, with
    /// the translation and the English page itself each read against it (their blocks that are English blocks as they
    /// are read from their English twins, as a run reads them).
    /// </summary>
    public static IEnumerable<(string Page, PageModel English, PageModel Target)> ReadTwinPairs(string corpus, string language)
    {
        foreach (var page in EnglishPages(corpus))
        {
            var translation = Translation(corpus, language, page);
            if (!File.Exists(translation))
            {
                continue;
            }

            var english = PageReader.ReadCancellable(page, File.ReadAllText(English(corpus, page)), null, null, true, null, CancellationToken.None);
            foreach (var text in new[] { File.ReadAllText(translation), english.Text })
            {
                yield return (page, english, PageReader.ReadCancellable(page, text, null, null, false, english, CancellationToken.None));
            }
        }
    }
}
