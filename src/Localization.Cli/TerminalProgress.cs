namespace Localization.Cli;

/// <summary>
/// "checked 120/372 files" on standard error while a long run works, redrawn in place; only on an
/// interactive terminal, never in redirected output or CI logs, and erased when the run ends.
/// </summary>
internal sealed class TerminalProgress : IProgress<(int Done, int Total)>, IDisposable
{
    private readonly object _lock = new();
    private long _lastTicks;
    private bool _shown;

    private TerminalProgress()
    {
    }

    /// <summary>A progress display when standard error is a terminal outside CI, else null.</summary>
    public static TerminalProgress? ForConsole() =>
        !Console.IsErrorRedirected && !CliOptions.InCi() && Environment.GetEnvironmentVariable("TERM") != "dumb"
            ? new TerminalProgress()
            : null;

    public void Report((int Done, int Total) value)
    {
        var now = Environment.TickCount64;
        lock (_lock)
        {
            if (value.Done < value.Total && now - _lastTicks < 100)
            {
                return; // redraw at most ten times a second
            }

            _lastTicks = now;
            _shown = true;
            Console.Error.Write($"\rl10n: checked {value.Done}/{value.Total} files");
        }
    }

    public void Dispose()
    {
        lock (_lock)
        {
            if (_shown)
            {
                Console.Error.Write("\r\u001b[2K");
            }
        }
    }
}
