using Localization.Core.Findings;
using Localization.Core.Tests.TestSupport;

namespace Localization.Core.Tests.Analysis;

/// <summary>
/// Untranslated detection needs no data about the target language: with a code the tool has never heard
/// of ("xx"), it finds the English left in a Latin-script page and in a Cyrillic-script page, and nothing
/// in their translated sentences (cognates, names and code included).
/// </summary>
public sealed class AnyLanguageDetectionTests
{
    private const string English = """
        # Secure messaging

        Signal is a mobile app developed by Signal Messenger LLC. The app provides instant messaging and calls secured with the Signal Protocol.

        All communications are end-to-end encrypted by default. Contact lists are encrypted using your PIN and the server does not have access to it.

        Briar connects to other clients using the Tor network when you are online. It can also sync over Wi-Fi or Bluetooth when the internet is unavailable.

        We recommend that you verify the safety number of every contact before you share sensitive information.

        ## Downloads

        Windows, macOS, Linux, Android and iOS.
        """;

    // A Latin-script translation written for this test (Spanish-like), with one paragraph left in English
    // and one English sentence left after a translated one.
    private const string Latin = """
        # Mensajería segura

        Signal es una aplicación móvil desarrollada por Signal Messenger LLC. La aplicación ofrece mensajería instantánea y llamadas protegidas con el Signal Protocol.

        All communications are end-to-end encrypted by default. Contact lists are encrypted using your PIN and the server does not have access to it.

        Briar se conecta a otros clientes a través de la red Tor cuando estás en línea. It can also sync over Wi-Fi or Bluetooth when the internet is unavailable.

        Recomendamos que verifiques el número de seguridad de cada contacto antes de compartir información sensible.

        ## Descargas

        Windows, macOS, Linux, Android e iOS.
        """;

    // The same translation in Cyrillic script (Russian-like), with the same English left in it.
    private const string Cyrillic = """
        # Безопасный обмен сообщениями

        Signal — мобильное приложение, разработанное Signal Messenger LLC. Приложение обеспечивает обмен сообщениями и звонки, защищённые протоколом Signal Protocol.

        All communications are end-to-end encrypted by default. Contact lists are encrypted using your PIN and the server does not have access to it.

        Briar подключается к другим клиентам через сеть Tor, когда вы в сети. It can also sync over Wi-Fi or Bluetooth when the internet is unavailable.

        Мы рекомендуем проверять код безопасности каждого контакта, прежде чем делиться конфиденциальной информацией.

        ## Загрузки

        Windows, macOS, Linux, Android и iOS.
        """;

    [Theory]
    [InlineData("latin")]
    [InlineData("cyrillic")]
    public void Finds_the_English_left_in_a_page_of_an_unknown_language_and_nothing_else(string script)
    {
        var target = script == "latin" ? Latin : Cyrillic;
        var findings = Checker.Check(English, target, "xx").Findings.Where(f => f.Rule.StartsWith("untranslated", StringComparison.Ordinal)).ToList();

        Assert.True(findings.Select(f => (f.Rule, f.Line)).SequenceEqual([("untranslated-block", 5), ("untranslated-sentence", 7)]), Checker.Describe(findings));
        Assert.All(findings, f => Assert.Equal(Severity.Warning, f.Severity));
    }

    [Fact]
    public void The_message_says_why()
    {
        var findings = Checker.Check(English, Latin, "xx").Findings;
        Assert.Contains(findings, f => f.Line == 5 && f.Message.Contains("it is the English of en.md:5 unchanged", StringComparison.Ordinal));
        var inCyrillic = Checker.Check(English, Cyrillic.Replace("before you share", "before you send", StringComparison.Ordinal), "xx").Findings;
        Assert.Contains(inCyrillic, f => f.Line == 5 && f.Message.Contains("English of en.md:5", StringComparison.Ordinal));
    }

    [Fact]
    public void Edited_English_is_found_by_its_wording_with_the_source_line()
    {
        // Stale English: the source sentence changed since the page was synced, the page kept the old English.
        var stale = Latin.Replace("All communications are end-to-end encrypted by default.", "All of your communications are always end-to-end encrypted.", StringComparison.Ordinal)
            .Replace(" Contact lists are encrypted using your PIN and the server does not have access to it.", "", StringComparison.Ordinal);
        var findings = Checker.Check(English, stale, "xx").Findings.Where(f => f.Line == 5).ToList();

        var finding = Assert.Single(findings, f => f.Rule == "untranslated-block");
        Assert.Contains("repeats the wording of the English at en.md:5", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Cognates_and_names_in_a_translated_Latin_sentence_are_not_English()
    {
        const string source = "The application supports end-to-end encryption, TOTP and FIDO2 on Android and iOS.\n";
        const string target = "La application supporta la encryption end-to-end, TOTP y FIDO2 en Android y iOS.\n";
        Assert.DoesNotContain(Checker.Check(source, target, "xx").Findings, f => f.Rule.StartsWith("untranslated", StringComparison.Ordinal));
    }

    [Fact]
    public void Domains_and_paths_are_not_words_of_a_sentence()
    {
        const string source = "Source: plainlanguage.gov/guidelines/words\n";
        const string target = "Source : plainlanguage.gov/guidelines/words\n";
        Assert.DoesNotContain(Checker.Check(source, target, "xx").Findings, f => f.Rule.StartsWith("untranslated", StringComparison.Ordinal));
    }

    [Fact]
    public void English_in_an_unaligned_block_is_still_found()
    {
        // The translation broke the abbreviation syntax (\*[...]) so the block matches nothing in the English.
        const string source = "Text about the LLM.\n\n*[LLM]: Large Language Model, an AI model such as the ones used by chat assistants.\n";
        const string target = "Texte sur le LLM.\n\n\\*[LLM]: Large Language Model, an AI model such as the ones used by chat assistants.\n";
        var findings = Checker.Check(source, target, "xx").Findings;
        Assert.Contains(findings, f => f.Rule == "untranslated-block" && f.Line == 3);
    }
}
