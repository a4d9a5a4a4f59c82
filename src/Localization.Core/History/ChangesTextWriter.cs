using Localization.Core.Reports;

namespace Localization.Core.History;

/// <summary>
/// <c>l10n diff</c> as text: per page with English changes, each changed unit with its word diff and the
/// translated unit to update. Page text is escaped (<see cref="SafeText"/>) so it cannot drive the terminal.
/// </summary>
public static class ChangesTextWriter
{
    public static void Write(IReadOnlyList<PageChanges> pages, TextWriter output, Func<string, string> display)
    {
        var shown = 0;
        foreach (var page in pages.Where(p => p.NewPage || p.Changes.Count > 0))
        {
            shown++;
            var (source, target) = (display(page.Source), display(page.Target));
            if (page.NewPage)
            {
                output.WriteLine($"{SafeText.Escape(target)}: the English {SafeText.Escape(source)} did not exist at {page.Revision}: translate the whole page");
                continue;
            }

            var counts = string.Join(", ", page.Changes.GroupBy(c => c.Kind).OrderBy(g => g.Key).Select(g => $"{g.Count()} {Name(g.Key)}"));
            output.WriteLine($"{SafeText.Escape(target)}: English {SafeText.Escape(source)} since {page.Revision}: {counts}");
            foreach (var c in page.Changes)
            {
                var at = c.NewLine is { } n ? $"{SafeText.Escape(source)}:{n}" : $"{SafeText.Escape(source)}@{page.Revision}:{c.OldLine}";
                var to = c.TargetLine is { } t ? $"{SafeText.Escape(target)}:{t}" : c.Kind switch
                {
                    ChangeKind.Removed => "remove its translation",
                    ChangeKind.Added => "no translated unit: translate it",
                    _ => "no aligned translated unit",
                };
                output.WriteLine($"  {Name(c.Kind),-8} {at} -> {to}");
                switch (c.Kind)
                {
                    case ChangeKind.Cosmetic:
                        output.WriteLine("    form only (emphasis, markup, wrapping): nothing to translate again");
                        break;
                    case ChangeKind.Moved:
                        output.WriteLine($"    moved here from line {c.OldLine}, unchanged: nothing to translate again; move its translation to match");
                        break;
                    case ChangeKind.Changed:
                        output.WriteLine($"    English:     {SafeText.Escape(c.WordDiff!)}");
                        break;
                    case ChangeKind.Added:
                        output.WriteLine($"    English:     {SafeText.Escape(c.NewText!)}");
                        break;
                    default:
                        output.WriteLine($"    was:         {SafeText.Escape(c.OldText!)}");
                        break;
                }

                if (c.TargetText is { } translated && c.Kind is not (ChangeKind.Cosmetic or ChangeKind.Moved))
                {
                    output.WriteLine($"    translation: {SafeText.Escape(translated)}");
                }
            }
        }

        output.WriteLine(shown == 0 ? "no English changes to translate" : $"{shown} page{(shown == 1 ? "" : "s")} with English changes");
    }

    private static string Name(ChangeKind kind) => kind.ToString().ToLowerInvariant();
}
