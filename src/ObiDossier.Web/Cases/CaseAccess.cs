using ObiDossier.Domain;
using ObiDossier.Domain.Cases;

namespace ObiDossier.Web.Cases;

/// <summary>Who may see which case. A case the caller may not see does not exist for them (404).</summary>
internal static class CaseAccess
{
    /// <summary>OM sees a case only once it has been on an agenda; IND roles and auditors see every case.</summary>
    public static IQueryable<CaseEntity> VisibleTo(this IQueryable<CaseEntity> cases, Actor actor) => actor.Role switch
    {
        Roles.OmProsecutor => cases.Where(c => c.SessionId != null),
        Roles.IndOfficer or Roles.LegalReviewer or Roles.Admin or Roles.Auditor => cases,
        _ => cases.Where(_ => false),
    };

    public static bool CanSee(this Actor actor, CaseEntity c) => actor.Role switch
    {
        Roles.OmProsecutor => c.SessionId is not null,
        Roles.IndOfficer or Roles.LegalReviewer or Roles.Admin or Roles.Auditor => true,
        _ => false,
    };

    /// <summary>The OM audience: everything it reads is built by <see cref="OmProjection"/>.</summary>
    public static bool IsOm(this Actor actor) => actor.Role == Roles.OmProsecutor;

    /// <summary>IND-side details (scanner findings, override motivations) are not shown to OM.</summary>
    public static bool IsInd(this Actor actor) => actor.Organisation == Organisations.Ind && actor.Role != Roles.OmProsecutor;
}
