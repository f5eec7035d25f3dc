using ObiDossier.Domain.Anonymisation;
using ObiDossier.Domain.Cases;

namespace ObiDossier.Domain.Obi;

/// <summary>
/// How the intake organisation can call the reporter back (<c>reporter</c> in <c>POST /obi/signals</c>).
/// Lives only in the vault, readable by the intake organisation, shredded after
/// <see cref="ObiSettings.ReporterRetentionDaysKey"/>; never logged, never in an exception, URL or
/// audit entry. <see cref="ToString"/> is redacted on purpose.
/// </summary>
public sealed record ReporterContact
{
    public string? Name { get; init; }
    public string? Phone { get; init; }
    public string? Email { get; init; }

    public override string ToString() => "ReporterContact { [redacted] }";

    /// <summary>Every value with its field name, for the processing log (names only) and for encryption.</summary>
    public IEnumerable<(string Field, string Value)> Values()
    {
        if (!string.IsNullOrWhiteSpace(Name)) yield return (ReporterContactFields.Name, Name);
        if (!string.IsNullOrWhiteSpace(Phone)) yield return (ReporterContactFields.Phone, Phone);
        if (!string.IsNullOrWhiteSpace(Email)) yield return (ReporterContactFields.Email, Email);
    }

    /// <summary>The names of the fields that hold a value: what a processing of these data touches.</summary>
    public IReadOnlyList<string> FieldNames() => [.. Values().Select(v => v.Field)];

    /// <summary>
    /// The reporter's values in the shape <see cref="AnonymisationScanner.Scan"/> takes as "this
    /// record's own vault", so that the reporter's name (whole, any part, initials, spelling
    /// variants), phone number (in its national, international and 00 forms) and a distinctive
    /// e-mail user name in a signal's text are <see cref="FindingKinds.VaultValue"/> findings, which
    /// the anonymisation guard never lets an officer override. Build it per scan and drop it.
    /// </summary>
    public PersonalData ToScannerVault() => new()
    {
        FullName = string.IsNullOrWhiteSpace(Name) ? null : Name,
        DocumentNumbers = [.. PhoneForms(Phone), .. EmailUserName(Email)],
    };

    /// <summary>The forms a Dutch or international number is written in, as digit strings (the scanner ignores spacing).</summary>
    internal static IEnumerable<string> PhoneForms(string? phone)
    {
        if (string.IsNullOrWhiteSpace(phone)) yield break;
        var digits = new string([.. phone.Where(char.IsAsciiDigit)]);
        string international;
        if (digits.StartsWith("00", StringComparison.Ordinal)) international = digits[2..];
        else if (phone.TrimStart().StartsWith('+')) international = digits;
        else if (digits.StartsWith('0')) international = "31" + digits[1..];
        else international = digits;
        if (international.Length < 6) yield break;

        yield return international;
        yield return "00" + international;
        if (!international.StartsWith("31", StringComparison.Ordinal)) yield break;
        var subscriber = international[2..].TrimStart('0');
        yield return "0" + subscriber;
        yield return "310" + subscriber;
        // "+31 (0)6 …": the brackets split the number, so its last part must count on its own.
        yield return subscriber;
    }

    // Only a distinctive user name (6+ letters and digits): "info" or "mail" would flag ordinary
    // words that no officer could then override. The whole address is an e-mail finding anyway.
    private static IEnumerable<string> EmailUserName(string? email)
    {
        var at = email?.IndexOf('@', StringComparison.Ordinal) ?? -1;
        if (at <= 0) yield break;
        var user = email![..at];
        if (user.Count(char.IsLetterOrDigit) >= 6) yield return user;
    }
}

/// <summary>The field names of <see cref="ReporterContact"/> in the API (under <c>reporter</c>).</summary>
public static class ReporterContactFields
{
    public const string Name = "name";
    public const string Phone = "phone";
    public const string Email = "email";

    public static readonly IReadOnlyList<string> All = [Name, Phone, Email];
}
