using Localization.Core.Checking;
using Localization.Core.Crowdin;
using Localization.Core.Terms;
using Localization.Core.Tests.TestSupport;

namespace Localization.Core.Tests.Terms;

/// <summary>
/// Term learning on a small project written for the test: three languages (a Latin-script one with a code
/// the tool has no data for, Korean and Russian) keep the product names and translate everything else.
/// </summary>
public sealed class TermLearnerTests : IDisposable
{
    private const string English = """
        # Secure Messaging Apps

        We recommend Signal for most people. Signal keeps very little metadata.

        You can also use Molly, a hardened fork that works with the same servers.

        SimpleX Chat does not use any identifiers. Many people prefer SimpleX Chat for groups.

        Privacy matters when you choose a messenger, and Signal makes it easy.

        - Homepage
        - Downloads
        """;

    private static readonly Dictionary<string, string> Translations = new()
    {
        ["xx"] = """
            # Aplicaciones de mensajería segura

            Recomendamos Signal para la mayoría. Signal guarda muy pocos metadatos.

            También puedes usar Molly, una variante reforzada que funciona con los mismos servidores.

            SimpleX Chat no usa ningún identificador. Mucha gente prefiere SimpleX Chat para grupos.

            La privacidad importa cuando eliges un mensajero, y Signal lo hace fácil.

            - Página principal
            - Descargas
            """,
        ["ko"] = """
            # 안전한 메신저 앱

            대부분의 사람에게 Signal을 권장합니다. Signal은 메타데이터를 거의 남기지 않습니다.

            같은 서버에서 동작하는 강화된 포크인 Molly를 사용할 수도 있습니다.

            SimpleX Chat은 식별자를 사용하지 않습니다. 많은 사람들이 그룹에 SimpleX Chat을 선호합니다.

            메신저를 고를 때 프라이버시가 중요하며, Signal은 이를 쉽게 해 줍니다.

            - Homepage
            - 다운로드
            """,
        ["ru"] = """
            # Безопасные мессенджеры

            Большинству людей мы рекомендуем Signal. Signal хранит очень мало метаданных.

            Можно также использовать Molly, усиленный форк, работающий с теми же серверами.

            SimpleX Chat не использует идентификаторы. Многие предпочитают SimpleX Chat для групп.

            Приватность важна при выборе мессенджера, и Signal делает это простым.

            - Домашняя страница
            - Загрузки
            """,
    };

    private readonly string _root = Path.Combine(Path.GetTempPath(), "l10n-terms-" + Guid.NewGuid().ToString("N"));

    public TermLearnerTests()
    {
        Directory.CreateDirectory(Path.Combine(_root, "docs"));
        File.WriteAllText(Path.Combine(_root, "docs", "messengers.md"), English);
        foreach (var (language, text) in Translations)
        {
            Directory.CreateDirectory(Path.Combine(_root, "i18n", language));
            File.WriteAllText(Path.Combine(_root, "i18n", language, "messengers.md"), text);
        }

        File.WriteAllText(Path.Combine(_root, "crowdin.yml"), "files:\n  - source: /docs/**/*.md\n    translation: /i18n/%two_letters_code%/**/%original_file_name%\n");
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private IReadOnlyList<LearnedTerm> Learn(params string[] languages)
    {
        var config = CrowdinConfigLoader.Load(Path.Combine(_root, "crowdin.yml"));
        var plan = ProjectPlanner.Plan(config, languages, []);
        return new CheckEngine(Checker.Options with { CheckCrossPageLinks = false }).LearnTerms(plan.Pairs);
    }

    [Fact]
    public void Learns_the_names_every_language_keeps_and_no_ordinary_word()
    {
        var terms = Learn("xx", "ko", "ru").Select(t => t.Term).ToList();

        Assert.Equal(["Molly", "Signal", "SimpleX", "SimpleX Chat"], terms);
    }

    [Fact]
    public void Evidence_is_reported_per_term()
    {
        var signal = Assert.Single(Learn("xx", "ko", "ru"), t => t.Term == "Signal");

        Assert.Equal((3, 3), (signal.Languages, signal.OfLanguages));
        Assert.True(signal.Kept >= 6 && signal.Kept <= signal.Seen, signal.ToString());
    }

    [Fact]
    public void A_label_only_the_scripts_without_case_keep_is_not_a_term()
    {
        // "Homepage" is left as it is in Korean (untranslated there) but translated in the Latin-script and
        // Cyrillic pages: an ordinary word, whatever the Korean page says.
        Assert.DoesNotContain(Learn("xx", "ko", "ru"), t => t.Term == "Homepage");
    }

    [Fact]
    public void Learned_terms_silence_what_they_name()
    {
        // A one-line page with nothing but a name: without terms it is English left as it is.
        const string source = "- Molly\n";
        const string target = "- Molly\n";
        Assert.Contains(Checker.Check(source, target, "xx").Findings, f => f.Rule == "untranslated-block");
        Assert.DoesNotContain(Checker.Check(source, target, "xx", ["Molly"]).Findings, f => f.Rule == "untranslated-block");
    }
}
