namespace Localization.Core.Configuration;

/// <summary>A site's published address as configuration files write it (<c>site_url</c>, <c>baseURL</c>).</summary>
public static class SiteAddress
{
    /// <summary>The address as an absolute http(s) URI, or null when it is not one (empty, relative, another scheme).</summary>
    public static Uri? Parse(string? text) =>
        Uri.TryCreate(text?.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri : null;
}
