namespace Regie.Core.Observatory;

/// <summary>
/// A board's sector as a cell of the sector picture counts it: its one sector, or <see cref="Mixed"/> when it runs schools in
/// more than one. Each board falls in exactly one group, so a dimension's cells never overlap and add up to their parent.
/// </summary>
public enum SectorGroup { Po, Vo, So, Mbo, Mixed }

/// <summary>The predefined ways the sector picture is cut. Nothing else is published, so every published cell is one of these.</summary>
public enum CellDimension { All, Sector, Province, Size, SectorBySize, ProvinceBySize }

/// <summary>Where one sharing board falls: its sector group, its province (<see cref="CellKey.UnknownProvince"/> if not known) and its size band.</summary>
public sealed record BoardPlace(SectorGroup Sector, string Province, BoardSize Size)
{
    public static SectorGroup GroupOf(IReadOnlyList<Landscape.Sector> sectors) => sectors.Distinct().ToArray() switch
    {
        [var only] => only switch
        {
            Landscape.Sector.Po => SectorGroup.Po,
            Landscape.Sector.Vo => SectorGroup.Vo,
            Landscape.Sector.So => SectorGroup.So,
            _ => SectorGroup.Mbo,
        },
        _ => SectorGroup.Mixed,
    };
}

/// <summary>One cell: a dimension and the values it fixes (the others null). <c>CellKey.All</c> is every sharing board.</summary>
public sealed record CellKey(CellDimension Dimension, SectorGroup? Sector = null, string? Province = null, BoardSize? Size = null)
{
    /// <summary>The province of a board that did not say which: a cell of its own, so the provinces still add up to all.</summary>
    public const string UnknownProvince = "?";

    public static readonly CellKey All = new(CellDimension.All);

    public bool Contains(BoardPlace place) =>
        (Sector is null || Sector == place.Sector) && (Province is null || Province == place.Province) && (Size is null || Size == place.Size);

    /// <summary>The cell of <paramref name="dimension"/> that holds a board at <paramref name="place"/>.</summary>
    public static CellKey Of(CellDimension dimension, BoardPlace place) => dimension switch
    {
        CellDimension.All => All,
        CellDimension.Sector => new(dimension, Sector: place.Sector),
        CellDimension.Province => new(dimension, Province: place.Province),
        CellDimension.Size => new(dimension, Size: place.Size),
        CellDimension.SectorBySize => new(dimension, Sector: place.Sector, Size: place.Size),
        _ => new(dimension, Province: place.Province, Size: place.Size),
    };

    /// <summary>The peers of a board: same sector group and size band.</summary>
    public static CellKey PeersOf(BoardPlace place) => Of(CellDimension.SectorBySize, place);

    public CellName Name => new(Dimension, Sector, Province, Size);
}

public static class CellDimensions
{
    public static readonly IReadOnlyList<CellDimension> Published = Enum.GetValues<CellDimension>();

    /// <summary>True when every cell of <paramref name="finer"/> lies inside one cell of <paramref name="coarser"/> (and they differ).</summary>
    public static bool Refines(CellDimension finer, CellDimension coarser) =>
        finer != coarser && Fields(coarser).All(Fields(finer).Contains);

    private static char[] Fields(CellDimension dimension) => dimension switch
    {
        CellDimension.All => [],
        CellDimension.Sector => ['s'],
        CellDimension.Province => ['p'],
        CellDimension.Size => ['z'],
        CellDimension.SectorBySize => ['s', 'z'],
        _ => ['p', 'z'],
    };
}
