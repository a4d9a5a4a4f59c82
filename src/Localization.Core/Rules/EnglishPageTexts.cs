using Localization.Core.Findings;
using Localization.Core.Units;

namespace Localization.Core.Rules;

/// <summary>
/// The parts of findings that depend on the English page alone (excerpts of its units, references to its lines,
/// the explanation of a block left as its English), made once and shared by the findings of every language.
/// On Privacy Guides' 31 languages 117,000 of 133,000 findings are English blocks left as they are, with only
/// 5,400 distinct messages and 5,000 distinct excerpts: built per finding, their strings were 86 MB that the run
/// kept until the report and every garbage collection copied. Bounded by the English page.
/// Pages are checked on several threads at once: a text made twice is the same text, the first one published is kept.
/// </summary>
internal sealed class EnglishPageTexts
{
    private readonly PageModel _page;
    private readonly string?[] _excerpts;
    private readonly SourceReference?[] _references;
    // Per English unit, the few messages about it (usually one); replaced whole when one is added, without a lock:
    // the workers check the languages of one English page at the same time and a dictionary's lock made them wait.
    private readonly MessageEntry[]?[] _messages;
    // Per English unit, the bodies of the findings about it made so far, at most MaxBodies (so bounded by the
    // English page): a block left as its English gets the same finding body in every language.
    private readonly FindingBody[]?[] _bodies;
    private const int MaxBodies = 8;
    private string? _file;

    public EnglishPageTexts(PageModel page)
    {
        _page = page;
        _excerpts = new string?[page.Units.Count];
        _references = new SourceReference?[page.Lines.LineCount + 1];
        _messages = new MessageEntry[]?[page.Units.Count];
        _bodies = new FindingBody[]?[page.Units.Count];
    }

    /// <summary>
    /// The body of a finding about a unit of this page with these parts: one made before for another language's page
    /// when its parts are equal, else a new one, kept while the unit has room for it (bounded by the English page).
    /// </summary>
    /// <remarks>
    /// Parts are compared by value, not by reference: most findings about an English unit say the same in every
    /// language (its message, its English and translated excerpts, its fingerprint detail) but had their own copies of
    /// those strings, made by each language's page. On Privacy Guides' 31 languages the 133,000 findings had 27,900
    /// bodies and about 10,000 distinct ones, and the copies' strings were most of what the run kept until the report
    /// (a heap of the run measured with ClrMD at 40% of its pages: 5.3 of the 15 MB alive in the old generations were
    /// finding bodies' strings, 1.4 MB of them distinct), each copied by a young collection and again by a full one.
    /// A body equal to another is interchangeable with it: a finding's own parts are its place, position and
    /// fingerprint, and a changed finding (<c>with</c>) gets a body of its own.
    /// </remarks>
    public FindingBody Body(TranslationUnit unit, string rule, string ruleId, Severity severity, SourceReference? source, string message, string? sourceText, string? targetText, string? unitId, string? detail)
    {
        if (!Owns(unit))
        {
            return new FindingBody(rule, ruleId, severity, source, message, sourceText, targetText, unitId, detail);
        }

        FindingBody? body = null;
        while (true)
        {
            var bodies = Volatile.Read(ref _bodies[unit.Index]);
            foreach (var b in bodies ?? [])
            {
                if (Same(b, rule, ruleId, severity, source, message, sourceText, targetText, unitId, detail))
                {
                    return Share(b);
                }
            }

            body ??= new FindingBody(rule, ruleId, severity, source, message, sourceText, targetText, unitId, detail);
            if ((bodies?.Length ?? 0) >= MaxBodies)
            {
                return body;
            }

            if (ReferenceEquals(Interlocked.CompareExchange(ref _bodies[unit.Index], [.. bodies ?? [], body], bodies), bodies))
            {
                return body;
            }
        }
    }

    // By value (string.Equals tests the reference first, then the length): see Body.
    private static bool Same(FindingBody b, string rule, string ruleId, Severity severity, SourceReference? source, string message, string? sourceText, string? targetText, string? unitId, string? detail) =>
        b.Severity == severity && string.Equals(b.Rule, rule, StringComparison.Ordinal) && string.Equals(b.Message, message, StringComparison.Ordinal)
        && string.Equals(b.SourceText, sourceText, StringComparison.Ordinal) && string.Equals(b.TargetText, targetText, StringComparison.Ordinal)
        && string.Equals(b.UnitId, unitId, StringComparison.Ordinal) && string.Equals(b.FingerprintDetail, detail, StringComparison.Ordinal)
        && string.Equals(b.RuleId, ruleId, StringComparison.Ordinal) && (ReferenceEquals(b.Source, source) || b.Source == source);

    /// <summary>A body handed out again: marked shared once (not written on every hit: both cores read it).</summary>
    private static FindingBody Share(FindingBody body)
    {
        if (!body.Shared)
        {
            body.Shared = true;
        }

        return body;
    }

    /// <summary>The English text of a unit of this page, on one line; made by <paramref name="excerpt"/> the first time.</summary>
    public string Excerpt(TranslationUnit unit, Func<PageModel, TranslationUnit, string> excerpt)
    {
        if (!Owns(unit))
        {
            return excerpt(_page, unit);
        }

        return Volatile.Read(ref _excerpts[unit.Index]) ?? (Interlocked.CompareExchange(ref _excerpts[unit.Index], excerpt(_page, unit), null) ?? _excerpts[unit.Index]!);
    }

    /// <summary>A reference to a line of this page under the name <paramref name="file"/>.</summary>
    public SourceReference Reference(string file, int line)
    {
        if (line < 0 || line >= _references.Length || !Names(file))
        {
            return new SourceReference(file, line);
        }

        return Volatile.Read(ref _references[line]) ?? (Interlocked.CompareExchange(ref _references[line], new SourceReference(file, line), null) ?? _references[line]!);
    }

    /// <summary>A message about a unit of this page made before, for a page that names this one <paramref name="file"/>.</summary>
    public bool TryGetMessage(string file, TranslationUnit unit, MessageKey key, out FindingText text)
    {
        text = default;
        if (!Owns(unit) || !Names(file) || Volatile.Read(ref _messages[unit.Index]) is not { } entries)
        {
            return false;
        }

        foreach (var entry in entries)
        {
            if (entry.Key == key)
            {
                text = entry.Text;
                return true;
            }
        }

        return false;
    }

    /// <summary>Keeps a message about a unit of this page; the one kept first when another thread was quicker.</summary>
    public FindingText AddMessage(string file, TranslationUnit unit, MessageKey key, FindingText text)
    {
        if (!Owns(unit) || !Names(file))
        {
            return text;
        }

        while (true)
        {
            var entries = Volatile.Read(ref _messages[unit.Index]);
            foreach (var entry in entries ?? [])
            {
                if (entry.Key == key)
                {
                    return entry.Text;
                }
            }

            MessageEntry[] grown = [.. entries ?? [], new MessageEntry(key, text)];
            if (ReferenceEquals(Interlocked.CompareExchange(ref _messages[unit.Index], grown, entries), entries))
            {
                return text;
            }
        }
    }

    private bool Owns(TranslationUnit unit) => unit.Index < _excerpts.Length && ReferenceEquals(_page.Units[unit.Index], unit);

    /// <summary>
    /// Whether texts naming the English file as <paramref name="file"/> are the ones kept here: the first name
    /// asked is; a run naming one English page two ways (never seen, but not excluded) shares nothing under the other.
    /// </summary>
    private bool Names(string file)
    {
        var kept = Volatile.Read(ref _file) ?? Interlocked.CompareExchange(ref _file, file, null) ?? file;
        return string.Equals(kept, file, StringComparison.Ordinal);
    }
}

/// <summary>
/// What a shared message depends on besides the English unit: the English offset it points at, the kind of
/// the translated unit and the form of the message (<see cref="Form"/> is the rule's own numbering).
/// </summary>
internal readonly record struct MessageKey(int Offset, UnitKind Kind, int Form);

internal sealed record MessageEntry(MessageKey Key, FindingText Text);

/// <summary>A finding's message and the fingerprint detail derived from it (<see cref="FindingFingerprint.StableDetail"/>).</summary>
internal readonly record struct FindingText(string Message, string Detail);
