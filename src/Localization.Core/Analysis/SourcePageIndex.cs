using Localization.Core.Text;
using Localization.Core.Units;

namespace Localization.Core.Analysis;

/// <summary>
/// What the English page tells about its own text, computed once per page and shared by every language:
/// its sentences (normalised, to recognise English left in a translation) and its proper nouns
/// (words written capitalised in mid-sentence and never in lower case).
/// </summary>
public sealed class SourcePageIndex
{
    private readonly Dictionary<string, SourceSentence> _sentences = new(StringComparer.Ordinal);
    private readonly HashSet<string> _properNouns = new(StringComparer.Ordinal);

    public SourcePageIndex(PageModel page)
    {
        Page = page;
        var lower = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var capitalised = new HashSet<string>(StringComparer.Ordinal);
        foreach (var unit in page.Units)
        {
            if (!unit.IsTranslatable)
            {
                continue;
            }

            foreach (var range in SentenceSegmenter.Split(unit.Prose))
            {
                var span = unit.Prose.Text.AsSpan(range.Start, range.Length);
                var normalized = TextNormalizer.ForComparison(span);
                if (normalized.Length > 0)
                {
                    _sentences.TryAdd(normalized, new SourceSentence(unit, range));
                }

                foreach (var word in LatinWordReader.Read(span))
                {
                    if (char.IsLower(word.Text[0]))
                    {
                        lower.Add(word.Text);
                    }
                    else if (!word.SentenceInitial)
                    {
                        capitalised.Add(word.Text);
                    }
                }
            }
        }

        foreach (var word in capitalised)
        {
            if (!lower.Contains(word))
            {
                _properNouns.Add(word);
            }
        }
    }

    public PageModel Page { get; }

    /// <summary>The source sentence whose normalised text equals <paramref name="normalized"/>.</summary>
    public bool TryFindSentence(string normalized, out SourceSentence sentence) => _sentences.TryGetValue(normalized, out sentence!);

    public bool IsProperNoun(string word) => _properNouns.Contains(word);
}

/// <summary>A sentence of a source unit.</summary>
public sealed record SourceSentence(TranslationUnit Unit, SentenceRange Range);
