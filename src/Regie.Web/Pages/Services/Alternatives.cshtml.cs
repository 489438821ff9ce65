using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regie.Core.Catalog;
using Regie.Core.Landscape;
using Regie.Core.Planning;
using Regie.Data;
using Regie.Web.Features.Roadmap;
using Regie.Web.Infrastructure;

namespace Regie.Web.Pages.Services;

/// <summary>Alternatives for one service side by side, each with the score and SEAL the service would have; one button puts it on the roadmap.</summary>
public sealed class AlternativesModel(BoardAnalysis board, RegieDbContext db, UiText text) : PageModel
{
    public ServiceAlternatives Found { get; private set; } = null!;
    public IReadOnlyList<PlannedMoveEntity> Moves { get; private set; } = [];
    public KnowledgeCatalog Catalog { get; private set; } = null!;

    [TempData] public string? Message { get; set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    /// <summary>"Kies dit alternatief": adds a planned move for this service, refused when one is already planned.</summary>
    public async Task<IActionResult> OnPostChooseAsync(Guid id, string? alternativeId, CancellationToken cancellationToken)
    {
        var (move, errors) = await RoadmapOperations.AddMoveAsync(db, board, new MoveInput(id, alternativeId), cancellationToken);
        if (move is null)
        {
            if (!await LoadAsync(id, cancellationToken))
            {
                return NotFound();
            }

            Error = string.Join(" ", errors.SelectMany(e => e.Value));
            return Page();
        }

        Message = text["Op de routekaart gezet."];
        return Redirect($"/services/{id}/alternatives#keuze");
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var assessment = await board.AssessmentAsync(cancellationToken);
        if (assessment.For(new ServiceId(id)) is null)
        {
            return false;
        }

        var landscape = await board.LandscapeAsync(cancellationToken);
        Catalog = await board.CatalogAsync(cancellationToken);
        Found = AlternativeFinder.For(landscape, board.Knowledge, new ServiceId(id), board.ProfileId, assessment);
        Moves = await db.PlannedMoves.AsNoTracking().Where(m => m.ServiceId == id).ToListAsync(cancellationToken);
        return true;
    }

    /// <summary>The board's estimate for a move to this candidate, if it made one; beside it Regie shows only its indicative effort, never a cost.</summary>
    public PlannedMoveEntity? MoveFor(AlternativeCandidate candidate) =>
        Moves.FirstOrDefault(m => string.Equals(m.AlternativeId, candidate.Id, StringComparison.OrdinalIgnoreCase) && m.Status != MoveState.Dropped);

    public PlannedMoveEntity? ActiveMove => Moves.FirstOrDefault(m => m.Status is MoveState.Planned or MoveState.InProgress);

    public string HostingText(HostingOption option) => text[option switch
    {
        HostingOption.EuSaas => "EU-SaaS",
        HostingOption.Sector => "sectorpartij (SURF, Kennisnet, SIVON)",
        _ => "zelf of door een ICT-partner gehost",
    }];

    public string SizeText(EffortSize size) => text[size switch
    {
        EffortSize.Small => "klein",
        EffortSize.Medium => "middel",
        _ => "groot",
    }];

    public string MaturityText(Maturity maturity) => text[maturity switch
    {
        Maturity.Pilot => "pilot",
        Maturity.Usable => "bruikbaar",
        Maturity.Established => "gevestigd",
        _ => "onbekend",
    }];
}
