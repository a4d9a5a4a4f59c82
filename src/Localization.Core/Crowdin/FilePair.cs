namespace Localization.Core.Crowdin;

/// <summary>
/// A source file and the translation file Crowdin would write for one language. The translation may
/// not exist yet (an untranslated page is still a pair).
/// </summary>
/// <param name="Language">The language code as the caller gave it.</param>
/// <param name="Source">Source path relative to the directory containing crowdin.yml, '/'-separated.</param>
/// <param name="Translation">Translation path relative to the directory containing crowdin.yml, '/'-separated.</param>
/// <param name="SourceFullPath">Absolute source path.</param>
/// <param name="TranslationFullPath">Absolute translation path.</param>
/// <param name="Group">The <c>files</c> group that produced the pair.</param>
public sealed record FilePair(
    string Language,
    string Source,
    string Translation,
    string SourceFullPath,
    string TranslationFullPath,
    CrowdinFileGroup Group)
{
    /// <summary>Why the pair must not be read (its source or translation is a symbolic link out of the project or to a device); null when it can be checked.</summary>
    public string? Refusal { get; init; }

    /// <summary>The refused file, relative like <see cref="Source"/> and <see cref="Translation"/>.</summary>
    public string? RefusedFile { get; init; }
}

/// <summary>Two sources that map to the same translation file: only <paramref name="Kept"/> is paired.</summary>
/// <param name="Kept">The first pair producing the translation path.</param>
/// <param name="Dropped">A later one (its group is the one to fix).</param>
public sealed record MappingCollision(FilePair Kept, FilePair Dropped);
