namespace Localization.Core.Crowdin;

/// <summary>
/// The language a user asked for, written exactly as the project's directories or file names use it
/// (Privacy Guides: <c>ko</c>, <c>pt-BR</c>, <c>zh-Hant</c>). It is validated once here so every
/// path built from it is safe: only ASCII letters, digits, '-' and '_' are accepted.
/// </summary>
/// <param name="Code">The code as given.</param>
/// <exception cref="ArgumentException"><paramref name="Code"/> is not <c>^[A-Za-z0-9_-]+$</c>.</exception>
public sealed record LanguageTarget(string Code)
{
    /// <summary>The code as given (validated).</summary>
    public string Code { get; } = LanguageCatalog.IsValidCode(Code)
        ? Code
        : throw new ArgumentException($"'{Code}' is not a language code (expected letters, digits, '-' or '_').", nameof(Code));

    /// <summary>Catalog codes for <see cref="Code"/>, used for placeholders that differ from the code itself.</summary>
    public LanguageCodes Codes => LanguageCatalog.Resolve(Code);

    /// <inheritdoc/>
    public override string ToString() => Code;
}
