using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using ObiDossier.Domain.Cases;
using ObiDossier.Infrastructure.Data;
using ObiDossier.Infrastructure.LegalBases;

namespace ObiDossier.Web.Cases;

/// <summary>
/// The queries that load a case's aggregate, compiled (<see cref="EF.CompileAsyncQuery{TContext,TParam1,TResult}(System.Linq.Expressions.Expression{Func{TContext,TParam1,CancellationToken,TResult}})"/>)
/// so that a command skips EF Core's per-call walk of the expression tree and the lookup in its
/// query cache (README, Benchmarks). A compiled query keeps the executor of the first context it
/// ran on, i.e. of that context's provider: one process may use two providers (the test suite
/// runs SQLite and PostgreSQL side by side), so there is one set per EF model, and each
/// provider has a model of its own.
/// </summary>
internal sealed class CaseQueries
{
    private static readonly ConditionalWeakTable<IModel, CaseQueries> ByModel = new();

    /// <summary>The compiled queries of <paramref name="db"/>'s model.</summary>
    public static CaseQueries For(DbContext db) => ByModel.GetValue(db.Model, static _ => new CaseQueries());

    /// <summary>The case row, tracked.</summary>
    public Func<ObiDossierDbContext, Guid, CancellationToken, Task<CaseEntity?>> Case { get; } = EF.CompileAsyncQuery(
        (ObiDossierDbContext db, Guid id, CancellationToken ct) => db.Set<CaseEntity>().FirstOrDefault(x => x.Id == id));

    /// <summary>The prosecutors' interests, oldest first, never tracked (<see cref="CaseStore.CompleteAsync"/> says why).</summary>
    public Func<ObiDossierDbContext, Guid, IAsyncEnumerable<CaseInterestEntity>> Interests { get; } = EF.CompileAsyncQuery<ObiDossierDbContext, Guid, CaseInterestEntity>(
        (ObiDossierDbContext db, Guid id) => db.Set<CaseInterestEntity>().AsNoTracking().Where(i => i.CaseId == id).OrderBy(i => i.At));

    public Func<ObiDossierDbContext, Guid, IAsyncEnumerable<CaseQuestionEntity>> Questions { get; } = EF.CompileAsyncQuery(
        (ObiDossierDbContext db, Guid id) => db.Set<CaseQuestionEntity>().Where(q => q.CaseId == id));

    public Func<ObiDossierDbContext, Guid, IAsyncEnumerable<CaseQuestionEntity>> QuestionsUntracked { get; } = EF.CompileAsyncQuery(
        (ObiDossierDbContext db, Guid id) => db.Set<CaseQuestionEntity>().AsNoTracking().Where(q => q.CaseId == id));

    /// <summary>The disclosures a command can touch, in one round trip: the one under review and the approved ones.</summary>
    public Func<ObiDossierDbContext, Guid, IAsyncEnumerable<DisclosureEntity>> Disclosures { get; } = EF.CompileAsyncQuery(
        (ObiDossierDbContext db, Guid id) => db.Set<DisclosureEntity>()
            .Where(d => d.CaseId == id && (d.Status == DisclosureStatus.InReview || d.Status == DisclosureStatus.Approved)));

    public Func<ObiDossierDbContext, Guid, IAsyncEnumerable<DisclosureEntity>> DisclosuresUntracked { get; } = EF.CompileAsyncQuery(
        (ObiDossierDbContext db, Guid id) => db.Set<DisclosureEntity>().AsNoTracking()
            .Where(d => d.CaseId == id && (d.Status == DisclosureStatus.InReview || d.Status == DisclosureStatus.Approved)));

    /// <summary>The registry entry a disclosure cites, never tracked.</summary>
    public Func<ObiDossierDbContext, string, CancellationToken, Task<LegalBasis?>> Basis { get; } = EF.CompileAsyncQuery(
        (ObiDossierDbContext db, string code, CancellationToken ct) => db.Set<LegalBasis>().AsNoTracking().FirstOrDefault(b => b.Code == code));
}
