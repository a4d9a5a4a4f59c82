using Localization.Core.Units;

namespace Localization.Core.Alignment;

/// <summary>
/// The aligner's features of an English page's units by their text, built once per English page and shared by
/// every language. About half the units of a translated site are their English unit as it is (code, names,
/// URLs, pages not yet translated); such a target unit borrows the English unit's features instead of hashing
/// and counting its text again (<see cref="UnitFeatures"/>' constructor was 8% of a 31-language check).
/// </summary>
internal sealed class SourceFeatureIndex
{
    private readonly Dictionary<string, TranslationUnit> _byText;
    private readonly IReadOnlyList<TranslationUnit> _units;

    /// <summary>
    /// The <see cref="QuickKey"/> of every text in <see cref="_byText"/>: a translated text (a different length or
    /// ends) is turned away without hashing all of it for the dictionary, which was half of lending's cost.
    /// </summary>
    private readonly HashSet<long> _quickKeys;

    private SourceFeatureIndex(IReadOnlyList<TranslationUnit> units)
    {
        _units = units;
        Kinds = PageKinds.Of(units);
        _byText = new Dictionary<string, TranslationUnit>(units.Count, StringComparer.Ordinal);
        _quickKeys = new HashSet<long>(units.Count);
        foreach (var unit in units)
        {
            if (TextOf(unit) is { Length: > 0 } text)
            {
                _byText.TryAdd(text, unit); // a repeated text keeps its first unit; the others compute their own
                _quickKeys.Add(QuickKey(text));
            }
        }
    }

    /// <summary>
    /// The kinds of units and invariants of the page (see <see cref="AlignedPage.SourceKinds"/>), made with the index:
    /// a struct made on first use could be read half written by another language's thread.
    /// </summary>
    internal PageKinds Kinds { get; }

    /// <summary>The page's units as the aligner reads them (see <see cref="PageAligner"/>), made by the first alignment with the page.</summary>
    internal EnglishSequences? Sequences { get; set; }

    /// <summary>
    /// The <see cref="UnitFeatures.TextKey"/> of every English unit with words (built on first use; a race builds the
    /// same set twice): a translated unit whose key is not here can have no English unit's text.
    /// </summary>
    public HashSet<long> TextKeys => _textKeys ??= BuildTextKeys(_units);

    private HashSet<long>? _textKeys;

    private static HashSet<long> BuildTextKeys(IReadOnlyList<TranslationUnit> units)
    {
        var keys = new HashSet<long>(units.Count);
        foreach (var unit in units)
        {
            var features = UnitFeatures.Of(unit);
            if (features.NormalizedLength > 0)
            {
                keys.Add(UnitFeatures.TextKey(features.Class, features.FoldedLetters));
            }
        }

        return keys;
    }

    private static long QuickKey(string text) => ((long)text.Length << 32) | ((long)text[0] << 16) | text[^1];

    /// <summary>The index of <paramref name="page"/>, built on first use (a race builds the same index twice).</summary>
    public static SourceFeatureIndex Of(PageModel page) => page.AlignmentIndex ??= new(page.Units);

    /// <summary>Gives each target unit without features that is an English unit as it is that unit's features.</summary>
    public void Lend(IReadOnlyList<TranslationUnit> targets)
    {
        for (var k = 0; k < targets.Count; k++)
        {
            var unit = targets[k];
            if (unit.AlignmentFeatures is null && unit.EnglishTwin is { } twin && IsOwn(twin) && SameFrame(twin, unit))
            {
                // A unit is given its twin only by the page walk, which sets nothing of its own but the heading level.
                System.Diagnostics.Debug.Assert(unit.ReadsTwin, "a unit with an English twin reads everything else from it");
                // Read from an English block with the same Markdown: no need to look its text up.
                unit.AlignmentFeatures = UnitFeatures.Of(twin);
                continue;
            }

            if (unit.AlignmentFeatures is null
                && TextOf(unit) is { Length: > 0 } text
                && _quickKeys.Contains(QuickKey(text))
                && _byText.TryGetValue(text, out var source)
                && SameInputs(source, unit))
            {
                unit.AlignmentFeatures = UnitFeatures.Of(source);
            }
        }
    }

    private bool IsOwn(TranslationUnit unit) => unit.Index < _units.Count && ReferenceEquals(_units[unit.Index], unit);

    private static string? TextOf(TranslationUnit unit) => unit.Verbatim ?? unit.Prose.Text;

    /// <summary>
    /// True when every input of <see cref="UnitFeatures"/> is the same for both units, and so is every property of its
    /// <see cref="UnitFeatures.Unit"/> that the aligner reads (kind, heading level, key, verbatim text): the target unit
    /// then takes the English unit's features object itself (a copy per borrowing unit was 12 MB of a 31-language check).
    /// </summary>
    internal static bool SameInputs(TranslationUnit a, TranslationUnit b)
    {
        if (a.Kind != b.Kind
            || a.HeadingLevel != b.HeadingLevel
            || !string.Equals(a.Verbatim, b.Verbatim, StringComparison.Ordinal)
            || !string.Equals(a.Prose.Text, b.Prose.Text, StringComparison.Ordinal)
            || !string.Equals(a.ExplicitId, b.ExplicitId, StringComparison.Ordinal)
            || !string.Equals(a.Key, b.Key, StringComparison.Ordinal)
            || !a.Path.SameShape(b.Path, withoutRegions: false)
            || a.Invariants.Count != b.Invariants.Count)
        {
            return false;
        }

        // Spans, not the lists' interface: asked for every unit a translation borrows (half the units of a site).
        var x = a.InvariantSpan;
        var y = b.InvariantSpan;
        for (var k = 0; k < x.Length; k++)
        {
            if (x[k].Kind != y[k].Kind || !string.Equals(x[k].Value, y[k].Value, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// <see cref="SameInputs"/> of a unit that has an English twin (it reads the twin, <see cref="TranslationUnit.ReadsTwin"/>) and that twin:
    /// their texts, invariants and details are the same objects, so only what the walk gave the unit itself is
    /// compared. Comparing the rest borrowed every twin's prose and moved its invariants (a copy of the array for
    /// each block not at its English offset) when nothing else asked for them.
    /// </summary>
    internal static bool SameFrame(TranslationUnit twin, TranslationUnit unit) =>
        twin.Kind == unit.Kind && twin.HeadingLevel == unit.HeadingLevel && twin.Path.SameShape(unit.Path, withoutRegions: false);
}
