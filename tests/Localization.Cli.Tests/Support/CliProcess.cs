using System.Diagnostics;

namespace Localization.Cli.Tests.Support;

/// <summary>
/// The built l10n.dll as a separate process, through /bin/sh so that a test can redirect its streams to
/// devices (<c>&gt; /dev/full</c>), run it as another user, or signal it while it runs.
/// </summary>
internal static class CliProcess
{
    /// <summary>The unprivileged user of the normal-user runs.</summary>
    public const string NobodyId = "65534";

    /// <summary>True when the tests can run l10n as an unprivileged user (root, with setpriv).</summary>
    public static bool CanRunAsNobody => Environment.UserName == "root" && File.Exists("/usr/bin/setpriv");

    /// <param name="redirection">Shell redirections appended to the command, e.g. <c>&gt; /dev/full</c>; null to capture both streams.</param>
    /// <param name="asNobody">Run as the unprivileged user (see <see cref="CanRunAsNobody"/>).</param>
    /// <param name="whileRunning">Called with the process once started (to signal it); the run then waits for its end.</param>
    public static async Task<CliResult> RunAsync(string workingDirectory, string[] args, string? redirection = null, bool asNobody = false, Func<Process, Task>? whileRunning = null)
    {
        var start = new ProcessStartInfo("/bin/sh")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            StandardErrorEncoding = System.Text.Encoding.UTF8,
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add($"exec \"$@\" {redirection}");
        start.ArgumentList.Add("l10n");
        if (asNobody)
        {
            foreach (var part in new[] { "/usr/bin/setpriv", $"--reuid={NobodyId}", $"--regid={NobodyId}", "--clear-groups" })
            {
                start.ArgumentList.Add(part);
            }
        }

        start.ArgumentList.Add(ProcessRunner.DotnetHost());
        start.ArgumentList.Add(RepoPaths.CliDll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment.Remove("NO_COLOR");
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        if (whileRunning is not null)
        {
            await whileRunning(process);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return new CliResult(process.ExitCode, await stdout, await stderr);
    }

    /// <summary>Runs a short shell command (mkfifo, mknod, chmod, kill) and fails the test when it fails.</summary>
    public static void Shell(string script)
    {
        var start = new ProcessStartInfo("/bin/sh") { UseShellExecute = false, RedirectStandardError = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(script);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{script}: {error}");
    }
}
