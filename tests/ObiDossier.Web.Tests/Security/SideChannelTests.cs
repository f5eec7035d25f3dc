using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ObiDossier.Testing;

namespace ObiDossier.Web.Tests.Security;

/// <summary>The side channels on the embedded default, SQLite.</summary>
public sealed class SqliteSideChannelTests(ObiDossierApplication app) : SideChannelTests(app), IClassFixture<ObiDossierApplication>;

/// <summary>The same attacks on PostgreSQL.</summary>
[RunsOnPostgres]
public sealed class PostgresSideChannelTests(PostgresApplication app) : SideChannelTests(app), IClassFixture<PostgresApplication>;

/// <summary>
/// The guarantee (README, "Roles"): personal data reach OM only through a reviewed disclosure. Each row is an
/// attack through one channel beside the disclosure, tried as an attacker would; each must be
/// refused or harmless.
/// </summary>
public abstract class SideChannelTests
{
    private readonly ObiDossierApplication _app;
    private readonly Dictionary<string, Func<Task>> _attacks;

    protected SideChannelTests(ObiDossierApplication app)
    {
        _app = app;
        _attacks = new(StringComparer.Ordinal)
        {
            ["answer: own vault values overridden with 'ok'"] = AnswerWithVaultValuesIsRefusedEvenWhenOverridden,
            ["answer: straight to OM without a second officer"] = AnswerReachesOmOnlyAfterASecondOfficerApprovedIt,
            ["history: IND's remarks shown to OM"] = OmHistoryShowsStepsAndOmsOwnTextsOnly,
            ["summary: zero-width space inside the V-number"] = ZeroWidthInsideTheVNumberDoesNotHideIt,
            ["four eyes: the editor approves the anonymisation"] = AnEditorCannotApproveTheSummaryTheyChanged,
            ["notification: withdrawing a draft OM never saw"] = WithdrawingADraftTellsOmNothing,
            ["cache: personal data kept by a browser or proxy"] = PersonalDataAnswersAreNotCached,
            ["need to know: any IND officer reads any case"] = AnOfficerOutsideTheTeamReadsOnlyByBreakGlass,
        };
    }

    public static TheoryData<string> Channels => new(
        "answer: own vault values overridden with 'ok'",
        "answer: straight to OM without a second officer",
        "history: IND's remarks shown to OM",
        "summary: zero-width space inside the V-number",
        "four eyes: the editor approves the anonymisation",
        "notification: withdrawing a draft OM never saw",
        "cache: personal data kept by a browser or proxy",
        "need to know: any IND officer reads any case");

    [DatabaseTheory]
    [MemberData(nameof(Channels))]
    public Task The_attack_through_each_channel_is_refused_or_harmless(string channel) => _attacks[channel]();

    private HttpClient Anna => _app.Officer();
    private HttpClient Bram => _app.SecondOfficer();
    private HttpClient Cees => _app.Officer("officer-cees");
    private HttpClient Carla => _app.Prosecutor();

    private async Task AnswerWithVaultValuesIsRefusedEvenWhenOverridden()
    {
        var id = await QuestionedCaseAsync();

        var refused = await Anna.ActAsync(id, "answer", new { answer = "It is Arvid Qzxellington Vortmann, V-nummer 3019283746, Qzxstraat 12.", overrideMotivation = "ok" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("anonymisation-vault-value", (await refused.JsonAsync()).Codes());
        Assert.Equal("InformationRequested", await Anna.StateAsync(id));
        var seen = await Carla.GetStringAsync($"/api/v1/cases/{id}");
        Assert.DoesNotContain(TestData.Markers(), m => seen.Contains(m, StringComparison.OrdinalIgnoreCase));
    }

    private async Task AnswerReachesOmOnlyAfterASecondOfficerApprovedIt()
    {
        var id = await QuestionedCaseAsync();
        const string answer = "The position was held from the start to the end of the period named.";

        Assert.Equal("AnswerReview", (await Anna.ActOkAsync(id, "answer", new { answer })).GetProperty("state").GetString());
        Assert.DoesNotContain(answer, await Carla.GetStringAsync($"/api/v1/cases/{id}"), StringComparison.Ordinal);
        Assert.DoesNotContain(answer, await Carla.GetStringAsync($"/api/v1/cases/{id}/history"), StringComparison.Ordinal);

        var own = await Anna.ActAsync(id, "approve-answer");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, own.StatusCode);
        Assert.Contains("four-eyes-answer", (await own.JsonAsync()).Codes());
        Assert.Equal(HttpStatusCode.Forbidden, (await Carla.ActAsync(id, "approve-answer")).StatusCode);

        Assert.Equal("Queued", (await Bram.ActOkAsync(id, "approve-answer")).GetProperty("state").GetString());
        var view = await (await Carla.GetAsync($"/api/v1/cases/{id}")).OkJsonAsync();
        Assert.Equal(answer, view.GetProperty("questions")[0].GetProperty("answer").GetString());
    }

    private async Task OmHistoryShowsStepsAndOmsOwnTextsOnly()
    {
        var id = await Anna.CreateCaseAsync(summary: new { title = "Former commander", narrative = "Witness Jan Pieterszoon described the facility." });
        await Anna.ActOkAsync(id, "submit", new { overrideMotivation = "Zqv-override: a historical figure." });
        await Bram.ActOkAsync(id, "reject-anonymisation", new { motivation = "Zqv-reject: too close to the file." });
        await Anna.ActOkAsync(id, "submit", new { overrideMotivation = "Zqv-override-2: checked again." });
        await Bram.ActOkAsync(id, "approve-anonymisation", new { motivation = "Zqv-approve: fine now." });
        await _app.Admin().FreezeNextSessionAsync();
        await Carla.ActOkAsync(id, "request-information", new { question = "Which period exactly?" });

        var history = await (await Carla.GetAsync($"/api/v1/cases/{id}/history")).OkJsonAsync();
        var view = await Carla.GetStringAsync($"/api/v1/cases/{id}");

        Assert.DoesNotContain("Zqv", history.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain("Zqv", view, StringComparison.Ordinal);
        Assert.DoesNotContain("officer-anna", history.GetRawText(), StringComparison.Ordinal);
        Assert.Equal(["submit", "reject-anonymisation", "submit", "approve-anonymisation", "agenda-frozen", "request-information"],
            history.EnumerateArray().Select(h => h.GetProperty("trigger").GetString()));
        Assert.Equal("Which period exactly?", history.EnumerateArray().Last().GetProperty("motivation").GetString());
        Assert.Equal("IND", history[0].GetProperty("organisation").GetString());
        Assert.Contains("Zqv-reject", await Anna.GetStringAsync($"/api/v1/cases/{id}/history"), StringComparison.Ordinal);
    }

    private async Task ZeroWidthInsideTheVNumberDoesNotHideIt()
    {
        var id = await Anna.CreateCaseAsync(summary: new { title = "Former commander", narrative = "Registered as 30192\u200B83746 on arrival." });

        foreach (var inputs in new object[] { new { }, new { overrideMotivation = "ok" } })
        {
            var refused = await Anna.ActAsync(id, "submit", inputs);
            Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
            Assert.Contains("anonymisation-vault-value", (await refused.JsonAsync()).Codes());
        }
        var stored = await (await Anna.GetAsync($"/api/v1/cases/{id}")).OkJsonAsync();
        Assert.DoesNotContain('\u200B', stored.GetProperty("summary").GetProperty("narrative").GetString()!);
        Assert.Equal("Draft", await Anna.StateAsync(id));
    }

    private async Task AnEditorCannotApproveTheSummaryTheyChanged()
    {
        var id = await Anna.CreateCaseAsync();
        await (await Bram.PutCaseAsync(id, new { summary = new { title = "Commander of a facility, rewritten" } })).OkJsonAsync();
        await Anna.ActOkAsync(id, "submit");

        var editor = await Bram.ActAsync(id, "approve-anonymisation");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, editor.StatusCode);
        Assert.Contains("four-eyes-anonymisation", (await editor.JsonAsync()).Codes());
        Assert.Equal("Queued", (await Cees.ActOkAsync(id, "approve-anonymisation")).GetProperty("state").GetString());
    }

    private async Task WithdrawingADraftTellsOmNothing()
    {
        var id = await Anna.CreateCaseAsync();

        await Anna.ActOkAsync(id, "withdraw", new { motivation = "Zqw: entered by mistake." });

        var notifications = await (await Carla.GetAsync("/api/v1/notifications?limit=200")).OkJsonAsync();
        Assert.DoesNotContain(notifications.EnumerateArray(), n => n.GetProperty("caseId").ValueKind == JsonValueKind.String && n.GetProperty("caseId").GetGuid() == id);
        Assert.DoesNotContain("Zqw", notifications.GetRawText(), StringComparison.Ordinal);
    }

    private async Task PersonalDataAnswersAreNotCached()
    {
        var id = await Anna.CreateCaseAsync();

        var response = await Anna.GetAsync($"/api/v1/cases/{id}/personal-data");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore, response.Headers.CacheControl?.ToString());
        Assert.Contains("no-cache", response.Headers.Pragma.Select(p => p.Name));
    }

    private async Task AnOfficerOutsideTheTeamReadsOnlyByBreakGlass()
    {
        var id = await Anna.CreateCaseAsync();

        var refused = await Bram.GetAsync($"/api/v1/cases/{id}/personal-data");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("break-glass-reason-required", (await refused.JsonAsync()).Codes());
        Assert.DoesNotContain("Qzx", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/cases/{id}/personal-data");
        request.Headers.Add("X-Break-Glass-Reason", "Colleague on leave; hearing tomorrow.");
        var read = await Bram.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        var flagged = await (await _app.Auditor().GetAsync($"/api/v1/audit?caseId={id}&breakGlass=true")).OkJsonAsync();
        var entries = flagged.GetProperty("items").EnumerateArray().ToList();
        Assert.Contains(entries, e => e.GetProperty("outcome").GetString() == "succeeded" && e.GetProperty("actor").GetProperty("id").GetString() == "officer-bram"
                                      && e.GetProperty("motivation").GetString() == "Colleague on leave; hearing tomorrow.");
        Assert.All(entries, e => Assert.Equal("case.personal-data.break-glass", e.GetProperty("action").GetString()));

        Assert.Equal(HttpStatusCode.Forbidden, (await Cees.PostAsJsonAsync($"/api/v1/cases/{id}/team", new { userId = "officer-cees" })).StatusCode);
        var team = await (await Anna.PostAsJsonAsync($"/api/v1/cases/{id}/team", new { userId = "officer-bram" })).OkJsonAsync();
        Assert.Equal(["officer-anna", "officer-bram"], team.EnumerateArray().Select(m => m.GetProperty("userId").GetString()));
        Assert.Equal(HttpStatusCode.OK, (await Bram.GetAsync($"/api/v1/cases/{id}/personal-data")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Carla.GetAsync($"/api/v1/cases/{id}/team")).StatusCode);
    }

    private async Task<Guid> QuestionedCaseAsync()
    {
        var id = await Anna.CreateCaseAsync();
        await Anna.ActOkAsync(id, "submit");
        await Bram.ActOkAsync(id, "approve-anonymisation");
        await _app.Admin().FreezeNextSessionAsync();
        await Carla.ActOkAsync(id, "request-information", new { question = "In which period did the person hold the position?" });
        return id;
    }
}
