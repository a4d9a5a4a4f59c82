namespace Localization.Core.Findings;

/// <summary>
/// A fingerprint as its two 64-bit hashes: what <see cref="Finding"/> keeps instead of the 32-character string.
/// A whole site's report holds 133,000 findings until it is written; their fingerprint strings were 12 MB of small
/// objects that every young collection traced and copied again.
/// </summary>
internal readonly record struct FingerprintHash(ulong A, ulong B)
{
    public const int Length = 32;

    /// <summary>Both hashes as 32 lower-case hex digits, <see cref="A"/> first.</summary>
    public override string ToString() => string.Create(Length, this, static (span, h) => h.Format(span));

    public void Format(Span<char> destination)
    {
        A.TryFormat(destination, out _, "x16", System.Globalization.CultureInfo.InvariantCulture);
        B.TryFormat(destination[16..], out _, "x16", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The same digits as <see cref="Format(Span{char})"/>, as UTF-8 (what the JSON report writes).</summary>
    public void FormatUtf8(Span<byte> destination)
    {
        A.TryFormat(destination, out _, "x16", System.Globalization.CultureInfo.InvariantCulture);
        B.TryFormat(destination[16..], out _, "x16", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The hashes of a fingerprint written as <see cref="ToString"/> writes them (exactly 32 lower-case hex
    /// digits); any other text (a hand-written baseline's, a test's) is no hash and is kept as it is.
    /// </summary>
    public static bool TryParse(string? text, out FingerprintHash hash)
    {
        hash = default;
        if (text is null || text.Length != Length)
        {
            return false;
        }

        ulong a = 0, b = 0;
        for (var i = 0; i < 16; i++)
        {
            if (Digit(text[i]) is not (var x and >= 0) || Digit(text[16 + i]) is not (var y and >= 0))
            {
                return false;
            }

            a = (a << 4) | (uint)x;
            b = (b << 4) | (uint)y;
        }

        hash = new FingerprintHash(a, b);
        return true;
    }

    private static int Digit(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        _ => -1,
    };
}
