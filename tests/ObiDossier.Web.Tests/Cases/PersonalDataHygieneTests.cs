using System.Text;

namespace ObiDossier.Web.Tests.Cases;

/// <summary>Personal data appear in clear nowhere but the answer to an authorised read.</summary>
public sealed class PersonalDataHygieneTests
{
    [Fact]
    public async Task No_personal_data_in_clear_in_the_data_folder_in_logs_or_in_answers_to_a_non_recipient()
    {
        const string marker = "Wyv";
        using var app = new ObiDossierApplication();
        var officer = app.Officer();
        var id = await officer.CreateCaseAsync(personalData: TestData.PersonalData(marker));
        await officer.ActOkAsync(id, "submit");
        await app.SecondOfficer().ActOkAsync(id, "approve-anonymisation");
        await app.Admin().FreezeNextSessionAsync();
        await app.Prosecutor().ActOkAsync(id, "flag-interest", new { motivation = "Interest." });
        await officer.ActOkAsync(id, "draft-report", new { legalBasisCode = "SV-162", releasedFields = new[] { "fullName", "vNumber", "documentNumbers" } });
        await app.Reviewer().ActOkAsync(id, "approve-disclosure", new { motivation = "Holds." });
        await (await app.Prosecutor().GetAsync($"/api/v1/cases/{id}/personal-data")).OkJsonAsync();
        await (await officer.GetAsync($"/api/v1/cases/{id}/personal-data")).OkJsonAsync();
        await (await app.Auditor().GetAsync("/api/v1/audit/verify")).OkJsonAsync();

        // Everything a prosecutor who is not a recipient can ask for about this case.
        var stranger = app.Prosecutor("p-not-a-recipient");
        var strangerSaw = new StringBuilder();
        foreach (var path in new[] { $"/api/v1/cases/{id}", $"/api/v1/cases/{id}/history", $"/api/v1/cases/{id}/personal-data", "/api/v1/cases", "/api/v1/sessions" })
            strangerSaw.Append(await (await stranger.GetAsync(path)).Content.ReadAsStringAsync());
        strangerSaw.Append(await (await stranger.ActAsync(id, "acknowledge-receipt")).Content.ReadAsStringAsync());

        var files = Directory.GetFiles(app.DataDir, "*", SearchOption.AllDirectories);
        Assert.NotEmpty(files);
        var leaks = new List<string>();
        foreach (var file in files)
        {
            var bytes = await File.ReadAllBytesAsync(file);
            foreach (var value in TestData.Markers(marker))
                if (Contains(bytes, Encoding.UTF8.GetBytes(value)) || Contains(bytes, Encoding.Unicode.GetBytes(value)))
                    leaks.Add($"{Path.GetRelativePath(app.DataDir, file)} holds a personal-data value");
        }
        foreach (var line in app.Logs)
            foreach (var value in TestData.Markers(marker))
                if (line.Contains(value, StringComparison.OrdinalIgnoreCase)) leaks.Add("a log line holds a personal-data value");

        foreach (var value in TestData.Markers(marker))
            if (strangerSaw.ToString().Contains(value, StringComparison.OrdinalIgnoreCase)) leaks.Add("a response to a non-recipient holds a personal-data value");

        Assert.Empty(leaks);
        Assert.NotEmpty(app.Logs);
    }

    private static bool Contains(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle) >= 0;
}
