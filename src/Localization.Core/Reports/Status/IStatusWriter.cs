using Localization.Core.Freshness;

namespace Localization.Core.Reports.Status;

/// <summary>A format of <c>l10n status</c>: a view over one <see cref="StatusTable"/>.</summary>
public interface IStatusWriter
{
    /// <summary>The --format name.</summary>
    string Name { get; }

    void Write(StatusTable table, TextWriter output);
}

/// <summary>The status formats by name.</summary>
public static class StatusWriters
{
    /// <summary>The --format names, the default first.</summary>
    public static IReadOnlyList<string> Names { get; } = ["text", "markdown", "json", "csv"];

    public static IStatusWriter Create(string name) => name switch
    {
        "text" => new TextStatusWriter(),
        "markdown" => new MarkdownStatusWriter(),
        "json" => new JsonStatusWriter(),
        "csv" => new CsvStatusWriter(),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, $"unknown status format (known: {string.Join(", ", Names)})"),
    };
}

/// <summary>The columns every format shares, in order.</summary>
internal static class StatusColumns
{
    public const string Coverage = "coverage";

    /// <summary>Names of the numeric columns, in order; <see cref="Coverage"/> is the only non-integer one.</summary>
    public static readonly string[] Numbers = ["files", "units", "translated", "partial", "untranslated", "missing", "extra", Coverage, "errors", "warnings", "infos", "outdated"];

    /// <summary>Names of the text columns.</summary>
    public static string[] Texts(bool byFile) => byFile ? ["language", "source", "target", "freshness"] : ["language"];

    public static string[] Names(bool byFile) => [.. Texts(byFile), .. Numbers];

    /// <summary>The text cells of a row (language, and source, target and freshness with one row per page).</summary>
    public static string[] TextCells(StatusRow row, bool byFile) => byFile ? [row.Language, row.Source ?? "", row.Target ?? "", row.Freshness?.Verdict.Name() ?? ""] : [row.Language];

    /// <summary>The integer cells of a row, with the coverage (as <paramref name="coverage"/> formats it) in its place.</summary>
    public static string[] NumberCells(StatusRow row, Func<decimal, string> coverage) =>
    [
        Int(row.Files), Int(row.Units), Int(row.Translated), Int(row.Partial), Int(row.Untranslated), Int(row.Missing), Int(row.Extra),
        row.FindingsOnly ? "" : coverage(row.Coverage), Int(row.Errors), Int(row.Warnings), Int(row.Infos), Int(row.Outdated),
    ];

    public static string Percent(decimal coverage) => Number(coverage) + "%";

    public static string Number(decimal coverage) => coverage.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture);

    private static string Int(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
