using System.Buffers;
using System.Buffers.Text;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Localization.Core.Findings;

namespace Localization.Core.Reports;

/// <summary>
/// Renders findings as items of the JSON report's findings array straight into bytes: byte for byte what
/// <see cref="Utf8JsonWriter"/> with <see cref="ToolInfo.JsonOptions"/> writes for them at the array's depth, without
/// its work per token. A whole site's report is 133,000 findings of 16 properties each; in the writer, the
/// indentation, the property names, the state checks and the number and hex formatting were two thirds of
/// rendering them (the Native AOT profile: 376 ms of CPU for the findings, of which 160 ms escaping and
/// transcoding the texts). The constant parts (line breaks, indentation, names) are copied as one piece between
/// two values; each text is transcoded once and searched once for a character the encoder escapes, and any
/// text that has one is escaped by a <see cref="Utf8JsonWriter"/>, so escaping is always the writer's own.
/// The methods that run per finding are compiled optimised at once: in the JIT build the report is rendered in
/// one burst after the last page, and at tier 0 (its calls not inlined) this rendering cost more than the
/// library writer's precompiled code did (sampled thread time 0.85 s against 0.67 s on a loaded machine).
/// </summary>
internal sealed class FindingJsonItems : IDisposable
{
    private static readonly JavaScriptEncoder Encoder = ToolInfo.JsonOptions.Encoder!;

    /// <summary>Which ASCII characters the report's encoder escapes, asked of the encoder itself.</summary>
    private static readonly bool[] Escapes = [.. Enumerable.Range(0, 128).Select(c => Encoder.FindFirstCharacterToEncodeUtf8([(byte)c]) >= 0)];

    private static readonly byte[] Start = [.. Piece("", 2, "{"), .. Piece("", 3, "\"rule\": \"")];
    private static readonly byte[] AfterRule = Field("ruleId");
    private static readonly byte[] AfterRuleId = Field("severity");
    private static readonly byte[] AfterSeverity = Field("language");
    private static readonly byte[] AfterLanguage = Field("file");
    private static readonly byte[] AfterFile = Number("line");
    private static readonly byte[] AfterLine = Piece(",", 3, "\"column\": ");
    private static readonly byte[] AfterColumn = Piece(",", 3, "\"endLine\": ");
    private static readonly byte[] AfterEndLine = Piece(",", 3, "\"endColumn\": ");
    private static readonly byte[] SourceStart = [.. Piece(",", 3, "\"source\": {"), .. Piece("", 4, "\"file\": ")];
    private static readonly byte[] AfterSourceFile = Piece(",", 4, "\"line\": ");
    private static readonly byte[] SourceEnd = Piece("", 3, "}");
    private static readonly byte[] NoSource = Piece(",", 3, "\"source\": null");
    private static readonly byte[] Message = Piece(",", 3, "\"message\": ");
    private static readonly byte[] SourceText = Piece(",", 3, "\"sourceText\": ");
    private static readonly byte[] TargetText = Piece(",", 3, "\"targetText\": ");
    private static readonly byte[] Unit = Piece(",", 3, "\"unit\": ");
    private static readonly byte[] Fingerprint = Piece(",", 3, "\"fingerprint\": ");
    private static readonly byte[] End = Piece("", 2, "}");
    private static readonly byte[] Null = "null"u8.ToArray();
    private static readonly byte[] HexDigits = "0123456789abcdef"u8.ToArray();

    // The short texts of the finding before, where they are in the buffer: a block's findings are mostly one
    // page's, with the same file, language and a few rules (one string object each).
    private LastText _lastRule;
    private LastText _lastRuleId;
    private LastText _lastSeverity;
    private LastText _lastLanguage;
    private LastText _lastFile;

    /// <summary>Texts that need escaping are written by the library's writer into this scratch buffer.</summary>
    private readonly ArrayBufferWriter<byte> _escaped = new(256);
    private Utf8JsonWriter? _escaper;

    public void Dispose() => _escaper?.Dispose();

    /// <summary>
    /// Renders items [start, end) into <paramref name="buffer"/> as the report's writer would write them as the next
    /// items of the findings array after one item (each with its separator, line break and indentation); the
    /// first item's separator is left out: the report's writer puts it before a raw value.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Render(IReadOnlyList<Finding> items, int start, int end, ArrayBufferWriter<byte> buffer)
    {
        (_lastRule, _lastRuleId, _lastSeverity, _lastLanguage, _lastFile) = (default, default, default, default, default);

        // The room each finding needs is asked of a few dozen findings first, then they are written: a finding's
        // first reads (its body, made by another language's page, and the body's rendering) miss the cache, and in
        // a loop of nothing but those reads the processor waits for several at once, where writing each finding
        // right after its reads waited for them one by one (MaxLength was 50 of 2,244 samples of the all-English
        // site's Native AOT check, its 230,000 findings).
        Span<int> room = stackalloc int[RoomAhead];
        for (var chunk = start; chunk < end; chunk += RoomAhead)
        {
            var count = Math.Min(RoomAhead, end - chunk);
            for (var k = 0; k < count; k++)
            {
                room[k] = MaxLength(items[chunk + k]);
            }

            for (var k = 0; k < count; k++)
            {
                Write(buffer, items[chunk + k], room[k], separator: chunk + k > start);
            }
        }
    }

    /// <summary>Findings whose room is asked before the first of them is written (a block's, see JsonItemBlocks).</summary>
    private const int RoomAhead = 64;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Write(ArrayBufferWriter<byte> buffer, Finding f, int room, bool separator)
    {
        var span = buffer.GetSpan(room);
        var written = buffer.WrittenSpan;
        var at = 0;
        if (separator)
        {
            span[at++] = (byte)',';
        }

        Copy(span, ref at, Start);
        ShortText(span, ref at, f.Rule, written, ref _lastRule);
        Copy(span, ref at, AfterRule);
        ShortText(span, ref at, f.RuleId, written, ref _lastRuleId);
        Copy(span, ref at, AfterRuleId);
        ShortText(span, ref at, f.Severity.Name(), written, ref _lastSeverity);
        Copy(span, ref at, AfterSeverity);
        ShortText(span, ref at, f.Language, written, ref _lastLanguage);
        Copy(span, ref at, AfterLanguage);
        ShortText(span, ref at, f.File, written, ref _lastFile);
        Copy(span, ref at, AfterFile);
        Integer(span, ref at, f.Line);
        Copy(span, ref at, AfterLine);
        Integer(span, ref at, f.Column);
        Copy(span, ref at, AfterColumn);
        Integer(span, ref at, f.EndLine);
        Copy(span, ref at, AfterEndLine);
        Integer(span, ref at, f.EndColumn);
        var body = f.Body;
        if (body.Shared && body.Json is { } rendered)
        {
            Copy(span, ref at, rendered);
        }
        else
        {
            var bodyAt = at;
            WriteBody(span, ref at, body);
            if (body.Shared)
            {
                body.Json = span[bodyAt..at].ToArray();
            }
        }

        Copy(span, ref at, Fingerprint);
        if (f.TryGetFingerprintHash(out var hash))
        {
            span[at++] = (byte)'"';
            Hex(span[at..], hash.A);
            Hex(span[(at + 16)..], hash.B);
            at += FingerprintHash.Length;
            span[at++] = (byte)'"';
        }
        else
        {
            Text(span, ref at, f.Fingerprint);
        }

        Copy(span, ref at, End);
        buffer.Advance(at);
    }

    /// <summary>The finding's parts that are its body's (source to unit): the same bytes for every finding that has the body.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void WriteBody(Span<byte> span, ref int at, FindingBody f)
    {
        if (f.Source is { } source)
        {
            Copy(span, ref at, SourceStart);
            Text(span, ref at, source.File);
            Copy(span, ref at, AfterSourceFile);
            Integer(span, ref at, source.Line);
            Copy(span, ref at, SourceEnd);
        }
        else
        {
            Copy(span, ref at, NoSource);
        }

        Copy(span, ref at, Message);
        Text(span, ref at, f.Message);
        Copy(span, ref at, SourceText);
        var sourceTextAt = at;
        Text(span, ref at, f.SourceText);
        var sourceTextLength = at - sourceTextAt;
        Copy(span, ref at, TargetText);
        if (f.TargetText is not null && ReferenceEquals(f.TargetText, f.SourceText))
        {
            // English left as it is: one string for both texts (see PageCheckContext.Report), encoded once.
            span.Slice(sourceTextAt, sourceTextLength).CopyTo(span[at..]);
            at += sourceTextLength;
        }
        else
        {
            Text(span, ref at, f.TargetText);
        }

        Copy(span, ref at, Unit);
        Text(span, ref at, f.UnitId);
    }

    /// <summary>An upper bound of the bytes of a finding: at most six bytes per UTF-16 code unit of a text (<c>\uXXXX</c>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int MaxLength(Finding f)
    {
        const int Numbers = 5 * 11;
        var constant = 1 + Start.Length + AfterRule.Length + AfterRuleId.Length + AfterSeverity.Length + AfterLanguage.Length + AfterFile.Length
            + AfterLine.Length + AfterColumn.Length + AfterEndLine.Length + SourceStart.Length + AfterSourceFile.Length + SourceEnd.Length
            + Message.Length + SourceText.Length + TargetText.Length + Unit.Length + Fingerprint.Length + End.Length;
        var texts = f.Rule.Length + f.RuleId.Length + 7 + f.Language.Length + f.File.Length
            + (f.TryGetFingerprintHash(out _) ? FingerprintHash.Length : f.Fingerprint.Length);
        var body = f.Body;
        var bodyBytes = body.Shared && body.Json is { } rendered ? rendered.Length
            : 6 * ((body.Source?.File.Length ?? 0) + body.Message.Length + (body.SourceText?.Length ?? 0) + (body.TargetText?.Length ?? 0) + (body.UnitId?.Length ?? 0));
        return constant + Numbers + (10 * 6) + (6 * texts) + bodyBytes;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Copy(Span<byte> span, ref int at, byte[] piece)
    {
        piece.CopyTo(span[at..]);
        at += piece.Length;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Integer(Span<byte> span, ref int at, int value)
    {
        if (value < 0)
        {
            // What the writer writes for a number: Utf8Formatter's default format.
            Utf8Formatter.TryFormat((long)value, span[at..], out var written);
            at += written;
            return;
        }

        // Line and column numbers, digits by hand (the library's general formatting was 9 of the report's 200 ms).
        var digits = 1;
        for (var rest = value; rest >= 10; rest /= 10)
        {
            digits++;
        }

        for (var i = at + digits - 1; i >= at; i--)
        {
            span[i] = (byte)('0' + (value % 10));
            value /= 10;
        }

        at += digits;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Hex(Span<byte> destination, ulong value)
    {
        for (var i = 15; i >= 0; i--)
        {
            destination[i] = HexDigits[(int)(value & 0xF)];
            value >>= 4;
        }
    }

    /// <summary>
    /// A short text whose opening quote is part of the piece before it (rule, id, severity, language, file): each
    /// character copied as a byte while it is ASCII that the encoder keeps; any other text goes through <see cref="Text"/>.
    /// The closing quote is the next piece's.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ShortText(Span<byte> span, ref int at, string value, ReadOnlySpan<byte> written, ref LastText last)
    {
        if (ReferenceEquals(value, last.Text))
        {
            written.Slice(last.Offset, last.Length).CopyTo(span[at..]);
            at += last.Length;
            return;
        }

        var start = at;
        foreach (var c in value)
        {
            if (c >= 128 || Escapes[c])
            {
                // Quoted by Text, without the closing quote that the next piece has.
                at = start - 1;
                Text(span, ref at, value);
                at--;
                last = default;
                return;
            }

            span[at++] = (byte)c;
        }

        last = new LastText(value, written.Length + start, at - start);
    }

    /// <summary>A text as it was written (without quotes) at <see cref="Offset"/> in the block's buffer.</summary>
    private readonly record struct LastText(string? Text, int Offset, int Length);

    /// <summary>A string value in quotes (or null), as the writer writes it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Text(Span<byte> span, ref int at, string? value)
    {
        if (value is null)
        {
            Copy(span, ref at, Null);
            return;
        }

        var destination = span[(at + 1)..];
        if (Utf8.FromUtf16(value, destination, out _, out var written, replaceInvalidSequences: false) == OperationStatus.Done
            && Encoder.FindFirstCharacterToEncodeUtf8(destination[..written]) < 0)
        {
            span[at] = (byte)'"';
            at += 1 + written;
            span[at++] = (byte)'"';
            return;
        }

        _escaped.ResetWrittenCount();
        if (_escaper is null)
        {
            _escaper = new Utf8JsonWriter(_escaped, ToolInfo.JsonOptions);
        }
        else
        {
            _escaper.Reset(_escaped);
        }

        _escaper.WriteStringValue(value);
        _escaper.Flush();
        Copy(span, ref at, _escaped.WrittenSpan);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Copy(Span<byte> span, ref int at, ReadOnlySpan<byte> piece)
    {
        piece.CopyTo(span[at..]);
        at += piece.Length;
    }

    /// <summary>Line break and indentation at <paramref name="depth"/> (the writer's), after <paramref name="before"/>, then <paramref name="text"/>.</summary>
    private static byte[] Piece(string before, int depth, string text)
    {
        var options = ToolInfo.JsonOptions;
        return Encoding.UTF8.GetBytes(before + options.NewLine + new string(options.IndentCharacter, options.IndentSize * depth) + text);
    }

    /// <summary>The end of a short text value and the start of the next one's.</summary>
    private static byte[] Field(string name) => Piece("\",", 3, $"\"{name}\": \"");

    /// <summary>The end of a short text value and the name of a number.</summary>
    private static byte[] Number(string name) => Piece("\",", 3, $"\"{name}\": ");
}
