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
public sealed record Finding
{
    public Finding()
    {
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
    {
        _fingerprint = fingerprint;
        Rule = RuleId = Language = File = Message = "";
    }

    public required string Rule { get; init; }

    public required string RuleId { get; init; }

    public required Severity Severity { get; init; }

    public required string Language { get; init; }

    public required string File { get; init; }

    public int Line { get; init; }

    public int Column { get; init; }

    public int EndLine { get; init; }

    public int EndColumn { get; init; }

    public SourceReference? Source { get; init; }

    public required string Message { get; init; }

    /// <summary>The English text the finding refers to.</summary>
    public string? SourceText { get; init; }

    /// <summary>The translated text the finding refers to.</summary>
    public string? TargetText { get; init; }

    /// <summary>Stable id of the source unit (or target unit) the finding is about.</summary>
    public string? UnitId { get; init; }

    /// <summary>32 lower-case hex digits for every fingerprint l10n makes; another text only when one is given so.</summary>
    public required string Fingerprint
    {
        get => _fingerprintText ?? _fingerprint.ToString();
        init
        {
            // Kept as its two hashes, not as the string: see FingerprintHash.
            if (FingerprintHash.TryParse(value, out var hash))
            {
                (_fingerprint, _fingerprintText) = (hash, null);
            }
            else
            {
                (_fingerprint, _fingerprintText) = (default, value);
            }
        }
    }

    private readonly FingerprintHash _fingerprint;

    private readonly string? _fingerprintText;

    /// <summary>The fingerprint's hashes, when it is one l10n made (false for any other text).</summary>
    internal bool TryGetFingerprintHash(out FingerprintHash hash)
    {
        hash = _fingerprint;
        return _fingerprintText is null;
    }

    /// <summary>What the fingerprint hashes besides rule, language, file and unit (the finding's detail).</summary>
    internal string? FingerprintDetail { get; init; }

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
