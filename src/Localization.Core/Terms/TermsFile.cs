using System.Globalization;
using System.Text;
using Localization.Core.Crowdin;

namespace Localization.Core.Terms;

/// <summary>
/// The committed list of do-not-translate terms, <c>terms.yml</c> next to <c>crowdin.yml</c>:
/// <code>
/// terms:
///   - Signal          # kept in 3 of 3 languages (211 of 214 blocks)
///   - Tor Browser
/// </code>
/// written by <c>l10n terms --output terms.yml</c>, reviewed and edited by hand, read by every check.
/// </summary>
public static class TermsFile
{
    public const string DefaultName = "terms.yml";

    /// <summary>The terms of the file; empty when it does not exist.</summary>
    /// <exception cref="ConfigException">Not valid YAML, or not a list of terms (with line and column).</exception>
    public static IReadOnlyList<string> Load(string path, string display, string? projectDirectory = null)
    {
        if (!File.Exists(path) && IO.FileKind.TypeOf(path, followLinks: false) == IO.FileType.Missing)
        {
            return [];
        }

        ConfigFileGuard.Check(path, projectDirectory ?? Path.GetDirectoryName(Path.GetFullPath(path))!, display);

        var file = IO.TextFileReader.Read(path, 4 * 1024 * 1024);
        if (!file.Ok)
        {
            throw new ConfigException(display, file.ErrorLine, 1, file.Error!);
        }

        return Parse(file.Text!, display);
    }

    public static IReadOnlyList<string> Parse(string text, string display)
    {
        var root = YamlTreeReader.Read(text, display);
        if (root is null || root is YamlScalarNode { IsNull: true })
        {
            return [];
        }

        if (root is not YamlMappingNode mapping)
        {
            throw new ConfigException(display, root.Position.Line, root.Position.Column, $"expected a mapping with a 'terms' list, found {root.KindName}");
        }

        var terms = new List<string>();
        foreach (var (key, value) in mapping.Entries)
        {
            if (key.Value != "terms")
            {
                throw new ConfigException(display, key.Position.Line, key.Position.Column, $"unknown key '{ConfigText.Quote(key.Value)}' (known: terms)");
            }

            if (value is YamlScalarNode { IsNull: true })
            {
                continue;
            }

            if (value is not YamlSequenceNode sequence)
            {
                throw new ConfigException(display, value.Position.Line, value.Position.Column, $"expected a list of terms, found {value.KindName}");
            }

            foreach (var item in sequence.Items)
            {
                if (item is not YamlScalarNode scalar || scalar.IsNull || string.IsNullOrWhiteSpace(scalar.Value))
                {
                    throw new ConfigException(display, item.Position.Line, item.Position.Column, $"expected a term, found {item.KindName}");
                }

                terms.Add(scalar.Value.Trim());
            }
        }

        return terms;
    }

    /// <summary>The file's text for learned terms, each with its evidence as a comment.</summary>
    public static string Format(IReadOnlyList<LearnedTerm> terms, IReadOnlyList<string> languages)
    {
        var sb = new StringBuilder();
        sb.Append("# Do-not-translate terms of this project, learned by `l10n terms` from the translations into ")
          .Append(string.Join(", ", languages)).Append(".\n")
          .Append("# A term is a name the translators of most languages kept verbatim in blocks they translated.\n")
          .Append("# Review the list, delete what is not a name, add what is missing, and commit it:\n")
          .Append("# every `l10n check` reads it and never calls a term English left untranslated.\n")
          .Append("terms:\n");
        if (terms.Count == 0)
        {
            sb.Append("  []\n");
            return sb.ToString();
        }

        var width = Math.Min(40, terms.Max(t => Quote(t.Term).Length));
        foreach (var term in terms)
        {
            var quoted = Quote(term.Term);
            sb.Append("  - ").Append(quoted).Append(' ', Math.Max(1, width - quoted.Length + 1))
              .Append(CultureInfo.InvariantCulture, $"# kept in {term.Languages} of {term.OfLanguages} languages ({term.Kept} of {term.Seen} blocks)\n");
        }

        return sb.ToString();
    }

    /// <summary>Plain when YAML reads it back unchanged, else double-quoted with JSON escapes (valid YAML).</summary>
    private static string Quote(string term)
    {
        var plain = term.Length > 0 && char.IsLetterOrDigit(term[0]) && term.All(c => char.IsLetterOrDigit(c) || c is ' ' or '-' or '.' or '_' or '+' or '\'' or '’')
            && !term.EndsWith(' ') && term is not ("true" or "false" or "null" or "yes" or "no" or "on" or "off" or "True" or "False" or "Null" or "Yes" or "No" or "On" or "Off");
        return plain ? term : "\"" + System.Text.Json.JsonEncodedText.Encode(term).Value + "\"";
    }
}
