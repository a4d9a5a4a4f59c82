using Localization.Core.Text;

namespace Localization.Core.Analysis;

/// <summary>A Latin-script word of a sentence, as a slice of it (no string is allocated to read words).</summary>
public readonly ref struct LatinWord(ReadOnlySpan<char> text, int index, bool sentenceInitial)
{
    public ReadOnlySpan<char> Text { get; } = text;

    public int Index { get; } = index;

    public bool SentenceInitial { get; } = sentenceInitial;

    /// <summary>Mixed case, digits or an acronym (macOS, E2EE, P2P, GitHub): a name or a code, never prose.</summary>
    public bool LooksLikeCode
    {
        get
        {
            var upper = 0;
            var digits = 0;
            var letters = 0;
            for (var i = 0; i < Text.Length; i++)
            {
                var c = Text[i];
                if (char.IsDigit(c))
                {
                    digits++;
                }
                else if (char.IsLetter(c))
                {
                    letters++;
                    if (char.IsUpper(c))
                    {
                        upper++;
                        if (i > 0 && Text[i - 1] != '-')
                        {
                            return true;
                        }
                    }
                }
            }

            return digits > 0 || (upper > 1 && upper == letters) || (Text.Length > 1 && char.IsLower(Text[0]) && upper > 0);
        }
    }
}

/// <summary>Enumerates the Latin-script words of text (letters with inner hyphens or apostrophes).</summary>
public ref struct LatinWordReader
{
    private readonly ReadOnlySpan<char> _text;
    private int _position;
    private bool _first;

    private LatinWordReader(ReadOnlySpan<char> text)
    {
        _text = text;
        _position = 0;
        _first = true;
        Current = default;
    }

    public static LatinWordReader Read(ReadOnlySpan<char> text) => new(text);

    public LatinWord Current { get; private set; }

    public readonly LatinWordReader GetEnumerator() => this;

    // Optimised from its first call: a loop over every character or sentence of a site, which tier-0 code ran slowly
    // for the first seconds of a run (these seven methods so marked: 6% of a 31-language check, JIT).
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public bool MoveNext()
    {
        var text = _text;
        var i = _position;
        while (i < text.Length)
        {
            var c = text[i];
            var script = ScriptClassifier.Of(c);

            // A letter of another script (every character of a Korean or Russian sentence but its spaces): the
            // script table says it is a letter and no digit, where two Unicode category lookups per character were
            // a third of reading the Latin words of such a page.
            if (script is not (Script.None or Script.Latin))
            {
                _first = false;
                i++;
                continue;
            }

            if (script == Script.Latin || (char.IsDigit(c) && i + 1 < text.Length && ScriptClassifier.Of(text[i + 1]) == Script.Latin))
            {
                var start = i;
                while (i < text.Length && (ScriptClassifier.Of(text[i]) == Script.Latin || char.IsDigit(text[i])
                    || (text[i] is '-' or '\'' or '’' && i + 1 < text.Length && ScriptClassifier.Of(text[i + 1]) == Script.Latin)))
                {
                    i++;
                }

                Current = new LatinWord(text[start..i], start, _first);
                _first = false;
                _position = i;
                return true;
            }

            if (char.IsLetter(c))
            {
                _first = false;
            }

            i++;
        }

        _position = i;
        return false;
    }
}
