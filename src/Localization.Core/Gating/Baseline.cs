using System.Text.Json;
using Localization.Core.Checking;
using Localization.Core.Crowdin;
using Localization.Core.Findings;
using Localization.Core.Reports;

namespace Localization.Core.Gating;

/// <summary>
/// The findings a project has accepted for now (<c>--write-baseline</c>), matched by fingerprint — rule,
/// language, file, the English unit and the texts involved, never a line number — so editing elsewhere in a
/// page keeps them accepted while a new problem on the same page is still reported. Matching counts: two
/// identical findings in the baseline accept two in the run, not a third.
/// </summary>
public sealed class Baseline
{
    /// <summary>The version of the file format (its <c>"baseline"</c> member).</summary>
    public const int FormatVersion = 1;

    private readonly Dictionary<string, int> _counts;

    private Baseline(Dictionary<string, int> counts) => _counts = counts;

    public int Count => _counts.Values.Sum();

    /// <summary>The run without the findings the baseline accepts.</summary>
    public CheckResult Apply(CheckResult result)
    {
        var left = new Dictionary<string, int>(_counts, StringComparer.Ordinal);
        var accepted = new HashSet<Finding>(ReferenceEqualityComparer.Instance);
        foreach (var finding in result.Findings)
        {
            var fingerprint = finding.Fingerprint;
            if (left.TryGetValue(fingerprint, out var n) && n > 0)
            {
                left[fingerprint] = n - 1;
                accepted.Add(finding);
            }
        }

        if (accepted.Count == 0)
        {
            return result;
        }

        // A file's own list holds the same finding objects, or (copied files) equal ones: match by fingerprint per file,
        // as many of each as were accepted (two equal findings of which the baseline accepts one leave one in the file).
        var acceptedByFile = accepted.GroupBy(f => (f.Language, f.File)).ToDictionary(
            g => g.Key,
            g => g.GroupBy(f => f.Fingerprint, StringComparer.Ordinal).ToDictionary(same => same.Key, same => same.Count(), StringComparer.Ordinal));
        return result with
        {
            Findings = result.Findings.Where(f => !accepted.Contains(f)).ToList(),
            Files = result.Files.Select(file => acceptedByFile.TryGetValue((file.Pair.Language, file.Pair.Target), out var counts)
                ? file with { Findings = WithoutAccepted(file.Findings, counts) }
                : file).ToList(),
        };
    }

    private static List<Finding> WithoutAccepted(IEnumerable<Finding> findings, Dictionary<string, int> acceptedCounts)
    {
        var kept = new List<Finding>();
        foreach (var finding in findings)
        {
            if (acceptedCounts.TryGetValue(finding.Fingerprint, out var n) && n > 0)
            {
                acceptedCounts[finding.Fingerprint] = n - 1;
                continue;
            }

            kept.Add(finding);
        }

        return kept;
    }

    /// <summary>Reads a baseline file written by <see cref="Write"/>.</summary>
    /// <exception cref="ConfigException">Not a baseline (with line and column).</exception>
    public static Baseline Read(string path, string display)
    {
        if (Directory.Exists(path))
        {
            throw new ConfigException(display, 1, 1, "is a directory, not a baseline file");
        }

        var file = IO.TextFileReader.Read(path, 256L * 1024 * 1024);
        if (!file.Ok)
        {
            throw new ConfigException(display, file.ErrorLine, 1, file.Error!);
        }

        return Parse(file.Text!, display);
    }

    public static Baseline Parse(string text, string display)
    {
        try
        {
            using var document = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = 16 });
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("baseline", out var version) || version.ValueKind != JsonValueKind.Number
                || !root.TryGetProperty("findings", out var findings) || findings.ValueKind != JsonValueKind.Array)
            {
                throw new ConfigException(display, 1, 1, "not an l10n baseline (expected {\"baseline\": 1, \"findings\": [...]}, as --write-baseline writes it)");
            }

            // Another version's fingerprints may stand for other findings: matched anyway, they would accept the wrong ones.
            if (!version.TryGetInt32(out var number) || number != FormatVersion)
            {
                throw new ConfigException(display, 1, 1, $"baseline version {version.GetRawText()} is not the version this l10n reads ({FormatVersion}); write it again with --write-baseline");
            }

            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            var index = 0;
            foreach (var item in findings.EnumerateArray())
            {
                index++;
                if (item.ValueKind != JsonValueKind.Object || !item.TryGetProperty("fingerprint", out var fp) || fp.ValueKind != JsonValueKind.String || fp.GetString() is not { Length: > 0 } fingerprint)
                {
                    throw new ConfigException(display, 1, 1, $"finding {index} has no \"fingerprint\"");
                }

                counts[fingerprint] = counts.GetValueOrDefault(fingerprint) + 1;
            }

            return new Baseline(counts);
        }
        catch (JsonException e)
        {
            throw new ConfigException(display, (int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1, $"not valid JSON: {e.Message.Split(" Path:")[0]}");
        }
    }

    /// <summary>True when the file at <paramref name="path"/> is a baseline (so that writing a new one may replace it).</summary>
    public static bool IsBaselineFile(string path)
    {
        try
        {
            Read(path, path);
            return true;
        }
        catch (ConfigException)
        {
            return false;
        }
    }

    /// <summary>
    /// Writes the findings as a baseline: sorted by file, rule and fingerprint, one finding per entry with what
    /// a reviewer needs to recognise it, and nothing that changes from run to run (no date, no line number).
    /// </summary>
    public static void Write(IEnumerable<Finding> findings, TextWriter output)
    {
        var sorted = findings
            .OrderBy(f => f.Language, StringComparer.Ordinal)
            .ThenBy(f => f.File, StringComparer.Ordinal)
            .ThenBy(f => f.Rule, StringComparer.Ordinal)
            .ThenBy(f => f.Fingerprint, StringComparer.Ordinal)
            .ToList();
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, ToolInfo.JsonOptions))
        {
            json.WriteStartObject();
            json.WriteNumber("baseline", FormatVersion);
            json.WriteString("tool", ToolInfo.Name);
            json.WriteNumber("count", sorted.Count);
            json.WriteStartArray("findings");
            foreach (var f in sorted)
            {
                json.WriteStartObject();
                Reports.FingerprintJson.Write(json, "fingerprint"u8, f);
                json.WriteString("rule", f.Rule);
                json.WriteString("language", f.Language);
                json.WriteString("file", f.File);
                if ((f.TargetText ?? f.SourceText) is { } text)
                {
                    json.WriteString("text", text.Length > 100 ? text[..(char.IsHighSurrogate(text[99]) ? 99 : 100)] + "…" : text);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.Write(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
        output.Write('\n');
    }
}
