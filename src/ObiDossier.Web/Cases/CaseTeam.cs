using Microsoft.EntityFrameworkCore;
using ObiDossier.Domain;
using ObiDossier.Infrastructure.Audit;
using ObiDossier.Infrastructure.Data;
using ObiDossier.Web.Commands;
using ObiDossier.Domain.Cases;

namespace ObiDossier.Web.Cases;

public sealed record TeamMemberDto(string UserId, string DisplayName, string AddedById, DateTimeOffset AddedAt);

/// <summary><c>POST /cases/{id}/team</c>: the IND officer to add (by user id; the name is shown to colleagues).</summary>
public sealed record AddTeamMemberRequest(string? UserId, string? DisplayName);

/// <summary>
/// Need to know inside IND (README "Personal data, the legal basis and the audit trail"): a case's team is its author plus the officers a
/// member or an admin added. Members read the case's personal data; another IND officer only by
/// break-glass (<see cref="PersonalDataReader"/>). Every change is audited; a refusal too.
/// </summary>
internal sealed class CaseTeam(UnitOfWork unit, TimeProvider clock)
{
    private ObiDossierDbContext db => unit.Db;

    private const int MaxIdLength = 128;

    public static CaseTeamMemberEntity Founder(CaseEntity c, Actor author) => new()
    {
        CaseId = c.Id, UserId = author.Id, DisplayName = author.DisplayName, AddedById = author.Id, AddedAt = c.CreatedAt,
    };

    public Task<bool> IsMemberAsync(Guid caseId, string userId, CancellationToken ct) =>
        db.Set<CaseTeamMemberEntity>().AnyAsync(m => m.CaseId == caseId && m.UserId == userId, ct);

    public async Task<CommandResult<List<TeamMemberDto>>> ListAsync(Guid caseId, Actor actor, CancellationToken ct)
    {
        var c = await db.Set<CaseEntity>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == caseId, ct);
        if (c is null || !actor.CanSee(c) || !actor.IsInd()) return CommandError.NotFound("Case");
        return await MembersAsync(caseId, ct);
    }

    public async Task<CommandResult<List<TeamMemberDto>>> AddAsync(Guid caseId, AddTeamMemberRequest request, Actor actor, CancellationToken ct)
    {
        const string action = "case.team.add";
        var refusal = await CheckManagerAsync(caseId, actor, action, ct);
        if (refusal is not null) return refusal;
        var userId = request.UserId?.Trim();
        if (string.IsNullOrEmpty(userId) || userId.Length > MaxIdLength || userId.Any(char.IsControl))
            return await RefuseAsync(actor, action, caseId, CommandError.Invalid("userId: an IND officer's user id is required.", [new("invalid-userId", "userId: an IND officer's user id is required.")]), ct);
        if (await IsMemberAsync(caseId, userId, ct))
            return await RefuseAsync(actor, action, caseId, new CommandError(StatusCodes.Status409Conflict, "Already a member of this case's team.", [new("already-member", "Already a member of this case's team.")]), ct);

        var name = string.IsNullOrWhiteSpace(request.DisplayName) ? userId : request.DisplayName.Trim()[..Math.Min(request.DisplayName.Trim().Length, 200)];
        db.Add(new CaseTeamMemberEntity { CaseId = caseId, UserId = userId, DisplayName = name, AddedById = actor.Id, AddedAt = clock.GetUtcNow() });
        unit.Audit(new AuditRecord(actor, action, "case", caseId.ToString(), caseId, AuditOutcome.Succeeded, 201, ChangedFields: ["team"]));
        // A concurrent change of the same member collides on its key: that racer lost.
        if (await unit.SaveAsync("case team", ct, () => Task.FromResult(true)) is { } error) return await RefuseAsync(actor, action, caseId, error, ct);
        return await MembersAsync(caseId, ct);
    }

    public async Task<CommandResult<List<TeamMemberDto>>> RemoveAsync(Guid caseId, string userId, Actor actor, CancellationToken ct)
    {
        const string action = "case.team.remove";
        var refusal = await CheckManagerAsync(caseId, actor, action, ct);
        if (refusal is not null) return refusal;
        var members = await db.Set<CaseTeamMemberEntity>().Where(m => m.CaseId == caseId).ToListAsync(ct);
        var member = members.FirstOrDefault(m => m.UserId == userId);
        if (member is null) return await RefuseAsync(actor, action, caseId, CommandError.NotFound("Team member"), ct);
        if (members.Count == 1)
            return await RefuseAsync(actor, action, caseId, new CommandError(StatusCodes.Status409Conflict, "A case keeps at least one team member.", [new("last-member", "A case keeps at least one team member.")]), ct);

        db.Remove(member);
        unit.Audit(new AuditRecord(actor, action, "case", caseId.ToString(), caseId, AuditOutcome.Succeeded, 200, ChangedFields: ["team"]));
        // A concurrent change of the same member collides on its key: that racer lost.
        if (await unit.SaveAsync("case team", ct, () => Task.FromResult(true)) is { } error) return await RefuseAsync(actor, action, caseId, error, ct);
        return await MembersAsync(caseId, ct);
    }

    /// <summary>A team member (an IND officer) or an admin manages the team; for anyone else the case is refused.</summary>
    private async Task<CommandError?> CheckManagerAsync(Guid caseId, Actor actor, string action, CancellationToken ct)
    {
        var c = await db.Set<CaseEntity>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == caseId, ct);
        if (c is null || !actor.CanSee(c) || !actor.IsInd()) return await RefuseAsync(actor, action, caseId, CommandError.NotFound("Case"), ct);
        if (actor.Role == Roles.Admin || (actor.Role == Roles.IndOfficer && await IsMemberAsync(caseId, actor.Id, ct))) return null;
        return await RefuseAsync(actor, action, caseId, new CommandError(StatusCodes.Status403Forbidden,
            "Only a member of the case's team or an admin changes the team.", [new("not-team-member", "Only a member of the case's team or an admin changes the team.")]), ct);
    }

    private Task<CommandError> RefuseAsync(Actor actor, string action, Guid caseId, CommandError error, CancellationToken ct) =>
        unit.RefuseAsync(new RefusalRecord(actor, action, "case", caseId.ToString(), caseId), error, ct);

    private async Task<List<TeamMemberDto>> MembersAsync(Guid caseId, CancellationToken ct) =>
        await db.Set<CaseTeamMemberEntity>().AsNoTracking().Where(m => m.CaseId == caseId).OrderBy(m => m.AddedAt).ThenBy(m => m.UserId)
            .Select(m => new TeamMemberDto(m.UserId, m.DisplayName, m.AddedById, m.AddedAt)).ToListAsync(ct);
}
