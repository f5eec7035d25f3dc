using ObiDossier.Web.Audit;
using ObiDossier.Web.Cases;
using ObiDossier.Web.LegalBases;
using ObiDossier.Web.ProcessingLog;
using ObiDossier.Web.Sessions;

namespace ObiDossier.Web.Hosting;

/// <summary>
/// The read models: each feature's queries, shared by its API routes and its pages, so that both
/// answer from the same code with the same visibility rules. Page models take these, never the
/// database context.
/// </summary>
internal static class ReadModelRegistration
{
    public static IServiceCollection AddReadModels(this IServiceCollection services) => services
        .AddScoped<VisibleCases>()
        .AddScoped<SessionReads>()
        .AddScoped<LegalBasisReads>()
        .AddScoped<ProcessingLogReads>()
        .AddScoped<AuditTrailReads>();
}
