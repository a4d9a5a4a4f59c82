namespace Localization.Cli.Tests.Support;

/// <summary>The shared Privacy Guides corpora (../shared/corpora beside the repository root), read in place or copied to a temporary tree.</summary>
internal static class Corpus
{
    public const string Latest = "privacyguides-2026-03";

    /// <summary>The corpus folder; skips the test when ../shared is absent.</summary>
    public static string Require(string name = Latest)
    {
        var corpus = Path.GetFullPath(Path.Combine(RepoPaths.Root, "..", "shared", "corpora", name));
        if (!File.Exists(Path.Combine(corpus, "crowdin.yml")))
        {
            Assert.Skip($"../shared/corpora is absent: corpus '{name}' was not found at {corpus}; it is provided beside the project, not in it.");
        }

        return corpus;
    }

    /// <summary>The schemas folder (../shared/schemas); skips the test when absent.</summary>
    public static string RequireSchema(string file)
    {
        var path = Path.GetFullPath(Path.Combine(RepoPaths.Root, "..", "shared", "schemas", file));
        if (!File.Exists(path))
        {
            Assert.Skip($"../shared/schemas/{file} is absent; it is provided beside the project, not in it.");
        }

        return path;
    }

    /// <summary>A writable copy of a corpus (crowdin.yml, docs, includes and the given languages) in a temporary tree.</summary>
    public static TempTree Copy(params string[] languages)
    {
        var corpus = Require();
        var tree = new TempTree();
        foreach (var file in Directory.EnumerateFiles(corpus, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(corpus, file).Replace('\\', '/');
            if (relative.StartsWith("i18n/", StringComparison.Ordinal) && !languages.Any(l => relative.StartsWith($"i18n/{l}/", StringComparison.Ordinal)))
            {
                continue;
            }

            tree.WriteBytes(relative, File.ReadAllBytes(file));
        }

        return tree;
    }
}

/// <summary>Runs a real client of an output format (a separate process) and reports what it said.</summary>
internal static class ExternalTool
{
    public static (int ExitCode, string StdOut, string StdErr) Run(string file, string[] arguments, string? stdin = null)
    {
        var start = new System.Diagnostics.ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = stdin is not null,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        if (stdin is not null)
        {
            process.StandardInput.Write(stdin);
            process.StandardInput.Close();
        }

        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, output.Result, error.Result);
    }

    /// <summary>Debian's python3 with python3-junitparser (installed by .ci/run); skips the test without it.</summary>
    public static string RequireJunitParser()
    {
        const string python = "/usr/bin/python3";
        if (!File.Exists(python) || Run(python, ["-c", "import junitparser"]).ExitCode != 0)
        {
            Assert.Skip("python3-junitparser is not installed (.ci/run installs it as root); the JUnit report is read with it");
        }

        return python;
    }
}
