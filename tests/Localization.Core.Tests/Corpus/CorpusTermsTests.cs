using Localization.Core.Checking;
using Localization.Core.Crowdin;
using Localization.Core.Tests.TestSupport;

namespace Localization.Core.Tests.Corpus;

/// <summary>`l10n terms` on the 2026-03 corpus (ko, fr, ja): the names a reader expects, no ordinary English word.</summary>
public sealed class CorpusTermsTests
{
    private static readonly string[] ExpectedNames =
    [
        "Signal", "SimpleX Chat", "Briar", "Element", "GrapheneOS", "Proton Mail", "Privacy Guides", "Tor", "Mullvad", "Tails",
        "Qubes OS", "WireGuard", "Bitwarden", "KeePassXC", "Thunderbird", "F-Droid", "Obtainium", "YubiKey", "uBlock Origin", "Firefox",
    ];

    private static readonly string[] OrdinaryWords =
    [
        "Privacy", "Guides", "Security", "Browser", "Mail", "Store", "Play", "Apps", "Settings", "Overview", "Learn", "More", "Homepage",
        "Downloads", "Danger", "Note", "Tip", "Warning", "Example", "Source", "Repository", "Chat", "Guard", "Hello", "Labs", "Viewer",
        "Rewards", "Authenticator", "Identifier", "Execution", "Indication", "Peer-to-Peer", "Recommendation", "Criteria", "Minimum",
    ];

    [Fact]
    public void Lists_the_names_a_reader_expects_and_no_ordinary_English_words()
    {
        var corpus = TestPaths.RequireCorpus("privacyguides-2026-03");
        var config = CrowdinConfigLoader.Load(Path.Combine(corpus, "crowdin.yml"));
        var plan = ProjectPlanner.Plan(config, ProjectFileMapper.DiscoverLanguages(config), []);
        var terms = new CheckEngine(CheckOptions.Default with { CheckCrossPageLinks = false }).LearnTerms(plan.Pairs).Select(t => t.Term).ToHashSet(StringComparer.Ordinal);

        Assert.True(terms.Count > 200, $"{terms.Count} terms");
        var missing = ExpectedNames.Where(n => !terms.Contains(n)).ToList();
        Assert.True(missing.Count == 0, "names not learned: " + string.Join(", ", missing));
        var ordinary = OrdinaryWords.Where(terms.Contains).ToList();
        Assert.True(ordinary.Count == 0, "ordinary words learned as terms: " + string.Join(", ", ordinary));
        Assert.DoesNotContain(terms, t => Localization.Core.Text.EnglishWords.IsFunctionWord(t));
    }
}
