using System.Text.Json;
using Localization.Core.Findings;

namespace Localization.Core.Reports;

/// <summary>
/// A finding's fingerprint as a JSON property, written from its hashes when l10n made it: reading
/// <see cref="Finding.Fingerprint"/> makes a 32-character string each time, a hundred thousand per site report.
/// </summary>
internal static class FingerprintJson
{
    public static void Write(Utf8JsonWriter json, JsonEncodedText name, Finding finding)
    {
        Span<byte> digits = stackalloc byte[FingerprintHash.Length];
        if (Digits(finding, digits))
        {
            json.WriteString(name, digits);
        }
        else
        {
            json.WriteString(name, finding.Fingerprint);
        }
    }

    /// <summary>The same with the property name as UTF-8, escaped by the writer as a string name is.</summary>
    public static void Write(Utf8JsonWriter json, ReadOnlySpan<byte> utf8Name, Finding finding)
    {
        Span<byte> digits = stackalloc byte[FingerprintHash.Length];
        if (Digits(finding, digits))
        {
            json.WriteString(utf8Name, digits);
        }
        else
        {
            json.WriteString(utf8Name, finding.Fingerprint);
        }
    }

    private static bool Digits(Finding finding, Span<byte> digits)
    {
        if (!finding.TryGetFingerprintHash(out var hash))
        {
            return false;
        }

        hash.FormatUtf8(digits);
        return true;
    }
}
