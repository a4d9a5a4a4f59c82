namespace Localization.Core.Crowdin;

/// <summary>
/// The codes Crowdin knows for one language, one per language placeholder of a translation pattern.
/// Values follow Crowdin's language table (API <c>GET /languages</c>).
/// </summary>
/// <param name="Id">Crowdin language id (<c>%language_id%</c>), e.g. <c>pt-BR</c>.</param>
/// <param name="TwoLetters">ISO 639-1 code (<c>%two_letters_code%</c>), e.g. <c>pt</c>.</param>
/// <param name="ThreeLetters">ISO 639-2/T code (<c>%three_letters_code%</c>), e.g. <c>por</c>.</param>
/// <param name="Locale">Locale (<c>%locale%</c>), e.g. <c>pt-BR</c>.</param>
/// <param name="LocaleWithUnderscore">Locale with '_' (<c>%locale_with_underscore%</c>), e.g. <c>pt_BR</c>.</param>
/// <param name="AndroidCode">Android resource qualifier (<c>%android_code%</c>), e.g. <c>pt-rBR</c>.</param>
/// <param name="OsxCode">Apple <c>.lproj</c> directory (<c>%osx_code%</c>), e.g. <c>pt-BR.lproj</c>.</param>
/// <param name="OsxLocale">Apple locale (<c>%osx_locale%</c>), e.g. <c>pt_BR</c>.</param>
/// <param name="Name">English name (<c>%language%</c>), e.g. <c>Portuguese, Brazilian</c>.</param>
public sealed record LanguageCodes(
    string Id,
    string TwoLetters,
    string ThreeLetters,
    string Locale,
    string LocaleWithUnderscore,
    string AndroidCode,
    string OsxCode,
    string OsxLocale,
    string Name);
