using System.Globalization;
using System.Text.RegularExpressions;

namespace ObiDossier.Domain.Obi;

/// <summary>
/// Checks a reporter's contact: a name and at least one way to call back. Problems carry the field
/// path (<c>reporter.phone</c>) as first argument; messages never repeat a value.
/// </summary>
public static partial class ReporterContactValidation
{
    public const int MaxNameLength = 200;
    public const int MaxPhoneLength = 32;
    public const int MaxEmailLength = 254;

    public static IReadOnlyList<UnmetCondition> Validate(ReporterContact? reporter)
    {
        if (reporter is null)
            return [new UnmetCondition("input-required", "The reporter's contact is required (it stays in the vault of the intake organisation).") { Arguments = ["reporter"] }];
        var problems = new List<UnmetCondition>();

        if (string.IsNullOrWhiteSpace(reporter.Name)) Add("input-required", ReporterContactFields.Name, "is required.");
        else Length(reporter.Name, ReporterContactFields.Name, MaxNameLength);

        if (string.IsNullOrWhiteSpace(reporter.Phone) && string.IsNullOrWhiteSpace(reporter.Email))
            problems.Add(new UnmetCondition("reporter-contact-required", "Give a phone number or an e-mail address, so the intake can call the reporter back.") { Arguments = ["reporter"] });

        if (!string.IsNullOrWhiteSpace(reporter.Phone) && Length(reporter.Phone, ReporterContactFields.Phone, MaxPhoneLength))
        {
            var digits = reporter.Phone.Count(char.IsAsciiDigit);
            if (!PhonePattern().IsMatch(reporter.Phone) || digits is < 8 or > 15)
                Add("invalid-phone", ReporterContactFields.Phone, "must be a phone number: 8 to 15 digits, with +, spaces, dashes or brackets only.");
        }
        if (!string.IsNullOrWhiteSpace(reporter.Email) && Length(reporter.Email, ReporterContactFields.Email, MaxEmailLength)
            && !EmailPattern().IsMatch(reporter.Email))
            Add("invalid-email", ReporterContactFields.Email, "must be an e-mail address.");
        return problems;

        bool Length(string value, string field, int max)
        {
            if (value.Length > max)
            {
                problems.Add(new UnmetCondition("input-too-long", $"'reporter.{field}' is longer than {max} characters.")
                    { Arguments = ["reporter." + field, max.ToString(CultureInfo.InvariantCulture)] });
                return false;
            }
            if (value.Any(char.IsControl))
            {
                Add("input-control-characters", field, "holds control characters.");
                return false;
            }
            return true;
        }

        void Add(string code, string field, string message) =>
            problems.Add(new UnmetCondition(code, $"'reporter.{field}' {message}") { Arguments = ["reporter." + field] });
    }

    [GeneratedRegex(@"^\+?[0-9 ()\-.]+$")]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailPattern();
}
