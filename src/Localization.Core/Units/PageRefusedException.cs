namespace Localization.Core.Units;

/// <summary>
/// A page refused before parsing because one of its lines is beyond what l10n reads (nesting past Markdig's limit,
/// a table too wide): the line is known, so the invalid-file finding points at it rather than at the whole file.
/// </summary>
/// <param name="line">The 1-based line refused.</param>
/// <param name="message">What is wrong with it (the message names the line too, for readers of the text alone).</param>
public sealed class PageRefusedException(int line, string message) : InvalidOperationException(message)
{
    /// <summary>The 1-based line refused.</summary>
    public int Line { get; } = line;
}
