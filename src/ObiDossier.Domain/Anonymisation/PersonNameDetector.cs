using System.Text.RegularExpressions;

namespace ObiDossier.Domain.Anonymisation;

/// <summary>
/// Finds names of people other than the data subject, by three cues (README: what it misses):
/// a title, rank, role or kinship word before capitalised words ("kolonel Hamid Zubaidi",
/// "his brother Karim"); a given name from <see cref="NameLexicon.GivenNames"/>; or an Arabic
/// name particle between or before capitalised words ("Hamid al-Zubaidi", "Abu Bakr").
/// A name runs over capitalised words, initials and particles and stops at anything else.
/// </summary>
internal static partial class PersonNameDetector
{
    private const int MaxWords = 6;
    private const int TitleWindow = 48;

    [GeneratedRegex(
        @"\b(?:de\s+heer|heer|meneer|mevrouw|mevr\.|mw\.|dhr\.|mr\.?|mrs\.?|ms\.?|miss|dr\.?|prof\.|drs\.|ir\.|sir|" +
        @"sheikh|sjeik|imam|mullah|mollah|emir|haji|hadji|" +
        @"(?:brigade|luitenant-|generaal-)?generaal|general|brigadier|kolonel|luitenant-kolonel|colonel|lieutenant|luitenant|" +
        @"captain|kapitein|kapetan|majoor|major|gen\.|maj\.|col\.|lt\.|capt\.|brig\.|sgt\.|cdt\.|sergeant|korporaal|corporal|commandant|commander|comandante|minister|president|" +
        @"premier|gouverneur|governor|judge|rechter|broer|zus|zuster|vader|moeder|oom|tante|neef|nicht|zoon|dochter|" +
        @"echtgenoot|echtgenote|brother|sister|father|mother|uncle|aunt|cousin|son|daughter|husband|wife|genaamd|" +
        @"bijgenaamd|named|called|alias|aka|a\.k\.a\.|getuige|witness|vriend|friend|collega|colleague|chef|chief|" +
        @"leider|leader|superior|meerdere|warlord|krijgsheer|buurman|buurvrouw|neighbour|neighbor|burgemeester|bourgmestre|mayor|zekere|certain)(?=[\s,:]+(?-i:\p{Lu}))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Trigger();

    [GeneratedRegex(@"\b(?:(?:[Aa]l|[Ee]l|[Aa]bu|[Aa]bou|[Bb]in|[Ii]bn)[\- ]\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+ (?:al|el|bin|ibn|ben|ould)[\- ]\p{Lu}\p{Ll}+)",
        RegexOptions.CultureInvariant)]
    private static partial Regex ParticleName();

    public static void Find(string text, List<Token> tokens, List<AnonymisationFinding> findings)
    {
        foreach (var m in Trigger().EnumerateMatches(text))
        {
            var at = SkipSeparators(text, m.Index + m.Length);
            // "his superior, Colonel Hamid …", "Maj. Gen. Adnan …": titles may pile up before the name.
            // Only the next few characters are searched: Match(text, at) alone would scan to the end of the text each time.
            for (var more = 0; more < 3 && Trigger().Match(text, at, Math.Min(TitleWindow, text.Length - at)) is { Success: true } title
                && title.Index == at; more++)
                at = SkipSeparators(text, title.Index + title.Length);
            AddSequence(text, at, findings);
        }
        foreach (var token in tokens)
        {
            // Inside a compound ("Mazar-i-Sharif") a given name is part of something else.
            if (!token.Capitalised || token.HasDigit || (token.Start > 0 && text[token.Start - 1] == '-')) continue;
            if (NameLexicon.Contains(NameLexicon.GivenNames, text.AsSpan(token.Start, token.Length)))
                AddSequence(text, token.Start, findings);
        }
        foreach (var m in ParticleName().EnumerateMatches(text)) AddSequence(text, m.Index, findings);
        FindLaterMentions(text, tokens, findings);
    }

    // "Colonel Hamid al-Zubaidi … Zubaidi later fled": once a name is found, its words are names
    // wherever they stand capitalised in the same text, even without a cue.
    private static void FindLaterMentions(string text, List<Token> tokens, List<AnonymisationFinding> findings)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var f in findings)
        {
            if (f.Kind != FindingKinds.PersonName) continue;
            foreach (var word in text.AsSpan(f.Start, f.Length).ToString().Split([' ', '-', '\'', '\u2019']))
            {
                var key = NameLexicon.Key(word);
                if (key.Length >= 3 && !NameLexicon.Particles.Contains(key) && !NameLexicon.NotNames.Contains(key)) words.Add(key);
            }
        }
        if (words.Count == 0) return;
        foreach (var token in tokens)
        {
            if (token.Capitalised && !token.HasDigit && NameLexicon.Contains(words, text.AsSpan(token.Start, token.Length)))
                AddSequence(text, token.Start, findings);
        }
    }

    private static int SkipSeparators(string text, int at)
    {
        while (at < text.Length && (char.IsWhiteSpace(text[at]) || text[at] is ',' or ':')) at++;
        return at;
    }

    private static void AddSequence(string text, int start, List<AnonymisationFinding> findings)
    {
        var end = ReadName(text, start);
        if (end > start) findings.Add(new AnonymisationFinding(FindingKinds.PersonName, start, end - start));
    }

    /// <summary>Reads a name from <paramref name="start"/>; returns its end, or <paramref name="start"/> when none.</summary>
    internal static int ReadName(string text, int start)
    {
        var at = start;
        var end = start;
        var nameWords = 0;
        for (var words = 0; words < MaxWords && at < text.Length; words++)
        {
            var wordEnd = WordEnd(text, at);
            if (wordEnd == at) break;
            var word = text.AsSpan(at, wordEnd - at);
            var key = NameLexicon.Key(word);
            var isInitial = word.Length == 1 && char.IsUpper(word[0]) && wordEnd < text.Length && text[wordEnd] == '.';
            if (isInitial)
            {
                wordEnd++;
                // "J.H. de Vries": initials may follow each other without a space.
                if (wordEnd < text.Length && char.IsUpper(text[wordEnd])) { at = wordEnd; continue; }
            }
            else if (NameLexicon.Particles.Contains(key)) { /* kept only if a name word follows */ }
            else if (IsParticleCompound(word)) { end = wordEnd; nameWords++; }
            else if (char.IsUpper(word[0]) && !NameLexicon.NotNames.Contains(key) && !NameLexicon.NotNames.Contains(LastPart(word)))
            {
                end = wordEnd;
                nameWords++;
            }
            else break;
            // One plain space (or a hyphen inside a compound, already read) may join the next word; any punctuation ends the name.
            if (wordEnd >= text.Length || text[wordEnd] != ' ') break;
            at = wordEnd + 1;
        }
        return nameWords > 0 ? end : start;
    }

    // "al-Zubaidi": a lowercase particle joined to a capitalised name.
    private static bool IsParticleCompound(ReadOnlySpan<char> word)
    {
        var hyphen = word.IndexOf('-');
        return hyphen > 0 && hyphen + 1 < word.Length && char.IsUpper(word[hyphen + 1])
            && NameLexicon.Particles.Contains(NameLexicon.Key(word[..hyphen]))
            && !NameLexicon.NotNames.Contains(NameLexicon.Key(word[(hyphen + 1)..]));
    }

    private static string LastPart(ReadOnlySpan<char> word)
    {
        var hyphen = word.LastIndexOf('-');
        return hyphen < 0 ? string.Empty : NameLexicon.Key(word[(hyphen + 1)..]);
    }

    private static int WordEnd(string text, int at)
    {
        var i = at;
        while (i < text.Length)
        {
            if (char.IsLetter(text[i])) { i++; continue; }
            // Hyphens and apostrophes inside a name: Al-Rashidi, N'Diaye, O'Neill.
            if (text[i] is '-' or '\'' or '\u2019' && i > at && i + 1 < text.Length && char.IsLetter(text[i + 1])) { i++; continue; }
            break;
        }
        return i;
    }
}
