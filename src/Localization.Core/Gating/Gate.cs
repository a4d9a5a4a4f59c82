using System.Globalization;
using Localization.Core.Checking;
using Localization.Core.Findings;

namespace Localization.Core.Gating;

/// <summary>
/// The most untranslated text a language may have before the run fails: a number of units, or a share of
/// the language's translatable units. Untranslated means not <c>translated</c>: untranslated, partial and
/// missing units (the complement of the coverage that <c>l10n status</c> shows).
/// </summary>
public sealed record UntranslatedLimit(double Value, bool IsPercent)
{
    /// <summary>"25" or "5%" (also "2.5%").</summary>
    public static bool TryParse(string text, out UntranslatedLimit? limit)
    {
        limit = null;
        var t = text.Trim();
        var percent = t.EndsWith('%');
        if (percent)
        {
            t = t[..^1];
        }

        if (!double.TryParse(t, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) || value < 0 || (percent && value > 100) || (!percent && value != Math.Floor(value)))
        {
            return false;
        }

        limit = new UntranslatedLimit(value, percent);
        return true;
    }

    public override string ToString() => IsPercent ? string.Create(CultureInfo.InvariantCulture, $"{Value}%") : string.Create(CultureInfo.InvariantCulture, $"{Value}");
}

/// <summary>When a run fails: a finding at or above <see cref="FailOn"/>, or a language over <see cref="MaxUntranslated"/>.</summary>
public sealed record Gate(Severity? FailOn, UntranslatedLimit? MaxUntranslated = null)
{
    /// <summary>Why the run fails, one line per reason; empty when it passes.</summary>
    public IReadOnlyList<string> Failures(CheckResult result)
    {
        var reasons = new List<string>();
        if (FailOn is { } threshold)
        {
            // From the counts the report's summary made (see CheckResult.CountsBySeverity): another pass over a site's
            // 133,000 findings, each read from memory again, after the report was written.
            // A severity outside the named ones is not counted there: then the findings are counted as before.
            var counts = result.CountsBySeverity();
            var count = 0;
            for (var severity = Math.Max((int)threshold, 0); severity < counts.Length; severity++)
            {
                count += counts[severity];
            }

            if (counts.Sum() != result.Findings.Count)
            {
                count = result.Findings.Count(f => f.Severity >= threshold);
            }

            if (count > 0)
            {
                reasons.Add(string.Create(CultureInfo.InvariantCulture, $"{count} finding{(count == 1 ? "" : "s")} at or above '{threshold.Name()}' (--fail-on)"));
            }
        }

        if (MaxUntranslated is { } limit)
        {
            foreach (var language in result.Languages)
            {
                var stats = result.StatsOf(language);
                var untranslated = stats.Units - stats.Translated;
                var share = stats.Units == 0 ? 0 : 100.0 * untranslated / stats.Units;
                if (limit.IsPercent ? share > limit.Value : untranslated > limit.Value)
                {
                    reasons.Add(string.Create(CultureInfo.InvariantCulture, $"{language}: {untranslated} of {stats.Units} units are not translated ({share:0.0}%), more than --max-untranslated {limit}"));
                }
            }
        }

        return reasons;
    }
}
