using ObiDossier.Domain;
using ObiDossier.Domain.Workflows;
using ObiDossier.Web.Cases;
using ObiDossier.Web.Sessions;

namespace ObiDossier.Web.Jobs;

/// <summary>
/// Fires triggers as <see cref="Actor.System"/> through the same commands the endpoints use, each
/// in its own scope (own unit of work), so one refused or conflicting item does not stop the rest.
/// </summary>
internal sealed class SystemActions(IServiceScopeFactory scopes)
{
    /// <summary>Returns how many of the cases moved; a refusal (e.g. changed meanwhile) is audited and skipped.</summary>
    public async Task<int> FireOnCasesAsync(IEnumerable<Guid> ids, string trigger, CancellationToken ct)
    {
        var moved = 0;
        foreach (var id in ids)
        {
            await using var scope = scopes.CreateAsyncScope();
            var result = await scope.ServiceProvider.GetRequiredService<CaseCommands>()
                .FireAsync(id, trigger, TriggerInputs.None, Actor.System, null, ct, bySystem: true);
            if (result.Error is null) moved++;
        }
        return moved;
    }

    /// <summary>Returns how many of the sessions moved.</summary>
    public async Task<int> FireOnSessionsAsync(IEnumerable<Guid> ids, string trigger, CancellationToken ct)
    {
        var moved = 0;
        foreach (var id in ids)
        {
            await using var scope = scopes.CreateAsyncScope();
            var result = await scope.ServiceProvider.GetRequiredService<SessionCommands>().FireAsync(id, trigger, Actor.System, ct, bySystem: true);
            if (result.Error is null) moved++;
        }
        return moved;
    }
}
