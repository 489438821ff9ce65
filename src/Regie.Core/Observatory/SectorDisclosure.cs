using System.Numerics;

namespace Regie.Core.Observatory;

/// <summary>
/// The disclosure rule's settings: <paramref name="K"/> is the fewest boards a published figure may rest on (5 unless the
/// server's settings say otherwise). <paramref name="GuardsDifferences"/> switches the protection against differencing
/// (everything after primary suppression); it exists so a test can show the attack succeeds without it. Never turn it
/// off outside tests.
/// </summary>
public sealed record DisclosureRule(int K = DisclosureRule.DefaultK, bool GuardsDifferences = true)
{
    public const int DefaultK = 5;

    public static readonly DisclosureRule Default = new();

    public int K { get; } = K >= 1 ? K : throw new ArgumentOutOfRangeException(nameof(K), "k is minstens 1.");
}

/// <summary>A figure of the sector picture: published with its definition and board count, or withheld with the reason.</summary>
public abstract record Disclosed<T>
{
    public abstract Explaining.SectorReason Why { get; }

    public bool IsPublished => this is Published<T>;
}

public sealed record Published<T>(T Value, SectorFigureDefinition Definition) : Disclosed<T>
{
    public override Explaining.SectorReason Why => Definition;
}

/// <summary>Withheld: no number, only the reason.</summary>
public sealed record Withheld<T>(SuppressedBelowK Reason) : Disclosed<T>
{
    public override Explaining.SectorReason Why => Reason;
}

/// <summary>A set of sharing boards by their index in the sector's list of contributions.</summary>
public sealed class BoardSet : IEquatable<BoardSet>
{
    private readonly ulong[] bits;

    public BoardSet(int boards) => bits = new ulong[(boards + 63) / 64];

    private BoardSet(ulong[] bits) => this.bits = bits;

    public static BoardSet Of(int boards, IEnumerable<int> members)
    {
        var set = new BoardSet(boards);
        foreach (var m in members)
        {
            set.bits[m >> 6] |= 1UL << (m & 63);
        }

        return set;
    }

    public int Count
    {
        get
        {
            var n = 0;
            foreach (var word in bits)
            {
                n += BitOperations.PopCount(word);
            }

            return n;
        }
    }

    public bool Contains(int board) => (bits[board >> 6] & (1UL << (board & 63))) != 0;

    public IEnumerable<int> Members()
    {
        for (var w = 0; w < bits.Length; w++)
        {
            var word = bits[w];
            while (word != 0)
            {
                var bit = BitOperations.TrailingZeroCount(word);
                yield return (w << 6) + bit;
                word &= word - 1;
            }
        }
    }

    public BoardSet Intersect(BoardSet other)
    {
        var result = new ulong[bits.Length];
        for (var i = 0; i < bits.Length; i++)
        {
            result[i] = bits[i] & other.bits[i];
        }

        return new BoardSet(result);
    }

    public bool IsSubsetOf(BoardSet other)
    {
        for (var i = 0; i < bits.Length; i++)
        {
            if ((bits[i] & ~other.bits[i]) != 0)
            {
                return false;
            }
        }

        return true;
    }

    public bool Equals(BoardSet? other) => other is not null && bits.AsSpan().SequenceEqual(other.bits);

    public override bool Equals(object? obj) => Equals(obj as BoardSet);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var word in bits)
        {
            hash.Add(word);
        }

        return hash.ToHashCode();
    }
}

/// <summary>
/// The disclosure rule (docs/SECTOR-DISCLOSURE.md). For one figure, <em>its</em> boards are the boards whose contribution to
/// it is not zero (a party's pupils rest only on the boards that use the party). Within each predefined cell those boards
/// form the figure's cell set. A cell's figure is published only when, after all of:
/// <list type="number">
/// <item>primary: the cell set holds at least k boards;</item>
/// <item>nested differences: for any two published cells whose sets nest, the larger holds 0 or at least k boards more;
/// otherwise the smaller is withheld;</item>
/// <item>remainders: for a published cell and a finer dimension, the boards of the cell outside its published finer cells
/// number 0 or at least k; otherwise the smallest published finer cell is withheld;</item>
/// <item>audit: no group of 1 to k−1 of the figure's boards (a union of sector × province × size atoms) has a sum that is a
/// linear combination of the published cells; otherwise a cell that breaks the combination is withheld;</item>
/// </list>
/// repeated until nothing changes. A decision depends only on the figure's set of boards, so it is computed once per set.
/// </summary>
public sealed class SectorDisclosure
{
    private readonly IReadOnlyList<BoardPlace> places;
    private readonly Dictionary<BoardSet, IReadOnlyDictionary<CellKey, int>> decided = [];

    public SectorDisclosure(IReadOnlyList<BoardPlace> places, DisclosureRule rule)
    {
        this.places = places;
        Rule = rule;
        Everyone = BoardSet.Of(places.Count, Enumerable.Range(0, places.Count));
    }

    public DisclosureRule Rule { get; }

    public int Boards => places.Count;

    public BoardSet Everyone { get; }

    /// <summary>The boards of <paramref name="figureBoards"/> that fall in <paramref name="cell"/>.</summary>
    public BoardSet InCell(BoardSet figureBoards, CellKey cell) =>
        BoardSet.Of(places.Count, figureBoards.Members().Where(b => cell.Contains(places[b])));

    /// <summary>Publishes <paramref name="value"/> for <paramref name="cell"/> if the rule allows, else withholds it.</summary>
    public Disclosed<T> Disclose<T>(BoardSet figureBoards, CellKey cell, SectorMeasure measure, Func<T> value)
    {
        var published = PublishedCells(figureBoards);
        return published.TryGetValue(cell, out var boards)
            ? new Published<T>(value(), new SectorFigureDefinition(measure, boards, Rule.K))
            : new Withheld<T>(new SuppressedBelowK(Rule.K));
    }

    /// <summary>The cells in which a figure resting on <paramref name="figureBoards"/> may be published, with their board counts.</summary>
    public IReadOnlyDictionary<CellKey, int> PublishedCells(BoardSet figureBoards)
    {
        if (!decided.TryGetValue(figureBoards, out var result))
        {
            decided[figureBoards] = result = Decide(figureBoards);
        }

        return result;
    }

    private Dictionary<CellKey, int> Decide(BoardSet figureBoards)
    {
        var k = Rule.K;
        var members = figureBoards.Members().ToArray();
        var cells = new Dictionary<CellKey, List<int>>();
        foreach (var dimension in CellDimensions.Published)
        {
            foreach (var b in members)
            {
                var key = CellKey.Of(dimension, places[b]);
                (cells.TryGetValue(key, out var list) ? list : cells[key] = []).Add(b);
            }
        }

        var sets = cells.ToDictionary(c => c.Key, c => BoardSet.Of(places.Count, c.Value));
        var published = cells.Where(c => c.Value.Count >= k).Select(c => c.Key).ToHashSet();
        if (Rule.GuardsDifferences)
        {
            while (NestedDifference(sets, published) || Remainder(sets, published) || DerivableAtom(sets, published, members))
            {
            }
        }

        return published.ToDictionary(c => c, c => sets[c].Count);
    }

    /// <summary>Withholds one cell whose set lies inside another published one with 1 to k−1 boards to spare; true if it did.</summary>
    private bool NestedDifference(Dictionary<CellKey, BoardSet> sets, HashSet<CellKey> published)
    {
        var ordered = published.OrderBy(c => sets[c].Count).ThenByDescending(c => c.Dimension).ToArray();
        for (var i = 0; i < ordered.Length; i++)
        {
            var small = sets[ordered[i]];
            for (var j = i + 1; j < ordered.Length; j++)
            {
                var large = sets[ordered[j]];
                var difference = large.Count - small.Count;
                if (difference > 0 && difference < Rule.K && small.IsSubsetOf(large))
                {
                    published.Remove(ordered[i]);
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Withholds the smallest published finer cell where a cell minus its published finer cells leaves 1 to k−1 boards.</summary>
    private bool Remainder(Dictionary<CellKey, BoardSet> sets, HashSet<CellKey> published)
    {
        foreach (var parent in published.OrderByDescending(c => sets[c].Count).ToArray())
        {
            foreach (var finer in CellDimensions.Published.Where(d => CellDimensions.Refines(d, parent.Dimension)))
            {
                var children = sets.Keys.Where(c => c.Dimension == finer && Within(c, parent)).ToArray();
                var shown = children.Where(published.Contains).ToArray();
                var remainder = sets[parent].Count - shown.Sum(c => sets[c].Count);
                if (remainder > 0 && remainder < Rule.K && shown.Length > 0)
                {
                    published.Remove(shown.OrderBy(c => sets[c].Count).First());
                    return true;
                }
            }
        }

        return false;
    }

    private static bool Within(CellKey child, CellKey parent) =>
        (parent.Sector is null || parent.Sector == child.Sector) && (parent.Province is null || parent.Province == child.Province)
        && (parent.Size is null || parent.Size == child.Size);

    /// <summary>
    /// The exact audit: whether any group of the figure's boards holding 1 to k−1 of them has a sum that can be solved from the
    /// published cells. Published cells are vectors over the non-empty atoms (sector × province × size groups; the attacker is
    /// assumed to know which are empty); a group is solvable exactly when its 0/1 vector lies in their row space. In reduced
    /// row echelon form a vector of the row space is fixed by its values at the pivot columns, so it suffices to try every
    /// set of small pivot atoms whose boards add up to fewer than k (at most k−1 of them) and check that the vector it forces
    /// is 0/1 and small. When one is found, one published cell is withheld: the first (of the twelve finest and smallest)
    /// whose withholding makes it unsolvable, so the whole-sector figure goes last, else the smallest cell touching it.
    /// </summary>
    private bool DerivableAtom(Dictionary<CellKey, BoardSet> sets, HashSet<CellKey> published, int[] members)
    {
        var atoms = members.GroupBy(b => places[b]).Select(g => (Place: g.Key, Boards: g.Count())).ToArray();
        if (!atoms.Any(a => a.Boards < Rule.K))
        {
            return false;
        }

        var small = SmallSolvable(Echelon(Rows(published, atoms), atoms.Length), atoms);
        if (small is null)
        {
            return false;
        }

        // Trying every cell would cost an elimination each; the finest few are where a breaker usually is.
        var candidates = published.OrderByDescending(c => c.Dimension).ThenBy(c => sets[c].Count).Take(BreakersTried).ToArray();
        var breaker = candidates.FirstOrDefault(c => !InRowSpace(small, Echelon(Rows(published.Where(p => p != c), atoms), atoms.Length)))
            ?? published.Where(c => atoms.Where((_, j) => Math.Abs(small[j]) > Epsilon).Any(a => c.Contains(a.Place)))
                .OrderBy(c => sets[c].Count).ThenByDescending(c => c.Dimension).First();
        published.Remove(breaker);
        return true;
    }

    private static List<double[]> Rows(IEnumerable<CellKey> cells, (BoardPlace Place, int Boards)[] atoms) =>
        [.. cells.Select(c => atoms.Select(a => c.Contains(a.Place) ? 1.0 : 0.0).ToArray())];

    /// <summary>A 0/1 vector of the row space over fewer than k boards, or null. Searches at most <see cref="SearchLimit"/> sets.</summary>
    private double[]? SmallSolvable(List<(double[] Row, int Column)> echelon, (BoardPlace Place, int Boards)[] atoms)
    {
        var k = Rule.K;
        var pivots = echelon.Where(e => atoms[e.Column].Boards < k).ToArray();
        var sum = new double[atoms.Length];
        var tried = 0;
        double[]? found = null;
        void Search(int from, int boards, int depth)
        {
            for (var i = from; i < pivots.Length && found is null && tried < SearchLimit; i++)
            {
                var weight = boards + atoms[pivots[i].Column].Boards;
                if (weight >= k)
                {
                    continue;
                }

                tried++;
                Add(sum, pivots[i].Row, 1);
                if (IsSmallZeroOne(sum, atoms, k))
                {
                    found = [.. sum];
                }
                else if (depth + 1 < k - 1)
                {
                    Search(i + 1, weight, depth + 1);
                }

                Add(sum, pivots[i].Row, -1);
            }
        }

        Search(0, 0, 0);
        return found;
    }

    private const int SearchLimit = 200_000;

    private static void Add(double[] sum, double[] row, double factor)
    {
        for (var j = 0; j < sum.Length; j++)
        {
            sum[j] += factor * row[j];
        }
    }

    private static bool IsSmallZeroOne(double[] vector, (BoardPlace Place, int Boards)[] atoms, int k)
    {
        var boards = 0;
        for (var j = 0; j < vector.Length; j++)
        {
            if (Math.Abs(vector[j] - 1) < Epsilon)
            {
                boards += atoms[j].Boards;
            }
            else if (Math.Abs(vector[j]) >= Epsilon)
            {
                return false;
            }
        }

        return boards is > 0 && boards < k;
    }

    /// <summary>Whether <paramref name="vector"/> reduces to zero against the reduced rows.</summary>
    private static bool InRowSpace(double[] vector, List<(double[] Row, int Column)> echelon)
    {
        var rest = (double[])vector.Clone();
        foreach (var (row, column) in echelon)
        {
            if (Math.Abs(rest[column]) > Epsilon)
            {
                Add(rest, row, -rest[column]);
            }
        }

        return rest.All(x => Math.Abs(x) < Epsilon);
    }

    private const double Epsilon = 1e-9;

    private const int BreakersTried = 12;

    /// <summary>Reduced row echelon form (Gauss–Jordan with partial pivoting); returns the non-zero rows with their pivot column.</summary>
    private static List<(double[] Row, int Column)> Echelon(List<double[]> rows, int columns)
    {
        var result = new List<(double[], int)>();
        var r = 0;
        for (var c = 0; c < columns && r < rows.Count; c++)
        {
            var best = r;
            for (var i = r + 1; i < rows.Count; i++)
            {
                if (Math.Abs(rows[i][c]) > Math.Abs(rows[best][c]))
                {
                    best = i;
                }
            }

            if (Math.Abs(rows[best][c]) < Epsilon)
            {
                continue;
            }

            (rows[r], rows[best]) = (rows[best], rows[r]);
            var pivot = rows[r][c];
            for (var j = 0; j < columns; j++)
            {
                rows[r][j] /= pivot;
            }

            for (var i = 0; i < rows.Count; i++)
            {
                if (i != r && Math.Abs(rows[i][c]) > Epsilon)
                {
                    var factor = rows[i][c];
                    for (var j = 0; j < columns; j++)
                    {
                        rows[i][j] -= factor * rows[r][j];
                    }
                }
            }

            result.Add((rows[r], c));
            r++;
        }

        return result;
    }
}
