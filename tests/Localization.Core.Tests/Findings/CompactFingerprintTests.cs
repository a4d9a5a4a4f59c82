using System.Text.Json;
using Localization.Core.Checking;
using Localization.Core.Findings;
using Localization.Core.Reports;
using Xunit;

namespace Localization.Core.Tests.Findings;

/// <summary>
/// A finding keeps its fingerprint as two 64-bit hashes instead of the string: every fingerprint must read
/// back as the very text it was given, make the same report, and be made unique exactly as the string-keyed
/// version did (baselines depend on every character).
/// </summary>
public sealed class CompactFingerprintTests
{
    [Fact]
    public void Computed_fingerprints_read_back_as_given()
    {
        var random = new Random(20261201);
        for (var n = 0; n < 20_000; n++)
        {
            var text = FindingFingerprint.Compute(Word(random), "ko", Word(random), random.Next(3) == 0 ? null : Word(random), Word(random));
            Assert.True(FingerprintHash.TryParse(text, out var hash));
            Assert.Equal(text, hash.ToString());
            var finding = With(text);
            Assert.Equal(text, finding.Fingerprint);
            Assert.True(finding.TryGetFingerprintHash(out var kept));
            Assert.Equal(hash, kept);
        }
    }

    /// <summary>A page's findings are made from the hashes (no string): the same fingerprint as the string it replaced.</summary>
    [Fact]
    public void Findings_made_from_hashes_equal_findings_made_from_strings()
    {
        var random = new Random(3);
        for (var n = 0; n < 20_000; n++)
        {
            var prefix = FindingFingerprint.Begin(Word(random), "fr", Word(random));
            var (unit, text) = (random.Next(3) == 0 ? null : Word(random), Word(random) + " docs/a.md:12 line 4");
            Assert.Equal(FindingFingerprint.ComputeForMessage(prefix, unit, text), FindingFingerprint.HashForMessage(prefix, unit, text).ToString());
            Assert.Equal(FindingFingerprint.Compute(prefix, unit, text), FindingFingerprint.Hash(prefix, unit, text).ToString());
            var fromString = With(FindingFingerprint.Compute(prefix, unit, text));
            var fromHash = new Finding(FindingFingerprint.Hash(prefix, unit, text))
            {
                Rule = fromString.Rule,
                RuleId = fromString.RuleId,
                Severity = fromString.Severity,
                Language = fromString.Language,
                File = fromString.File,
                Line = fromString.Line,
                Column = fromString.Column,
                EndLine = fromString.EndLine,
                EndColumn = fromString.EndColumn,
                Message = fromString.Message,
            };
            Assert.Equal(fromString, fromHash);
            Assert.Equal(fromString.Fingerprint, fromHash.Fingerprint);
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("fp1")]
    [InlineData("0123456789ABCDEF0123456789abcdef")] // upper case: not what l10n writes, kept as text
    [InlineData("0123456789abcdef0123456789abcde")] // 31 digits
    [InlineData("0123456789abcdef0123456789abcdef0")] // 33 digits
    [InlineData("0123456789abcdef0123456789abcdeg")]
    [InlineData("０123456789abcdef0123456789abcdef")] // a full-width digit
    public void Other_texts_are_kept_as_they_are(string text)
    {
        var finding = With(text);
        Assert.Equal(text, finding.Fingerprint);
        Assert.False(finding.TryGetFingerprintHash(out _));
    }

    [Fact]
    public void Every_hex_text_of_32_lower_case_digits_round_trips()
    {
        var random = new Random(7);
        const string digits = "0123456789abcdef";
        for (var n = 0; n < 20_000; n++)
        {
            var text = new string(Enumerable.Range(0, 32).Select(_ => digits[random.Next(16)]).ToArray());
            Assert.Equal(text, With(text).Fingerprint);
        }

        Assert.Equal(new string('0', 32), With(new string('0', 32)).Fingerprint);
        Assert.Equal(new string('f', 32), With(new string('f', 32)).Fingerprint);
    }

    [Fact]
    public void Findings_differing_only_in_fingerprint_stay_unequal_and_copies_equal()
    {
        var a = With(FindingFingerprint.Compute("r", "ko", "f.md", null, "a"));
        var b = With(FindingFingerprint.Compute("r", "ko", "f.md", null, "b"));
        Assert.NotEqual(a, b);
        Assert.Equal(a, a with { });
        Assert.Equal(a, With(a.Fingerprint));
        Assert.NotEqual(With("fp1"), With("fp2"));
        Assert.Equal(With("fp1"), With("fp1"));
        Assert.Equal(b.Fingerprint, (a with { Fingerprint = b.Fingerprint }).Fingerprint);
    }

    /// <summary>Repeated fingerprints (hashes and texts mixed) numbered as the string-keyed version numbered them.</summary>
    [Fact]
    public void Made_unique_as_with_string_keys()
    {
        var random = new Random(11);
        for (var run = 0; run < 200; run++)
        {
            var pool = Enumerable.Range(0, random.Next(1, 12))
                .Select(i => random.Next(4) == 0 ? "text-" + i : FindingFingerprint.Compute("r", "ko", "f.md", null, "d" + i))
                .ToList();
            AssertNumberedAsWithStrings(Enumerable.Range(0, random.Next(0, 60)).Select(_ => With(pool[random.Next(pool.Count)])).ToList());
        }
    }

    /// <summary>Reports large enough for the hashes to be counted in several tables number repeats as one table did.</summary>
    [Fact]
    public void Made_unique_as_with_string_keys_in_large_reports()
    {
        var random = new Random(12);
        foreach (var size in new[] { 1_023, 1_025, 2_047, 2_049, 4_000, 9_000, 40_000, 130_000 })
        {
            var pool = Enumerable.Range(0, size / 3)
                .Select(i => random.Next(50) == 0 ? "text-" + i : FindingFingerprint.Compute("r", "ko", "f.md", "u" + (i % 7), "d" + i))
                .ToList();
            AssertNumberedAsWithStrings(Enumerable.Range(0, size).Select(_ => With(pool[random.Next(pool.Count)])).ToList());
        }
    }

    /// <summary>
    /// The repeats found on several threads (the hashes read in ranges on each thread, then counted in order in one table) are the
    /// ones one pass finds, numbered the same; with fingerprints given as text among them too.
    /// </summary>
    [Fact]
    public void Repeats_found_in_parts_are_the_repeats_of_one_pass()
    {
        var random = new Random(13);
        foreach (var (size, texts) in new[] { 0, 1, 60, 1_025, 2_049, 9_000, 40_000 }.SelectMany(size => new[] { (size, false), (size, true) }))
        {
            var pool = Enumerable.Range(0, Math.Max(1, size / 3))
                .Select(i => texts && random.Next(50) == 0 ? "text-" + i : FindingFingerprint.Compute("r", "ko", "f.md", "u" + (i % 7), "d" + i))
                .ToList();

            // The hash of all zeros too (no hash marks a free slot of the open-addressed count).
            pool[0] = new string('0', 32);
            var findings = Enumerable.Range(0, size).Select(_ => With(pool[random.Next(pool.Count)])).ToList();
            var expected = findings.ToList();
            MakeUniqueWithStrings(expected);
            foreach (var parallelism in new[] { 1, 2, 3, 8 })
            {
                var numbered = findings.ToList();
                var repeated = FindingFingerprint.Repeated(findings, parallelism);
                Assert.Equal(repeated.Count, repeated.Select(r => r.Index).Distinct().Count());
                foreach (var (index, unique) in repeated)
                {
                    numbered[index] = unique;
                }

                Assert.Equal(expected.Select(f => f.Fingerprint), numbered.Select(f => f.Fingerprint));
            }
        }
    }

    private static void AssertNumberedAsWithStrings(List<Finding> findings)
    {
        var expected = findings.ToList();
        MakeUniqueWithStrings(expected);
        FindingFingerprint.MakeUnique(findings);
        Assert.Equal(expected.Select(f => f.Fingerprint), findings.Select(f => f.Fingerprint));
        Assert.Equal(findings.Count, findings.Select(f => f.Fingerprint).Distinct(StringComparer.Ordinal).Count());
    }

    /// <summary>A fingerprint given as other text is kept with the finding's place: it stays through a changed place and goes with a hash given after it.</summary>
    [Fact]
    public void A_text_fingerprint_stays_until_a_hash_replaces_it()
    {
        var hex = FindingFingerprint.Compute("r", "ko", "f.md", "u", "x");
        var text = With("fp-hand-written");
        var moved = text with { Language = "fr", File = "i18n/fr/a.md" };
        Assert.Equal("fp-hand-written", moved.Fingerprint);
        Assert.False(moved.TryGetFingerprintHash(out _));
        Assert.Equal(("fr", "i18n/fr/a.md"), (moved.Language, moved.File));
        var hashed = moved with { Fingerprint = hex };
        Assert.Equal(hex, hashed.Fingerprint);
        Assert.True(hashed.TryGetFingerprintHash(out _));
        Assert.Equal(With(hex) with { Language = "fr", File = "i18n/fr/a.md" }, hashed);
        Assert.NotEqual(With(hex), With(hex) with { Fingerprint = "fp-hand-written" });
        Assert.Equal(text, With("fp-hand-written"));
        Assert.Equal("fp-hand-written", (With(hex) with { Fingerprint = "fp-hand-written" }).Fingerprint);
    }

    /// <summary>
    /// A page's finding is one object of 64 bytes (header, body, place, hashes, four positions): a site's report holds
    /// 133,000 of them until it is written, each copied by the collector as it ages.
    /// </summary>
    [Fact]
    public void A_pages_finding_is_64_bytes()
    {
        var body = new FindingBody("r", "LC1", Severity.Warning, null, "m", null, null, null, null);
        var place = new FindingPlace("ko", "f.md");
        var kept = new Finding[1_000];
        _ = new Finding(body, place, 1, 2, 3, 4, default);
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < kept.Length; i++)
        {
            kept[i] = new Finding(body, place, i, 2, 3, 4, default);
        }

        Assert.Equal(64 * kept.Length, GC.GetAllocatedBytesForCurrentThread() - before);
        GC.KeepAlive(kept);
    }

    [Fact]
    public void The_json_report_writes_the_fingerprint_text()
    {
        var findings = new[] { With(FindingFingerprint.Compute("r", "ko", "f.md", "u", "x")), With("fp-hand-written") };
        var result = new CheckResult([], findings, ["ko"], 0);
        using var output = new StringWriter();
        new JsonReportWriter().Write(result, output);
        using var json = JsonDocument.Parse(output.ToString());
        var written = json.RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("fingerprint").GetString()).ToArray();
        Assert.Equal(findings.Select(f => f.Fingerprint), written);
    }

    /// <summary>The SARIF, export and baseline writers write the fingerprint from its hashes: the bytes writing the string gave.</summary>
    [Theory]
    [InlineData("fingerprint")]
    [InlineData("l10nFingerprint/v1")]
    public void Fingerprint_properties_are_the_bytes_of_the_string(string name)
    {
        foreach (var finding in new[] { With(FindingFingerprint.Compute("r", "ko", "f.md", "u", "x")), With("hand <written> \"fp\" ü") })
        {
            var expected = Json(json => json.WriteString(name, finding.Fingerprint));
            Assert.Equal(expected, Json(json => FingerprintJson.Write(json, JsonEncodedText.Encode(name, ToolInfo.JsonOptions.Encoder), finding)));
            Assert.Equal(expected, Json(json => FingerprintJson.Write(json, System.Text.Encoding.UTF8.GetBytes(name), finding)));
        }
    }

    private static string Json(Action<Utf8JsonWriter> write)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, ToolInfo.JsonOptions))
        {
            json.WriteStartObject();
            write(json);
            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>MakeUnique as it was, keyed by the fingerprint strings.</summary>
    private static void MakeUniqueWithStrings(List<Finding> findings)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < findings.Count; i++)
        {
            var f = findings[i];
            var count = seen[f.Fingerprint] = seen.GetValueOrDefault(f.Fingerprint) + 1;
            if (count > 1)
            {
                findings[i] = f with { Fingerprint = FindingFingerprint.Compute(f.Rule, f.Language, f.File, f.Fingerprint, "occurrence " + count.ToString(System.Globalization.CultureInfo.InvariantCulture)) };
            }
        }
    }

    private static Finding With(string fingerprint) => new()
    {
        Rule = "link-mismatch",
        RuleId = "LC201",
        Severity = Severity.Warning,
        Language = "ko",
        File = "i18n/ko/a.md",
        Line = 3,
        Column = 1,
        EndLine = 3,
        EndColumn = 9,
        Message = "a link changed",
        Fingerprint = fingerprint,
    };

    private static string Word(Random random) => new(Enumerable.Range(0, random.Next(0, 20)).Select(_ => (char)random.Next(32, 0x3000)).ToArray());
}
