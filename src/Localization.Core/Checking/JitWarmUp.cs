using System.Runtime.CompilerServices;

namespace Localization.Core.Checking;

/// <summary>
/// Compiles the code of a page check on the idle core while the calling thread reads the configuration and
/// plans the run. With the JIT, a run's first half second is one thread (process start, options, planning;
/// measured 0.43 s of a 31-language site's run on 2 cores) while the other core idles, and then both page
/// workers begin by compiling the same parser, reader, aligner and rules, one waiting for the other. Checking
/// two small built-in page pairs on a background thread meanwhile moves that compilation into the idle time.
/// Nothing of it is kept: it has its own engine, no page sink, and its result is dropped. A Native AOT build
/// has nothing to compile, and one core has no idle core to use; neither starts it.
/// </summary>
public static class JitWarmUp
{
    /// <summary>Starts the warm-up on a background thread when it can help; returns at once.</summary>
    public static void Start()
    {
        if (!RuntimeFeature.IsDynamicCodeCompiled || Environment.ProcessorCount < 2)
        {
            return;
        }

        new Thread(() => Run()) { IsBackground = true, Name = "l10n warm-up" }.Start();
    }

    /// <summary>Checks the built-in pairs once (also called by tests: it must never throw or print).</summary>
    internal static IReadOnlyList<FileResult> Run()
    {
        var results = new List<FileResult>();
        try
        {
            var engine = new CheckEngine(CheckOptions.Default with { FileTimeout = Timeout.InfiniteTimeSpan });
            results.Add(engine.CheckTexts(new PairRequest("ko", "warm-up.md", "ko/warm-up.md", "/warm-up.md", "/ko/warm-up.md"), English, Korean));
            results.Add(engine.CheckTexts(new PairRequest("fr", "warm-up.md", "fr/warm-up.md", "/warm-up.md", "/fr/warm-up.md"), English, French));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Only time is at stake here: the run itself reports whatever goes wrong on its own pages.
        }

        return results;
    }

    // A page with the constructs of a documentation site (front matter, admonitions, tabs, lists, a table,
    // code, links with fragments, footnotes, HTML), translated in a Hangul and a Latin-script language with
    // some English left, so that the script tests, the untranslated verdicts and most rules run.
    private const string English = """
        ---
        title: Choosing a password manager
        description: How to pick a password manager and keep your vault safe.
        icon: material/key
        ---
        # Choosing a password manager { #choosing }

        A **password manager** stores your passwords in an encrypted vault. See [our guide](basics/passwords.md#vault) and the [FAQ](https://example.org/faq "FAQ").

        !!! tip "Keep a backup"

            Export your vault regularly and store the file somewhere safe[^1].

        ## Features to look for

        - End-to-end encryption with `AES-256` or `XChaCha20`.
        - Support for *two-factor authentication*, such as TOTP.
        - An open-source client: ![logo](assets/logo.svg){ width="24" }

        1. Install the app.
        2. Create a strong master password.

        | Feature | Desktop | Mobile |
        | --- | --- | --- |
        | Autofill | Yes | Yes |
        | Offline access | Yes | No |

        === "Linux"

            ```bash
            flatpak install org.example.Vault
            ```

        === "Windows"

            Download the installer from the website.

        <div class="grid" markdown>
        Our recommendations are not sponsored. Read [why](#choosing).
        </div>

        > Quoted text from the project's documentation, version 2.4.

        [^1]: An external drive works well.

        *[TOTP]: Time-based One-Time Password
        """;

    private const string Korean = """
        ---
        title: 비밀번호 관리자 선택하기
        description: How to pick a password manager and keep your vault safe.
        icon: material/key
        ---
        # 비밀번호 관리자 선택하기 { #choosing }

        **비밀번호 관리자**는 암호화된 보관함에 비밀번호를 저장합니다. [가이드](basics/passwords.md#vault)와 [FAQ](https://example.org/faq "FAQ")를 참고하세요.

        !!! tip "백업 유지하기"

            Export your vault regularly and store the file somewhere safe[^1].

        ## 확인할 기능

        - `AES-256` 또는 `XChaCha20`을 사용하는 종단간 암호화.
        - TOTP 같은 *2단계 인증* 지원.
        - 오픈 소스 클라이언트: ![로고](assets/logo.svg){ width="24" }

        1. 앱을 설치합니다.
        2. Create a strong master password.

        | 기능 | 데스크톱 | 모바일 |
        | --- | --- | --- |
        | 자동 완성 | 예 | 예 |
        | 오프라인 접근 | 예 | 아니요 |

        === "Linux"

            ```bash
            flatpak install org.example.Vault
            ```

        === "Windows"

            웹사이트에서 설치 프로그램을 내려받으세요.

        <div class="grid" markdown>
        저희 추천은 후원을 받지 않습니다. [이유](#choosing)를 읽어 보세요.
        </div>

        > 프로젝트 문서 2.4 버전에서 인용한 글.

        [^1]: 외장 드라이브가 좋습니다.

        *[TOTP]: Time-based One-Time Password
        """;

    private const string French = """
        ---
        title: Choisir un gestionnaire de mots de passe
        description: Comment choisir un gestionnaire de mots de passe et protéger votre coffre.
        icon: material/key
        ---
        # Choisir un gestionnaire de mots de passe { #choosing }

        Un **gestionnaire de mots de passe** conserve vos mots de passe dans un coffre chiffré. Consultez [notre guide](basics/passwords.md#coffre) et la [FAQ](https://example.org/faq "FAQ").

        !!! tip "Gardez une sauvegarde"

            Exportez régulièrement votre coffre et rangez le fichier en lieu sûr[^1].

        ## Fonctionnalités à rechercher

        - Chiffrement de bout en bout avec `AES-256` ou `XChaCha20`.
        - Support for *two-factor authentication*, such as TOTP.
        - Un client open source : ![logo](assets/logo.svg){ width="24" }

        1. Installez l'application.
        2. Créez un mot de passe maître robuste.

        | Fonctionnalité | Ordinateur | Mobile |
        | --- | --- | --- |
        | Remplissage automatique | Oui | Oui |
        | Accès hors ligne | Oui | Non |

        === "Linux"

            ```bash
            flatpak install org.example.Vault
            ```

        === "Windows"

            Téléchargez l'installateur depuis le site web.

        > Texte cité de la documentation du projet, version 2.4.

        [^1]: Un disque externe convient bien.

        *[TOTP]: Time-based One-Time Password
        """;
}
