namespace Localization.Core.Crowdin;

/// <summary>
/// A loaded crowdin.yml: the part of the Crowdin CLI configuration that decides which files are
/// sources and where their translations live. Credentials and API settings are deliberately not
/// modelled; this tool never talks to Crowdin.
/// </summary>
/// <param name="ConfigFile">Absolute path of the crowdin.yml file; paths in reports are relative to its directory.</param>
/// <param name="BasePath">Absolute project root: <c>base_path</c> resolved against the config file's directory (default: that directory). Patterns are relative to it.</param>
/// <param name="PreserveHierarchy"><c>preserve_hierarchy</c> (default false); kept for completeness, it only affects Crowdin-side file names.</param>
/// <param name="Files">The <c>files</c> groups, in document order.</param>
public sealed record CrowdinConfig(string ConfigFile, string BasePath, bool PreserveHierarchy, IReadOnlyList<CrowdinFileGroup> Files)
{
    /// <summary>
    /// <c>settings.ignore_hidden_files</c> (default true, as in the Crowdin CLI): wildcards never match
    /// names starting with '.', and <c>**</c> does not descend into such directories.
    /// </summary>
    public bool IgnoreHiddenFiles { get; init; } = true;

    /// <summary>Directory containing the config file; <see cref="FilePair"/> paths are relative to it.</summary>
    public string ConfigDirectory => Path.GetDirectoryName(ConfigFile) ?? ConfigFile;
}

/// <summary>
/// One entry of <c>files</c>: a source glob, the translation path pattern and the options that change
/// how the translation path is computed. Other Crowdin options (type, labels, export flags...) are
/// ignored because they do not affect which files pair up.
/// </summary>
/// <param name="Source">Source glob, as written (leading '/' allowed), relative to <see cref="CrowdinConfig.BasePath"/>.</param>
/// <param name="Translation">Translation path pattern with placeholders and optional <c>**</c>, as written ('\' normalised to '/').</param>
/// <param name="Ignore">Ignore globs (may contain language placeholders).</param>
/// <param name="Dest">Crowdin-side file name pattern (<c>dest</c>), if any.</param>
/// <param name="TranslationReplace"><c>translation_replace</c> pairs in document order; applied as plain string replacements to the built translation path.</param>
/// <param name="LanguagesMapping"><c>languages_mapping</c>: placeholder name without '%' (e.g. <c>two_letters_code</c>) → Crowdin language id → code to use.</param>
/// <param name="ExcludedTargetLanguages"><c>excluded_target_languages</c>: Crowdin language ids this group is not translated into.</param>
/// <param name="Line">1-based line of the group in the YAML, for diagnostics.</param>
public sealed record CrowdinFileGroup(
    string Source,
    string Translation,
    IReadOnlyList<string> Ignore,
    string? Dest,
    IReadOnlyList<KeyValuePair<string, string>> TranslationReplace,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> LanguagesMapping,
    IReadOnlyList<string> ExcludedTargetLanguages,
    int Line)
{
    /// <summary>1-based column of the group in the YAML, for diagnostics.</summary>
    public int Column { get; init; } = 1;

    /// <summary>
    /// Everything that decides which files the group pairs (not its position): two groups with the same
    /// signature map exactly the same files.
    /// </summary>
    public string Signature() => string.Join(
        '\u0000',
        [
            Source, Translation, Dest ?? "\u0001", string.Join('\u0002', Ignore), string.Join('\u0002', TranslationReplace.Select(p => p.Key + "\u0003" + p.Value)),
            string.Join('\u0002', LanguagesMapping.OrderBy(m => m.Key, StringComparer.Ordinal).Select(m => m.Key + "\u0003" + string.Join('\u0004', m.Value.OrderBy(v => v.Key, StringComparer.Ordinal).Select(v => v.Key + "\u0005" + v.Value)))),
            string.Join('\u0002', ExcludedTargetLanguages),
        ]);
}
