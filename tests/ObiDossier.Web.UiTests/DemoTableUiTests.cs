namespace ObiDossier.Web.UiTests;

/// <summary>Every role's pages on the seeded demo table: each is accessible, free of script errors, and shows the living table.</summary>
public sealed class DemoTableUiTests(SeededUiHost host) : IClassFixture<SeededUiHost>
{
    [Theory]
    [InlineData("officer-anna")]
    [InlineData("prosecutor-carla")]
    [InlineData("reviewer-dirk")]
    [InlineData("auditor-eva")]
    [InlineData("admin-frank")]
    public async Task Each_role_sees_its_pages_of_the_demo_table_without_accessibility_violations(string userId)
    {
        var user = await host.SignInAsync(userId);
        await user.CheckAsync($"demo-{userId}-mijn-werk");
        var links = await user.Page.Locator("nav.od-nav a").EvaluateAllAsync<string[]>("as => as.map(a => a.getAttribute('href'))");
        foreach (var href in links.Where(h => h != "/"))
            await user.GotoAsync(href, $"demo-{userId}{href.Replace('/', '-')}");

        await user.GotoAsync("/zaken", $"demo-{userId}-zaken");
        var cases = await user.Page.Locator("[data-testid='case-list'] tbody tr").CountAsync();
        Assert.True(cases >= (userId.StartsWith("prosecutor", StringComparison.Ordinal) ? 5 : 13), $"{userId} sees {cases} cases");
        await user.Page.Locator("[data-testid='case-list'] tbody a").First.ClickAsync();
        await user.Page.WaitForSelectorAsync(".od-diagram[data-rendered='true'] svg");
        await user.CheckAsync($"demo-{userId}-zaakdetail");
    }

    [Theory]
    [InlineData("intake-ilse")]
    [InlineData("intake-noor")]
    [InlineData("analyst-lotte")]
    [InlineData("coordinator-ruben")]
    [InlineData("partner-tim")]
    public async Task Each_obi_role_sees_its_pages_of_the_demo_desk_without_accessibility_violations(string userId)
    {
        var user = await host.SignInAsync(userId);
        var links = await user.Page.Locator("nav.od-nav a").EvaluateAllAsync<string[]>("as => as.map(a => a.getAttribute('href'))");
        Assert.DoesNotContain("/zaken", links);
        foreach (var href in links)
            await user.GotoAsync(href, $"demo-{userId}{href.Replace('/', '-')}");

        if (userId.StartsWith("intake", StringComparison.Ordinal) || userId.StartsWith("analyst", StringComparison.Ordinal))
        {
            await user.GotoAsync(links[0], $"demo-{userId}-signals");
            Assert.True(await user.Page.Locator("[data-testid='signal-list'] tbody tr").CountAsync() >= 10);
            await user.Page.Locator("[data-testid='signal-list'] tbody a").First.ClickAsync();
            await user.Page.WaitForSelectorAsync(".od-diagram[data-rendered='true'] svg");
            await user.CheckAsync($"demo-{userId}-signal");
        }
        if (!userId.StartsWith("intake", StringComparison.Ordinal))
        {
            await user.GotoAsync(links[^1], $"demo-{userId}-reports");
            Assert.Equal(3, await user.Page.Locator("[data-testid='report-list'] tbody tr").CountAsync());
            // The newest distributed report has a previous one: the trend is shown, and suppressed cells read "< 5".
            await user.Page.Locator("[data-testid='report-list'] tbody a").First.ClickAsync();
            await user.Page.WaitForSelectorAsync("[data-testid='report-state'][data-state='Distributed']", new() { State = Microsoft.Playwright.WaitForSelectorState.Attached });
            Assert.Equal(5, await user.Page.Locator("canvas[data-obi-chart]").CountAsync());
            Assert.True(await user.Page.Locator("td[data-display='< 5']").CountAsync() > 0);
            Assert.True(await user.Page.Locator("td[data-change]").CountAsync() > 0);
            Assert.True(await user.Page.Locator("[data-testid='follow-ups'] li").CountAsync() > 0);
            await user.CheckAsync($"demo-{userId}-report");
        }
    }

    [Fact]
    public async Task The_login_page_lists_a_demo_user_for_every_role_and_is_accessible()
    {
        await using var context = await host.Browser.NewContextAsync(new() { BaseURL = host.BaseAddress.ToString() });
        var visitor = new UiUser(await context.NewPageAsync(), "anonymous");
        await visitor.GotoAsync("/zaken", "00-login");

        Assert.Contains("/login", visitor.Page.Url, StringComparison.Ordinal);
        Assert.Equal(16, await visitor.Page.Locator("button[data-user]").CountAsync());
    }

    [Fact]
    public async Task The_dashboard_offers_the_same_figures_as_csv()
    {
        var user = await host.SignInAsync("admin-frank");
        await user.Page.GotoAsync("/dashboard");
        var download = await user.Page.RunAndWaitForDownloadAsync(() => user.Page.ClickAsync("[data-testid='csv']"));
        var csv = await File.ReadAllTextAsync(await download.PathAsync());

        Assert.StartsWith("figure,key,label,value\n", csv, StringComparison.Ordinal);
        Assert.Contains("cases-per-state,Closed,Afgesloten,2", csv, StringComparison.Ordinal);
        Assert.Contains("days-submission-to-decision,", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_yearly_overview_counts_the_demo_releases_per_route_basis_and_outcome_and_offers_them_as_csv()
    {
        var user = await host.SignInAsync("auditor-eva");
        await user.GotoAsync("/jaaroverzicht", "demo-yearly-overview");
        var table = await user.Page.Locator("[data-testid='yearly-counts']").InnerTextAsync();
        Assert.Contains("Vordering (OM)", table, StringComparison.Ordinal);
        Assert.Contains("SV-126ND", table, StringComparison.Ordinal);
        Assert.Contains("Gevoegd bij lopend onderzoek", table, StringComparison.Ordinal);

        var download = await user.Page.RunAndWaitForDownloadAsync(() => user.Page.ClickAsync("[data-testid='yearly-csv']"));
        var csv = await File.ReadAllTextAsync(await download.PathAsync());
        Assert.StartsWith("year,route,legalBasisCode,outcome,count\n", csv, StringComparison.Ordinal);
        Assert.Contains(",demand,SV-126ND,joined-existing-investigation,1", csv, StringComparison.Ordinal);
        Assert.Contains(",formal-report,SV-162,investigation-opened,1", csv, StringComparison.Ordinal);
    }
}
