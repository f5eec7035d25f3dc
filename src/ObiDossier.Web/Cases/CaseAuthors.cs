using ObiDossier.Domain.Cases;

namespace ObiDossier.Web.Cases;

/// <summary>Keeps the set of a summary's authors (four eyes means every author: README, "Roles", never a summary they wrote, changed or submitted).</summary>
internal static class CaseAuthors
{
    public static void AddSummaryAuthor(this CaseEntity c, string actorId)
    {
        if (!c.SummaryAuthorIds.Contains(actorId, StringComparer.Ordinal)) c.SummaryAuthorIds = [.. c.SummaryAuthorIds, actorId];
    }
}
