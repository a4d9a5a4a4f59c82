#:package Selenium.WebDriver
// Developer tool (not part of the build), used by tests/report/screenshots.sh: opens a page in headless Chromium
// (Debian packages chromium and chromium-driver) through Selenium, waits until the report's script has run,
// and saves a PNG of the window.
//   dotnet run tests/report/screenshot.cs -- URL OUTPUT.png WIDTH HEIGHT
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;

var (url, output, width, height) = (args[0], args[1], int.Parse(args[2]), int.Parse(args[3]));
var service = ChromeDriverService.CreateDefaultService("/usr/bin", "chromedriver");
service.SuppressInitialDiagnosticInformation = true;
var options = new ChromeOptions { BinaryLocation = "/usr/bin/chromium" };
options.AddArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars",
    "--force-device-scale-factor=1", $"--window-size={width},{height}", "--lang=en-US");
using var driver = new ChromeDriver(service, options, TimeSpan.FromSeconds(120));
driver.Navigate().GoToUrl(url);
var deadline = DateTime.UtcNow.AddSeconds(60);
while (driver.ExecuteScript("return document.documentElement.dataset.ready || ''") as string != "1" && DateTime.UtcNow < deadline)
{
    Thread.Sleep(100);
}

Thread.Sleep(500);
driver.GetScreenshot().SaveAsFile(output);
Console.WriteLine($"wrote {output}");
driver.Quit();
