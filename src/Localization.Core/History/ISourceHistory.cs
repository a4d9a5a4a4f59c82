namespace Localization.Core.History;

/// <summary>The history of the project's files, as far as <c>l10n diff</c> needs it (git behind it).</summary>
public interface ISourceHistory
{
    /// <summary>The text of <paramref name="fullPath"/> at <paramref name="revision"/>, or null when the file did not exist then.</summary>
    /// <exception cref="HistoryFileTooLargeException">That version is larger than the largest file read.</exception>
    string? Show(string revision, string fullPath);

    /// <summary>The last commit that touched <paramref name="fullPath"/>, or null when none did (an uncommitted file).</summary>
    string? LastCommitTouching(string fullPath);
}

/// <summary>The history cannot be read: not a repository, an unknown revision, no git.</summary>
public sealed class HistoryException(string message) : Exception(message);

/// <summary>An old version of a file is larger than the largest file l10n reads, so it was not read.</summary>
public sealed class HistoryFileTooLargeException(long maxBytes)
    : Exception(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"larger than {maxBytes} bytes, the largest file read"))
{
    public long MaxBytes { get; } = maxBytes;
}
