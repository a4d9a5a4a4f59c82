using Localization.Core.Findings;
using Localization.Core.Tests.TestSupport;
using Xunit;

namespace Localization.Core.Tests.Findings;

/// <summary>
/// A page's fingerprints are hashed three at a time (<see cref="FingerprintBatch"/>): each must be exactly what
/// <see cref="FindingFingerprint.Hash"/> gives for it alone, whatever the lengths of the three chains' parts
/// (empty, missing, of one character, much longer than the others) and however many findings a page has.
/// </summary>
public sealed class FingerprintBatchTests
{
    [Fact]
    public void Each_hash_equals_the_single_hash_on_random_batches()
    {
        const string alphabet = "abcXYZ 0129.:/-_ü한글…\u200D\"\\";
        var random = new Random(20261202);
        for (var batch = 0; batch < 4_000; batch++)
        {
            var count = random.Next(0, 23);
            var items = new FingerprintBatch.Pending[count];
            for (var i = 0; i < count; i++)
            {
                var prefix = FindingFingerprint.Begin(Text(random, alphabet, 12), Text(random, alphabet, 4), Text(random, alphabet, 30));
                // Lengths apart by much and by nothing: a chain ends its part before, with or after the others.
                var unit = random.Next(6) == 0 ? "" : Text(random, alphabet, random.Next(3) == 0 ? 2 : 70);
                var detail = random.Next(8) == 0 ? "" : Text(random, alphabet, random.Next(3) == 0 ? 1 : 120);
                items[i] = new FingerprintBatch.Pending(null!, prefix, unit, detail);
            }

            var hashes = new FingerprintHash[count];
            FingerprintBatch.Hash(items, hashes);
            for (var i = 0; i < count; i++)
            {
                Assert.Equal(FindingFingerprint.Hash(items[i].Prefix, items[i].UnitId, items[i].Detail), hashes[i]);
            }
        }
    }

    [Fact]
    public void Findings_get_the_fingerprint_of_their_parts_and_a_missing_unit_id_hashes_as_empty()
    {
        var batch = new FingerprintBatch();
        var findings = new List<(Finding Finding, string Expected)>();
        for (var i = 0; i < 11; i++)
        {
            var finding = new Finding(default(FingerprintHash));
            string? unit = i % 3 == 0 ? null : new string('u', i * 7);
            var detail = new string('d', 50 - (i * 4));
            batch.Add(finding, FindingFingerprint.Begin("untranslated-block", "ko", "i18n/ko/page.md"), unit, detail);
            findings.Add((finding, FindingFingerprint.Compute("untranslated-block", "ko", "i18n/ko/page.md", unit, detail)));
        }

        // Each third one added hashes the three waiting: two are left.
        Assert.Equal(2, batch.Count);
        Assert.All(findings.Take(9), f => Assert.Equal(f.Expected, f.Finding.Fingerprint));
        batch.Complete();
        Assert.Equal(0, batch.Count);
        Assert.All(findings, f => Assert.Equal(f.Expected, f.Finding.Fingerprint));
    }

    private static string Text(Random random, string alphabet, int max) => RandomText.Of(random, alphabet, 0, max + 1);
}
