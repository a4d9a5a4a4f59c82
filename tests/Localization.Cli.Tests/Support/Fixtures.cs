namespace Localization.Cli.Tests.Support;

/// <summary>Page pairs and a small Crowdin project, written into temporary directories.</summary>
internal static class Fixtures
{
    public const string CrowdinYml = """
        files:
          - source: /docs/**/*.md
            translation: /i18n/%two_letters_code%/**/%original_file_name%
        """;

    /// <summary>A second group that makes docs/img.png a source file of a format l10n does not check.</summary>
    public const string ImageGroup = """

          - source: /docs/**/*.png
            translation: /i18n/%two_letters_code%/**/%original_file_name%
        """;

    public const string DocsA = """
        # Welcome

        This is the first paragraph of the page.

        Read the [guide](guide.md) before you start. It explains every option of the tool.

        The last paragraph explains how to install the tool.
        """;

    /// <summary>Korean a.md: one English sentence left, at line 5, column 32.</summary>
    public const string KoA = """
        # 환영합니다

        이것은 페이지의 첫 번째 단락입니다.

        시작하기 전에 [안내서](guide.md)를 읽으세요. It explains every option of the tool.

        마지막 단락은 도구를 설치하는 방법을 설명합니다.
        """;

    public const string DocsSubB = """
        # Second page

        Another page with some text in it.
        """;

    /// <summary>English page for pair mode.</summary>
    public const string PairEn = """
        # Installing the tool

        This paragraph was never translated into Korean.

        Run `l10n check` after reading the [installation guide](https://example.com/install).

        The end.
        """;

    /// <summary>Warning at 3:1 (untranslated-block) and error at 5 (link-mismatch).</summary>
    public const string PairKoWithError = """
        # 도구 설치

        This paragraph was never translated into Korean.

        [설치 안내서](https://example.com/other)를 읽은 뒤 `l10n check`를 실행하세요.

        끝.
        """;

    /// <summary>Only a warning: untranslated-block at 3:1.</summary>
    public const string PairKoWithWarning = """
        # 도구 설치

        This paragraph was never translated into Korean.

        [설치 안내서](https://example.com/install)를 읽은 뒤 `l10n check`를 실행하세요.

        끝.
        """;

    /// <summary>A complete, correct translation of <see cref="PairEn"/>.</summary>
    public const string PairKoClean = """
        # 도구 설치

        이 단락은 한국어로 번역되었습니다.

        [설치 안내서](https://example.com/install)를 읽은 뒤 `l10n check`를 실행하세요.

        끝.
        """;

    public const string InfoEn = """
        # Installing the tool

        See the [article](https://en.wikipedia.org/wiki/Markdown) for `details`.
        """;

    /// <summary>Only an info finding: a link localized to the Korean Wikipedia.</summary>
    public const string InfoKo = """
        # 도구 설치

        자세한 `details` 내용은 [문서](https://ko.wikipedia.org/wiki/Markdown)를 참조하세요.
        """;

    /// <summary>
    /// The project of the brief: two Markdown sources (docs/a.md, docs/sub/b.md), an image, a Korean
    /// a.md with one English sentence left and no Korean sub/b.md.
    /// </summary>
    public static TempTree Project(bool withImageGroup = false, string directory = "")
    {
        var tree = new TempTree();
        var prefix = directory.Length > 0 ? directory.TrimEnd('/') + "/" : "";
        tree.Write(prefix + "crowdin.yml", CrowdinYml + (withImageGroup ? ImageGroup : "") + "\n");
        tree.Write(prefix + "docs/a.md", DocsA + "\n");
        tree.Write(prefix + "docs/sub/b.md", DocsSubB + "\n");
        tree.WriteBytes(prefix + "docs/img.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00]);
        tree.Write(prefix + "i18n/ko/a.md", KoA + "\n");
        return tree;
    }

    /// <summary>
    /// Two sources mapped onto one translation (i18n/ko/x.md): an invalid-file finding at crowdin.yml per language,
    /// a file no page of the run holds.
    /// </summary>
    public static TempTree TwoSourcesOneTranslation()
    {
        var tree = new TempTree();
        tree.Write("crowdin.yml", """
            files:
              - source: /docs/a.md
                translation: /i18n/%two_letters_code%/x.md
              - source: /docs/b.md
                translation: /i18n/%two_letters_code%/x.md
            """ + "\n");
        tree.Write("docs/a.md", "# A\n\nHello.\n");
        tree.Write("docs/b.md", "# B\n\nBye.\n");
        tree.Write("i18n/ko/x.md", "# 가\n\n안녕.\n");
        return tree;
    }

    /// <summary>A directory with the pair-mode pages.</summary>
    public static TempTree Pairs()
    {
        var tree = new TempTree();
        tree.Write("en.md", PairEn + "\n");
        tree.Write("ko.md", PairKoWithError + "\n");
        tree.Write("ko-warning.md", PairKoWithWarning + "\n");
        tree.Write("ko-clean.md", PairKoClean + "\n");
        tree.Write("en-info.md", InfoEn + "\n");
        tree.Write("ko-info.md", InfoKo + "\n");
        return tree;
    }
}
