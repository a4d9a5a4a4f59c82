using Localization.Core.Alignment;
using Localization.Core.Rules;

namespace Localization.Core.Checking;

/// <summary>
/// One page pair as the engine finished checking it: the outcome, and, when both pages could be read and
/// aligned, the aligned units and the untranslated-text verdicts the rules used. Views that show units
/// (exports, the HTML report, freshness) read these instead of parsing or aligning again.
/// </summary>
/// <param name="Result">Coverage and the page's own findings (project-wide link findings such as
/// anchor-broken come only in <see cref="CheckResult.Findings"/>, after the run).</param>
/// <param name="Page">The aligned page; null for a missing, refused, unreadable or unparsable file.</param>
/// <param name="Context">The rules' view of the page: <see cref="PageCheckContext.VerdictOf"/> gives each
/// target unit's untranslated verdict; null when <paramref name="Page"/> is.</param>
public sealed record CheckedPage(FileResult Result, AlignedPage? Page, PageCheckContext? Context)
{
    public PairRequest Pair => Result.Pair;
}

/// <summary>
/// Receives every checked page as soon as it is done, so a view can stream it out and memory stays bounded
/// by the pages being checked at once. Called on worker threads, concurrently and in no particular order;
/// at most once per pair, never after <see cref="CheckEngine.Run"/> returned, never for a pair that timed out.
/// </summary>
public interface ICheckedPageSink
{
    void Accept(CheckedPage page);
}
