using ObiDossier.Domain.Cases;

namespace ObiDossier.Web.Cases;

/// <summary>Keeps the set of a summary's authors (DESIGN.md section 8: four eyes means every author).</summary>
internal static class CaseAuthors
{
    public static void AddSummaryAuthor(this CaseEntity c, string actorId)
    {
        if (!c.SummaryAuthorIds.Contains(actorId, StringComparer.Ordinal)) c.SummaryAuthorIds = [.. c.SummaryAuthorIds, actorId];
    }
}
