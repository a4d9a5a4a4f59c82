using System.Diagnostics;

namespace Localization.Cli.Tests.Support;

/// <summary>Runs the built l10n.dll as a separate process: real exit codes, real redirected streams, optional standard input.</summary>
internal static class ProcessRunner
{
    public static async Task<CliResult> RunAsync(string workingDirectory, string[] args, string? standardInput = null, IReadOnlyDictionary<string, string?>? environment = null)
    {
        Assert.True(File.Exists(RepoPaths.CliDll), $"{RepoPaths.CliDll} not found next to the test assembly");
        var start = new ProcessStartInfo(DotnetHost())
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            StandardErrorEncoding = System.Text.Encoding.UTF8,
        };
        start.ArgumentList.Add(RepoPaths.CliDll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment.Remove("NO_COLOR");
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        if (standardInput is not null)
        {
            await process.StandardInput.WriteAsync(standardInput);
        }

        process.StandardInput.Close();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return new CliResult(process.ExitCode, await stdout, await stderr);
    }

    /// <summary>The dotnet host running the tests (DOTNET_HOST_PATH, then DOTNET_ROOT, then the PATH).</summary>
    internal static string DotnetHost()
    {
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host))
        {
            return host;
        }

        var root = Environment.GetEnvironmentVariable("DOTNET_ROOT");
        var candidate = root is null ? null : Path.Combine(root, OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet");
        return candidate is not null && File.Exists(candidate) ? candidate : "dotnet";
    }
}
