using System.Net;
using System.Text.Json;

namespace ObiDossier.Web.Tests.Security;

/// <summary>Many clients firing conflicting triggers: exactly one winner each time, the rest 409, no lost update.</summary>
public sealed class ConcurrencyTests : IClassFixture<ObiDossierApplication>
{
    private readonly ObiDossierApplication _app;

    public ConcurrencyTests(ObiDossierApplication app) => _app = app;

    [Fact]
    public async Task Conflicting_triggers_on_one_case_leave_exactly_one_winner()
    {
        var officer = _app.Officer();
        var ids = new List<Guid>();
        for (var i = 0; i < 6; i++)
        {
            var id = await officer.CreateCaseAsync();
            await officer.ActOkAsync(id, "submit");
            await _app.SecondOfficer().ActOkAsync(id, "approve-anonymisation");
            ids.Add(id);
        }
        await _app.Admin().FreezeNextSessionAsync();

        foreach (var id in ids)
        {
            // Four prosecutors race from OnAgenda to three different states. Each trigger is possible
            // only from OnAgenda (a second flag-interest needs another state and another prosecutor),
            // so even a racer that reads the case late cannot win a second time.
            var racers = new (HttpClient Client, string Trigger, object Inputs)[]
            {
                (_app.Prosecutor("p-1"), "flag-interest", new { motivation = "Ours." }),
                (_app.Prosecutor("p-2"), "decline-interest", new { motivation = "Not ours." }),
                (_app.Prosecutor("p-3"), "request-information", new { question = "Which period?" }),
                (_app.Prosecutor("p-4"), "decline-interest", new { motivation = "Not ours either." }),
            };
            var responses = await Task.WhenAll(racers.Select(r => Task.Run(() => r.Client.ActAsync(id, r.Trigger, r.Inputs))));

            var codes = responses.Select(r => r.StatusCode).ToList();
            Assert.Equal(1, codes.Count(c => c == HttpStatusCode.OK));
            Assert.All(codes.Where(c => c != HttpStatusCode.OK), c => Assert.Equal(HttpStatusCode.Conflict, c));

            var winner = await responses.Single(r => r.StatusCode == HttpStatusCode.OK).JsonAsync();
            var history = (await (await officer.GetAsync($"/api/v1/cases/{id}/history")).OkJsonAsync()).EnumerateArray().ToList();
            var fromAgenda = Assert.Single(history, h => h.GetProperty("from").GetString() == "OnAgenda");
            Assert.Equal(winner.GetProperty("trigger").GetString(), fromAgenda.GetProperty("trigger").GetString());
            Assert.Equal(winner.GetProperty("state").GetString(), await officer.StateAsync(id));
        }

        var verify = await (await _app.Auditor().GetAsync("/api/v1/audit/verify")).OkJsonAsync();
        Assert.True(verify.GetProperty("valid").GetBoolean());
    }

    [Fact]
    public async Task Concurrent_edits_of_one_draft_with_the_same_etag_leave_exactly_one_winner()
    {
        var officer = _app.Officer();
        var id = await officer.CreateCaseAsync();
        var etag = (await officer.GetAsync($"/api/v1/cases/{id}")).Headers.ETag!.Tag;

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(async () =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/cases/{id}")
            {
                Content = new StringContent(JsonSerializer.Serialize(new { summary = new { title = $"Edit {i}" } }), System.Text.Encoding.UTF8, "application/json"),
            };
            request.Headers.TryAddWithoutValidation("If-Match", etag);
            return await _app.Officer($"editor-{i}").SendAsync(request);
        })));

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.OK), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
        var view = await (await officer.GetAsync($"/api/v1/cases/{id}")).OkJsonAsync();
        Assert.Equal(2, view.GetProperty("version").GetInt64());
    }
}
