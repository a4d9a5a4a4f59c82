namespace Localization.Cli;

/// <summary>The exit codes, a public contract for CI.</summary>
internal static class ExitCodes
{
    /// <summary>No finding at or above --fail-on.</summary>
    public const int Success = 0;

    /// <summary>Findings at or above --fail-on.</summary>
    public const int FindingsAtThreshold = 1;

    /// <summary>Usage, configuration or I/O error: the check could not run as asked.</summary>
    public const int UsageOrConfigError = 2;

    /// <summary>
    /// Prints one error line and returns <see cref="UsageOrConfigError"/>; when standard error cannot be
    /// written either, returns it silently.
    /// </summary>
    public static int TryReport(string message)
    {
        try
        {
            Console.Error.WriteLine($"l10n: error: {Localization.Core.Reports.SafeText.Escape(message)}");
            Console.Error.Flush();
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
            // Nowhere left to say it: the exit code alone tells.
        }

        return UsageOrConfigError;
    }
}
