using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Localization.Core.Checking;
using Localization.Core.Findings;
using Localization.Core.Reports.Status;
using Localization.Core.Rules;

namespace Localization.Core.Reports.Html;

/// <summary>
/// The HTML report: one self-contained file (inline CSS, SVG and script, a strict Content-Security-Policy, no
/// request of any kind) with an overview (coverage per language, findings by rule, the worst pages) and,
/// per page, the English and the translation side by side, unit by unit as the engine aligned them, each
/// finding at its unit. Give <see cref="Sink"/> to the engine as <see cref="CheckOptions.PageSink"/> before
/// the run; <see cref="Write"/> then assembles the pages in the report's order from the spool.
/// </summary>
public sealed class HtmlReportWriter : IReportWriter, IDisposable
{
    private const int WorstPages = 20;

    /// <summary>The id of the section of findings on files of no page (crowdin.yml).</summary>
    private const string OtherFindings = "other";
    private readonly PageSpool _spool = new();
    private readonly string _title;

    /// <param name="title">What the report is about (the project's directory name), shown in its heading.</param>
    public HtmlReportWriter(string title)
    {
        _title = title;
    }

    public string Name => "html";

    /// <summary>Receives the checked pages during the run.</summary>
    public ICheckedPageSink Sink => _spool;

    public void Dispose() => _spool.Dispose();

    public void Write(CheckResult result, TextWriter output)
    {
        var languages = StatusTable.Build(result, byFile: false, StatusSort.Name);
        var pages = StatusTable.Build(result, byFile: true, StatusSort.Name);
        var findingsByPage = FindingsByPage(result, out var unplaced);
        var rules = RuleRegistry.All.Where(r => result.Findings.Any(f => f.Rule == r.Name)).ToList();
        rules.AddRange(result.Findings.Select(f => f.Rule).Distinct().Where(n => rules.All(r => r.Name != n)).Order(StringComparer.Ordinal)
            .Select(n => new RuleDescriptor("", n, RuleCategory.Tool, Severity.Warning, "", "")));

        var style = HtmlAssets.Style + RuleExplanations(rules);
        var script = HtmlAssets.Script;
        output.Write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        output.Write($"<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src '{Hash(style)}'; script-src '{Hash(script)}'; img-src data:; base-uri 'none'; form-action 'none'\">\n");
        output.Write("<meta name=\"referrer\" content=\"no-referrer\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        output.Write("<link rel=\"icon\" href=\"data:,\">\n");
        output.Write($"<title>l10n report · {HtmlText.Attribute(_title)}</title>\n<style>{style}</style>\n</head>\n<body>\n");

        WriteToolbar(output, result, rules);
        output.Write("<main>\n");
        var filesByKey = result.Files.ToDictionary(f => (f.Pair.Language, f.Pair.Target));
        WriteOverview(output, result, languages, pages, rules, filesByKey);
        output.Write("<section id=\"pages\" aria-label=\"Pages\">\n");
        var ids = new FindingIds();
        var rowsByLanguage = pages.Rows.GroupBy(r => r.Language);
        foreach (var group in rowsByLanguage)
        {
            // A row of findings on a file of no page (crowdin.yml) has no section: its findings are the other findings.
            var ofPages = group.Where(r => filesByKey.ContainsKey((r.Language, r.Target!))).ToList();
            output.Write($"<h2 class=\"lang-head\" id=\"lang-{Attr(group.Key)}\" data-lang=\"{Attr(group.Key)}\">{HtmlText.Escape(LanguageName(group.Key))} <span class=\"code\">{HtmlText.Escape(group.Key)}</span> <span class=\"dim\">· {Count(ofPages.Count, "page")}</span></h2>\n");
            foreach (var row in ofPages)
            {
                var file = filesByKey[(row.Language, row.Target!)];
                findingsByPage.TryGetValue(file, out var findings);
                WritePage(output, file, row, findings ?? [], ids, rules);
            }
        }

        if (unplaced.Count > 0)
        {
            // Findings on files of no page of the run: a page of their own, open from the start.
            output.Write($"<h2 class=\"lang-head\">Other findings</h2>\n<details class=\"page\" id=\"{OtherFindings}\" open data-lang=\"\" data-path=\"\" data-f=\"{FindingTokens(unplaced, rules)}\"><summary><span class=\"path\">{Count(unplaced.Count, "finding")} on files of no page</span></summary>\n<div class=\"pg\">\n");
            foreach (var finding in unplaced)
            {
                WriteFinding(output, finding, ids);
            }

            output.Write("</div>\n</details>\n");
        }

        output.Write("</section>\n");
        WriteGlossary(output, rules);
        output.Write("</main>\n");
        output.Write($"<script>{script}</script>\n</body>\n</html>\n");
    }

    private static Dictionary<FileResult, List<Finding>> FindingsByPage(CheckResult result, out List<Finding> unplaced)
    {
        var byTarget = new Dictionary<(string, string), FileResult>();
        var bySource = new Dictionary<(string, string), FileResult>();
        foreach (var file in result.Files)
        {
            byTarget.TryAdd((file.Pair.Language, file.Pair.Target), file);
            bySource.TryAdd((file.Pair.Language, file.Pair.Source), file);
        }

        var pages = new Dictionary<FileResult, List<Finding>>(ReferenceEqualityComparer.Instance);
        unplaced = [];
        foreach (var finding in result.Findings)
        {
            var key = (finding.Language, finding.File);
            if (byTarget.TryGetValue(key, out var file) || bySource.TryGetValue(key, out file))
            {
                (pages.TryGetValue(file, out var list) ? list : pages[file] = []).Add(finding);
            }
            else
            {
                unplaced.Add(finding);
            }
        }

        return pages;
    }

    private static void WriteToolbar(TextWriter output, CheckResult result, List<RuleDescriptor> rules)
    {
        output.Write("<header class=\"top\">\n<a class=\"brand\" href=\"#overview\">l10n</a>\n");
        output.Write("<div class=\"filters\" role=\"group\" aria-label=\"Filters\">\n");
        if (result.Languages.Count > 1)
        {
            output.Write("<span class=\"fgroup\" aria-label=\"Languages\">");
            foreach (var language in result.Languages)
            {
                output.Write($"<label class=\"chip\"><input type=\"checkbox\" name=\"lang\" value=\"{Attr(language)}\" checked>{HtmlText.Escape(language)}</label>");
            }

            output.Write("</span>\n");
        }

        output.Write("<span class=\"fgroup\" aria-label=\"Severities\">");
        foreach (var severity in new[] { Severity.Error, Severity.Warning, Severity.Info })
        {
            var name = severity.Name();
            output.Write($"<label class=\"chip sev-{name}\"><input type=\"checkbox\" name=\"sev\" value=\"{name}\" checked><i class=\"dot\"></i>{name}</label>");
        }

        output.Write("</span>\n<select id=\"rule\" aria-label=\"Rule\"><option value=\"\">every rule</option>");
        foreach (var rule in rules)
        {
            output.Write($"<option value=\"{Attr(rule.Name)}\">{HtmlText.Escape(rule.Name)} ({result.Findings.Count(f => f.Rule == rule.Name).ToString("N0", CultureInfo.InvariantCulture)})</option>");
        }

        output.Write("</select>\n<input id=\"q\" type=\"search\" placeholder=\"Search pages: path or text  ( / )\" aria-label=\"Search\" autocomplete=\"off\">\n</div>\n");
        output.Write("<div class=\"nav\"><button id=\"prev\" type=\"button\" title=\"Previous finding (k or p)\">↑</button>");
        output.Write($"<span id=\"pos\" aria-live=\"polite\">{result.Findings.Count.ToString("N0", CultureInfo.InvariantCulture)} findings</span>");
        output.Write("<button id=\"next\" type=\"button\" title=\"Next finding (j or n)\">↓</button>");
        output.Write("<button id=\"expand\" type=\"button\" title=\"Open or close every shown page\">open all</button></div>\n</header>\n");
    }

    private void WriteOverview(TextWriter output, CheckResult result, StatusTable languages, StatusTable pages, List<RuleDescriptor> rules, Dictionary<(string, string), FileResult> filesByKey)
    {
        output.Write("<section id=\"overview\" aria-label=\"Overview\">\n");
        output.Write($"<h1>Translation report <span class=\"dim\">·</span> {HtmlText.Escape(_title)}</h1>\n");
        output.Write($"<p class=\"meta\">{Count(result.Files.Count, "page")} in {Count(result.Languages.Count, "language")} · {Count(result.Findings.Count, "finding")} · {ToolInfo.Name} {HtmlText.Escape(ToolInfo.Version)}</p>\n");

        output.Write("<div class=\"cards\">\n");
        foreach (var row in languages.Rows)
        {
            output.Write($"<article class=\"card\" data-lang=\"{Attr(row.Language)}\">\n<h2><a href=\"#lang-{Attr(row.Language)}\">{HtmlText.Escape(LanguageName(row.Language))}</a> <span class=\"code\">{HtmlText.Escape(row.Language)}</span>");
            output.Write($"<span class=\"pct\">{Percent(row.Coverage)}</span></h2>\n");
            output.Write(CoverageBar.Svg(row, 1000, 18, "bar"));
            output.Write("\n<ul class=\"legend\">");
            Legend(output, "tr", "translated", row.Translated, row.Units);
            Legend(output, "pa", "partial", row.Partial, row.Units);
            Legend(output, "un", "untranslated", row.Untranslated, row.Units);
            Legend(output, "mi", "missing", row.Missing, row.Units);
            output.Write($"<li class=\"x\">{Number(row.Extra)} extra</li></ul>\n");
            output.Write($"<p class=\"counts\"><span>{Count(row.Files, "page")} · {Number(row.Units)} units</span>");
            SeverityCounts(output, row.Errors, row.Warnings, row.Infos);
            output.Write("</p>\n</article>\n");
        }

        output.Write("</div>\n");

        if (rules.Count > 0)
        {
            output.Write("<h2>Findings by rule</h2>\n<table class=\"rules\">\n<thead><tr><th>rule</th><th class=\"desc\">reports</th>");
            foreach (var language in result.Languages)
            {
                output.Write($"<th class=\"n\">{HtmlText.Escape(language)}</th>");
            }

            output.Write("<th class=\"n\">total</th></tr></thead>\n<tbody>\n");
            foreach (var rule in rules)
            {
                var ofRule = result.Findings.Where(f => f.Rule == rule.Name).ToList();
                var worst = ofRule.Max(f => f.Severity).Name();
                output.Write($"<tr><td><button type=\"button\" class=\"rulebtn sev-{worst}\" data-rule=\"{Attr(rule.Name)}\" title=\"Show only {Attr(rule.Name)}\"><i class=\"dot\"></i>{HtmlText.Escape(rule.Name)}</button> <span class=\"dim\">{HtmlText.Escape(rule.Id)}</span></td>");
                output.Write($"<td class=\"desc\">{HtmlText.Escape(rule.Description)}</td>");
                foreach (var language in result.Languages)
                {
                    output.Write($"<td class=\"n\">{Number(ofRule.Count(f => f.Language == language))}</td>");
                }

                output.Write($"<td class=\"n\"><b>{Number(ofRule.Count)}</b></td></tr>\n");
            }

            output.Write("</tbody>\n</table>\n");
        }

        var worstPages = pages.Rows
            .Where(r => r.Errors + r.Warnings + r.Infos > 0 || r.Coverage < 100)
            .OrderByDescending(r => r.Errors).ThenByDescending(r => r.Warnings).ThenBy(r => r.Coverage).ThenBy(r => r.Language, StringComparer.Ordinal).ThenBy(r => r.Target, StringComparer.Ordinal)
            .Take(WorstPages)
            .ToList();
        if (worstPages.Count > 0)
        {
            output.Write("<h2>Worst pages first</h2>\n<table class=\"worst\">\n<thead><tr><th>page</th><th>coverage</th><th class=\"n\">errors</th><th class=\"n\">warnings</th><th class=\"n\">infos</th></tr></thead>\n<tbody>\n");
            foreach (var row in worstPages)
            {
                output.Write($"<tr data-lang=\"{Attr(row.Language)}\"><td><span class=\"code\">{HtmlText.Escape(row.Language)}</span> <a href=\"#{Attr(filesByKey.ContainsKey((row.Language, row.Target!)) ? PageId(row.Language, row.Target!) : OtherFindings)}\" class=\"jump\">{HtmlText.Escape(row.Target)}</a></td>");
                output.Write(row.FindingsOnly ? "<td class=\"cov\"></td>" : $"<td class=\"cov\">{CoverageBar.Svg(row, 200, 10, "mini")} {Percent(row.Coverage)}</td>");
                output.Write($"<td class=\"n e\">{Number(row.Errors)}</td><td class=\"n w\">{Number(row.Warnings)}</td><td class=\"n i\">{Number(row.Infos)}</td></tr>\n");
            }

            output.Write("</tbody>\n</table>\n");
        }

        output.Write("<p class=\"keys\">Keys: <kbd>j</kbd>/<kbd>n</kbd> next finding · <kbd>k</kbd>/<kbd>p</kbd> previous · <kbd>/</kbd> search · <kbd>o</kbd> open or close the page · <kbd>Esc</kbd> clear the search. Pages open on a click; the search box finds pages by path or text, opened or not (the browser's own find sees opened pages only).</p>\n");
        output.Write("</section>\n");
    }

    /// <summary>
    /// A page as a closed <c>details</c> whose content waits, as inert text, until it is first opened: the
    /// browser then parses only the pages a reader opens, so a report of a whole site opens at once. The
    /// summary carries each finding's rule and severity (<c>data-f</c>) so filters and navigation work on
    /// closed pages too.
    /// </summary>
    private void WritePage(TextWriter output, FileResult file, StatusRow row, IReadOnlyList<Finding> findings, FindingIds ids, List<RuleDescriptor> rules)
    {
        var pair = file.Pair;
        var rows = _spool.Read(pair.Language, pair.Target);
        var placement = FindingPlacement.Place(rows ?? [], findings);
        var ordered = placement.PageLevel.Concat(placement.AfterRow.SelectMany(f => f ?? [])).ToList();
        output.Write($"<details class=\"page\" id=\"{Attr(PageId(pair.Language, pair.Target))}\" data-lang=\"{Attr(pair.Language)}\" data-path=\"{Attr(pair.Target.ToLowerInvariant())}\" data-f=\"{FindingTokens(ordered, rules)}\">\n");
        output.Write($"<summary><span class=\"code\">{HtmlText.Escape(pair.Language)}</span><span class=\"path\">{HtmlText.Escape(pair.Target)}</span>");
        output.Write(CoverageBar.Svg(row, 200, 10, "mini"));
        output.Write($"<span class=\"pct\">{(row.Units > 0 ? Percent(row.Coverage) : "")}</span><span class=\"sc\">");
        SeverityCounts(output, row.Errors, row.Warnings, row.Infos);
        output.Write("</span></summary>\n");

        using var body = new StringWriter(CultureInfo.InvariantCulture);
        body.Write("<div class=\"pg\">\n");
        body.Write($"<div class=\"heads\"><div>English · {HtmlText.Escape(pair.Source)}</div><div>{HtmlText.Escape(LanguageName(pair.Language))} · {HtmlText.Escape(pair.Target)}</div></div>\n");
        foreach (var finding in placement.PageLevel)
        {
            WriteFinding(body, finding, ids);
        }

        if (rows is null)
        {
            body.Write("<p class=\"none\">No side-by-side view: the pair could not be aligned (see the findings above).</p>\n");
        }
        else
        {
            var html = new StringBuilder();
            for (var i = 0; i < rows.Count; i++)
            {
                WriteRow(html, rows[i]);
                body.Write(html);
                html.Clear();
                foreach (var finding in placement.AfterRow[i] ?? [])
                {
                    WriteFinding(body, finding, ids);
                }
            }
        }

        body.Write("</div>\n");

        // Raw text inside a script element of a data type: never run, never parsed as HTML until opened. Every
        // '<' of the pages' own text is escaped, so the only "</" are the report's own end tags: writing them as
        // "<\/" keeps the element from being closed early, and the script turns them back.
        output.Write("<script type=\"text/x-l10n-page\">");
        output.Write(body.ToString().Replace("</", "<\\/", StringComparison.Ordinal));
        output.Write("</script>\n</details>\n");
    }

    /// <summary>Each finding as its rule's index in the rule filter and its severity's initial: "0w 3e".</summary>
    private static string FindingTokens(IEnumerable<Finding> findings, List<RuleDescriptor> rules) =>
        string.Join(' ', findings.Select(f => $"{rules.FindIndex(r => r.Name == f.Rule).ToString(CultureInfo.InvariantCulture)}{f.Severity.Name()[0]}"));

    private static void WriteRow(StringBuilder html, SpooledRow row)
    {
        var state = row.State switch
        {
            RowState.Translated => "tr",
            RowState.Partial => "pa",
            RowState.Untranslated => "un",
            RowState.Missing => "mi",
            RowState.Extra => "ex",
            _ => "vb",
        };
        html.Append("<div class=\"row ").Append(state).Append("\">");
        Cell(html, row.Source, row.Kind, "not in the English");
        Cell(html, row.Target, null, "missing in the translation");
        html.Append("</div>\n");
    }

    private static void Cell(StringBuilder html, SpooledCell? cell, string? kind, string gap)
    {
        if (cell is null)
        {
            html.Append("<div class=\"c gap\"><span class=\"ln\"></span><div class=\"t\">").Append(gap).Append("</div></div>");
            return;
        }

        html.Append("<div class=\"c\"><span class=\"ln\">").Append(cell.Line.ToString(CultureInfo.InvariantCulture)).Append("</span><div class=\"t\" dir=\"auto\">");
        if (kind is not null)
        {
            html.Append("<span class=\"k\">");
            HtmlText.Append(html, kind);
            html.Append("</span>");
        }

        html.Append(cell.Html).Append("</div></div>");
    }

    private static void WriteFinding(TextWriter output, Finding finding, FindingIds ids)
    {
        var n = ids.Next();
        var severity = finding.Severity.Name();
        var html = new StringBuilder(512);
        html.Append("<div class=\"f sev-").Append(severity).Append("\" id=\"f").Append(n.ToString(CultureInfo.InvariantCulture))
            .Append("\" data-rule=\"");
        HtmlText.AppendAttribute(html, finding.Rule);
        html.Append("\" data-sev=\"").Append(severity).Append("\" data-lang=\"");
        HtmlText.AppendAttribute(html, finding.Language);
        html.Append("\"><div class=\"fh\"><i class=\"dot\"></i><span class=\"sev\">").Append(severity).Append("</span><span class=\"rule\">");
        HtmlText.Append(html, finding.Rule);
        html.Append("</span><span class=\"rid\">");
        HtmlText.Append(html, finding.RuleId);
        html.Append("</span><span class=\"loc\">");
        HtmlText.Append(html, finding.File);
        if (finding.Line > 0)
        {
            html.Append(':').Append(finding.Line.ToString(CultureInfo.InvariantCulture)).Append(':').Append(finding.Column.ToString(CultureInfo.InvariantCulture));
        }

        html.Append("</span><a class=\"fprev\" href=\"#f").Append((n - 1).ToString(CultureInfo.InvariantCulture)).Append("\" title=\"previous finding\">↑</a>")
            .Append("<a class=\"fnext\" href=\"#f").Append((n + 1).ToString(CultureInfo.InvariantCulture)).Append("\" title=\"next finding\">↓</a></div>");
        html.Append("<div class=\"msg\" dir=\"auto\">");
        HtmlText.Append(html, finding.Message);
        html.Append("</div>");
        if (!string.IsNullOrEmpty(finding.SourceText))
        {
            html.Append("<div class=\"en\"><span class=\"lbl\">English");
            if (finding.Source is { } source)
            {
                html.Append(" · ");
                HtmlText.Append(html, source.File);
                if (source.Line > 0)
                {
                    html.Append(':').Append(source.Line.ToString(CultureInfo.InvariantCulture));
                }
            }

            html.Append("</span>");
            HtmlText.Append(html, finding.SourceText);
            html.Append("</div>");
        }

        html.Append("<div class=\"why\"></div></div>\n");
        output.Write(html);
    }

    private static void WriteGlossary(TextWriter output, List<RuleDescriptor> rules)
    {
        if (rules.Count == 0)
        {
            return;
        }

        output.Write("<section id=\"glossary\" aria-label=\"Rules\">\n<h2>The rules in this report</h2>\n<dl>\n");
        foreach (var rule in rules)
        {
            output.Write($"<dt id=\"rule-{Attr(rule.Name)}\">{HtmlText.Escape(rule.Name)} <span class=\"dim\">{HtmlText.Escape(rule.Id)}</span></dt><dd>{HtmlText.Escape(rule.Description)} {HtmlText.Escape(rule.Help)}</dd>\n");
        }

        output.Write("</dl>\n</section>\n");
    }

    /// <summary>
    /// Each rule's explanation, shown in every finding of the rule by CSS generated content: written once
    /// per rule instead of once per finding, which keeps a report of thousands of findings small.
    /// </summary>
    private static string RuleExplanations(List<RuleDescriptor> rules)
    {
        var css = new StringBuilder();
        foreach (var rule in rules.Where(r => r.Description.Length > 0))
        {
            css.Append("\n.f[data-rule=").Append(HtmlText.CssString(rule.Name)).Append("] .why::before{content:")
                .Append(HtmlText.CssString($"{rule.Description} {rule.Help}")).Append('}');
        }

        return css.Append('\n').ToString();
    }

    private static void Legend(TextWriter output, string cls, string label, int count, int units) =>
        output.Write($"<li class=\"{cls}\"><i></i>{label} <b>{Number(count)}</b> <span class=\"dim\">{Percent(StatusShare(count, units))}</span></li>");

    private static void SeverityCounts(TextWriter output, int errors, int warnings, int infos)
    {
        output.Write($"<span class=\"n e\" title=\"errors\">{Number(errors)}<small> errors</small></span> ");
        output.Write($"<span class=\"n w\" title=\"warnings\">{Number(warnings)}<small> warnings</small></span> ");
        output.Write($"<span class=\"n i\" title=\"infos\">{Number(infos)}<small> infos</small></span>");
    }

    private static decimal StatusShare(int count, int units) => units <= 0 ? 0 : Math.Round(100m * count / units, 1, MidpointRounding.AwayFromZero);

    /// <summary>The id of a page's section, also its URL fragment: <c>#p:ko:i18n/ko/page.md</c>.</summary>
    public static string PageId(string language, string target) => $"p:{language}:{target}";

    private static string LanguageName(string code)
    {
        try
        {
            var culture = CultureInfo.GetCultureInfo(code, predefinedOnly: true);
            return culture.EnglishName.StartsWith("Unknown", StringComparison.Ordinal) ? code : culture.EnglishName;
        }
        catch (CultureNotFoundException)
        {
            return code;
        }
    }

    private static string Attr(string? text) => HtmlText.Attribute(text);

    private static string Number(int n) => n.ToString("N0", CultureInfo.InvariantCulture);

    private static string Count(int n, string noun) => $"{Number(n)} {noun}{(n == 1 ? "" : "s")}";

    private static string Percent(decimal value) => value.ToString("0.0", CultureInfo.InvariantCulture) + "%";

    private static string Hash(string content) => "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(content)));

    /// <summary>Finding ids in document order (f1, f2, …), for jump links and keyboard navigation.</summary>
    private sealed class FindingIds
    {
        private int _last;

        public int Next() => ++_last;
    }
}
