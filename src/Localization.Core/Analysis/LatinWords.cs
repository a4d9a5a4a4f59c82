using Localization.Core.Text;

namespace Localization.Core.Analysis;

/// <summary>A Latin-script word of a sentence, with whether it starts the sentence.</summary>
public readonly record struct LatinWord(string Text, int Index, bool SentenceInitial)
{
    /// <summary>Mixed case, digits or an acronym (macOS, E2EE, P2P, GitHub): a name or a code, never prose.</summary>
    public bool LooksLikeCode
    {
        get
        {
            var upper = 0;
            var digits = 0;
            for (var i = 0; i < Text.Length; i++)
            {
                var c = Text[i];
                if (char.IsDigit(c))
                {
                    digits++;
                }
                else if (char.IsUpper(c))
                {
                    upper++;
                    if (i > 0 && Text[i - 1] != '-')
                    {
                        return true;
                    }
                }
            }

            return digits > 0 || (upper > 1 && upper == Text.Count(char.IsLetter)) || (Text.Length > 1 && char.IsLower(Text[0]) && upper > 0);
        }
    }
}

/// <summary>Finds Latin-script words in text (letters with inner hyphens or apostrophes).</summary>
public static class LatinWordReader
{
    public static List<LatinWord> Read(ReadOnlySpan<char> text)
    {
        var words = new List<LatinWord>();
        var i = 0;
        var first = true;
        while (i < text.Length)
        {
            var c = text[i];
            if (ScriptClassifier.Of(c) == Script.Latin || (char.IsDigit(c) && i + 1 < text.Length && ScriptClassifier.Of(text[i + 1]) == Script.Latin))
            {
                var start = i;
                while (i < text.Length && (ScriptClassifier.Of(text[i]) == Script.Latin || char.IsDigit(text[i])
                    || (text[i] is '-' or '\'' or '’' && i + 1 < text.Length && ScriptClassifier.Of(text[i + 1]) == Script.Latin)))
                {
                    i++;
                }

                words.Add(new LatinWord(text[start..i].ToString(), start, first));
                first = false;
                continue;
            }

            if (char.IsLetter(c))
            {
                first = false;
            }

            i++;
        }

        return words;
    }
}
