using ObiDossier.Domain.Cases;

namespace ObiDossier.Domain.Anonymisation;

/// <summary>How strictly a vault value must appear in the text to count.</summary>
[Flags]
internal enum TargetRules
{
    None = 0,
    /// <summary>Spelling variants (transliteration) also count.</summary>
    Variants = 1,
    /// <summary>A lone short name part counts only when capitalised in the text ("Said" but not "said").</summary>
    CapitalisedWhenShort = 2,
}

/// <summary>
/// One case's vault turned into lookup keys: each value as its letters and digits without spacing,
/// folded to lowercase ASCII, plus a <see cref="NameSkeleton"/> key for names. Built per scan,
/// never cached, so the vault's values do not outlive the request.
/// </summary>
internal sealed class VaultTargets
{
    /// <summary>Lone name parts shorter than this must be capitalised in the text to count.</summary>
    public const int ShortPartLength = 6;

    // Name particles: flagging every "al" or "van" in a text would bury the real findings.
    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "al", "el", "ul", "ad", "as", "ash", "at", "az", "an", "bin", "ben", "ibn", "bint", "abu", "abou", "ould", "ag",
        "van", "der", "den", "de", "het", "te", "ter", "ten", "la", "le", "di", "da", "du", "dos", "das", "do", "von",
    };

    public Dictionary<string, TargetRules> Exact { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, int> Skeletons { get; } = new(StringComparer.Ordinal);
    public int MaxLength { get; private set; }
    public DateOnly? DateOfBirth { get; private set; }
    public bool IsEmpty => Exact.Count == 0 && DateOfBirth is null;

    public static VaultTargets From(PersonalData vault)
    {
        var targets = new VaultTargets { DateOfBirth = DateMentions.Parse(vault.DateOfBirth) };
        foreach (var name in vault.Aliases.Prepend(vault.FullName))
        {
            if (string.IsNullOrWhiteSpace(name)) continue;
            targets.AddName(name);
            targets.AddInitialsForms(name);
            foreach (var part in name.Split([' ', ',', '\t'], StringSplitOptions.RemoveEmptyEntries))
            {
                targets.AddName(part);
                foreach (var piece in part.Split(['-', '\'', '\u2019', '.'], StringSplitOptions.RemoveEmptyEntries))
                    targets.AddName(piece);
            }
        }
        // Only the town: "Kabul, Afghanistan" must not make every mention of the country a finding.
        if (!string.IsNullOrWhiteSpace(vault.PlaceOfBirth))
            targets.AddName(vault.PlaceOfBirth.Split(',')[0]);
        targets.AddIdentifier(vault.VNumber);
        foreach (var number in vault.DocumentNumbers) targets.AddIdentifier(number);
        if (!string.IsNullOrWhiteSpace(vault.Address)) targets.AddAddress(vault.Address);
        return targets;
    }

    private void AddName(string value)
    {
        var key = Key(value);
        if (key.Length < 2 || Particles.Contains(key)) return;
        var isPart = !value.Trim().Contains(' ', StringComparison.Ordinal);
        if (isPart && key.Length < 3) return;
        var rules = TargetRules.Variants | (isPart && key.Length < ShortPartLength ? TargetRules.CapitalisedWhenShort : 0);
        Add(key, rules);
        if (key.Length < 4 || key.Any(char.IsDigit)) return;
        Span<char> skeleton = stackalloc char[NameSkeleton.MaxLength];
        var n = NameSkeleton.Write(key.AsSpan(0, Math.Min(key.Length, NameSkeleton.MaxLength)), skeleton, out var consonants);
        if (consonants >= 2) Skeletons.TryAdd(new string(skeleton[..n]), key.Length);
        if (!NameSkeleton.MayBeFrench(key)) return;
        n = NameSkeleton.Write(key.AsSpan(0, Math.Min(key.Length, NameSkeleton.MaxLength)), skeleton, out consonants, french: true);
        if (consonants >= 2) Skeletons.TryAdd(new string(skeleton[..n]), key.Length);
    }

    // "G.A. Wardak", "W. Mansour": initials of the given names before the last name. Compared
    // exactly (dots and spaces do not count), so "GA Wardak" matches too.
    private void AddInitialsForms(string name)
    {
        var parts = name.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 2) return;
        var last = Key(parts[^1]);
        var initials = string.Concat(parts[..^1].Select(p => Key(p) is { Length: > 0 } k ? k[..1] : ""));
        if (last.Length < 3) return;
        Add(initials + last, TargetRules.None);
        Add(initials[..1] + last, TargetRules.None);
    }

    private void AddIdentifier(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return;
        var key = Key(value);
        if (key.Length >= 4) Add(key, TargetRules.None);
    }

    // The whole address, each comma-separated part, the street with its number and the postcode;
    // a bare town name is left out on purpose (see README).
    private void AddAddress(string address)
    {
        AddIdentifier(address);
        foreach (var part in address.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var words = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var firstNumber = Array.FindIndex(words, w => w.Length > 0 && char.IsDigit(w[0]));
            if (firstNumber < 0) continue;
            AddIdentifier(part);
            if (firstNumber > 0)
            {
                AddIdentifier(string.Join(' ', words[..(firstNumber + 1)]));
                var street = Key(string.Join(' ', words[..firstNumber]));
                if (street.Length >= ShortPartLength) Add(street, TargetRules.None);
            }
            else if (words.Length >= 2) AddIdentifier(string.Join(' ', words[..2]));
        }
    }

    private void Add(string key, TargetRules rules)
    {
        if (!Exact.TryAdd(key, rules)) Exact[key] &= rules;
        MaxLength = Math.Max(MaxLength, key.Length);
    }

    /// <summary>The letters and digits of a value, folded, without the characters between them.</summary>
    public static string Key(string value)
    {
        Span<char> buffer = value.Length <= 256 ? stackalloc char[value.Length] : new char[value.Length];
        var n = 0;
        foreach (var c in value)
            if (char.IsLetterOrDigit(c)) buffer[n++] = TextFolding.Fold(c);
        return new string(buffer[..n]);
    }
}
