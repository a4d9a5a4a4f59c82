using Localization.Core.Checking;
using Localization.Core.Units;

namespace Localization.Core.Reports.Html;

/// <summary>How a row of the side-by-side view is coloured.</summary>
internal enum RowState : byte
{
    /// <summary>Structure kept verbatim (code, HTML): nothing to translate.</summary>
    Verbatim = 0,
    Translated = 1,
    Partial = 2,
    Untranslated = 3,

    /// <summary>An English block with no counterpart in the translation.</summary>
    Missing = 4,

    /// <summary>A translated block with no counterpart in the English.</summary>
    Extra = 5,
}

/// <summary>One side of a row: where the unit is (1-based, end column exclusive), its id, and its text as HTML.</summary>
internal sealed record SpooledCell(int Line, int Column, int EndLine, int EndColumn, string UnitId, string Html);

/// <summary>One aligned pair of units as the report shows it.</summary>
internal sealed record SpooledRow(string Kind, RowState State, SpooledCell? Source, SpooledCell? Target);

/// <summary>
/// The page sink of the HTML report: renders each checked page's aligned units to HTML on the worker thread
/// that checked it and appends them to a temporary file, so memory holds only the pages being checked; the
/// report reads them back one at a time, in its own order, when the run is over.
/// </summary>
internal sealed class PageSpool : ICheckedPageSink, IDisposable
{
    private readonly Lock _gate = new();
    private readonly Dictionary<(string Language, string Target), (long Offset, int Length)> _index = [];
    private readonly FileStream _file;

    public PageSpool()
    {
        var path = Path.Combine(Path.GetTempPath(), $"l10n-report-{Guid.NewGuid():N}.spool");
        _file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
    }

    public void Accept(CheckedPage page)
    {
        if (page.Page is not { } aligned || page.Context is not { } context)
        {
            return;
        }

        byte[] bytes;
        try
        {
            bytes = Render(aligned, context);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A defect of the view must not end the run: the page is shown without its side-by-side view.
            return;
        }

        lock (_gate)
        {
            var offset = _file.Seek(0, SeekOrigin.End);
            _file.Write(bytes);
            _index[(page.Pair.Language, page.Pair.Target)] = (offset, bytes.Length);
        }
    }

    private static byte[] Render(Alignment.AlignedPage aligned, Rules.PageCheckContext context)
    {
        var rows = new List<SpooledRow>(aligned.Pairs.Count);
        foreach (var pair in aligned.Pairs)
        {
            var kindUnit = pair.Source ?? pair.Target!;
            var kind = kindUnit.Kind == UnitKind.Heading ? $"h{kindUnit.HeadingLevel}" : kindUnit.Kind.DisplayName();
            SpooledCell? source = pair.Source is { } s ? Cell(aligned.Source, s, []) : null;
            SpooledCell? target = null;
            var state = RowState.Verbatim;
            if (pair.Target is { } t)
            {
                var verdict = context.VerdictOf(t);
                var marked = verdict.Untranslated
                    .Where(u => u.Range.Length > 0)
                    .Select(u => (t.Prose.SourceStart(u.Range.Start), t.Prose.SourceEnd(u.Range.End - 1)))
                    .ToList();
                target = Cell(aligned.Target, t, marked);
                state = pair.Source is null ? RowState.Extra
                    : !t.IsTranslatable && !(pair.Source?.IsTranslatable ?? false) ? RowState.Verbatim
                    : verdict.IsFullyUntranslated ? RowState.Untranslated
                    : verdict.IsPartlyUntranslated ? RowState.Partial
                    : RowState.Translated;
            }
            else
            {
                state = RowState.Missing;
            }

            rows.Add(new SpooledRow(kind, state, source, target));
        }

        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(rows.Count);
            foreach (var row in rows)
            {
                writer.Write(row.Kind);
                writer.Write((byte)row.State);
                WriteCell(writer, row.Source);
                WriteCell(writer, row.Target);
            }
        }

        return buffer.ToArray();
    }

    /// <summary>The rows of a page, or null when the page could not be aligned (missing, unreadable).</summary>
    public IReadOnlyList<SpooledRow>? Read(string language, string target)
    {
        byte[] bytes;
        lock (_gate)
        {
            if (!_index.TryGetValue((language, target), out var at))
            {
                return null;
            }

            bytes = new byte[at.Length];
            _file.Seek(at.Offset, SeekOrigin.Begin);
            _file.ReadExactly(bytes);
        }

        using var reader = new BinaryReader(new MemoryStream(bytes), System.Text.Encoding.UTF8);
        var count = reader.ReadInt32();
        var rows = new List<SpooledRow>(count);
        for (var i = 0; i < count; i++)
        {
            var kind = reader.ReadString();
            var state = (RowState)reader.ReadByte();
            rows.Add(new SpooledRow(kind, state, ReadCell(reader), ReadCell(reader)));
        }

        return rows;
    }

    public void Dispose() => _file.Dispose();

    private static SpooledCell Cell(PageModel page, TranslationUnit unit, IReadOnlyList<(int Start, int End)> marked) =>
        new(unit.Line, unit.Column, unit.EndLine, unit.EndColumn, unit.Id, UnitHtml.Render(page, unit, marked));

    private static void WriteCell(BinaryWriter writer, SpooledCell? cell)
    {
        writer.Write(cell is not null);
        if (cell is null)
        {
            return;
        }

        writer.Write(cell.Line);
        writer.Write(cell.Column);
        writer.Write(cell.EndLine);
        writer.Write(cell.EndColumn);
        writer.Write(cell.UnitId);
        writer.Write(cell.Html);
    }

    private static SpooledCell? ReadCell(BinaryReader reader) =>
        reader.ReadBoolean()
            ? new SpooledCell(reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32(), reader.ReadString(), reader.ReadString())
            : null;
}
