using Localization.Core.Alignment;
using Localization.Core.Analysis;
using Localization.Core.Findings;
using Localization.Core.Units;

namespace Localization.Core.Rules;

/// <summary>
/// Everything a rule sees about one page pair, and the single way it reports a finding. Analyses shared
/// by several rules (the untranslated verdicts) are computed once here.
/// </summary>
public sealed class PageCheckContext
{
    private readonly List<Finding> _findings;
    private Dictionary<Type, object>? _shared;
    private readonly UnitVerdict?[] _verdicts;
    private readonly UntranslatedDetector _detector;
    private EnglishPageTexts? _english;

    // Findings of one rule come one after another: the hash of rule, language and file is taken once per run of them.
    private string? _prefixRule;
    private FindingFingerprint.Prefix _prefix;

    // The page's findings whose fingerprint is a given detail's, hashed three at a time (the last ones at Complete).
    private readonly FingerprintBatch _fingerprints = new();

    // The language and file of this page's findings, one object for all of them.
    private FindingPlace? _place;

    // Where the last finding was, on each page: each rule reports in page order, so the next one is usually on
    // the same line or a few lines further (a binary search of the line starts per position was a sixth of
    // making a site's findings).
    private int _targetLineHint;
    private int _sourceLineHint;

    // Table rows: at most MaxFindingsPerRow findings of a rule and severity on a row's line; the last one kept
    // (index into _findings) counts the cells beyond it, so a 10,000-column table gives a few findings per row,
    // not 10,000, while an ordinary table keeps one finding per cell.
    private const int MaxFindingsPerRow = 8;
    private readonly Dictionary<(string Rule, Severity Severity, int Line), (int Index, int Kept, int More)> _rows = [];

    public PageCheckContext(AlignedPage page, string language, string sourceFile, string targetFile, SourcePageIndex sourceIndex, PageReaderOptions options, List<Finding> findings, Terms.TermSet? terms = null)
    {
        Page = page;
        Language = language;
        SourceFile = sourceFile;
        TargetFile = targetFile;
        SourceIndex = sourceIndex;
        Options = options;
        TargetProfile = new TargetPageProfile(page.Target, sourceIndex, page.SourceOf);
        Terms = terms ?? Localization.Core.Terms.TermSet.Empty;
        _detector = new UntranslatedDetector(sourceIndex, TargetProfile, Terms);
        _verdicts = new UnitVerdict?[page.Target.Units.Count];
        _findings = findings;
    }

    public AlignedPage Page { get; }

    public string Language { get; }

    /// <summary>Source path as reported (relative to the project root, '/').</summary>
    public string SourceFile { get; }

    /// <summary>Target path as reported.</summary>
    public string TargetFile { get; }

    public SourcePageIndex SourceIndex { get; }

    public TargetPageProfile TargetProfile { get; }

    public PageReaderOptions Options { get; }

    /// <summary>How links may change per language (localized_links in l10n.yml).</summary>
    public Links.LocalizedLinkRules LocalizedLinks { get; init; } = Links.LocalizedLinkRules.None;

    /// <summary>The address the site is published at, for links made absolute (see <see cref="Links.SamePageLink"/>); null when unknown.</summary>
    public Uri? SiteUrl { get; init; }

    /// <summary>
    /// True when a project-wide link pass follows: a link whose only change is its #fragment is then left to it
    /// (<see cref="AnchorChanges"/>), since only it knows whether the fragment names the translated heading.
    /// </summary>
    public bool DeferAnchorChanges { get; init; }

    /// <summary>Links whose #fragment changed, for the project-wide link pass.</summary>
    public List<Links.AnchorChange> AnchorChanges { get; } = [];

    /// <summary>The project's do-not-translate terms.</summary>
    public Localization.Core.Terms.TermSet Terms { get; }

    /// <summary>
    /// Cancelled when the page is given up after its time limit (--file-timeout): the rules' work per unit
    /// stops at the next verdict instead of running on in the background.
    /// </summary>
    public CancellationToken Cancellation { get; init; }

    /// <summary>
    /// An analysis several rules of this page read, computed by the first that asks (rules of one page run one
    /// after the other, so no lock is needed).
    /// </summary>
    public T Shared<T>(Func<PageCheckContext, T> compute)
        where T : class
    {
        _shared ??= [];
        if (!_shared.TryGetValue(typeof(T), out var value))
        {
            value = compute(this);
            _shared[typeof(T)] = value;
        }

        return (T)value;
    }

    /// <summary>Texts of findings that depend on the English page alone, shared by every language's page.</summary>
    internal EnglishPageTexts English => _english ??= SourceIndex.Shared(static index => new EnglishPageTexts(index.Page));

    /// <summary>The untranslated-text verdict on a target unit (computed once).</summary>
    public UnitVerdict VerdictOf(TranslationUnit target) => _verdicts[target.Index] ??= Judge(target);

    private UnitVerdict Judge(TranslationUnit target)
    {
        Cancellation.ThrowIfCancellationRequested();
        return _detector.Judge(target, Page.SourceOf(target) ?? Page.MovedSourceOf(target));
    }

    /// <summary>
    /// Reports a finding on the target range [start, end) (page offsets). Its unit id is <c>unitId</c> when the rule made
    /// it (see <see cref="TranslationUnit.IdAlone"/>), else the source unit's, else the target unit's.
    /// </summary>
    public void Report(
        RuleDescriptor rule,
        int start,
        int end,
        string message,
        TranslationUnit? source = null,
        string? sourceText = null,
        string? targetText = null,
        Severity? severity = null,
        string? detail = null,
        TranslationUnit? target = null,
        int? sourceOffset = null,
        string? unitId = null)
    {
        var (line, column, endLine, endColumn) = TargetRange(start, end);
        SourceReference? sourceReference = null;
        if (source is not null || sourceOffset is not null)
        {
            var offset = sourceOffset ?? source!.Start;
            sourceReference = English.Reference(SourceFile, Page.Source.Lines.Position(offset, ref _sourceLineHint).Line);
        }

        if (!KeepInRow(rule, severity ?? rule.DefaultSeverity, line, target ?? source))
        {
            return;
        }

        if (targetText is not null && sourceText is not null && targetText.Equals(sourceText, StringComparison.Ordinal))
        {
            targetText = sourceText; // English left as it is: one string held for both (a site has a hundred thousand)
        }

        unitId ??= source?.Id ?? target?.Id;
        var findingSeverity = severity ?? rule.DefaultSeverity;

        // The detail is null when it is the message's: copies derive it again rather than every finding holding it twice.
        var body = source is not null
            ? English.Body(source, rule.Name, rule.Id, findingSeverity, sourceReference, message, sourceText, targetText, unitId, detail)
            : new FindingBody(rule.Name, rule.Id, findingSeverity, sourceReference, message, sourceText, targetText, unitId, detail);
        Add(rule, body, line, column, endLine, endColumn);
    }

    /// <summary>
    /// As <see cref="Report"/> for a finding about the English unit <paramref name="source"/> whose body is the same in
    /// every language's page (a block left as its English: its message, excerpts, reference and id are the English
    /// unit's), kept in <paramref name="body"/> by the caller: made by <see cref="Report"/>'s steps the first time, then
    /// handed out again without making or looking up any of its parts.
    /// </summary>
    internal void ReportSame(RuleDescriptor rule, int start, int end, TranslationUnit target, TranslationUnit source, string message, string sourceText, Severity severity, string? detail, ref FindingBody? body)
    {
        var (line, column, endLine, endColumn) = TargetRange(start, end);
        if (!KeepInRow(rule, severity, line, target))
        {
            return;
        }

        var known = Volatile.Read(ref body);
        if (known is null)
        {
            var sourceReference = English.Reference(SourceFile, Page.Source.Lines.Position(source.Start, ref _sourceLineHint).Line);
            known = English.Body(source, rule.Name, rule.Id, severity, sourceReference, message, sourceText, sourceText, source.Id, detail);
            Volatile.Write(ref body, known);
        }
        else if (!known.Shared)
        {
            known.Shared = true; // (as EnglishPageTexts.Body marks a body it hands out again)
        }

        Add(rule, known, line, column, endLine, endColumn);
    }

    /// <summary>The 1-based line and column of a target range [start, end) (page offsets) and of its end.</summary>
    private (int Line, int Column, int EndLine, int EndColumn) TargetRange(int start, int end)
    {
        var lines = Page.Target.Lines;
        var (line, column) = lines.Position(start, ref _targetLineHint);
        var endHint = _targetLineHint;
        var (endLine, endColumn) = lines.Position(Math.Max(start, end), ref endHint);
        return (line, column, endLine, endColumn);
    }

    /// <summary>Table rows: false when the row's line already has its most findings of this rule and severity (counted).</summary>
    private bool KeepInRow(RuleDescriptor rule, Severity severity, int line, TranslationUnit? unit)
    {
        if (unit is not { Kind: UnitKind.TableCell })
        {
            return true;
        }

        var key = (rule.Name, severity, line);
        var row = _rows.GetValueOrDefault(key);
        if (row.Kept == MaxFindingsPerRow)
        {
            _rows[key] = row with { More = row.More + 1 };
            return false;
        }

        _rows[key] = (_findings.Count, row.Kept + 1, 0);
        return true;
    }

    private void Add(RuleDescriptor rule, FindingBody body, int line, int column, int endLine, int endColumn)
    {
        var place = _place ??= new FindingPlace(Language, TargetFile);
        if (body.FingerprintDetail is not { } detail)
        {
            _findings.Add(new Finding(body, place, line, column, endLine, endColumn, FindingFingerprint.HashForMessage(PrefixOf(rule.Name), body.UnitId, body.Message)));
        }
        else
        {
            // Hashed with two more of the page's findings of a given detail, the last ones at Complete (see FingerprintBatch).
            var finding = new Finding(body, place, line, column, endLine, endColumn, default);
            _fingerprints.Add(finding, PrefixOf(rule.Name), body.UnitId, detail);
            _findings.Add(finding);
        }
    }

    private FindingFingerprint.Prefix PrefixOf(string rule)
    {
        if (!ReferenceEquals(rule, _prefixRule))
        {
            _prefix = FindingFingerprint.Begin(rule, Language, TargetFile);
            _prefixRule = rule;
        }

        return _prefix;
    }

    /// <summary>
    /// Completes the findings after the last rule: their fingerprints (until then some are not hashed yet), and a
    /// table row's last finding says how many more of its cells had it.
    /// </summary>
    public void Complete()
    {
        // Before the rows: a row's finding is copied with its fingerprint.
        _fingerprints.Complete();
        foreach (var (index, _, more) in _rows.Values)
        {
            if (more > 0)
            {
                var first = _findings[index];
                _findings[index] = first with
                {
                    Message = $"{first.Message} (and {more} more {(more == 1 ? "cell" : "cells")} of this table row)",
                    FingerprintDetail = first.FingerprintDetail ?? FindingFingerprint.StableDetail(first.Message),
                };
            }
        }

        _rows.Clear();
    }

    /// <summary>The English text of a unit, on one line (for sourceText).</summary>
    public string SourceExcerpt(TranslationUnit unit) => English.Excerpt(unit, Excerpt);

    /// <summary>The translated text of a unit, on one line (for targetText).</summary>
    public string TargetExcerpt(TranslationUnit unit) => Excerpt(Page.Target, unit);

    /// <summary>A string's value as a program sees it (a .resx value is written with entities in the file).</summary>
    private static string Excerpt(PageModel page, TranslationUnit unit) =>
        page.StringTable is { } table && unit.Kind == UnitKind.StringEntry && unit.Index < table.Entries.Count
            ? TextExcerpt.Collapse(table.Entries[unit.Index].Value, 200)
            : page.Excerpt(unit.Start, unit.End);
}
