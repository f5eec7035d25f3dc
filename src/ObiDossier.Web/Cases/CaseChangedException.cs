namespace ObiDossier.Web.Cases;

/// <summary>
/// An effect found the case's rows already moved on by a concurrent change that committed after
/// this request read the case; <see cref="CaseCommands"/> answers it as a 409 conflict.
/// </summary>
internal sealed class CaseChangedException : Exception
{
    public CaseChangedException()
        : base("A concurrent change to this case won.")
    {
    }

    public CaseChangedException(string message)
        : base(message)
    {
    }

    public CaseChangedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
