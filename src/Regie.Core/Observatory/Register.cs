using Regie.Core.Landscape;

namespace Regie.Core.Observatory;

/// <summary>
/// A board ("bevoegd gezag") as DUO's open register lists it. <see cref="BoardNumber"/> is DUO's five-digit number, the
/// key that joins boards, schools and a Regie board that says which register board it is.
/// </summary>
public sealed record RegisterBoard(string BoardNumber, string Name, string? Province, string? Municipality, string? Website);

/// <summary>
/// A school location as DUO's register lists it: <see cref="Brin"/> is the four-character institution code, <see cref="Code"/>
/// the six-character location code (BRIN plus the two-digit vestiging number; the main location's is the one DUO's
/// "Hoofdvestigingen" file lists). So and vso both count as <see cref="Sector.So"/>. Pupils are null where DUO publishes none.
/// </summary>
public sealed record RegisterSchool(
    string Code,
    string Brin,
    string BoardNumber,
    string Name,
    Sector Sector,
    bool IsMainLocation,
    string? Province,
    string? Municipality,
    string? Website,
    int? Pupils);

/// <summary>The whole register as of one import: every board and every school location.</summary>
public sealed record SectorRegister(IReadOnlyList<RegisterBoard> Boards, IReadOnlyList<RegisterSchool> Schools);

/// <summary>
/// A board's size band by pupils, for peers and for cells of the sector picture. Bands are wide on purpose: narrow bands
/// make small cells, and small cells are suppressed (see the disclosure rule).
/// </summary>
public enum BoardSize { Small, Medium, Large, VeryLarge }

public static class BoardSizes
{
    /// <summary>Lower bounds in pupils: under 1,000 small (mostly single-school boards), 1,000–4,999 medium, 5,000–14,999 large, 15,000 and more very large.</summary>
    public static BoardSize Of(int pupils) => pupils switch
    {
        < 1_000 => BoardSize.Small,
        < 5_000 => BoardSize.Medium,
        < 15_000 => BoardSize.Large,
        _ => BoardSize.VeryLarge,
    };
}
