namespace ObiDossier.Domain.Obi;

/// <summary>
/// Every published cell of a report as an edge of one flow network, so that every sum a reader
/// can form is the conservation of flow at a node:
/// <code>
/// S --stateActor r--> a_r --(r × conduct j)--> c_j --conduct j--> M1 --target t--> M2 --instrument i--> M3 --total--> S
/// </code>
/// (a state actor's cells add up to its total, a conduct's to its total, and each dimension to the
/// total). A reader knows each shown cell exactly, a <c>&lt; N</c> cell to lie in [0, N-1] (in
/// [1, N-1] for a state actor listed only because it occurs now), and a withheld <c>x</c> cell to be
/// at least N. The constraints form a network matrix, so whether a cell is pinned to its value is
/// exact to decide: another consistent table differs from the true one by a circulation, which
/// splits into simple cycles each of which alone stays within the bounds; so a cell can take another
/// value exactly when a cycle through it exists in the residual graph (see README.md).
/// </summary>
internal sealed class SuppressionNetwork
{
    public enum Status { Shown, Small, Withheld }

    private readonly int _nodes;
    private readonly int _minimum;
    private readonly List<Edge> _edges = [];
    private readonly List<int>[] _incident;

    public SuppressionNetwork(int nodes, int minimumCellCount)
    {
        _nodes = nodes;
        _minimum = minimumCellCount;
        _incident = [.. Enumerable.Range(0, nodes).Select(_ => new List<int>())];
    }

    public int Count => _edges.Count;

    public Status StatusOf(int edge) => _edges[edge].Status;

    /// <summary>Adds a cell; small (below the minimum) cells start suppressed, all others shown.</summary>
    public int Add(int from, int to, int count, int smallLowerBound = 0)
    {
        _edges.Add(new Edge(from, to, count, smallLowerBound) { Status = count < _minimum ? Status.Small : Status.Shown });
        _incident[from].Add(_edges.Count - 1);
        _incident[to].Add(_edges.Count - 1);
        return _edges.Count - 1;
    }

    /// <summary>
    /// Withholds shown cells until no small cell with at least one signal can be worked out: for
    /// each such cell, the first shown cell (next to it in a sum before others, smallest count
    /// first, the total last) whose withholding frees it; if none does alone, the first of them,
    /// and look again. Ends when every small cell is free, or nothing is left to withhold.
    /// </summary>
    public void Protect(int total)
    {
        while (FirstPinned() is { } pinned)
        {
            var candidates = Enumerable.Range(0, _edges.Count)
                .Where(i => _edges[i].Status == Status.Shown)
                .OrderBy(i => i == total ? 1 : 0)
                .ThenBy(i => Touches(i, pinned) ? 0 : 1)
                .ThenBy(i => _edges[i].Count)
                .ThenBy(i => i)
                .ToList();
            if (candidates.Count == 0) return;
            var chosen = candidates.FirstOrDefault(c => FreesWhenWithheld(c, pinned), candidates[0]);
            _edges[chosen].Status = Status.Withheld;
        }
    }

    /// <summary>The first small, non-empty cell whose value a reader can work out; null when none.</summary>
    public int? FirstPinned()
    {
        for (var i = 0; i < _edges.Count; i++)
            if (_edges[i] is { Status: Status.Small, Count: > 0 } && IsPinned(i)) return i;
        return null;
    }

    /// <summary>True when every table consistent with what is shown gives this cell its true value.</summary>
    public bool IsPinned(int edge)
    {
        var e = _edges[edge];
        var up = e.Count + 1 <= Upper(e) && Reachable(e.To, e.From, edge);
        var down = e.Count - 1 >= Lower(e) && Reachable(e.From, e.To, edge);
        return !up && !down;
    }

    private bool FreesWhenWithheld(int candidate, int pinned)
    {
        _edges[candidate].Status = Status.Withheld;
        var frees = !IsPinned(pinned);
        _edges[candidate].Status = Status.Shown;
        return frees;
    }

    private bool Touches(int a, int b) =>
        _edges[a].From == _edges[b].From || _edges[a].From == _edges[b].To || _edges[a].To == _edges[b].From || _edges[a].To == _edges[b].To;

    private int Upper(Edge e) => e.Status switch
    {
        Status.Shown => e.Count,
        Status.Small => _minimum - 1,
        _ => int.MaxValue,
    };

    private int Lower(Edge e) => e.Status switch
    {
        Status.Shown => e.Count,
        Status.Small => e.SmallLowerBound,
        _ => _minimum,
    };

    // Breadth-first search in the residual graph: an edge can carry one more (from → to) below its
    // upper bound, one less (to → from) above its lower bound; the cell under test is left out.
    private bool Reachable(int source, int target, int without)
    {
        if (source == target) return true;
        var seen = new bool[_nodes];
        var queue = new Queue<int>();
        seen[source] = true;
        queue.Enqueue(source);
        while (queue.Count > 0)
        {
            var node = queue.Dequeue();
            foreach (var i in _incident[node])
            {
                if (i == without) continue;
                var e = _edges[i];
                var next = e.From == node && e.Count + 1 <= Upper(e) ? e.To
                    : e.To == node && e.Count - 1 >= Lower(e) ? e.From
                    : -1;
                if (next < 0 || seen[next]) continue;
                if (next == target) return true;
                seen[next] = true;
                queue.Enqueue(next);
            }
        }
        return false;
    }

    private sealed class Edge(int from, int to, int count, int smallLowerBound)
    {
        public int From { get; } = from;
        public int To { get; } = to;
        public int Count { get; } = count;
        public int SmallLowerBound { get; } = smallLowerBound;
        public Status Status { get; set; }
    }
}
