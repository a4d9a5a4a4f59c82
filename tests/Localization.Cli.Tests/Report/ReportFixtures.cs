using Localization.Cli.Tests.Support;

namespace Localization.Cli.Tests.Report;

/// <summary>A small two-language project whose pages give findings of many rules, project-wide ones included.</summary>
internal static class ReportFixtures
{
    public const string Guide = """
        # Guide

        This guide explains how the tool works.

        ## Installing

        Install the tool with `dotnet tool install`. Then read the [output options](options.md#output-files).

        Keep the configuration next to the pages.

        See the [project site](https://example.com/l10n) for news.

        Report bugs on the [tracker](https://example.com/issues).

        !!! note "Before you start"

            Back up your work first.
        """;

    public const string Options = """
        # Options

        ## Output files

        Every report is written atomically.

        The tool never overwrites a file without asking.
        """;

    /// <summary>An English sentence left, a dropped paragraph, an extra one, a changed link (and the extra one's), and a link into a heading the Korean options page renamed.</summary>
    public const string GuideKo = """
        # 안내서

        이 안내서는 도구의 작동 방식을 설명합니다.

        ## 설치

        `dotnet tool install`로 도구를 설치하세요. Then read the [output options](options.md#output-files).

        [프로젝트 사이트](https://example.com/l10n)에서 소식을 확인하세요.

        번역자가 덧붙인 단락입니다. 자세한 내용은 [문서](https://example.org/docs)를 참조하세요.

        [트래커](https://example.com/bugs)에 버그를 보고하세요.

        !!! note "시작하기 전에"

            먼저 작업을 백업하세요.
        """;

    public const string OptionsKo = """
        # 옵션

        ## 출력 파일

        모든 보고서는 원자적으로 기록됩니다.

        The tool never overwrites a file without asking.
        """;

    /// <summary>French guide: one block left in English; the French options page does not exist.</summary>
    public const string GuideFr = """
        # Guide

        Ce guide explique le fonctionnement de l'outil.

        ## Installation

        Installez l'outil avec `dotnet tool install`. Lisez ensuite les [options de sortie](options.md#output-files).

        Keep the configuration next to the pages.

        Consultez le [site du projet](https://example.com/l10n) pour les nouvelles.

        Signalez les bogues sur le [suivi](https://example.com/issues).

        !!! note "Avant de commencer"

            Sauvegardez d'abord votre travail.
        """;

    public static TempTree Project()
    {
        var tree = new TempTree();
        tree.Write("crowdin.yml", Fixtures.CrowdinYml + "\n");
        tree.Write("docs/guide.md", Guide + "\n");
        tree.Write("docs/options.md", Options + "\n");
        tree.Write("i18n/ko/guide.md", GuideKo + "\n");
        tree.Write("i18n/ko/options.md", OptionsKo + "\n");
        tree.Write("i18n/fr/guide.md", GuideFr + "\n");
        return tree;
    }
}
