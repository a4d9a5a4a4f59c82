namespace Localization.Core.Findings;

/// <summary>
/// A finding's identity across runs: rule, language, file, the unit's stable id and the detail, never
/// line numbers, so that editing unrelated lines above it does not make it a new finding. Two 64-bit
/// FNV-1a hashes with different offsets give 128 bits: collisions are negligible for the tens of
/// thousands of findings of a site, and it costs far less than a cryptographic hash.
/// </summary>
public static partial class FindingFingerprint
{
    public static string Compute(string rule, string language, string file, string? unitId, string detail)
    {
        var a = 14695981039346656037UL;
        var b = 0x6c62272e07bb0142UL;
        foreach (var part in (ReadOnlySpan<string?>)[rule, language, file, unitId, detail])
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

        return string.Create(32, (a, b), static (span, h) =>
        {
            h.a.TryFormat(span, out _, "x16", System.Globalization.CultureInfo.InvariantCulture);
            h.b.TryFormat(span[16..], out _, "x16", System.Globalization.CultureInfo.InvariantCulture);
        });
    }

    /// <summary>
    /// A message as a fingerprint's detail: without its line references ("the English of docs/x.md:23",
    /// "at line 12"), which move when lines are inserted above while the finding stays the same.
    /// </summary>
    public static string StableDetail(string message) =>
        message.Contains(':', StringComparison.Ordinal) || message.Contains("line", StringComparison.Ordinal)
            ? LineReference().Replace(message, "")
            : message;

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<=\.[A-Za-z0-9]{1,8}):\d+(?::\d+)?|\blines? \d+(?:[-–]\d+)?", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex LineReference();

    /// <summary>
    /// Makes the fingerprints of a report unique, in place: the second and later findings that share one
    /// (the same problem repeated in one unit, such as three identical links changed) get the occurrence
    /// number mixed in. Stable across runs because the report order is deterministic.
    /// </summary>
    public static void MakeUnique(List<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < findings.Count; i++)
        {
            var f = findings[i];
            var count = seen.TryGetValue(f.Fingerprint, out var n) ? n + 1 : 1;
            seen[f.Fingerprint] = count;
            if (count > 1)
            {
                findings[i] = f with { Fingerprint = Compute(f.Rule, f.Language, f.File, f.Fingerprint, "occurrence " + count.ToString(System.Globalization.CultureInfo.InvariantCulture)) };
            }
        }
    }
}
