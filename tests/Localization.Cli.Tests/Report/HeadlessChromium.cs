using System.Text.Json;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;

namespace Localization.Cli.Tests.Report;

/// <summary>
/// The system's Chromium (Debian packages chromium and chromium-driver), headless, driven by Selenium
/// through chromedriver: the real browser the HTML report is proven in. Console messages and every
/// network request the page makes are recorded (Chrome's browser and performance logs).
/// </summary>
internal sealed class HeadlessChromium : IDisposable
{
    private static readonly string[] BrowserPaths = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];
    private static readonly string[] DriverPaths = ["/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver"];

    private HeadlessChromium(ChromeDriver driver)
    {
        Driver = driver;
    }

    public ChromeDriver Driver { get; }

    /// <summary>Why no browser can run here (null when one can), for Assert.Skip.</summary>
    public static string? Unavailable { get; } =
        Find(BrowserPaths) is null ? "Chromium is not installed (Debian package chromium; .ci/run installs it when root)"
        : Find(DriverPaths) is null ? "chromedriver is not installed (Debian package chromium-driver; .ci/run installs it when root)"
        : null;

    public static HeadlessChromium Start(int width = 1400, int height = 1000)
    {
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(Find(DriverPaths)!)!, Path.GetFileName(Find(DriverPaths)!));
        service.SuppressInitialDiagnosticInformation = true;
        service.HideCommandPromptWindow = true;
        var options = new ChromeOptions { BinaryLocation = Find(BrowserPaths)! };
        options.AddArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
            "--disable-extensions", "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--hide-scrollbars", $"--window-size={width},{height}", "--lang=en-US");
        options.SetLoggingPreference(LogType.Browser, LogLevel.All);
        options.SetLoggingPreference("performance", LogLevel.All);
        return new HeadlessChromium(new ChromeDriver(service, options, TimeSpan.FromSeconds(120)));
    }

    /// <summary>Opens a file and waits until the report's script has run.</summary>
    public void Open(string path, string fragment = "")
    {
        Driver.Navigate().GoToUrl(new Uri(Path.GetFullPath(path)).AbsoluteUri + fragment);
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (Script("return document.documentElement.dataset.ready || ''") as string != "1")
        {
            Assert.True(DateTime.UtcNow < deadline, "the report's script never finished");
            Thread.Sleep(50);
        }
    }

    public object? Script(string script, params object[] args) => Driver.ExecuteScript(script, args);

    /// <summary>Runs the script until it returns <paramref name="expected"/> (for what the page does after a pause), at most 30 s; returns the last value.</summary>
    public object? WaitFor(string script, object expected)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        var value = Script(script);
        while (!Equals(value, expected) && DateTime.UtcNow < deadline)
        {
            Thread.Sleep(50);
            value = Script(script);
        }

        return value;
    }

    public long Count(string script) => Convert.ToInt64(Script(script), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Console messages at error level (script errors, CSP violations, failed loads) since the last call.</summary>
    public IReadOnlyList<string> ConsoleErrors() =>
        Driver.Manage().Logs.GetLog(LogType.Browser).Where(e => e.Level >= LogLevel.Severe).Select(e => e.Message).ToList();

    /// <summary>Every URL the page asked the network stack for since the last call (from Network.requestWillBeSent).</summary>
    public IReadOnlyList<string> Requests()
    {
        var urls = new List<string>();
        foreach (var entry in Driver.Manage().Logs.GetLog("performance"))
        {
            using var json = JsonDocument.Parse(entry.Message);
            var message = json.RootElement.GetProperty("message");
            if (message.GetProperty("method").GetString() == "Network.requestWillBeSent")
            {
                urls.Add(message.GetProperty("params").GetProperty("request").GetProperty("url").GetString() ?? "");
            }
        }

        return urls;
    }

    public void Dispose()
    {
        Driver.Quit();
        Driver.Dispose();
    }

    private static string? Find(string[] paths) => paths.FirstOrDefault(File.Exists);
}
