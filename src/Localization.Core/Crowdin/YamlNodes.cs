using System.Diagnostics.CodeAnalysis;
using YamlDotNet.Core;

namespace Localization.Core.Crowdin;

/// <summary>A 1-based position in a YAML text, kept on every node so errors can point at the offending key.</summary>
internal readonly record struct YamlPosition(int Line, int Column)
{
    public static YamlPosition From(Mark mark) =>
        new((int)Math.Clamp(mark.Line, 1, int.MaxValue), (int)Math.Clamp(mark.Column, 1, int.MaxValue));
}

/// <summary>
/// A node of the small, immutable YAML tree the config loader walks; its <see cref="ExpandedSize"/>
/// and <see cref="Height"/> are bounded by <see cref="YamlTreeReader"/>.
/// </summary>
internal abstract class YamlNode(YamlPosition position)
{
    public YamlPosition Position { get; } = position;

    /// <summary>Number of nodes in this subtree.</summary>
    public abstract long ExpandedSize { get; }

    /// <summary>Number of nesting levels below and including this node.</summary>
    public abstract int Height { get; }

    /// <summary>A short word for error messages ("a string", "a list", "a mapping").</summary>
    public abstract string KindName { get; }
}

internal sealed class YamlScalarNode(YamlPosition position, string value, bool isPlain) : YamlNode(position)
{
    public string Value { get; } = value;

    /// <summary>True for unquoted scalars, whose YAML 1.1 meaning (null, booleans) depends on the text.</summary>
    public bool IsPlain { get; } = isPlain;

    /// <summary>True for an absent value (<c>key:</c>, <c>~</c>, <c>null</c>), as YAML resolves plain scalars.</summary>
    public bool IsNull => IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";

    public override long ExpandedSize => 1;

    public override int Height => 1;

    public override string KindName => "a scalar";
}

internal sealed class YamlSequenceNode(YamlPosition position, IReadOnlyList<YamlNode> items, long expandedSize, int height)
    : YamlNode(position)
{
    public IReadOnlyList<YamlNode> Items { get; } = items;

    public override long ExpandedSize { get; } = expandedSize;

    public override int Height { get; } = height;

    public override string KindName => "a list";
}

internal sealed class YamlMappingNode(
    YamlPosition position,
    IReadOnlyList<KeyValuePair<YamlScalarNode, YamlNode>> entries,
    IReadOnlyList<YamlMappingNode> merged,
    long expandedSize,
    int height) : YamlNode(position)
{
    /// <summary>Explicit entries in document order (merge keys excluded); keys are unique.</summary>
    public IReadOnlyList<KeyValuePair<YamlScalarNode, YamlNode>> Entries { get; } = entries;

    /// <summary>Mappings merged in with YAML merge keys (<c>&lt;&lt;: {…}</c>), lowest priority, in order.</summary>
    public IReadOnlyList<YamlMappingNode> Merged { get; } = merged;

    public override long ExpandedSize { get; } = expandedSize;

    public override int Height { get; } = height;

    public override string KindName => "a mapping";

    /// <summary>
    /// Entries as a YAML 1.1 consumer (SnakeYAML in the Crowdin CLI) sees them: explicit keys first,
    /// then keys from merged mappings that are not already present.
    /// </summary>
    public IReadOnlyList<KeyValuePair<YamlScalarNode, YamlNode>> EffectiveEntries()
    {
        if (Merged.Count == 0)
        {
            return Entries;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<KeyValuePair<YamlScalarNode, YamlNode>>();
        foreach (var entry in Entries)
        {
            seen.Add(entry.Key.Value);
            result.Add(entry);
        }

        foreach (var merged in Merged)
        {
            foreach (var entry in merged.EffectiveEntries())
            {
                if (seen.Add(entry.Key.Value))
                {
                    result.Add(entry);
                }
            }
        }

        return result;
    }

    /// <summary>Finds a key among the effective entries.</summary>
    public bool TryGet(string key, [MaybeNullWhen(false)] out YamlScalarNode keyNode, [MaybeNullWhen(false)] out YamlNode value)
    {
        foreach (var entry in EffectiveEntries())
        {
            if (string.Equals(entry.Key.Value, key, StringComparison.Ordinal))
            {
                keyNode = entry.Key;
                value = entry.Value;
                return true;
            }
        }

        keyNode = null;
        value = null;
        return false;
    }
}
