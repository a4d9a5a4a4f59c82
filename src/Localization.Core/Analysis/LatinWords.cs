using Localization.Core.Text;

namespace Localization.Core.Analysis;

/// <summary>A Latin-script word of a sentence, as a slice of it (no string is allocated to read words).</summary>
public readonly ref struct LatinWord
{
    // What the reader learnt of the word while finding it (0 when constructed from a slice alone: computed on demand).
    private readonly int _hash;
    private readonly byte _known;

    public LatinWord(ReadOnlySpan<char> text, int index, bool sentenceInitial)
    {
        Text = text;
        Index = index;
        SentenceInitial = sentenceInitial;
    }

    internal LatinWord(ReadOnlySpan<char> text, int index, bool sentenceInitial, int hash, bool looksLikeCode)
        : this(text, index, sentenceInitial)
    {
        _hash = hash;
        _known = looksLikeCode ? KnownCode : KnownProse;
    }

    private const byte KnownProse = 1;
    private const byte KnownCode = 2;

    public ReadOnlySpan<char> Text { get; }

    public int Index { get; }

    public bool SentenceInitial { get; }

    /// <summary>The word's <see cref="WordSet.Hash"/> (taken as the reader read it).</summary>
    public int Hash => _known != 0 ? _hash : WordSet.Hash(Text);

    /// <summary>Mixed case, digits or an acronym (macOS, E2EE, P2P, GitHub): a name or a code, never prose.</summary>
    public bool LooksLikeCode => _known != 0 ? _known == KnownCode : WordShape.LooksLikeCode(Text);
}

/// <summary>
/// The letters, capitals and digits of a word, taken one character at a time so that the word reader learns them
/// while it finds the word (reading, hashing and sizing up each word in three passes was a third of the page profile).
/// </summary>
internal struct WordShape
{
    private int _upper;
    private int _digits;
    private int _letters;
    private bool _innerCapital;

    /// <summary>Mixed case, digits or an acronym (macOS, E2EE, P2P, GitHub): a name or a code, never prose.</summary>
    public static bool LooksLikeCode(ReadOnlySpan<char> word)
    {
        var shape = default(WordShape);
        for (var i = 0; i < word.Length; i++)
        {
            shape.Add(word[i], i > 0 ? word[i - 1] : '\0', i);
        }

        return shape.IsCode(word);
    }

    /// <param name="c">The word's character at <paramref name="position"/>.</param>
    /// <param name="previous">The character before it in the word (ignored at position 0).</param>
    /// <param name="position">Its place in the word.</param>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public void Add(char c, char previous, int position)
    {
        if (char.IsDigit(c))
        {
            AddDigit();
        }
        else if (char.IsLetter(c))
        {
            AddLetter(c, previous, position);
        }
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public void AddDigit() => _digits++;

    /// <summary>As <see cref="Add"/> for a character known to be a letter.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public void AddLetter(char c, char previous, int position)
    {
        _letters++;
        if (char.IsUpper(c))
        {
            _upper++;
            _innerCapital |= position > 0 && previous != '-';
        }
    }

    /// <summary>The verdict on the word whose characters were added.</summary>
    public readonly bool IsCode(ReadOnlySpan<char> word) =>
        _innerCapital || _digits > 0 || (_upper > 1 && _upper == _letters) || (word.Length > 1 && char.IsLower(word[0]) && _upper > 0);
}

/// <summary>Enumerates the Latin-script words of text (letters with inner hyphens or apostrophes).</summary>
public ref struct LatinWordReader
{
    private readonly ReadOnlySpan<char> _text;
    private int _position;
    private bool _first;
    private bool _otherScript;

    private LatinWordReader(ReadOnlySpan<char> text)
    {
        _text = text;
        _position = 0;
        _first = true;
        _otherScript = false;
        Current = default;
    }

    public static LatinWordReader Read(ReadOnlySpan<char> text) => new(text);

    public LatinWord Current { get; private set; }

    /// <summary>True when the text read so far has a letter of a script other than Latin (all of it, once the reader is done).</summary>
    public readonly bool SawOtherScript => _otherScript;

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
                _otherScript = true;
                i++;
                continue;
            }

            if (script == Script.Latin || (char.IsDigit(c) && i + 1 < text.Length && ScriptClassifier.Of(text[i + 1]) == Script.Latin))
            {
                // The word's hash and shape are taken in the same pass that finds its end.
                var start = i;
                var hash = WordSet.Seed;
                var shape = default(WordShape);
                var previous = '\0';
                while (i < text.Length)
                {
                    var d = text[i];
                    if (ScriptClassifier.Of(d) == Script.Latin)
                    {
                        shape.AddLetter(d, previous, i - start); // (a letter of the script table is a letter, and no digit)
                    }
                    else if (char.IsDigit(d))
                    {
                        shape.AddDigit();
                    }
                    else if (!(d is '-' or '\'' or '’' && i + 1 < text.Length && ScriptClassifier.Of(text[i + 1]) == Script.Latin))
                    {
                        break;
                    }

                    hash = WordSet.Step(hash, d);
                    previous = d;
                    i++;
                }

                var word = text[start..i];
                Current = new LatinWord(word, start, _first, WordSet.Finish(hash), shape.IsCode(word));
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
