
namespace Localization.Cli.Tests.Support;

/// <summary>What one in-process run of the CLI produced.</summary>
internal sealed record CliResult(int ExitCode, string StdOut, string StdErr)
{
    public string[] OutLines => StdOut.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public override string ToString() => $"exit {ExitCode}\n--- stdout ---\n{StdOut}\n--- stderr ---\n{StdErr}";
}

/// <summary>
/// Runs the CLI in-process through the same entry as Program.cs, with its output and error writers captured. Commands resolve relative
/// paths against the current directory, which is process-wide, so runs are serialized under a lock and
/// every test class using this runner belongs to <see cref="CliCollection"/>.
/// </summary>
internal static class CliRunner
{
    private static readonly Lock Gate = new();

    public static CliResult Run(string workingDirectory, params string[] args)
    {
        lock (Gate)
        {
            var previous = Directory.GetCurrentDirectory();
            Directory.SetCurrentDirectory(workingDirectory);
            try
            {
                using var stdout = new StringWriter();
                using var stderr = new StringWriter();
                var code = CliApplication.Run(args, stdout, stderr);
                return new CliResult(code, stdout.ToString(), stderr.ToString());
            }
            finally
            {
                Directory.SetCurrentDirectory(previous);
            }
        }
    }
}

/// <summary>Tests that change the current directory must not run in parallel with each other.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class CliCollection
{
    public const string Name = "CLI (current directory)";
}
