using Localization.Core.Units;

namespace Localization.Core.StringTables;

/// <summary>
/// A table of translatable strings by key, as one of its readers found it in a file (.env, .resx). Rules see
/// it through the page model (<see cref="PageModel.StringTable"/>): one unit per entry, paired by key.
/// </summary>
/// <param name="Entries">Strings in file order, first definition of each key.</param>
/// <param name="Duplicates">Later definitions of a key already defined (never checked as strings).</param>
/// <param name="Skipped">Entries that are not plain strings (typed, binary, file references), never read.</param>
/// <param name="Problems">Lines that are not entries (reported as invalid-file at their line; the rest is checked).</param>
public sealed record StringTable(
    IReadOnlyList<StringEntry> Entries,
    IReadOnlyList<StringEntry> Duplicates,
    IReadOnlyList<SkippedEntry> Skipped,
    IReadOnlyList<PageProblem> Problems)
{
    /// <summary>Keys whose entry is there but unreadable (a problem names each): not also reported as missing.</summary>
    public IReadOnlySet<string> Unread { get; init; } = new HashSet<string>();
}

/// <summary>One string of a table.</summary>
/// <param name="Key">Its key (name).</param>
/// <param name="Value">The value as a program sees it (quotes removed, XML entities decoded).</param>
/// <param name="Start">Offset where findings on the entry are reported (.env: the value; .resx: the &lt;data&gt; element).</param>
/// <param name="End">Offset after the entry's text in the file.</param>
/// <param name="ExactOffsets">True when every character of <see cref="Value"/> is written verbatim from <see cref="Start"/> on.</param>
public sealed record StringEntry(string Key, string Value, int Start, int End, bool ExactOffsets);

/// <summary>An entry the reader did not read as a string, and why.</summary>
/// <param name="Key">Its key.</param>
/// <param name="Start">Offset of the entry.</param>
/// <param name="Reason">What it is, e.g. "a file reference (System.Resources.ResXFileRef)".</param>
public sealed record SkippedEntry(string Key, int Start, string Reason);
