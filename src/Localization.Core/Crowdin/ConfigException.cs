namespace Localization.Core.Crowdin;

/// <summary>
/// A crowdin.yml problem the user must fix, with the 1-based position of the offending node so it can
/// be reported like a compiler error (<c>crowdin.yml:12:5: 'translation' is required in files[1]</c>)
/// rather than as a stack trace.
/// </summary>
public sealed class ConfigException : Exception
{
    /// <summary>Creates the exception; the message is prefixed with <c>file:line:column: </c>.</summary>
    /// <param name="file">The config file as the caller named it (shown verbatim).</param>
    /// <param name="line">1-based line; values below 1 are raised to 1.</param>
    /// <param name="column">1-based column; values below 1 are raised to 1.</param>
    /// <param name="reason">What is wrong, without position.</param>
    /// <param name="innerException">The underlying parser or I/O error, if any.</param>
    public ConfigException(string file, int line, int column, string reason, Exception? innerException = null)
        : base($"{file}:{Math.Max(1, line)}:{Math.Max(1, column)}: {reason}", innerException)
    {
        File = file;
        Line = Math.Max(1, line);
        Column = Math.Max(1, column);
        Reason = reason;
    }

    /// <summary>The config file, as given to the loader.</summary>
    public string File { get; }

    /// <summary>1-based line of the problem (1 for problems with the file as a whole).</summary>
    public int Line { get; }

    /// <summary>1-based column of the problem (1 for problems with the file as a whole).</summary>
    public int Column { get; }

    /// <summary>The message without the <c>file:line:column: </c> prefix, for structured reports.</summary>
    public string Reason { get; }
}
