using System.Collections.Concurrent;
using Localization.Core.Alignment;
using Localization.Core.Checking;
using Localization.Core.IO;
using Localization.Core.Tests.TestSupport;
using Localization.Core.Units;

namespace Localization.Core.Tests.Corpus;

/// <summary>Every page pair of the shared corpora runs through the checker, with rule exceptions escaping.</summary>
public sealed class CorpusSweepTests
{
    public static TheoryData<string, string> Languages() => new()
    {
        { CorpusPages.Current, "ko" },
        { CorpusPages.Current, "fr" },
        { CorpusPages.Current, "ja" },
        { CorpusPages.Seed, "ko" },
    };

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_page_pair_is_checked_without_exception_and_without_invalid_file(string corpusName, string language)
    {
        var corpus = CorpusPages.Require(corpusName);
        var pages = CorpusPages.EnglishPages(corpus);
        Assert.NotEmpty(pages);
        var problems = new ConcurrentBag<string>();
        var checkedPairs = 0;
        Parallel.ForEach(pages, page =>
        {
            var target = CorpusPages.Translation(corpus, language, page);
            if (!File.Exists(target))
            {
                return;
            }

            var source = TextFileReader.Read(CorpusPages.English(corpus, page), TextFileReader.DefaultMaxBytes);
            var translation = TextFileReader.Read(target, TextFileReader.DefaultMaxBytes);
            if (!source.Ok || !translation.Ok)
            {
                problems.Add($"{page}: cannot read ({source.Error ?? translation.Error})");
                return;
            }

            try
            {
                var result = new CheckEngine(Checker.Options).CheckTexts(
                    new PairRequest(language, "docs/" + page, $"i18n/{language}/{page}", CorpusPages.English(corpus, page), target), source.Text!, translation.Text!);
                foreach (var f in result.Findings.Where(f => f.Rule == "invalid-file"))
                {
                    problems.Add($"{page}: invalid-file: {f.Message}");
                }

                var lineCount = new Localization.Core.Markdown.LineMap(translation.Text!).LineCount;
                foreach (var f in result.Findings.Where(f => f.Line < 0 || f.Line > lineCount || f.Column < 0))
                {
                    problems.Add($"{page}: finding outside the page: {f.Line}:{f.Column} {f.Rule}");
                }

                Interlocked.Increment(ref checkedPairs);
            }
            catch (Exception e)
            {
                problems.Add($"{page}: {e.GetType().Name}: {e.Message}{Environment.NewLine}{e.StackTrace}");
            }
        });

        Assert.True(problems.IsEmpty, string.Join(Environment.NewLine, problems.Order(StringComparer.Ordinal)));
        Assert.True(checkedPairs > pages.Count / 2, $"only {checkedPairs} of {pages.Count} pages have a '{language}' translation");
    }

    public static TheoryData<string> Corpora() => new(CorpusPages.Seed, CorpusPages.Current);

    [Theory]
    [MemberData(nameof(Corpora))]
    public void Every_English_page_aligned_with_itself_matches_every_unit(string corpusName)
    {
        var corpus = CorpusPages.Require(corpusName);
        var problems = new ConcurrentBag<string>();
        Parallel.ForEach(CorpusPages.EnglishPages(corpus), page =>
        {
            var file = TextFileReader.Read(CorpusPages.English(corpus, page), TextFileReader.DefaultMaxBytes);
            if (!file.Ok)
            {
                problems.Add($"{page}: cannot read ({file.Error})");
                return;
            }

            var model = PageReader.Read(page, file.Text!);
            var aligned = PageAligner.Align(model, PageReader.Read(page, file.Text!));
            var unmatched = aligned.Pairs.Where(p => !p.IsMatched || p.Source!.Index != p.Target!.Index).ToList();
            if (unmatched.Count > 0 || aligned.Pairs.Count != model.Units.Count)
            {
                problems.Add($"{page}: {unmatched.Count} of {model.Units.Count} units not matched with themselves, first: {unmatched.FirstOrDefault().Source ?? unmatched.FirstOrDefault().Target}");
            }
        });

        Assert.True(problems.IsEmpty, string.Join(Environment.NewLine, problems.Order(StringComparer.Ordinal)));
    }
}
