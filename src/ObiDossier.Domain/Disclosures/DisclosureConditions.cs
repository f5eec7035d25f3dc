namespace ObiDossier.Domain.Disclosures;

/// <summary>
/// The stable codes of the unmet conditions the legal-basis check reports. Clients, audit entries
/// and tests rely on these strings; add new ones, never rename.
/// </summary>
public static class DisclosureConditions
{
    public const string InterestNotFlagged = "interest-not-flagged";
    public const string LegalBasisMissing = "legal-basis-missing";
    public const string LegalBasisUnknown = "legal-basis-unknown";
    public const string LegalBasisNotInForce = "legal-basis-not-in-force";
    public const string LegalBasisExpired = "legal-basis-expired";
    public const string RecipientNotAllowed = "recipient-not-allowed";
    public const string DataCategoryNotCovered = "data-category-not-covered";
    public const string CriminalCategoryNotCovered = "criminal-category-not-covered";
    public const string NoFieldsReleased = "no-fields-released";
    public const string UnknownField = "unknown-field";
    public const string ApproverNotLegalReviewer = "approver-not-legal-reviewer";
    public const string FourEyes = "four-eyes";
    public const string MotivationMissing = "motivation-missing";
}
