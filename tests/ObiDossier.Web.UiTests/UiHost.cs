using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ObiDossier.Web.UiTests;

/// <summary>
/// The real host on a real loopback port (a browser cannot reach the in-memory test server), with
/// a fresh SQLite data folder and development sign-in, and one headless Debian Chromium.
/// </summary>
public class UiHost : WebApplicationFactory<Program>, IAsyncLifetime
{
    private IPlaywright? _playwright;

    public string DataDir { get; } = Directory.CreateTempSubdirectory("obidossier-ui-").FullName;
    public Uri BaseAddress { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Where screenshots go: the test results folder that tests/run.sh names, else ./TestResults at the repository root.</summary>
    public static string ScreenshotDir { get; } = Path.Combine(
        Environment.GetEnvironmentVariable("OBIDOSSIER_TEST_RESULTS") is { Length: > 0 } results ? results : Path.Combine(RepositoryRoot(), "TestResults"),
        "screenshots");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("ObiDossier:DataDir", DataDir);
        builder.UseSetting("ObiDossier:Auth:Development", "true");
    }

    /// <summary>Runs before the host starts, on its empty data folder.</summary>
    protected virtual Task PrepareAsync() => Task.CompletedTask;

    public async Task InitializeAsync()
    {
        await PrepareAsync();
        UseKestrel(0);
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal));
        Directory.CreateDirectory(ScreenshotDir);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Environment.GetEnvironmentVariable("OBIDOSSIER_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            // Without the background-networking flags Chromium keeps calling hosts this network refuses.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>A fresh browser context (its own cookies) signed in as a demo user through the login page.</summary>
    public async Task<UiUser> SignInAsync(string userId)
    {
        var context = await Browser.NewContextAsync(new() { BaseURL = BaseAddress.ToString(), Locale = "nl-NL", ViewportSize = new() { Width = 1280, Height = 900 } });
        var user = new UiUser(await context.NewPageAsync(), userId);
        user.Page.Console += (_, message) => { if (message.Type == "error") user.ConsoleErrors.Add(message.Text); };
        user.Page.PageError += (_, error) => user.ConsoleErrors.Add(error);
        await user.Page.GotoAsync("/login");
        await user.Page.Locator($"button[data-user='{userId}']").ClickAsync();
        await user.Page.WaitForURLAsync(url => !url.Contains("/login", StringComparison.Ordinal));
        return user;
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        await base.DisposeAsync();
        try { Directory.Delete(DataDir, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ObiDossier.sln"))) return dir.FullName;
        return Directory.GetCurrentDirectory();
    }
}
