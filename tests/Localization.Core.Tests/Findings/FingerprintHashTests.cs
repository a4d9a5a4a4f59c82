using System.Globalization;
using Localization.Core.Findings;
using Localization.Core.Tests.TestSupport;
using Xunit;

namespace Localization.Core.Tests.Findings;

/// <summary>
/// The fingerprint's hashing was made faster (state in registers, the page's leading parts hashed once, hex
/// written by hand): every fingerprint must stay what the plain per-character version with "x16" formatting
/// gave, or every baseline users hold would break.
/// </summary>
public sealed class FingerprintHashTests
{
    [Fact]
    public void Equals_the_plain_hash_on_random_parts()
    {
        const string alphabet = "abcXYZ 0129.:/-_ü한글…\u200D\"\\";
        var random = new Random(20261201);
        for (var n = 0; n < 50_000; n++)
        {
            var (rule, language, file, detail) = (Text(random, alphabet), Text(random, alphabet), Text(random, alphabet), Text(random, alphabet));
            var unit = random.Next(5) == 0 ? null : Text(random, alphabet);
            var expected = Plain(rule, language, file, unit, detail);
            Assert.Equal(expected, FindingFingerprint.Compute(rule, language, file, unit, detail));
            Assert.Equal(expected, FindingFingerprint.Compute(FindingFingerprint.Begin(rule, language, file), unit, detail));
            Assert.Equal(FindingFingerprint.ComputeForMessage(rule, language, file, unit, detail), FindingFingerprint.ComputeForMessage(FindingFingerprint.Begin(rule, language, file), unit, detail));
        }
    }

    [Fact]
    public void Empty_and_missing_parts_hash_alike_as_before()
    {
        Assert.Equal(Plain("", "", "", null, ""), FindingFingerprint.Compute("", "", "", null, ""));
        Assert.Equal(Plain("r", "ko", "f.md", "", "d"), FindingFingerprint.Compute("r", "ko", "f.md", "", "d"));
    }

    private static string Text(Random random, string alphabet) => RandomText.Of(random, alphabet, 0, 40);

    /// <summary>The hash as it was first written: two FNV-1a variants over each part, a separator after each.</summary>
    private static string Plain(string rule, string language, string file, string? unit, string detail)
    {
        var a = 14695981039346656037UL;
        var b = 0x6c62272e07bb0142UL;
        foreach (var part in new[] { rule, language, file, unit, detail })
        {
            foreach (var c in part ?? "")
            {
                a = (a ^ c) * 1099511628211UL;
                b = (b ^ c) * 1099511628211UL;
                b ^= b >> 29;
            }

            a = (a ^ 0x1f) * 1099511628211UL;
            b = (b ^ 0x1f) * 1099511628211UL;
        }

        return a.ToString("x16", CultureInfo.InvariantCulture) + b.ToString("x16", CultureInfo.InvariantCulture);
    }
}
