using System.Text;

namespace Localization.Core.Rules.Markup;

/// <summary>
/// The comments of a code block, by the fence's language (<c>#</c>, <c>//</c>, <c>/* */</c>, <c>&lt;!-- --&gt;</c>,
/// <c>--</c>): translators translate them on purpose, so two blocks whose code is the same once comments are
/// left out differ only cosmetically. A language l10n does not know has no comments: every difference counts.
/// </summary>
internal static class CodeComments
{
    /// <summary>How one family of languages writes comments and strings.</summary>
    private sealed record Syntax(string? Line, string? BlockOpen, string? BlockClose, string Quotes, bool HashAtLineStart = true);

    private static readonly Syntax Hash = new("#", null, null, "'\"");
    private static readonly Syntax Console = Hash with { HashAtLineStart = false }; // '# cmd' is a root prompt there
    private static readonly Syntax CLike = new("//", "/*", "*/", "'\"`");
    private static readonly Syntax Css = new(null, "/*", "*/", "'\"");
    private static readonly Syntax Markup = new(null, "<!--", "-->", "");
    private static readonly Syntax Dash = new("--", null, null, "'\"");

    private static readonly Dictionary<string, Syntax> Languages = Build();

    private static Dictionary<string, Syntax> Build()
    {
        var map = new Dictionary<string, Syntax>(StringComparer.OrdinalIgnoreCase);
        void Add(Syntax syntax, params string[] names)
        {
            foreach (var name in names)
            {
                map[name] = syntax;
            }
        }

        Add(Hash, "bash", "sh", "shell", "zsh", "fish", "python", "py", "python3", "yaml", "yml", "toml", "ruby", "rb", "perl", "r",
            "powershell", "ps1", "pwsh", "dockerfile", "docker", "make", "makefile", "cmake", "conf", "ini", "nginx", "apacheconf",
            "properties", "ssh-config", "sshconfig", "nix", "tcl", "elixir", "hcl", "terraform", "tf");
        Add(Console, "console", "shell-session", "shellsession", "terminal");
        Add(CLike, "c", "cpp", "c++", "h", "hpp", "cs", "csharp", "c#", "java", "javascript", "js", "jsx", "mjs", "ts", "typescript", "tsx",
            "go", "golang", "rust", "rs", "swift", "kotlin", "kt", "scala", "php", "json5", "jsonc", "dart", "groovy", "gradle",
            "proto", "protobuf", "zig", "scss", "less");
        Add(Css, "css");
        Add(Markup, "html", "xml", "svg", "xhtml", "vue", "markdown", "md");
        Add(Dash, "sql", "lua", "haskell", "hs");
        return map;
    }

    /// <summary>True when <paramref name="language"/> has known comments and the blocks are the same code without them.</summary>
    public static bool OnlyCommentsDiffer(string? language, string source, string target) =>
        language is not null && Languages.TryGetValue(language, out var syntax)
        && Code(source, syntax) == Code(target, syntax);

    /// <summary>
    /// The code with its comments blanked out, line for line (so line numbers still hold), or null when the
    /// language has no known comments: what to describe when more than comments differ.
    /// </summary>
    public static string? WithoutComments(string? language, string code) =>
        language is not null && Languages.TryGetValue(language, out var syntax)
            ? string.Join('\n', Strip(code.Replace("\r\n", "\n", StringComparison.Ordinal), syntax).Split('\n').Select(l => l.TrimEnd()))
            : null;

    /// <summary>The code without comments, blank lines and trailing spaces.</summary>
    private static string Code(string text, Syntax syntax)
    {
        var stripped = Strip(text.Replace("\r\n", "\n", StringComparison.Ordinal), syntax);
        return string.Join('\n', stripped.Split('\n').Select(l => l.TrimEnd()).Where(l => l.Length > 0));
    }

    private static string Strip(string code, Syntax syntax)
    {
        var kept = new StringBuilder(code.Length);
        char? quote = null;
        for (var i = 0; i < code.Length;)
        {
            var c = code[i];
            if (quote is { } open)
            {
                kept.Append(c);
                if (c == '\\' && i + 1 < code.Length && code[i + 1] != '\n')
                {
                    kept.Append(code[i + 1]);
                    i += 2;
                    continue;
                }

                // A string ends at its quote, or at the line's end so that a stray apostrophe harms one line only.
                quote = c == open || c == '\n' ? null : quote;
                i++;
                continue;
            }

            if (syntax.Quotes.Contains(c, StringComparison.Ordinal))
            {
                quote = c;
                kept.Append(c);
                i++;
                continue;
            }

            if (syntax.Line is { } line && At(code, i, line) && StartsLineComment(code, i, syntax))
            {
                while (i < code.Length && code[i] != '\n')
                {
                    i++;
                }

                continue;
            }

            if (syntax.BlockOpen is { } blockOpen && At(code, i, blockOpen))
            {
                var close = code.IndexOf(syntax.BlockClose!, i + blockOpen.Length, StringComparison.Ordinal);
                var end = close < 0 ? code.Length : close + syntax.BlockClose!.Length;
                kept.Append('\n', code.AsSpan(i, end - i).Count('\n')); // keep the line structure
                i = end;
                continue;
            }

            kept.Append(c);
            i++;
        }

        return kept.ToString();
    }

    private static bool At(string code, int i, string token) => string.CompareOrdinal(code, i, token, 0, token.Length) == 0;

    /// <summary>'#' starts a comment at a word's start ('$#', 'a#b' are not); '//' not after ':' (a URL).</summary>
    private static bool StartsLineComment(string code, int i, Syntax syntax)
    {
        var lineStart = i == 0 || code[i - 1] == '\n';
        return syntax.Line switch
        {
            "#" => lineStart ? syntax.HashAtLineStart : char.IsWhiteSpace(code[i - 1]),
            "//" => lineStart || code[i - 1] != ':',
            _ => lineStart || char.IsWhiteSpace(code[i - 1]),
        };
    }
}
