#:project ../../src/Localization.Core/Localization.Core.csproj
// Developer tool for the untranslated-detection labels (not part of the build):
//   dotnet run tests/labels/units.cs -- dump   CORPUS LANG            every translatable unit of LANG with the tool's verdict (TSV)
//   dotnet run tests/labels/units.cs -- sample CORPUS LANG N SEED     N flagged + N unflagged units drawn at random, for labelling by hand
// CORPUS is a site in the Privacy Guides layout (crowdin.yml, docs/, i18n/<lang>/).
using System.Globalization;
using Localization.Core.Alignment;
using Localization.Core.Checking;
using Localization.Core.Crowdin;
using Localization.Core.Units;

var mode = args[0];
var corpus = Path.GetFullPath(args[1]);
var language = args[2];
var config = CrowdinConfigLoader.Load(Path.Combine(corpus, "crowdin.yml"));
var plan = ProjectPlanner.Plan(config, [language], []);
// TERMS=terms.yml: check with the project's do-not-translate terms, as `l10n check` does when terms.yml exists.
var terms = Environment.GetEnvironmentVariable("TERMS") is { Length: > 0 } termsFile ? new Localization.Core.Terms.TermSet(Localization.Core.Terms.TermsFile.Load(termsFile, termsFile)) : Localization.Core.Terms.TermSet.Empty;
var engine = new CheckEngine(CheckOptions.Default with { CheckCrossPageLinks = false, Parallelism = 1, Terms = terms });
var rows = new List<string[]>();
foreach (var pair in plan.Pairs.Where(p => p.Target.EndsWith(".md", StringComparison.Ordinal) && File.Exists(p.TargetFullPath)))
{
    var result = engine.CheckPair(pair);
    var sourcePage = PageReader.Read(pair.Source, File.ReadAllText(pair.SourceFullPath));
    var targetPage = PageReader.Read(pair.Target, File.ReadAllText(pair.TargetFullPath));
    var aligned = PageAligner.Align(sourcePage, targetPage);
    var flagged = result.Findings.Where(f => f.Rule is "untranslated-block" or "untranslated-sentence").ToList();
    foreach (var unit in targetPage.Units.Where(u => u.IsTranslatable))
    {
        var hits = flagged.Where(f => Inside(f.Line, f.Column, unit)).Select(f => f.Rule).Distinct().ToList();
        var source = aligned.SourceOf(unit);
        rows.Add([pair.Target, unit.Line.ToString(CultureInfo.InvariantCulture), unit.Column.ToString(CultureInfo.InvariantCulture), hits.Count > 0 ? "flagged" : "clean", string.Join(',', hits),
            Clean(unit.Prose.Text), source is null ? "" : Clean(source.Prose.Text)]);
    }
}

IEnumerable<string[]> output = rows;
if (mode == "sample")
{
    var n = int.Parse(args[3], CultureInfo.InvariantCulture);
    var random = new Random(int.Parse(args[4], CultureInfo.InvariantCulture));
    output = rows.Where(r => r[3] == "flagged").OrderBy(_ => random.Next()).Take(n)
        .Concat(rows.Where(r => r[3] == "clean").OrderBy(_ => random.Next()).Take(n))
        .OrderBy(r => r[0], StringComparer.Ordinal).ThenBy(r => int.Parse(r[1], CultureInfo.InvariantCulture)).ThenBy(r => int.Parse(r[2], CultureInfo.InvariantCulture));
}

Console.WriteLine("path\tline\tcolumn\ttool\trules\ttarget\tsource");
foreach (var row in output)
{
    Console.WriteLine(string.Join('\t', row));
}

static bool Inside(int line, int column, TranslationUnit unit) =>
    (line > unit.Line || (line == unit.Line && column >= unit.Column)) && (line < unit.EndLine || (line == unit.EndLine && column <= unit.EndColumn));

static string Clean(string text) => text.Replace(ProseText.Atom, '·').Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');
