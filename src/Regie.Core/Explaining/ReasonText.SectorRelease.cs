using System.Globalization;
using Regie.Core.Observatory;

namespace Regie.Core.Explaining;

public static partial class ReasonText
{
    private static string? SectorRelease(SectorReason reason, bool english, CultureInfo culture)
    {
        string Nl(string nl, string en) => english ? en : nl;
        string Boards(int n) => english ? Plural.Count(n, "board", "boards", culture) : Plural.Count(n, "bestuur", "besturen", culture);
        string Date(DateOnly d) => d.ToString("d MMMM yyyy", culture);

        return reason switch
        {
            FiguresOfRelease r => Nl($"Cijfers van de sectoruitgave van {Date(r.MadeOn)}.", $"Figures of the sector release of {Date(r.MadeOn)}."),
            ReleaseRecomputed r => Nl(
                $"De cijfers van de uitgave van {Date(r.MadeOn)} zijn na een herstart opnieuw berekend uit de huidige gegevens van dezelfde besturen; die zijn sindsdien gewijzigd.",
                $"The figures of the release of {Date(r.MadeOn)} were computed again after a restart from the current data of the same boards, which has changed since."),
            ReleaseWithdrawn r => Nl(
                $"De sectoruitgave van {Date(r.MadeOn)} is op {Date(r.WithdrawnOn)} ingetrokken: een bestuur dat erin meetelde, deelt niet meer. Er wordt niets gepubliceerd tot een nieuwe uitgave mag.",
                $"The sector release of {Date(r.MadeOn)} was withdrawn on {Date(r.WithdrawnOn)}: a board it counted no longer shares. Nothing is published until a new release is allowed."),
            TooFewBoardsForRelease r => Nl(
                $"Geen sectoruitgave: minder dan {r.K} besturen delen hun landschap.",
                $"No sector release: fewer than {r.K} boards share their landscape."),
            TooFewBoardsChanged r => Nl(
                $"Wacht op een nieuwe uitgave: sinds de uitgave van {Date(r.Since)} is {Boards(r.Changed)} erbij gekomen of weggegaan; dat moeten er minstens {r.K} zijn (of geen), anders is het verschil tussen twee uitgaven één bestuur.",
                $"Waiting for a new release: since the release of {Date(r.Since)} {Boards(r.Changed)} joined or left; at least {r.K} are needed (or none), or the difference between two releases would be one board."),
            NextReleaseFrom r => Nl($"Volgende sectoruitgave mogelijk vanaf {Date(r.From)}.", $"Next sector release possible from {Date(r.From)}."),
            FirstReleaseAllowed r => Nl($"Eerste sectoruitgave, over {Boards(r.Boards)}.", $"First sector release, over {Boards(r.Boards)}."),
            ReleaseAllowed r => Nl(
                $"Nieuwe sectoruitgave: sinds de uitgave van {Date(r.Since)} {(r.Changed == 1 ? "is" : "zijn")} {Boards(r.Changed)} erbij gekomen of weggegaan.",
                $"New sector release: {Boards(r.Changed)} joined or left since the release of {Date(r.Since)}."),
            _ => null,
        };
    }
}
