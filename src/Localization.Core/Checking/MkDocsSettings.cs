using Localization.Core.Text;

namespace Localization.Core.Checking;

/// <summary>What l10n reads of a site's MkDocs configuration: how the toc extension makes heading ids.</summary>
public static class MkDocsSettings
{
    private static readonly string[] ConfigNames = ["mkdocs.yml", "mkdocs.yaml", "mkdocs.common.yml", "mkdocs.en.yml"];

    /// <summary>
    /// The slug style configured in the mkdocs.yml next to crowdin.yml: pymdownx.slugs.slugify when the
    /// configuration names it, otherwise Python-Markdown's default. The file is only searched for that name,
    /// never executed (its !!python tags are not YAML this tool needs to understand).
    /// </summary>
    public static SlugStyle SlugStyleFor(string directory)
    {
        foreach (var name in ConfigNames)
        {
            var path = Path.Combine(directory, name);
            try
            {
                if (File.Exists(path) && new FileInfo(path).Length < 1024 * 1024 && File.ReadAllText(path).Contains("pymdownx.slugs.slugify", StringComparison.Ordinal))
                {
                    return SlugStyle.PymdownxUnicodeLower;
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // An unreadable mkdocs.yml leaves the default, which is what MkDocs itself would use.
            }
        }

        return SlugStyle.PythonMarkdown;
    }
}
