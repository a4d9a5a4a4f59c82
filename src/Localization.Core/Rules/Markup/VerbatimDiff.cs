using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using Localization.Core.Units;

namespace Localization.Core.Rules.Markup;

/// <summary>Says where two verbatim blocks (code, HTML) differ, line by line, with DiffPlex.</summary>
internal static class VerbatimDiff
{
    /// <summary>E.g. "line 2 is 'npm ci' in the English but 'npm install' here (3 lines differ)".</summary>
    public static string Describe(string source, string target)
    {
        var model = InlineDiffBuilder.Diff(source.Replace("\r\n", "\n", StringComparison.Ordinal), target.Replace("\r\n", "\n", StringComparison.Ordinal), ignoreWhiteSpace: false, ignoreCase: false);
        var deleted = model.Lines.FirstOrDefault(l => l.Type == ChangeType.Deleted);
        var inserted = model.Lines.FirstOrDefault(l => l.Type == ChangeType.Inserted);
        var changed = model.Lines.Count(l => l.Type is ChangeType.Deleted or ChangeType.Inserted or ChangeType.Modified);
        var line = inserted?.Position ?? PositionOf(model, deleted);
        var what = (deleted, inserted) switch
        {
            ({ } d, { } i) => $"line {line} is '{Show(d.Text, Common(d.Text, i.Text))}' in the English but '{Show(i.Text, Common(d.Text, i.Text))}' here",
            ({ } d, null) => $"the English line '{Show(d.Text)}' is missing (at line {line})",
            (null, { } i) => $"line {line} '{Show(i.Text)}' is not in the English",
            _ => "whitespace differs",
        };
        return changed > 2 ? $"{what} ({changed} lines differ)" : what;
    }

    private static int PositionOf(DiffPaneModel model, DiffPiece? deleted)
    {
        if (deleted is null)
        {
            return 1;
        }

        // A deleted line has no position in the new text: count the lines kept before it.
        var index = model.Lines.IndexOf(deleted);
        return model.Lines.Take(index).Count(l => l.Type != ChangeType.Deleted) + 1;
    }

    private static string Show(string text, int common = 0) =>
        common > 24 ? "…" + TextExcerpt.Collapse(text.AsSpan(common - 12), 60) : TextExcerpt.Collapse(text, 60);

    /// <summary>Length of the common prefix, so long lines are shown from where they differ.</summary>
    private static int Common(string a, string b) => a.AsSpan().CommonPrefixLength(b);
}
