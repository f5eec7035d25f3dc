using Microsoft.EntityFrameworkCore;
using ObiDossier.Domain;
using ObiDossier.Domain.Cases;
using ObiDossier.Domain.Disclosures;
using ObiDossier.Infrastructure.LegalBases;
using ObiDossier.Infrastructure.Tests.Vault;

namespace ObiDossier.Infrastructure.Tests.LegalBases;

public sealed class LegalBasisRegistryTests : IDisposable
{
    private static readonly DateOnly Today = new(2026, 5, 14);
    private readonly TempDataDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Seeding_inserts_the_design_bases_once_and_keeps_admin_corrections()
    {
        await using (var db = _dir.NewContext())
            Assert.Equal(6, await LegalBasisSeeder.SeedAsync(db));

        await using (var db = _dir.NewContext())
        {
            var sv160 = await db.Set<LegalBasis>().SingleAsync(b => b.Code == "SV-160");
            sv160.Description = "Corrected by an admin.";
            sv160.Touch();
            db.Remove(await db.Set<LegalBasis>().SingleAsync(b => b.Code == "AVG-6-1-E"));
            await db.SaveChangesAsync();
        }

        await using (var db = _dir.NewContext())
            Assert.Equal(1, await LegalBasisSeeder.SeedAsync(db));

        await using (var db = _dir.NewContext())
        {
            Assert.Equal(6, await db.Set<LegalBasis>().CountAsync());
            Assert.Equal("Corrected by an admin.", (await db.Set<LegalBasis>().SingleAsync(b => b.Code == "SV-160")).Description);
        }
    }

    [Fact]
    public async Task Lists_round_trip_through_their_json_columns()
    {
        await using (var db = _dir.NewContext())
            await LegalBasisSeeder.SeedAsync(db);

        await using (var db = _dir.NewContext())
        {
            var sv162 = await db.Set<LegalBasis>().AsNoTracking().SingleAsync(b => b.Code == "SV-162");
            Assert.Equal([Organisations.Om], sv162.RecipientOrganisations);
            Assert.Equal([DataCategories.Identity, DataCategories.Identifiers, DataCategories.Criminal], sv162.DataCategories);

            var json = await db.Database.SqlQueryRaw<string>(
                "SELECT DataCategories AS Value FROM LegalBases WHERE Code = 'SV-160'").SingleAsync();
            Assert.Equal("[\"identity\",\"criminal\"]", json);
        }
    }

    [Fact]
    public async Task A_concurrent_edit_of_the_same_basis_conflicts()
    {
        await using (var db = _dir.NewContext())
            await LegalBasisSeeder.SeedAsync(db);

        await using var first = _dir.NewContext();
        await using var second = _dir.NewContext();
        var a = await first.Set<LegalBasis>().SingleAsync(b => b.Code == "SV-162");
        var b = await second.Set<LegalBasis>().SingleAsync(b => b.Code == "SV-162");
        a.Title = "A";
        a.Touch();
        b.Title = "B";
        b.Touch();
        await first.SaveChangesAsync();

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
    }

    [Theory]
    [InlineData("AVG-10-UAVG-22", new[] { DisclosureConditions.RecipientNotAllowed, DisclosureConditions.DataCategoryNotCovered, DisclosureConditions.DataCategoryNotCovered })]
    [InlineData("AVG-6-1-E", new[] { DisclosureConditions.CriminalCategoryNotCovered })]
    [InlineData("VW-1F-OM", new[] { DisclosureConditions.LegalBasisNotInForce })]
    [InlineData("SV-160", new[] { DisclosureConditions.DataCategoryNotCovered })]
    [InlineData("SV-162", new string[0])]
    public async Task The_seeded_bases_behave_as_the_design_says(string code, string[] expected)
    {
        await using (var db = _dir.NewContext())
            await LegalBasisSeeder.SeedAsync(db);

        await using var read = _dir.NewContext();
        var facts = await LegalBasisQueries.FindFactsAsync(read, code);
        Assert.NotNull(facts);

        var unmet = LegalBasisCheck.DraftCheck(new DisclosureDraftContext(
            InterestFlagged: true,
            LegalBasisCode: code,
            Basis: facts,
            RecipientOrganisation: Organisations.Om,
            ReleasedFields: [PersonalDataFields.FullName, PersonalDataFields.DateOfBirth, PersonalDataFields.VNumber],
            Today: Today));

        Assert.Equal(expected, unmet.Select(u => u.Code));
    }

    [Fact]
    public async Task An_unregistered_code_has_no_facts()
    {
        await using var db = _dir.NewContext();
        Assert.Null(await LegalBasisQueries.FindFactsAsync(db, "NOPE"));
        Assert.Null(await LegalBasisQueries.FindFactsAsync(db, null));
    }
}
