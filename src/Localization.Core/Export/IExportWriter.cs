namespace Localization.Core.Export;

/// <summary>
/// An export format. A file is <see cref="Begin"/>, one <see cref="WritePage"/> per page with work items
/// (separated by <see cref="Separator"/>), then <see cref="End"/>: one page per file, or every page of a
/// language in one file (<c>--single-file</c>), each page written on its own so none is held in memory.
/// </summary>
public interface IExportWriter
{
    /// <summary>The --format name.</summary>
    string Name { get; }

    /// <summary>The file name extension, with its dot.</summary>
    string Extension { get; }

    /// <summary>Written between two pages of one file.</summary>
    string Separator => "";

    void Begin(TextWriter output, string language);

    void WritePage(TextWriter output, ExportPage page);

    void End(TextWriter output);
}

/// <summary>The export formats by name.</summary>
public static class ExportWriters
{
    public static IReadOnlyList<string> Names { get; } = ["xliff", "xliff2", "csv", "po", "json", "diff"];

    public static IExportWriter Create(string name) => name switch
    {
        "xliff" => new XliffWriter(),
        "xliff2" => new Xliff2Writer(),
        "csv" => new CsvExportWriter(),
        "po" => new PoExportWriter(),
        "json" => new JsonExportWriter(),
        "diff" => new DiffExportWriter(),
        _ => throw new ArgumentException($"unknown export format '{name}'", nameof(name)),
    };
}

/// <summary>Wording shared by the formats, so notes read the same in every file.</summary>
public static class WorkItemText
{
    /// <summary>
    /// Page text for notes, comments and contexts, on one line: control and invisible characters and lone
    /// surrogates shown as escapes (<c>\x1b</c>, <c>\ud800</c>), so no format or terminal gets them raw.
    /// </summary>
    public static string Safe(string? text) => XmlSafe.Clean(Reports.SafeText.Escape(text));

    /// <summary>Why the item needs work, in a sentence.</summary>
    public static string Reason(WorkItem item) => item.State switch
    {
        WorkItemState.Missing => "missing: the translation has no counterpart of this English block",
        WorkItemState.Untranslated => "untranslated: the translation still has this block in English",
        WorkItemState.Partial => "partial: some sentences of the translation are still in English",
        _ => "mismatched: the translation differs from the English in links, footnotes, code, markup or structure",
    };

    /// <summary>Where the unit is: <c>paragraph in admonition(warning) under Setup › Android</c>.</summary>
    public static string Where(WorkItem item)
    {
        var c = item.Context;
        var text = c.Container == "page" ? c.Kind : $"{c.Kind} in {c.Container}";
        if (c.Key is { } key)
        {
            text += $" (key {key})";
        }

        return Safe(c.Headings.Count == 0 ? text : $"{text} under {string.Join(" › ", c.Headings)}");
    }

    /// <summary>Lines: <c>docs/x.md:23 → i18n/ko/x.md:25</c>.</summary>
    public static string Lines(WorkItem item, ExportPage page) => Safe(
        item.Context.TargetLine is { } line ? $"{page.SourceFile}:{item.Context.SourceLine} → {page.TargetFile}:{line}" : $"{page.SourceFile}:{item.Context.SourceLine} → {page.TargetFile} (missing)");

    /// <summary>One finding on one line: <c>warning untranslated-sentence (LC302) at 25:3: …</c>.</summary>
    public static string Finding(Findings.Finding f) =>
        $"{Findings.SeverityNames.Name(f.Severity)} {f.Rule} ({f.RuleId}) at {f.Line}:{f.Column}: {Safe(f.Message)}";

    /// <summary>The codes of the English and the translation: <c>{1} = `code`</c>.</summary>
    public static IEnumerable<string> Legend(WorkItem item) =>
        item.Source.Codes.Concat(item.Translation.Codes).DistinctBy(c => c.Id).OrderBy(c => c.Id)
            .Select(c => $"{c.Placeholder} = {Safe(c.Shown)}");
}
