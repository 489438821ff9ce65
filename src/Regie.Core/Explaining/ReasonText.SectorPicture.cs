using System.Globalization;
using Regie.Core.Observatory;

namespace Regie.Core.Explaining;

public static partial class ReasonText
{
    private static string? SectorPicture(SectorReason reason, bool english, CultureInfo culture)
    {
        string Nl(string nl, string en) => english ? en : nl;
        string Boards(int n) => english ? Plural.Count(n, "board", "boards", culture) : Plural.Count(n, "bestuur", "besturen", culture);

        return reason switch
        {
            SuppressedBelowK s => Nl(
                $"Niet gepubliceerd: dit cijfer berust op minder dan {s.K} besturen, of zou samen met andere gepubliceerde cijfers een cijfer van minder dan {s.K} besturen prijsgeven.",
                $"Not published: this figure rests on fewer than {s.K} boards, or together with other published figures would reveal a figure of fewer than {s.K} boards."),
            SectorFigureDefinition d => Nl(
                $"{Measure(d.Measure, english)}; berust op {Boards(d.Boards)} (gepubliceerd vanaf {d.K}).",
                $"{Measure(d.Measure, english)}; rests on {Boards(d.Boards)} (published from {d.K})."),
            BoardFigureUndefined u => Nl(
                $"{Figure(u.Figure, english)}: dit bestuur heeft hiervoor nog niets te meten.",
                $"{Figure(u.Figure, english)}: this board has nothing to measure for it yet."),
            CellName c => Cell(c, english),
            SectorScenarioHeadline h => Nl(
                $"Als {h.Target} onbeschikbaar werd: {Boards(h.Boards)}, minstens {h.Pupils.ToString("N0", culture)} leerlingen"
                    + (h.Processes.Count > 0 ? $"; processen: {string.Join(", ", h.Processes)}." : "."),
                $"If {h.Target} became unavailable: {Boards(h.Boards)}, at least {h.Pupils.ToString("N0", culture)} pupils"
                    + (h.Processes.Count > 0 ? $"; processes: {string.Join(", ", h.Processes)}." : ".")),
            _ => SectorRelease(reason, english, culture),
        };
    }

    /// <summary>What a sector figure counts, in the reader's language.</summary>
    public static string Measure(SectorMeasure measure, bool english) => measure switch
    {
        SectorMeasure.Boards => english ? "sharing boards" : "delende besturen",
        SectorMeasure.Pupils => english ? "pupils of the sharing boards" : "leerlingen van de delende besturen",
        SectorMeasure.Staff => english ? "staff of the sharing boards" : "medewerkers van de delende besturen",
        SectorMeasure.Schools => english ? "schools of these boards, where listed" : "scholen van deze besturen, waar opgegeven",
        SectorMeasure.BoardsRelying => english ? "boards relying on the party, directly or through a dependency" : "besturen die op de partij steunen, direct of via een afhankelijkheid",
        SectorMeasure.PupilsResting => english ? "pupils resting on the party (per board its largest dependent service: at least)" : "leerlingen die op de partij steunen (per bestuur de grootste afhankelijke dienst: minstens)",
        SectorMeasure.PupilsRestingDirectly => english ? "pupils resting directly on the party (at least)" : "leerlingen die direct op de partij steunen (minstens)",
        SectorMeasure.StaffResting => english ? "staff resting on the party (at least)" : "medewerkers die op de partij steunen (minstens)",
        SectorMeasure.StaffRestingDirectly => english ? "staff resting directly on the party (at least)" : "medewerkers die direct op de partij steunen (minstens)",
        SectorMeasure.CriticalProcessesResting => english ? "essential processes resting on it, counted per board" : "essentiële processen die erop steunen, per bestuur geteld",
        SectorMeasure.CriticalProcessesRestingDirectly => english ? "essential processes resting on it directly, counted per board" : "essentiële processen die er direct op steunen, per bestuur geteld",
        SectorMeasure.ProcessRestingBoards => english ? "boards on which this process rests on it" : "besturen waar dit proces erop steunt",
        SectorMeasure.ServicesAtSeal => english ? "services at this SEAL level, as proven" : "diensten op dit SEAL-niveau, zoals aangetoond",
        SectorMeasure.ServicesAtOptimisticSeal => english ? "services at this SEAL level if every unknown were answered at best" : "diensten op dit SEAL-niveau als elk onbekend antwoord op zijn best uitviel",
        SectorMeasure.BoardsHit => english ? "boards with a service down or degraded" : "besturen met een dienst die uitvalt of hapert",
        SectorMeasure.PupilsHit => english ? "pupils hit (per board the largest group: at least)" : "getroffen leerlingen (per bestuur de grootste groep: minstens)",
        SectorMeasure.ProcessStoppedBoards => english ? "boards on which this process stops or is disrupted" : "besturen waar dit proces stilvalt of verstoord raakt",
        SectorMeasure.SectorConcentration => english ? "concentration index (HHI, 0–10,000) over the boards' essential processes" : "concentratie-index (HHI, 0–10.000) over de essentiële processen van de besturen",
        SectorMeasure.BoardsUsingVendor => english ? "boards with a service of this vendor" : "besturen met een dienst van deze leverancier",
        SectorMeasure.BoardsUsingProduct => english ? "boards using this product" : "besturen die dit product gebruiken",
        SectorMeasure.PupilsOnProduct => english ? "pupils on this product (per board its largest service: at least)" : "leerlingen op dit product (per bestuur de grootste dienst: minstens)",
        SectorMeasure.BoardsWithOpenQuestion => english ? "boards with this question to the vendor open" : "besturen bij wie deze vraag aan de leverancier openstaat",
        _ => english ? "quartiles of the boards' own figures" : "kwartielen van de eigen cijfers van de besturen",
    };

    /// <summary>The name of a board figure compared with the sector.</summary>
    public static string Figure(BoardFigure figure, bool english) => figure switch
    {
        BoardFigure.Score => english ? "average score" : "gemiddelde score",
        BoardFigure.FailingShare => english ? "share of services with a minimum that fail it" : "aandeel diensten met een minimumeis dat die niet haalt",
        BoardFigure.Concentration => english ? "concentration index (HHI)" : "concentratie-index (HHI)",
        _ => english ? "share of unknown answers" : "aandeel onbekende antwoorden",
    };

    private static string Cell(CellName c, bool english)
    {
        if (c.Dimension == CellDimension.All)
        {
            return english ? "all sharing boards" : "alle delende besturen";
        }

        var parts = new List<string>();
        if (c.Sector is { } sector)
        {
            parts.Add(sector == SectorGroup.Mixed ? (english ? "several sectors" : "meerdere sectoren") : sector.ToString().ToLowerInvariant());
        }

        if (c.Province is { } province)
        {
            parts.Add(province == CellKey.UnknownProvince ? (english ? "province unknown" : "provincie onbekend") : province);
        }

        if (c.Size is { } size)
        {
            parts.Add(size switch
            {
                BoardSize.Small => english ? "small (under 1,000 pupils)" : "klein (onder 1.000 leerlingen)",
                BoardSize.Medium => english ? "medium (1,000–4,999 pupils)" : "middelgroot (1.000–4.999 leerlingen)",
                BoardSize.Large => english ? "large (5,000–14,999 pupils)" : "groot (5.000–14.999 leerlingen)",
                _ => english ? "very large (15,000 pupils or more)" : "zeer groot (15.000 leerlingen of meer)",
            });
        }

        return string.Join(", ", parts);
    }
}
