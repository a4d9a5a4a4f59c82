using Localization.Core.Text;

namespace Localization.Core.Analysis;

/// <summary>A Latin-script word of a sentence, as a slice of it (no string is allocated to read words).</summary>
public readonly ref struct LatinWord
{
    // What the reader learnt of the word while finding it (0 when constructed from a slice alone: computed on demand).
    private readonly int _hash;
    private readonly byte _known;
    private readonly bool _startsLower;

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
        _startsLower = text.Length > 0 && char.IsLower(text[0]);
    }

    private LatinWord(ReadOnlySpan<char> text, int index, bool sentenceInitial, int hash, bool looksLikeCode, bool startsLower)
        : this(text, index, sentenceInitial)
    {
        _hash = hash;
        _known = looksLikeCode ? KnownCode : KnownProse;
        _startsLower = startsLower;
    }

    /// <summary>A word as the reader read it: its hash, shape and first letter's case taken in its one pass.</summary>
    internal static LatinWord Read(ReadOnlySpan<char> text, int index, bool sentenceInitial, int hash, bool looksLikeCode, bool startsLower) =>
        new(text, index, sentenceInitial, hash, looksLikeCode, startsLower);

    private const byte KnownProse = 1;
    private const byte KnownCode = 2;

    public ReadOnlySpan<char> Text { get; }

    public int Index { get; }

    public bool SentenceInitial { get; }

    /// <summary>The word's <see cref="WordSet.Hash"/> (taken as the reader read it).</summary>
    public int Hash => _known != 0 ? _hash : WordSet.Hash(Text);

    /// <summary>Mixed case, digits or an acronym (macOS, E2EE, P2P, GitHub): a name or a code, never prose.</summary>
    public bool LooksLikeCode => _known != 0 ? _known == KnownCode : WordShape.LooksLikeCode(Text);

    /// <summary>char.IsLower of its first character.</summary>
    public bool StartsLower => _known != 0 ? _startsLower : Text.Length > 0 && char.IsLower(Text[0]);
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
            AddLetter(char.IsUpper(c), previous, position);
        }
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public void AddDigit() => _digits++;

    /// <summary>As <see cref="Add"/> for a character known to be a letter, upper case or not.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public void AddLetter(bool upper, char previous, int position)
    {
        _letters++;
        if (upper)
        {
            _upper++;
            _innerCapital |= position > 0 && previous != '-';
        }
    }

    /// <summary>The verdict on the word whose characters were added.</summary>
    public readonly bool IsCode(ReadOnlySpan<char> word) => IsCode(word, word.Length > 1 && char.IsLower(word[0]));

    /// <summary>As <see cref="IsCode(ReadOnlySpan{char})"/>, told whether the word's first character is lower case.</summary>
    public readonly bool IsCode(ReadOnlySpan<char> word, bool lowerFirst) =>
        _innerCapital || _digits > 0 || (_upper > 1 && _upper == _letters) || (word.Length > 1 && lowerFirst && _upper > 0);
}

/// <summary>Enumerates the Latin-script words of text (letters with inner hyphens or apostrophes).</summary>
public ref struct LatinWordReader
{
    private readonly ReadOnlySpan<char> _text;
    private int _position;
    private bool _first;
    private bool _otherScript;

    // The current word as plain fields, each written once by MoveNext and read as it was written: a word struct stored
    // in pieces and read back whole by the caller's copy stalled every word on a failed store forwarding (the hottest
    // instruction of the page profile's own time, AOT build).
    private int _start;
    private int _length;
    private int _hash;
    private byte _flags;

    private const byte InitialFlag = 1;
    private const byte CodeFlag = 2;
    private const byte LowerFlag = 4;

    private LatinWordReader(ReadOnlySpan<char> text)
    {
        _text = text;
        _position = 0;
        _first = true;
        _otherScript = false;
    }

    public static LatinWordReader Read(ReadOnlySpan<char> text) => new(text);

    public readonly LatinWord Current =>
        LatinWord.Read(_text.Slice(_start, _length), _start, (_flags & InitialFlag) != 0, _hash, (_flags & CodeFlag) != 0, (_flags & LowerFlag) != 0);

    /// <summary>Where the current word starts in the text (<see cref="LatinWord.Index"/>).</summary>
    internal readonly int CurrentStart => _start;

    /// <summary>The current word's length.</summary>
    internal readonly int CurrentLength => _length;

    /// <summary>The current word's <see cref="WordSet.Hash"/>.</summary>
    internal readonly int CurrentHash => _hash;

    /// <summary>The current word looks like code (<see cref="LatinWord.LooksLikeCode"/>).</summary>
    internal readonly bool CurrentLooksLikeCode => (_flags & CodeFlag) != 0;

    /// <summary>The current word starts in lower case and does not look like code (<see cref="LatinWord.StartsLower"/>, <see cref="LatinWord.LooksLikeCode"/>).</summary>
    internal readonly bool CurrentIsLowerProse => (_flags & (LowerFlag | CodeFlag)) == LowerFlag;

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
        var classes = CharClasses.Table;
        while (i < text.Length)
        {
            var kind = classes[text[i]];

            // A letter of another script (every character of a Korean or Russian sentence but its spaces).
            if ((kind & CharClasses.OtherLetter) != 0)
            {
                _first = false;
                _otherScript = true;
                i++;
                continue;
            }

            if ((kind & CharClasses.Latin) != 0 || ((kind & CharClasses.Digit) != 0 && i + 1 < text.Length && (classes[text[i + 1]] & CharClasses.Latin) != 0))
            {
                // The word's hash and shape are taken in the same pass that finds its end.
                var start = i;
                var hash = WordSet.Seed;
                var shape = default(WordShape);
                var previous = '\0';
                while (i < text.Length)
                {
                    var d = text[i];
                    var dKind = classes[d];
                    if ((dKind & CharClasses.Latin) != 0)
                    {
                        shape.AddLetter((dKind & CharClasses.Upper) != 0, previous, i - start);
                    }
                    else if ((dKind & CharClasses.Digit) != 0)
                    {
                        shape.AddDigit();
                    }
                    else if ((dKind & CharClasses.Joiner) == 0 || i + 1 >= text.Length || (classes[text[i + 1]] & CharClasses.Latin) == 0)
                    {
                        break;
                    }

                    hash = WordSet.Step(hash, d);
                    previous = d;
                    i++;
                }

                var word = text[start..i];
                var startsLower = (classes[word[0]] & CharClasses.Lower) != 0;
                _start = start;
                _length = i - start;
                _hash = WordSet.Finish(hash);
                _flags = (byte)((_first ? InitialFlag : 0) | (shape.IsCode(word, startsLower) ? CodeFlag : 0) | (startsLower ? LowerFlag : 0));
                _first = false;
                _position = i;
                return true;
            }

            // (A character of no script is no letter: the script table says so, and it leaves the sentence's start as it is.)
            i++;
        }

        _position = i;
        return false;
    }
}

/// <summary>
/// What the word reader asks of each character, one lookup in a table of the 65,536 answers: its script class
/// (a Latin letter, a letter of another script, a decimal digit, none of these), its case and whether it joins
/// two words' letters. The reader asked the script table, then char.IsDigit, char.IsUpper and char.IsLetter of
/// the same character (a Unicode category lookup each beyond Latin-1): its own time was 3% of a whole-site check.
/// </summary>
internal static class CharClasses
{
    public const byte Latin = 1;
    public const byte OtherLetter = 2;
    public const byte Digit = 4;
    public const byte Upper = 8;
    public const byte Lower = 16;
    public const byte Joiner = 32;

    public static readonly byte[] Table = Build();

    private static byte[] Build()
    {
        var table = new byte[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            table[c] = Of((char)c);
        }

        return table;
    }

    /// <summary>The class of one character, from the predicates the reader asked before the table.</summary>
    internal static byte Of(char c)
    {
        var script = ScriptClassifier.Of(c);
        var kind = script switch
        {
            Script.Latin => Latin,
            Script.None => char.IsDigit(c) ? Digit : (byte)0,
            _ => OtherLetter,
        };
        kind |= char.IsUpper(c) ? Upper : (byte)0;
        kind |= char.IsLower(c) ? Lower : (byte)0;
        kind |= c is '-' or '\'' or '’' ? Joiner : (byte)0;
        return kind;
    }
}
