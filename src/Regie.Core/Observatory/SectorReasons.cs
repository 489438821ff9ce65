using Regie.Core.Explaining;

namespace Regie.Core.Observatory;

// The sector picture's explanations, rendered in Explaining/ReasonText.SectorPicture.cs. A published figure carries the
// definition it was computed by and the number of boards behind it; a withheld one says only that it is withheld.

/// <summary>
/// Withheld: the figure rests on fewer than <paramref name="K"/> boards, or would let one be computed from other published
/// figures. Both cases read the same on purpose: telling them apart would itself say whether a cell is small.
/// </summary>
public sealed record SuppressedBelowK(int K) : SectorReason;

/// <summary>What a published figure counts.</summary>
public enum SectorMeasure
{
    /// <summary>Sharing boards in the cell.</summary>
    Boards,
    /// <summary>Pupils of the sharing boards in the cell.</summary>
    Pupils,
    /// <summary>Staff of the sharing boards in the cell.</summary>
    Staff,
    /// <summary>Schools of the sharing boards (where the board listed them).</summary>
    Schools,
    /// <summary>Boards that rely on a party, directly or through a service they sign in through or run on.</summary>
    BoardsRelying,
    /// <summary>Pupils resting on a party: per board its largest dependent service's pupils (a lower bound), summed over boards.</summary>
    PupilsResting,
    /// <summary>The same, only services whose own vendor chain or hosting names the party.</summary>
    PupilsRestingDirectly,
    /// <summary>Staff resting on a party, counted like pupils.</summary>
    StaffResting,
    /// <summary>Essential processes resting on a party, counted per board and summed; share of all boards' essential processes.</summary>
    CriticalProcessesResting,
    /// <summary>The same, through the services' own vendor chain or hosting only.</summary>
    CriticalProcessesRestingDirectly,
    /// <summary>Boards on which a given essential process rests on the party.</summary>
    ProcessRestingBoards,
    /// <summary>Services at a SEAL level as proven (unknown counts as the worst answer).</summary>
    ServicesAtSeal,
    /// <summary>Services at a SEAL level if every unknown were answered at best.</summary>
    ServicesAtOptimisticSeal,
    /// <summary>Boards hit when a party falls away (a service down or degraded).</summary>
    BoardsHit,
    /// <summary>Pupils hit at least: per board the largest group behind a service that goes down or degrades, summed.</summary>
    PupilsHit,
    /// <summary>Boards on which an essential process stops or is disrupted.</summary>
    ProcessStoppedBoards,
    /// <summary>HHI (0–10,000) of the parties' shares of the boards' essential processes, each split equally over its parties.</summary>
    SectorConcentration,
    /// <summary>Boards with a service of the vendor's own (not only through a dependency).</summary>
    BoardsUsingVendor,
    /// <summary>Boards that use a catalog product.</summary>
    BoardsUsingProduct,
    /// <summary>Pupils on a product: per board its largest service on the product.</summary>
    PupilsOnProduct,
    /// <summary>Boards with a vendor question open.</summary>
    BoardsWithOpenQuestion,
    /// <summary>A quartile of the boards' own figure (linear interpolation between ranks).</summary>
    Quartile,
    /// <summary>Staff resting on a party through services whose own vendor chain or hosting names it (last, so stored values keep their meaning).</summary>
    StaffRestingDirectly,
}

/// <summary>A published figure: what it counts, over how many boards, under which threshold.</summary>
public sealed record SectorFigureDefinition(SectorMeasure Measure, int Boards, int K) : SectorReason;

/// <summary>The board's own figures compared, and why a comparison is missing.</summary>
public sealed record BoardFigureUndefined(BoardFigure Figure) : SectorReason;

/// <summary>The figures a board is compared by; each is the dashboard's definition (docs/SECTOR-DISCLOSURE.md).</summary>
public enum BoardFigure { Score, FailingShare, Concentration, UnknownShare }

/// <summary>A cell of the sector picture named for people: "po, groot", "Utrecht", "alle besturen".</summary>
public sealed record CellName(CellDimension Dimension, SectorGroup? Sector, string? Province, BoardSize? Size) : SectorReason;

/// <summary>Pupils named by a scenario over the sector ("als Microsoft onbeschikbaar werd: N besturen, M leerlingen").</summary>
public sealed record SectorScenarioHeadline(string Target, int Boards, int Pupils, IReadOnlyList<string> Processes) : SectorReason;
