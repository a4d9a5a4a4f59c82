namespace Localization.Core.Reports.Html;

/// <summary>The report's stylesheet and script, embedded in the assembly and inlined into every report.</summary>
internal static class HtmlAssets
{
    public static string Style { get; } = Read("report.css");

    public static string Script { get; } = Read("report.js");

    private static string Read(string name)
    {
        using var stream = typeof(HtmlAssets).Assembly.GetManifestResourceStream($"Localization.Core.Reports.Html.{name}")
            ?? throw new InvalidOperationException($"the report asset {name} is missing from the build");
        using var reader = new StreamReader(stream);

        // The assets end up inside <style> and <script>: they must never close them.
        var text = reader.ReadToEnd();
        return text.Contains("</", StringComparison.Ordinal) ? throw new InvalidOperationException($"{name} must not contain '</'") : text;
    }
}
