using System.Collections.Concurrent;
using Localization.Core.Checking;
using Localization.Core.IO;

namespace Localization.Core.Export;

/// <summary>Where and how an export is written.</summary>
/// <param name="Writer">The format.</param>
/// <param name="Selection">--only and --rule.</param>
/// <param name="OutputDirectory">--output: created when absent.</param>
/// <param name="SingleFile">One file per language (<c>ko.xlf</c>) instead of one per page.</param>
/// <param name="Force">Let an export replace files of an earlier one.</param>
public sealed record ExportOptions(IExportWriter Writer, WorkItemSelection Selection, string OutputDirectory, bool SingleFile, bool Force);

/// <summary>What an export did, per language.</summary>
public sealed record ExportLanguageSummary(string Language, int Pages, int Files, int Items, int Missing, int Untranslated, int Partial, int Mismatched);

/// <summary>What an export did.</summary>
/// <param name="Languages">Per language, in the order of the pairs.</param>
/// <param name="NotAligned">Page pairs with no work items to give because a side is missing or unreadable (their findings are in check's report).</param>
/// <param name="Errors">Files that could not be written, with why; the other files were written.</param>
public sealed record ExportSummary(IReadOnlyList<ExportLanguageSummary> Languages, int NotAligned, IReadOnlyList<string> Errors);

/// <summary>
/// The page sink of an export: turns each checked page into work items as the engine hands it over and
/// writes them at once (one file per page, mirroring the translation tree), or, for a single file per
/// language, into a piece file that <see cref="Finish"/> joins in page order; so memory holds only the pages
/// being checked. Every file is written atomically; none is replaced without <see cref="ExportOptions.Force"/>.
/// </summary>
public sealed class WorkItemExporter : ICheckedPageSink
{
    private readonly ExportOptions _options;
    private readonly string _output;
    private readonly Dictionary<PairRequest, int> _order;
    private readonly IReadOnlyList<PairRequest> _pairs;
    private readonly ConcurrentDictionary<PairRequest, ExportPageCounts> _done = new();
    private readonly ConcurrentQueue<string> _errors = new();
    private readonly string? _pieces;
    private readonly HashSet<PairRequest> _twice;
    private int _notAligned;

    /// <param name="options">How to export.</param>
    /// <param name="pairs">The pairs of the run, in the order files are listed (pages of a single file follow it).</param>
    public WorkItemExporter(ExportOptions options, IReadOnlyList<PairRequest> pairs)
    {
        _options = options;
        _output = Path.GetFullPath(options.OutputDirectory);
        _pairs = pairs;
        _order = new Dictionary<PairRequest, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < pairs.Count; i++)
        {
            _order.TryAdd(pairs[i], i);
        }

        // An English page with two translations into one language (two crowdin.yml files entries) would give
        // both the same ids: such pages get their translation path in their ids.
        _twice = new HashSet<PairRequest>(
            pairs.GroupBy(p => (p.Language, p.Source)).Where(g => g.Select(p => p.Target).Distinct(StringComparer.Ordinal).Skip(1).Any()).SelectMany(g => g),
            ReferenceEqualityComparer.Instance);

        if (File.Exists(_output))
        {
            throw new OutputFileException(options.OutputDirectory, "is a file, not a directory");
        }

        Directory.CreateDirectory(_output);
        if (options.SingleFile)
        {
            _pieces = Path.Combine(_output, $".l10n-export-{Guid.NewGuid():N}.tmp");
            Directory.CreateDirectory(_pieces);
        }
    }

    /// <summary>The files an export of these pairs may write (to refuse existing ones before any work).</summary>
    public static IReadOnlyList<string> PlannedFiles(ExportOptions options, IEnumerable<PairRequest> pairs)
    {
        var output = Path.GetFullPath(options.OutputDirectory);
        return options.SingleFile
            ? [.. pairs.Select(p => p.Language).Distinct(StringComparer.Ordinal).Select(l => Path.Combine(output, l + options.Writer.Extension))]
            : [.. pairs.Select(p => PageFile(output, p, options.Writer))];
    }

    /// <summary>Where one page's export goes: its translation path under the output directory, plus the extension.</summary>
    private static string PageFile(string output, PairRequest pair, IExportWriter writer)
    {
        var parts = pair.Target.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        // A pair-mode target outside the project (../x/ko.md, /tmp/ko.md) keeps only its name: nothing is written outside --output.
        var relative = parts.Any(p => p is ".." or ".") || Path.IsPathRooted(pair.Target) || parts.Length == 0
            ? Path.GetFileName(pair.TargetFullPath)
            : Path.Combine(parts);
        return Path.Combine(output, relative + writer.Extension);
    }

    public void Accept(CheckedPage page)
    {
        try
        {
            var exported = WorkItemBuilder.Build(page, _options.Selection);
            if (exported is null)
            {
                Interlocked.Increment(ref _notAligned);
                return;
            }

            if (_twice.Contains(page.Pair))
            {
                exported = exported.WithTargetInIds();
            }

            var counts = ExportPageCounts.Of(exported);
            if (exported.Items.Count > 0)
            {
                var writer = _options.Writer;
                if (_pieces is not null)
                {
                    var piece = Path.Combine(_pieces, _order.GetValueOrDefault(page.Pair, -1).ToString(System.Globalization.CultureInfo.InvariantCulture));
                    using var stream = new StreamWriter(piece, append: false, new System.Text.UTF8Encoding(false));
                    writer.WritePage(stream, exported);
                }
                else
                {
                    var file = PageFile(_output, page.Pair, writer);
                    Directory.CreateDirectory(Path.GetDirectoryName(file)!);
                    AtomicFileWriter.Write(file, w =>
                    {
                        writer.Begin(w, exported.Language);
                        writer.WritePage(w, exported);
                        writer.End(w);
                    }, _options.Force);
                    counts = counts with { Files = 1 };
                }
            }

            _done[page.Pair] = counts;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _errors.Enqueue(e is OutputFileException ? e.Message : $"{page.Pair.Target}: {e.Message}");
        }
    }

    /// <summary>Writes the single files (when asked), removes the pieces, and sums up.</summary>
    public ExportSummary Finish()
    {
        var languages = _pairs.Select(p => p.Language).Distinct(StringComparer.Ordinal).ToList();
        var files = new Dictionary<string, int>(StringComparer.Ordinal);
        if (_pieces is not null)
        {
            try
            {
                foreach (var language in languages)
                {
                    var pages = _pairs.Where(p => p.Language == language && _done.TryGetValue(p, out var c) && c.Items > 0).ToList();
                    if (pages.Count == 0)
                    {
                        continue;
                    }

                    var file = Path.Combine(_output, language + _options.Writer.Extension);
                    try
                    {
                        AtomicFileWriter.Write(file, w => Join(w, language, pages), _options.Force);
                        files[language] = 1;
                    }
                    catch (OutputFileException e)
                    {
                        _errors.Enqueue(e.Message);
                    }
                }
            }
            finally
            {
                try
                {
                    Directory.Delete(_pieces, recursive: true);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    _errors.Enqueue($"{_pieces}: temporary pieces could not be removed: {e.Message}");
                }
            }
        }

        var summaries = languages.Select(language =>
        {
            var counts = _pairs.Where(p => p.Language == language && _done.ContainsKey(p)).Select(p => _done[p]).ToList();
            return new ExportLanguageSummary(
                language,
                counts.Count,
                _pieces is null ? counts.Sum(c => c.Files) : files.GetValueOrDefault(language),
                counts.Sum(c => c.Items),
                counts.Sum(c => c.Missing),
                counts.Sum(c => c.Untranslated),
                counts.Sum(c => c.Partial),
                counts.Sum(c => c.Mismatched));
        }).ToList();
        return new ExportSummary(summaries, _notAligned, [.. _errors]);
    }

    private void Join(TextWriter output, string language, List<PairRequest> pages)
    {
        var writer = _options.Writer;
        writer.Begin(output, language);
        var first = true;
        foreach (var pair in pages)
        {
            if (!first)
            {
                output.Write(writer.Separator);
            }

            first = false;
            using var reader = new StreamReader(Path.Combine(_pieces!, _order[pair].ToString(System.Globalization.CultureInfo.InvariantCulture)));
            var buffer = new char[16384];
            int read;
            while ((read = reader.Read(buffer, 0, buffer.Length)) > 0)
            {
                output.Write(buffer, 0, read);
            }
        }

        writer.End(output);
    }

    private sealed record ExportPageCounts(int Files, int Items, int Missing, int Untranslated, int Partial, int Mismatched)
    {
        public static ExportPageCounts Of(ExportPage page) => new(
            0,
            page.Items.Count,
            page.Items.Count(i => i.State == WorkItemState.Missing),
            page.Items.Count(i => i.State == WorkItemState.Untranslated),
            page.Items.Count(i => i.State == WorkItemState.Partial),
            page.Items.Count(i => i.State == WorkItemState.Mismatched));
    }
}
