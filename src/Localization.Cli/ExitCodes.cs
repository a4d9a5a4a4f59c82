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
}
