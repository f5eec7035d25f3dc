using System.Net;
using System.Net.Http.Headers;
using System.Security.Claims;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using ObiDossier.Domain;
using ObiDossier.Web.Auth;

namespace ObiDossier.Web.Tests.Security;

/// <summary>Nobody signs in without credentials outside development; a token carries exactly one role.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class SignInTests : IClassFixture<ObiDossierApplication>
{
    private readonly ObiDossierApplication _app;

    public SignInTests(ObiDossierApplication app) => _app = app;

    [Theory]
    [InlineData("Staging")]
    [InlineData("Acceptance")]
    [InlineData("Production")]
    public async Task Outside_development_a_host_with_development_sign_in_on_refuses_to_start_naming_the_setting(string environment)
    {
        var dataDir = Directory.CreateTempSubdirectory("obidossier-signin-").FullName;

        var (exit, output) = await ConsoleCollection.RunCapturingAsync(["serve", "--urls=http://127.0.0.1:0", $"--ObiDossier:DataDir={dataDir}",
            $"--environment={environment}", "--ObiDossier:Auth:Development=true", "--ObiDossier:Jobs:Server=false",
            "--ObiDossier:Auth:Authority=https://login.example.invalid/realms/obidossier"]).WaitAsync(TimeSpan.FromMinutes(2));

        Assert.Equal(1, exit);
        Assert.Contains("ObiDossier:Auth:Development", output, StringComparison.Ordinal);
        Assert.Contains($"not in '{environment}'", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_staging_without_the_setting_the_demo_login_signs_nobody_in_and_a_development_token_is_refused()
    {
        using var app = new ObiDossierApplication();
        var devToken = app.Services.GetRequiredService<DevTokens>().Issue("frank", Roles.Admin, Organisations.Ind, "Frank");
        using var staging = app.WithWebHostBuilder(b => b.UseEnvironment("Staging")
            .UseSetting("ObiDossier:Auth:Development", null)
            .UseSetting("ObiDossier:Auth:Authority", "https://login.example.invalid/realms/obidossier"));

        Assert.False(staging.Services.GetRequiredService<IOptions<AuthOptions>>().Value.Development);
        var login = await staging.CreateClient().PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string> { ["user"] = "admin-frank" }));
        Assert.NotEqual(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Null(login.Headers.Contains("Set-Cookie") ? login.Headers.GetValues("Set-Cookie").FirstOrDefault(c => c.StartsWith("__obidossier=", StringComparison.Ordinal)) : null);

        var client = staging.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", devToken);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/legal-bases")).StatusCode);
    }

    [Theory]
    [InlineData("Staging")]
    [InlineData("Production")]
    public async Task Dev_token_refuses_outside_development(string environment)
    {
        var dataDir = Directory.CreateTempSubdirectory("obidossier-devtoken-").FullName;
        var (exit, output) = await ConsoleCollection.RunCapturingAsync(
            ["dev-token", "--user", "frank", "--role", "admin", $"--ObiDossier:DataDir={dataDir}", $"--environment={environment}", "--ObiDossier:Auth:Development=true"]);

        Assert.Equal(1, exit);
        Assert.Contains("Development environment", output, StringComparison.Ordinal);
        Assert.DoesNotContain("ey", output.Split('\n').LastOrDefault(l => l.Length > 0) ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_token_with_two_roles_is_refused_and_the_refusal_is_audited()
    {
        var token = TokenWithRoles(Roles.OmProsecutor, Roles.IndOfficer);
        var client = _app.Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        var response = await client.PostAsync("/api/v1/cases", new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var entries = await RefusalsAsync("POST /api/v1/cases/");
        Assert.Contains(entries, e => e.GetProperty("statusCode").GetInt32() == 401
            && e.GetProperty("reasons").EnumerateArray().Any(r => r.GetString() == "token-roles"));
    }

    [Fact]
    public async Task A_token_with_one_role_still_passes()
    {
        var client = _app.Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TokenWithRoles(Roles.IndOfficer));

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/legal-bases")).StatusCode);
    }

    [Theory]
    [InlineData(Roles.LegalReviewer)]
    [InlineData(Roles.Auditor)]
    [InlineData(Roles.Admin)]
    public async Task A_policy_refusal_of_personal_data_leaves_an_audit_entry_naming_the_route_the_case_and_the_missing_role(string role)
    {
        var id = await _app.Officer().CreateCaseAsync();

        var response = await _app.Client($"someone-{role}", role).GetAsync($"/api/v1/cases/{id}/personal-data?why=Qzxsecret");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var entry = Assert.Single(await RefusalsAsync("GET /api/v1/cases/{id:guid}/personal-data", id),
            e => e.GetProperty("actor").GetProperty("id").GetString() == $"someone-{role}");
        Assert.Equal(403, entry.GetProperty("statusCode").GetInt32());
        Assert.Equal("refused", entry.GetProperty("outcome").GetString());
        Assert.Equal(role, entry.GetProperty("actor").GetProperty("role").GetString());
        Assert.Equal(["role:ind-officer|om-prosecutor"], entry.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()!));
        Assert.DoesNotContain("Qzxsecret", entry.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_request_without_a_token_to_an_api_route_is_audited_but_a_public_route_is_not()
    {
        var anonymous = _app.Anonymous();

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/v1/audit/verify")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/health/live")).StatusCode);

        var entries = await RefusalsAsync("GET /api/v1/audit/verify");
        Assert.Contains(entries, e => e.GetProperty("actor").GetProperty("id").GetString() == "anonymous"
            && e.GetProperty("reasons").EnumerateArray().Any(r => r.GetString() == "token-missing"));
        Assert.DoesNotContain(await RefusalsAsync(null), e => e.GetProperty("entityId").GetString()!.Contains("health", StringComparison.Ordinal));
    }

    private async Task<List<System.Text.Json.JsonElement>> RefusalsAsync(string? route, Guid? caseId = null)
    {
        var all = await _app.Auditor().AuditEntriesAsync(caseId);
        return all.Where(e => e.GetProperty("action").GetString() == AuditedAuthorization.Action
            && (route is null || e.GetProperty("entityId").GetString() == route)).ToList();
    }

    /// <summary>A development token as <see cref="DevTokens"/> signs it, but with every role given.</summary>
    private string TokenWithRoles(params string[] roles)
    {
        var tokens = _app.Services.GetRequiredService<DevTokens>();
        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = DevTokens.Issuer,
            Audience = _app.Services.GetRequiredService<IOptions<AuthOptions>>().Value.Audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddHours(1),
            Subject = new ClaimsIdentity([new Claim(JwtRegisteredClaimNames.Sub, "mallory"), .. roles.Select(r => new Claim(DevTokens.RoleClaim, r))]),
            SigningCredentials = new SigningCredentials(tokens.SigningKey, SecurityAlgorithms.HmacSha256),
        });
    }
}
