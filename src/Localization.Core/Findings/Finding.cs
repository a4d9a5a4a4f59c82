namespace Localization.Core.Findings;

/// <summary>Where the English counterpart of a finding is.</summary>
/// <param name="File">Source file, relative to the project root, with '/'.</param>
/// <param name="Line">1-based line; 0 for the whole file.</param>
public sealed record SourceReference(string File, int Line);

/// <summary>
/// One problem in a translated file. Positions are 1-based (columns in UTF-16 code units, end exclusive);
/// line 0 means the finding is about the whole file. <see cref="Fingerprint"/> identifies the finding
/// across runs without depending on line numbers (for baselines and SARIF).
/// </summary>
/// <remarks>
/// Kept as three parts: what was found (<see cref="FindingBody"/>: rule, severity, texts, unit), where
/// (<see cref="FindingPlace"/>: language and file, one per page) and its own position and fingerprint. A whole
/// site's report holds 133,000 findings until it is written, 117,000 of them a block left as its English, whose
/// body is the same in every language: one object of 64 bytes and two references per finding for the
/// collector to copy and trace, where it was 144 bytes and eleven references.
/// </remarks>
public sealed record Finding
{
    private FindingBody _body;
    private FindingPlace _place;

    public Finding()
    {
        _body = FindingBody.Empty;
        _place = FindingPlace.Empty;
    }

    /// <summary>
    /// A finding whose fingerprint is given as its hashes: the page's findings are made so, without a 32-character
    /// string per finding that would only be parsed back (9 MB of a 31-language run's allocations).
    /// </summary>
    // Fingerprint is computed from its hashes, never null; the analyzer cannot see through its getter.
#pragma warning disable CS8618
    [System.Diagnostics.CodeAnalysis.SetsRequiredMembers]
    internal Finding(FingerprintHash fingerprint)
#pragma warning restore CS8618
        : this()
    {
        _fingerprint = fingerprint;
    }

    /// <summary>A page's finding from its parts, each shared where it can be (see the remarks).</summary>
#pragma warning disable CS8618
    [System.Diagnostics.CodeAnalysis.SetsRequiredMembers]
    internal Finding(FindingBody body, FindingPlace place, int line, int column, int endLine, int endColumn, FingerprintHash fingerprint)
#pragma warning restore CS8618
    {
        (_body, _place, _fingerprint) = (body, place, fingerprint);
        (Line, Column, EndLine, EndColumn) = (line, column, endLine, endColumn);
    }

    public required string Rule { get => _body.Rule; init => _body = _body with { Rule = value }; }

    public required string RuleId { get => _body.RuleId; init => _body = _body with { RuleId = value }; }

    public required Severity Severity { get => _body.Severity; init => _body = _body with { Severity = value }; }

    public required string Language { get => _place.Language; init => _place = _place with { Language = value }; }

    public required string File { get => _place.File; init => _place = _place with { File = value }; }

    public int Line { get; init; }

    public int Column { get; init; }

    public int EndLine { get; init; }

    public int EndColumn { get; init; }

    public SourceReference? Source { get => _body.Source; init => _body = _body with { Source = value }; }

    public required string Message { get => _body.Message; init => _body = _body with { Message = value }; }

    /// <summary>The English text the finding refers to.</summary>
    public string? SourceText { get => _body.SourceText; init => _body = _body with { SourceText = value }; }

    /// <summary>The translated text the finding refers to.</summary>
    public string? TargetText { get => _body.TargetText; init => _body = _body with { TargetText = value }; }

    /// <summary>Stable id of the source unit (or target unit) the finding is about.</summary>
    public string? UnitId { get => _body.UnitId; init => _body = _body with { UnitId = value }; }

    /// <summary>32 lower-case hex digits for every fingerprint l10n makes; another text only when one is given so.</summary>
    public required string Fingerprint
    {
        get => _place.FingerprintText ?? _fingerprint.ToString();
        init
        {
            // Kept as its two hashes, not as the string: see FingerprintHash. Any other text is the place's (see FindingPlace).
            if (FingerprintHash.TryParse(value, out var hash))
            {
                _fingerprint = hash;
                if (_place.FingerprintText is not null)
                {
                    _place = _place with { FingerprintText = null };
                }
            }
            else
            {
                _fingerprint = default;
                _place = _place with { FingerprintText = value };
            }
        }
    }

    // Set once more after construction only by FingerprintBatch, before the page's findings leave its check.
    private FingerprintHash _fingerprint;

    /// <summary>The fingerprint of a page's finding hashed with others (see <see cref="FingerprintBatch"/>), before anyone reads it.</summary>
    internal void SetFingerprintHash(FingerprintHash hash) => _fingerprint = hash;

    /// <summary>The fingerprint's hashes, when it is one l10n made (false for any other text).</summary>
    internal bool TryGetFingerprintHash(out FingerprintHash hash)
    {
        hash = _fingerprint;
        return _place.FingerprintText is null;
    }

    /// <summary>What the fingerprint hashes besides rule, language, file and unit (the finding's detail).</summary>
    internal string? FingerprintDetail { get => _body.FingerprintDetail; init => _body = _body with { FingerprintDetail = value }; }

    /// <summary>What was found, shared by the findings that have the same (see <see cref="FindingBody"/>).</summary>
    internal FindingBody Body => _body;

    /// <summary>
    /// The same finding for another language's copy of the file: identical files of two languages have
    /// identical findings, but their own language, path and fingerprint.
    /// </summary>
    internal Finding ForCopy(string language, string fromFile, string toFile)
    {
        var file = File == fromFile ? toFile : File;
        return this with
        {
            Language = language,
            File = file,
            Fingerprint = FingerprintDetail is { } detail ? FindingFingerprint.Compute(Rule, language, file, UnitId, detail) : FindingFingerprint.ComputeForMessage(Rule, language, file, UnitId, Message),
        };
    }
}

/// <summary>
/// What a finding says, apart from where (<see cref="FindingPlace"/>) and its position and fingerprint: the same
/// object for the findings of a block left as its English in every language (see <c>EnglishPageTexts.Body</c>).
/// </summary>
internal sealed record FindingBody(string Rule, string RuleId, Severity Severity, SourceReference? Source, string Message, string? SourceText, string? TargetText, string? UnitId, string? FingerprintDetail)
{
    public static FindingBody Empty { get; } = new("", "", default, null, "", null, null, null, null);

    private byte[]? _json;

    // A changed copy (a finding's `with`) is a body of its own: neither shared nor rendered yet.
    private FindingBody(FindingBody original)
    {
        (Rule, RuleId, Severity, Source, Message) = (original.Rule, original.RuleId, original.Severity, original.Source, original.Message);
        (SourceText, TargetText, UnitId, FingerprintDetail) = (original.SourceText, original.TargetText, original.UnitId, original.FingerprintDetail);
    }

    /// <summary>Whether more than one finding has this body (set when a second one is given it).</summary>
    public bool Shared { get; set; }

    /// <summary>
    /// The JSON report's rendering of this body's part of a finding (source to unit) once made for a shared body:
    /// it is the same bytes for the body's finding in every language, and transcoding and searching its texts for
    /// characters to escape was most of the report's work. Not part of the body's value.
    /// </summary>
    public byte[]? Json
    {
        get => Volatile.Read(ref _json);
        set => Volatile.Write(ref _json, value);
    }

    // Equality is the finding's parts only: whether the body is shared, and its rendering, are not what a finding says.
    public bool Equals(FindingBody? other) =>
        ReferenceEquals(this, other) || (other is not null && Rule == other.Rule && RuleId == other.RuleId && Severity == other.Severity
            && Source == other.Source && Message == other.Message && SourceText == other.SourceText && TargetText == other.TargetText
            && UnitId == other.UnitId && FingerprintDetail == other.FingerprintDetail);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Rule);
        hash.Add(RuleId);
        hash.Add(Severity);
        hash.Add(Source);
        hash.Add(Message);
        hash.Add(SourceText);
        hash.Add(TargetText);
        hash.Add(UnitId);
        hash.Add(FingerprintDetail);
        return hash.ToHashCode();
    }
}

/// <summary>The language and file of a finding: one object for a page's findings.</summary>
internal sealed record FindingPlace(string Language, string File)
{
    public static FindingPlace Empty { get; } = new("", "");

    /// <summary>
    /// The fingerprint of a finding whose fingerprint was given as a text that is no hash of l10n's (a test's, a
    /// hand-written one): no page's findings have one, so it is kept in a place of the finding's own rather than in
    /// a field of every finding (8 of a finding's 72 bytes, for the 133,000 findings a site's report holds).
    /// </summary>
    public string? FingerprintText { get; init; }
}
