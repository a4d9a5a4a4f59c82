using System.Buffers;
using System.Text;
using System.Text.Json;
using Localization.Core.Findings;
using Localization.Core.Reports;
using Xunit;

namespace Localization.Core.Tests.Reports;

/// <summary>
/// The report's findings rendered straight into bytes are, byte for byte, what the library's writer wrote for
/// them (the writer's code before the hand-written rendering is kept here as the reference): every UTF-16 code
/// unit in every kind of text, escaped and unescaped texts, lone surrogates, fingerprints as hashes and as text.
/// </summary>
public sealed class FindingJsonItemsTests
{
    [Fact]
    public void Random_findings_are_rendered_as_the_writer_wrote_them()
    {
        var random = new Random(20261201);
        var findings = Enumerable.Range(0, 50_000).Select(_ => RandomFinding(random)).ToList();
        AssertSameAsWriter(findings, blockSize: 48);
        AssertSameAsWriter(findings[..1], blockSize: 1);
        AssertSameAsWriter(findings[..7], blockSize: 3);
    }

    /// <summary>
    /// A body shared by the findings of several languages is rendered once and copied after: the same bytes as
    /// rendering each finding; a finding changed by <c>with</c> after its body was rendered is rendered afresh.
    /// </summary>
    [Fact]
    public void Shared_bodies_are_rendered_as_the_writer_wrote_them()
    {
        var random = new Random(5);
        var bodies = Enumerable.Range(0, 300).Select(_ => RandomFinding(random)).ToList();
        foreach (var finding in bodies)
        {
            finding.Body.Shared = true;
        }

        var findings = Enumerable.Range(0, 6_000).Select(i => bodies[random.Next(bodies.Count)] with
        {
            Language = i % 3 == 0 ? "ko" : "k\"o",
            File = $"i18n/{i % 31}/page.md",
            Line = random.Next(1, 900),
            Fingerprint = new FingerprintHash((ulong)random.NextInt64(), (ulong)random.NextInt64()).ToString(),
        }).ToList();
        AssertSameAsWriter(findings, blockSize: 48); // the first finding of each body renders it
        Assert.All(bodies, f => Assert.NotNull(f.Body.Json));
        AssertSameAsWriter(findings, blockSize: 48); // every body copied
        AssertSameAsWriter(findings.ConvertAll(f => random.Next(2) == 0 ? f with { Message = Text(random) } : f), blockSize: 7);
        AssertSameAsWriter(findings.ConvertAll(f => random.Next(2) == 0 ? f with { TargetText = Text(random), Source = null } : f), blockSize: 48);
    }

    /// <summary>A block's findings of one page share their file, language and rules (one string each): copied from the finding before.</summary>
    [Fact]
    public void Texts_repeated_from_the_finding_before_are_rendered_as_the_writer_wrote_them()
    {
        var random = new Random(11);
        var (rules, files) = (new[] { "untranslated-block", "link-changed", "ru\\le", "규칙" }, new[] { "i18n/ko/a.md", "i18n/ko/\"b\".md", "i18n/ko/é.md" });
        var findings = Enumerable.Range(0, 5_000).Select(i =>
        {
            var f = RandomFinding(random);
            return f with { Rule = rules[random.Next(2) == 0 ? 0 : random.Next(rules.Length)], File = files[(i / 40) % files.Length], Language = i % 100 < 50 ? "ko" : "k\"o" };
        }).ToList();
        AssertSameAsWriter(findings, blockSize: 48);
        AssertSameAsWriter(findings, blockSize: 1_000);

        // One renderer for several blocks in different buffers, as a test may use it.
        using var renderer = new FindingJsonItems();
        for (var start = 0; start < 200; start += 50)
        {
            var buffer = new ArrayBufferWriter<byte>();
            renderer.Render(findings, start, start + 50, buffer);
            Assert.Equal(Reference(findings, start, start + 50), buffer.WrittenSpan.ToArray());
        }
    }

    [Fact]
    public void Every_utf16_code_unit_is_rendered_as_the_writer_wrote_it()
    {
        var findings = new List<Finding>();
        for (var c = 0; c <= char.MaxValue; c += 16)
        {
            var text = new string(Enumerable.Range(c, 16).Select(x => (char)x).ToArray());
            findings.Add(Make(text, text, "a " + text + " b", text, null, text, text, "x" + text));
        }

        for (var c = 0; c <= char.MaxValue; c++)
        {
            var one = ((char)c).ToString();
            findings.Add(Make(one, one, one, "ascii " + one, one, null, one, one));
        }

        AssertSameAsWriter(findings, blockSize: 48);
    }

    /// <summary>Numbers as the writer formats them: every power of ten and its neighbours, the extremes, negatives.</summary>
    [Fact]
    public void Numbers_are_the_writers_digits()
    {
        var numbers = new List<int> { 0, 1, -1, int.MaxValue, int.MinValue, int.MaxValue - 1, int.MinValue + 1 };
        for (var p = 1L; p <= int.MaxValue; p *= 10)
        {
            numbers.AddRange([(int)p - 1, (int)p, (int)Math.Min(p + 1, int.MaxValue), -(int)p]);
        }

        var random = new Random(5);
        numbers.AddRange(Enumerable.Range(0, 20_000).Select(i => random.Next(int.MinValue, int.MaxValue) >> random.Next(31)));
        AssertSameAsWriter([.. numbers.Select(n => Make("r", "ko", "m", "docs/a.md", null, null, null, "f", n))], blockSize: 48);
    }

    /// <summary>Both hashes as lower-case hex digits, as "x16" formats them (the digits are written by hand).</summary>
    [Fact]
    public void Fingerprint_hashes_are_the_writers_hex_digits()
    {
        var random = new Random(7);
        var findings = new List<Finding>();
        foreach (var (a, b) in new[] { (0UL, 0UL), (ulong.MaxValue, ulong.MaxValue), (1UL, 0x8000000000000000UL) })
        {
            findings.Add(Make("r", "ko", "m", null, null, null, null, new FingerprintHash(a, b).ToString()));
        }

        for (var i = 0; i < 5_000; i++)
        {
            var hash = new FingerprintHash((ulong)random.NextInt64() ^ ((ulong)random.Next() << 40), (ulong)random.NextInt64());
            findings.Add(Make("r", "ko", "m", null, null, null, null, hash.ToString()));
        }

        AssertSameAsWriter(findings, blockSize: 48);
    }

    private static void AssertSameAsWriter(List<Finding> findings, int blockSize)
    {
        for (var start = 0; start < findings.Count; start += blockSize)
        {
            var end = Math.Min(start + blockSize, findings.Count);
            var buffer = new ArrayBufferWriter<byte>();
            using var renderer = new FindingJsonItems();
            renderer.Render(findings, start, end, buffer);
            var expected = Reference(findings, start, end);
            if (!expected.AsSpan().SequenceEqual(buffer.WrittenSpan))
            {
                Assert.Equal(Encoding.UTF8.GetString(expected), Encoding.UTF8.GetString(buffer.WrittenSpan));
                Assert.Equal(expected, buffer.WrittenSpan.ToArray());
            }
        }
    }

    private static readonly string[] Pieces =
    [
        "paragraph left in English: it is the English of docs/about.md:12 unchanged", "#### General", "i18n/ko/about.md",
        "a \"quoted\" title", "back\\slash", "tab\t", "line\nbreak", "\r", "<html> & 'apostrophes' +`", "한국어 번역", "日本語の文",
        "emoji 💛", "…", "\u2028", "\u007F", "\u00AD soft hyphen", "\uFEFF", "\uD800", "\uDC00\uD800", "\uDBFF\uDFFF", "é", "\u0001",
        "Привет", "مرحبا", "\u200D", "\uFFFD", "\uFFFF", "", " ", "x",
    ];

    private static string Text(Random random)
    {
        var builder = new StringBuilder();
        var parts = random.Next(0, 6);
        for (var i = 0; i < parts; i++)
        {
            builder.Append(random.Next(4) == 0 ? ((char)random.Next(0, 0x10000)).ToString() : Pieces[random.Next(Pieces.Length)]);
        }

        return builder.ToString();
    }

    private static Finding RandomFinding(Random random)
    {
        var sourceText = random.Next(4) == 0 ? null : Text(random);
        var targetText = random.Next(3) switch
        {
            0 => sourceText,
            1 => sourceText is null ? null : new string(sourceText.AsSpan()),
            _ => random.Next(4) == 0 ? null : Text(random),
        };
        var fingerprint = random.Next(5) switch
        {
            0 => Text(random),
            1 => new string('A', 32),
            _ => new FingerprintHash((ulong)random.NextInt64(), (ulong)random.NextInt64()).ToString(),
        };
        var plain = random.Next(3) > 0;
        return Make(
            plain ? "untranslated-block" : Text(random),
            plain ? "ko" : Text(random),
            Text(random),
            random.Next(3) == 0 ? null : (plain ? "docs/about.md" : Text(random)),
            sourceText,
            targetText,
            random.Next(4) == 0 ? null : Text(random),
            fingerprint,
            random.Next(-2, 3) * random.Next());
    }

    private static Finding Make(string rule, string language, string message, string? sourceFile, string? sourceText, string? targetText, string? unit, string fingerprint, int number = 12) => new()
    {
        Rule = rule,
        RuleId = rule.Length > 3 ? rule[..3] : rule,
        Severity = (Severity)((number & int.MaxValue) % 3),
        Language = language,
        File = "i18n/" + language + "/x.md",
        Line = number,
        Column = 1,
        EndLine = int.MaxValue,
        EndColumn = int.MinValue,
        Source = sourceFile is null ? null : new SourceReference(sourceFile, number / 7),
        Message = message,
        SourceText = sourceText,
        TargetText = targetText,
        UnitId = unit,
        Fingerprint = fingerprint,
    };

    /// <summary>Items [start, end) as the report's writer rendered them before (its code as it was).</summary>
    private static byte[] Reference(List<Finding> items, int start, int end)
    {
        var buffer = new ArrayBufferWriter<byte>();
        var from = Render(items, start, end, buffer, WriteFinding);
        return buffer.WrittenSpan[from..].ToArray();
    }

    /// <summary>Items [start, end) written one by one by <paramref name="writeItem"/> as the first items of an array at the report's depth; returns where the first one starts.</summary>
    internal static int Render<T>(IReadOnlyList<T> items, int start, int end, ArrayBufferWriter<byte> buffer, Action<Utf8JsonWriter, T> writeItem)
    {
        using var json = new Utf8JsonWriter(buffer, ToolInfo.JsonOptions);
        json.WriteStartObject();
        json.WriteStartArray("items");
        json.Flush();
        var from = buffer.WrittenCount;
        for (var i = start; i < end; i++)
        {
            writeItem(json, items[i]);
        }

        json.Flush();
        return from;
    }

    private static void WriteFinding(Utf8JsonWriter json, Finding f)
    {
        // Property names encoded once: a site's report writes a hundred thousand findings.
        json.WriteStartObject();
        json.WriteString(Names.Rule, f.Rule);
        json.WriteString(Names.RuleId, f.RuleId);
        json.WriteString(Names.Severity, f.Severity.Name());
        json.WriteString(Names.Language, f.Language);
        json.WriteString(Names.File, f.File);
        json.WriteNumber(Names.Line, f.Line);
        json.WriteNumber(Names.Column, f.Column);
        json.WriteNumber(Names.EndLine, f.EndLine);
        json.WriteNumber(Names.EndColumn, f.EndColumn);
        if (f.Source is { } source)
        {
            json.WriteStartObject(Names.Source);
            json.WriteString(Names.File, source.File);
            json.WriteNumber(Names.Line, source.Line);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull(Names.Source);
        }

        json.WriteString(Names.Message, f.Message);
        WriteOptional(json, Names.SourceText, f.SourceText);
        WriteOptional(json, Names.TargetText, f.TargetText);
        WriteOptional(json, Names.Unit, f.UnitId);
        FingerprintJson.Write(json, Names.Fingerprint, f);
        json.WriteEndObject();
    }

    private static void WriteOptional(Utf8JsonWriter json, JsonEncodedText name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    private static class Names
    {
        public static readonly JsonEncodedText Rule = JsonEncodedText.Encode("rule");
        public static readonly JsonEncodedText RuleId = JsonEncodedText.Encode("ruleId");
        public static readonly JsonEncodedText Severity = JsonEncodedText.Encode("severity");
        public static readonly JsonEncodedText Language = JsonEncodedText.Encode("language");
        public static readonly JsonEncodedText File = JsonEncodedText.Encode("file");
        public static readonly JsonEncodedText Line = JsonEncodedText.Encode("line");
        public static readonly JsonEncodedText Column = JsonEncodedText.Encode("column");
        public static readonly JsonEncodedText EndLine = JsonEncodedText.Encode("endLine");
        public static readonly JsonEncodedText EndColumn = JsonEncodedText.Encode("endColumn");
        public static readonly JsonEncodedText Source = JsonEncodedText.Encode("source");
        public static readonly JsonEncodedText Message = JsonEncodedText.Encode("message");
        public static readonly JsonEncodedText SourceText = JsonEncodedText.Encode("sourceText");
        public static readonly JsonEncodedText TargetText = JsonEncodedText.Encode("targetText");
        public static readonly JsonEncodedText Unit = JsonEncodedText.Encode("unit");
        public static readonly JsonEncodedText Fingerprint = JsonEncodedText.Encode("fingerprint");
    }
}
