namespace ObiDossier.Domain;

/// <summary>One reason why something may not happen: a stable code for clients and a message for people.</summary>
public sealed record UnmetCondition(string Code, string Message);
