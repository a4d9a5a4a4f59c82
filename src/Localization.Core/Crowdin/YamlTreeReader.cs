using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Localization.Core.Crowdin;

/// <summary>
/// Builds a <see cref="YamlNode"/> tree from YamlDotNet's event parser without recursion. The
/// representation model (<c>YamlStream</c>) of YamlDotNet 18.1.0 recurses without a limit and can
/// overflow the stack on hostile input (YamlDotNet #375, #1109), and a walk over aliases grows
/// exponentially ("billion laughs"); reading events directly lets us bound nesting and size, refuse
/// anchors and aliases outright (a configuration never needs them), and report duplicate keys, which
/// YAML forbids but parsers silently accept.
/// </summary>
internal sealed partial class YamlTreeReader
{
    /// <summary>Deepest nesting accepted; real crowdin.yml files use about 5.</summary>
    public const int MaxDepth = 64;

    /// <summary>Most nodes accepted; real crowdin.yml files use a few hundred.</summary>
    public const long MaxExpandedNodes = 100_000;

    private readonly string _file;
    private long _expandedNodes;

    private YamlTreeReader(string file) => _file = file;

    /// <summary>Parses the single document of <paramref name="text"/>; null for an empty stream.</summary>
    /// <exception cref="ConfigException">Syntax errors, limits, duplicate keys, anchors and aliases.</exception>
    public static YamlNode? Read(string text, string file) => new YamlTreeReader(file).ReadDocument(text);

    private YamlNode? ReadDocument(string text)
    {
        using var reader = new StringReader(text);
        var parser = new Parser(new Scanner(reader, skipComments: true));
        try
        {
            YamlNode? root = null;
            var documents = 0;
            var stack = new Stack<Frame>();
            var last = new YamlPosition(1, 1);
            while (Next(parser, ref last))
            {
                var ev = parser.Current!;
                last = YamlPosition.From(ev.End);
                switch (ev)
                {
                    case StreamStart or StreamEnd or DocumentEnd:
                        break;
                    case DocumentStart:
                        documents++;
                        if (documents > 1)
                        {
                            throw Error(ev.Start, "only one YAML document is allowed in a Crowdin configuration");
                        }

                        break;
                    case MappingStart or SequenceStart:
                        CountNodes(ev.Start, 1);
                        if (stack.Count + 1 > MaxDepth)
                        {
                            throw Error(ev.Start, $"nesting is deeper than {MaxDepth} levels");
                        }

                        RejectAnchor((NodeEvent)ev);
                        stack.Push(new Frame((NodeEvent)ev, ev is MappingStart));
                        break;
                    case MappingEnd or SequenceEnd:
                        var frame = stack.Pop();
                        var built = frame.Build(this);
                        root = Attach(stack, built, root);
                        break;
                    case Scalar scalar:
                        RejectAnchor(scalar);
                        CountNodes(scalar.Start, 1);
                        var node = new YamlScalarNode(
                            YamlPosition.From(scalar.Start),
                            scalar.Value,
                            scalar.Style is ScalarStyle.Plain or ScalarStyle.Any);
                        root = Attach(stack, node, root);
                        break;
                    case AnchorAlias alias:
                        throw Error(alias.Start, $"aliases (*{ConfigText.Quote(alias.Value.Value)}) are not accepted: write the value out in full (aliases are how YAML 'billion laughs' bombs are built)");
                    default:
                        throw Error(ev.Start, $"unsupported YAML construct {ev.GetType().Name}");
                }
            }

            return root;
        }
        catch (YamlException ex)
        {
            throw new ConfigException(_file, YamlPosition.From(ex.Start).Line, YamlPosition.From(ex.Start).Column, StripMarks(ex.Message), ex);
        }
    }

    /// <summary>
    /// Advances the parser. YamlDotNet reports most syntax errors as <see cref="YamlException"/>, but some
    /// malformed inputs trip internal assertions instead (e.g. InvalidOperationException "The scanner
    /// should contain no more tokens"); those are reported at the last good position.
    /// </summary>
    private bool Next(Parser parser, ref YamlPosition last)
    {
        try
        {
            return parser.MoveNext();
        }
        catch (YamlException)
        {
            throw;
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or IndexOutOfRangeException or NullReferenceException or FormatException or OverflowException)
        {
            throw new ConfigException(_file, last.Line, last.Column, $"invalid YAML near here ({ex.Message})", ex);
        }
    }

    private void CountNodes(Mark at, long count)
    {
        _expandedNodes += count;
        if (_expandedNodes > MaxExpandedNodes)
        {
            throw Error(at, $"the document has more than {MaxExpandedNodes} nodes");
        }
    }

    /// <summary>Anchors are refused where they are written, before any alias could use them.</summary>
    private void RejectAnchor(NodeEvent ev)
    {
        if (!ev.Anchor.IsEmpty)
        {
            throw Error(ev.Start, $"anchors (&{ConfigText.Quote(ev.Anchor.Value)}) and aliases are not accepted: write the value out in full");
        }
    }

    /// <summary>Adds a finished node to its parent frame, or makes it the root.</summary>
    private static YamlNode? Attach(Stack<Frame> stack, object item, YamlNode? root)
    {
        if (stack.Count == 0)
        {
            return (YamlNode)item;
        }

        stack.Peek().Add(item);
        return root;
    }

    private ConfigException Error(Mark at, string message)
    {
        var position = YamlPosition.From(at);
        return new ConfigException(_file, position.Line, position.Column, message);
    }

    private ConfigException Error(YamlPosition at, string message) =>
        new(_file, at.Line, at.Column, message);

    private static string StripMarks(string message) => MarksPrefix().Replace(message, string.Empty);

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\):\s*")]
    private static partial Regex MarksPrefix();


    /// <summary>A collection whose end event has not arrived yet.</summary>
    private sealed class Frame(NodeEvent start, bool isMapping)
    {
        private readonly List<object> _items = [];

        public NodeEvent Start { get; } = start;

        public void Add(object item) => _items.Add(item);

        public YamlNode Build(YamlTreeReader reader)
        {
            var position = YamlPosition.From(Start.Start);
            long size = 1;
            var height = 1;
            var nodes = new List<(YamlNode Node, YamlPosition At)>(_items.Count);
            foreach (var item in _items)
            {
                var node = (YamlNode)item;
                nodes.Add((node, node.Position));
                size += node.ExpandedSize;
                height = Math.Max(height, node.Height + 1);
            }

            if (!isMapping)
            {
                return new YamlSequenceNode(position, nodes.Select(n => n.Node).ToArray(), size, height);
            }

            var entries = new List<KeyValuePair<YamlScalarNode, YamlNode>>();
            var merged = new List<YamlMappingNode>();
            var keys = new Dictionary<string, YamlPosition>(StringComparer.Ordinal);
            for (var i = 0; i + 1 < nodes.Count; i += 2)
            {
                var (keyNode, keyAt) = nodes[i];
                var value = nodes[i + 1];
                if (keyNode is not YamlScalarNode key)
                {
                    throw reader.Error(keyAt, "mapping keys must be plain strings");
                }

                if (key.IsPlain && key.Value == "<<")
                {
                    AddMerge(reader, value.Node, value.At, merged);
                    continue;
                }

                if (keys.TryGetValue(key.Value, out var first))
                {
                    throw reader.Error(keyAt, $"duplicate key '{ConfigText.Quote(key.Value)}' (first defined at line {first.Line}, column {first.Column})");
                }

                keys.Add(key.Value, keyAt);
                entries.Add(new(new YamlScalarNode(keyAt, key.Value, key.IsPlain), value.Node));
            }

            return new YamlMappingNode(position, entries, merged, size, height);
        }

        private static void AddMerge(YamlTreeReader reader, YamlNode value, YamlPosition at, List<YamlMappingNode> merged)
        {
            switch (value)
            {
                case YamlMappingNode mapping:
                    merged.Add(mapping);
                    break;
                case YamlSequenceNode sequence when sequence.Items.All(i => i is YamlMappingNode):
                    merged.AddRange(sequence.Items.Cast<YamlMappingNode>());
                    break;
                default:
                    throw reader.Error(at, "a merge key '<<' needs a mapping or a list of mappings");
            }
        }
    }
}
