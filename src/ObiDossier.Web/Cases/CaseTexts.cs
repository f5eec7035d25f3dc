using ObiDossier.Domain.Workflows;
using ObiDossier.Infrastructure.Data;
using ObiDossier.Infrastructure.Vault;

namespace ObiDossier.Web.Cases;

/// <summary>
/// Free text that may hold personal data is personal data (README "Personal data, the legal basis and the audit trail"): answers,
/// questions, motivations, remarks and override motivations are stored sealed under the case's
/// data key in the vault, and so is the audit entry's copy. After crypto-shredding, a reader sees
/// that a text existed (<see cref="Removed"/>), never what it said.
/// </summary>
internal sealed class CaseTexts(ObiDossierDbContext db, PersonalDataVault vault)
{
    /// <summary>What a reader sees of a text whose case was crypto-shredded at the end of retention.</summary>
    public const string Removed = "[verwijderd na de bewaartermijn]";

    /// <summary>The text to store; null stays null. A shredded case takes no new text (it is kept as nothing).</summary>
    public string? Seal(Guid caseId, string? text)
    {
        if (text is null) return null;
        try
        {
            return vault.ProtectText(db, caseId, text);
        }
        catch (Exception e) when (e is VaultEntryShreddedException or VaultEntryMissingException)
        {
            return null;
        }
    }

    /// <summary>The sealer of one case's texts, for the effects of its transitions.</summary>
    public ITextSealer For(Guid caseId) => new Sealer(this, caseId);

    private sealed class Sealer(CaseTexts texts, Guid caseId) : ITextSealer
    {
        public string? Seal(string? text) => texts.Seal(caseId, text);
    }

    /// <summary>The stored text as its reader may see it.</summary>
    public string? Open(Guid caseId, string? stored)
    {
        if (stored is null) return null;
        try
        {
            return vault.RevealText(db, caseId, stored);
        }
        catch (Exception e) when (e is VaultEntryShreddedException or VaultEntryMissingException)
        {
            return Removed;
        }
    }
}
