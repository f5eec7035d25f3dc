namespace ObiDossier.Web.Cli;

/// <summary>
/// The clock of <c>seed-demo</c>: it starts months back and is moved forward between steps, so
/// the demo's history, sessions and lead times look like a table that has been running a while.
/// </summary>
internal sealed class DemoClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;

    /// <summary>Never runs backwards, and never past the real time.</summary>
    public void MoveTo(DateTimeOffset at) => _now = at > _now && at <= System.GetUtcNow() ? at : _now;
}
