using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Localization.Benchmarks;

/// <summary>A numeric column computed from a benchmark case and its results (throughput, time per unit).</summary>
public abstract class DerivedColumn(string id, string columnName, string legend, int priority = 0) : IColumn
{
    public string Id => id;

    public string ColumnName => columnName;

    public string Legend => legend;

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => priority;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

    public abstract string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style);

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
