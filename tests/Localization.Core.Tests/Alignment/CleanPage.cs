using Localization.Core.Tests.TestSupport;

namespace Localization.Core.Tests.Alignment;

/// <summary>The fully translated Korean fixture page with lots of syntax (Fixtures/Rules/clean/full-syntax-ko).</summary>
internal static class CleanPage
{
    public static string English => TestPaths.ReadFixture("Rules", "clean", "full-syntax-ko", "en.md");

    public static string Korean => TestPaths.ReadFixture("Rules", "clean", "full-syntax-ko", "target.md");

    /// <summary>1-based number of the line of <paramref name="text"/> that contains <paramref name="needle"/>.</summary>
    public static int LineOf(string text, string needle)
    {
        var index = text.IndexOf(needle, StringComparison.Ordinal);
        Assert.True(index >= 0, $"'{needle}' is not in the page");
        return text.AsSpan(0, index).Count('\n') + 1;
    }

    /// <summary>Replaces exactly one occurrence of <paramref name="from"/>.</summary>
    public static string ReplaceOnce(string text, string from, string to)
    {
        var index = text.IndexOf(from, StringComparison.Ordinal);
        Assert.True(index >= 0, $"'{from}' is not in the page");
        Assert.True(text.IndexOf(from, index + 1, StringComparison.Ordinal) < 0, $"'{from}' occurs more than once");
        return string.Concat(text.AsSpan(0, index), to, text.AsSpan(index + from.Length));
    }
}
