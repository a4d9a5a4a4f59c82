using System.Collections.Concurrent;
using Localization.Core.Checking;
using Localization.Core.StringTables;
using Localization.Core.Units;

namespace Localization.Core.History;

/// <summary>
/// Receives each checked page from the engine and works out what changed in its English since a revision:
/// a fixed one (<c>--since REV</c>), or per page the last commit that touched the translation
/// (<c>--since-translation</c>). Only the changes are kept, so memory stays bounded.
/// </summary>
public sealed class ChangeCollector(ISourceHistory history, string? revision, PageReaderOptions reader) : ICheckedPageSink
{
    private readonly ConcurrentBag<PageChanges> _pages = [];
    private readonly ConcurrentBag<string> _notes = [];

    /// <summary>The pages, in language and target order.</summary>
    public IReadOnlyList<PageChanges> Pages =>
        [.. _pages.OrderBy(p => p.Language, StringComparer.Ordinal).ThenBy(p => p.Target, StringComparer.Ordinal)];

    /// <summary>Pages that could not be compared, and why (a translation never committed).</summary>
    public IReadOnlyList<string> Notes => [.. _notes.Order(StringComparer.Ordinal)];

    public void Accept(CheckedPage page)
    {
        if (page.Page is not { } aligned)
        {
            return;
        }

        var pair = page.Pair;
        var since = revision ?? history.LastCommitTouching(pair.TargetFullPath);
        if (since is null)
        {
            _notes.Add($"{pair.Target}: never committed, so there is no translation revision to compare with");
            return;
        }

        var label = since.Length > 12 ? since[..12] : since;
        string? oldText;
        try
        {
            oldText = history.Show(since, pair.SourceFullPath);
        }
        catch (HistoryFileTooLargeException e)
        {
            _notes.Add($"{pair.Source} at {label}: not read: {e.Message}");
            return;
        }

        if (oldText is null)
        {
            _pages.Add(new PageChanges(pair.Language, pair.Source, pair.Target, label, NewPage: true, []));
            return;
        }

        // Read as the engine reads the current English: a string table by its format, not as Markdown, and a
        // page the reader refuses (nesting past Markdig's limit, a table that is not well-formed) is a note, not
        // the end of the run.
        PageModel old;
        try
        {
            old = StringTableReader.IsStringTable(pair.Source) ? StringTableReader.Read(pair.Source, oldText) : PageReader.Read(pair.Source, oldText, reader);
        }
        catch (StringTableFormatException e)
        {
            _notes.Add($"{pair.Source} at {label}: could not be read: {e.Message}");
            return;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or IndexOutOfRangeException or InsufficientExecutionStackException)
        {
            _notes.Add($"{pair.Source} at {label}: Markdown could not be parsed: {e.Message}");
            return;
        }

        _pages.Add(new PageChanges(pair.Language, pair.Source, pair.Target, label, NewPage: false, EnglishChanges.Compare(old, aligned)));
    }
}
