namespace Localization.Cli;

/// <summary>The exit codes, a public contract for CI; listed in each command's --help and in the README.</summary>
internal static class ExitCodes
{
    /// <summary>No finding at or above --fail-on.</summary>
    public const int Success = 0;

    /// <summary>Findings at or above --fail-on.</summary>
    public const int FindingsAtThreshold = 1;

    /// <summary>Usage, configuration or I/O error: the check could not run as asked.</summary>
    public const int UsageOrConfigError = 2;

    private const string UsageMeaning = "usage, configuration or I/O error, or nothing to check (the message names what was wrong)";

    /// <summary>What each exit code of a command means, as --help prints it.</summary>
    public static IReadOnlyList<(int Code, string Meaning)> Of(string command) => command switch
    {
        "check" => [(Success, "no finding at or above --fail-on, no language over --max-untranslated"), (FindingsAtThreshold, "findings at or above --fail-on, or a language over --max-untranslated"), (UsageOrConfigError, UsageMeaning)],
        "status" => [(Success, "the table was written, whatever the findings"), (UsageOrConfigError, UsageMeaning)],
        "report" => [(Success, "the report was written, whatever the findings"), (UsageOrConfigError, UsageMeaning)],
        "terms" => [(Success, "the terms were written (even none)"), (UsageOrConfigError, UsageMeaning)],
        "diff" => [(Success, "the changes were listed (even none)"), (UsageOrConfigError, "usage, configuration or history error (not a git repository, unknown revision)")],
        "align" => [(Success, "the alignment was printed"), (UsageOrConfigError, "usage error, or a page that cannot be read or parsed")],
        "export" => [(Success, "the work items were written (even none)"), (UsageOrConfigError, UsageMeaning + "; a file that could not be written is named, the others are written")],
        "rules" => [(Success, "the rules were listed or their docs written"), (UsageOrConfigError, "usage or I/O error")],
        _ => [(Success, "success"), (FindingsAtThreshold, "findings at or above --fail-on (check)"), (UsageOrConfigError, UsageMeaning)],
    };
}
