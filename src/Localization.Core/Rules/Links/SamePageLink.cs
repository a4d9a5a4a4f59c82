namespace Localization.Core.Rules.Links;

/// <summary>
/// Tells a relative link and an absolute address of the same page apart from a changed destination:
/// <c>../basics/threat-modeling.md</c> and <c>https://www.privacyguides.org/en/basics/threat-modeling/</c> are
/// one page written two ways (cosmetic), not a link that points elsewhere.
/// <para>
/// With the site's address (mkdocs.yml <c>site_url</c>, l10n.yml <c>site_url:</c>, Hugo's <c>baseURL</c>) the
/// absolute address must be on that site, and its path under the site's must be where the relative link
/// leads from the page (the relative link resolved against the page's own path, whose leading directories are
/// the docs directory). Without it (pair mode), an absolute address whose path is the relative link's own path
/// (its <c>..</c> left out), under at most two leading segments (<c>/en/</c>), is the same page.
/// </para>
/// </summary>
public static class SamePageLink
{
    private static readonly string[] PageExtensions = [".md", ".markdown", ".html", ".htm"];
    private static readonly string[] IndexNames = ["index", "readme", "_index"];

    /// <summary>Without the site's address: how many leading segments (a language, a version) may precede the link's path.</summary>
    private const int MaxPrefix = 2;

    /// <summary>
    /// True when one of <paramref name="a"/> and <paramref name="b"/> is relative, the other absolute, and both
    /// name the same page (and the same #fragment) as seen from <paramref name="pagePath"/> (the English page,
    /// relative to the project).
    /// </summary>
    public static bool Same(string a, string b, string pagePath, Uri? site)
    {
        var (relative, absolute) = IsAbsolute(a) ? (b, a) : (a, b);
        if (IsAbsolute(relative) || !Uri.TryCreate(absolute, UriKind.Absolute, out var address) || address.Scheme is not ("http" or "https"))
        {
            return false;
        }

        var (path, fragment) = SplitFragment(relative);
        if (path.Length == 0 || path.Contains('?', StringComparison.Ordinal) || !string.Equals(Decode(fragment), Decode(address.Fragment.TrimStart('#')), StringComparison.Ordinal)
            || address.Query.Length > 0)
        {
            return false;
        }

        var addressPath = PageSegments(Decode(address.AbsolutePath));
        if (site is not null)
        {
            if (!string.Equals(site.Host, address.Host, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            var basePath = PageSegments(Decode(site.AbsolutePath), stripPage: false);
            if (addressPath.Count < basePath.Count || !basePath.SequenceEqual(addressPath.Take(basePath.Count), StringComparer.OrdinalIgnoreCase))
            {
                return false;
            }

            addressPath = addressPath.Skip(basePath.Count).ToList();
        }

        var rooted = path.StartsWith('/');
        var own = PageSegments(path).Where(s => s != "..").ToList();
        if (site is null)
        {
            // The address is the link's own path, under at most a short prefix (the site's /en/), not any page
            // that happens to end the same way (a repository's /org/repo/blob/main/docs/about.md).
            return (own.Count > 0 || rooted) && EndsWith(addressPath, own) && addressPath.Count - own.Count <= MaxPrefix;
        }

        if (rooted)
        {
            return addressPath.SequenceEqual(own, StringComparer.OrdinalIgnoreCase);
        }

        // Resolved from the page: the address under the site is what follows the docs directory.
        var resolved = Resolve(pagePath, path);
        return resolved is not null && addressPath.Count >= own.Count && EndsWith(resolved, addressPath);
    }

    private static bool IsAbsolute(string link) => link.Contains("://", StringComparison.Ordinal) || link.StartsWith("//", StringComparison.Ordinal);

    private static (string Path, string Fragment) SplitFragment(string link)
    {
        var hash = link.IndexOf('#', StringComparison.Ordinal);
        return hash < 0 ? (link, "") : (link[..hash], link[(hash + 1)..]);
    }

    /// <summary>The path's segments as a page address: no empty or '.' segments, no page extension, no index page.</summary>
    private static List<string> PageSegments(string path, bool stripPage = true)
    {
        var segments = path.Split('/').Where(s => s.Length > 0 && s != ".").ToList();
        if (stripPage && segments.Count > 0)
        {
            var last = segments[^1];
            var extension = PageExtensions.FirstOrDefault(e => last.EndsWith(e, StringComparison.OrdinalIgnoreCase));
            last = extension is null ? last : last[..^extension.Length];
            if (IndexNames.Contains(last, StringComparer.OrdinalIgnoreCase))
            {
                segments.RemoveAt(segments.Count - 1);
            }
            else
            {
                segments[^1] = last;
            }
        }

        return segments;
    }

    /// <summary>
    /// The page a relative link leads to, as address segments from the project root. MkDocs serves
    /// <c>a/b.md</c> at <c>a/b/</c>, so a link in it is resolved from <c>a/b/</c> when it names a page address
    /// (<c>../c/</c>) and from <c>a/</c> when it names a file (<c>c.md</c>).
    /// </summary>
    private static List<string>? Resolve(string pagePath, string link)
    {
        var page = pagePath.Replace('\\', '/').Split('/').Where(s => s.Length > 0).ToList();
        var fileLink = PageExtensions.Any(e => link.EndsWith(e, StringComparison.OrdinalIgnoreCase));
        var directory = fileLink || page.Count == 0 ? page.Take(Math.Max(0, page.Count - 1)).ToList() : PageSegments(string.Join('/', page));
        foreach (var segment in link.Split('/'))
        {
            if (segment == "..")
            {
                if (directory.Count == 0)
                {
                    return null;
                }

                directory.RemoveAt(directory.Count - 1);
            }
            else if (segment.Length > 0 && segment != ".")
            {
                directory.Add(segment);
            }
        }

        return PageSegments(string.Join('/', directory));
    }

    private static bool EndsWith(List<string> whole, List<string> end) =>
        end.Count <= whole.Count && whole.Skip(whole.Count - end.Count).SequenceEqual(end, StringComparer.OrdinalIgnoreCase);

    private static string Decode(string text)
    {
        try
        {
            return Uri.UnescapeDataString(text);
        }
        catch (UriFormatException)
        {
            return text;
        }
    }
}
