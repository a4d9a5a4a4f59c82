using System.Security.Cryptography;
using System.Text;

namespace Localization.Core.Findings;

/// <summary>
/// A finding's identity across runs: rule, language, file, the unit's stable id and the detail, never
/// line numbers, so that editing unrelated lines above it does not make it a new finding.
/// </summary>
public static class FindingFingerprint
{
    public static string Compute(string rule, string language, string file, string? unitId, string detail)
    {
        var text = string.Join('\u001f', rule, language, file, unitId ?? "", detail);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text));
        return Convert.ToHexStringLower(hash.AsSpan(0, 12));
    }
}
