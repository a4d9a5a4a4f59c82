using System.Text;

namespace Localization.Core.Text;

/// <summary>
/// Checks that Unicode normalisation really works in this process. With globalization-invariant mode
/// (DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1, or no ICU on the machine) .NET silently returns NFD text
/// unchanged, and decomposed Hangul would then never equal its English-free composed form.
/// </summary>
public static class NormalizationSelfTest
{
    /// <summary>Null when normalisation works, else what is wrong.</summary>
    public static string? Problem()
    {
        try
        {
            // ᄀ + ᅡ (conjoining jamo) must compose to 가.
            return "\u1100\u1161".Normalize(NormalizationForm.FormC) == "\uAC00"
                ? null
                : "Unicode normalisation is not available (globalization-invariant mode?): decomposed (NFD) text, e.g. Hangul from macOS, will not match its composed form";
        }
        catch (PlatformNotSupportedException e)
        {
            return $"Unicode normalisation is not available: {e.Message}";
        }
    }
}
