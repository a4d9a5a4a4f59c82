using Localization.Core.Alignment;
using Localization.Core.Analysis;
using Localization.Core.Terms;
using Localization.Core.Units;

namespace Localization.Core.Tests.Analysis;

/// <summary>
/// The check that a shortcut of the untranslated verdicts changes no verdict: every unit of a translated page judged by
/// the detector as it runs and by a reference detector that takes no shortcut.
/// </summary>
internal static class VerdictEquivalence
{
    /// <summary>Judges every unit of <paramref name="target"/> both ways; returns how many, and how many were left as their English.</summary>
    public static (int Judged, int Borrowed) AssertSameVerdicts(PageModel source, PageModel target, TermSet terms, Func<SourcePageIndex, TargetPageProfile, UntranslatedDetector> reference)
    {
        var aligned = PageAligner.Align(source, target);
        var index = new SourcePageIndex(source);
        var profile = new TargetPageProfile(target, index, aligned.SourceOf);
        var shortcut = new UntranslatedDetector(index, profile, terms);
        var expected = reference(index, profile);
        var borrowed = 0;
        foreach (var unit in target.Units)
        {
            var english = aligned.SourceOf(unit) ?? aligned.MovedSourceOf(unit);
            var want = expected.Judge(unit, english);
            var got = shortcut.Judge(unit, english);
            Assert.Equal(want.Translatable, got.Translatable);
            Assert.Equal(want.Untranslated, got.Untranslated);
            borrowed += profile.EnglishAsItIs(unit) is not null ? 1 : 0;
        }

        return (target.Units.Count, borrowed);
    }
}
