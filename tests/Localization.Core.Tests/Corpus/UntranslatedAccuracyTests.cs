using System.Globalization;
using Localization.Core.Findings;
using Localization.Core.Checking;
using Localization.Core.Crowdin;
using Localization.Core.IO;
using Localization.Core.Terms;
using Localization.Core.Tests.TestSupport;
using Localization.Core.Units;

namespace Localization.Core.Tests.Corpus;

/// <summary>
/// Precision and recall of untranslated detection (untranslated-block, untranslated-sentence, and unchanged-title
/// at warning: its infos say "possibly legitimate", not "untranslated") against
/// hand labels of the 2026-03 corpus (Labels/untranslated-LANG.tsv: path, line, column, expected). A unit
/// counts as flagged when one of those findings lies inside it. Measured as a user runs it: with the
/// terms `l10n terms` learns from the corpus's own translations, and without them.
/// Run with: dotnet test --filter UntranslatedAccuracy --logger "console;verbosity=detailed"
/// </summary>
public sealed class UntranslatedAccuracyTests(UntranslatedAccuracyTests.CorpusTerms terms) : IClassFixture<UntranslatedAccuracyTests.CorpusTerms>
{
    private const string CorpusName = "privacyguides-2026-03";

    [Theory]
    [InlineData("ko")]
    [InlineData("fr")]
    [InlineData("ja")]
    public void Precision_and_recall_are_at_least_0_97_with_learned_terms(string language)
    {
        var corpus = TestPaths.RequireCorpus(CorpusName);
        var labels = Label.Load(language);
        var withTerms = Measure(corpus, language, labels, terms.For(corpus));
        var without = Measure(corpus, language, labels, TermSet.Empty);
        var output = TestContext.Current.TestOutputHelper;
        foreach (var set in new[] { "dev", "holdout", "all" })
        {
            var a = withTerms.Of(set);
            var b = without.Of(set);
            if (a.Labelled > 0)
            {
                output?.WriteLine($"{language} {set,-7} n={a.Labelled,3} (unsure left out: {a.Unsure})  with terms: P={a.Precision:F3} R={a.Recall:F3}  without: P={b.Precision:F3} R={b.Recall:F3}");
            }
        }

        foreach (var miss in withTerms.Errors)
        {
            output?.WriteLine("  " + miss);
        }

        var all = withTerms.Of("all");
        Assert.True(all.Labelled >= 300, $"{language}: {all.Labelled} labelled units; the measure needs at least 150 with findings and 150 without");
        Assert.True(all.Precision >= 0.97 && all.Recall >= 0.97, $"{language}: precision {all.Precision:F3}, recall {all.Recall:F3} (with learned terms)\n{string.Join('\n', withTerms.Errors)}");
    }

    private static Measurement Measure(string corpus, string language, IReadOnlyList<Label> labels, TermSet termSet)
    {
        var config = CrowdinConfigLoader.Load(Path.Combine(corpus, "crowdin.yml"));
        var plan = ProjectPlanner.Plan(config, [language], []);
        var engine = new CheckEngine(CheckOptions.Default with { CheckCrossPageLinks = false, Terms = termSet, ThrowOnRuleError = true });
        var measurement = new Measurement();
        foreach (var file in labels.GroupBy(l => l.Path, StringComparer.Ordinal))
        {
            var pair = plan.Pairs.Single(p => p.Target == file.Key);
            var findings = engine.CheckPair(pair).Findings.Where(f => f.Rule is "untranslated-block" or "untranslated-sentence" || (f.Rule == "unchanged-title" && f.Severity != Severity.Info)).ToList();
            var page = PageReader.Read(pair.Target, TextFileReader.Read(pair.TargetFullPath).Text!);
            foreach (var label in file)
            {
                var unit = page.Units.Single(u => u.Line == label.Line && u.Column == label.Column && u.IsTranslatable);
                var flagged = findings.Any(f => Inside(f.Line, f.Column, unit));
                measurement.Add(label, flagged);
            }
        }

        return measurement;
    }

    private static bool Inside(int line, int column, TranslationUnit unit) =>
        (line > unit.Line || (line == unit.Line && column >= unit.Column)) && (line < unit.EndLine || (line == unit.EndLine && column <= unit.EndColumn));

    /// <summary>The terms learned once from every language of the corpus, shared by the three languages' tests.</summary>
    public sealed class CorpusTerms
    {
        private readonly Lock _lock = new();
        private TermSet? _terms;

        public TermSet For(string corpus)
        {
            lock (_lock)
            {
                return _terms ??= Learn(corpus);
            }
        }

        private static TermSet Learn(string corpus)
        {
            var config = CrowdinConfigLoader.Load(Path.Combine(corpus, "crowdin.yml"));
            var plan = ProjectPlanner.Plan(config, ProjectFileMapper.DiscoverLanguages(config), []);
            var learned = new CheckEngine(CheckOptions.Default with { CheckCrossPageLinks = false }).LearnTerms(plan.Pairs);
            return new TermSet(learned.Select(t => t.Term));
        }
    }

    private sealed record Label(string Path, int Line, int Column, string Expected, string Set)
    {
        public static IReadOnlyList<Label> Load(string language) =>
            [.. File.ReadLines(System.IO.Path.Combine(AppContext.BaseDirectory, "Labels", $"untranslated-{language}.tsv"))
                .Where(l => !l.StartsWith('#') && !l.StartsWith("path\t", StringComparison.Ordinal) && l.Length > 0)
                .Select(l => l.Split('\t'))
                .Select(f => new Label(f[0], int.Parse(f[1], CultureInfo.InvariantCulture), int.Parse(f[2], CultureInfo.InvariantCulture), f[3], f[4]))];
    }

    private sealed class Measurement
    {
        private readonly List<(Label Label, bool Flagged)> _results = [];

        public List<string> Errors { get; } = [];

        public void Add(Label label, bool flagged)
        {
            _results.Add((label, flagged));
            if (label.Expected != "unsure" && flagged != (label.Expected == "untranslated"))
            {
                Errors.Add($"{(flagged ? "false alarm" : "missed")} ({label.Set}): {label.Path}:{label.Line}:{label.Column}");
            }
        }

        public Scores Of(string set)
        {
            var rows = _results.Where(r => set == "all" || r.Label.Set == set).ToList();
            var sure = rows.Where(r => r.Label.Expected != "unsure").ToList();
            var tp = sure.Count(r => r.Flagged && r.Label.Expected == "untranslated");
            var fp = sure.Count(r => r.Flagged && r.Label.Expected == "translated");
            var fn = sure.Count(r => !r.Flagged && r.Label.Expected == "untranslated");
            return new Scores(sure.Count, rows.Count - sure.Count, tp + fp == 0 ? 1 : (double)tp / (tp + fp), tp + fn == 0 ? 1 : (double)tp / (tp + fn));
        }
    }

    private sealed record Scores(int Labelled, int Unsure, double Precision, double Recall);
}
