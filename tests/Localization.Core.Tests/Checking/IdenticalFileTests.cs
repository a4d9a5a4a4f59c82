using Localization.Core.Checking;
using Localization.Core.Findings;

namespace Localization.Core.Tests.Checking;

/// <summary>
/// Identical translations of one English page are checked once and their findings shared; a translation of the same
/// size that differs, or one of its own size, is checked on its own. Every pair's findings must equal those of a
/// run that checks it alone.
/// </summary>
public sealed class IdenticalFileTests : IDisposable
{
    private const string English = "# Title\n\nA sentence in English.\n\nSee [the guide](guide.md) for more.\n";
    private const string Copy = "# 제목\n\nA sentence in English.\n\n자세한 내용은 [안내서](guide.md)를 보세요.\n";

    private readonly string _root = Path.Combine(Path.GetTempPath(), "l10n-identical-" + Guid.NewGuid().ToString("N"));

    public IdenticalFileTests() => Directory.CreateDirectory(_root);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private PairRequest Pair(string language, string translation)
    {
        var source = Path.Combine(_root, "page.en.md");
        var target = Path.Combine(_root, "page." + language + ".md");
        File.WriteAllText(source, English);
        File.WriteAllText(target, translation);
        return new PairRequest(language, "page.en.md", "page." + language + ".md", source, target);
    }

    [Fact]
    public void Copies_share_a_check_and_files_of_the_same_size_or_their_own_size_are_checked_on_their_own()
    {
        var sameSizeOther = Copy.Replace("[안내서](guide.md)", "[안내서](guixe.md)", StringComparison.Ordinal); // a changed link, same length
        Assert.Equal(System.Text.Encoding.UTF8.GetByteCount(Copy), System.Text.Encoding.UTF8.GetByteCount(sameSizeOther));
        var pairs = new[]
        {
            Pair("ko", Copy),
            Pair("ja", Copy),
            Pair("fr", sameSizeOther),
            Pair("de", Copy + "\n"), // a size of its own
        };
        var options = CheckOptions.Default with { Parallelism = 2, CheckCrossPageLinks = false };
        var together = new CheckEngine(options).Run(pairs);

        foreach (var pair in pairs)
        {
            var alone = new CheckEngine(options).Run([pair]).Findings;
            Assert.Equal(Describe(alone), Describe(together.Findings.Where(f => f.Language == pair.Language)));
        }

        Assert.Contains(together.Findings, f => f.Language == "fr" && f.Rule == "link-mismatch");
        Assert.DoesNotContain(together.Findings, f => f.Language == "ko" && f.Rule == "link-mismatch");
        Assert.Contains(together.Findings, f => f.Language == "ja" && f.File == "page.ja.md" && f.Rule == "untranslated-block");
    }

    private static List<string> Describe(IEnumerable<Finding> findings) =>
        findings.Select(f => $"{f.Language} {f.File}:{f.Line}:{f.Column} {f.Rule} {f.Severity} {f.Message} {f.Fingerprint}").ToList();
}
