namespace Localization.Core.Tests.TestSupport;

/// <summary>
/// Random texts drawn from an alphabet, for the tests that hold a fast path to its reference on many texts: the
/// length first, then each character, from the caller's <see cref="Random"/> (so a test that draws anything else
/// between texts keeps its sequence).
/// </summary>
internal static class RandomText
{
    /// <summary>A text of <paramref name="minLength"/> to <paramref name="maxLength"/> - 1 characters of <paramref name="alphabet"/>.</summary>
    public static string Of(Random random, string alphabet, int minLength, int maxLength) =>
        Of(random, alphabet, random.Next(minLength, maxLength));

    /// <summary>A text of exactly <paramref name="length"/> characters of <paramref name="alphabet"/>.</summary>
    public static string Of(Random random, string alphabet, int length)
    {
        return string.Create(length, (random, alphabet), static (chars, state) =>
        {
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = state.alphabet[state.random.Next(state.alphabet.Length)];
            }
        });
    }
}
