using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace ObiDossier.Web.UiTests;

/// <summary>One signed-in person in their own browser context: go to pages, check them with axe, keep a screenshot of each.</summary>
public sealed partial class UiUser(IPage page, string userId)
{
    public IPage Page { get; } = page;
    public string UserId { get; } = userId;
    public List<string> ConsoleErrors { get; } = [];

    /// <summary>Checks the page as it stands: no serious or critical accessibility violation, no script error; then keeps a screenshot.</summary>
    public async Task CheckAsync(string name)
    {
        await Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        // The screenshot first, so that a page that fails the check can still be looked at.
        await Page.ScreenshotAsync(new() { Path = Path.Combine(UiHost.ScreenshotDir, $"{Safe().Replace(name, "-")}.png"), FullPage = true });
        var results = await Page.RunAxe();
        Assert.True(ConsoleErrors.Count == 0, $"{name}: script errors: {string.Join(" | ", ConsoleErrors)}");
        var bad = results.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(bad.Count == 0, $"{name}: " + string.Join("; ", bad.Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Target?.ToString()))}")));
    }

    public async Task GotoAsync(string path, string screenshot)
    {
        var response = await Page.GotoAsync(path);
        Assert.True(response?.Ok, $"{path}: {response?.Status}");
        await CheckAsync(screenshot);
    }

    [GeneratedRegex("[^a-z0-9-]+")]
    private static partial Regex Safe();
}
