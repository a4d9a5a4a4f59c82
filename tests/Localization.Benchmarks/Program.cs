using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

namespace Localization.Benchmarks;

public static class Program
{
    public static int Main(string[] args)
    {
        if (Corpus.TryRoot is null)
        {
            Console.WriteLine(Corpus.MissingMessage);
            return 0;
        }

        // Results go to artifacts/bench/ (git-ignored) unless --artifacts says otherwise.
        var config = DefaultConfig.Instance
            .WithArtifactsPath(Path.Combine(Corpus.SolutionRoot()!, "artifacts", "bench", "BenchmarkDotNet.Artifacts"));
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
        return summaries.Any(s => s.HasCriticalValidationErrors) ? 1 : 0;
    }
}
